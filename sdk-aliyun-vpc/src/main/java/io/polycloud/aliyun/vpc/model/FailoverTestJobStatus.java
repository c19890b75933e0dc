package io.polycloud.aliyun.vpc.model;

/**
 * Where a failover test job is in its lifecycle. A job only moves forward:
 * {@code Init → Starting → Testing → Stopping → Stopped}. Start is allowed only from
 * {@link #INIT}, Delete only from {@link #INIT} or {@link #STOPPED}, Update only in {@link #INIT},
 * Stop only while {@link #TESTING}. The known statuses are declared in lifecycle order, so
 * {@code ordinal()} compares how far along two of them are.
 */
public enum FailoverTestJobStatus {
    /** Created, not started ({@code Init}; the console calls it Pending). */
    INIT("Init"),
    /** Being started ({@code Starting}). */
    STARTING("Starting"),
    /** The failover test is running ({@code Testing}). */
    TESTING("Testing"),
    /** Being stopped ({@code Stopping}). */
    STOPPING("Stopping"),
    /** Finished ({@code Stopped}). */
    STOPPED("Stopped"),
    /**
     * A status this SDK version does not know; {@link FailoverTestJob#statusAsString()} has the
     * value the service sent. Never sent by the SDK.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    FailoverTestJobStatus(String value) {
        this.value = value;
    }

    /**
     * The value as the API spells it.
     *
     * @return for example {@code Testing}; null for {@link #UNKNOWN_TO_SDK_VERSION}
     */
    public String value() {
        return value;
    }

    /**
     * The status for a value as the API spells it.
     *
     * @param value for example {@code Testing}
     * @return the status; {@link #UNKNOWN_TO_SDK_VERSION} when the value is null or not known
     */
    public static FailoverTestJobStatus fromValue(String value) {
        for (FailoverTestJobStatus s : values()) {
            if (s.value != null && s.value.equals(value)) {
                return s;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }
}
