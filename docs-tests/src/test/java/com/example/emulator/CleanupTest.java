package com.example.emulator;

// region junit
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import org.junit.jupiter.api.Test;

@EmulatedClouds                       // one emulator per test class, closed after it
class CleanupTest {

    @Test
    void deletesAStoppedJob(PolycloudEmulator emulator, DrsClient drs) {   // both injected
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);

        drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());

        assertTrue(emulator.drs().jobs().isEmpty());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, emulator.lastCall().orElseThrow().authOutcome());
    }
}
// endregion junit
