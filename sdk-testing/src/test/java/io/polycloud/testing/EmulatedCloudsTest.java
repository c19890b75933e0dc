package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link EmulatedClouds} injects one emulator per class, and real clients pointed at it. */
@EmulatedClouds
class EmulatedCloudsTest {

    private static final AtomicReference<PolycloudEmulator> FIRST_SEEN = new AtomicReference<>();

    static PolycloudEmulator staticEmulator;
    private VpcClient vpcField;

    @BeforeAll
    static void beforeAll(PolycloudEmulator emulator) {
        FIRST_SEEN.set(emulator);
    }

    @Test
    void emulator_isTheSameInstanceForEveryTestOfTheClass(PolycloudEmulator emulator) {
        assertSame(FIRST_SEEN.get(), emulator);
        assertSame(emulator, staticEmulator);
    }

    @Test
    void injectedAliyunClient_talksToTheEmulatorWithItsCredentials(PolycloudEmulator emulator, VpcClient vpc) {
        emulator.vpc().newJob("cn-hangzhou").name("injected").create();

        assertEquals("injected", vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build())
                .failoverTestJobList().stream().filter(j -> j.name().isPresent()).findFirst().orElseThrow().name().orElseThrow());
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
        assertEquals("cn-hangzhou", call.queryParameter("RegionId").orElseThrow());
    }

    @Test
    void injectedHuaweiClients_useTheEmulatorsProject(PolycloudEmulator emulator, DrsClient drs, DdsClient dds,
                                                      LakeFormationClient lakeFormation) {
        emulator.drs().putJob("ext-job", EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask("ext-task");

        drs.deleteJob(DeleteJobRequest.builder().jobId("ext-job").build());
        dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("ext-task").build());

        assertTrue(emulator.drs().jobs().isEmpty());
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
        assertNotNull(lakeFormation);
    }

    @Test
    void fields_areInjectedToo(VpcClient vpc) {
        assertSame(vpc, vpcField, "one client per type per class");
        assertNotNull(staticEmulator);
    }

    @Nested
    class NestedTests {
        @Test
        void nestedClass_sharesTheEnclosingClassesEmulator(PolycloudEmulator emulator) {
            assertSame(FIRST_SEEN.get(), emulator);
        }
    }
}
