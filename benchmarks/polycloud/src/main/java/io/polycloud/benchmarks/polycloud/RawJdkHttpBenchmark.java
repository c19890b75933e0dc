package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor of the {@code jdk} transport: a default {@link HttpClient} (HTTP/1.1, as the
 * transport asks for {@code http://}) sending the exact request a Polycloud client sends for the
 * operation, built and signed once in setup and replayed as is, then reading the whole body.
 * The {@code Host} header is left to the JDK, which computes the same value from the URL.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class RawJdkHttpBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob", "drs.DeleteJob", "dds.CancelScheduledTask",
            "lakeformation.DeleteJob"})
    public String op;

    private HttpClient client;
    private HttpRequest request;
    private long calls;
    private long resent;

    /**
     * Records the Polycloud request and checks that replaying it gets the success response.
     *
     * @throws Exception if either call fails
     */
    @Setup
    public void prepare() throws Exception {
        Operation operation = Operation.of(op);
        request = toJdk(CapturedRequest.of(operation, LoopbackEndpoint.get(), PolycloudCalls::defaults).signed());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String id = response.headers().firstValue("X-Request-Id")
                .orElse(response.headers().firstValue("x-acs-request-id").orElse(null));
        if (response.statusCode() / 100 != 2 || !operation.requestId().equals(id)) {
            throw new IllegalStateException(op + " replay answered HTTP " + response.statusCode() + " with request id " + id);
        }
    }

    /**
     * One call.
     *
     * @return the body
     * @throws IOException          if the call fails
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public byte[] call() throws IOException, InterruptedException {
        calls++;
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // Now and then the JDK 17 client sends on a pooled connection it is closing ("HTTP/1.1
            // header parser received no bytes", caused by "connection closed locally"); it retries
            // only GET, so the floor sends once more, as Polycloud's retry policy does.
            resent++;
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Says in the log how often a request had to be sent again. */
    @TearDown
    public void report() {
        System.out.println("RawJdkHttpBenchmark " + op + ": " + resent + " of " + calls + " calls sent twice");
    }

    private static HttpRequest toJdk(SdkHttpRequest signed) {
        HttpRequest.Builder b = HttpRequest.newBuilder(signed.uri());
        HttpHeaders headers = signed.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.name(i).equalsIgnoreCase("Host")) {
                b.header(headers.name(i), headers.value(i));
            }
        }
        HttpRequest.BodyPublisher body = signed.bodyLength() == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(signed.body());
        return b.method(signed.method(), body).build();
    }
}
