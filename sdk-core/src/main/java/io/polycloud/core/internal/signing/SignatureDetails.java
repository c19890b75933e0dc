package io.polycloud.core.internal.signing;

import java.util.Objects;

/**
 * The intermediate values of one signature computation, for vector tests, the
 * {@code sdk-testing} emulator's verification and debugging. {@link #toString()} shows only the
 * signed header names and the signature: the canonical request can contain a security token.
 */
public final class SignatureDetails {

    private final String canonicalRequest;
    private final String stringToSign;
    private final String signedHeaders;
    private final String signature;

    /**
     * Creates the details.
     *
     * @param canonicalRequest the canonical request (for RPC v1, the canonical query string)
     * @param stringToSign     the string to sign
     * @param signedHeaders    the signed header names joined by {@code ;}, empty for RPC v1
     * @param signature        the signature as sent
     */
    public SignatureDetails(String canonicalRequest, String stringToSign, String signedHeaders, String signature) {
        this.canonicalRequest = Objects.requireNonNull(canonicalRequest, "canonicalRequest");
        this.stringToSign = Objects.requireNonNull(stringToSign, "stringToSign");
        this.signedHeaders = Objects.requireNonNull(signedHeaders, "signedHeaders");
        this.signature = Objects.requireNonNull(signature, "signature");
    }

    /**
     * The canonical request (RPC v1: the canonical query string).
     *
     * @return the canonical request
     */
    public String canonicalRequest() {
        return canonicalRequest;
    }

    /**
     * The string to sign.
     *
     * @return the string to sign
     */
    public String stringToSign() {
        return stringToSign;
    }

    /**
     * The signed header names, lower case, joined by {@code ;}.
     *
     * @return the signed headers
     */
    public String signedHeaders() {
        return signedHeaders;
    }

    /**
     * The signature: lower-case hex (ACS3, SDK-HMAC) or Base64 (RPC v1).
     *
     * @return the signature
     */
    public String signature() {
        return signature;
    }

    @Override
    public String toString() {
        return "SignatureDetails{signedHeaders=" + signedHeaders + ", signature=" + signature + "}";
    }
}
