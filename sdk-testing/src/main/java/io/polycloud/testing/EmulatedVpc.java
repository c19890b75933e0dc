package io.polycloud.testing;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.aliyun.JobSnapshot;
import io.polycloud.testing.internal.aliyun.VpcService;
import java.time.Duration;
import java.time.Instant;
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
 * String jobId = emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.TESTING).create().jobId();
 * vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().regionId("cn-hangzhou").jobId(jobId).build());
 * emulator.vpc().completeTransitions();
 * assertEquals(FailoverTestJobStatus.STOPPED, emulator.vpc().job(jobId).orElseThrow().status());
 * }</pre>
 *
 * Statuses are the VPC module's {@link FailoverTestJobStatus}. The emulator moves a job from
 * Starting to Testing and from Stopping to Stopped after the {@linkplain #transitionDurations
 * configured durations}, and from Testing to Stopping when its {@code JobDuration} has passed;
 * tests can {@linkplain PolycloudEmulator#advanceTime(Duration) advance the time} or
 * {@linkplain #completeTransitions() complete transitions} instead of waiting.
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
    public Optional<Job> job(String jobId) {
        return service.job(Validate.notNull(jobId, "jobId")).map(Job::of);
    }

    /**
     * Every job, of every region, in creation order.
     *
     * @return the jobs
     */
    public List<Job> jobs() {
        return service.list(null, job -> true).stream().map(Job::of).toList();
    }

    /**
     * Puts a job in a status now, as if its transitions had just happened (reaching Testing
     * stamps its start time, reaching Stopped its stop time).
     *
     * @param jobId  the job
     * @param status the status
     * @return the job
     * @throws SdkClientException if there is no such job, or the status is {@code UNKNOWN_TO_SDK_VERSION}
     */
    public Job setStatus(String jobId, FailoverTestJobStatus status) {
        Validate.notNull(jobId, "jobId");
        try {
            return Job.of(service.setStatus(jobId, known(status)));
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
                Validate.notNull(condition, "condition").errorCode);
    }

    static Duration notNegative(Duration d, String field) {
        Validate.notNull(d, field);
        if (d.isNegative()) {
            throw new SdkClientException(field + " must not be negative");
        }
        return d;
    }

    private static FailoverTestJobStatus known(FailoverTestJobStatus status) {
        if (Validate.notNull(status, "status") == FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION) {
            throw new SdkClientException("status must be a status the emulator knows: Init, Starting, Testing, Stopping or Stopped");
        }
        return status;
    }

    /**
     * A snapshot of an emulated failover test job, as the emulator held it when it was read.
     * Immutable.
     *
     * @param jobId        the id, {@code ftj-…}
     * @param regionId     the region it lives in
     * @param status       the status (after every transition due at the time of reading)
     * @param name         the name, if set
     * @param description  the description, if set
     * @param resourceType always {@code PHYSICALCONNECTION}
     * @param resourceIds  the circuits under test
     * @param jobType      {@code StartNow} or {@code StartLater}
     * @param jobDuration  how long the test runs once Testing, in minutes
     * @param startTime    when it was started, if it was
     * @param stopTime     when it reached Stopped, if it did
     * @param startCount   how many times a Start (or a Create with {@code StartNow}) acted on it; a
     *                     request replayed through its {@code ClientToken} does not count
     */
    public record Job(String jobId, String regionId, FailoverTestJobStatus status, Optional<String> name,
                      Optional<String> description, String resourceType, List<String> resourceIds, String jobType,
                      int jobDuration, Optional<Instant> startTime, Optional<Instant> stopTime, int startCount) {

        /**
         * Copies the list.
         */
        public Job {
            resourceIds = List.copyOf(resourceIds);
        }

        private static Job of(JobSnapshot s) {
            return new Job(s.jobId(), s.regionId(), s.status(), s.name(), s.description(), s.resourceType(),
                    s.resourceIds(), s.jobType(), s.jobDuration(), s.startTime(), s.stopTime(), s.startCount());
        }
    }

    /**
     * What (if anything) is wrong with an emulated Express Connect circuit, and so which documented
     * {@link VpcErrorCodes} error {@code CreateFailoverTestJob}, {@code UpdateFailoverTestJob} and
     * {@code StartFailoverTestJob} answer for a job using it. A circuit the test never described is
     * {@link #HEALTHY}, provided its id looks like one ({@code pc-} followed by lower-case letters
     * and digits).
     *
     * <pre>{@code
     * emulator.vpc().physicalConnection("cn-hangzhou", "pc-vlan0", PhysicalConnectionCondition.VPCONN_WITH_VLAN0);
     * }</pre>
     */
    public enum PhysicalConnectionCondition {
        /** Usable in a failover test. */
        HEALTHY(null),
        /** Does not exist: {@code IllegalParam.ResourceId}. */
        NOT_FOUND(VpcErrorCodes.ILLEGAL_PARAM_RESOURCE_ID),
        /** Not in a state that allows a test: {@code IncorrectStatus.ResourceId}. */
        INCORRECT_STATUS(VpcErrorCodes.INCORRECT_STATUS_RESOURCE_ID),
        /** Pending orders or overdue payments: {@code IncorrectBusinessStatus.ResourceId}. */
        INCORRECT_BUSINESS_STATUS(VpcErrorCodes.INCORRECT_BUSINESS_STATUS_RESOURCE_ID),
        /** A hosted connection associated with no VBR: {@code VpconnNotAssociatedVbr}. */
        VPCONN_NOT_ASSOCIATED_VBR(VpcErrorCodes.VPCONN_NOT_ASSOCIATED_VBR),
        /** A hosted connection with VLAN id 0: {@code VpconnWithVlan0NotSupportShutdown}. */
        VPCONN_WITH_VLAN0(VpcErrorCodes.VPCONN_WITH_VLAN0_NOT_SUPPORT_SHUTDOWN),
        /** More than one hosted connection over the circuit: {@code PconnContainsMoreThanOneVpconn}. */
        MORE_THAN_ONE_VPCONN(VpcErrorCodes.PCONN_CONTAINS_MORE_THAN_ONE_VPCONN),
        /** More than one cross-account VBR: {@code PconnContailsMoreThanOneAcrossCountVbr} (sic, as the API spells it). */
        MORE_THAN_ONE_CROSS_ACCOUNT_VBR(VpcErrorCodes.PCONN_CONTAINS_MORE_THAN_ONE_CROSS_ACCOUNT_VBR);

        private final ErrorCode errorCode;

        PhysicalConnectionCondition(ErrorCode errorCode) {
            this.errorCode = errorCode;
        }

        /**
         * The error a job using such a circuit is refused with.
         *
         * @return the code, empty for {@link #HEALTHY}
         */
        public Optional<ErrorCode> errorCode() {
            return Optional.ofNullable(errorCode);
        }
    }

    /** A job about to be put in place; see {@link EmulatedVpc#newJob(String)}. */
    public final class JobDraft {
        private final String regionId;
        private String jobId;
        private FailoverTestJobStatus status = FailoverTestJobStatus.INIT;
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
         * @throws SdkClientException if it is {@code UNKNOWN_TO_SDK_VERSION}
         */
        public JobDraft status(FailoverTestJobStatus status) {
            this.status = known(status);
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
        public Job create() {
            return Job.of(service.put(jobId, new VpcService.JobSpec(regionId, resourceIds, jobType, jobDuration, name, description),
                    status));
        }
    }

    private static String randomCircuit() {
        return "pc-emu" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }
}
