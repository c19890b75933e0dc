package io.polycloud.testing;

import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.MalformedRequestException;
import io.polycloud.testing.internal.server.ReceivedRequest;
import io.polycloud.testing.internal.server.Reply;
import io.polycloud.testing.internal.server.RequestHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Serves every request on the server's connection threads: decodes it, hands admin requests to
 * the admin API, routes the rest, lets the first matching fault decide whether the service acts
 * and how the answer travels, and records the call.
 */
final class EmulatorHandler implements RequestHandler {

    /** The emulator's codes for requests the server could not read, by the status answered. */
    private static final Map<Integer, String> REFUSALS = Map.of(400, "Emulator.MalformedRequest",
            413, "Emulator.RequestTooLarge", 500, "Emulator.InternalError", 503, "Emulator.TooManyConnections");

    private final EmulatorState state;
    private final Router router;
    private final AdminApi admin;

    EmulatorHandler(EmulatorState state, Router router, AdminApi admin) {
        this.state = state;
        this.router = router;
        this.admin = admin;
    }

    @Override
    public Reply handle(ReceivedRequest received) {
        Instant now = state.clock.now();
        IncomingRequest request;
        try {
            request = IncomingRequest.of(received.method(), received.target(), received.headers(), received.body());
        } catch (MalformedRequestException e) {
            return Replies.send(refusal(400, e.getMessage()), null, now);
        }
        if (request.isAdmin()) {
            return Replies.send(admin.handle(request), null, now);
        }
        Route route = router.route(request);
        String numbered = state.nextNumberedRequestId();
        Exchange exchange = new Exchange(request, route.operation().apiName(), now,
                numbered != null ? numbered : route.dialect().newRequestId());
        Fault fault = state.faults.take(route.operation());
        Optional<Answer> answer = fault == null || fault.letsServiceAct()
                ? Optional.of(serve(route, exchange))
                : cannedAnswer(fault, route.dialect(), exchange);
        if (fault != null && !fault.sendsAnswer()) {
            answer = Optional.empty();
        }
        state.log.add(new RecordedCall(request.method(), request.rawPath(), request.pathSegments(), request.queryParameters(),
                request.headers(), request.body(), route.operation(), now, exchange.requestId(),
                RecordedCall.AuthOutcome.valueOf(exchange.authentication().name()),
                exchange.accessKeyId().orElse(null),
                answer.map(Answer::status).orElse(0), answer.flatMap(Answer::errorCode).orElse(null),
                exchange.replayed(), fault));
        if (answer.isEmpty()) {
            return fault.kind == Fault.Kind.STALL ? new Reply.Stall(Fault.STALL_LIMIT) : new Reply.Reset();
        }
        return Replies.send(answer.get(), fault, now);
    }

    @Override
    public Reply.Send refuse(int status, String reason) {
        return Replies.send(refusal(status, reason), null, state.clock.now());
    }

    /** A bug in the emulator still answers, in the cloud's shape, so the test sees what went wrong. */
    private static Answer serve(Route route, Exchange exchange) {
        try {
            return route.handler().handle(exchange);
        } catch (RuntimeException e) {
            return route.dialect().error(exchange, 500, "Emulator.InternalError", "The emulator failed: " + e);
        }
    }

    /** The answer a fault gives instead of the service's; empty for the kinds that send nothing. */
    private static Optional<Answer> cannedAnswer(Fault fault, CloudDialect dialect, Exchange exchange) {
        return switch (fault.kind) {
            case ERROR -> Optional.of(dialect.error(exchange, fault.status, fault.code, fault.text));
            case RESPONSE -> {
                Answer exact = Answer.status(fault.status).withBody(fault.contentType, fault.text.getBytes(StandardCharsets.UTF_8));
                yield Optional.of(fault.withoutRequestId ? exact : dialect.withRequestId(exchange, exact));
            }
            case THROTTLE -> Optional.of(fault.retryAfter == null ? dialect.throttled(exchange)
                    : dialect.throttled(exchange).withHeader("Retry-After", Long.toString(ceilSeconds(fault))));
            // The body is streamed when the answer is sent; the answer carries its status and headers.
            case OVERSIZED -> Optional.of(dialect.withRequestId(exchange,
                    Answer.status(fault.status).withBody(fault.contentType, new byte[0])));
            default -> Optional.empty();
        };
    }

    private static long ceilSeconds(Fault fault) {
        return fault.retryAfter.getSeconds() + (fault.retryAfter.getNano() > 0 ? 1 : 0);
    }

    private static Answer refusal(int status, String reason) {
        return Answer.json(status, Json.write(Json.object().put("Code", REFUSALS.getOrDefault(status, "Emulator.MalformedRequest"))
                .put("Message", reason).build()));
    }
}
