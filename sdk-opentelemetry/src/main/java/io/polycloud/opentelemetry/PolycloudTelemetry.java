package io.polycloud.opentelemetry;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.polycloud.core.SdkVersion;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.util.Objects;

/**
 * OpenTelemetry traces and metrics for Polycloud clients. Create one per {@link OpenTelemetry}
 * instance and attach its {@link #interceptor()} to every client builder:
 *
 * <pre>{@code
 * PolycloudTelemetry telemetry = PolycloudTelemetry.create(openTelemetry);
 * DrsClient drs = DrsClient.builder().region("cn-north-4").addInterceptor(telemetry.interceptor()).build();
 * }</pre>
 *
 * <p>This module needs only {@code opentelemetry-api}; the application brings the SDK and its
 * exporters. Nothing it records comes from a request or response body, a header, a credential or
 * a signature: only the names and numbers below.
 *
 * <h2>Traces</h2>
 * One span of kind {@code CLIENT} per operation call, named {@code {service}.{Operation}} (for
 * example {@code drs.DeleteJob}), whatever the number of attempts. A blocking call's span is the
 * current span while the call runs, on the calling thread; an {@code …Async} call's span is a child
 * of the span that was current when the method was called, and is never made current on another
 * thread. Attributes:
 * <table>
 *   <caption>span attributes</caption>
 *   <tr><th>name</th><th>value</th></tr>
 *   <tr><td>{@code cloud.provider}</td><td>{@code alibaba_cloud} or {@code huawei_cloud}</td></tr>
 *   <tr><td>{@code cloud.region}</td><td>the client's region, when it has one</td></tr>
 *   <tr><td>{@code rpc.system}</td><td>{@code alibaba_cloud_rpc} (Alibaba Cloud's RPC-style API, action in
 *       the query) or {@code huawei_cloud_rest} (Huawei Cloud's REST API)</td></tr>
 *   <tr><td>{@code rpc.service}</td><td>the service, for example {@code drs}</td></tr>
 *   <tr><td>{@code rpc.method}</td><td>the API operation, for example {@code DeleteJob}</td></tr>
 *   <tr><td>{@code server.address}, {@code server.port}</td><td>where the requests went</td></tr>
 *   <tr><td>{@code http.response.status_code}</td><td>the last response's status, absent when none arrived</td></tr>
 *   <tr><td>{@code polycloud.request_id}</td><td>the cloud's id of the last response: quote it to the cloud's
 *       support</td></tr>
 *   <tr><td>{@code polycloud.attempts}</td><td>attempts made, 0 when nothing was sent</td></tr>
 *   <tr><td>{@code polycloud.throttled_attempts}</td><td>attempts the cloud rejected for rate limiting, when
 *       any</td></tr>
 *   <tr><td>{@code polycloud.retry_budget_exhausted}</td><td>{@code true} when a retry was refused because the
 *       client's retry budget was empty</td></tr>
 *   <tr><td>{@code error.type}</td><td>on failure: the cloud's error code ({@code Throttling.User},
 *       {@code DRS.10000010}, {@code HTTP_502}); for a failure on the client's side the exception's class
 *       name ({@code io.polycloud.core.exception.SdkTimeoutException}); for a cancelled future
 *       {@code java.util.concurrent.CancellationException}</td></tr>
 *   <tr><td>{@code polycloud.error.category}</td><td>on a service error, its
 *       {@link io.polycloud.core.exception.ErrorCategory}, for example {@code INVALID_STATE}</td></tr>
 * </table>
 * A failed or cancelled call's span has status {@code ERROR}, described by the exception's message;
 * a successful one leaves the status unset. Each attempt adds an event {@code polycloud.attempt}
 * with {@code polycloud.attempt.number}, {@code http.response.status_code} (when a response arrived),
 * {@code polycloud.request_id} (when the answer carried one), {@code error.type} (when it failed),
 * {@code polycloud.attempt.throttled}, {@code polycloud.attempt.duration_ms} and, when another attempt
 * follows, {@code polycloud.retry.backoff_ms}.
 *
 * <h2>Metrics</h2>
 * Attributes are low-cardinality only: {@code cloud.provider}, {@code rpc.service},
 * {@code rpc.method}, and on the per-call instruments {@code polycloud.outcome}: {@code success},
 * {@code cancelled}, {@code interrupted}, {@code timeout}, {@code network_error},
 * {@code client_error}, or a service error's category in lower case ({@code invalid_parameter},
 * {@code invalid_state}, {@code not_found}, {@code conflict}, {@code authentication},
 * {@code authorization}, {@code throttling}, {@code timeout}, {@code server_error}, {@code unknown}).
 * <table>
 *   <caption>instruments</caption>
 *   <tr><th>name</th><th>instrument, unit</th><th>what</th></tr>
 *   <tr><td>{@code polycloud.client.call.duration}</td><td>histogram, {@code s}</td><td>a call from start to
 *       end, backoff included; buckets 5 ms to 120 s</td></tr>
 *   <tr><td>{@code polycloud.client.call.attempts}</td><td>histogram, {@code {attempt}}</td><td>attempts per
 *       call</td></tr>
 *   <tr><td>{@code polycloud.client.throttled_attempts}</td><td>counter, {@code {attempt}}</td><td>attempts
 *       rejected for rate limiting (no {@code polycloud.outcome})</td></tr>
 *   <tr><td>{@code polycloud.client.retry_budget.exhausted}</td><td>counter, {@code {call}}</td><td>calls that
 *       ended because the retry budget refused a retry</td></tr>
 *   <tr><td>{@code polycloud.client.active_calls}</td><td>up-down counter, {@code {call}}</td><td>calls in
 *       flight (no {@code polycloud.outcome})</td></tr>
 * </table>
 *
 * <h2>Jobs</h2>
 * With {@link #batchListener()} on a {@code CloudJobs} builder, each {@code deleteAll} is one span
 * of kind {@code INTERNAL} named {@code jobs.deleteAll}, a child of the caller's span and the parent
 * of every call the batch makes, with {@code polycloud.batch.refs}, {@code polycloud.batch.distinct_refs},
 * {@code polycloud.batch.max_concurrency}, {@code polycloud.batch.dry_run} and, at its end, one
 * {@code polycloud.batch.outcome.<outcome>} count per {@code DeleteOutcome} ({@code deleted},
 * {@code already_gone}, {@code not_deletable}, {@code failed}, {@code dry_run}, {@code skipped});
 * its status is {@code ERROR} unless every ref succeeded. Two more instruments:
 * {@code polycloud.jobs.deletions} (counter, {@code {job}}, by {@code polycloud.job.kind} and
 * {@code polycloud.delete.outcome}) and {@code polycloud.jobs.batch.duration} (histogram, {@code s},
 * by {@code polycloud.batch.dry_run}).
 *
 * <p>Immutable and thread-safe; one instance serves any number of clients.
 */
