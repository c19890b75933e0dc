package io.polycloud.testing;

import java.util.Optional;

/**
 * What is wrong (if anything) with an emulated Express Connect circuit, and so which documented
 * error {@code CreateFailoverTestJob}, {@code UpdateFailoverTestJob} and
 * {@code StartFailoverTestJob} answer for a job using it. A circuit the test never described is
 * {@link #HEALTHY}, provided its id looks like one ({@code pc-} followed by lower-case letters
 * and digits).
 *
 * <pre>{@code
 * emulator.vpc().physicalConnection("cn-hangzhou", "pc-vlan0", PhysicalConnectionCondition.VPCONN_WITH_VLAN0);
 * }</pre>
 */
public enum PhysicalConnectionCondition {
    /** Usable in a failover test. */
    HEALTHY(null, null),
    /** Does not exist: {@code IllegalParam.ResourceId}. */
    NOT_FOUND("IllegalParam.ResourceId", "The specified ResourceId is invalid or the resource does not exist."),
    /** Not in a state that allows a test: {@code IncorrectStatus.ResourceId}. */
    INCORRECT_STATUS("IncorrectStatus.ResourceId", "The status of the specified resource does not support the operation."),
    /** Pending orders or overdue payments: {@code IncorrectBusinessStatus.ResourceId}. */
    INCORRECT_BUSINESS_STATUS("IncorrectBusinessStatus.ResourceId",
            "The business status of the specified resource is abnormal, for example it has pending orders or overdue payments."),
    /** A hosted connection associated with no VBR: {@code VpconnNotAssociatedVbr}. */
    VPCONN_NOT_ASSOCIATED_VBR("VpconnNotAssociatedVbr",
            "The hosted connection is not associated with a virtual border router (VBR)."),
    /** A hosted connection with VLAN id 0: {@code VpconnWithVlan0NotSupportShutdown}. */
    VPCONN_WITH_VLAN0("VpconnWithVlan0NotSupportShutdown", "A hosted connection whose VLAN ID is 0 cannot be shut down."),
    /** More than one hosted connection over the circuit: {@code PconnContainsMoreThanOneVpconn}. */
    MORE_THAN_ONE_VPCONN("PconnContainsMoreThanOneVpconn",
            "More than one hosted connection is created over the Express Connect circuit."),
    /** More than one cross-account VBR: {@code PconnContailsMoreThanOneAcrossCountVbr} (sic, as the API spells it). */
    MORE_THAN_ONE_CROSS_ACCOUNT_VBR("PconnContailsMoreThanOneAcrossCountVbr",
            "More than one cross-account VBR is created on the Express Connect circuit.");

    private final String errorCode;
    private final String message;

    PhysicalConnectionCondition(String errorCode, String message) {
        this.errorCode = errorCode;
        this.message = message;
    }

    /**
     * The error a job using such a circuit is refused with.
     *
     * @return the code, empty for {@link #HEALTHY}
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * The message of that error.
     *
     * @return the message, empty for {@link #HEALTHY}
     */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }
}
