package io.polycloud.jobs;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import java.util.Optional;

/**
 * What an answer becomes, the same for every cloud: success is {@link DeleteOutcome#DELETED}; an
 * error of category {@link ErrorCategory#NOT_FOUND} is {@link DeleteOutcome#ALREADY_GONE};
 * {@link ErrorCategory#INVALID_STATE} is {@link DeleteOutcome#NOT_DELETABLE}; anything else is
 * {@link DeleteOutcome#FAILED}. The services' catalogues give each code its category, so no
 * cloud's code is named here.
 */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static DeleteResult deleted(Deletion d, Optional<String> jobStatus) {
        return d.result(DeleteOutcome.DELETED, Optional.empty(), Optional.empty(), jobStatus, Optional.empty());
    }

    /**
     * The outcome of a call that failed. A "does not exist" after an earlier attempt of the delete
     * may have reached the service (its answer was lost) is taken as that attempt's work:
     * {@link DeleteOutcome#DELETED}, saying so.
     */
    static DeleteResult failed(Deletion d, Throwable error, Optional<String> jobStatus) {
        SdkException e = error instanceof SdkException s ? s
                : new SdkClientException("unexpected failure: " + error.getClass().getName(), error);
        if (e instanceof ServiceException se) {
            Optional<String> code = Optional.of(se.errorCode());
            Optional<String> message = Optional.of(se.errorMessage());
            if (se.category() == ErrorCategory.NOT_FOUND) {
                return d.deleteMayHaveActed()
                        ? d.result(DeleteOutcome.DELETED, code, Optional.of("the service no longer knows the job after an "
                                + "earlier attempt to delete it lost its answer: that attempt deleted it"), jobStatus, Optional.empty())
                        : d.result(DeleteOutcome.ALREADY_GONE, code, message, jobStatus, Optional.empty());
            }
            if (se.category() == ErrorCategory.INVALID_STATE) {
                return d.result(DeleteOutcome.NOT_DELETABLE, code, message, jobStatus, Optional.empty());
            }
            return d.result(DeleteOutcome.FAILED, code, message, jobStatus, Optional.of(se));
        }
        return d.result(DeleteOutcome.FAILED, Optional.empty(), Optional.ofNullable(e.getMessage()), jobStatus, Optional.of(e));
    }

    /**
     * Whether a failed result was not the service's last word on the job but a sign to slow down:
     * throttling that outlasted the client's retries, or a retryable failure the client did not
     * retry because its retry budget was empty. Such a delete did not act, so sending it again
     * later is safe (and deletes are idempotent in any case).
     */
    static boolean worthSendingAgain(DeleteResult result, Deletion.Pressure pressure) {
        if (result.outcome() != DeleteOutcome.FAILED) {
            return false;
        }
        SdkException e = result.failure().orElseThrow();
        if (e instanceof ServiceException se && se.category() == ErrorCategory.THROTTLING) {
            return true;
        }
        boolean transientFailure = e instanceof ServiceException se ? se.retryable()
                : e instanceof SdkNetworkException || e instanceof SdkTimeoutException;
        return pressure.any() && transientFailure;
    }
}
