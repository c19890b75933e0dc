package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Deletes jobs of every kind, on every cloud, with one API: give it {@link JobRef}s, get
 * {@link DeleteResult}s whose {@link DeleteOutcome} means the same whichever service answered.
 * Configured once; builds (on first use), caches and closes one service client per service,
 * region and project. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (CloudJobs jobs = CloudJobs.builder().build()) {          // default credential chains, real endpoints
 *     DeleteResult r = jobs.delete(JobRef.parse("huawei://drs/cn-north-4/" + projectId + "/jobs/" + jobId));
 *     switch (r.outcome()) {
 *         case DELETED, ALREADY_GONE -> log.info("gone ({})", r.requestId().orElse("-"));
 *         case NOT_DELETABLE -> log.warn("stop it first: {} {}", r.code().orElse(""), r.message().orElse(""));
 *         default -> log.error("failed", r.failure().orElse(null));
 *     }
 *     BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.defaults());
 *     batch.summary().count(DeleteOutcome.FAILED);
 * }
 * }</pre>
 *
 * <p>A job's outcome never comes as an exception: a failure of any kind (the service's error, a
 * timeout, a network failure) is a {@link DeleteOutcome#FAILED} result carrying it. What throws
 * ({@link SdkClientException}) is a bad argument or a closed {@code CloudJobs}. Deleting twice is
 * safe: the second answer is {@link DeleteOutcome#ALREADY_GONE}. How each kind is deleted (the
 * status read LakeFormation needs first, VPC's optional stop) is in {@link DeleteOptions} and on
 * {@link DeleteOutcome}.
 */
public final class CloudJobs implements AutoCloseable {

    private final ServiceClients clients;
    private final JobDeleter deleter;
    private final List<BatchListener> listeners;

    private CloudJobs(Builder b) {
        this.clients = new ServiceClients(new ServiceClients.Settings(b.aliyunCredentials, b.huaweiCredentials,
                b.aliyunEndpoint, b.huaweiEndpoint, b.endpoints, b.clock, b.sleeper, b.clientSettings));
        this.deleter = new JobDeleter(clients);
        this.listeners = List.copyOf(b.listeners);
    }

    /**
     * A builder; with nothing set, it uses the default credential chains and the real endpoints.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deletes one job with the default options, and waits for the outcome.
     *
     * @param ref the job
     * @return how it ended
     * @throws SdkClientException      if the ref is null or this is closed
     * @throws SdkInterruptedException if the thread is interrupted while waiting (its flag stays set)
     */
    public DeleteResult delete(JobRef ref) {
        return delete(ref, DeleteOptions.defaults());
    }

    /**
     * Deletes one job and waits for the outcome.
     *
     * @param ref     the job
     * @param options stop first, dry run
     * @return how it ended
     * @throws SdkClientException      if an argument is null or this is closed
     * @throws SdkInterruptedException if the thread is interrupted while waiting (its flag stays set;
     *                                 the job may or may not be deleted)
     */
    public DeleteResult delete(JobRef ref, DeleteOptions options) {
        return await(deleteAsync(ref, options), "deleting " + ref);
    }

    /**
     * Deletes one job without blocking. The future completes with the result, whatever the outcome;
     * it completes exceptionally only with the {@link SdkClientException}s {@link #delete(JobRef, DeleteOptions)} throws.
     *
     * @param ref     the job
     * @param options stop first, dry run
     * @return the future result
     */
    public CompletableFuture<DeleteResult> deleteAsync(JobRef ref, DeleteOptions options) {
        try {
            Require.notNull(ref, "ref");
            Require.notNull(options, "options");
            clients.requireOpen();
        } catch (SdkClientException e) {
            return CompletableFuture.failedFuture(e);
        }
        return deleter.run(new Deletion(ref, options, Runnable::run));
    }

    /**
     * Deletes many jobs with the default options (16 at once, 4 per service and region) and waits
     * for every outcome.
     *
     * @param refs the jobs
     * @return one result per ref, in the order given, and the totals
     * @throws SdkClientException      if the list or a ref in it is null, or this is closed
     * @throws SdkInterruptedException if the thread is interrupted while waiting (its flag stays set)
     */
    public BatchResult deleteAll(List<JobRef> refs) {
        return deleteAll(refs, DeleteAllOptions.defaults());
    }

    /**
     * Deletes many jobs and waits for every outcome. Jobs run concurrently on the async clients
     * within the options' limits, slowing down where a cloud throttles (see {@link DeleteAllOptions});
     * a failure does not stop the others unless {@link DeleteAllOptions#stopOnFirstFailure()}. A ref
     * listed twice is deleted once, and both places get that result.
     *
     * @param refs    the jobs
     * @param options concurrency, progress, stop on first failure, and how each job is deleted
     * @return one result per ref, in the order given, and the totals
     * @throws SdkClientException      if an argument or a ref is null, or this is closed
     * @throws SdkInterruptedException if the thread is interrupted while waiting (its flag stays set;
     *                                 jobs already started finish, no other is started)
     */
    public BatchResult deleteAll(List<JobRef> refs, DeleteAllOptions options) {
        return await(deleteAllAsync(refs, options), "deleting " + (refs == null ? 0 : refs.size()) + " jobs");
    }

    /**
     * {@link #deleteAll(List, DeleteAllOptions)} without blocking. Every registered
     * {@link BatchListener} is told of the batch on this thread, before anything is sent.
     * Cancelling the future stops starting jobs; those already started finish.
     *
     * @param refs    the jobs
     * @param options concurrency, progress, stop on first failure, and how each job is deleted
     * @return the future results; it completes exceptionally only with the {@link SdkClientException}s
     *         {@code deleteAll} throws
     */
    public CompletableFuture<BatchResult> deleteAllAsync(List<JobRef> refs, DeleteAllOptions options) {
        List<JobRef> copy;
        try {
            Require.notNull(refs, "refs");
            Require.notNull(options, "options");
            copy = new ArrayList<>(refs.size());
            for (JobRef ref : refs) {
                copy.add(Require.notNull(ref, "refs[" + copy.size() + "]"));
            }
            clients.requireOpen();
        } catch (SdkClientException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new Batch(deleter, copy, options, distinct -> BatchObservers.start(listeners, new BatchInfo(copy.size(),
                distinct, options.maxConcurrency(), options.maxConcurrencyPerTarget(), options.deleteOptions().dryRun())),
                clients.sleeper()).start();
    }

    /** Closes every client this built; later calls fail. Jobs in progress may fail. Idempotent. */
    @Override
    public void close() {
        clients.close();
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SdkInterruptedException("interrupted while " + what, e, 0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException s) {
                throw s;
            }
            throw new SdkClientException("unexpected failure while " + what, e.getCause());
        }
    }

    /**
     * Builds {@link CloudJobs}. Every setting applies to every client it builds; each is checked
     * when set, with the rule the service clients' builders apply.
     */
    public static final class Builder {
        private AliyunCredentialsProvider aliyunCredentials;
        private HuaweiCredentialsProvider huaweiCredentials;
        private URI aliyunEndpoint;
        private URI huaweiEndpoint;
        private final Map<JobKind, URI> endpoints = new EnumMap<>(JobKind.class);
        // Applied in order to every client builder, so the last value of a setting wins as it would there.
        private final List<Consumer<SdkClientBuilder<?>>> clientSettings = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private final List<BatchListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Keys for Alibaba Cloud; default {@link AliyunCredentialsProvider#defaultChain()}.
         *
         * @param credentials the provider, for example {@code AliyunCredentials.of(id, secret)}
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder aliyunCredentials(AliyunCredentialsProvider credentials) {
            this.aliyunCredentials = Require.notNull(credentials, "aliyunCredentials");
            return this;
        }

        /**
         * AK/SK for Huawei Cloud; default {@link HuaweiCredentialsProvider#defaultChain()}. The
         * project comes from each ref.
         *
         * @param credentials the provider
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder huaweiCredentials(HuaweiCredentialsProvider credentials) {
            this.huaweiCredentials = Require.notNull(credentials, "huaweiCredentials");
            return this;
        }

        /**
         * Sends every Alibaba Cloud call here instead of the region's endpoint.
         *
         * @param endpoint {@code http(s)://host[:port]}
         * @return this builder
         * @throws SdkClientException if it is not such a URL
         */
        public Builder aliyunEndpointOverride(URI endpoint) {
            this.aliyunEndpoint = endpoint(endpoint, "aliyunEndpointOverride");
            return this;
        }

        /**
         * Sends every Huawei Cloud call (DRS, DDS, LakeFormation) here instead of the region's endpoint.
         *
         * @param endpoint {@code http(s)://host[:port]}
         * @return this builder
         * @throws SdkClientException if it is not such a URL
         */
        public Builder huaweiEndpointOverride(URI endpoint) {
            this.huaweiEndpoint = endpoint(endpoint, "huaweiEndpointOverride");
            return this;
        }

        /**
         * Sends the calls for one kind of job (one service) here; wins over the cloud's override.
         *
         * @param kind     the kind of job
         * @param endpoint {@code http(s)://host[:port]}
         * @return this builder
         * @throws SdkClientException if an argument is null or the endpoint is not such a URL
         */
        public Builder endpointOverride(JobKind kind, URI endpoint) {
            endpoints.put(Require.notNull(kind, "kind"), endpoint(endpoint, "endpointOverride"));
            return this;
        }

        /**
         * @param retryPolicy the retry policy of every client; each client keeps its own retry budget
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            return everyClient(b -> b.retryPolicy(retryPolicy));
        }

        /**
         * @param timeout limit for opening a connection, 1 ms to 24 h (default 5 s)
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder connectTimeout(Duration timeout) {
            return everyClient(b -> b.connectTimeout(timeout));
        }

        /**
         * @param timeout limit between two reads, 1 ms to 24 h (default 15 s)
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder readTimeout(Duration timeout) {
            return everyClient(b -> b.readTimeout(timeout));
        }

        /**
         * @param timeout limit for one attempt, 1 ms to 24 h (default 20 s)
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder attemptTimeout(Duration timeout) {
            return everyClient(b -> b.attemptTimeout(timeout));
        }

        /**
         * @param timeout limit for one call, retries and backoff included, 1 ms to 24 h (default 60 s)
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder totalTimeout(Duration timeout) {
            return everyClient(b -> b.totalTimeout(timeout));
        }

        /**
         * Sends every call through this transport; {@code CloudJobs} does not close it.
         *
         * @param transport the transport
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder httpTransport(HttpTransport transport) {
            return everyClient(b -> b.httpTransport(transport));
        }

        /**
         * Creates each client's transport with the named provider ({@code okhttp}, {@code jdk}, ...).
         *
         * @param providerName the provider
         * @return this builder
         * @throws SdkClientException if it is blank
         */
        public Builder httpTransportProvider(String providerName) {
            return everyClient(b -> b.httpTransportProvider(providerName));
        }

        /**
         * @param clock the clients' clock (signing, deadlines) and the one VPC waits are timed on; for tests
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder clock(Clock clock) {
            this.clock = Require.notNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper the clients' backoff waits, VPC polls and throttling pauses; for tests, pair it with {@link #clock(Clock)}
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Require.notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param interceptor added to every client, called around each call and attempt
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            return everyClient(b -> b.addInterceptor(interceptor));
        }

        /**
         * @param listener told of every batch, and wraps its tasks (tracing)
         * @return this builder
         * @throws SdkClientException if it is null
         */
        public Builder addBatchListener(BatchListener listener) {
            listeners.add(Require.notNull(listener, "listener"));
            return this;
        }

        /**
         * Builds it; no client is built before it is needed.
         *
         * @return the {@code CloudJobs}
         */
        public CloudJobs build() {
            return new CloudJobs(this);
        }

        /** Checks a setting with the client builders' own rule, then keeps it for every client. */
        private Builder everyClient(Consumer<SdkClientBuilder<?>> setting) {
            setting.accept(VpcClient.builder());
            clientSettings.add(setting);
            return this;
        }

        private static URI endpoint(URI endpoint, String field) {
            try {
                VpcClient.builder().endpointOverride(Require.notNull(endpoint, field));
            } catch (SdkClientException e) {
                throw new SdkClientException(field + ": " + e.getMessage());
            }
            return endpoint;
        }
    }
}
