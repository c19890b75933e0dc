package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.retry.RetryPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the README says of proxies: both transports send through the proxy the JVM's standard
 * {@code http.proxyHost} / {@code http.proxyPort} properties name. The proxy here is a loopback
 * socket that answers the one request it gets; the endpoint's host never resolves, so only the
 * proxy can have answered.
 */
class ProxyTest {

    private static final String BODY = "{\"RequestId\":\"via-proxy\"}";

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "jdk"})
    void aCall_goesThroughTheProxyTheSystemPropertiesName(String transport) throws Exception {
        try (ServerSocket proxy = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            proxy.setSoTimeout(10_000);
            CompletableFuture<String> requestLine = CompletableFuture.supplyAsync(() -> answerOnce(proxy));
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.getLocalPort()));
            try (VpcClient vpc = VpcClient.builder()
                    .region("cn-hangzhou")
                    .endpointOverride("http://vpc.polycloud.invalid")
                    .credentials(AliyunCredentials.of("TESTAKProxyTest", "proxy-test-secret"))
                    .httpTransportProvider(transport)
                    .retryPolicy(RetryPolicy.none())
                    .build()) {
                String requestId = vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId("ftj-proxy0001").build())
                        .requestId().orElseThrow();

                assertEquals("via-proxy", requestId);
            } finally {
                System.clearProperty("http.proxyHost");
                System.clearProperty("http.proxyPort");
            }
            String line = requestLine.get(10, TimeUnit.SECONDS);
            assertTrue(line.startsWith("POST http://vpc.polycloud.invalid/"), line);
        }
    }

    /** Reads one request's head and body, answers a VPC success, and returns the request line. */
    private static String answerOnce(ServerSocket proxy) {
        try (Socket socket = proxy.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            int contentLength = 0;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    contentLength = Integer.parseInt(header.substring(15).trim());
                }
            }
            in.skip(contentLength);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length()
                    + "\r\nConnection: close\r\n\r\n" + BODY).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return requestLine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
