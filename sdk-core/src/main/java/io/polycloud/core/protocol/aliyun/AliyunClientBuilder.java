package io.polycloud.core.protocol.aliyun;

import io.polycloud.core.internal.protocol.aliyun.AliyunErrorParser;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;

import io.polycloud.core.internal.pipeline.ClientConfiguration;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.pipeline.RequestPipeline;
import io.polycloud.core.internal.signing.aliyun.AliyunAuthenticator;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.validation.Validate;

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
     * Builds the protocol client a service client delegates to. Requests that name no region use
     * the builder's.
     *
     * @param service the service: its name, API version, endpoint rule and documented error codes
     * @return the RPC client
     */
    protected AliyunRpcClient buildRpcClient(ServiceDescriptor service) {
        ClientConfiguration config = buildConfiguration(service.endpoints());
        AliyunCredentialsProvider provider = credentials != null ? credentials : AliyunCredentialsProvider.defaultChain();
        RequestPipeline pipeline = RequestPipeline.builder()
                .provider(service.provider()).service(service.service())
                .configuration(config)
                .authenticator(new AliyunAuthenticator(provider, signatureVersion))
                .errorParser(AliyunErrorParser.create())
                .errorCatalog(service.errors())
                .build();
        return new AliyunRpcClient(pipeline, config.endpoint(), service.apiVersion().orElseThrow(), signatureVersion,
                region());
    }
}
