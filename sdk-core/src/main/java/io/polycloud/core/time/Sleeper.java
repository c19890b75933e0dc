package io.polycloud.core.time;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retry attempts. Injected into clients so tests can run a retry sequence with
 * real backoff arithmetic in milliseconds: a test sleeper advances a fake clock instead of
 * blocking.
 */
public interface Sleeper {

    /**
     * Blocks the calling thread.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * A future completed after the duration, without holding a thread meanwhile.
     *
     * @param duration how long, not negative
     * @return the future
     */
    CompletableFuture<Void> delay(Duration duration);

    /**
     * The real sleeper: {@link Thread#sleep(long)} and a delayed executor.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
