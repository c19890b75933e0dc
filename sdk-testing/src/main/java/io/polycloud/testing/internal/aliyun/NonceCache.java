package io.polycloud.testing.internal.aliyun;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Internal: the signature nonces seen recently, so a replayed request is refused with
 * {@code SignatureNonceUsed}. A nonce is remembered until its request's timestamp leaves the
 * accepted window (after that, the timestamp check refuses a replay anyway), so the cache holds
 * at most one window's worth of traffic. Thread-safe. Not part of the public API.
 */
public final class NonceCache {

    private final Map<String, Instant> expiries = new LinkedHashMap<>();

    /**
     * Claims a nonce for one access key.
     *
     * @param accessKeyId the key that signed the request
     * @param nonce       the nonce
     * @param expiry      when the request's timestamp leaves the accepted window
     * @param now         the emulator's time
     * @return true if the nonce was new; false if it was used already
     */
    public synchronized boolean claim(String accessKeyId, String nonce, Instant expiry, Instant now) {
        // Insertion order is close to expiry order: dropping expired entries from the head keeps the cache bounded.
        Iterator<Instant> oldest = expiries.values().iterator();
        while (oldest.hasNext() && oldest.next().isBefore(now)) {
            oldest.remove();
        }
        return expiries.putIfAbsent(accessKeyId + '\n' + nonce, expiry) == null;
    }

    /** Forgets every nonce. */
    public synchronized void clear() {
        expiries.clear();
    }
}
