package io.polycloud.core.internal.signing;

import io.polycloud.core.exception.SdkClientException;

/**
 * SM3 through BouncyCastle's lightweight API. BouncyCastle classes are only referenced from
 * {@link Bc}, which the JVM loads on first use, so the SDK runs without BouncyCastle until SM3
 * is actually selected.
 */
final class Sm3Support {

    private static final boolean AVAILABLE = isAvailable();

    private Sm3Support() {
    }

    static byte[] hash(byte[] data) {
        requireAvailable();
        return Bc.hash(data);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        requireAvailable();
        return Bc.hmac(key, data);
    }

    private static void requireAvailable() {
        if (!AVAILABLE) {
            throw new SdkClientException("SM3 signing needs BouncyCastle: add the dependency "
                    + "org.bouncycastle:bcprov-jdk18on (1.82 or later) to your application");
        }
    }

    private static boolean isAvailable() {
        try {
            Class.forName("org.bouncycastle.crypto.digests.SM3Digest", false, Sm3Support.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static final class Bc {
        static byte[] hash(byte[] data) {
            org.bouncycastle.crypto.digests.SM3Digest d = new org.bouncycastle.crypto.digests.SM3Digest();
            d.update(data, 0, data.length);
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }

        static byte[] hmac(byte[] key, byte[] data) {
            org.bouncycastle.crypto.macs.HMac mac = new org.bouncycastle.crypto.macs.HMac(
                    new org.bouncycastle.crypto.digests.SM3Digest());
            mac.init(new org.bouncycastle.crypto.params.KeyParameter(key));
            mac.update(data, 0, data.length);
            byte[] out = new byte[mac.getMacSize()];
            mac.doFinal(out, 0);
            return out;
        }
    }
}
