package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.huawei.dds.DdsEndpoints;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsEndpoints;
import io.polycloud.huawei.lakeformation.LakeFormationEndpoints;

/**
 * One job on one cloud, whatever its kind: an immutable value with one canonical text form, a
 * URI that mirrors the path of the job in its service's own API.
 *
 * <pre>
 * aliyun://vpc/{regionId}/failover-test-jobs/{jobId}
 * huawei://drs/{region}/{projectId}/jobs/{jobId}
 * huawei://dds/{region}/{projectId}/scheduled-jobs/{jobId}
 * huawei://lakeformation/{region}/{projectId}/instances/{instanceId}/lf-jobs/{jobId}
 * </pre>
 *
 * <pre>{@code
 * JobRef ref = JobRef.parse("huawei://drs/cn-north-4/0123456789abcdef0123456789abcdef/jobs/job%2F1");
 * ref.jobId();                    // "job/1"
 * ref.toString();                  // the same text
 * new JobRef.VpcFailoverTestJob("cn-hangzhou", "ftj-bp1yh6mvi13aq3g8w").toString();
 * // "aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-bp1yh6mvi13aq3g8w"
 * }</pre>
 *
 * <p>Each part is percent-encoded as one path segment: RFC 3986's unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) stay as they are, every other UTF-8 byte becomes {@code %XX}, so
 * an id holding {@code / ? # %}, spaces or any Unicode text round-trips:
 * {@code JobRef.parse(ref.toString()).equals(ref)} for every ref. {@link #parse(String)} also
 * reads lower-case hex and the characters RFC 3986 allows unencoded in a segment
 * ({@code ! $ & ' ( ) * + , ; = : @}).
 *
 * <p>Every part is checked with the rules the service's own request model applies, when the ref
 * is made: a ref that exists can be sent. VPC job ids are {@code ftj-} and lower-case letters or
 * digits (at most 64 characters); DRS and DDS job ids at most 64 characters, LakeFormation job ids
 * at most 36 and instance ids at most 64, never blank, {@code .}, {@code ..}, or holding a control
 * character or an unpaired surrogate; project ids the same rules at most 64; regions lower-case
 * letters, digits and dashes.
 */
