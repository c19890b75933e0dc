package io.polycloud.core.internal.signing.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdkHmacSignerCanonicalUriTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/, /",
            "/v5/p1/jobs/job-1, /v5/p1/jobs/job-1/",
            "/v5/p1/jobs/job-1/, /v5/p1/jobs/job-1/",
            "/v1/p/instances/i.1~x/lf-jobs/j_2, /v1/p/instances/i.1~x/lf-jobs/j_2/",
            "/v5/p/jobs/a%2F..%2Fb%3Fx%3D1%23y, /v5/p/jobs/a%2F..%2Fb%3Fx%3D1%23y/",
            "/v5/p/jobs/%7e%41, /v5/p/jobs/~A/",
            "/v5/p/jobs/a%20b, /v5/p/jobs/a%20b/",
            "//x, //x/",
            "v5/x, /v5/x/"})
    void canonicalUri_reencodesEverySegmentAndEndsWithASlash(String encodedPath, String canonical) {
        assertEquals(canonical, SdkHmacSigner.canonicalUri(encodedPath));
    }
}
