package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.aliyun.VpcService;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The emulated VPC failover test jobs, for a test to arrange and inspect what the
 * {@code VpcClient} sees:
 *
 * <pre>{@code
 * String jobId = emulator.vpc().newJob("cn-hangzhou").status(VpcJobStatus.TESTING).create().jobId();
 * vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().regionId("cn-hangzhou").jobId(jobId).build());
 * emulator.vpc().completeTransitions();
 * assertEquals(VpcJobStatus.STOPPED, emulator.vpc().job(jobId).orElseThrow().status());
 * }</pre>
 *
 * Thread-safe; every read sees the transitions due by the emulator's clock.
 */
public final class EmulatedVpc {

    private static final Pattern JOB_ID = Pattern.compile("ftj-[a-z0-9]{1,64}");

    private final VpcService service;

    EmulatedVpc(VpcService service) {
        this.service = service;
    }

    /**
     * Starts describing a job to put in place, bypassing the API's rules: any status, any
     * conflicts. Defaults: status Init, one made-up circuit, {@code StartLater}, 60 minutes.
     *
     * @param regionId the region
     * @return the draft; call {@link JobDraft#create()}
     * @throws SdkClientException if the region is blank
     */
    public JobDraft newJob(String regionId) {
        return new JobDraft(Validate.text(regionId, "regionId", 64));
    }

    /**
     * One job.
     *
     * @param jobId the id
     * @return the job, empty if there is none
     */
    public Optional<EmulatedFailoverTestJob> job(String jobId) {
        return service.job(Validate.notNull(jobId, "jobId"));
    }

    /**
     * Every job, of every region, in creation order.
     *
     * @return the jobs
     */
    public List<EmulatedFailoverTestJob> jobs() {
        return service.list(null, job -> true);
    }

    /**
     * Puts a job in a status now, as if its transitions had just happened (reaching Testing
     * stamps its start time, reaching Stopped its stop time).
     *
     * @param jobId  the job
     * @param status the status
     * @return the job
     * @throws SdkClientException if there is no such job
     */
    public EmulatedFailoverTestJob setStatus(String jobId, VpcJobStatus status) {
        Validate.notNull(jobId, "jobId");
        Validate.notNull(status, "status");
        try {
            return service.setStatus(jobId, status);
        } catch (java.util.NoSuchElementException e) {
            throw new SdkClientException("jobId " + jobId + " names no emulated failover test job");
        }
    }

    /** Finishes every transition in flight, now: Starting jobs become Testing, Stopping jobs Stopped. */
    public void completeTransitions() {
        service.completeTransitions();
    }

    /**
     * How long jobs stay Starting and Stopping before the emulator moves them on; by default
     * what the builder set. Zero makes the next read see the transition done.
     *
     * @param starting Starting to Testing
     * @param stopping Stopping to Stopped
     * @throws SdkClientException if a duration is null or negative
     */
    public void transitionDurations(Duration starting, Duration stopping) {
        service.transitionDurations(notNegative(starting, "starting"), notNegative(stopping, "stopping"));
    }

    /**
     * Describes what is wrong with a circuit, so jobs using it are refused with that
     * condition's documented error.
     *
     * @param regionId   the region
     * @param resourceId the circuit id, {@code pc-…}
     * @param condition  its condition; {@link PhysicalConnectionCondition#HEALTHY} to clear one
     * @throws SdkClientException if a value is null or blank
     */
    public void physicalConnection(String regionId, String resourceId, PhysicalConnectionCondition condition) {
        service.physicalConnection(Validate.text(regionId, "regionId", 64), Validate.text(resourceId, "resourceId", 128),
                Validate.notNull(condition, "condition"));
    }

    static Duration notNegative(Duration d, String field) {
        Validate.notNull(d, field);
        if (d.isNegative()) {
            throw new SdkClientException(field + " must not be negative");
        }
        return d;
    }

    /** A job about to be put in place; see {@link EmulatedVpc#newJob(String)}. */
    public final class JobDraft {
        private final String regionId;
        private String jobId;
        private VpcJobStatus status = VpcJobStatus.INIT;
        private List<String> resourceIds = List.of(randomCircuit());
        private String jobType = "StartLater";
        private int jobDuration = 60;
        private String name;
        private String description;

        private JobDraft(String regionId) {
            this.regionId = regionId;
        }

        /**
         * @param jobId the id, {@code ftj-} and lower-case letters or digits; generated if not set
         * @return this draft
         * @throws SdkClientException if it is malformed
         */
        public JobDraft jobId(String jobId) {
            Validate.notNull(jobId, "jobId");
            if (!JOB_ID.matcher(jobId).matches()) {
                throw new SdkClientException("jobId must be ftj- followed by lower-case letters or digits");
            }
            this.jobId = jobId;
            return this;
        }

        /**
         * @param status the status to start in
         * @return this draft
         */
        public JobDraft status(VpcJobStatus status) {
            this.status = Validate.notNull(status, "status");
            return this;
        }

        /**
         * @param resourceIds the circuits, 1 to 16
         * @return this draft
         * @throws SdkClientException if there are none or more than 16
         */
        public JobDraft resourceIds(String... resourceIds) {
            Validate.notNull(resourceIds, "resourceIds");
            Validate.range(resourceIds.length, "resourceIds count", 1, 16);
            Arrays.stream(resourceIds).forEach(id -> Validate.text(id, "resourceId", 128));
            this.resourceIds = List.of(resourceIds);
            return this;
        }

        /**
         * @param jobType {@code StartNow} or {@code StartLater}
         * @return this draft
         * @throws SdkClientException if it is neither
         */
        public JobDraft jobType(String jobType) {
            if (!"StartNow".equals(jobType) && !"StartLater".equals(jobType)) {
                throw new SdkClientException("jobType must be StartNow or StartLater");
            }
            this.jobType = jobType;
            return this;
        }

        /**
         * @param minutes how long the test runs once Testing, 1 to 4320
         * @return this draft
         * @throws SdkClientException if out of range
         */
        public JobDraft jobDuration(int minutes) {
            this.jobDuration = (int) Validate.range(minutes, "jobDuration", 1, 4320);
            return this;
        }

        /**
         * @param name the job name
         * @return this draft
         */
        public JobDraft name(String name) {
            this.name = Validate.text(name, "name", 256);
            return this;
        }

        /**
         * @param description the job description
         * @return this draft
         */
        public JobDraft description(String description) {
            this.description = Validate.text(description, "description", 1024);
            return this;
        }

        /**
         * Puts the job in place, replacing any job with the same id.
         *
         * @return the job
         */
        public EmulatedFailoverTestJob create() {
            return service.put(jobId, new VpcService.JobSpec(regionId, resourceIds, jobType, jobDuration, name, description),
                    status);
        }
    }

    private static String randomCircuit() {
        return "pc-emu" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }
}
