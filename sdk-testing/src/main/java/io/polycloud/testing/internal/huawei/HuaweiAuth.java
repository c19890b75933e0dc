package io.polycloud.testing.internal.huawei;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.AuthorizationHeader;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.CredentialStore;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.SignableRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Internal: checks a Huawei Cloud request the way API Gateway does: an {@code X-Auth-Token} the
 * emulator's IAM issued ({@code APIG.1002} if unknown or expired), or an SDK-HMAC-SHA256/SM3
 * signature by a registered AK/SK ({@code APIG.0301} for a missing or malformed signature, an
 * unknown key, a wrong signature, a wrong security token, or an {@code X-Sdk-Date} more than the
 * allowed skew from the emulator's clock: "signature expired"). Not part of the public API.
 */
public final class HuaweiAuth {

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String IAM_INFO = "Incorrect IAM authentication information: ";

    private final CredentialStore credentials;
    private final TokenStore tokens;
    private final Duration maxSkew;

    /**
     * @param credentials the registered AK/SKs
     * @param tokens      the issued IAM tokens
     * @param maxSkew     how far {@code X-Sdk-Date} may be from the emulator's clock
     */
    public HuaweiAuth(CredentialStore credentials, TokenStore tokens, Duration maxSkew) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.maxSkew = maxSkew;
    }

    /**
     * Authenticates a request and records the outcome (and the project the credentials are
     * scoped to) on the exchange.
     *
     * @param exchange the request
     * @param dialect  the service's answer shape
     * @return empty if authentic; else the 401 answer
     */
    public Optional<Answer> authenticate(Exchange exchange, CloudDialect dialect) {
        IncomingRequest request = exchange.request();
        Optional<String> token = request.header("X-Auth-Token");
        if (token.isPresent()) {
            Optional<TokenStore.Grant> grant = tokens.find(token.get(), exchange.receivedAt());
            if (grant.isEmpty()) {
                exchange.rejected(null);
                return Optional.of(dialect.error(exchange, 401, "APIG.1002", "Incorrect token or token resolution failed"));
            }
            exchange.accepted(grant.get().userName(), grant.get().projectId());
            return Optional.empty();
        }
        Optional<AuthorizationHeader> header = request.header("Authorization").flatMap(AuthorizationHeader::parse);
        if (header.isEmpty()) {
            return reject(exchange, dialect, null, "no X-Auth-Token and no 'SDK-HMAC-SHA256 Access=…' Authorization header");
        }
        SdkHmacSigner signer;
        switch (header.get().algorithm()) {
            case "SDK-HMAC-SHA256" -> signer = SdkHmacSigner.hmacSha256();
            case "SDK-HMAC-SM3" -> signer = SdkHmacSigner.hmacSm3();
            default -> {
                return reject(exchange, dialect, null, "unsupported signing algorithm " + header.get().algorithm());
            }
        }
        Optional<String> accessKey = header.get().field("Access");
        Optional<String> signature = header.get().field("Signature");
        List<String> signedHeaders = header.get().signedHeaders();
        if (accessKey.isEmpty() || signature.isEmpty() || signedHeaders.isEmpty()) {
            return reject(exchange, dialect, accessKey.orElse(null), "Access, SignedHeaders and Signature are all required");
        }
        String ak = accessKey.get();
        Optional<HuaweiCredentials> registered = credentials.huawei(ak);
        if (registered.isEmpty()) {
            return reject(exchange, dialect, ak, "the access key does not exist");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(SDK_DATE.parse(request.header("X-Sdk-Date").orElse("")));
        } catch (DateTimeParseException e) {
            return reject(exchange, dialect, ak, "X-Sdk-Date is missing or not yyyyMMdd'T'HHmmss'Z'");
        }
        if (Duration.between(signedAt, exchange.receivedAt()).abs().compareTo(maxSkew) > 0) {
            return reject(exchange, dialect, ak, "signature expired: X-Sdk-Date is more than "
                    + maxSkew.toMinutes() + " minutes from the server time");
        }
        List<String> copied = new ArrayList<>(signedHeaders);
        copied.add("X-Sdk-Date");
        SignatureDetails expected;
        try {
            expected = signer.signature(SignableRequest.of(request, copied), signedHeaders, registered.get().secretKey());
        } catch (SdkClientException e) {
            return reject(exchange, dialect, ak, "verify aksk signature fail");
        }
        if (!SignableRequest.sameSignature(expected.signature(), signature.get().toLowerCase(Locale.ROOT))) {
            return reject(exchange, dialect, ak, "verify aksk signature fail");
        }
        if (!Objects.equals(registered.get().securityToken(), request.header("X-Security-Token"))) {
            return reject(exchange, dialect, ak, "the security token does not belong to the access key");
        }
        if (registered.get().expiration().filter(exchange.receivedAt()::isAfter).isPresent()) {
            return reject(exchange, dialect, ak, "the temporary access key has expired");
        }
        // X-Project-Id scopes an AK/SK request, as an IAM token's project scopes a token request.
        exchange.accepted(ak, request.header("X-Project-Id").orElse(null));
        return Optional.empty();
    }

    private static Optional<Answer> reject(Exchange exchange, CloudDialect dialect, String ak, String detail) {
        exchange.rejected(ak);
        return Optional.of(dialect.error(exchange, 401, "APIG.0301", IAM_INFO + detail));
    }
}
