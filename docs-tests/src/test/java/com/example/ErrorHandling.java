package com.example;

// region errors
import io.polycloud.core.exception.ServiceException;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
// endregion errors

/** The README's cross-cloud error branch, run for every job operation in {@link ErrorCategoryBranchesTest}. */
final class ErrorHandling {

    private ErrorHandling() {
    }

    // region errors
    /** Makes a call on any cloud; the answers a clean-up expects become a sentence, anything else is thrown. */
    static String attempt(Runnable call) {
        try {
            call.run();
            return "done";
        } catch (ServiceException e) {
            return switch (e.category()) {
                case NOT_FOUND -> "nothing to do, no such job (" + e.errorCode() + ")";
                case INVALID_STATE -> "not now, the job's state does not allow it (" + e.errorCode() + ")";
                case THROTTLING -> "rate limited even after retries, try later (request id " + e.requestId().orElse("-") + ")";
                default -> throw e;
            };
        }
    }
    // endregion errors

    static String deleteDrsJob(DrsClient drs, String jobId) {
        // region errors
        String outcome = attempt(() -> drs.deleteJob(DeleteJobRequest.builder().jobId(jobId).build()));
        // endregion errors
        return outcome;
    }
}
