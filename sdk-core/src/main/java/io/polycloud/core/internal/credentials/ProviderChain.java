package io.polycloud.core.internal.credentials;

import io.polycloud.core.exception.SdkClientException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The logic of a credentials chain, shared by both clouds' providers: ask each provider in order,
 * remember the first that answers and ask only it from then on, and if none answers, fail with
 * every provider's reason.
 *
 * @param <P> the provider type
 * @param <C> the credentials type
 */
public final class ProviderChain<P, C> {

    private final String cloud;
    private final List<P> providers;
    private final Function<P, C> resolve;
    private final AtomicReference<P> winner = new AtomicReference<>();

    /**
     * Creates a chain.
     *
     * @param cloud     named in the failure message, for example {@code Alibaba Cloud}
     * @param providers tried in order, at least one
     * @param resolve   asks one provider; throws {@link SdkClientException} when it has nothing
     */
    public ProviderChain(String cloud, List<P> providers, Function<P, C> resolve) {
        if (providers.isEmpty()) {
            throw new SdkClientException("a credentials chain needs at least one provider");
        }
        this.cloud = cloud;
        this.providers = List.copyOf(providers);
        this.resolve = resolve;
    }

    /**
     * Resolves credentials from the first provider that has them.
     *
     * @return the credentials
     * @throws SdkClientException listing every provider's reason when none has any
     */
    public C resolve() {
        P known = winner.get();
        if (known != null) {
            return resolve.apply(known);
        }
        StringBuilder reasons = new StringBuilder();
        for (P p : providers) {
            try {
                C c = resolve.apply(p);
                winner.compareAndSet(null, p);
                return c;
            } catch (SdkClientException e) {
                reasons.append("\n  ").append(p).append(": ").append(e.getMessage());
            }
        }
        throw new SdkClientException("no " + cloud + " credentials found; tried:" + reasons);
    }

    @Override
    public String toString() {
        return "chain" + providers;
    }
}
