package io.polycloud.huawei.dds;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;

/**
 * The documented DDS error codes a scheduled-task operation can answer with, and what kind of
 * failure each is. The CancelScheduledTask reference lists no codes of its own and points to the
 * service's error code table; these are that table's entries that apply to a call addressing a
 * task by id in a project (authentication, authorisation, project, parameter, lookup, state,
 * rate and server errors). Statuses are as the table lists them (some refusals come with 400).
 *
 * <p>Across clouds, "does not exist" is {@link ErrorCategory#NOT_FOUND} ({@code DBS.280016}, matched
 * whatever status it comes with: the table lists 400, the service also answers 404) and "not in a
 * status that allows it" is {@link ErrorCategory#INVALID_STATE} ({@code DBS.280042}: a task can be
 * cancelled only while {@code Pending}). A list ({@code ListScheduledTasks}) has no not-found: a
 * missing task is simply absent.
 *
 * <pre>{@code
 * catch (ServiceException e) {
 *     if (DdsErrorCodes.RESOURCE_NOT_FOUND.matches(e)) { ... the task is gone ... }
 * }
 * }</pre>
 */
public final class DdsErrorCodes {

    /** A parameter or the URL is wrong. */
    public static final ErrorCode PARAMETER_ERROR = new ErrorCode("DBS.200001", 400, ErrorCategory.INVALID_PARAMETER,
            "Parameter error.");
    /** The task (or the instance it belongs to) does not exist. */
    public static final ErrorCode RESOURCE_NOT_FOUND = new ErrorCode("DBS.280016", 400, ErrorCategory.NOT_FOUND,
            "Resource not found.");
    /** The request is not allowed in the instance's current status or while another operation runs. */
    public static final ErrorCode INVALID_REQUEST = new ErrorCode("DBS.280042", 403, ErrorCategory.INVALID_STATE,
            "Invalid request.");
    /** The project id in the path is not the caller's. */
    public static final ErrorCode INVALID_PROJECT_ID = new ErrorCode("DBS.280408", 400, ErrorCategory.INVALID_PARAMETER,
            "Invalid project id.");
    /** The token is invalid or does not match the instance's tenant. */
    public static final ErrorCode INVALID_TOKEN = new ErrorCode("DBS.280056", 401, ErrorCategory.AUTHENTICATION,
            "Invalid token.");
    /** Permission denied: the token expired or the instance belongs to another tenant. */
    public static final ErrorCode PERMISSION_DENIED = new ErrorCode("DBS.280015", 400, ErrorCategory.AUTHORIZATION,
            "Permission denied.");
    /** The user's group lacks the permission for the operation. */
    public static final ErrorCode NO_PERMISSION = new ErrorCode("DBS.280032", 403, ErrorCategory.AUTHORIZATION,
            "You do not have permission to perform this operation. Contact the administrator to obtain permission.");
    /** The user lacks the named permission. */
    public static final ErrorCode MISSING_PERMISSION = new ErrorCode("DBS.280063", 403, ErrorCategory.AUTHORIZATION,
            "You do not have following permission to perform this operation: {0}. "
                    + "Contact the administrator to obtain permission.");
    /** Fine-grained (policy) authorisation failed. */
    public static final ErrorCode FINE_GRAINED_AUTHORIZATION_FAILED = new ErrorCode("DBS.280064", 401,
            ErrorCategory.AUTHORIZATION, "Check PDP permissions failed.");
    /** The tenant calls the API too often. */
    public static final ErrorCode TOO_MANY_REQUESTS = new ErrorCode("DBS.280443", 429, ErrorCategory.THROTTLING,
            "The maximum number of connections has been reached.");
    /** The system is busy; try again later. */
    public static final ErrorCode SYSTEM_BUSY = new ErrorCode("DBS.200998", 400, ErrorCategory.THROTTLING,
            "The system is busy. Try again later.");
    /** The service failed. */
    public static final ErrorCode SERVER_ERROR = new ErrorCode("DBS.280005", 500, ErrorCategory.SERVER_ERROR,
            "Server error. Try again later.");

    private static final ErrorCatalog CATALOG = ErrorCatalog.of(PARAMETER_ERROR, RESOURCE_NOT_FOUND, INVALID_REQUEST,
            INVALID_PROJECT_ID, INVALID_TOKEN, PERMISSION_DENIED, NO_PERMISSION, MISSING_PERMISSION,
            FINE_GRAINED_AUTHORIZATION_FAILED, TOO_MANY_REQUESTS, SYSTEM_BUSY, SERVER_ERROR);

    private DdsErrorCodes() {
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
