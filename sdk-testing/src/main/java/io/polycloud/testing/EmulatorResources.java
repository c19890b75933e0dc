package io.polycloud.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link PolycloudEmulatorExtension} starts for one test class: the emulator and the
 * clients built on demand. Closing closes the clients (newest first), then the emulator; it is
 * idempotent, since both the extension and JUnit's store may close it.
 */
final class EmulatorResources implements AutoCloseable {

    private final Class<?> owner;
    private final EmulatedClouds settings;
    private final PolycloudEmulator emulator;
    private final Map<Class<?>, AutoCloseable> clients = new LinkedHashMap<>();
    private boolean closed;

    EmulatorResources(Class<?> owner, EmulatedClouds settings) {
        this.owner = owner;
        this.settings = settings;
        this.emulator = settings.testClock() ? PolycloudEmulator.builder().clock(TestClock.create()).start()
                : PolycloudEmulator.start();
    }

    Class<?> owner() {
        return owner;
    }

    EmulatedClouds settings() {
        return settings;
    }

    PolycloudEmulator emulator() {
        return emulator;
    }

    synchronized Object resolve(Class<?> type) {
        if (type == PolycloudEmulator.class) {
            return emulator;
        }
        if (type == TestClock.class) {
            return emulator.testClock().orElseThrow(() -> new IllegalStateException(
                    "a TestClock is injected only into classes annotated @EmulatedClouds(testClock = true)"));
        }
        return clients.computeIfAbsent(type, t -> ClientFactory.create(t, emulator, settings.aliyunRegion(),
                settings.huaweiRegion()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> newestFirst = new ArrayList<>(clients.values());
        Collections.reverse(newestFirst);
        RuntimeException failure = null;
        for (AutoCloseable client : newestFirst) {
            try {
                client.close();
            } catch (Exception e) {
                // Keep closing the rest; report the first failure once everything is closed.
                failure = failure != null ? failure
                        : e instanceof RuntimeException re ? re : new IllegalStateException("could not close a client", e);
            }
        }
        emulator.close();
        if (failure != null) {
            throw failure;
        }
    }
}
