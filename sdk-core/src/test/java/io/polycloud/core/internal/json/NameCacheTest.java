package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameCacheTest {

    @Test
    void name_repeatedInADocument_isOneString() {
        JsonArray items = JsonReader.strict().read("[{\"JobId\":\"a\"},{\"JobId\":\"b\"}]").asArray();
        assertSame(items.get(0).asObject().names().get(0), items.get(1).asObject().names().get(0));
    }

    @Test
    void name_longerThanTheCachedLength_isStillRead() {
        String name = "n".repeat(100);
        assertEquals(List.of(name), JsonReader.strict().read("{\"" + name + "\":1}").asObject().names());
    }

    @Test
    void concurrentParsesOfManyDistinctNames_alwaysReadTheirOwnNames() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    // 3000 distinct names per thread overflow the 1024 slots, so threads overwrite each other's entries.
                    List<String> names = IntStream.range(0, 3000).mapToObj(i -> "t" + thread + "k" + i).toList();
                    byte[] doc = names.stream().map(n -> "\"" + n + "\":0").collect(Collectors.joining(",", "{", "}"))
                            .getBytes(StandardCharsets.US_ASCII);
                    for (int round = 0; round < 20; round++) {
                        assertEquals(names, JsonReader.strict().read(doc).asObject().names());
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
