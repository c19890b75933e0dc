package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of {@code DescribeFailoverTestJobs}: the jobs, and the token for the next page.
 */
public final class DescribeFailoverTestJobsResponse {

    private final String requestId;
    private final List<FailoverTestJob> failoverTestJobList;
    private final String nextToken;
    private final Integer totalCount;
    private final Integer count;
    private final Integer maxResults;

    private DescribeFailoverTestJobsResponse(Builder b) {
        this.requestId = FieldRules.requestId(b.requestId);
        for (FailoverTestJob job : Validate.notNull(b.failoverTestJobList, "failoverTestJobList")) {
            Validate.notNull(job, "failoverTestJobList element");
        }
        this.failoverTestJobList = List.copyOf(b.failoverTestJobList);
        this.nextToken = b.nextToken == null || b.nextToken.isEmpty() ? null : b.nextToken;
        this.totalCount = b.totalCount;
        this.count = b.count;
        this.maxResults = b.maxResults;
    }

    /**
     * A builder, for example to stub the client in your own tests.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id the service gave the request ({@code RequestId}), for support cases.
     *
     * @return the request id; always present, as VPC sends one with every answer
     */
    public Optional<String> requestId() {
        return Optional.of(requestId);
    }

    /**
     * The jobs on this page ({@code FailoverTestJobList}).
     *
     * @return an unmodifiable list, empty when nothing matched
     */
    public List<FailoverTestJob> failoverTestJobList() {
        return failoverTestJobList;
    }

    /**
     * Where the next page starts ({@code NextToken}); pass it to the next request.
     *
     * @return the token, empty on the last page
     */
    public Optional<String> nextToken() {
        return Optional.ofNullable(nextToken);
    }

    /**
     * How many jobs match, across all pages ({@code TotalCount}).
     *
     * @return the count, empty if not reported
     */
    public Optional<Integer> totalCount() {
        return Optional.ofNullable(totalCount);
    }

    /**
     * How many jobs this page holds, as the service counts them ({@code Count}).
     *
     * @return the count, empty if not reported
     */
    public Optional<Integer> count() {
        return Optional.ofNullable(count);
    }

    /**
     * The page size the service applied ({@code MaxResults}).
     *
     * @return the size, empty if not reported
     */
    public Optional<Integer> maxResults() {
        return Optional.ofNullable(maxResults);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescribeFailoverTestJobsResponse r && r.requestId.equals(requestId)
                && r.failoverTestJobList.equals(failoverTestJobList) && Objects.equals(r.nextToken, nextToken)
                && Objects.equals(r.totalCount, totalCount) && Objects.equals(r.count, count)
                && Objects.equals(r.maxResults, maxResults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, failoverTestJobList, nextToken, totalCount, count, maxResults);
    }

    @Override
    public String toString() {
        return "DescribeFailoverTestJobsResponse{requestId=" + requestId + ", failoverTestJobList=" + failoverTestJobList
                + ", nextToken=" + nextToken + ", totalCount=" + totalCount + ", count=" + count + ", maxResults="
                + maxResults + "}";
    }

    /** Builds {@link DescribeFailoverTestJobsResponse}s. */
    public static final class Builder {
        private String requestId;
        private Collection<FailoverTestJob> failoverTestJobList = List.of();
        private String nextToken;
        private Integer totalCount;
        private Integer count;
        private Integer maxResults;

        private Builder() {
        }

        /**
         * @param requestId the request id; required
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * @param failoverTestJobList the jobs on this page; default none
         * @return this builder
         */
        public Builder failoverTestJobList(Collection<FailoverTestJob> failoverTestJobList) {
            this.failoverTestJobList = failoverTestJobList;
            return this;
        }

        /**
         * @param failoverTestJobList the jobs on this page
         * @return this builder
         */
        public Builder failoverTestJobList(FailoverTestJob... failoverTestJobList) {
            return failoverTestJobList(failoverTestJobList == null ? null : Arrays.asList(failoverTestJobList));
        }

        /**
         * @param nextToken the next page's token; null or empty on the last page
         * @return this builder
         */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /**
         * @param totalCount how many jobs match across all pages, or null
         * @return this builder
         */
        public Builder totalCount(Integer totalCount) {
            this.totalCount = totalCount;
            return this;
        }

        /**
         * @param count how many jobs this page holds, or null
         * @return this builder
         */
        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        /**
         * @param maxResults the page size applied, or null
         * @return this builder
         */
        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Builds the response.
         *
         * @return the response
         * @throws io.polycloud.core.exception.SdkClientException if the request id is missing or malformed, or
         *         the job list is null or holds null
         */
        public DescribeFailoverTestJobsResponse build() {
            return new DescribeFailoverTestJobsResponse(this);
        }
    }
}
