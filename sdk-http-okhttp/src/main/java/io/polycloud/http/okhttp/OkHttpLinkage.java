package io.polycloud.http.okhttp;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the OkHttp, okio and Kotlin classes found at run time can run {@link OkHttpTransport}.
 *
 * <p>Other SDKs pin OkHttp 3.12/4.12, okio 1.x/3.6 and Kotlin 1.8; Maven may pick those over
 * the versions this module was built against (different artifact ids even keep two OkHttps on
 * one class path), and the mismatch shows only as a {@link LinkageError} deep inside a call. So
 * the check makes one real exchange, sync and async, with a loopback server: every OkHttp and
 * okio method a call uses runs once. Nothing in this class refers to an OkHttp type outside
 * that exchange, so it loads whatever is on the class path.
 */
final class OkHttpLinkage {

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpLinkage.class);
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String EXCLUSION = "<exclusion><groupId>io.polycloud</groupId><artifactId>sdk-http-okhttp</artifactId></exclusion>";

    private OkHttpLinkage() {
    }

    /**
     * Runs the check.
     *
     * @return empty when the transport runs, else the explanation to log
     */
    static Optional<String> check() {
        try {
            exchangeWithLoopback();
            return Optional.empty();
        } catch (LinkageError e) {
            return Optional.of(explain(e));
        } catch (SdkClientException e) {
            if (e.getCause() instanceof LinkageError le) {
                return Optional.of(explain(le));
            }
            return inconclusive(e);
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return inconclusive(e);
        }
    }

    /**
     * The exception a call gets when OkHttp fails to link after the check passed (a class
     * loaded late, a path the check did not take): a clear, non-retryable client error.
     *
     * @param e the linkage error
     * @return the exception to throw
     */
    static SdkClientException failure(LinkageError e) {
        return new SdkClientException(explain(e), e);
    }

    static String explain(LinkageError e) {
        return "the OkHttp, okio or Kotlin classes found cannot run Polycloud's OkHttp transport (" + e
                + "). Found: okhttp3 in " + jarOf("okhttp3.OkHttpClient") + ", okio in " + jarOf("okio.Buffer")
                + ", kotlin in " + jarOf("kotlin.Unit")
                + ". Another dependency brings older versions than com.squareup.okhttp3:okhttp-jvm 5.x with okio-jvm 3.16"
                + " and Kotlin 2. Polycloud uses its JDK transport instead, which needs none of them; to drop them from"
                + " Polycloud and this warning with them, add to each Polycloud service dependency: " + EXCLUSION;
    }

    private static Optional<String> inconclusive(Exception e) {
        // No loopback socket here (a sandbox, a security policy): nothing proves OkHttp broken.
        LOG.debug("could not check the OkHttp transport on a loopback connection; assuming it works", e);
        return Optional.empty();
    }

    private static String jarOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, OkHttpLinkage.class.getClassLoader());
            CodeSource source = c.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? "(unknown location)" : source.getLocation().toString();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return "(not found)";
        }
    }

    private static void exchangeWithLoopback() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) LIMIT.toMillis());
            Thread responder = new Thread(() -> answerTwice(server), "polycloud-okhttp-check");
            responder.setDaemon(true);
            responder.start();
            URI uri = URI.create("http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            try (OkHttpTransport transport = OkHttpTransport.builder().cleartextOnly(true).connectTimeout(LIMIT)
                    .readTimeout(LIMIT).maxIdleConnections(0).build()) {
                SdkHttpRequest get = SdkHttpRequest.builder().method("GET").endpoint(uri).appendEncodedPath("/check").build();
                transport.execute(get, LIMIT);
                SdkHttpRequest post = get.toBuilder().method("POST").body("{}".getBytes(StandardCharsets.UTF_8)).build();
                transport.executeAsync(post, LIMIT).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SdkClientException sce) {
                    throw sce;
                }
                throw new IOException(e.getCause());
            } catch (TimeoutException e) {
                throw new IOException(e);
            }
            responder.join(LIMIT.toMillis());
        }
    }

    private static void answerTwice(ServerSocket server) {
        for (int i = 0; i < 2; i++) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                // Read the head, then the body if any: both requests are tiny.
                byte[] buf = new byte[4096];
                int total = 0;
                while (total < buf.length) {
                    int n = in.read(buf, total, buf.length - total);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                    String text = new String(buf, 0, total, StandardCharsets.ISO_8859_1);
                    int head = text.indexOf("\r\n\r\n");
                    if (head >= 0 && total >= head + 4 + contentLength(text)) {
                        break;
                    }
                }
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }
}
