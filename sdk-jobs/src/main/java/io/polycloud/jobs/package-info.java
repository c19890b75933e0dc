/**
 * One portable API for jobs on every cloud: {@link io.polycloud.jobs.JobRef} names a job of any
 * kind with one canonical URI, {@link io.polycloud.jobs.CloudJobs} deletes one or many of them
 * with the per-cloud service clients, and every result has an
 * {@link io.polycloud.jobs.DeleteOutcome} that means the same whichever cloud answered.
 * {@link io.polycloud.jobs.BatchListener} lets a tracing module follow a batch without this
 * package knowing the tracing library.
 */
package io.polycloud.jobs;
