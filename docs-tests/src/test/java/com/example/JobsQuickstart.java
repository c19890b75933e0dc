package com.example;

// region jobs
import io.polycloud.jobs.BatchResult;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.DeleteAllOptions;
import io.polycloud.jobs.DeleteOptions;
import io.polycloud.jobs.DeleteResult;
import io.polycloud.jobs.JobRef;
import java.util.List;
// endregion jobs

/** The README's jobs quickstart: {@link #cleanUp} runs against the emulator in {@link QuickstartsTest}. */
final class JobsQuickstart {

    private JobsQuickstart() {
    }

    public static void main(String[] args) {
        String projectId = args[0];
        // region jobs
        boolean allGone;
        try (CloudJobs jobs = CloudJobs.builder().build()) {          // default credential chains, real endpoints
            allGone = cleanUp(jobs, List.of(
                    JobRef.parse("aliyun://vpc/cn-shanghai/failover-test-jobs/ftj-uf6bq9ld0tsy7b1cv5kbp"),
                    JobRef.parse("huawei://drs/cn-north-4/" + projectId + "/jobs/b7e4c0d1-5f3a-4c1e-9a7d-2e8f6b3c1a90jb01"),
                    JobRef.parse("huawei://dds/cn-north-4/" + projectId + "/scheduled-jobs/3861199d-c196-4791-bcd0-b45fde754f50"),
                    JobRef.parse("huawei://lakeformation/cn-north-4/" + projectId
                            + "/instances/2180518f-42b8-4947-b20b-adfc53981a25/lf-jobs/0f1e2d3c4b5a69788796a5b4c3d2e1f0")));
        }                                                             // closes every client it built
        System.exit(allGone ? 0 : 1);
        // endregion jobs
    }

    // region jobs
    /** Deletes every job, whatever its cloud; true when each one is gone. */
    static boolean cleanUp(CloudJobs jobs, List<JobRef> refs) {
        BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder()
                .deleteOptions(DeleteOptions.builder().stopFirst(true).build())  // stop a VPC test still Testing first
                .maxConcurrency(16).maxConcurrencyPerTarget(4)
                .progress(p -> System.err.printf("%d/%d%n", p.completed(), p.total()))
                .build());
        for (DeleteResult r : batch.results()) {                  // one per ref, in the order given
            // DELETED, ALREADY_GONE, NOT_DELETABLE (with the cloud's code and message), FAILED (with the exception)
            System.out.printf("%-13s %-13s %s%n", r.outcome(), r.code().orElse("-"), r.ref());
        }
        return batch.summary().allSucceeded();
    }
    // endregion jobs
}
