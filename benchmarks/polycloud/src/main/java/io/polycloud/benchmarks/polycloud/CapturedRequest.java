package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The HTTP request a Polycloud client sends for an operation, recorded from one real call
 * against the loopback server: as the pipeline hands it to the signer, and as signed and handed
 * to the transport. The raw OkHttp floor replays the signed one; the signing benchmarks sign the
 * unsigned one.
 *
 * @param unsigned the request before signing (User-Agent and protocol headers set)
 * @param signed   the request as sent
 */
record CapturedRequest(SdkHttpRequest unsigned, SdkHttpRequest signed) {

    /**
     * Makes one call and records its request.
     *
     * @param op         the operation
     * @param endpoint   the loopback server
     * @param customizer further client settings, such as a signature version
     * @return the recorded request
     * @throws Exception if the call fails
     */
    static CapturedRequest of(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) throws Exception {
        AtomicReference<SdkHttpRequest> unsigned = new AtomicReference<>();
        AtomicReference<SdkHttpRequest> signed = new AtomicReference<>();
        ExecutionInterceptor beforeSigning = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
                unsigned.set(request);
                return request;
            }
        };
        try (OkHttpTransport transport = OkHttpTransport.create();
             OperationCall call = PolycloudCalls.open(op, endpoint, builder -> {
                 builder.httpTransport(new Recording(transport, signed)).addInterceptor(beforeSigning);
                 customizer.accept(builder);
             })) {
            call.verify(call.call());
        }
        return new CapturedRequest(unsigned.get(), signed.get());
    }

    /** Records each request it is given, then sends it. */
    private record Recording(HttpTransport delegate, AtomicReference<SdkHttpRequest> last) implements HttpTransport {

        @Override
        public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
            last.set(request);
            return delegate.execute(request, timeout);
        }

        @Override
        public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
            last.set(request);
            return delegate.executeAsync(request, timeout);
        }

        @Override
        public void close() {
            // the delegate belongs to the caller
        }
    }
}
