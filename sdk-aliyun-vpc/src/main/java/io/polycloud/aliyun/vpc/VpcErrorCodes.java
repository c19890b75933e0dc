package io.polycloud.aliyun.vpc;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;

/**
 * The documented error codes of the VPC FailoverTestJob operations, all sent with HTTP 400, and
 * what kind of failure each is. A missing job is {@link ErrorCategory#NOT_FOUND} and a job in the
 * wrong status {@link ErrorCategory#INVALID_STATE}, as on every other cloud Polycloud speaks to:
 * {@code IllegalParam.JobId} means "invalid or does not exist", and since the client refuses a
 * malformed job id before sending it, what remains is "does not exist" (or "in another
 * region"), hence {@code NOT_FOUND}. The other {@code IllegalParam.*} are
 * {@link ErrorCategory#INVALID_PARAMETER}; {@code IncorrectStatus.*},
 * {@code IncorrectBusinessStatus.*} and the circuit-topology codes (a circuit or hosted connection
 * set up in a way a failover test cannot handle) are {@link ErrorCategory#INVALID_STATE}; codes
 * naming another job in the way are {@link ErrorCategory#CONFLICT}.
 *
 * <pre>{@code
 * try {
 *     vpc.deleteFailoverTestJob(request);
 * } catch (ServiceException e) {
 *     if (VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED.matches(e)) {
 *         // stop the job and wait until it is Stopped first
 *     }
 * }
 * }</pre>
 *
 * Codes not listed here (signature, throttling, server errors) are classified by the core's
 * Alibaba Cloud rules and the HTTP status.
 */
public final class VpcErrorCodes {

