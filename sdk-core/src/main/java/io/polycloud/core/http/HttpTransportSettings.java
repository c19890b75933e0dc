package io.polycloud.core.http;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.time.Duration;
import java.util.Objects;

/**
 * What a client asks of the transport it gets from an {@link HttpTransportProvider}: timeouts,
 * the response-size cap and whether TLS is needed at all. Immutable; every transport honours
 * every setting.
 *
 * <pre>{@code
 * HttpTransportSettings settings = HttpTransportSettings.builder()
 *         .connectTimeout(Duration.ofSeconds(2))
 *         .readTimeout(Duration.ofSeconds(10))
 *         .build();
 * HttpTransport transport = HttpTransports.create("jdk", settings);
 * }</pre>
 */
public final class HttpTransportSettings {

    /** Default limit on response body bytes read: 1 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

    /** The longest accepted timeout: OkHttp and the JDK count timeouts in int milliseconds. */
    static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);

    private static final HttpTransportSettings DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxResponseBytes;
    private final boolean cleartextOnly;

    private HttpTransportSettings(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.cleartextOnly = b.cleartextOnly;
    }

    /**
     * Connect 5 s, read 15 s, 1 MiB response limit, TLS allowed.
     *
     * @return the default settings
     */
    public static HttpTransportSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Limit for establishing a connection (TCP, and TLS where used).
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Limit for the server's silence on an open connection: waiting for the response head, and
     * between two reads (or writes) of the body.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The most response body bytes a transport reads; beyond it the response is marked
     * {@linkplain SdkHttpResponse#bodyTruncated() truncated}.
     *
     * @return the limit in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Whether the client only talks {@code http://} (an emulator, a local proxy): the transport
     * may skip setting up TLS, and refuses {@code https://} requests before connecting.
     *
     * @return true for a cleartext-only transport
     */
    public boolean cleartextOnly() {
        return cleartextOnly;
    }

    /**
     * A builder holding these settings.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                .maxResponseBytes(maxResponseBytes).cleartextOnly(cleartextOnly);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpTransportSettings s && connectTimeout.equals(s.connectTimeout)
                && readTimeout.equals(s.readTimeout) && maxResponseBytes == s.maxResponseBytes
                && cleartextOnly == s.cleartextOnly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeout, readTimeout, maxResponseBytes, cleartextOnly);
    }

    @Override
    public String toString() {
        return "HttpTransportSettings{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", maxResponseBytes=" + maxResponseBytes + ", cleartextOnly=" + cleartextOnly + "}";
    }

    /** Builds {@link HttpTransportSettings}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(15);
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private boolean cleartextOnly;

        private Builder() {
        }

        /**
         * @param connectTimeout limit for establishing a connection, 1 ms to about 24 days; default 5 s
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = timeout(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout limit for the server's silence, 1 ms to about 24 days; default 15 s
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = timeout(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param maxResponseBytes most body bytes read per response, at least 1; default 1 MiB
         * @return this builder
         * @throws SdkClientException if it is below 1
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new SdkClientException("maxResponseBytes must be between 1 and " + Integer.MAX_VALUE);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * @param cleartextOnly true when the client only talks {@code http://}; default false
         * @return this builder
         */
        public Builder cleartextOnly(boolean cleartextOnly) {
            this.cleartextOnly = cleartextOnly;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public HttpTransportSettings build() {
            return new HttpTransportSettings(this);
        }

        private static Duration timeout(Duration d, String field) {
            Validate.notNull(d, field);
            if (d.compareTo(MIN_TIMEOUT) < 0 || d.compareTo(MAX_TIMEOUT) > 0) {
                throw new SdkClientException(field + " must be between 1 ms and " + MAX_TIMEOUT.toMillis() + " ms");
            }
            return d;
        }
    }
}
