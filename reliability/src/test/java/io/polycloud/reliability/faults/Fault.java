package io.polycloud.reliability.faults;

import static io.polycloud.reliability.faults.Answers.error;
import static io.polycloud.reliability.faults.Answers.success;
import static io.polycloud.reliability.faults.Answers.successStatus;
import static io.polycloud.reliability.faults.Answers.withRequestId;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.SeededOperation.Cloud;
import io.polycloud.reliability.support.ServiceClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * A misbehaving server, as the sequence of answers it gives to consecutive attempts (the n-th
 * answer carries request id {@code req-n}), and the exact outcome each operation must reach.
 *
 * <p>Outcomes assume the suite's client settings: four attempts, full jitter pinned at one half
 * (so backoffs are 50, 100, 200 ms; 500 ms, 1 s, 2 s after throttling), a 400 ms read timeout.
 * Every seeded operation is safe to repeat (VPC through its ClientToken, the Huawei deletes by
 * nature), so any failure that may be transient is retried.
 */
enum Fault {

    /** The server reads the request, then resets the connection (RST, not FIN) instead of answering. */
    CONNECTION_RESET_BEFORE_ANSWER {
        @Override
        List<MockResponse> script(SeededOperation op) {
            return List.of(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(), success(op, "req-2"));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("SdkNetworkException", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    },

    /** The server reads the request and says nothing for longer than the read timeout. */
    STALLED_PAST_READ_TIMEOUT {
        @Override
        List<MockResponse> script(SeededOperation op) {
            return List.of(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build(), success(op, "req-2"));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("READ timeout", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    },

    SERVICE_UNAVAILABLE_TWICE_THEN_OK {
        @Override
        List<MockResponse> script(SeededOperation op) {
            return List.of(unavailable(op, "req-1"), unavailable(op, "req-2"), success(op, "req-3"));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("HTTP 503", "HTTP 503", "HTTP " + successStatus(op)), ms(50, 100), "req-3");
        }

        private MockResponse unavailable(SeededOperation op, String requestId) {
            return op.cloud() == Cloud.ALIYUN
                    ? error(op, 503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.",
                            requestId).build()
                    : error(op, 503, "APIG.0201", "Backend unavailable", requestId).build();
        }
    },

    /** A 429 asking for three seconds of patience, then success: the wait is the server's, not the backoff's. */
    RATE_LIMITED_WITH_RETRY_AFTER {
        @Override
        List<MockResponse> script(SeededOperation op) {
            MockResponse.Builder limited = op.cloud() == Cloud.ALIYUN
                    ? error(op, 429, "Throttling", "Request was denied due to request throttling.", "req-1")
                    : error(op, 429, "APIG.0308", "The throttling threshold has been reached: policy ip over ratelimit", "req-1");
            return List.of(limited.addHeader("Retry-After", "3").build(), success(op, "req-2"));
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
        List<MockResponse> script(SeededOperation op) {
            return numbered(4, id -> throttled(op, id));
        }

        @Override
        Expected expected(SeededOperation op) {
            int status = throttledStatus(op);
            return Expected.serviceError(Collections.nCopies(4, "HTTP " + status), ms(500, 1000, 2000), status,
                    throttledCode(op), "req-4", ErrorCategory.THROTTLING);
        }

        private MockResponse throttled(SeededOperation op, String requestId) {
            return op.cloud() == Cloud.ALIYUN
                    ? error(op, 400, "Throttling.User", "Request was denied due to user flow control.", requestId).build()
                    : error(op, 429, "APIG.0308", "The throttling threshold has been reached: policy user over ratelimit,"
                            + "limit:5,time:1 minute", requestId).build();
        }

        private int throttledStatus(SeededOperation op) {
            return op.cloud() == Cloud.ALIYUN ? 400 : 429;
        }

        private String throttledCode(SeededOperation op) {
            return op.cloud() == Cloud.ALIYUN ? "Throttling.User" : "APIG.0308";
        }
    },

    /** A 200 whose JSON stops mid-document: unreadable, not retried, status and request id kept. */
    TRUNCATED_JSON {
        @Override
        List<MockResponse> script(SeededOperation op) {
            return List.of(withRequestId(op, "req-1").code(200).addHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"req-1\",\"Jo").build());
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.serviceError(attempts("HTTP 200"), List.of(), 200, "InvalidResponse", "req-1", ErrorCategory.UNKNOWN);
        }
    },

    /** A proxy's HTML error page, with no request id, on every attempt. */
    HTML_502_PAGE {
        @Override
        List<MockResponse> script(SeededOperation op) {
            return numbered(4, id -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
                            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n").build());
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
        List<MockResponse> script(SeededOperation op) {
            return numbered(4, id -> withRequestId(op, id).code(500).build());
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
        List<MockResponse> script(SeededOperation op) {
            Buffer body = new Buffer().writeUtf8("{\"RequestId\":\"req-1\",\"Padding\":\"");
            byte[] padding = new byte[64 * 1024];
            Arrays.fill(padding, (byte) 'x');
            while (body.size() < 10 * 1024 * 1024) {
                body.write(padding);
            }
            return List.of(withRequestId(op, "req-1").code(200).addHeader("Content-Type", "application/json")
                    .body(body.writeUtf8("\"}")).build());
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
        List<MockResponse> script(SeededOperation op) {
            MockResponse dripping = withRequestId(op, "req-1").code(200).addHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"req-1\"}").throttleBody(1, 1, TimeUnit.SECONDS).build();
            return List.of(dripping, success(op, "req-2"));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(attempts("ATTEMPT timeout", "HTTP " + successStatus(op)), ms(50), "req-2");
        }
    };

    /** Read timeout of every fault but the dripping body, which needs a longer one. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    /** The answers, in the order the attempts get them. */
    abstract List<MockResponse> script(SeededOperation op);

    /** How a call of {@code op} against this script ends. */
    abstract Expected expected(SeededOperation op);

    /** Adjusts the clients' timeouts for this fault. */
    void configure(ServiceClients.Builder clients) {
        clients.readTimeout(READ_TIMEOUT).attemptTimeout(Duration.ofSeconds(5));
    }

    private static List<String> attempts(String... outcomes) {
        return List.of(outcomes);
    }

    private static List<Duration> ms(long... millis) {
        return Arrays.stream(millis).mapToObj(Duration::ofMillis).toList();
    }

    private static List<MockResponse> numbered(int count, Function<String, MockResponse> answer) {
        List<MockResponse> answers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            answers.add(answer.apply("req-" + i));
        }
        return answers;
    }
}
