package io.polycloud.core;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A response that carries only the id the service gave the request, the result of an operation
 * such as a delete. Every service's request-id-only responses extend it, so {@link #requestId()}
 * has one type everywhere, the same as {@link io.polycloud.core.exception.ServiceException#requestId()}.
 * Two responses are equal when they are of the same class and carry the same request id.
 *
 * <pre>{@code
 * DeleteJobResponse r = drs.deleteJob(request);
 * log.info("deleted, request id {}", r.requestId().orElse("-"));
 * }</pre>
 */
public abstract class SdkResponse {

    /** Longest request id accepted. */
    public static final int MAX_REQUEST_ID_LENGTH = 1024;

    private final String requestId;

    /**
     * For subclasses.
     *
     * @param builder the builder holding the request id
     */
    protected SdkResponse(Builder<?> builder) {
        this.requestId = builder.requestId;
    }

    /**
     * The id the service gave the request, for support cases.
     *
     * @return the request id, empty if the service sent none
     */
    public final Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof SdkResponse r && r.getClass() == getClass() && Objects.equals(r.requestId, requestId);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass().getName(), requestId);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{requestId=" + requestId + "}";
    }

    /**
     * Builds a request-id-only response; each response class hands out one through its
     * {@code builder()}.
     *
     * @param <R> the response it builds
     */
    public static final class Builder<R extends SdkResponse> {
        private final Function<Builder<R>, R> factory;
        private String requestId;

        /**
         * For response classes.
         *
         * @param factory the response's constructor
         */
        public Builder(Function<Builder<R>, R> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /**
         * @param requestId the request id
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is null, blank, longer than
         *         {@value SdkResponse#MAX_REQUEST_ID_LENGTH} characters or holds a control character
         */
        public Builder<R> requestId(String requestId) {
            this.requestId = Validate.text(requestId, "requestId", MAX_REQUEST_ID_LENGTH);
            return this;
        }

        /**
         * Builds the response.
         *
         * @return the response
         * @throws io.polycloud.core.exception.SdkClientException if the response class requires a request id and none is set
         */
        public R build() {
            return factory.apply(this);
        }
    }
}
