package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.testsupport.RecordedRequests;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exact request of every operation, the typed answer it reads, and its async twin doing the same. */
class WireContractTest extends Fixture {

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operation_sendsExactlyTheDocumentedSignedRequest(Contract row) throws Exception {
        server.enqueue(row.success);
        row.call(clients());
        RecordedRequest r = take();
        assertEquals(row.method, r.getMethod());
        assertEquals(row.target, r.getTarget());
        assertEquals(0, r.getBodySize());
        assertEquals(SdkVersion.USER_AGENT, r.getHeaders().get("User-Agent"));
        assertEquals("127.0.0.1:" + server.getPort(), r.getHeaders().get("Host"));
        Set<String> wire = new TreeSet<>(row.cloud.wireHeaders);
        if (row.signedHeaders.contains("x-language")) {
            wire.add("x-language");
        }
        // Everything else on the wire is what OkHttp adds after signing: Connection and Accept-Encoding.
        assertEquals(wire, RecordedRequests.headerNames(r));
        if (row.cloud == Cloud.ALIYUN) {
            assertEquals(row.operation, r.getHeaders().get("x-acs-action"));
            assertEquals("2016-04-28", r.getHeaders().get("x-acs-version"));
            assertEquals("2026-11-22T10:15:30Z", r.getHeaders().get("x-acs-date"));
            assertEquals("0", r.getHeaders().get("Content-Length"));
        } else {
            assertEquals("application/json", r.getHeaders().get("Content-Type"));
            assertEquals(PROJECT, r.getHeaders().get("X-Project-Id"));
            assertEquals("20261122T101530Z", r.getHeaders().get("X-Sdk-Date"));
        }
        assertSigned(r, row);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operation_on2xx_readsTheDocumentedAnswer(Contract row) {
        server.enqueue(row.success);
        assertEquals(row.expectedResponse, row.call(clients()));
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operationAsync_sendsTheSameRequestAndReadsTheSameAnswer(Contract row) throws Exception {
        server.enqueue(row.success);
        server.enqueue(row.success);
        Object sync = row.call(clients());
        Object async = row.callAsync(clients()).get(5, TimeUnit.SECONDS);
        assertEquals(sync, async);
        RecordedRequest first = take();
        RecordedRequest second = take();
        assertEquals(first.getTarget(), second.getTarget());
        assertEquals(RecordedRequests.headerNames(first), RecordedRequests.headerNames(second));
        assertSigned(second, row);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operation_withNullRequest_failsBeforeSending(Contract row) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> row.callWithNull(clients()));
        assertEquals("request is required but was null", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operationAsync_withNullRequest_failsTheFutureInsteadOfThrowing(Contract row) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> row.callAsyncWithNull(clients()).get(5, TimeUnit.SECONDS));
        assertInstanceOf(SdkClientException.class, e.getCause());
        assertEquals("request is required but was null", e.getCause().getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
