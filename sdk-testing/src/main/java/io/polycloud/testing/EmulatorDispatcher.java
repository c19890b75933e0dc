package io.polycloud.testing;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.MalformedRequestException;
import io.polycloud.testing.internal.Route;
import io.polycloud.testing.internal.Router;
import io.polycloud.testing.internal.admin.AdminApi;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;

/**
 * Serves every request on MockWebServer's connection threads: decodes it, hands admin requests
 * to the admin API, routes the rest, lets the first matching fault decide whether the service
 * acts, records the call, and writes the (possibly disturbed) answer.
 */
final class EmulatorDispatcher extends Dispatcher {

    private final EmulatorClock clock;
    private final Router router;
    private final FaultQueue faults;
    private final RequestLog log;
    private final Function<IncomingRequest, Answer> admin;
    private final Runnable drainServerQueue;
    private final CountDownLatch closed = new CountDownLatch(1);

    EmulatorDispatcher(EmulatorClock clock, Router router, FaultQueue faults, RequestLog log, AdminApi admin,
                       Runnable drainServerQueue) {
        this.clock = clock;
        this.router = router;
        this.faults = faults;
        this.log = log;
        this.admin = admin::handle;
        this.drainServerQueue = drainServerQueue;
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
        // MockWebServer also queues every request for takeRequest(); the emulator keeps its own log.
        drainServerQueue.run();
        Instant now = clock.now();
        IncomingRequest request;
        try {
            request = IncomingRequest.of(recorded.getMethod(), recorded.getTarget(), headers(recorded.getHeaders()),
                    body(recorded.getBody()));
        } catch (MalformedRequestException e) {
            return MockResponses.of(Answer.json(400, Json.object().put("Code", "Emulator.MalformedRequest")
                    .put("Message", e.getMessage()).toString()), null, now);
        }
        if (request.isAdmin()) {
            return MockResponses.of(admin.apply(request), null, now);
        }
        Route route = router.route(request);
        Exchange exchange = new Exchange(request, route.operation(), now, route.dialect().newRequestId());
        Fault fault = faults.take(route.operation());
        Optional<Answer> answer = fault == null || fault.letsServiceAct()
                ? Optional.of(serve(route, exchange))
                : fault.cannedAnswer(route.dialect(), exchange);
        if (fault != null && !fault.sendsAnswer()) {
            answer = Optional.empty();
        }
        log.add(new RecordedCall(request.method(), request.rawPath(), request.pathSegments(), request.queryParameters(),
                request.headers(), request.body(), route.operation(), now, exchange.authOutcome(),
                exchange.accessKeyId().orElse(null),
                answer.map(Answer::status).orElse(0), answer.flatMap(Answer::errorCode).orElse(null),
                exchange.replayed(), fault));
        if (fault != null && fault.kind == Fault.Kind.STALL) {
            closed.await(Fault.STALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return answer.map(a -> MockResponses.of(a, fault, now)).orElseGet(MockResponses::noAnswer);
    }

    /** A bug in the emulator still answers, in the cloud's shape, so the test sees what went wrong. */
    private static Answer serve(Route route, Exchange exchange) {
        try {
            return route.handler().handle(exchange);
        } catch (RuntimeException e) {
            return route.dialect().error(exchange, 500, "Emulator.InternalError", "The emulator failed: " + e);
        }
    }

    /** Releases stalled connections; MockWebServer calls it when it shuts down. */
    @Override
    public void close() {
        closed.countDown();
    }

    private static HttpHeaders headers(Headers received) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (int i = 0; i < received.size(); i++) {
            b.addReceived(received.name(i), received.value(i));
        }
        return b.build();
    }

    private static byte[] body(ByteString body) {
        return body == null ? new byte[0] : body.toByteArray();
    }
}
