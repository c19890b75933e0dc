package io.polycloud.core.protocol.huawei;

import io.polycloud.core.internal.protocol.huawei.HuaweiErrorParser;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;

import io.polycloud.core.internal.pipeline.ClientConfiguration;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.pipeline.RequestAuthenticator;
import io.polycloud.core.internal.pipeline.RequestPipeline;
import io.polycloud.core.internal.signing.huawei.AkSkAuthenticator;
import io.polycloud.core.signing.huawei.HuaweiSigningAlgorithm;
import io.polycloud.core.internal.signing.huawei.TokenAuthenticator;
import io.polycloud.core.internal.validation.Validate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The builder settings of every Huawei Cloud client: {@link SdkClientBuilder}'s, plus project
 * id and either AK/SK credentials or an IAM token provider. The endpoint, unless overridden, is
 * {@link HuaweiEndpoints#of(String, String)}.
 *
 * @param <B> the concrete builder type
 */
public abstract class HuaweiClientBuilder<B extends HuaweiClientBuilder<B>> extends SdkClientBuilder<B> {

    private HuaweiCredentialsProvider credentials;
    private HuaweiTokenProvider tokenProvider;
    private String projectId;
    private HuaweiSigningAlgorithm signingAlgorithm = HuaweiSigningAlgorithm.SDK_HMAC_SHA256;

    /** For subclasses. */
    protected HuaweiClientBuilder() {
    }

    /**
     * Signs requests with AK/SK from this provider (the default is
     * {@link HuaweiCredentialsProvider#defaultChain()}); static keys are a provider too.
     *
     * @param credentials the provider
     * @return this builder
     */
    public B credentials(HuaweiCredentialsProvider credentials) {
        this.credentials = Validate.notNull(credentials, "credentials");
        return self();
    }

    /**
     * Authenticates with an IAM token in {@code X-Auth-Token} instead of AK/SK signing.
     *
     * @param tokenProvider the provider, for example an {@link io.polycloud.core.credentials.huawei.IamTokenProvider}
     * @return this builder
     */
    public B tokenProvider(HuaweiTokenProvider tokenProvider) {
        this.tokenProvider = Validate.notNull(tokenProvider, "tokenProvider");
        return self();
    }

    /**
     * The project every call addresses; default: the credentials' or token's project.
     *
     * @param projectId the project id
     * @return this builder
     */
    public B projectId(String projectId) {
        this.projectId = Validate.pathSegment(projectId, "projectId", 64);
        return self();
    }

    /**
     * The AK/SK signature algorithm; default {@link HuaweiSigningAlgorithm#SDK_HMAC_SHA256}.
     *
     * @param algorithm the algorithm
     * @return this builder
     */
    public B signingAlgorithm(HuaweiSigningAlgorithm algorithm) {
        this.signingAlgorithm = Validate.notNull(algorithm, "signingAlgorithm");
        return self();
    }

    /**
     * Builds the protocol client a service client delegates to.
     *
     * @param service the service: its name, endpoint rule and documented error codes
     * @return the REST client
     * @throws SdkClientException if both credentials and a token provider are set
     */
    protected HuaweiRestClient buildRestClient(ServiceDescriptor service) {
        if (credentials != null && tokenProvider != null) {
            throw new SdkClientException("set either credentials or tokenProvider, not both");
        }
        ClientConfiguration config = buildConfiguration(service.endpoints());
        RequestAuthenticator authenticator;
        Supplier<Optional<String>> projectIds;
        if (tokenProvider != null) {
            HuaweiTokenProvider tokens = tokenProvider;
            authenticator = new TokenAuthenticator(tokens);
            projectIds = projectId != null ? fixed(projectId) : () -> tokens.resolveToken().projectId();
        } else {
            HuaweiCredentialsProvider provider = credentials != null ? credentials : HuaweiCredentialsProvider.defaultChain();
            authenticator = new AkSkAuthenticator(provider, signingAlgorithm);
            projectIds = projectId != null ? fixed(projectId) : () -> provider.resolveCredentials().projectId();
        }
        RequestPipeline pipeline = RequestPipeline.builder()
                .provider(service.provider()).service(service.service())
                .configuration(config)
                .authenticator(authenticator)
                .errorParser(HuaweiErrorParser.create())
                .errorCatalog(service.errors())
                .build();
        return new HuaweiRestClient(pipeline, config.endpoint(), projectIds);
    }

    private static Supplier<Optional<String>> fixed(String projectId) {
        Optional<String> value = Optional.of(projectId);
        return () -> value;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
