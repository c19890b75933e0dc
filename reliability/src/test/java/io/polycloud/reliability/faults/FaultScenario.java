package io.polycloud.reliability.faults;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.SeededOperation.Cloud;
import io.polycloud.reliability.support.ServiceClients;
import io.polycloud.testing.Fault;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A misbehaving server, as the emulator's {@link Fault}s that consecutive attempts meet before the
 * emulated service answers for real, and the exact outcome each operation must reach. The emulator
 * numbers its answers, so the n-th attempt's answer carries request id {@code req-n}.
 *
 * <p>Outcomes assume the suite's client settings: four attempts, full jitter pinned at one half
 * (so backoffs are 50, 100, 200 ms; 500 ms, 1 s, 2 s after throttling), a 400 ms read timeout.
 * Every seeded operation is safe to repeat (VPC through its ClientToken, the Huawei deletes by
 * nature), so any failure that may be transient is retried.
 */
enum FaultScenario {

    /** The server reads the request, then resets the connection (RST, not FIN) instead of answering. */
    CONNECTION_RESET_BEFORE_ANSWER {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.reset());
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("SdkNetworkException", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    },

    /** The server reads the request and says nothing for longer than the read timeout. */
    STALLED_PAST_READ_TIMEOUT {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.stall());
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("READ timeout", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    },

    SERVICE_UNAVAILABLE_TWICE_THEN_OK {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of((op.cloud() == Cloud.ALIYUN
                    ? Fault.error(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.")
                    : Fault.error(503, "APIG.0201", "Backend unavailable")).times(2));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("HTTP 503", "HTTP 503", "HTTP " + successStatus(op)), ms(50, 100), "req-3");
        }
    },

    /** A 429 asking for three seconds of patience, then success: the wait is the server's, not the backoff's. */
    RATE_LIMITED_WITH_RETRY_AFTER {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.throttle(Duration.ofSeconds(3)));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("HTTP 429", "HTTP " + successStatus(op)), List.of(Duration.ofSeconds(3)), "req-2");
        }
    },

    /**
     * Flow control that does not let up: Alibaba's {@code Throttling.User} (HTTP 400), Huawei API
     * Gateway's {@code APIG.0308} (HTTP 429). Retried with the throttling backoff until attempts run out.
     */
    THROTTLED_ON_EVERY_ATTEMPT {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of((op.cloud() == Cloud.ALIYUN
                    ? Fault.error(400, "Throttling.User", "Request was denied due to user flow control.")
                    : Fault.throttle()).times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            int status = op.cloud() == Cloud.ALIYUN ? 400 : 429;
            String code = op.cloud() == Cloud.ALIYUN ? "Throttling.User" : "APIG.0308";
            return Expected.serviceError(Collections.nCopies(4, "HTTP " + status), ms(500, 1000, 2000), status, code, "req-4",
                    ErrorCategory.THROTTLING);
        }
    },

    /** A 200 whose JSON stops mid-document: unreadable, not retried, status and request id kept. */
    TRUNCATED_JSON {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.response(200, "application/json", "{\"RequestId\":\"req-1\",\"Jo"));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.serviceError(attempts("HTTP 200"), List.of(), 200, "InvalidResponse", "req-1", ErrorCategory.UNKNOWN);
        }
    },

    /** A proxy's HTML error page, with no request id, on every attempt. */
    HTML_502_PAGE {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.response(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                    .withoutRequestId().times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.serviceError(Collections.nCopies(4, "HTTP 502"), ms(50, 100, 200), 502, "HTTP_502", null,
                    ErrorCategory.SERVER_ERROR);
        }
    },

    /** A 500 with no body at all, on every attempt; the request id header is all there is. */
    EMPTY_500 {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.response(500, "application/json", "").times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.serviceError(Collections.nCopies(4, "HTTP 500"), ms(50, 100, 200), 500, "HTTP_500", "req-4",
                    ErrorCategory.SERVER_ERROR);
        }
    },

    /** A 200 with a 10 MiB body: read up to the transport's 1 MiB limit, then refused. */
    TEN_MIB_BODY {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.oversizedBody(10L * 1024 * 1024));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.serviceError(attempts("HTTP 200"), List.of(), 200, "ResponseTooLarge", "req-1", ErrorCategory.UNKNOWN);
        }
    },

    /**
     * A success whose body arrives one byte per second. Each byte comes well within the read
     * timeout, so only the attempt timeout can end it; the retry then gets a normal answer.
     */
    BODY_DRIPPING_ONE_BYTE_PER_SECOND {
        @Override
        void configure(ServiceClients.Builder clients) {
            clients.readTimeout(Duration.ofSeconds(5)).attemptTimeout(Duration.ofMillis(500));
        }

        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.response(200, "application/json", "{\"RequestId\":\"req-1\"}").dripping(Duration.ofSeconds(1)));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("ATTEMPT timeout", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    };

    /** Read timeout of every scenario but the dripping body, which needs a longer one. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    /** The faults to inject, in order; the attempts after them reach the emulated service. */
    abstract List<Fault> faults(SeededOperation op);

    /** How a call of {@code op} against these faults ends. */
    abstract Expected expected(SeededOperation op);

    /** Adjusts the clients' timeouts for this scenario. */
    void configure(ServiceClients.Builder clients) {
        clients.readTimeout(READ_TIMEOUT).attemptTimeout(Duration.ofSeconds(5));
    }

    /** The documented success: VPC 200 with the id in the body, DRS 200 {@code {}}, DDS 204, LakeFormation 200 with no body. */
    static int successStatus(SeededOperation op) {
        return op == SeededOperation.DDS_CANCEL_SCHEDULED_TASK ? 204 : 200;
    }

    private static List<String> attempts(String... outcomes) {
        return List.of(outcomes);
    }

    private static List<Duration> ms(long... millis) {
        return Arrays.stream(millis).mapToObj(Duration::ofMillis).toList();
    }
}
