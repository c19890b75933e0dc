package io.polycloud.core.internal.retry;

import io.polycloud.core.retry.RetryBudget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetryTokenBucketTest {

    @Test
    void tryAcquire_takesTheRetryCostOrTheTimeoutCostUntilTooFewAreLeft() {
        RetryTokenBucket bucket = new RetryTokenBucket(new RetryBudget(20, 5, 10));
        assertEquals(5, bucket.tryAcquire(false));
        assertEquals(10, bucket.tryAcquire(true));
        assertEquals(5, bucket.available());
        assertEquals(-1, bucket.tryAcquire(true), "10 needed, 5 left");
        assertEquals(5, bucket.tryAcquire(false));
        assertEquals(-1, bucket.tryAcquire(false));
        assertEquals(0, bucket.available());
    }

    @Test
    void onSuccess_returnsWhatTheCallTookOrOneTokenUpToCapacity() {
        RetryTokenBucket bucket = new RetryTokenBucket(new RetryBudget(20, 5, 10));
        bucket.tryAcquire(true);
        bucket.tryAcquire(false);
        bucket.onSuccess(15);
        assertEquals(20, bucket.available());
        bucket.onSuccess(0);
        assertEquals(20, bucket.available(), "never above capacity");
        bucket.tryAcquire(false);
        bucket.onSuccess(0);
        assertEquals(16, bucket.available(), "a first-attempt success adds one");
    }

    @Test
    void unlimited_neverRunsOut() {
        RetryTokenBucket bucket = new RetryTokenBucket(RetryBudget.unlimited());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, bucket.tryAcquire(i % 2 == 0));
        }
    }

    @Test
    void tryAcquire_underContention_neverHandsOutMoreThanTheCapacity() throws Exception {
        RetryTokenBucket bucket = new RetryTokenBucket(new RetryBudget(500, 5, 10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> taken = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                taken.add(pool.submit(() -> {
                    int sum = 0;
                    for (int i = 0; i < 100; i++) {
                        int n = bucket.tryAcquire(false);
                        sum += Math.max(n, 0);
                    }
                    return sum;
                }));
            }
            int total = 0;
            for (Future<Integer> f : taken) {
                total += f.get(5, TimeUnit.SECONDS);
            }
            assertEquals(500, total);
            assertEquals(0, bucket.available());
        } finally {
            pool.shutdownNow();
        }
    }
}
