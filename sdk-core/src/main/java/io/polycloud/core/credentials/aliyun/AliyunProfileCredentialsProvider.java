package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.validation.Validate;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Reads credentials from the Alibaba Cloud CLI's profile file, {@code ~/.aliyun/config.json}.
 *
 * <p>The profile is, in order: the one named on the builder, {@code ALIBABA_CLOUD_PROFILE},
 * the file's {@code current}, or {@code default}. Supported modes: {@code AK}
 * ({@code access_key_id}, {@code access_key_secret}), {@code StsToken} (plus {@code sts_token})
 * and {@code EcsRamRole} ({@code ram_role_name}, fetched from the instance metadata service).
 * The file is read once, on first use; a file larger than 1 MiB is refused with an
 * {@link SdkClientException} naming it.
 *
 * <pre>{@code
 * AliyunCredentialsProvider p = AliyunProfileCredentialsProvider.builder().profileName("prod").build();
 * }</pre>
 */
public final class AliyunProfileCredentialsProvider implements AliyunCredentialsProvider {

    static final String PROFILE_ENV = "ALIBABA_CLOUD_PROFILE";
    /** The largest profile file read: 1 MiB, far beyond any real one. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final JsonReader JSON = JsonReader.strict();

    private final Path path;
    private final String profileName;
    private final UnaryOperator<String> env;
    private final URI metadataEndpoint;
    private final AtomicReference<AliyunCredentialsProvider> resolved = new AtomicReference<>();

    private AliyunProfileCredentialsProvider(Builder b) {
        this.path = b.path != null ? b.path : Paths.get(System.getProperty("user.home"), ".aliyun", "config.json");
        this.profileName = b.profileName;
        this.env = b.env;
        this.metadataEndpoint = b.metadataEndpoint;
    }

    /**
     * Reads {@code ~/.aliyun/config.json}, profile chosen as described above.
     *
     * @return the provider
     */
    public static AliyunProfileCredentialsProvider create() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AliyunCredentials resolveCredentials() {
        AliyunCredentialsProvider p = resolved.get();
        if (p == null) {
            p = load();
            resolved.compareAndSet(null, p);
        }
        return p.resolveCredentials();
    }

    private AliyunCredentialsProvider load() {
        byte[] bytes;
        try {
            bytes = readBounded();
        } catch (NoSuchFileException e) {
            throw new SdkClientException("no profile file at " + path);
        } catch (IOException e) {
            throw new SdkClientException("profile file " + path + " could not be read: " + e.getClass().getSimpleName());
        }
        try {
            return fromFile(JSON.readObject(bytes));
        } catch (JsonException e) {
            // The message names positions, members and types, never a value.
            throw new SdkClientException("profile file " + path + " could not be read as JSON: " + e.getMessage());
        }
    }

    private AliyunCredentialsProvider fromFile(JsonObject root) {
        String name = profileName;
        if (name == null) {
            name = EnvironmentCredentialsProvider.blankToNull(env.apply(PROFILE_ENV));
        }
        if (name == null) {
            name = root.string("current").filter(current -> !current.isBlank()).orElse("default");
        }
        for (JsonObject profile : root.objects("profiles")) {
            if (profile.string("name").orElse("").equals(name)) {
                return fromProfile(name, profile);
            }
        }
        throw new SdkClientException("profile '" + name + "' not found in " + path);
    }

    /** The file's bytes, refusing to hold more than the limit in memory whatever the file is (huge, growing, a device). */
    private byte[] readBounded() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new SdkClientException("profile file " + path + " is larger than the limit of " + MAX_FILE_BYTES
                        + " bytes (1 MiB); not reading it");
            }
            return bytes;
        }
    }

    private AliyunCredentialsProvider fromProfile(String name, JsonObject profile) {
        String mode = profile.string("mode").orElse("AK");
        String where = "profile '" + name + "' in " + path;
        switch (mode) {
            case "AK":
                return AliyunCredentials.of(required(profile, "access_key_id", where), required(profile, "access_key_secret", where));
            case "StsToken":
                return AliyunCredentials.of(required(profile, "access_key_id", where), required(profile, "access_key_secret", where),
                        required(profile, "sts_token", where));
            case "EcsRamRole":
                EcsRamRoleCredentialsProvider.Builder ecs = EcsRamRoleCredentialsProvider.builder()
                        .roleName(required(profile, "ram_role_name", where));
                return (metadataEndpoint == null ? ecs : ecs.endpoint(metadataEndpoint)).build();
            default:
                throw new SdkClientException(where + " uses mode " + mode
                        + ", which Polycloud does not support; use AK, StsToken or EcsRamRole");
        }
    }

    private static String required(JsonObject profile, String field, String where) {
        String v = profile.string(field).orElse("");
        if (v.isBlank()) {
            throw new SdkClientException(where + " has no " + field);
        }
        return v;
    }

    @Override
    public String toString() {
        return "AliyunProfileCredentialsProvider{" + path + (profileName == null ? "" : ", profile=" + profileName) + "}";
    }

    /** Builds {@link AliyunProfileCredentialsProvider}s. */
    public static final class Builder {
        private Path path;
        private String profileName;
        private UnaryOperator<String> env = System::getenv;
        private URI metadataEndpoint;

        private Builder() {
        }

        /**
         * @param path the profile file; default {@code ~/.aliyun/config.json}
         * @return this builder
         */
        public Builder path(Path path) {
            this.path = Validate.notNull(path, "path");
            return this;
        }

        /**
         * @param profileName the profile to use instead of {@code ALIBABA_CLOUD_PROFILE} or the file's current one
         * @return this builder
         */
        public Builder profileName(String profileName) {
            this.profileName = Validate.text(profileName, "profileName", 256);
            return this;
        }

        Builder environment(UnaryOperator<String> env) {
            this.env = env;
            return this;
        }

        // Tests point an EcsRamRole profile at a loopback server instead of 100.100.100.200.
        Builder metadataEndpoint(URI endpoint) {
            this.metadataEndpoint = endpoint;
            return this;
        }

        /**
         * Builds the provider; the file is read on first use.
         *
         * @return the provider
         */
        public AliyunProfileCredentialsProvider build() {
            return new AliyunProfileCredentialsProvider(this);
        }
    }
}
