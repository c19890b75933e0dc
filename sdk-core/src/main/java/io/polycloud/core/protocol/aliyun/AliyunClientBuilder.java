package io.polycloud.core.protocol.aliyun;

import io.polycloud.core.internal.protocol.aliyun.AliyunErrorParser;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;

import io.polycloud.core.internal.pipeline.ClientConfiguration;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.internal.pipeline.RequestPipeline;
import io.polycloud.core.internal.signing.aliyun.AliyunAuthenticator;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.validation.Validate;
import java.net.URI;
import java.util.function.Function;

/**
 * The builder settings of every Alibaba Cloud client: {@link SdkClientBuilder}'s, plus
 * credentials and signature version.
 *
 * @param <B> the concrete builder type
 */
public abstract class AliyunClientBuilder<B extends AliyunClientBuilder<B>> extends SdkClientBuilder<B> {

    private AliyunCredentialsProvider credentials;
    private AliyunSignatureVersion signatureVersion = AliyunSignatureVersion.ACS3_HMAC_SHA256;

    /** For subclasses. */
    protected AliyunClientBuilder() {
    }

    /**
     * Where the client gets keys; default {@link AliyunCredentialsProvider#defaultChain()}.
     * Static keys are a provider too: {@code credentials(AliyunCredentials.of(id, secret))}.
     *
     * @param credentials the provider
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public B credentials(AliyunCredentialsProvider credentials) {
        this.credentials = Validate.notNull(credentials, "credentials");
        return (B) this;
    }

    /**
     * The signature to use; default {@link AliyunSignatureVersion#ACS3_HMAC_SHA256}.
     *
     * @param signatureVersion the version
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public B signatureVersion(AliyunSignatureVersion signatureVersion) {
        this.signatureVersion = Validate.notNull(signatureVersion, "signatureVersion");
        return (B) this;
    }

    /**
     * Builds the protocol client a service client delegates to.
     *
     * @param service        the service name, for example {@code vpc}
     * @param apiVersion     the API version, for example {@code 2016-04-28}
     * @param regionEndpoint the service's region-to-endpoint mapping
     * @param catalog        the service's documented error codes
     * @return the RPC client
     */
    protected AliyunRpcClient buildRpcClient(String service, String apiVersion, Function<String, URI> regionEndpoint,
                                             ErrorCatalog catalog) {
        ClientConfiguration config = buildConfiguration(regionEndpoint);
        AliyunCredentialsProvider provider = credentials != null ? credentials : AliyunCredentialsProvider.defaultChain();
        RequestPipeline pipeline = RequestPipeline.builder()
                .provider("aliyun").service(service)
                .configuration(config)
                .authenticator(new AliyunAuthenticator(provider, signatureVersion))
                .errorParser(AliyunErrorParser.create())
                .errorCatalog(catalog)
                .build();
        return new AliyunRpcClient(pipeline, config.endpoint(), apiVersion, signatureVersion);
    }
}
