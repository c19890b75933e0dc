package io.polycloud.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's version and the {@code User-Agent} it sends.
 */
public final class SdkVersion {

    /** The version of this build, for example {@code 0.1.0}. */
    public static final String VERSION = load();

    /** The {@code User-Agent} sent on every request before any suffix: {@code polycloud-java/<version>}. */
    public static final String USER_AGENT = "polycloud-java/" + VERSION;

    private SdkVersion() {
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("polycloud.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
