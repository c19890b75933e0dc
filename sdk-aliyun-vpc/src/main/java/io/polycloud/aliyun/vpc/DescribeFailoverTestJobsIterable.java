package io.polycloud.aliyun.vpc;

import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.core.exception.SdkClientException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a {@code DescribeFailoverTestJobs} listing, from
 * {@link VpcClient#describeFailoverTestJobsPaginator(DescribeFailoverTestJobsRequest)}. Nothing is
 * requested until iteration starts; each page is requested when iteration reaches it, with the
 * previous page's {@code NextToken}, until a page comes without one. Every {@link #iterator()}
 * (and so every {@link #stream()} or {@link #jobs()}) starts again from the first page.
 *
 * <p>Iterating throws what {@link VpcClient#describeFailoverTestJobs} throws, and
 * {@link SdkClientException} if the service answers a page with the very token it was asked for,
 * which would otherwise loop forever.
 */
public final class DescribeFailoverTestJobsIterable implements Iterable<DescribeFailoverTestJobsResponse> {

    private final Function<DescribeFailoverTestJobsRequest, DescribeFailoverTestJobsResponse> describe;
    private final DescribeFailoverTestJobsRequest firstRequest;

    DescribeFailoverTestJobsIterable(Function<DescribeFailoverTestJobsRequest, DescribeFailoverTestJobsResponse> describe,
                                     DescribeFailoverTestJobsRequest firstRequest) {
        this.describe = describe;
        this.firstRequest = firstRequest;
    }

    /**
     * The pages, fetched lazily.
     *
     * @return a new iterator starting at the first page
     */
    @Override
    public Iterator<DescribeFailoverTestJobsResponse> iterator() {
        return new Pages();
    }

    /**
     * The pages, fetched lazily.
     *
     * @return a sequential stream of pages
     */
    public Stream<DescribeFailoverTestJobsResponse> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * The jobs of every page, in order, fetched lazily: a short-circuiting operation such as
     * {@code findFirst()} stops requesting pages.
     *
     * @return a sequential stream of jobs
     */
    public Stream<FailoverTestJob> jobs() {
        return stream().flatMap(page -> page.failoverTestJobList().stream());
    }

    private final class Pages implements Iterator<DescribeFailoverTestJobsResponse> {
        private DescribeFailoverTestJobsRequest next = firstRequest;
        private DescribeFailoverTestJobsResponse fetched;

        @Override
        public boolean hasNext() {
            if (fetched == null && next != null) {
                DescribeFailoverTestJobsRequest sent = next;
                fetched = describe.apply(sent);
                String token = fetched.nextToken().orElse(null);
                if (token != null && token.equals(sent.nextToken().orElse(null))) {
                    throw new SdkClientException("DescribeFailoverTestJobs answered NextToken " + token
                            + " with the same NextToken (request id " + fetched.requestId().orElse("-") + "); stopping instead of looping");
                }
                next = token == null ? null : sent.toBuilder().nextToken(token).build();
            }
            return fetched != null;
        }

        @Override
        public DescribeFailoverTestJobsResponse next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DescribeFailoverTestJobsResponse page = fetched;
            fetched = null;
            return page;
        }
    }
}
