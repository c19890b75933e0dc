package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.core.http.SdkHttpRequest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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
 * The floor: a default {@link OkHttpClient} (the version Polycloud uses) sending the exact
 * request a Polycloud client sends for the operation, built and signed once in setup and replayed
 * as is, then reading the whole body. Whatever Polycloud costs on top of this is its own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class RawOkHttpBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob", "drs.DeleteJob", "dds.CancelScheduledTask",
            "lakeformation.DeleteJob"})
    public String op;

    private OkHttpClient client;
    private SdkHttpRequest signed;
    private Request request;

    /**
     * Records the Polycloud request and checks that replaying it gets the success response.
     *
     * @throws Exception if either call fails
     */
    @Setup
    public void prepare() throws Exception {
        Operation operation = Operation.of(op);
        signed = CapturedRequest.of(operation, LoopbackEndpoint.get(), PolycloudCalls::defaults).signed();
        request = toOkHttp(signed);
        client = new OkHttpClient();
        try (Response response = client.newCall(request).execute()) {
            String id = response.header("X-Request-Id", response.header("x-acs-request-id"));
            if (!response.isSuccessful() || !operation.requestId().equals(id)) {
                throw new IllegalStateException(op + " replay answered HTTP " + response.code() + " with request id " + id);
            }
        }
    }

    /**
     * One call.
     *
     * @return the body
     * @throws IOException if the call fails
     */
    @Benchmark
    public byte[] call() throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return response.body().bytes();
        }
    }

    /**
     * One call whose request is built from its URL string and headers first, as an application
     * using OkHttp directly builds each request; not in the report, for {@link InterleavedCpuPerCall}.
     *
     * @return the body
     * @throws IOException if the call fails
     */
    byte[] callBuildingRequest() throws IOException {
        try (Response response = client.newCall(toOkHttp(signed)).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return response.body().bytes();
        }
    }

    /** Releases the client's threads and connections. */
    @TearDown
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** The same conversion {@code OkHttpTransport} makes. */
    private static Request toOkHttp(SdkHttpRequest signed) {
        Headers.Builder headers = new Headers.Builder();
        signed.headers().forEach(headers::add);
        RequestBody body = null;
        if (signed.bodyLength() > 0) {
            body = RequestBody.create(signed.body(), null);
        } else if (signed.method().equals("POST") || signed.method().equals("PUT") || signed.method().equals("PATCH")) {
            body = RequestBody.create(new byte[0], null);
        }
        return new Request.Builder()
                .url(signed.uri().toString())
                .headers(headers.build())
                .method(signed.method(), body)
                .build();
    }
}
