package io.polycloud.reliability.concurrency;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.testing.internal.server.HttpServer;
import io.polycloud.testing.internal.server.ReceivedRequest;
import io.polycloud.testing.internal.server.Reply;
import io.polycloud.testing.internal.server.RequestHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers the five seeded operations with their documented success, echoing the job id of each
 * request as its request id, so a client can prove every answer belongs to its own request. It is
 * the emulator's HTTP server with a handler that checks nothing, fast enough for tens of thousands
 * of calls, and counts what the tests need: requests, open connections, and requests per signing
 * key or token. (The emulator itself would refuse these tests' traffic: its VPC lets one job per
 * region start at a time, and its IAM knows only the tokens it issued.)
 */
final class EchoServer implements RequestHandler, AutoCloseable {

    private final HttpServer server;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> byCredential = new ConcurrentHashMap<>();

    EchoServer() throws IOException {
        server = HttpServer.start(0, this, new HttpServer.Limits(64 * 1024, 1024 * 1024, 4096, Duration.ofMinutes(1)));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    long requests() {
        return requests.get();
    }

    /** Connections currently open from the server's side. */
    int openConnections() {
        return server.openConnections();
    }

    /**
     * Requests received with this credential: the access key of an Alibaba or Huawei signature,
     * or an {@code X-Auth-Token} value.
     */
    long requestsWith(String credential) {
        AtomicLong n = byCredential.get(credential);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public Reply handle(ReceivedRequest request) {
        requests.incrementAndGet();
        String credential = credential(request.headers());
        if (credential != null) {
            byCredential.computeIfAbsent(credential, k -> new AtomicLong()).incrementAndGet();
        }
        return answer(request.target());
    }

    @Override
    public Reply.Send refuse(int status, String reason) {
        return Reply.Send.of(status, List.of(), reason.getBytes(StandardCharsets.UTF_8));
    }

    /** The operation's success, with the job id as the request id. */
    private static Reply answer(String target) {
        List<String[]> headers = new ArrayList<>();
        if (target.startsWith("/?")) {
            headers.add(new String[] {"Content-Type", "application/json"});
            return Reply.Send.of(200, headers, ("{\"RequestId\":\"" + queryParameter(target, "JobId") + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String jobId = PercentEncoding.decode(target.substring(target.lastIndexOf('/') + 1));
        if (target.startsWith("/v3/")) {
            headers.add(new String[] {"X-Request-Id", jobId});
            return Reply.Send.of(204, headers, new byte[0]);
        }
        if (target.startsWith("/v1/")) {
            headers.add(new String[] {"X-request-id", jobId});
            return Reply.Send.of(200, headers, new byte[0]);
        }
        headers.add(new String[] {"X-Request-Id", jobId});
        headers.add(new String[] {"Content-Type", "application/json"});
        return Reply.Send.of(200, headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String queryParameter(String target, String name) {
        for (String pair : target.substring(2).split("&")) {
            if (pair.startsWith(name + "=")) {
                return PercentEncoding.decode(pair.substring(name.length() + 1));
            }
        }
        return "";
    }

    /** {@code Credential=<ak>,} (Alibaba), {@code Access=<ak>,} (Huawei) or the {@code X-Auth-Token}. */
    private static String credential(HttpHeaders headers) {
        String authorization = headers.first("Authorization").orElse(null);
        if (authorization == null) {
            return headers.first("X-Auth-Token").orElse(null);
        }
        for (String marker : new String[] {"Credential=", "Access="}) {
            int at = authorization.indexOf(marker);
            if (at >= 0) {
                int end = authorization.indexOf(',', at);
                return authorization.substring(at + marker.length(), end < 0 ? authorization.length() : end);
            }
        }
        return null;
    }
}
