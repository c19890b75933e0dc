package io.polycloud.core.credentials.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.testsupport.Loopback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Alibaba Cloud CLI's {@code config.json}, in a temporary directory. */
class AliyunProfileCredentialsProviderTest {

    private static final String CONFIG = """
            {
              "current": "dev",
              "profiles": [
                {"name": "default", "mode": "AK", "access_key_id": "TESTAKDefault", "access_key_secret": "defaultSecret"},
                {"name": "dev", "mode": "AK", "access_key_id": "TESTAKDev", "access_key_secret": "devSecret", "region_id": "cn-hangzhou"},
                {"name": "sts", "mode": "StsToken", "access_key_id": "STS.id", "access_key_secret": "stsSecret", "sts_token": "stsToken"},
                {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "my-role"},
                {"name": "incomplete", "mode": "AK", "access_key_id": "TESTAKIncomplete"},
                {"name": "arn", "mode": "RamRoleArn", "access_key_id": "id", "access_key_secret": "s", "ram_role_arn": "acs:ram::1:role/x"}
              ]
            }""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private AliyunProfileCredentialsProvider.Builder provider(Map<String, String> env) throws IOException {
        return AliyunProfileCredentialsProvider.builder().path(write(CONFIG)).environment(env::get);
    }

    @Test
    void resolve_withoutProfileName_usesTheFilesCurrentProfile() throws IOException {
        assertEquals(AliyunCredentials.of("TESTAKDev", "devSecret"), provider(Map.of()).build().resolveCredentials());
    }

    @Test
    void resolve_withProfileEnvironmentVariable_usesThatProfile() throws IOException {
        assertEquals(AliyunCredentials.of("TESTAKDefault", "defaultSecret"),
                provider(Map.of("ALIBABA_CLOUD_PROFILE", "default")).build().resolveCredentials());
    }

    @Test
    void resolve_withProfileNameOnTheBuilder_overridesTheEnvironment() throws IOException {
        assertEquals(AliyunCredentials.of("STS.id", "stsSecret", "stsToken"),
                provider(Map.of("ALIBABA_CLOUD_PROFILE", "default")).profileName("sts").build().resolveCredentials());
    }

    @Test
    void resolve_withoutCurrent_usesTheDefaultProfile() throws IOException {
        Path file = write("{\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"TESTAKD\",\"access_key_secret\":\"d\"}]}");
        assertEquals("TESTAKD", AliyunProfileCredentialsProvider.builder().path(file).environment(n -> null).build()
                .resolveCredentials().accessKeyId());
    }

    @Test
    void resolve_ecsRamRoleProfile_fetchesTheRolesCredentialsFromTheMetadataService() throws Exception {
        try (MockWebServer metadata = Loopback.start(new MockWebServer())) {
            metadata.enqueue(new MockResponse.Builder().code(200).body("imds-token").build());
            metadata.enqueue(new MockResponse.Builder().code(200).body(EcsRamRoleCredentialsProviderTest.credentialsJson("STS.ecs")).build());
            AliyunCredentials c = provider(Map.of()).profileName("ecs").metadataEndpoint(Loopback.uri(metadata)).build()
                    .resolveCredentials();
            assertEquals("STS.ecs", c.accessKeyId());
            assertEquals(Optional.of("ecs-token"), c.securityToken());
            metadata.takeRequest();
            assertEquals("/latest/meta-data/ram/security-credentials/my-role", metadata.takeRequest().getTarget());
        }
    }

    @Test
    void resolve_readsTheFileOnce() throws IOException {
        AliyunProfileCredentialsProvider p = provider(Map.of()).build();
        p.resolveCredentials();
        Files.delete(dir.resolve("config.json"));
        assertEquals("TESTAKDev", p.resolveCredentials().accessKeyId());
    }

    @Test
    void resolve_withUnknownProfile_failsNamingProfileAndFile() throws IOException {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider(Map.of()).profileName("prod").build().resolveCredentials());
        assertEquals("profile 'prod' not found in " + dir.resolve("config.json"), e.getMessage());
    }

    @Test
    void resolve_withMissingField_failsNamingItWithoutEchoingOtherValues() throws IOException {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider(Map.of()).profileName("incomplete").build().resolveCredentials());
        assertEquals("profile 'incomplete' in " + dir.resolve("config.json") + " has no access_key_secret", e.getMessage());
    }

    @Test
    void resolve_withUnsupportedMode_failsNamingTheSupportedOnes() throws IOException {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider(Map.of()).profileName("arn").build().resolveCredentials());
        assertTrue(e.getMessage().endsWith("uses mode RamRoleArn, which Polycloud does not support; use AK, StsToken or EcsRamRole"),
                e.getMessage());
    }

    @Test
    void resolve_withoutFile_failsNamingThePath() {
        Path missing = dir.resolve("absent.json");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunProfileCredentialsProvider.builder().path(missing).build().resolveCredentials());
        assertEquals("no profile file at " + missing, e.getMessage());
    }

    @Test
    void resolve_withMalformedFile_failsWithoutEchoingItsContent() throws IOException {
        Path file = write("{\"profiles\": [ {\"access_key_secret\": \"leakedSecret\" ");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunProfileCredentialsProvider.builder().path(file).build().resolveCredentials());
        assertTrue(e.getMessage().startsWith("profile file " + file + " could not be read as JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("leakedSecret"));
    }

    @Test
    void resolve_withAFileBeyondOneMebibyte_failsNamingTheFileAndTheLimitWithoutReadingIt() throws IOException {
        // Valid JSON, padded with blanks past the limit: only the size can be the reason to refuse it.
        Path file = write(CONFIG + " ".repeat(AliyunProfileCredentialsProvider.MAX_FILE_BYTES));
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunProfileCredentialsProvider.builder().path(file).build().resolveCredentials());
        assertEquals("profile file " + file + " is larger than the limit of 1048576 bytes (1 MiB); not reading it", e.getMessage());
    }

    @Test
    void resolve_withAFileOfExactlyTheLimit_readsIt() throws IOException {
        Path file = write(CONFIG + " ".repeat(AliyunProfileCredentialsProvider.MAX_FILE_BYTES - CONFIG.length()));
        assertEquals(AliyunCredentials.of("TESTAKDev", "devSecret"),
                AliyunProfileCredentialsProvider.builder().path(file).environment(Map.<String, String>of()::get).build()
                        .resolveCredentials());
    }
}
