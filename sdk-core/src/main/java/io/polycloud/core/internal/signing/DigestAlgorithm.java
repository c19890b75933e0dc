package io.polycloud.core.internal.signing;

import io.polycloud.core.exception.SdkClientException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash and HMAC functions the signers use. SHA-1 and SHA-256 come from the JDK; SM3 (the
 * Chinese national standard, required by some regions) from BouncyCastle, an optional dependency:
 * selecting SM3 without {@code org.bouncycastle:bcprov-jdk18on} on the class path fails with an
 * {@link SdkClientException} naming that artifact.
 *
 * <p>Digest and MAC instances are cached per thread: signing runs on every attempt and the JCA
 * look-ups would otherwise dominate its cost.
 */
public enum DigestAlgorithm {
    /** SHA-1, for the legacy Alibaba RPC v1 signature. */
    SHA1("SHA-1", "HmacSHA1"),
    /** SHA-256. */
    SHA256("SHA-256", "HmacSHA256"),
    /** SM3 (GB/T 32905-2016), through BouncyCastle. */
    SM3(null, null);

    private static final HexFormat HEX = HexFormat.of();

    private final ThreadLocal<Hasher> digests;
    private final ThreadLocal<KeyedMac> macs;
    // Body-less requests (every RPC call, every DELETE) hash the empty payload on each attempt.
    private volatile String emptyHexHash;

    DigestAlgorithm(String digestName, String macName) {
        this.digests = digestName == null ? null : ThreadLocal.withInitial(() -> new Hasher(newDigest(digestName)));
        this.macs = macName == null ? null : ThreadLocal.withInitial(() -> new KeyedMac(newMac(macName)));
    }

    /**
     * Hashes bytes.
     *
     * @param data the input
     * @return the digest
     * @throws SdkClientException if SM3 is selected and BouncyCastle is missing
     */
    public byte[] hash(byte[] data) {
        if (this == SM3) {
            return Sm3Support.hash(data);
        }
        MessageDigest md = digests.get().digest;
        md.reset();
        return md.digest(data);
    }

    /**
     * Hashes bytes and renders the digest as lower-case hex.
     *
     * @param data the input
     * @return the hex digest
     */
    public String hexHash(byte[] data) {
        if (data.length == 0) {
            String empty = emptyHexHash;
            if (empty == null) {
                empty = HEX.formatHex(hash(data));
                emptyHexHash = empty;
            }
            return empty;
        }
        return HEX.formatHex(hash(data));
    }

    /**
     * Hashes a string's UTF-8 bytes and renders the digest as lower-case hex.
     *
     * @param data the input
     * @return the hex digest
     */
    public String hexHash(String data) {
        return hexHash(data.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hashes a text's UTF-8 bytes and renders the digest as lower-case hex. An ASCII text in a
     * {@link StringBuilder}, such as a canonical request, is hashed in chunks without first being
     * copied into a {@code String} and a byte array.
     *
     * @param text the input
     * @return the hex digest
     * @throws SdkClientException if SM3 is selected and BouncyCastle is missing
     */
    public String hexHash(CharSequence text) {
        if (this == SM3 || !(text instanceof StringBuilder)) {
            return hexHash(text.toString());
        }
        StringBuilder sb = (StringBuilder) text;
        Hasher hasher = digests.get();
        MessageDigest md = hasher.digest;
        md.reset();
        char[] chars = hasher.chars;
        byte[] bytes = hasher.bytes;
        for (int from = 0; from < sb.length(); from += chars.length) {
            int n = Math.min(chars.length, sb.length() - from);
            // A bulk copy, then a plain array loop: far cheaper than charAt on the builder.
            sb.getChars(from, from + n, chars, 0);
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    return hexHash(sb.toString());
                }
                bytes[i] = (byte) c;
            }
            md.update(bytes, 0, n);
        }
        return HEX.formatHex(md.digest());
    }

    /**
     * Computes an HMAC.
     *
     * @param key  the key bytes
     * @param data the message
     * @return the MAC
     * @throws SdkClientException if SM3 is selected and BouncyCastle is missing
     */
    public byte[] hmac(byte[] key, byte[] data) {
        if (this == SM3) {
            return Sm3Support.hmac(key, data);
        }
        KeyedMac keyed = macs.get();
        keyed.init(key, null);
        return keyed.mac.doFinal(data);
    }

    /**
     * Computes an HMAC with a text key, its UTF-8 bytes. A thread signing again with the key it
     * used last skips the key set-up, which is most of an HMAC's cost for a short message.
     *
     * @param key  the key, for example an access key secret
     * @param data the message
     * @return the MAC
     * @throws SdkClientException if SM3 is selected and BouncyCastle is missing
     */
    public byte[] hmac(String key, byte[] data) {
        if (this == SM3) {
            return Sm3Support.hmac(key.getBytes(StandardCharsets.UTF_8), data);
        }
        KeyedMac keyed = macs.get();
        if (!key.equals(keyed.key)) {
            keyed.init(key.getBytes(StandardCharsets.UTF_8), key);
        }
        // doFinal leaves the MAC initialised with the same key, ready for the next message.
        return keyed.mac.doFinal(data);
    }

    /**
     * Lower-case hex of bytes.
     *
     * @param bytes the bytes
     * @return the hex string
     */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** A thread's digest, and buffers for feeding it text. */
    private static final class Hasher {
        final MessageDigest digest;
        final char[] chars = new char[512];
        final byte[] bytes = new byte[512];

        Hasher(MessageDigest digest) {
            this.digest = digest;
        }
    }

    /** A thread's MAC and the text key it is initialised with, if it was given as text. */
    private static final class KeyedMac {
        final Mac mac;
        String key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }

        void init(byte[] keyBytes, String keyText) {
            key = null;
            try {
                mac.init(new SecretKeySpec(keyBytes, mac.getAlgorithm()));
            } catch (GeneralSecurityException e) {
                throw new SdkClientException("could not initialise " + mac.getAlgorithm(), e);
            }
            key = keyText;
        }
    }

    private static MessageDigest newDigest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (GeneralSecurityException e) {
            throw new SdkClientException(name + " is not available in this JVM", e);
        }
    }

    private static Mac newMac(String name) {
        try {
            return Mac.getInstance(name);
        } catch (GeneralSecurityException e) {
            throw new SdkClientException(name + " is not available in this JVM", e);
        }
    }
}
