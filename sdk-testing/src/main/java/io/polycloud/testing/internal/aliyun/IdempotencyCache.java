package io.polycloud.testing.internal.aliyun;

import io.polycloud.core.internal.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Internal: the results of successful requests that carried a {@code ClientToken}, so a repeat
 * with the same token is answered with the same result instead of acting again. Only successes
 * are kept: a refused request did nothing, and repeating it may succeed once the obstacle is
 * gone. The oldest entries are dropped beyond {@value #CAPACITY}. Callers hold the VPC lock.
 * Not part of the public API.
 */
final class IdempotencyCache {

    static final int CAPACITY = 100_000;

    /** What a request did, and which parameters it had. */
    record Entry(String fingerprint, JsonObject result) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    Optional<Entry> find(String action, String regionId, String clientToken) {
        return Optional.ofNullable(entries.get(key(action, regionId, clientToken)));
    }

    void store(String action, String regionId, String clientToken, Entry entry) {
        entries.put(key(action, regionId, clientToken), entry);
    }

    void clear() {
        entries.clear();
    }

    private static String key(String action, String regionId, String clientToken) {
        return action + '\n' + regionId + '\n' + clientToken;
    }
}