public final class PolycloudTelemetry {

    /** The instrumentation scope name of every span and instrument this module creates. */
    public static final String INSTRUMENTATION_SCOPE = "io.polycloud.opentelemetry";

    private final Tracer tracer;
    private final Meter meter;
    private final TelemetryInterceptor interceptor;

    private PolycloudTelemetry(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.tracerBuilder(INSTRUMENTATION_SCOPE).setInstrumentationVersion(SdkVersion.VERSION).build();
        this.meter = openTelemetry.meterBuilder(INSTRUMENTATION_SCOPE).setInstrumentationVersion(SdkVersion.VERSION).build();
        this.interceptor = new TelemetryInterceptor(tracer, meter);
    }

    /**
     * Telemetry through {@link GlobalOpenTelemetry}. Create it after the application registered its
     * SDK: before that, {@code GlobalOpenTelemetry.get()} settles on a no-op instance.
     *
     * @return the telemetry
     */
    public static PolycloudTelemetry create() {
        return create(GlobalOpenTelemetry.get());
    }

    /**
     * Telemetry through the given OpenTelemetry instance.
     *
     * @param openTelemetry where spans and metrics go
     * @return the telemetry
     * @throws NullPointerException if {@code openTelemetry} is null
     */
    public static PolycloudTelemetry create(OpenTelemetry openTelemetry) {
        return new PolycloudTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * The interceptor to add to a client builder; the same instance serves every client.
     *
     * <pre>{@code
     * VpcClient vpc = VpcClient.builder().region("cn-shanghai").addInterceptor(telemetry.interceptor()).build();
     * }</pre>
     *
     * @return the interceptor
     */
    public ExecutionInterceptor interceptor() {
        return interceptor;
    }

    /**
     * The batch listener to add to a {@link io.polycloud.jobs.CloudJobs} builder, with
     * {@link #interceptor()}: each {@code deleteAll} becomes a span {@code jobs.deleteAll} whose
     * children are the calls it makes, and feeds the jobs metrics.
     *
     * <pre>{@code
     * CloudJobs jobs = CloudJobs.builder().addInterceptor(telemetry.interceptor()).addBatchListener(telemetry.batchListener()).build();
     * }</pre>
     *
     * Needs {@code sdk-jobs} on the class path, which an application that uses {@code CloudJobs} has.
     *
     * @return a listener; call once per {@code CloudJobs}
     */
    public io.polycloud.jobs.BatchListener batchListener() {
        // Through BatchSpans' factory, whose declared type equals this method's: verifying this class
        // then loads nothing from sdk-jobs, so interceptor() works without it.
        return BatchSpans.listener(tracer, meter);
    }
}
