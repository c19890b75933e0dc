package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobResponse;
import io.polycloud.core.SdkResponse;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every request and every request-id-only response promise about their values, checked before anything is sent. */
class ModelContractTest extends Fixture {

    static Stream<Contract> rowsWithId() {
        return Arrays.stream(Contract.values()).filter(Contract::takesId);
    }

    @ParameterizedTest
    @MethodSource("rowsWithId")
    void request_withoutId_namesTheField(Contract row) {
        assertEquals("jobId is required but was null",
                assertThrows(SdkClientException.class, () -> row.callWithId(clients(), null)).getMessage());
    }

    @ParameterizedTest
    @MethodSource("rowsWithId")
    void request_withBlankOrControlCharacterId_isRejectedSayingWhy(Contract row) {
        for (String blank : List.of("", "   ", "\t")) {
            assertTrue(assertThrows(SdkClientException.class, () -> row.callWithId(clients(), blank)).getMessage()
                    .startsWith("jobId must not be blank"), blank);
        }
        for (String control : List.of("job\r\nX-Injected: 1", "job\u0000", "job\u007f", "job\u0085")) {
            assertTrue(assertThrows(SdkClientException.class, () -> row.callWithId(clients(), control)).getMessage()
                    .startsWith("jobId must not contain control characters"));
        }
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @MethodSource("rowsWithId")
    void huaweiRequest_withDotSegmentId_isRejected(Contract row) {
        if (row.cloud == Cloud.HUAWEI) {
            for (String dots : List.of(".", "..")) {
                assertEquals("jobId must not be '.' or '..': a URL path cannot carry it as one segment",
                        assertThrows(SdkClientException.class, () -> row.callWithId(clients(), dots)).getMessage());
            }
        }
    }

    static Stream<Arguments> requestIdOnlyResponses() {
        return Stream.of(
                Arguments.of("DRS DeleteJobResponse", (Supplier<SdkResponse.Builder<?>>) io.polycloud.huawei.drs.model.DeleteJobResponse::builder, true),
                Arguments.of("DDS CancelScheduledTaskResponse", (Supplier<SdkResponse.Builder<?>>) CancelScheduledTaskResponse::builder, true),
                Arguments.of("LakeFormation DeleteJobResponse",
                        (Supplier<SdkResponse.Builder<?>>) io.polycloud.huawei.lakeformation.model.DeleteJobResponse::builder, true),
                Arguments.of("VPC StartFailoverTestJobResponse", (Supplier<SdkResponse.Builder<?>>) StartFailoverTestJobResponse::builder, false),
                Arguments.of("VPC StopFailoverTestJobResponse", (Supplier<SdkResponse.Builder<?>>) StopFailoverTestJobResponse::builder, false),
                Arguments.of("VPC DeleteFailoverTestJobResponse", (Supplier<SdkResponse.Builder<?>>) DeleteFailoverTestJobResponse::builder, false),
                Arguments.of("VPC UpdateFailoverTestJobResponse", (Supplier<SdkResponse.Builder<?>>) UpdateFailoverTestJobResponse::builder, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestIdOnlyResponses")
    void requestIdOnlyResponse_builderValidatesAndEquals(String name, Supplier<SdkResponse.Builder<?>> builder, boolean idOptional) {
        SdkResponse response = builder.get().requestId("req-1").build();
        assertEquals(Optional.of("req-1"), response.requestId());
        assertEquals(response, builder.get().requestId("req-1").build());
        assertNotEquals(response, builder.get().requestId("req-2").build());
        assertEquals(response.getClass().getSimpleName() + "{requestId=req-1}", response.toString());
        assertThrows(SdkClientException.class, () -> builder.get().requestId(null));
        assertThrows(SdkClientException.class, () -> builder.get().requestId(" "));
        if (idOptional) {
            assertEquals(Optional.empty(), builder.get().build().requestId());
        } else {
            assertTrue(assertThrows(SdkClientException.class, () -> builder.get().build()).getMessage().startsWith("requestId "));
        }
    }
}
