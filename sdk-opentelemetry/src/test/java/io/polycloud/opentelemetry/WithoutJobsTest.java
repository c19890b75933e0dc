package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.api.common.AttributeKey;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallOutcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * sdk-jobs is an optional dependency: an application with the service clients only must be able
 * to load and use everything but {@code batchListener()}.
 */
class WithoutJobsTest {

    /** Runs in a class loader without sdk-jobs: one call through the interceptor. */
    public static final class OneCall implements Supplier<String> {
        @Override
        public String get() {
            CallInfo call = new CallInfo("huawei", "drs", "DeleteJob", Optional.of("cn-north-4"), "127.0.0.1", 443, false);
            PolycloudTelemetry.create(OpenTelemetry.noop()).interceptor().beforeCall(call)
                    .afterCall(new CallOutcome(call, 1, Duration.ZERO, Optional.empty(), Optional.empty(), 200, 0, false, false));
            return "called";
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void interceptor_worksWithoutSdkJobsOnTheClassPath() throws Exception {
        List<Class<?>> from = List.of(OneCall.class, PolycloudTelemetry.class, CallInfo.class, OpenTelemetry.class,
                Context.class, AttributeKey.class, Class.forName("io.opentelemetry.common.ComponentLoader"));
        URL[] urls = from.stream().map(c -> c.getProtectionDomain().getCodeSource().getLocation()).distinct().toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("io.polycloud.jobs.BatchListener"));
            Supplier<String> oneCall = (Supplier<String>) loader.loadClass(OneCall.class.getName()).getConstructor().newInstance();
            assertEquals("called", oneCall.get());
        }
    }
}
