package io.polycloud.core.credentials.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Static keys, environment variables, system properties and the default chain of Huawei Cloud credentials. */
class HuaweiCredentialsProvidersTest {

    private static final List<String> PROPERTIES = List.of("huaweicloud.sdk.ak", "huaweicloud.sdk.sk",
            "huaweicloud.sdk.securityToken", "huaweicloud.sdk.projectId");

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    private static HuaweiCredentialsProvider environment(Map<String, String> env) {
        return new KeyValueCredentialsProvider("environment variables", env::get,
                "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_PROJECT_ID");
    }

    @Test
    void environment_withEveryVariable_returnsTemporaryCredentialsWithProject() {
        HuaweiCredentials c = environment(Map.of("HUAWEICLOUD_SDK_AK", "HWAKENV", "HUAWEICLOUD_SDK_SK", "envSecret",
                "HUAWEICLOUD_SDK_SECURITY_TOKEN", "envToken", "HUAWEICLOUD_SDK_PROJECT_ID", "proj-env")).resolveCredentials();
        assertEquals(HuaweiCredentials.builder().accessKey("HWAKENV").secretKey("envSecret").securityToken("envToken")
                .projectId("proj-env").build(), c);
    }

    @Test
    void environment_withOnlyAkAndSk_returnsLongTermCredentials() {
        HuaweiCredentials c = environment(Map.of("HUAWEICLOUD_SDK_AK", "HWAKENV", "HUAWEICLOUD_SDK_SK", "envSecret",
                "HUAWEICLOUD_SDK_SECURITY_TOKEN", " ")).resolveCredentials();
        assertEquals(Optional.empty(), c.securityToken(), "a blank variable counts as unset");
        assertEquals(Optional.empty(), c.projectId());
    }

    @Test
    void environment_withoutSk_failsNamingBothVariables() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> environment(Map.of("HUAWEICLOUD_SDK_AK", "HWAKENV")).resolveCredentials());
        assertEquals("environment variables HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set", e.getMessage());
    }

    @Test
    void systemProperties_areReadAndWinInTheDefaultChain() {
        System.setProperty("huaweicloud.sdk.ak", "HWAKPROP");
        System.setProperty("huaweicloud.sdk.sk", "propSecret");
        System.setProperty("huaweicloud.sdk.projectId", "proj-prop");
        assertEquals(HuaweiCredentials.builder().accessKey("HWAKPROP").secretKey("propSecret").projectId("proj-prop").build(),
                HuaweiCredentialsProvider.systemProperties().resolveCredentials());
        assertEquals("HWAKPROP", HuaweiCredentialsProvider.defaultChain().resolveCredentials().accessKey());
    }

    @Test
    void chain_whenNoProviderAnswers_reportsEveryProvidersReason() {
        HuaweiCredentialsProvider chain = HuaweiCredentialsProvider.chain(HuaweiCredentialsProvider.systemProperties(), environment(Map.of()));
        SdkClientException e = assertThrows(SdkClientException.class, chain::resolveCredentials);
        assertEquals("no Huawei Cloud credentials found; tried:"
                + "\n  HuaweiCredentialsProvider(system properties): system properties huaweicloud.sdk.ak and huaweicloud.sdk.sk are not both set"
                + "\n  HuaweiCredentialsProvider(environment variables): environment variables HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set",
                e.getMessage());
    }

    @Test
    void builder_withProjectIdThatIsNotOnePathSegment_failsNamingTheField() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> HuaweiCredentials.builder().accessKey("ak").secretKey("sk").projectId("..").build());
        assertEquals("projectId must not be '.' or '..': a URL path cannot carry it as one segment", e.getMessage());
        assertEquals("secretKey is required but was null",
                assertThrows(SdkClientException.class, () -> HuaweiCredentials.builder().accessKey("ak").build()).getMessage());
    }

    @Test
    void toString_showsOnlyTheStartOfTheAkAndNeverTheSkOrToken() {
        assertEquals("HuaweiCredentials{accessKey=HWAK***, securityToken=***, projectId=p1}", HuaweiCredentials.builder()
                .accessKey("HWAKVISIBLE").secretKey("theSecret").securityToken("theToken").projectId("p1").build().toString());
    }
}
