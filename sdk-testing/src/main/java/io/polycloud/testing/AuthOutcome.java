package io.polycloud.testing;

/** How the emulator's authentication check of a request ended, as the request log records it. */
public enum AuthOutcome {
    /** The signature (or IAM token) verified against a registered credential. */
    ACCEPTED,
    /** The request was refused for its signature, key, timestamp, nonce, token or security token. */
    REJECTED,
    /** The operation takes no credentials: the IAM token request and the admin API. */
    NOT_REQUIRED,
    /** No check ran: an injected fault answered first, or no operation matched the request. */
    NOT_CHECKED
}
