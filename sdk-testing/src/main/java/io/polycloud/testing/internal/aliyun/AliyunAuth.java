package io.polycloud.testing.internal.aliyun;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.DigestAlgorithm;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.AuthorizationHeader;
import io.polycloud.testing.internal.CredentialStore;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.SignableRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Internal: checks an Alibaba Cloud request the way the cloud does, answering failures with its
 * codes: {@code IncompleteSignature} (no or malformed signature), {@code InvalidAccessKeyId.NotFound}
 * (404), {@code InvalidTimeStamp.Format}, {@code InvalidTimeStamp.Expired} (more than the allowed
 * skew from the emulator's clock), {@code SignatureDoesNotMatch}, {@code InvalidSecurityToken.*}
 * and {@code SignatureNonceUsed}. Accepts ACS3-HMAC-SHA256, ACS3-HMAC-SM3 and the legacy RPC v1
 * signature (everything in the query or a form body). Not part of the public API.
 *
 * <p>The checks run in this order: signature format, key, timestamp, signature, security token,
 * nonce; a nonce is claimed only by a request that passed every other check, so a rejected
 * request never burns it.
 */
public final class AliyunAuth {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> ACS3_REQUIRED_SIGNED = List.of("host", "x-acs-date", "x-acs-signature-nonce");
    private static final List<String> RPC_V1_REQUIRED = List.of("AccessKeyId", "Signature", "SignatureMethod",
            "SignatureVersion", "SignatureNonce", "Timestamp");

    private final CredentialStore credentials;
    private final NonceCache nonces;
    private final Duration maxSkew;

    /**
     * @param credentials the registered keys
     * @param nonces      the nonces seen
     * @param maxSkew     how far a timestamp may be from the emulator's clock
     */
    public AliyunAuth(CredentialStore credentials, NonceCache nonces, Duration maxSkew) {
        this.credentials = credentials;
        this.nonces = nonces;
        this.maxSkew = maxSkew;
    }

    /**
     * Authenticates a request and records the outcome on the exchange.
     *
     * @param exchange the request
     * @return empty if it is authentic; else the error answer
     */
    public Optional<Answer> authenticate(Exchange exchange) {
        IncomingRequest request = exchange.request();
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            return acs3(exchange, authorization.get());
        }
        if (request.parameter("Signature").isPresent()) {
            return rpcV1(exchange);
        }
        return incomplete(exchange, null, "no Authorization header and no Signature parameter");
    }

    private Optional<Answer> acs3(Exchange exchange, String authorization) {
        IncomingRequest request = exchange.request();
        Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(authorization);
        if (parsed.isEmpty()) {
            return incomplete(exchange, null, "the Authorization header is not 'ALGORITHM Credential=…,SignedHeaders=…,Signature=…'");
        }
        AuthorizationHeader header = parsed.get();
        Acs3Signer signer;
        DigestAlgorithm digest;
        if (header.algorithm().equals("ACS3-HMAC-SHA256")) {
            signer = Acs3Signer.hmacSha256();
            digest = DigestAlgorithm.SHA256;
        } else if (header.algorithm().equals("ACS3-HMAC-SM3")) {
            signer = Acs3Signer.hmacSm3();
            digest = DigestAlgorithm.SM3;
        } else {
            return incomplete(exchange, null, "unsupported signature algorithm " + header.algorithm());
        }
        Optional<String> accessKeyId = header.field("Credential");
        Optional<String> signature = header.field("Signature");
        List<String> signedHeaders = header.signedHeaders();
        if (accessKeyId.isEmpty() || signature.isEmpty() || signedHeaders.isEmpty()) {
            return incomplete(exchange, accessKeyId.orElse(null), "Credential, SignedHeaders and Signature are all required");
        }
        String ak = accessKeyId.get();
        for (String required : ACS3_REQUIRED_SIGNED) {
            if (!signedHeaders.contains(required) || (!required.equals("host") && request.header(required).isEmpty())) {
                return incomplete(exchange, ak, "the " + required + " header must be present and signed");
            }
        }
        Optional<AliyunCredentials> registered = credentials.aliyun(ak);
        if (registered.isEmpty()) {
            return unknownKey(exchange, ak);
        }
        Optional<Answer> timeProblem = checkTime(exchange, ak, request.header("x-acs-date").orElseThrow());
        if (timeProblem.isPresent()) {
            return timeProblem;
        }
        byte[] body = request.body();
        Optional<String> claimedHash = request.header("x-acs-content-sha256");
        SignatureDetails expected;
        try {
            SdkHttpRequest signable = SignableRequest.of(request, signedHeaders);
            expected = signer.signature(signable, signedHeaders, registered.get().accessKeySecret());
        } catch (SdkClientException e) {
            return mismatch(exchange, ak, "a signed header value is not printable ASCII");
        }
        if (claimedHash.isPresent() && !claimedHash.get().equalsIgnoreCase(digest.hexHash(body))) {
            return mismatch(exchange, ak, "x-acs-content-sha256 is not the " + digest + " digest of the body");
        }
        if (!SignableRequest.sameSignature(expected.signature(), signature.get().toLowerCase(Locale.ROOT))) {
            return mismatch(exchange, ak, "server string to sign is:" + expected.stringToSign());
        }
        return finish(exchange, registered.get(), request.header("x-acs-security-token"),
                request.header("x-acs-signature-nonce").orElseThrow(), request.header("x-acs-date").orElseThrow());
    }

    private Optional<Answer> rpcV1(Exchange exchange) {
        IncomingRequest request = exchange.request();
        for (String name : RPC_V1_REQUIRED) {
            if (request.parameter(name).filter(v -> !v.isEmpty()).isEmpty()) {
                return incomplete(exchange, request.parameter("AccessKeyId").orElse(null), "the " + name + " parameter is required");
            }
        }
        String ak = request.parameter("AccessKeyId").orElseThrow();
        if (!request.parameter("SignatureMethod").orElseThrow().equals("HMAC-SHA1")
                || !request.parameter("SignatureVersion").orElseThrow().equals("1.0")) {
            return incomplete(exchange, ak, "RPC signatures must use SignatureMethod HMAC-SHA1 and SignatureVersion 1.0");
        }
        Optional<AliyunCredentials> registered = credentials.aliyun(ak);
        if (registered.isEmpty()) {
            return unknownKey(exchange, ak);
        }
        String timestamp = request.parameter("Timestamp").orElseThrow();
        Optional<Answer> timeProblem = checkTime(exchange, ak, timestamp);
        if (timeProblem.isPresent()) {
            return timeProblem;
        }
        SignatureDetails expected = RpcV1Signer.create().signature(request.method(), request.parameters(),
                registered.get().accessKeySecret());
        if (!SignableRequest.sameSignature(expected.signature(), request.parameter("Signature").orElseThrow())) {
            return mismatch(exchange, ak, "server string to sign is:" + expected.stringToSign());
        }
        return finish(exchange, registered.get(), request.parameter("SecurityToken"),
                request.parameter("SignatureNonce").orElseThrow(), timestamp);
    }

    private Optional<Answer> checkTime(Exchange exchange, String ak, String timestamp) {
        Instant signedAt;
        try {
            signedAt = Instant.from(TIMESTAMP.parse(timestamp));
        } catch (DateTimeParseException e) {
            return reject(exchange, ak, 400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(signedAt, exchange.receivedAt()).abs().compareTo(maxSkew) > 0) {
            return reject(exchange, ak, 400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        return Optional.empty();
    }

    private Optional<Answer> finish(Exchange exchange, AliyunCredentials registered, Optional<String> securityToken,
                                    String nonce, String timestamp) {
        String ak = registered.accessKeyId();
        if (!Objects.equals(registered.securityToken(), securityToken)) {
            return reject(exchange, ak, 400, "InvalidSecurityToken.MismatchWithAccessKey",
                    "Specified SecurityToken mismatch with the AccessKey.");
        }
        if (registered.expiration().filter(exchange.receivedAt()::isAfter).isPresent()) {
            return reject(exchange, ak, 400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        }
        Instant expiry = Instant.from(TIMESTAMP.parse(timestamp)).plus(maxSkew);
        if (!nonces.claim(ak, nonce, expiry, exchange.receivedAt())) {
            return reject(exchange, ak, 400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        exchange.accepted(ak, null);
        return Optional.empty();
    }

    private static Optional<Answer> incomplete(Exchange exchange, String ak, String detail) {
        return reject(exchange, ak, 400, "IncompleteSignature",
                "The request signature does not conform to Aliyun standards. " + detail);
    }

    private static Optional<Answer> unknownKey(Exchange exchange, String ak) {
        return reject(exchange, ak, 404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    private static Optional<Answer> mismatch(Exchange exchange, String ak, String detail) {
        return reject(exchange, ak, 400, "SignatureDoesNotMatch",
                "Specified signature does not match our calculation. " + detail);
    }

    private static Optional<Answer> reject(Exchange exchange, String ak, int status, String code, String message) {
        exchange.rejected(ak);
        return Optional.of(AliyunDialect.instance().error(exchange, status, code, message));
    }
}
