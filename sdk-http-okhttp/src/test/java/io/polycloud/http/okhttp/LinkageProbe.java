package io.polycloud.http.okhttp;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.testsupport.CapturedLogs;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs inside an isolated class loader whose class path holds an OkHttp, okio or Kotlin that
 * cannot run the OkHttp transport, and reports what an application would see. Uses no OkHttp
 * itself (not even MockWebServer): its server is a plain socket.
 */
public final class LinkageProbe implements Callable<Map<String, String>> {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Override
    public Map<String, String> call() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("available", HttpTransports.available().toString());
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread answering = new Thread(() -> answerEvery(server), "probe-server");
            answering.setDaemon(true);
            answering.start();
            SdkHttpRequest get = SdkHttpRequest.builder().method("GET")
                    .endpoint(URI.create("http://127.0.0.1:" + server.getLocalPort())).build();
            for (int i = 0; i < 3; i++) {
                try (HttpTransport t = HttpTransports.create(HttpTransportSettings.defaults())) {
                    seen.put("automatic", t.getClass().getSimpleName() + " " + t.execute(get, LIMIT).statusCode());
                }
            }
            try {
                HttpTransports.create("okhttp", HttpTransportSettings.defaults());
                seen.put("named", "created");
            } catch (SdkClientException e) {
                seen.put("named", e.getMessage());
            }
            // A POST with a body, as the Alibaba Cloud clients send, walks every path OkHttp has.
            SdkHttpRequest post = get.toBuilder().method("POST").body("{}".getBytes(StandardCharsets.UTF_8)).build();
            try (HttpTransport direct = OkHttpTransport.create(HttpTransportSettings.defaults())) {
                try {
                    seen.put("directSync", "status " + direct.execute(post, LIMIT).statusCode());
                } catch (RuntimeException | Error e) {
                    seen.put("directSync", e.getClass().getName() + ": " + e.getMessage());
                }
                try {
                    seen.put("directAsync", "status " + direct.executeAsync(post, LIMIT).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                            .statusCode());
                } catch (ExecutionException e) {
                    seen.put("directAsync", e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
                }
            } catch (SdkClientException e) {
                seen.put("directSync", "create: " + e.getClass().getName() + ": " + e.getMessage());
                seen.put("directAsync", seen.get("directSync"));
            }
        }
        seen.put("warnings", CapturedLogs.events().stream().filter(e -> e.level().equals("WARN"))
                .map(CapturedLogs.Event::message).toList().toString());
        seen.put("warningCount", Long.toString(CapturedLogs.events().stream().filter(e -> e.level().equals("WARN")).count()));
        return seen;
    }

    private static void answerEvery(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                byte[] buf = new byte[8192];
                StringBuilder head = new StringBuilder();
                while (head.indexOf("\r\n\r\n") < 0) {
                    int n = in.read(buf);
                    if (n < 0) {
                        break;
                    }
                    head.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (Exception e) {
                return;
            }
        }
    }
}
