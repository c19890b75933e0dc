package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something going wrong on the way to or from an emulated service, for the next requests that
 * {@linkplain PolycloudEmulator#inject(Fault) meet it}. Immutable: every modifier returns a new
 * fault.
 *
 * <p>Two kinds, and which one matters when you test retries:
 * <ul>
 *   <li><b>Before the service</b>: {@link #error}, {@link #response}, {@link #throttle()},
 *       {@link #oversizedBody}, {@link #reset()} and {@link #stall()} answer instead of the
 *       service. The request is not authenticated and changes no state.</li>
 *   <li><b>After the service</b>: {@link #process()} and {@link #resetAfterProcessing()} let the
 *       service act first (state changes as usual), then disturb the answer. This is the
 *       ambiguous failure a {@code ClientToken} exists for.</li>
 * </ul>
 * Any fault that answers can also be {@link #delayed}, {@link #truncated()} or
 * {@link #dripping}: {@code Fault.process().truncated()} acts and then cuts the real answer short;
 * {@code Fault.error(503, "ServiceUnavailable", "busy").delayed(Duration.ofSeconds(2))} acts not
 * at all and answers late.
 *
 * <pre>{@code
 * emulator.inject(Fault.throttle(Duration.ofSeconds(2)).times(2).onlyFor(EmulatedOperation.DRS_DELETE_JOB));
 * emulator.inject(Fault.resetAfterProcessing().onlyFor(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB));
 * }</pre>
 */
public final class Fault {

    /** How long a {@link #stall()} holds a connection at most, so an abandoned emulator frees its threads. */
    static final Duration STALL_LIMIT = Duration.ofMinutes(10);

    enum Kind {
        PROCESS, ERROR, RESPONSE, THROTTLE, OVERSIZED, RESET, RESET_AFTER_PROCESSING, STALL
    }

    final Kind kind;
    final int status;
    final String code;
    final String text;
    final String contentType;
    final long size;
    final Duration retryAfter;
    final Duration delay;
    final boolean truncated;
    final Duration dripInterval;
    final boolean withoutRequestId;
    final int times;
    final Set<EmulatedOperation> operations;

    private Fault(Kind kind, int status, String code, String text, String contentType, long size, Duration retryAfter,
                  Duration delay, boolean truncated, Duration dripInterval, boolean withoutRequestId, int times,
                  Set<EmulatedOperation> operations) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.text = text;
        this.contentType = contentType;
        this.size = size;
        this.retryAfter = retryAfter;
        this.delay = delay;
        this.truncated = truncated;
        this.dripInterval = dripInterval;
        this.withoutRequestId = withoutRequestId;
        this.times = times;
        this.operations = operations;
    }

    private static Fault of(Kind kind, int status, String code, String text, String contentType, long size,
                            Duration retryAfter) {
        return new Fault(kind, status, code, text, contentType, size, retryAfter, Duration.ZERO, false, null, false, 1,
                Set.of());
    }

    /**
     * No disturbance of its own: the service acts and answers as usual. Combine it with
     * {@link #delayed}, {@link #truncated()} or {@link #dripping} to disturb the real answer.
     *
     * @return the fault
     */
    public static Fault process() {
        return of(Kind.PROCESS, 0, null, null, null, 0, null);
    }

    /**
     * Answers with an error in the cloud's own body shape (Alibaba Cloud
     * {@code {"RequestId","HostId","Code","Message","Recommend"}}, Huawei Cloud
     * {@code {"error_msg","error_code","request_id"}}) and request id header.
     *
     * @param status  the HTTP status, 400 to 599
     * @param code    the error code, for example {@code ServiceUnavailable} or {@code Throttling.User}
     * @param message the message
     * @return the fault
     * @throws SdkClientException if the status is out of range or a text is blank
     */
    public static Fault error(int status, String code, String message) {
        Validate.range(status, "status", 400, 599);
        return of(Kind.ERROR, status, Validate.text(code, "code", 256), Validate.notNull(message, "message"), null, 0,
                null);
    }

    /**
     * Answers with exactly this status and body, plus the cloud's request id header (unless
     * {@link #withoutRequestId()}), for answers no cloud would send: an HTML error page from a
     * proxy, an empty 500, a JSON document cut in half.
     *
     * @param status      the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type}
     * @param body        the body, may be empty
     * @return the fault
     * @throws SdkClientException if the status is out of range or a value is null
     */
    public static Fault response(int status, String contentType, String body) {
        Validate.range(status, "status", 200, 599);
        return of(Kind.RESPONSE, status, null, Validate.notNull(body, "body"), Validate.text(contentType, "contentType", 256),
                0, null);
    }

    /**
     * Answers 429 with the cloud's throttling code: {@code Throttling} (Alibaba Cloud),
     * {@code APIG.0308} (Huawei Cloud).
     *
     * @return the fault
     */
    public static Fault throttle() {
        return of(Kind.THROTTLE, 429, null, null, null, 0, null);
    }

    /**
     * {@link #throttle()} with a {@code Retry-After} header.
     *
     * @param retryAfter how long the client should wait; whole seconds, rounded up
     * @return the fault
     * @throws SdkClientException if it is null or negative
     */
    public static Fault throttle(Duration retryAfter) {
        Validate.notNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new SdkClientException("retryAfter must not be negative");
        }
        return of(Kind.THROTTLE, 429, null, null, null, 0, retryAfter);
    }

    /**
     * Answers 200 with a JSON body of exactly {@code bytes} bytes, streamed (never held in memory),
     * to test that a client bounds what it reads.
     *
     * @param bytes the body size, 64 bytes to 1 GiB
     * @return the fault
     * @throws SdkClientException if the size is out of range
     */
    public static Fault oversizedBody(long bytes) {
        Validate.range(bytes, "bytes", 64, 1L << 30);
        return of(Kind.OVERSIZED, 200, null, null, "application/json;charset=UTF-8", bytes, null);
    }

    /**
     * Closes the connection instead of answering; the service never sees the request.
     *
     * @return the fault
     */
    public static Fault reset() {
        return of(Kind.RESET, 0, null, null, null, 0, null);
    }

    /**
     * Lets the service act, then closes the connection instead of answering: the client cannot
     * know whether its request took effect.
     *
     * @return the fault
     */
    public static Fault resetAfterProcessing() {
        return of(Kind.RESET_AFTER_PROCESSING, 0, null, null, null, 0, null);
    }

    /**
     * Reads the request and never answers, until the client gives up (its read timeout) or the
     * emulator closes (at most 10 minutes); the service never sees the request.
     *
     * @return the fault
     */
    public static Fault stall() {
        return of(Kind.STALL, 0, null, null, null, 0, null);
    }

    /**
     * Waits before sending the answer's headers.
     *
     * @param delay how long, up to 10 minutes
     * @return a new fault
     * @throws SdkClientException if this fault sends no answer, or the delay is out of range
     */
    public Fault delayed(Duration delay) {
        requireAnswer("delayed");
        return new Fault(kind, status, code, text, contentType, size, retryAfter, bounded(delay, "delay"), truncated,
                dripInterval, withoutRequestId, times, operations);
    }

    /**
     * Sends the answer's full {@code Content-Length} but only the first half of its body, then
     * closes the connection (an answer without a body declares one byte and sends none).
     *
     * @return a new fault
     * @throws SdkClientException if this fault sends no answer
     */
    public Fault truncated() {
        requireAnswer("truncated");
        return new Fault(kind, status, code, text, contentType, size, retryAfter, delay, true, dripInterval,
                withoutRequestId, times, operations);
    }

    /**
     * Sends the answer's body one byte per interval.
     *
     * @param interval the pause between two bytes, up to 10 minutes
     * @return a new fault
     * @throws SdkClientException if this fault sends no answer, or the interval is out of range
     */
    public Fault dripping(Duration interval) {
        requireAnswer("dripping");
        return new Fault(kind, status, code, text, contentType, size, retryAfter, delay, truncated,
                bounded(interval, "interval"), withoutRequestId, times, operations);
    }

    /**
     * Leaves the cloud's request id header out of a {@link #response} answer, which then is exactly
     * the status, content type and body given: what a proxy's error page looks like.
     *
     * @return a new fault
     * @throws SdkClientException if this is not a {@link #response} fault
     */
    public Fault withoutRequestId() {
        if (kind != Kind.RESPONSE) {
            throw new SdkClientException("withoutRequestId() applies to response faults only; "
                    + kind.name().toLowerCase(Locale.ROOT) + " answers in the cloud's own shape");
        }
        return new Fault(kind, status, code, text, contentType, size, retryAfter, delay, truncated, dripInterval, true,
                times, operations);
    }

    /**
     * How many matching requests meet this fault; 1 unless set.
     *
     * @param count 1 to 1,000,000
     * @return a new fault
     * @throws SdkClientException if the count is out of range
     */
    public Fault times(int count) {
        Validate.range(count, "times", 1, 1_000_000);
        return new Fault(kind, status, code, text, contentType, size, retryAfter, delay, truncated, dripInterval,
                withoutRequestId, count, operations);
    }

    /**
     * Only requests for these operations meet this fault; by default every request does.
     *
     * @param operations at least one
     * @return a new fault
     * @throws SdkClientException if none is given or one is null
     */
    public Fault onlyFor(EmulatedOperation... operations) {
        Validate.notNull(operations, "operations");
        if (operations.length == 0) {
            throw new SdkClientException("onlyFor needs at least one operation");
        }
        Arrays.stream(operations).forEach(op -> Validate.notNull(op, "operation"));
        return new Fault(kind, status, code, text, contentType, size, retryAfter, delay, truncated, dripInterval,
                withoutRequestId, times, Set.copyOf(EnumSet.copyOf(Arrays.asList(operations))));
    }

    /**
     * How many requests meet this fault.
     *
     * @return the count
     */
    public int times() {
        return times;
    }

    /**
     * The operations this fault is limited to.
     *
     * @return the operations; empty means every operation
     */
    public Set<EmulatedOperation> operations() {
        return operations;
    }

    /**
     * Whether the service acts on a request that meets this fault.
     *
     * @return true for {@link #process()} and {@link #resetAfterProcessing()}
     */
    public boolean letsServiceAct() {
        return kind == Kind.PROCESS || kind == Kind.RESET_AFTER_PROCESSING;
    }

    boolean matches(EmulatedOperation operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    boolean sendsAnswer() {
        return kind != Kind.RESET && kind != Kind.RESET_AFTER_PROCESSING && kind != Kind.STALL;
    }

    private void requireAnswer(String modifier) {
        if (!sendsAnswer()) {
            throw new SdkClientException(modifier + "() needs a fault that answers; " + kind.name().toLowerCase(Locale.ROOT)
                    + " sends no answer");
        }
    }

    private static Duration bounded(Duration d, String field) {
        Validate.notNull(d, field);
        if (d.isNegative() || d.compareTo(STALL_LIMIT) > 0) {
            throw new SdkClientException(field + " must be from 0 to 10 minutes");
        }
        return d;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
        if (status != 0) {
            sb.append(' ').append(status);
        }
        if (code != null) {
            sb.append(' ').append(code);
        }
        if (retryAfter != null) {
            sb.append(" retryAfter=").append(retryAfter);
        }
        if (size > 0) {
            sb.append(" bytes=").append(size);
        }
        if (!delay.isZero()) {
            sb.append(" delayed=").append(delay);
        }
        if (truncated) {
            sb.append(" truncated");
        }
        if (dripInterval != null) {
            sb.append(" dripping=").append(dripInterval);
        }
        if (withoutRequestId) {
            sb.append(" withoutRequestId");
        }
        sb.append(" times=").append(times);
        if (!operations.isEmpty()) {
            sb.append(" onlyFor=").append(new TreeSet<>(operations));
        }
        return sb.toString();
    }
}
