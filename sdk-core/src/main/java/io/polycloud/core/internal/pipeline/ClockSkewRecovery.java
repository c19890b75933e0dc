package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.http.HttpDate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock-skew recovery of one client. When a service rejects a request's timestamp, the
 * offset to the server's clock is measured from the response's {@code Date}, and the call is
 * signed again with the corrected time. Guarded so that no single answer can poison later calls:
 *
 * <ul>
 *   <li>a {@code Date} more than {@link #MAX_PLAUSIBLE_OFFSET a day} from the local clock is
 *       ignored (one WARN per client): such an offset is a broken server or proxy, not skew;
 *       so the offset ever applied is bounded by a day;</li>
 *   <li>the corrected time signs only the retry of this call; the client adopts the offset for
 *       every later call once that retry was not rejected for its timestamp again;</li>
 *   <li>when the call cannot be repeated ({@code RetryPolicy.none()}), the offset is offered to
 *       the next call instead, which adopts it the same way or discards it.</li>
 * </ul>
 *
 * <p>The clouds accept timestamps within about 15 minutes of their clock, so the one-second
 * resolution of {@code Date} and the network delay do not matter.
 */
final class ClockSkewRecovery {

    /** The largest offset believed: beyond it, the server's {@code Date} is ignored. */
    static final Duration MAX_PLAUSIBLE_OFFSET = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final AtomicLong adoptedMillis = new AtomicLong();
    private final AtomicReference<Long> offeredMillis = new AtomicReference<>();
    private final AtomicBoolean warnedImplausible = new AtomicBoolean();

    /**
     * The offset every call signs with, once confirmed.
     *
     * @return the offset, zero until a correction was confirmed
     */
    Duration adopted() {
        return Duration.ofMillis(adoptedMillis.get());
    }

    /**
     * The correction state of a call made now.
     *
     * @return the call's state
     */
    Call newCall() {
        Long offered = offeredMillis.get();
        return offered != null ? new Call(offered, offered) : new Call(adoptedMillis.get(), null);
    }

    /** One call's view: the offset it signs with, and whether that offset still awaits confirmation. */
    final class Call {
        private long offsetMillis;
        private boolean unconfirmed;
        private boolean corrected;
        // The very object offered to other calls (compared by identity), so a call withdraws or
        // adopts only the offer it used, never a newer one.
        private Long offer;

        private Call(long offsetMillis, Long offer) {
            this.offsetMillis = offsetMillis;
            this.offer = offer;
            this.unconfirmed = offer != null;
        }

        /**
         * The time to sign an attempt with.
         *
         * @param now the local clock's time
         * @return the corrected time
         */
        Instant signingTime(Instant now) {
            return now.plusMillis(offsetMillis);
        }

        /** The service did not reject the timestamp: an unconfirmed offset becomes the client's. */
        void accepted() {
            if (unconfirmed) {
                unconfirmed = false;
                adoptedMillis.set(offsetMillis);
                withdrawOffer();
            }
        }

        /**
         * The service rejected the timestamp.
         *
         * @param response  the rejection, whose {@code Date} gives the server's time
         * @param now       the local clock's time
         * @param mayRepeat whether the call may send the request again
         * @param call      the call, as named in logs
         * @return whether to send the request again now, with the corrected time
         */
        boolean rejected(SdkHttpResponse response, Instant now, boolean mayRepeat, String call) {
            if (unconfirmed) {
                unconfirmed = false;
                withdrawOffer();
            }
            if (corrected) {
                return false;
            }
            Optional<Instant> serverTime = response.header("Date").flatMap(HttpDate::parse);
            if (serverTime.isEmpty()) {
                return false;
            }
            Duration offset = Duration.between(now, serverTime.get());
            if (offset.abs().compareTo(MAX_PLAUSIBLE_OFFSET) > 0) {
                if (warnedImplausible.compareAndSet(false, true)) {
                    LOG.warn("{}: the service rejected the request's timestamp but its Date header ({}) is more than {} h "
                            + "from the local clock; not correcting the clock (reported once per client)", call,
                            serverTime.get(), MAX_PLAUSIBLE_OFFSET.toHours());
                }
                return false;
            }
            corrected = true;
            offsetMillis = offset.toMillis();
            unconfirmed = true;
            if (mayRepeat) {
                LOG.debug("{}: service rejected the timestamp; retrying with the clock corrected by {} ms", call, offsetMillis);
                return true;
            }
            offer = offsetMillis;
            offeredMillis.set(offer);
            LOG.debug("{}: service rejected the timestamp; the next call tries a clock corrected by {} ms", call, offsetMillis);
            return false;
        }

        private void withdrawOffer() {
            if (offer != null) {
                offeredMillis.compareAndSet(offer, null);
                offer = null;
            }
        }
    }
}
