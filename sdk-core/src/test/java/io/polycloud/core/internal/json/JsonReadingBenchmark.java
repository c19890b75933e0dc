package io.polycloud.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parse time and allocation of the three bodies the clients read most, for our reader and for
 * Jackson's tree and streaming APIs. A bounded loop, not JMH (sdk-core's tests do not depend on
 * it): per case and reader, {@value #WARMUP_MS} ms of warm-up, then {@value #ROUNDS} rounds of
 * {@value #ROUND_MS} ms; it prints the median and the best round, in CPU time of the measuring
 * thread (steadier than wall time on a shared machine), and the bytes allocated per call. Not a test; run it by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -pl sdk-core -Dmdep.outputFile=/tmp/cp.txt
 * java -cp sdk-core/target/classes:sdk-core/target/test-classes:$(cat /tmp/cp.txt) \
 *     io.polycloud.core.internal.json.JsonReadingBenchmark [--cold "polycloud tree"]
 * </pre>
 */
public final class JsonReadingBenchmark {

    private static final long WARMUP_MS = 1500;
    private static final long ROUND_MS = 500;
    private static final int ROUNDS = 7;

    static final String REQUEST_ID = "{\"RequestId\":\"0E7A1A4C-3B1F-4A1E-9C1D-5F2E8B7A6D4C\"}";
    static final String HUAWEI_ERROR = """
            {
              "error" : {
                "code" : "403",
                "message" : "X-Auth-Token is invalid in the request",
                "error_code" : null,
                "error_msg" : null,
                "title" : "Forbidden"
              },
              "error_code" : "DRS.10000010",
              "error_msg" : "Job status does not support the operation.",
              "request_id" : "b4b5a6c1-5e0b-4b6a-9c3d-0f1e2d3c4b5a"
            }""";
    static final String DESCRIBE_PAGE = describePage(10);

    private static volatile Object sink;

    private JsonReadingBenchmark() {
    }

    /** A DescribeFailoverTestJobs page of {@code jobs} jobs, as the service sends it. */
    static String describePage(int jobs) {
        StringBuilder s = new StringBuilder("{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\",\"TotalCount\":42,\"Count\":")
                .append(jobs).append(",\"MaxResults\":10,\"NextToken\":\"FFmyTO70tTpLG6I3FmYAXGKPd****\",\"FailoverTestJobList\":[");
        for (int i = 0; i < jobs; i++) {
            s.append(i == 0 ? "" : ",").append("{\"JobId\":\"ftj-bp1yh6mvi13aq3g8w000").append(i)
                    .append("\",\"Name\":\"drill ").append(i).append("\",\"Description\":\"quarterly failover drill\",")
                    .append("\"ResourceType\":\"PHYSICALCONNECTION\",\"ResourceId\":[\"pc-uf66k4e8pq3r00jfqd1x\",\"pc-uf66k4e8pq3r00jfqd2y\"],")
                    .append("\"JobType\":\"StartNow\",\"JobDuration\":\"60\",\"StartTime\":\"2023-11-21T14:00:00Z\",")
                    .append("\"StopTime\":\"2023-11-21T15:00Z\",\"Status\":\"Testing\"}");
        }
        return s.append("]}").toString();
    }

    /**
     * Runs the loop over every body and reader; with {@code --cold NAME}, instead times the first
     * read of the Describe page by reader NAME in this fresh JVM, class loading included.
     *
     * @param args nothing, or {@code --cold} and a reader name such as {@code "jackson tree"}
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Map<String, Function<byte[], Object>> readers = readers();
        if (args.length == 2 && args[0].equals("--cold")) {
            sink = readers.get(args[1]).apply(DESCRIBE_PAGE.getBytes(StandardCharsets.UTF_8));
            System.out.printf("%-18s first read %.1f ms%n", args[1], (System.nanoTime() - start) / 1e6);
            return;
        }
        System.out.printf("%-12s %6s  %-18s %10s %10s %12s%n", "body", "bytes", "reader", "cpu ns/op", "min", "B/op");
        for (String[] body : new String[][] {{"RequestId", REQUEST_ID}, {"Describe10", DESCRIBE_PAGE}, {"HuaweiError", HUAWEI_ERROR}}) {
            byte[] bytes = body[1].getBytes(StandardCharsets.UTF_8);
            for (Map.Entry<String, Function<byte[], Object>> reader : readers.entrySet()) {
                measure(body[0], bytes, reader.getKey(), reader.getValue());
            }
        }
    }

    /** Each reader creates its Jackson objects on first use, so a cold run pays for them. */
    private static Map<String, Function<byte[], Object>> readers() {
        Map<String, Function<byte[], Object>> readers = new java.util.LinkedHashMap<>();
        readers.put("polycloud tree", bytes -> JsonReader.strict().read(bytes));
        readers.put("jackson tree", bytes -> {
            try {
                return JacksonTree.MAPPER.readTree(bytes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        readers.put("jackson streaming", bytes -> streamEveryValue(JacksonStreaming.FACTORY, bytes));
        return readers;
    }

    private static final class JacksonTree {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final class JacksonStreaming {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** What a hand-written streaming handler does at best: visit every token and materialise every string. */
    private static Object streamEveryValue(JsonFactory factory, byte[] bytes) {
        try (JsonParser parser = factory.createParser(bytes)) {
            Object last = null;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    last = parser.getText();
                }
            }
            return last;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String body, byte[] bytes, String name, Function<byte[], Object> reader) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        run(bytes, reader, WARMUP_MS);
        List<double[]> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            long ops = run(bytes, reader, ROUND_MS);
            long elapsed = threads.getCurrentThreadCpuTime() - start;
            rounds.add(new double[] {(double) elapsed / ops, (double) (threads.getCurrentThreadAllocatedBytes() - allocated) / ops});
        }
        rounds.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = rounds.get(ROUNDS / 2);
        System.out.printf("%-12s %6d  %-18s %10.0f %10.0f %12.0f%n", body, bytes.length, name, median[0], rounds.get(0)[0], median[1]);
    }

    /** Runs the reader for about {@code millis}, checking the clock every 256 calls. */
    private static long run(byte[] bytes, Function<byte[], Object> reader, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long ops = 0;
        do {
            for (int i = 0; i < 256; i++) {
                sink = reader.apply(bytes);
            }
            ops += 256;
        } while (System.nanoTime() < deadline);
        return ops;
    }
}
