package io.polycloud.examples;

import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;

/**
 * How the examples explain a failure: by {@link io.polycloud.core.exception.ErrorCategory}, the
 * same for both clouds, so the handling code never needs to know which cloud answered.
 */
final class Failures {

    private Failures() {
    }

    static String describe(SdkException e) {
        if (e instanceof ServiceException se) {
            String advice;
            switch (se.category()) {
                case NOT_FOUND: advice = "nothing to do, it is gone"; break;
                case INVALID_STATE: advice = "wrong state for this operation"; break;
                case AUTHENTICATION: advice = "check the access key and secret"; break;
                case AUTHORIZATION: advice = "the key lacks permission"; break;
                case THROTTLING: advice = "rate limited even after retries; slow down"; break;
                case CONFLICT: advice = "another job is in the way"; break;
                case INVALID_PARAMETER: advice = "a parameter was rejected"; break;
                default: advice = "service-side failure";
            }
            return se.category() + " " + se.errorCode() + " (HTTP " + se.httpStatus() + "): " + advice;
        }
        if (e instanceof SdkTimeoutException te) {
            return "TIMEOUT (" + te.kind() + "): " + e.getMessage();
        }
        if (e instanceof SdkNetworkException) {
            return "NETWORK: " + e.getMessage();
        }
        return "CLIENT: " + e.getMessage();
    }
}
