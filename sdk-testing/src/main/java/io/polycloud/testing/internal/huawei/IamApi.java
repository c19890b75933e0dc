package io.polycloud.testing.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polycloud.core.internal.signing.DigestAlgorithm;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CredentialStore;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.MalformedRequestException;
import io.polycloud.testing.internal.ServiceHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Internal: IAM {@code POST /v3/auth/tokens} with the password method, scoped to a project by id
 * or name. Answers 201 with the token in {@code X-Subject-Token} and
 * {@code {"token":{"expires_at","issued_at","methods","project","user"}}}; refusals use IAM's
 * nested form {@code {"error":{"code","message","title"}}}. Not part of the public API.
 */
public final class IamApi implements ServiceHandler {

    private static final DateTimeFormatter IAM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final CredentialStore credentials;
    private final TokenStore tokens;
    private final Duration lifetime;

    /**
     * @param credentials the IAM users
     * @param tokens      where issued tokens go
     * @param lifetime    how long a token is valid
     */
    public IamApi(CredentialStore credentials, TokenStore tokens, Duration lifetime) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    @Override
    public Answer handle(Exchange exchange) {
        exchange.anonymous();
        JsonNode auth;
        try {
            auth = Json.parse(exchange.request().body()).path("auth");
        } catch (MalformedRequestException e) {
            return error(exchange, 400, "Bad Request", "The request body is not valid JSON.");
        }
        JsonNode user = auth.path("identity").path("password").path("user");
        String domainName = user.path("domain").path("name").asText("");
        String userName = user.path("name").asText("");
        String password = user.path("password").asText("");
        JsonNode project = auth.path("scope").path("project");
        boolean passwordMethod = false;
        for (JsonNode method : auth.path("identity").path("methods")) {
            passwordMethod |= method.asText().equals("password");
        }
        if (!passwordMethod || domainName.isEmpty() || userName.isEmpty()
                || (project.path("id").asText("").isEmpty() && project.path("name").asText("").isEmpty())) {
            return error(exchange, 400, "Bad Request",
                    "The request needs identity.methods [\"password\"], a user with name, password and domain.name, "
                            + "and scope.project.id or scope.project.name.");
        }
        if (!credentials.iamPasswordMatches(domainName, userName, password)) {
            return error(exchange, 401, "Unauthorized", "The username or password is wrong.");
        }
        String projectName = project.path("name").asText("");
        String projectId = project.path("id").asText("");
        if (projectId.isEmpty()) {
            projectId = idOf(projectName);
        }
        Instant now = exchange.receivedAt();
        Instant expiresAt = now.plus(lifetime);
        String token = tokens.issue(userName, projectId, expiresAt);
        ObjectNode body = Json.object();
        ObjectNode t = body.putObject("token");
        t.put("expires_at", IAM_TIME.format(expiresAt)).put("issued_at", IAM_TIME.format(now));
        t.putArray("methods").add("password");
        ObjectNode domain = Json.object().put("id", idOf(domainName)).put("name", domainName);
        t.putObject("project").put("id", projectId).put("name", projectName.isEmpty() ? projectId : projectName)
                .set("domain", domain);
        t.putObject("user").put("id", idOf(domainName + "/" + userName)).put("name", userName).set("domain", domain);
        return HuaweiDialect.standard().withRequestId(exchange, Answer.json(201, body.toString()))
                .withHeader("X-Subject-Token", token);
    }

    private static Answer error(Exchange exchange, int status, String title, String message) {
        ObjectNode body = Json.object();
        body.putObject("error").put("code", status).put("message", message).put("title", title);
        return HuaweiDialect.standard().withRequestId(exchange, Answer.json(status, body.toString()))
                .withErrorCode(Integer.toString(status));
    }

    /** A stable 32-hex-digit id for a name, the shape IAM ids have. */
    private static String idOf(String name) {
        byte[] digest = DigestAlgorithm.SHA256.hash(name.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
