package io.polycloud.core.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every SLF4J event logged in this test JVM, at every level including TRACE. sdk-core's test-jar
 * registers {@link CapturingServiceProvider} as the SLF4J binding, so tests of any module that
 * depends on it can assert on logs, and no log line (secret or not) reaches test output.
 */
public final class CapturedLogs {

    /** One formatted log event. */
    public record Event(String level, String logger, String message, String throwable) {
        /** Message and throwable text, for secret scans. */
        public String fullText() {
            return message + (throwable == null ? "" : "\n" + throwable);
        }
    }

    private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();

    private CapturedLogs() {
    }

    static void add(Event event) {
        EVENTS.add(event);
    }

    public static List<Event> events() {
        return new ArrayList<>(EVENTS);
    }

    public static void clear() {
        EVENTS.clear();
    }

    /** All captured text joined, for {@code contains} checks. */
    public static String text() {
        StringBuilder sb = new StringBuilder();
        for (Event e : EVENTS) {
            sb.append(e.level()).append(' ').append(e.logger()).append(' ').append(e.fullText()).append('\n');
        }
        return sb.toString();
    }
}
