package io.polycloud.testing.internal.huawei;

import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonValue;
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
        JsonValue auth;
        try {
            auth = Json.at(Json.parse(exchange.request().body()), "auth");
        } catch (MalformedRequestException e) {
            return error(exchange, 400, "Bad Request", "The request body is not valid JSON.");
        }
        JsonValue user = Json.at(auth, "identity", "password", "user");
        String domainName = Json.text(user, "domain", "name");
        String userName = Json.text(user, "name");
        String password = Json.text(user, "password");
        JsonValue project = Json.at(auth, "scope", "project");
        boolean passwordMethod = false;
        for (JsonValue method : Json.array(auth, "identity", "methods")) {
            passwordMethod |= Json.text(method).equals("password");
        }
        if (!passwordMethod || domainName.isEmpty() || userName.isEmpty()
                || (Json.text(project, "id").isEmpty() && Json.text(project, "name").isEmpty())) {
            return error(exchange, 400, "Bad Request",
                    "The request needs identity.methods [\"password\"], a user with name, password and domain.name, "
                            + "and scope.project.id or scope.project.name.");
        }
        if (!credentials.iamPasswordMatches(domainName, userName, password)) {
            return error(exchange, 401, "Unauthorized", "The username or password is wrong.");
        }
        String projectName = Json.text(project, "name");
        String projectId = Json.text(project, "id");
        if (projectId.isEmpty()) {
            projectId = idOf(projectName);
        }
        Instant now = exchange.receivedAt();
        Instant expiresAt = now.plus(lifetime);
        String token = tokens.issue(userName, projectId, expiresAt);
        JsonObject domain = Json.object().put("id", idOf(domainName)).put("name", domainName).build();
        JsonObject t = Json.object()
                .put("expires_at", IAM_TIME.format(expiresAt)).put("issued_at", IAM_TIME.format(now))
                .put("methods", JsonArray.builder().add("password").build())
                .put("project", Json.object().put("id", projectId).put("name", projectName.isEmpty() ? projectId : projectName)
                        .put("domain", domain).build())
                .put("user", Json.object().put("id", idOf(domainName + "/" + userName)).put("name", userName)
                        .put("domain", domain).build())
                .build();
        return HuaweiDialect.standard().withRequestId(exchange, Answer.json(201, Json.write(Json.object().put("token", t).build())))
                .withHeader("X-Subject-Token", token);
    }

    private static Answer error(Exchange exchange, int status, String title, String message) {
        JsonObject body = Json.object()
                .put("error", Json.object().put("code", status).put("message", message).put("title", title).build()).build();
        return HuaweiDialect.standard().withRequestId(exchange, Answer.json(status, Json.write(body)))
                .withErrorCode(Integer.toString(status));
    }

    /** A stable 32-hex-digit id for a name, the shape IAM ids have. */
    private static String idOf(String name) {
        byte[] digest = DigestAlgorithm.SHA256.hash(name.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
