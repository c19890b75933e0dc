package io.polycloud.opentelemetry;

import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Starts a {@link CallSpan} for every call of the clients it is attached to. Thread-safe. */
final class TelemetryInterceptor implements ExecutionInterceptor {

    /**
     * Distinct operations and endpoints whose attributes are kept; an application with more
     * (clients built for ever new endpoints) computes the rest per call.
     */
    private static final int MAX_CACHED_OPERATIONS = 1024;

    private final Tracer tracer;
    private final CallMetrics metrics;
    private final ConcurrentMap<CallInfo, OperationAttributes> operations = new ConcurrentHashMap<>();

    TelemetryInterceptor(Tracer tracer, Meter meter) {
        this.tracer = tracer;
        this.metrics = new CallMetrics(meter);
    }

    @Override
    public CallObserver beforeCall(CallInfo call) {
        return CallSpan.start(tracer, metrics, attributes(call), call.async());
    }

    private OperationAttributes attributes(CallInfo call) {
        OperationAttributes cached = operations.get(call);
        if (cached != null) {
            return cached;
        }
        OperationAttributes computed = new OperationAttributes(call);
        if (operations.size() < MAX_CACHED_OPERATIONS) {
            operations.putIfAbsent(call, computed);
        }
        return computed;
    }
}
