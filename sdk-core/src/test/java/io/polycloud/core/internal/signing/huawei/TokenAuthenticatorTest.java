package io.polycloud.core.internal.signing.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TokenAuthenticatorTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-23T10:15:30Z");
    private static final SdkHttpRequest REQUEST = SdkHttpRequest.builder().method("DELETE")
            .endpoint(URI.create("https://drs.cn-north-4.myhuaweicloud.com")).build();
    private static final ServiceException REJECTED = ServiceException.builder().provider("huawei").service("drs")
            .operation("DeleteJob").httpStatus(401).errorCode("APIG.1002").errorMessage("Incorrect token")
            .category(ErrorCategory.AUTHENTICATION).build();

    /** Hands out token-1, token-2, ...: a new one each time the cached one is invalidated. */
    private static final class Tokens implements HuaweiTokenProvider {
        final AtomicInteger issued = new AtomicInteger(1);
        final AtomicReference<HuaweiToken> current = new AtomicReference<>(token(1));
        final List<String> invalidated = new CopyOnWriteArrayList<>();

        static HuaweiToken token(int n) {
            return HuaweiToken.of("token-" + n, EXPIRES, "proj-1");
        }

        @Override
        public HuaweiToken resolveToken() {
            return current.get();
        }

        @Override
        public boolean invalidate(HuaweiToken token) {
            invalidated.add(token.value());
            return current.compareAndSet(token, token(issued.incrementAndGet()));
        }
    }

    private static String sentToken(SdkHttpRequest r) {
        return r.headers().first("X-Auth-Token").orElseThrow();
    }

    @Test
    void authenticate_setsTheCurrentTokenAsXAuthToken() {
        SdkHttpRequest signed = new TokenAuthenticator(new Tokens())
                .authenticate(REQUEST.toBuilder().addHeader("X-Auth-Token", "old").build(), Instant.EPOCH);
        assertEquals(List.of("token-1"), signed.headers().all("x-auth-token"));
    }

    @Test
    void refreshAfter401_ofTheCachedToken_invalidatesItAndAsksForARetry() {
        Tokens tokens = new Tokens();
        TokenAuthenticator auth = new TokenAuthenticator(tokens);
        SdkHttpRequest sent = auth.authenticate(REQUEST, Instant.EPOCH);

        assertTrue(auth.refreshAfterAuthenticationFailure(sent, REJECTED));
        assertEquals(List.of("token-1"), tokens.invalidated);
        assertEquals("token-2", sentToken(auth.authenticate(REQUEST, Instant.EPOCH)));
    }

    @Test
    void refreshAfter401_ofATokenAnotherCallAlreadyReplaced_keepsTheNewTokenAndRetriesWithIt() {
        Tokens tokens = new Tokens();
        TokenAuthenticator auth = new TokenAuthenticator(tokens);
        SdkHttpRequest slowCall = auth.authenticate(REQUEST, Instant.EPOCH);
        // Meanwhile another call was rejected, refreshed, and went out with token-2.
        assertTrue(auth.refreshAfterAuthenticationFailure(auth.authenticate(REQUEST, Instant.EPOCH), REJECTED));
        assertEquals("token-2", sentToken(auth.authenticate(REQUEST, Instant.EPOCH)));

        assertTrue(auth.refreshAfterAuthenticationFailure(slowCall, REJECTED));
        assertEquals(List.of("token-1"), tokens.invalidated, "token-2 is still good and stays cached");
        assertEquals("token-2", sentToken(auth.authenticate(REQUEST, Instant.EPOCH)));
    }

    @Test
    void refreshAfter401_withAFixedToken_doesNotRetry() {
        TokenAuthenticator auth = new TokenAuthenticator(HuaweiTokenProvider.of(Tokens.token(1)));
        assertFalse(auth.refreshAfterAuthenticationFailure(auth.authenticate(REQUEST, Instant.EPOCH), REJECTED));
    }

    @Test
    void authenticate_whenTheProviderReturnsNull_failsNamingIt() {
        HuaweiTokenProvider broken = new HuaweiTokenProvider() {
            @Override
            public HuaweiToken resolveToken() {
                return null;
            }

            @Override
            public String toString() {
                return "BrokenProvider";
            }
        };
        assertEquals("token provider BrokenProvider returned null", assertThrows(SdkClientException.class,
                () -> new TokenAuthenticator(broken).authenticate(REQUEST, Instant.EPOCH)).getMessage());
    }
}
