package io.polycloud.aliyun.vpc.model;

/** How a failover test job starts once it is created. */
public enum JobType {
    /** The test starts as soon as the job is created ({@code StartNow}). */
    START_NOW("StartNow"),
    /** The job is only created; start it later with StartFailoverTestJob ({@code StartLater}). */
    START_LATER("StartLater"),
    /**
     * A type this SDK version does not know; {@link FailoverTestJob#jobTypeAsString()} has the
     * value the service sent. Never sent by the SDK.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    JobType(String value) {
        this.value = value;
    }

    /**
     * The value as the API spells it.
     *
     * @return for example {@code StartNow}; null for {@link #UNKNOWN_TO_SDK_VERSION}
     */
    public String value() {
        return value;
    }

    /**
     * The type for a value as the API spells it.
     *
     * @param value for example {@code StartNow}
     * @return the type; {@link #UNKNOWN_TO_SDK_VERSION} when the value is null or not known
     */
    public static JobType fromValue(String value) {
        for (JobType t : values()) {
            if (t.value != null && t.value.equals(value)) {
                return t;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }
}
