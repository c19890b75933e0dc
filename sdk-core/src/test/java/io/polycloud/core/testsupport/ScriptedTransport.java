package io.polycloud.core.testsupport;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport that answers each exchange on the calling thread from a script, and records what it
 * was asked to send. The script may throw anything, including a checked exception the
 * {@link HttpTransport} signature does not declare, as a misbehaving transport might.
 */
public final class ScriptedTransport implements HttpTransport {

    /** One exchange's answer. */
    @FunctionalInterface
    public interface Exchange {
        SdkHttpResponse answer(SdkHttpRequest request) throws Exception;
    }

    private final Exchange script;
    private final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();

    public ScriptedTransport(Exchange script) {
        this.script = script;
    }

    /** A response with a status, no headers and a UTF-8 body. */
    public static SdkHttpResponse response(int status, String body) {
        return SdkHttpResponse.of(status, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Every request handed to the transport, in order. */
    public List<SdkHttpRequest> sent() {
        return List.copyOf(sent);
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
        sent.add(request);
        try {
            return script.answer(request);
        } catch (Exception e) {
            throw ScriptedTransport.<RuntimeException>sneaky(e);
        }
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        try {
            return CompletableFuture.completedFuture(execute(request, timeout));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
