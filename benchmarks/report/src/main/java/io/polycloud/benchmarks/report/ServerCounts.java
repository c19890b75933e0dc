package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.LoopbackServer;
import io.polycloud.benchmarks.harness.Operation;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the loopback server saw during the run: requests answered per operation, requests that
 * matched nothing, and connections refused for lack of slots.
 *
 * @param served    success answers per operation
 * @param unmatched 404 answers
 * @param rejected  connections closed on accept
 */
record ServerCounts(Map<Operation, Long> served, long unmatched, long rejected) {

    static ServerCounts of(LoopbackServer server) {
        Map<Operation, Long> served = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            served.put(op, server.served(op));
        }
        return new ServerCounts(Map.copyOf(served), server.unmatched(), server.rejectedConnections());
    }
}
