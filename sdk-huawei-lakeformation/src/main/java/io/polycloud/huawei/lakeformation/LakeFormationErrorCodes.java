package io.polycloud.huawei.lakeformation;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;

/**
 * The error codes the LakeFormation DeleteJobByInstance reference documents, and what kind of
 * failure each is. {@code common.01000001} is documented twice: with 400 for a request the
 * service could not read, and with 404 for a job or instance that does not exist; the client
 * tells them apart by status. The 403 answer is API Gateway's nested form, whose top-level
 * {@code error_code} is the string {@code "403"}.
 *
 * <p>Across clouds, "does not exist" is {@link ErrorCategory#NOT_FOUND} ({@code common.01000001}
 * with 404, for a missing job or instance). LakeFormation documents no code for "not in a status
 * that allows it" (a job that is {@code SUBMITTED} or {@code RUNNING} must be stopped before it is
 * deleted), so no code the service sends is {@link ErrorCategory#INVALID_STATE} (only the
 * emulator's {@link #EMULATOR_JOB_RUNNING} is): read the job with {@code showJob} and check
 * {@code isDeletable()} before deleting it.
 *
 * <pre>{@code
 * catch (ServiceException e) {
 *     if (e.category() == ErrorCategory.NOT_FOUND) { ... already gone ... }
 * }
 * }</pre>
 */
public final class LakeFormationErrorCodes {

    /** The service could not read the request (for example a parameter of the wrong type). */
    public static final ErrorCode REQUEST_UNREADABLE = new ErrorCode("common.01000001", 400,
            ErrorCategory.INVALID_PARAMETER, "failed to read http request, please check your input");
    /** The instance or job was not found (the same code as {@link #REQUEST_UNREADABLE}, with 404). */
    public static final ErrorCode NOT_FOUND = new ErrorCode("common.01000001", 404, ErrorCategory.NOT_FOUND,
            "response status exception, code: 404");
    /** API Gateway could not resolve the token. */
    public static final ErrorCode INCORRECT_TOKEN = new ErrorCode("APIG.1002", 401, ErrorCategory.AUTHENTICATION,
            "Incorrect token or token resolution failed");
    /** API Gateway refused the request's {@code X-Auth-Token}. */
    public static final ErrorCode FORBIDDEN = new ErrorCode("403", 403, ErrorCategory.AUTHORIZATION,
            "X-Auth-Token is invalid in the request");
    /** The service timed out. */
    public static final ErrorCode REQUEST_TIMEOUT = new ErrorCode("common.00000408", 408, ErrorCategory.TIMEOUT,
            "timeout exception occurred");
    /** The service failed. */
    public static final ErrorCode INTERNAL_ERROR = new ErrorCode("common.00000500", 500, ErrorCategory.SERVER_ERROR,
            "internal error");
    /**
     * Sent by Polycloud's emulator ({@code sdk-testing}) when a submitted or running job is
     * deleted. LakeFormation documents no code for this case (its reference only says such a job
     * must be stopped first); a real answer falls back to the HTTP status, so read the job with
     * {@code showJob} before deleting when the difference matters.
     */
    public static final ErrorCode EMULATOR_JOB_RUNNING = new ErrorCode("Emulator.JobRunning", 400,
            ErrorCategory.INVALID_STATE, "The job is submitted or running; stop it before deleting it.");

    private static final ErrorCatalog CATALOG = ErrorCatalog.of(REQUEST_UNREADABLE, NOT_FOUND, INCORRECT_TOKEN,
            FORBIDDEN, REQUEST_TIMEOUT, INTERNAL_ERROR, EMULATOR_JOB_RUNNING);

    private LakeFormationErrorCodes() {
    }

    /**
     * Every code above, for the client's pipeline and for callers that map codes themselves.
     *
     * @return the catalog
     */
    public static ErrorCatalog catalog() {
        return CATALOG;
    }
}
