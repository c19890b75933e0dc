package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;

/**
 * Where an emulated VPC failover test job is in its lifecycle:
 * {@code Init → Starting → Testing → Stopping → Stopped}. The emulator moves a job from
 * {@link #STARTING} to {@link #TESTING} and from {@link #STOPPING} to {@link #STOPPED} after the
 * {@linkplain EmulatedVpc#transitionDurations(java.time.Duration, java.time.Duration) configured
 * durations}, and from {@link #TESTING} to {@link #STOPPING} when the job's {@code JobDuration}
 * has passed; tests can {@linkplain PolycloudEmulator#advanceTime(java.time.Duration) advance the
 * time} or {@linkplain EmulatedVpc#completeTransitions() complete transitions} instead of waiting.
 */
public enum VpcJobStatus {
    /** Created, not started. */
    INIT("Init"),
    /** Being started. */
    STARTING("Starting"),
    /** The failover test is running. */
    TESTING("Testing"),
    /** Being stopped. */
    STOPPING("Stopping"),
    /** Finished. */
    STOPPED("Stopped");

    private final String value;

    VpcJobStatus(String value) {
        this.value = value;
    }

    /**
     * The status as the API spells it.
     *
     * @return for example {@code Testing}
     */
    public String value() {
        return value;
    }

    /**
     * The status for its API spelling or constant name.
     *
     * @param value for example {@code Testing} or {@code TESTING}
     * @return the status
     * @throws SdkClientException if the value names no status
     */
    public static VpcJobStatus fromValue(String value) {
        for (VpcJobStatus s : values()) {
            if (s.value.equals(value) || s.name().equals(value)) {
                return s;
            }
        }
        throw new SdkClientException("status must be one of Init, Starting, Testing, Stopping, Stopped");
    }
}
