package io.polycloud.testing.internal.aliyun;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.ServiceError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Internal: the emulated VPC failover test jobs and the rules of their lifecycle, shared by the
 * RPC API ({@link VpcApi}) and the test-facing controls. Every method locks this object, so a
 * request's checks and its effect are one atomic step. Not part of the public API.
 *
 * <p>Rules, as the VPC reference states them: Start only from Init; Stop only while Testing;
 * Update only in Init; Delete only from Init or Stopped; at most one job per region Starting or
 * Testing; a circuit belongs to at most one job in progress.
 */
public final class VpcService {

    private static final Pattern JOB_ID = Pattern.compile("ftj-[a-z0-9]{1,64}");
    private static final Pattern RESOURCE_ID = Pattern.compile("pc-[a-z0-9]{1,64}");
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final EmulatorClock clock;
    private final Duration defaultStarting;
    private final Duration defaultStopping;
    private final Map<String, VpcJob> jobs = new LinkedHashMap<>();
    private final Map<String, ErrorCode> circuitProblems = new HashMap<>();
    private final IdempotencyCache idempotency = new IdempotencyCache();
    private Duration starting;
    private Duration stopping;

    /**
     * @param clock    the emulator's time
     * @param starting how long a job stays Starting
     * @param stopping how long a job stays Stopping
     */
    public VpcService(EmulatorClock clock, Duration starting, Duration stopping) {
        this.clock = clock;
        this.defaultStarting = starting;
        this.defaultStopping = stopping;
        this.starting = starting;
        this.stopping = stopping;
    }

    /**
     * What a new job looks like.
     *
     * @param regionId    the region
     * @param resourceIds the circuits, 1 to 16
     * @param jobType     {@code StartNow} or {@code StartLater}
     * @param jobDuration minutes, 1 to 4320
     * @param name        may be null
     * @param description may be null
     */
    public record JobSpec(String regionId, List<String> resourceIds, String jobType, int jobDuration, String name,
                          String description) {
    }

    /**
     * {@code CreateFailoverTestJob}: checks the circuits and conflicts, then creates the job in
     * Init, or in Starting for {@code StartNow}.
     *
     * @param spec   the job
     * @param dryRun check only; answers {@code DryRunOperation} when every check passes
     * @return the new job
     * @throws ServiceError if a rule refuses it
     */
    public synchronized JobSnapshot create(JobSpec spec, boolean dryRun) {
        Instant now = settleAll();
        checkCircuits(spec.regionId(), spec.resourceIds(), null);
        boolean startNow = spec.jobType().equals("StartNow");
        if (startNow && anotherStartingOrTesting(spec.regionId(), null)) {
            throw ServiceError.of(VpcErrorCodes.EC_FAILOVER_TEST_JOB_CONFLICT);
        }
        dryRunStop(dryRun);
        VpcJob job = new VpcJob(newJobId(), spec.regionId(), spec.jobType(), spec.resourceIds(), spec.jobDuration(), now);
        job.name = spec.name();
        job.description = spec.description();
        if (startNow) {
            job.moveTo(FailoverTestJobStatus.STARTING, now);
            job.startCount++;
        }
        jobs.put(job.jobId, job);
        return job.snapshot();
    }

    /**
     * {@code StartFailoverTestJob}.
     *
     * @param regionId the region
     * @param jobId    the job
     * @throws ServiceError if the job is missing, not in Init, or a circuit or another job is in the way
     */
    public synchronized void start(String regionId, String jobId) {
        Instant now = settleAll();
        VpcJob job = find(regionId, jobId);
        if (job.status != FailoverTestJobStatus.INIT) {
            throw onlyForInit();
        }
        checkCircuits(regionId, job.resourceIds, jobId);
        if (anotherStartingOrTesting(regionId, jobId)) {
            throw ServiceError.of(VpcErrorCodes.ANOTHER_JOB_TESTING);
        }
        job.moveTo(FailoverTestJobStatus.STARTING, now);
        job.startCount++;
    }

