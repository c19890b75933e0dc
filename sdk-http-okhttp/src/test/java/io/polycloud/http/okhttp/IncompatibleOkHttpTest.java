package io.polycloud.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.testsupport.CapturedLogs;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Applications where another SDK's OkHttp, okio or Kotlin won: each runs in its own class
 * loader (parent: the platform loader, so nothing of this test's class path leaks in) with the
 * jars Maven would have picked, and must get the JDK transport, one WARN naming the jars and the
 * exclusion, and never a {@link LinkageError}.
 */
class IncompatibleOkHttpTest {

    private static final Path OLD_JARS = Path.of(System.getProperty("polycloud.test.incompatibleOkHttp", "target/incompatible-okhttp"));

    @Test
    void okHttp5WithTheOkio36AndKotlin18ThatOkHttp4Brings_fallsBackToJdk_warnsOnce_andFailsDirectUseClearly() throws Exception {
        // An application declaring okhttp 4.12 after Polycloud: okio 3.6 and Kotlin 1.8 win over okio 3.16 / Kotlin 2.
        Map<String, String> seen = probe(jarsIn("okio3"), List.of(okhttp3.OkHttpClient.class));

        assertFallback(seen, "okio-jvm-3.6.0.jar");
        assertTrue(seen.get("warnings").contains("NoSuchMethodError"), seen.get("warnings"));
        assertClearClientError(seen.get("directSync"));
        assertClearClientError(seen.get("directAsync"));
    }

    @Test
    void okHttp312AheadOfOkHttp5_fallsBackToJdk_warnsOnce_andFailsDirectUseClearly() throws Exception {
        // Alibaba Cloud's tea declared first: its okhttp 3.12 (artifact okhttp) shadows okhttp-jvm 5.
        Map<String, String> seen = probe(jarsIn("okhttp3"), List.of(okhttp3.OkHttpClient.class, okio.Buffer.class, kotlin.Unit.class));

        assertFallback(seen, "okhttp-3.12.13.jar");
        assertClearClientError(seen.get("directSync"));
        assertClearClientError(seen.get("directAsync"));
    }

    private static void assertFallback(Map<String, String> seen, String jar) {
        assertEquals("[jdk]", seen.get("available"), seen.toString());
        assertEquals("JdkHttpTransport 200", seen.get("automatic"), "a working client with nothing else to add");
        assertEquals("1", seen.get("warningCount"), "one WARN for three clients: " + seen.get("warnings"));
        String warning = seen.get("warnings");
        assertTrue(warning.contains("HTTP transport 'okhttp' cannot run here"), warning);
        assertTrue(warning.contains(jar), "names the jar found: " + warning);
        assertTrue(warning.contains("<exclusion><groupId>io.polycloud</groupId><artifactId>sdk-http-okhttp</artifactId></exclusion>"),
                warning);
        assertTrue(seen.get("named").startsWith("HTTP transport 'okhttp' cannot run here: the OkHttp, okio or Kotlin classes found"),
                seen.get("named"));
    }

    /** Not a LinkageError, not a (retryable) I/O error: a client error that says what to fix. */
    private static void assertClearClientError(String outcome) {
        assertTrue(outcome.contains("io.polycloud.core.exception.SdkClientException: the OkHttp, okio or Kotlin classes found cannot run"),
                outcome);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> probe(List<Path> winners, List<Class<?>> alsoPresent) throws Exception {
        List<URL> path = new ArrayList<>();
        path.add(location(HttpTransport.class));          // sdk-core
        path.add(location(OkHttpTransport.class));        // sdk-http-okhttp
        path.add(location(LinkageProbe.class));           // this module's tests: the probe
        path.add(location(CapturedLogs.class));           // sdk-core's tests: the capturing SLF4J binding
        path.add(location(org.slf4j.Logger.class));
        for (Path jar : winners) {
            path.add(jar.toUri().toURL());
        }
        for (Class<?> c : alsoPresent) {
            path.add(location(c));
        }
        try (URLClassLoader app = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(app);
            try {
                Class<?> probe = app.loadClass(LinkageProbe.class.getName());
                return ((Callable<Map<String, String>>) probe.getConstructor().newInstance()).call();
            } finally {
                current.setContextClassLoader(previous);
            }
        }
    }

    private static List<Path> jarsIn(String scenario) throws Exception {
        try (Stream<Path> jars = Files.list(OLD_JARS.resolve(scenario))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }
}