public sealed interface JobRef permits JobRef.VpcFailoverTestJob, JobRef.DrsJob, JobRef.DdsScheduledTask,
        JobRef.LakeFormationJob {

    /**
     * Reads a ref from its text.
     *
     * @param text for example {@code aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-bp1yh6mvi13aq3g8w}
     * @return the ref
     * @throws SdkClientException if the text is not a ref; the message repeats the text and says which
     *         part is wrong: the scheme, the service, the path's shape, a region, project or id that
     *         is empty, holds a character that must be percent-encoded or a bad escape, or breaks the
     *         service's rules
     */
    static JobRef parse(String text) {
        return RefParser.parse(text);
    }

    /**
     * The kind of job, which tells the cloud and service.
     *
     * @return the kind
     */
    JobKind kind();

    /**
     * The region the job lives in.
     *
     * @return for example {@code cn-hangzhou} or {@code cn-north-4}
     */
    String region();

    /**
     * The job's id in its service.
     *
     * @return the id, decoded
     */
    String jobId();

    /**
     * The canonical text of the ref, which {@link #parse(String)} reads back into an equal ref.
     *
     * @return for example {@code huawei://dds/cn-north-4/0123456789abcdef0123456789abcdef/scheduled-jobs/task-1}
     */
    @Override
    String toString();

    /**
     * An Alibaba Cloud VPC failover test job: {@code aliyun://vpc/{regionId}/failover-test-jobs/{jobId}}.
     *
     * @param region the job's region ({@code RegionId}), for example {@code cn-hangzhou}
     * @param jobId  the job, {@code ftj-} and lower-case letters or digits
     */
    record VpcFailoverTestJob(String region, String jobId) implements JobRef {

        /**
         * Checks the parts with VPC's request rules.
         *
         * @throws SdkClientException if a part is missing or breaks those rules
         */
        public VpcFailoverTestJob {
            RefRules.require(region, "regionId", JobKind.VPC_FAILOVER_TEST_JOB);
            RefRules.check(JobKind.VPC_FAILOVER_TEST_JOB, () -> DeleteFailoverTestJobRequest.builder()
                    .regionId(region).jobId(jobId).build());
        }

        @Override
        public JobKind kind() {
            return JobKind.VPC_FAILOVER_TEST_JOB;
        }

        @Override
        public String toString() {
            return "aliyun://vpc/" + RefText.encode(region) + "/failover-test-jobs/" + RefText.encode(jobId);
        }
    }

    /**
     * A Huawei Cloud DRS job: {@code huawei://drs/{region}/{projectId}/jobs/{jobId}}.
     *
     * @param region    the region, for example {@code cn-north-4}
     * @param projectId the project the job belongs to
     * @param jobId     the job
     */
    record DrsJob(String region, String projectId, String jobId) implements JobRef {

        /**
         * Checks the parts with DRS's request rules.
         *
         * @throws SdkClientException if a part is missing or breaks those rules
         */
        public DrsJob {
            RefRules.huawei(JobKind.DRS_JOB, () -> DrsEndpoints.forRegion(region), projectId);
            RefRules.check(JobKind.DRS_JOB, () -> io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(jobId).build());
        }

        @Override
        public JobKind kind() {
            return JobKind.DRS_JOB;
        }

        @Override
        public String toString() {
            return "huawei://drs/" + RefText.encode(region) + "/" + RefText.encode(projectId) + "/jobs/" + RefText.encode(jobId);
        }
    }

    /**
     * A Huawei Cloud DDS scheduled task: {@code huawei://dds/{region}/{projectId}/scheduled-jobs/{jobId}}.
     *
     * @param region    the region, for example {@code cn-north-4}
     * @param projectId the project the task belongs to
     * @param jobId     the task ({@code job_id})
     */
    record DdsScheduledTask(String region, String projectId, String jobId) implements JobRef {

        /**
         * Checks the parts with DDS's request rules.
         *
         * @throws SdkClientException if a part is missing or breaks those rules
         */
        public DdsScheduledTask {
            RefRules.huawei(JobKind.DDS_SCHEDULED_TASK, () -> DdsEndpoints.forRegion(region), projectId);
            RefRules.check(JobKind.DDS_SCHEDULED_TASK, () -> CancelScheduledTaskRequest.builder().jobId(jobId).build());
        }

        @Override
        public JobKind kind() {
            return JobKind.DDS_SCHEDULED_TASK;
        }

        @Override
        public String toString() {
            return "huawei://dds/" + RefText.encode(region) + "/" + RefText.encode(projectId) + "/scheduled-jobs/"
                    + RefText.encode(jobId);
        }
    }

    /**
     * A Huawei Cloud LakeFormation job of an instance:
     * {@code huawei://lakeformation/{region}/{projectId}/instances/{instanceId}/lf-jobs/{jobId}}.
     *
     * @param region     the region, for example {@code cn-north-4}
     * @param projectId  the project the instance belongs to
     * @param instanceId the LakeFormation instance
     * @param jobId      the job
     */
    record LakeFormationJob(String region, String projectId, String instanceId, String jobId) implements JobRef {

        /**
         * Checks the parts with LakeFormation's request rules.
         *
         * @throws SdkClientException if a part is missing or breaks those rules
         */
        public LakeFormationJob {
            RefRules.huawei(JobKind.LAKEFORMATION_JOB, () -> LakeFormationEndpoints.forRegion(region), projectId);
            RefRules.check(JobKind.LAKEFORMATION_JOB, () -> io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                    .instanceId(instanceId).jobId(jobId).build());
        }

        @Override
        public JobKind kind() {
            return JobKind.LAKEFORMATION_JOB;
        }

        @Override
        public String toString() {
            return "huawei://lakeformation/" + RefText.encode(region) + "/" + RefText.encode(projectId) + "/instances/"
                    + RefText.encode(instanceId) + "/lf-jobs/" + RefText.encode(jobId);
        }
    }
}
