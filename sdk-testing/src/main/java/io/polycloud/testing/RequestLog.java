package io.polycloud.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent requests, oldest first; beyond the limit the oldest are dropped, so a
 * long-running emulator's memory stays bounded. Thread-safe.
 */
final class RequestLog {

    private final int limit;
    private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();

    RequestLog(int limit) {
        this.limit = limit;
    }

    synchronized void add(RecordedCall call) {
        if (calls.size() == limit) {
            calls.removeFirst();
        }
        calls.addLast(call);
    }

    synchronized List<RecordedCall> calls() {
        return new ArrayList<>(calls);
    }

    synchronized void clear() {
        calls.clear();
    }
}