    /**
     * {@code StopFailoverTestJob}.
     *
     * @param regionId the region
     * @param jobId    the job
     * @throws ServiceError if the job is missing or not Testing
     */
    public synchronized void stop(String regionId, String jobId) {
        Instant now = settleAll();
        VpcJob job = find(regionId, jobId);
        if (job.status != FailoverTestJobStatus.TESTING) {
            throw ServiceError.of(VpcErrorCodes.EMULATOR_INCORRECT_STATUS_ONLY_FOR_TESTING);
        }
        job.moveTo(FailoverTestJobStatus.STOPPING, now);
    }

    /**
     * {@code DeleteFailoverTestJob}.
     *
     * @param regionId the region
     * @param jobId    the job
     * @throws ServiceError if the job is missing or neither Init nor Stopped
     */
    public synchronized void delete(String regionId, String jobId) {
        settleAll();
        VpcJob job = find(regionId, jobId);
        if (job.status != FailoverTestJobStatus.INIT && job.status != FailoverTestJobStatus.STOPPED) {
            throw ServiceError.of(VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED);
        }
        jobs.remove(jobId);
    }

    /**
     * {@code UpdateFailoverTestJob}: each present value replaces the job's.
     *
     * @param regionId    the region
     * @param jobId       the job
     * @param name        new name, or null
     * @param description new description, or null
     * @param resourceIds new circuits, or null
     * @param jobDuration new duration, or null
     * @param dryRun      check only
     * @throws ServiceError if the job is missing, not in Init, or a circuit is refused
     */
    public synchronized void update(String regionId, String jobId, String name, String description,
                                    List<String> resourceIds, Integer jobDuration, boolean dryRun) {
        settleAll();
        VpcJob job = find(regionId, jobId);
        if (job.status != FailoverTestJobStatus.INIT) {
            throw onlyForInit();
        }
        if (resourceIds != null) {
            checkCircuits(regionId, resourceIds, jobId);
        }
        dryRunStop(dryRun);
        job.name = name != null ? name : job.name;
        job.description = description != null ? description : job.description;
        job.resourceIds = resourceIds != null ? List.copyOf(resourceIds) : job.resourceIds;
        job.jobDuration = jobDuration != null ? jobDuration : job.jobDuration;
    }

    /**
     * The jobs of a region that pass a filter, in creation order.
     *
     * @param regionId the region
     * @param filter   which jobs to keep
     * @return the snapshots
     */
    public synchronized List<JobSnapshot> list(String regionId, Predicate<JobSnapshot> filter) {
        settleAll();
        List<JobSnapshot> result = new ArrayList<>();
        for (VpcJob job : jobs.values()) {
            JobSnapshot snapshot = job.snapshot();
            if ((regionId == null || job.regionId.equals(regionId)) && filter.test(snapshot)) {
                result.add(snapshot);
            }
        }
        return result;
    }

    /**
     * One job, whatever its region.
     *
     * @param jobId the id
     * @return the snapshot
     */
    public synchronized Optional<JobSnapshot> job(String jobId) {
        settleAll();
        return Optional.ofNullable(jobs.get(jobId)).map(VpcJob::snapshot);
    }

    /**
     * Puts a job in place for a test, bypassing the API's rules (but not its value ranges).
     *
     * @param jobId  the id, or null for a new one
     * @param spec   the job
     * @param status its status
     * @return the snapshot
     */
    public synchronized JobSnapshot put(String jobId, JobSpec spec, FailoverTestJobStatus status) {
        Instant now = settleAll();
        String id = jobId != null ? jobId : newJobId();
        VpcJob job = new VpcJob(id, spec.regionId(), spec.jobType(), spec.resourceIds(), spec.jobDuration(), now);
        job.name = spec.name();
        job.description = spec.description();
        if (status != FailoverTestJobStatus.INIT) {
            job.moveTo(status, now);
        }
        jobs.put(id, job);
        return job.snapshot();
    }

    /**
     * Sets a job's status, as if its transitions had happened now.
     *
     * @param jobId  the job
     * @param status the status
     * @return the snapshot
     * @throws java.util.NoSuchElementException if there is no such job
     */
    public synchronized JobSnapshot setStatus(String jobId, FailoverTestJobStatus status) {
        Instant now = settleAll();
        VpcJob job = jobs.get(jobId);
        if (job == null) {
            throw new java.util.NoSuchElementException("no failover test job " + jobId);
        }
        job.moveTo(status, now);
        return job.snapshot();
    }

