package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.core.exception.SdkException;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs probe classes through the JUnit Platform to see what the extension does around a whole
 * class: settings, resets, and closing the emulator and clients afterwards. (The probes are
 * static nested classes, which the build's test scan leaves out.)
 */
class EmulatedCloudsLifecycleTest {

    static final AtomicReference<PolycloudEmulator> EMULATOR = new AtomicReference<>();
    static final AtomicReference<VpcClient> CLIENT = new AtomicReference<>();

    private static TestExecutionSummary run(Class<?> probe) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(probe)).build(), listener);
        return listener.getSummary();
    }

    @Test
    void afterTheClass_theEmulatorAndItsClientsAreClosed() {
        TestExecutionSummary summary = run(ResettingProbe.class);

        assertEquals(2, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
        int port = EMULATOR.get().port();
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
        assertThrows(SdkException.class,
                () -> CLIENT.get().describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()));
    }

    @Test
    void extendWithAlone_usesTheAnnotationsDefaults() {
        TestExecutionSummary summary = run(PlainProbe.class);

        assertEquals(1, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
    }

    @EmulatedClouds(aliyunRegion = "cn-shanghai", resetBeforeEach = true)
    static class ResettingProbe {
        @Test
        void first(PolycloudEmulator emulator, VpcClient vpc) {
            check(emulator, vpc);
        }

        @Test
        void second(PolycloudEmulator emulator, VpcClient vpc) {
            check(emulator, vpc);
        }

        private static void check(PolycloudEmulator emulator, VpcClient vpc) {
            EMULATOR.set(emulator);
            CLIENT.set(vpc);
            assertEquals(0, emulator.calls().size(), "reset before each test");
            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            assertEquals("cn-shanghai", emulator.lastCall().orElseThrow().queryParameter("RegionId").orElseThrow());
        }
    }

    @ExtendWith(PolycloudEmulatorExtension.class)
    static class PlainProbe {
        @Test
        void defaults(PolycloudEmulator emulator, VpcClient vpc) {
            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            assertEquals("cn-hangzhou", emulator.lastCall().orElseThrow().queryParameter("RegionId").orElseThrow());
        }
    }
}
