package io.polycloud.testing.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * Internal: one request on its way through the emulator, with what authentication and the
 * operation learned about it. Confined to the thread that serves the request. Not part of the
 * public API.
 */
public final class Exchange {

    /** How authentication of the request ended (the request log's {@code AuthOutcome}, by the same names). */
    public enum Authentication {
        /** Verified against a registered credential. */
        ACCEPTED,
        /** Refused. */
        REJECTED,
        /** The operation takes no credentials. */
        NOT_REQUIRED,
        /** No check ran. */
        NOT_CHECKED
    }

    private final IncomingRequest request;
    private final String action;
    private final Instant receivedAt;
    private final String requestId;
    private Authentication authentication = Authentication.NOT_CHECKED;
    private String accessKeyId;
    private String authorizedProject;
    private boolean replayed;

    /**
     * @param request    the request
     * @param action     the operation's name, as the API reference spells it
     * @param receivedAt the emulator's time when it arrived
     * @param requestId  the id every answer to it carries
     */
    public Exchange(IncomingRequest request, String action, Instant receivedAt, String requestId) {
        this.request = request;
        this.action = action;
        this.receivedAt = receivedAt;
        this.requestId = requestId;
    }

    /** @return the request */
    public IncomingRequest request() {
        return request;
    }

    /** @return the operation's name, for example {@code StartFailoverTestJob} */
    public String action() {
        return action;
    }

    /** @return the emulator's time when the request arrived */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return the request id of the answer */
    public String requestId() {
        return requestId;
    }

    /** @return how authentication ended */
    public Authentication authentication() {
        return authentication;
    }

    /** @return the access key id (or IAM user) the request authenticated as, if known */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /** @return the only project the credentials may act on, if they are scoped to one */
    public Optional<String> authorizedProject() {
        return Optional.ofNullable(authorizedProject);
    }

    /** @return whether the answer is the stored result of an earlier request with the same ClientToken */
    public boolean replayed() {
        return replayed;
    }

    /**
     * Records an accepted authentication.
     *
     * @param principal         the access key id or user
     * @param authorizedProject the project the credentials are scoped to, null if any
     */
    public void accepted(String principal, String authorizedProject) {
        this.authentication = Authentication.ACCEPTED;
        this.accessKeyId = principal;
        this.authorizedProject = authorizedProject;
    }

    /**
     * Records a refused authentication.
     *
     * @param principal the access key id the request claimed, null if unreadable
     */
    public void rejected(String principal) {
        this.authentication = Authentication.REJECTED;
        this.accessKeyId = principal;
    }

    /** Records that the operation takes no credentials. */
    public void anonymous() {
        this.authentication = Authentication.NOT_REQUIRED;
    }

    /** Records that the answer replays an earlier result. */
    public void markReplayed() {
        this.replayed = true;
    }
}
