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
 * The HTTP exchange of a Polycloud client for an operation, recorded from one real call
 * against the loopback server: the request as the pipeline hands it to the signer, and as signed
 * and handed to the transport, and the response the transport returned. The raw floors replay
 * the signed request; the signing benchmarks sign the unsigned one; the pipeline benchmark
 * answers every call with the response.
 *
 * @param unsigned the request before signing (User-Agent and protocol headers set)
 * @param signed   the request as sent
 * @param response the response as received
 */
record CapturedRequest(SdkHttpRequest unsigned, SdkHttpRequest signed, SdkHttpResponse response) {

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
        AtomicReference<SdkHttpResponse> response = new AtomicReference<>();
        ExecutionInterceptor beforeSigning = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
                unsigned.set(request);
                return request;
            }
        };
        try (OkHttpTransport transport = OkHttpTransport.create();
             OperationCall call = PolycloudCalls.open(op, endpoint, builder -> {
                 builder.httpTransport(new Recording(transport, signed, response)).addInterceptor(beforeSigning);
                 customizer.accept(builder);
             })) {
            call.verify(call.call());
        }
        return new CapturedRequest(unsigned.get(), signed.get(), response.get());
    }

    /** Records each request it is given and the response to it. */
    private record Recording(HttpTransport delegate, AtomicReference<SdkHttpRequest> lastRequest,
                             AtomicReference<SdkHttpResponse> lastResponse) implements HttpTransport {

        @Override
        public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
            lastRequest.set(request);
            SdkHttpResponse response = delegate.execute(request, timeout);
            lastResponse.set(response);
            return response;
        }

        @Override
        public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
            lastRequest.set(request);
            return delegate.executeAsync(request, timeout).whenComplete((response, e) -> lastResponse.set(response));
        }

        @Override
        public void close() {
            // the delegate belongs to the caller
        }
    }
}
