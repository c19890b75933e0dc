package io.polycloud.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The injected faults still waiting for requests, in injection order; a request meets the first
 * one that matches its operation. Thread-safe.
 */
final class FaultQueue {

    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    synchronized void add(Fault fault) {
        pending.add(new Pending(fault));
    }

    /** The fault this request meets, used up by one; null if none. */
    synchronized Fault take(EmulatedOperation operation) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.fault.matches(operation)) {
                if (--p.remaining == 0) {
                    it.remove();
                }
                return p.fault;
            }
        }
        return null;
    }

    /** The faults still waiting, each with the number of requests it will still meet. */
    synchronized List<Fault> pending() {
        List<Fault> result = new ArrayList<>();
        pending.forEach(p -> result.add(p.fault.times(p.remaining)));
        return result;
    }

    synchronized void clear() {
        pending.clear();
    }
}
