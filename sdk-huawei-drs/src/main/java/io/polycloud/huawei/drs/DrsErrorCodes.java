package io.polycloud.huawei.drs;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;

/**
 * The documented DRS error codes a job operation can answer with, and what kind of failure each
 * is. {@code DRS.10000010} comes from the v5 DeleteJob reference; the {@code DRS.M…} codes from
 * the service's error code table, keeping the statuses it lists (some are unusual, such as
 * {@code 422} for a server fault).
 *
 * <p>Across clouds, "does not exist" is {@link ErrorCategory#NOT_FOUND} ({@code DRS.10000010},
 * {@code DRS.M05003}, {@code DRS.M05004}, whatever the operation) and "not in a status that allows
 * it" is {@link ErrorCategory#INVALID_STATE} ({@code DRS.M00304}: only a stopped job, status
 * {@code RELEASE_RESOURCE_COMPLETE}, can be deleted), as on VPC, DDS and LakeFormation.
 *
 * <pre>{@code
 * catch (ServiceException e) {
 *     if (DrsErrorCodes.TASK_STATUS_NOT_ALLOWED.matches(e)) { ... stop the job first ... }
 * }
 * }</pre>
 */
public final class DrsErrorCodes {

    /** The job does not exist; check the job id. */
    public static final ErrorCode JOB_NOT_FOUND = new ErrorCode("DRS.10000010", 400, ErrorCategory.NOT_FOUND,
            "Job does not exist, please check job ID.");
    /** The job's status does not allow the call: a job must be stopped before it can be deleted. */
    public static final ErrorCode TASK_STATUS_NOT_ALLOWED = new ErrorCode("DRS.M00304", 400, ErrorCategory.INVALID_STATE,
            "This API cannot be called in the current task status.");
    /** No information about the job was found. */
    public static final ErrorCode TASK_INFORMATION_NOT_FOUND = new ErrorCode("DRS.M05003", 400, ErrorCategory.NOT_FOUND,
            "Task information not found.");
    /** The job has already been deleted or its resources released. */
    public static final ErrorCode TASK_DELETED = new ErrorCode("DRS.M05004", 400, ErrorCategory.NOT_FOUND,
            "The task has been deleted or the resource has been released.");
    /** Too many operations in a short time. */
    public static final ErrorCode OPERATION_TOO_FREQUENT = new ErrorCode("DRS.M01503", 400, ErrorCategory.THROTTLING,
            "Operation too frequent. Try again later.");
    /** The request is malformed. */
    public static final ErrorCode INVALID_REQUEST_PARAMETER = new ErrorCode("DRS.M00007", 400,
            ErrorCategory.INVALID_PARAMETER, "Invalid request parameter.");
    /** A parameter is wrong. */
    public static final ErrorCode PARAMETER_ERROR = new ErrorCode("DRS.M00200", 400, ErrorCategory.INVALID_PARAMETER,
            "Parameter error.");
    /** A required parameter is empty. */
    public static final ErrorCode PARAMETER_EMPTY = new ErrorCode("DRS.M00201", 400, ErrorCategory.INVALID_PARAMETER,
            "The parameter %s is empty.");
    /** A parameter value is invalid. */
    public static final ErrorCode PARAMETER_INVALID = new ErrorCode("DRS.M00202", 400, ErrorCategory.INVALID_PARAMETER,
            "The value of parameter %s is invalid.");
    /** The project id in the path is not valid for the caller. */
    public static final ErrorCode INVALID_PROJECT_ID = new ErrorCode("DRS.M00261", 403, ErrorCategory.INVALID_PARAMETER,
            "Invalid project ID.");
    /** The IAM token did not pass authentication. */
    public static final ErrorCode INVALID_TOKEN = new ErrorCode("DRS.M00100", 403, ErrorCategory.AUTHENTICATION,
            "Invalid token.");
    /** The user has no role. */
    public static final ErrorCode USER_ROLE_EMPTY = new ErrorCode("DRS.M00101", 404, ErrorCategory.AUTHORIZATION,
            "The user role is empty.");
    /** The user lacks DRS permissions. */
    public static final ErrorCode INSUFFICIENT_PERMISSIONS = new ErrorCode("DRS.M00102", 403,
            ErrorCategory.AUTHORIZATION, "You do not have sufficient permissions.");
    /** The user may not perform the operation; check the account's permissions in IAM. */
    public static final ErrorCode NO_OPERATION_PERMISSION = new ErrorCode("DRS.M00103", 401,
            ErrorCategory.AUTHORIZATION, "You do not have operation permissions. Check account permissions on IAM.");
    /** The user is restricted. */
    public static final ErrorCode USER_RESTRICTED = new ErrorCode("DRS.M00105", 400, ErrorCategory.AUTHORIZATION,
            "User restricted.");
    /** The service failed; its logs tell why. */
    public static final ErrorCode SERVICE_ABNORMAL = new ErrorCode("DRS.M00004", 422, ErrorCategory.SERVER_ERROR,
            "Service is abnormal. Check logs.");
    /** The service failed. */
    public static final ErrorCode SERVICE_ERROR = new ErrorCode("DRS.M01501", 422, ErrorCategory.SERVER_ERROR,
            "Service error.");

    private static final ErrorCatalog CATALOG = ErrorCatalog.of(JOB_NOT_FOUND, TASK_STATUS_NOT_ALLOWED,
            TASK_INFORMATION_NOT_FOUND, TASK_DELETED, OPERATION_TOO_FREQUENT, INVALID_REQUEST_PARAMETER, PARAMETER_ERROR,
            PARAMETER_EMPTY, PARAMETER_INVALID, INVALID_PROJECT_ID, INVALID_TOKEN, USER_ROLE_EMPTY,
            INSUFFICIENT_PERMISSIONS, NO_OPERATION_PERMISSION, USER_RESTRICTED, SERVICE_ABNORMAL, SERVICE_ERROR);

    private DrsErrorCodes() {
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
