package io.polycloud.aliyun.vpc.model;

import java.util.Arrays;
import java.util.Collection;

/**
 * The setters {@link CreateFailoverTestJobRequest.Builder} and
 * {@link UpdateFailoverTestJobRequest.Builder} share: the fields both operations send. Null
 * means "not sent" (for an update: keep the current value).
 *
 * @param <B> the concrete builder type
 */
abstract sealed class JobRequestBuilder<B extends JobRequestBuilder<B>> extends JobFieldsBuilder<B>
        permits CreateFailoverTestJobRequest.Builder, UpdateFailoverTestJobRequest.Builder {
    String regionId;
    Collection<String> resourceIds;
    Boolean dryRun;
    String clientToken;

    /**
     * Sets the job's region, for example {@code cn-hangzhou}; null for the client's region.
     *
     * @param regionId the region
     * @return this builder
     */
    public B regionId(String regionId) {
        this.regionId = regionId;
        return self();
    }

    /**
     * Sets the circuits to test, for example {@code pc-bp1a2b3c4d5e6f7g8h9i0}: 1 to 16.
     *
     * @param resourceIds the circuits
     * @return this builder
     */
    public B resourceIds(Collection<String> resourceIds) {
        this.resourceIds = resourceIds;
        return self();
    }

    /**
     * Sets the circuits to test: 1 to 16.
     *
     * @param resourceIds the circuits
     * @return this builder
     */
    public B resourceIds(String... resourceIds) {
        return resourceIds(resourceIds == null ? null : Arrays.asList(resourceIds));
    }

    /**
     * Asks the service only to check the request: it then answers with the error code
     * {@code DryRunOperation} when the check passes. Null to not send {@code DryRun}.
     *
     * @param dryRun the flag
     * @return this builder
     */
    public B dryRun(Boolean dryRun) {
        this.dryRun = dryRun;
        return self();
    }

    /**
     * Sets the idempotency token: printable ASCII, at most 64 characters, unique per distinct
     * request; null to let the client generate one.
     *
     * @param clientToken the token
     * @return this builder
     */
    public B clientToken(String clientToken) {
        this.clientToken = clientToken;
        return self();
    }
}
