package io.polycloud.reliability.support;

import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.CapturedLogs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose run put a secret into the logs. Every SLF4J event down to TRACE is captured
 * (sdk-core's test binding); before each test the capture is emptied, after it every event is
 * scanned for the {@link MadeUpKeys#SECRETS} and for any credential header shown with a value.
 * Tests also pass exception messages and {@code toString()} output through {@link #assertClean}.
 *
 * <p>Credential header values are found by shape rather than by value, so signatures computed at
 * run time are caught too: a {@code Signature=} (ACS3 header part, RPC v1 parameter) or a
 * credential header followed by anything but the redaction marker {@code ***}.
 */
public final class SecretScan implements BeforeEachCallback, AfterEachCallback {

    private static final List<String> CREDENTIAL_HEADERS = List.of("authorization", "x-auth-token", "x-subject-token",
            "x-security-token", "x-acs-security-token", "x-aliyun-ecs-metadata-token");
    private static final String REDACTED = "***";

    @Override
    public void beforeEach(ExtensionContext context) {
        CapturedLogs.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertLogsClean();
    }

    /** Scans every event logged since the last {@link CapturedLogs#clear()}, then clears the capture. */
    public static void assertLogsClean() {
        List<CapturedLogs.Event> events = CapturedLogs.events();
        CapturedLogs.clear();
        for (CapturedLogs.Event event : events) {
            assertClean("a " + event.level() + " event of " + event.logger(), event.fullText());
        }
    }

    /**
     * Fails if the text shows a secret. The failure message says where, never what.
     *
     * @param where what the text is, for the failure message
     * @param text  the text
     */
    public static void assertClean(String where, String text) {
        for (String secret : MadeUpKeys.SECRETS) {
            if (text.contains(secret)) {
                throw new AssertionError(where + " shows a secret (" + secret.length() + " characters)");
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String header : CREDENTIAL_HEADERS) {
            for (int at = lower.indexOf(header); at >= 0; at = lower.indexOf(header, at + 1)) {
                if (showsValue(lower, at + header.length())) {
                    throw new AssertionError(where + " shows a " + header + " value, at index " + at);
                }
            }
        }
        for (int at = lower.indexOf("signature="); at >= 0; at = lower.indexOf("signature=", at + 1)) {
            String value = valueAt(text, at + "signature=".length());
            if (!value.isEmpty() && !value.equals(REDACTED)) {
                throw new AssertionError(where + " shows a signature, at index " + at);
            }
        }
    }

    /** Scans a failure's message, {@code toString()}, raw body and causes. */
    public static void assertClean(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertClean("the " + t.getClass().getSimpleName() + " message", String.valueOf(t.getMessage()));
            assertClean("the " + t.getClass().getSimpleName() + " toString()", t.toString());
            if (t instanceof ServiceException se) {
                assertClean("the ServiceException raw body", se.rawBody());
            }
        }
    }

    /** Whether a header name at this point is followed by {@code :} or {@code =} and a value other than {@code ***}. */
    private static boolean showsValue(String text, int from) {
        int i = skipSpaces(text, from);
        if (i >= text.length() || (text.charAt(i) != ':' && text.charAt(i) != '=')) {
            return false;
        }
        i = skipSpaces(text, i + 1);
        return i < text.length() && !text.startsWith(REDACTED, i);
    }

    /** The characters from {@code from} up to the next delimiter of a header, query or toString(). */
    private static String valueAt(String text, int from) {
        int end = from;
        while (end < text.length() && " &,;}\r\n\t".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
