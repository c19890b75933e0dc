package io.polycloud.core.credentials.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polycloud.core.exception.SdkClientException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static keys, environment variables, system properties and chains of Alibaba Cloud credentials. */
class AliyunCredentialsProvidersTest {

    private static final List<String> PROPERTIES = List.of(SystemPropertiesCredentialsProvider.ACCESS_KEY_ID,
            SystemPropertiesCredentialsProvider.ACCESS_KEY_SECRET, SystemPropertiesCredentialsProvider.ACCESS_KEY_SECRET_LEGACY,
            SystemPropertiesCredentialsProvider.SESSION_TOKEN);

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void environment_withKeyPair_returnsLongTermCredentials() {
        AliyunCredentials c = new EnvironmentCredentialsProvider(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "TESTAKEnvId", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", " envSecret ")::get)
                .resolveCredentials();
        assertEquals("TESTAKEnvId", c.accessKeyId());
        assertEquals("envSecret", c.accessKeySecret(), "surrounding whitespace trimmed");
        assertEquals(Optional.empty(), c.securityToken());
    }

    @Test
    void environment_withSecurityToken_returnsStsCredentials() {
        AliyunCredentials c = new EnvironmentCredentialsProvider(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s", "ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token")::get).resolveCredentials();
        assertEquals(Optional.of("sts-token"), c.securityToken());
    }

    @Test
    void environment_withSecretMissingOrBlank_failsNamingBothVariables() {
        for (Map<String, String> env : List.of(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
                Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "  "))) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> new EnvironmentCredentialsProvider(env::get).resolveCredentials());
            assertEquals("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not both set",
                    e.getMessage());
        }
    }

    @Test
    void systemProperties_withKeyPairAndToken_returnsThem() {
        System.setProperty("alibabacloud.accessKeyId", "TESTAKPropId");
        System.setProperty("alibabacloud.accessKeySecret", "propSecret");
        System.setProperty("alibabacloud.sessionToken", "prop-token");
        AliyunCredentials c = AliyunCredentialsProvider.systemProperties().resolveCredentials();
        assertEquals(AliyunCredentials.of("TESTAKPropId", "propSecret", "prop-token"), c);
    }

    @Test
    void systemProperties_acceptTheOfficialLibrarysLegacySecretName() {
        System.setProperty("alibabacloud.accessKeyId", "TESTAKPropId");
        System.setProperty("alibabacloud.accessKeyIdSecret", "legacySecret");
        assertEquals("legacySecret", AliyunCredentialsProvider.systemProperties().resolveCredentials().accessKeySecret());
    }

    @Test
    void systemProperties_whenUnset_failNamingTheProperties() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunCredentialsProvider.systemProperties().resolveCredentials());
        assertEquals("system properties alibabacloud.accessKeyId and alibabacloud.accessKeySecret are not both set", e.getMessage());
    }

    @Test
    void of_withInvalidValues_failsNamingTheFieldWithoutEchoingIt() {
        assertEquals("accessKeyId must not be blank",
                assertThrows(SdkClientException.class, () -> AliyunCredentials.of(" ", "s")).getMessage());
        SdkClientException e = assertThrows(SdkClientException.class, () -> AliyunCredentials.of("id", "top\nsecret"));
        assertTrue(e.getMessage().startsWith("accessKeySecret must not contain control characters"), e.getMessage());
        assertFalse(e.getMessage().contains("top"));
        assertEquals("securityToken is required but was null",
                assertThrows(SdkClientException.class, () -> AliyunCredentials.of("id", "s", null)).getMessage());
    }

    @Test
    void chain_usesTheFirstProviderThatAnswersAndThenOnlyIt() {
        AtomicInteger firstAsked = new AtomicInteger();
        AliyunCredentialsProvider empty = named("empty", () -> {
            firstAsked.incrementAndGet();
            throw new SdkClientException("nothing here");
        });
        AliyunCredentials keys = AliyunCredentials.of("TESTAKChainId", "s");
        AliyunCredentialsProvider chain = AliyunCredentialsProvider.chain(empty, keys);
        assertEquals(keys, chain.resolveCredentials());
        assertEquals(keys, chain.resolveCredentials());
        assertEquals(1, firstAsked.get(), "the winner is remembered");
    }

    @Test
    void chain_whenNoProviderAnswers_reportsEveryProvidersReason() {
        AliyunCredentialsProvider chain = AliyunCredentialsProvider.chain(
                named("vault", () -> {
                    throw new SdkClientException("vault sealed");
                }),
                new EnvironmentCredentialsProvider(name -> null));
        SdkClientException e = assertThrows(SdkClientException.class, chain::resolveCredentials);
        assertEquals("no Alibaba Cloud credentials found; tried:"
                + "\n  vault: vault sealed"
                + "\n  AliyunCredentialsProvider.environment(): environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                + "ALIBABA_CLOUD_ACCESS_KEY_SECRET are not both set", e.getMessage());
    }

    @Test
    void ecsRoleFromEnvironment_whenTheRoleVariableIsUnset_failsWithoutAskingTheMetadataService() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> EcsRamRoleCredentialsProvider.fromEnvironment(name -> null).resolveCredentials());
        assertEquals("ALIBABA_CLOUD_ECS_METADATA is not set, so the ECS metadata service was not asked", e.getMessage());
    }

    @Test
    void defaultChain_onAMachineWithoutCredentials_reportsAllFourSourcesAndNeverAsksTheMetadataService(@TempDir Path home) {
        for (String v : List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ECS_METADATA", "ALIBABA_CLOUD_PROFILE")) {
            // The build blanks the credential variables for tests; a blank one counts as unset.
            assumeTrue(System.getenv(v) == null || System.getenv(v).isBlank(), v + " is set in this environment");
        }
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            long start = System.nanoTime();
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> AliyunCredentialsProvider.defaultChain().resolveCredentials());
            String m = e.getMessage();
            assertTrue(m.contains("AliyunCredentialsProvider.systemProperties(): system properties"), m);
            assertTrue(m.contains("AliyunCredentialsProvider.environment(): environment variables"), m);
            assertTrue(m.contains(": no profile file at " + home.resolve(".aliyun").resolve("config.json")), m);
            assertTrue(m.contains("EcsRamRoleCredentialsProvider(ALIBABA_CLOUD_ECS_METADATA): ALIBABA_CLOUD_ECS_METADATA is not set, "
                    + "so the ECS metadata service was not asked"), m);
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "no network timeout was waited for");
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void toString_showsOnlyTheStartOfTheKeyIdAndNeverTheSecretOrToken() {
        String s = AliyunCredentials.of("TESTAKVisibleStart", "theSecretValue", "theTokenValue").toString();
        assertEquals("AliyunCredentials{accessKeyId=TEST***, securityToken=***}", s);
    }

    private static AliyunCredentialsProvider named(String name, AliyunCredentialsProvider p) {
        return new AliyunCredentialsProvider() {
            @Override
            public AliyunCredentials resolveCredentials() {
                return p.resolveCredentials();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
