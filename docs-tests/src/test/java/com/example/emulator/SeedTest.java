package com.example.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.testing.PolycloudEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The emulator README's seed document puts what it says in place. */
class SeedTest {

    @Test
    void theReadmesSeed_putsAJobOfEachKindInPlace() throws IOException {
        String seed;
        try (InputStream in = SeedTest.class.getResourceAsStream("/seed.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (PolycloudEmulator emulator = PolycloudEmulator.start()) {
            emulator.seed(seed);

            assertEquals(FailoverTestJobStatus.INIT, emulator.vpc().job("ftj-drill0001").orElseThrow().status());
            assertEquals("RELEASE_RESOURCE_COMPLETE", emulator.drs().jobs().get(0).status());
            assertEquals("Pending", emulator.dds().scheduledTasks().get(0).jobStatus());
            assertEquals("RUNNING", emulator.lakeFormation().jobs().get(0).status());
        }
    }
}
