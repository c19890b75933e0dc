package io.polycloud.aliyun.vpc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A request that acts on one existing failover test job: {@link StartFailoverTestJobRequest},
 * {@link StopFailoverTestJobRequest} and {@link DeleteFailoverTestJobRequest} take the same three
 * fields ({@code RegionId}, {@code JobId}, {@code ClientToken}) under the same rules.
 *
 * <p>When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry, so a retried call never acts on the job twice.
 */
public abstract sealed class JobActionRequest
        permits StartFailoverTestJobRequest, StopFailoverTestJobRequest, DeleteFailoverTestJobRequest {

    private final String regionId;
    private final String jobId;
    private final String clientToken;

    JobActionRequest(Builder<?, ?> b) {
        this.regionId = FieldRules.regionId(b.regionId);
        this.jobId = FieldRules.jobId(b.jobId);
        this.clientToken = FieldRules.clientToken(b.clientToken);
    }

    /**
     * The region of the job ({@code RegionId}).
     *
     * @return the region, empty to use the client's region
     */
    public Optional<String> regionId() {
        return Optional.ofNullable(regionId);
    }

    /**
     * The job to act on ({@code JobId}).
     *
     * @return the job id, {@code ftj-…}
     */
    public String jobId() {
        return jobId;
    }

    /**
     * The idempotency token ({@code ClientToken}).
     *
     * @return the token, empty to let the client generate one
     */
    public Optional<String> clientToken() {
        return Optional.ofNullable(clientToken);
    }

    <B extends Builder<B, ?>> B fill(B builder) {
        return builder.regionId(regionId).jobId(jobId).clientToken(clientToken);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof JobActionRequest r && r.getClass() == getClass() && Objects.equals(r.regionId, regionId)
                && r.jobId.equals(jobId) && Objects.equals(r.clientToken, clientToken);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass().getSimpleName(), regionId, jobId, clientToken);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{regionId=" + regionId + ", jobId=" + jobId + ", clientToken=" + clientToken + "}";
    }

    /**
     * The fields every job action's builder sets.
     *
     * @param <B> the concrete builder
     * @param <R> the request it builds
     */
    public abstract static sealed class Builder<B extends Builder<B, R>, R extends JobActionRequest>
            permits StartFailoverTestJobRequest.Builder, StopFailoverTestJobRequest.Builder, DeleteFailoverTestJobRequest.Builder {
        private String regionId;
        private String jobId;
        private String clientToken;

        Builder() {
        }

        /**
         * @param regionId the job's region, for example {@code cn-hangzhou}; null to use the client's region
         * @return this builder
         */
        public B regionId(String regionId) {
            this.regionId = regionId;
            return self();
        }

        /**
         * @param jobId the job; required, {@code ftj-…}, at most 64 characters
         * @return this builder
         */
        public B jobId(String jobId) {
            this.jobId = jobId;
            return self();
        }

        /**
         * @param clientToken printable ASCII, at most 64 characters, unique per distinct request;
         *                    null to let the client generate one
         * @return this builder
         */
        public B clientToken(String clientToken) {
            this.clientToken = clientToken;
            return self();
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is missing, blank, too
         *         long, lacks the {@code ftj-} prefix or holds a control character; if {@code regionId} is
         *         malformed; or if {@code clientToken} is blank, longer than 64 characters or not printable ASCII
         */
        public abstract R build();

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
