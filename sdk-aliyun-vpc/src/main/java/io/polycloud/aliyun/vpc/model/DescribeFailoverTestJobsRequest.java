package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Lists failover test jobs, one page at a time ({@code DescribeFailoverTestJobs}).
 *
 * <pre>{@code
 * DescribeFailoverTestJobsRequest.builder()
 *         .filters(Filter.of(FilterKey.JOB_STATUS, "Testing"))
 *         .maxResults(50)
 *         .build();
 * }</pre>
 *
 * To read every page, use {@code vpc.describeFailoverTestJobsPaginator(request)}, which follows
 * {@code NextToken} for you.
 */
public final class DescribeFailoverTestJobsRequest {

    /** Most filters per request, each with a different key. */
    public static final int MAX_FILTERS = 5;
    /** Smallest page size. */
    public static final int MIN_MAX_RESULTS = 1;
    /** Largest page size; the service's default is 20. */
    public static final int MAX_MAX_RESULTS = 100;
    /** Longest next token accepted. */
    public static final int MAX_NEXT_TOKEN_LENGTH = 1024;

    private final String regionId;
    private final List<Filter> filters;
    private final Integer maxResults;
    private final String nextToken;

    private DescribeFailoverTestJobsRequest(Builder b) {
        this.regionId = FieldRules.regionId(b.regionId);
        this.filters = filters(b.filters);
        if (b.maxResults != null) {
            Validate.range(b.maxResults, "maxResults", MIN_MAX_RESULTS, MAX_MAX_RESULTS);
        }
        this.maxResults = b.maxResults;
        this.nextToken = b.nextToken == null ? null : Validate.text(b.nextToken, "nextToken", MAX_NEXT_TOKEN_LENGTH);
    }

    private static List<Filter> filters(Collection<Filter> filters) {
        if (filters == null) {
            return List.of();
        }
        if (filters.size() > MAX_FILTERS) {
            throw new SdkClientException("filters must be at most " + MAX_FILTERS + ", was " + filters.size());
        }
        Set<FilterKey> keys = EnumSet.noneOf(FilterKey.class);
        for (Filter f : filters) {
            Validate.notNull(f, "filter");
            if (!keys.add(f.key())) {
                throw new SdkClientException("filters must have different keys; " + f.key().value() + " appears twice");
            }
        }
        return List.copyOf(filters);
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().regionId(regionId).filters(filters).maxResults(maxResults).nextToken(nextToken);
    }

    /**
     * The region to list ({@code RegionId}).
     *
     * @return the region, empty to use the client's region
     */
    public Optional<String> regionId() {
        return Optional.ofNullable(regionId);
    }

    /**
     * The conditions a job must all meet ({@code Filter.N}).
     *
     * @return an unmodifiable list, empty for every job
     */
    public List<Filter> filters() {
        return filters;
    }

    /**
     * The page size ({@code MaxResults}).
     *
     * @return 1 to 100, empty for the service's default of 20
     */
    public Optional<Integer> maxResults() {
        return Optional.ofNullable(maxResults);
    }

    /**
     * Where to continue ({@code NextToken}), from the previous page's response.
     *
     * @return the token, empty for the first page
     */
    public Optional<String> nextToken() {
        return Optional.ofNullable(nextToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescribeFailoverTestJobsRequest r && Objects.equals(r.regionId, regionId)
                && r.filters.equals(filters) && Objects.equals(r.maxResults, maxResults)
                && Objects.equals(r.nextToken, nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, filters, maxResults, nextToken);
    }

    @Override
    public String toString() {
        return "DescribeFailoverTestJobsRequest{regionId=" + regionId + ", filters=" + filters + ", maxResults="
                + maxResults + ", nextToken=" + nextToken + "}";
    }

    /** Builds {@link DescribeFailoverTestJobsRequest}s. */
    public static final class Builder {
        private String regionId;
        private Collection<Filter> filters;
        private Integer maxResults;
        private String nextToken;

        private Builder() {
        }

        /**
         * @param regionId the region to list, for example {@code cn-hangzhou}; null to use the client's region
         * @return this builder
         */
        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        /**
         * @param filters at most 5, each with a different key; {@link FilterKey#RESOURCE_ID} and
         *                {@link FilterKey#RESOURCE_NAME} need {@link FilterKey#RESOURCE_TYPE} too
         * @return this builder
         */
        public Builder filters(Collection<Filter> filters) {
            this.filters = filters;
            return this;
        }

        /**
         * @param filters at most 5, each with a different key
         * @return this builder
         */
        public Builder filters(Filter... filters) {
            return filters(filters == null ? null : Arrays.asList(filters));
        }

        /**
         * @param maxResults page size, 1 to 100; null for the service's default of 20
         * @return this builder
         */
        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * @param nextToken the previous page's {@code NextToken}; null for the first page
         * @return this builder
         */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws SdkClientException if there are more than 5 filters, a null filter or two with one key;
         *         if {@code maxResults} is outside 1..100; or if {@code regionId} or {@code nextToken} is malformed
         */
        public DescribeFailoverTestJobsRequest build() {
            return new DescribeFailoverTestJobsRequest(this);
        }
    }
}