    /** The job id names no failover test job in the region (the client has already checked its form). */
    public static final ErrorCode ILLEGAL_PARAM_JOB_ID = new ErrorCode("IllegalParam.JobId", 400,
            ErrorCategory.NOT_FOUND, "The specified JobId is invalid or the failover test job does not exist.");
    /** Only a job in Init or Stopped may be deleted. */
    public static final ErrorCode INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED = new ErrorCode(
            "IncorrectStatus.OnlyForInitOrStopped", 400, ErrorCategory.INVALID_STATE,
            "The operation is allowed only when the failover test job is in the Init or Stopped state.");
    /** Only a job in Init may be started or updated. */
    public static final ErrorCode INCORRECT_STATUS_ONLY_FOR_INIT = new ErrorCode("IncorrectStatus.OnlyForInit", 400,
            ErrorCategory.INVALID_STATE, "The operation is allowed only when the failover test job is in the Init state.");
    /** Another failover test job conflicts with this one, for example a StartNow job already exists in the region. */
    public static final ErrorCode EC_FAILOVER_TEST_JOB_CONFLICT = new ErrorCode("EcFailoverTestJobConflict", 400,
            ErrorCategory.CONFLICT, "The failover test job conflicts with an existing failover test job.");
    /** A resource of the job is already part of another failover test job that is in progress. */
    public static final ErrorCode EC_FAILOVER_TEST_JOB_RESOURCE_IN_ANOTHER_PROCESSING_JOB = new ErrorCode(
            "EcFailoverTestJobResourceInAnotherProcessingJob", 400, ErrorCategory.CONFLICT,
            "The resource is already used by another failover test job that is in progress.");
    /** A resource id is malformed or names no Express Connect circuit. */
    public static final ErrorCode ILLEGAL_PARAM_RESOURCE_ID = new ErrorCode("IllegalParam.ResourceId", 400,
            ErrorCategory.INVALID_PARAMETER, "The specified ResourceId is invalid or the resource does not exist.");
    /** A resource is not in a state that allows a failover test. */
    public static final ErrorCode INCORRECT_STATUS_RESOURCE_ID = new ErrorCode("IncorrectStatus.ResourceId", 400,
            ErrorCategory.INVALID_STATE, "The status of the specified resource does not support the operation.");
    /** A resource has pending orders or overdue payments. */
    public static final ErrorCode INCORRECT_BUSINESS_STATUS_RESOURCE_ID = new ErrorCode(
            "IncorrectBusinessStatus.ResourceId", 400, ErrorCategory.INVALID_STATE,
            "The business status of the specified resource is abnormal, for example it has pending orders or overdue payments.");
    /** A hosted connection of the circuit is associated with no VBR. */
    public static final ErrorCode VPCONN_NOT_ASSOCIATED_VBR = new ErrorCode("VpconnNotAssociatedVbr", 400,
            ErrorCategory.INVALID_STATE, "The hosted connection is not associated with a virtual border router (VBR).");
    /** A hosted connection with VLAN id 0 cannot be shut down for a test. */
    public static final ErrorCode VPCONN_WITH_VLAN0_NOT_SUPPORT_SHUTDOWN = new ErrorCode(
            "VpconnWithVlan0NotSupportShutdown", 400, ErrorCategory.INVALID_STATE,
            "A hosted connection whose VLAN ID is 0 cannot be shut down.");
    /** More than one hosted connection is created over the circuit. */
    public static final ErrorCode PCONN_CONTAINS_MORE_THAN_ONE_VPCONN = new ErrorCode("PconnContainsMoreThanOneVpconn",
            400, ErrorCategory.INVALID_STATE, "More than one hosted connection is created over the Express Connect circuit.");
    /**
     * More than one cross-account VBR is created on the circuit. The code is spelled
     * {@code PconnContailsMoreThanOneAcrossCountVbr}, exactly as the API sends it.
     */
    public static final ErrorCode PCONN_CONTAINS_MORE_THAN_ONE_CROSS_ACCOUNT_VBR = new ErrorCode(
            "PconnContailsMoreThanOneAcrossCountVbr", 400, ErrorCategory.INVALID_STATE,
            "More than one cross-account VBR is created on the Express Connect circuit.");
    /** Another failover test job is already testing in the region; only one may test at a time. */
    public static final ErrorCode ANOTHER_JOB_TESTING = new ErrorCode("AnotherJobTesting", 400, ErrorCategory.CONFLICT,
            "Another failover test job is in the Testing state.");
    /**
     * Sent by Polycloud's emulator ({@code sdk-testing}) when a job that is not Testing is
     * stopped. Alibaba Cloud documents no code for this case; a real answer falls back to the
     * HTTP status.
     */
    public static final ErrorCode EMULATOR_INCORRECT_STATUS_ONLY_FOR_TESTING = new ErrorCode(
            "Emulator.IncorrectStatus.OnlyForTesting", 400, ErrorCategory.INVALID_STATE,
            "The operation is allowed only when the failover test job is in the Testing state.");
    /**
     * Sent by Polycloud's emulator ({@code sdk-testing}) when a {@code ClientToken} is reused for
     * the same action with other parameters. Not a code VPC documents for these operations.
     */
    public static final ErrorCode EMULATOR_IDEMPOTENT_PARAMETER_MISMATCH = new ErrorCode(
            "Emulator.IdempotentParameterMismatch", 400, ErrorCategory.CONFLICT,
            "The ClientToken was already used for this action with other parameters.");

    private static final ErrorCatalog CATALOG = ErrorCatalog.of(ILLEGAL_PARAM_JOB_ID,
            INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED, INCORRECT_STATUS_ONLY_FOR_INIT, EC_FAILOVER_TEST_JOB_CONFLICT,
            EC_FAILOVER_TEST_JOB_RESOURCE_IN_ANOTHER_PROCESSING_JOB, ILLEGAL_PARAM_RESOURCE_ID, INCORRECT_STATUS_RESOURCE_ID,
            INCORRECT_BUSINESS_STATUS_RESOURCE_ID, VPCONN_NOT_ASSOCIATED_VBR, VPCONN_WITH_VLAN0_NOT_SUPPORT_SHUTDOWN,
            PCONN_CONTAINS_MORE_THAN_ONE_VPCONN, PCONN_CONTAINS_MORE_THAN_ONE_CROSS_ACCOUNT_VBR, ANOTHER_JOB_TESTING,
            EMULATOR_INCORRECT_STATUS_ONLY_FOR_TESTING, EMULATOR_IDEMPOTENT_PARAMETER_MISMATCH);

    private VpcErrorCodes() {
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
