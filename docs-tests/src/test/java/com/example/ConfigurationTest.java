package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration reference states the defaults and works as written. */
class ConfigurationTest {

    @Test
    void theReadmesRetryPolicy_isTheDefault() {
        assertEquals(RetryPolicy.defaults().toString(), Configuration.retryPolicy().toString());
    }

    @Test
    void everySetting_buildsAClientThatCalls() {
        List<CallOutcome> outcomes = new ArrayList<>();
        ExecutionInterceptor metrics = new ExecutionInterceptor() {
            @Override
            public void afterCall(CallOutcome outcome) {
                outcomes.add(outcome);
            }
        };
        try (PolycloudEmulator emulator = PolycloudEmulator.start();
             VpcClient vpc = Configuration.everySetting(metrics)
                     .endpointOverride(emulator.baseUri()).credentials(emulator.aliyunCredentials()).build()) {
            String jobId = emulator.vpc().newJob("cn-shanghai").create().jobId();

            vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());

            assertEquals(1, outcomes.size());
            RecordedCall call = emulator.lastCall().orElseThrow();
            assertEquals("polycloud-java/0.1.0 my-app/1.2", call.headers().first("User-Agent").orElseThrow());
        }
    }

    @Test
    void sharedTransport_buildsAndClosesWithoutACall() {
        Configuration.sharedTransport();
    }
}