    /** Finishes every transition in flight now: Starting becomes Testing, Stopping becomes Stopped. */
    public synchronized void completeTransitions() {
        Instant now = settleAll();
        for (VpcJob job : jobs.values()) {
            if (job.status == FailoverTestJobStatus.STARTING) {
                job.moveTo(FailoverTestJobStatus.TESTING, now);
            } else if (job.status == FailoverTestJobStatus.STOPPING) {
                job.moveTo(FailoverTestJobStatus.STOPPED, now);
            }
        }
    }

    /**
     * How long jobs stay Starting and Stopping from now on.
     *
     * @param starting Starting to Testing
     * @param stopping Stopping to Stopped
     */
    public synchronized void transitionDurations(Duration starting, Duration stopping) {
        settleAll();
        this.starting = starting;
        this.stopping = stopping;
    }

    /**
     * Describes what is wrong with a circuit.
     *
     * @param regionId   the region
     * @param resourceId the circuit
     * @param problem    the documented error a job using it meets; null if nothing is wrong
     */
    public synchronized void physicalConnection(String regionId, String resourceId, ErrorCode problem) {
        if (problem == null) {
            circuitProblems.remove(regionId + '/' + resourceId);
        } else {
            circuitProblems.put(regionId + '/' + resourceId, problem);
        }
    }

    /** Forgets every job, circuit and ClientToken; restores the transition durations. */
    public synchronized void reset() {
        jobs.clear();
        circuitProblems.clear();
        idempotency.clear();
        starting = defaultStarting;
        stopping = defaultStopping;
    }

    IdempotencyCache idempotency() {
        return idempotency;
    }

    private Instant settleAll() {
        Instant now = clock.now();
        for (VpcJob job : jobs.values()) {
            job.settle(now, starting, stopping);
        }
        return now;
    }

    private VpcJob find(String regionId, String jobId) {
        VpcJob job = JOB_ID.matcher(jobId).matches() ? jobs.get(jobId) : null;
        if (job == null || !job.regionId.equals(regionId)) {
            throw ServiceError.of(VpcErrorCodes.ILLEGAL_PARAM_JOB_ID);
        }
        return job;
    }

    private void checkCircuits(String regionId, List<String> resourceIds, String exceptJob) {
        for (String id : resourceIds) {
            ErrorCode problem = RESOURCE_ID.matcher(id).matches() ? circuitProblems.get(regionId + '/' + id)
                    : VpcErrorCodes.ILLEGAL_PARAM_RESOURCE_ID;
            if (problem != null) {
                throw ServiceError.of(problem);
            }
        }
        for (VpcJob other : jobs.values()) {
            if (other.regionId.equals(regionId) && !other.jobId.equals(exceptJob) && other.inProgress()
                    && other.resourceIds.stream().anyMatch(resourceIds::contains)) {
                throw ServiceError.of(VpcErrorCodes.EC_FAILOVER_TEST_JOB_RESOURCE_IN_ANOTHER_PROCESSING_JOB);
            }
        }
    }

    private boolean anotherStartingOrTesting(String regionId, String exceptJob) {
        return jobs.values().stream().anyMatch(j -> j.regionId.equals(regionId) && !j.jobId.equals(exceptJob)
                && (j.status == FailoverTestJobStatus.STARTING || j.status == FailoverTestJobStatus.TESTING));
    }

    private static ServiceError onlyForInit() {
        return ServiceError.of(VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT);
    }

    private static void dryRunStop(boolean dryRun) {
        if (dryRun) {
            throw ServiceError.badRequest("DryRunOperation", "Request validation has been passed with DryRun flag set.");
        }
    }

    private String newJobId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String id;
        do {
            StringBuilder sb = new StringBuilder("ftj-");
            for (int i = 0; i < 21; i++) {
                sb.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
            }
            id = sb.toString();
        } while (jobs.containsKey(id));
        return id;
    }
}
