package io.polycloud.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle is an optional dependency: SM3 without it must fail with a message naming the
 * artifact, and everything else must keep working. sdk-core's classes are loaded again in a class
 * loader that sees only them and the JDK, as in an application that did not add BouncyCastle.
 */
class Sm3WithoutBouncyCastleTest {

    private static Object algorithm(ClassLoader loader, String name) throws Exception {
        Class<?> type = Class.forName(DigestAlgorithm.class.getName(), true, loader);
        return type.getMethod("valueOf", String.class).invoke(null, name);
    }

    private static Object hexHash(Object algorithm, String data) throws Throwable {
        Method hexHash = algorithm.getClass().getMethod("hexHash", String.class);
        try {
            return hexHash.invoke(algorithm, data);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static URLClassLoader withoutBouncyCastle() {
        URL coreClasses = DigestAlgorithm.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {coreClasses}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void sm3_withoutBouncyCastle_failsNamingTheArtifactToAdd() throws Exception {
        try (URLClassLoader loader = withoutBouncyCastle()) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.bouncycastle.crypto.digests.SM3Digest"));
            Throwable e = assertThrows(RuntimeException.class, () -> hexHash(algorithm(loader, "SM3"), "abc"));
            assertEquals("io.polycloud.core.exception.SdkClientException", e.getClass().getName());
            assertEquals("SM3 signing needs BouncyCastle: add the dependency org.bouncycastle:bcprov-jdk18on (1.82 or later) "
                    + "to your application", e.getMessage());
        }
    }

    @Test
    void sha256_withoutBouncyCastle_stillWorks() throws Throwable {
        try (URLClassLoader loader = withoutBouncyCastle()) {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hexHash(algorithm(loader, "SHA256"), "abc"));
        }
    }

    @Test
    void sm3_withBouncyCastle_matchesTheStandardsExample() {
        // GB/T 32905-2016, example 1.
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                DigestAlgorithm.SM3.hexHash("abc".getBytes(StandardCharsets.UTF_8)));
    }
}
