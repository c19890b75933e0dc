package io.polycloud.aliyun.vpc.model;

/** What kind of resource a failover test job cuts over. */
public enum ResourceType {
    /** An Express Connect circuit ({@code PHYSICALCONNECTION}), the only type the API documents. */
    PHYSICALCONNECTION("PHYSICALCONNECTION"),
    /**
     * A type this SDK version does not know; {@link FailoverTestJob#resourceTypeAsString()} has
     * the value the service sent. Never sent by the SDK.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    ResourceType(String value) {
        this.value = value;
    }

    /**
     * The value as the API spells it.
     *
     * @return {@code PHYSICALCONNECTION}; null for {@link #UNKNOWN_TO_SDK_VERSION}
     */
    public String value() {
        return value;
    }

    /**
     * The type for a value as the API spells it.
     *
     * @param value for example {@code PHYSICALCONNECTION}
     * @return the type; {@link #UNKNOWN_TO_SDK_VERSION} when the value is null or not known
     */
    public static ResourceType fromValue(String value) {
        for (ResourceType t : values()) {
            if (t.value != null && t.value.equals(value)) {
                return t;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }
}
