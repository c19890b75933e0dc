package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import io.polycloud.testing.TestClock;
import java.util.List;

/** CloudJobs pointed at an emulator, and jobs of every kind put in place there. */
final class Emulated {

    static final String VPC_REGION = "cn-hangzhou";
    static final String HUAWEI_REGION = "cn-north-4";
    static final String INSTANCE = "lf-instance-1";

    private Emulated() {
    }

    /** Every cloud at the emulator, its credentials, and its test clock (so waits and backoffs take no time). */
    static CloudJobs.Builder jobs(PolycloudEmulator emulator) {
        CloudJobs.Builder b = CloudJobs.builder()
                .aliyunEndpointOverride(emulator.baseUri())
                .huaweiEndpointOverride(emulator.baseUri())
                .aliyunCredentials(emulator.aliyunCredentials())
                .huaweiCredentials(emulator.huaweiCredentials());
        emulator.testClock().ifPresent(time -> b.clock(time).sleeper(time));
        return b;
    }

    static PolycloudEmulator start(TestClock time) {
        return PolycloudEmulator.builder().clock(time).start();
    }

    static JobRef vpc(PolycloudEmulator emulator, FailoverTestJobStatus status) {
        return new JobRef.VpcFailoverTestJob(VPC_REGION, emulator.vpc().newJob(VPC_REGION).status(status).create().jobId());
    }

    static JobRef drs(PolycloudEmulator emulator, String id, String status) {
        emulator.drs().putJob(id, status);
        return drsRef(emulator, id);
    }

    static JobRef drsRef(PolycloudEmulator emulator, String id) {
        return new JobRef.DrsJob(HUAWEI_REGION, emulator.huaweiProjectId(), id);
    }

    static JobRef dds(PolycloudEmulator emulator, String id, String status) {
        emulator.dds().newScheduledTask(id).status(status).put();
        return ddsRef(emulator, id);
    }

    static JobRef ddsRef(PolycloudEmulator emulator, String id) {
        return new JobRef.DdsScheduledTask(HUAWEI_REGION, emulator.huaweiProjectId(), id);
    }

    static JobRef lakeFormation(PolycloudEmulator emulator, String id, String status) {
        emulator.lakeFormation().putJob(INSTANCE, id, status);
        return lakeFormationRef(emulator, id);
    }

    static JobRef lakeFormationRef(PolycloudEmulator emulator, String id) {
        return new JobRef.LakeFormationJob(HUAWEI_REGION, emulator.huaweiProjectId(), INSTANCE, id);
    }

    /** The emulator's delete operation for a kind of job. */
    static EmulatedOperation deleteOperation(JobKind kind) {
        return switch (kind) {
            case VPC_FAILOVER_TEST_JOB -> EmulatedOperation.VPC_DELETE_FAILOVER_TEST_JOB;
            case DRS_JOB -> EmulatedOperation.DRS_DELETE_JOB;
            case DDS_SCHEDULED_TASK -> EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK;
            case LAKEFORMATION_JOB -> EmulatedOperation.LAKEFORMATION_DELETE_JOB;
        };
    }

    /** The deletes the emulator received for one job: VPC's carry the id in the query, Huawei's in the last path segment. */
    static List<RecordedCall> deletesOf(PolycloudEmulator emulator, JobRef ref) {
        return emulator.calls(deleteOperation(ref.kind())).stream()
                .filter(call -> ref.kind() == JobKind.VPC_FAILOVER_TEST_JOB
                        ? call.queryParameter("JobId").filter(ref.jobId()::equals).isPresent()
                        : call.pathSegments().get(call.pathSegments().size() - 1).equals(ref.jobId()))
                .toList();
    }

    /** The deletes of one job the service answered itself, no injected fault in the way: one per job sent, whatever the retries. */
    static long answeredDeletesOf(PolycloudEmulator emulator, JobRef ref) {
        return deletesOf(emulator, ref).stream().filter(c -> c.fault().isEmpty()).count();
    }

    /** The deletes of one job the service answered with success (a ClientToken replay aside): never more than one. */
    static long successfulDeletesOf(PolycloudEmulator emulator, JobRef ref) {
        return deletesOf(emulator, ref).stream()
                .filter(c -> c.fault().isEmpty() && c.status().orElse(0) / 100 == 2 && !c.replayed())
                .count();
    }
}
