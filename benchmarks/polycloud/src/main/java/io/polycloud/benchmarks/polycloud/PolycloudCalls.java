package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens a Polycloud client for one seeded operation. Each service's classes are touched only
 * when its operation is asked for, so the cold-start program runs on that service's class path
 * alone.
 */
final class PolycloudCalls {

    private PolycloudCalls() {
    }

    /**
     * Opens a client with default settings, the benchmark fixtures and the loopback endpoint.
     *
     * @param op         the operation
     * @param endpoint   the loopback server
     * @param customizer further builder settings (a recording transport, a signature version), or none
     * @return the call
     */
    static OperationCall open(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        switch (op.service()) {
            case "vpc":
                return VpcCalls.open(op, endpoint, customizer);
            case "drs":
                return DrsCalls.open(op, endpoint, customizer);
            case "dds":
                return DdsCalls.open(op, endpoint, customizer);
            case "lakeformation":
                return LakeFormationCalls.open(op, endpoint, customizer);
            default:
                throw new IllegalArgumentException("no Polycloud client for " + op.id());
        }
    }

    /** No further settings. */
    static void defaults(SdkClientBuilder<?> builder) {
        // the defaults are what is measured
    }

    /**
     * The defaults, with the named HTTP transport instead of the automatic choice.
     *
     * @param transport {@code okhttp} or {@code jdk}
     * @return the setting
     */
    static Consumer<SdkClientBuilder<?>> transport(String transport) {
        return builder -> builder.httpTransportProvider(transport);
    }
}
