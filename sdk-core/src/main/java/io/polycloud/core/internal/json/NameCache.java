package io.polycloud.core.internal.json;

import java.nio.charset.StandardCharsets;

/**
 * The member names read recently, shared by every parse, so the names each response repeats
 * ({@code RequestId}, the fields of every item in a list) are not allocated again per object.
 *
 * <p>Deliberately racy: slots are read and written without synchronisation. That is safe because
 * a slot holds a {@code String}, immutable and safely published through its final fields, so a
 * reader sees null, an older name or a newer one; every hit is checked against the bytes, so a
 * stale or colliding entry is a miss, never a wrong name. Bounded: {@value #SLOTS} names of at
 * most {@value #MAX_LENGTH} ASCII characters.
 */
final class NameCache {

    private static final int SLOTS = 1024;
    private static final int MAX_LENGTH = 32;
    private static final String[] NAMES = new String[SLOTS];

    private NameCache() {
    }

    /** The name held by the ASCII bytes {@code buf[from, to)}. */
    static String name(byte[] buf, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return new String(buf, from, length, StandardCharsets.ISO_8859_1);
        }
        int h = length;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 15)) & (SLOTS - 1);
        String cached = NAMES[slot];
        if (cached != null && matches(cached, buf, from, length)) {
            return cached;
        }
        String name = new String(buf, from, length, StandardCharsets.ISO_8859_1);
        NAMES[slot] = name;
        return name;
    }

    private static boolean matches(String cached, byte[] buf, int from, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != buf[from + i]) {
                return false;
            }
        }
        return true;
    }
}
