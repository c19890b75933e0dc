package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.SdkTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a call must be over: the moment it was made plus the client's total timeout, read on the
 * client's clock. Covers queueing, every attempt and every backoff. Immutable.
 */
final class Deadline {

    private final Clock clock;
    private final Duration total;
    private final Instant at;

    private Deadline(Clock clock, Duration total) {
        this.clock = clock;
        this.total = total;
        this.at = clock.instant().plus(total);
    }

    /**
     * Starts the clock for a call made now.
     *
     * @param clock the client's clock
     * @param total the total timeout
     * @return the deadline
     */
    static Deadline start(Clock clock, Duration total) {
        return new Deadline(clock, total);
    }

    /**
     * Time left.
     *
     * @return the time left, zero once the deadline passed
     */
    Duration remaining() {
        Duration left = Duration.between(clock.instant(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The total-timeout failure of a call.
     *
     * @param call     the call, as it is named in messages
     * @param cause    what was cut short, may be null
     * @param attempts attempts made
     * @return the exception
     */
    SdkTimeoutException exceeded(String call, Throwable cause, int attempts) {
        return new SdkTimeoutException(SdkTimeoutException.Kind.TOTAL,
                call + " exceeded the total timeout of " + total.toMillis() + " ms", cause, attempts);
    }
}
