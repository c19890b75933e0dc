package io.polycloud.core.internal.json;

/**
 * Checks bytes against the well-formed UTF-8 of the Unicode standard (Table 3-7): no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequences. The JDK's
 * decoder would replace such bytes silently; the strict reader must reject them instead.
 */
final class WellFormedUtf8 {

    private WellFormedUtf8() {
    }

    /**
     * The first byte in {@code bytes[from, to)} that is not part of a well-formed sequence.
     *
     * @return its index, or -1 if the whole range is well formed
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min2 = 0x80;
            int max2 = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                length = 2;
            } else if (b >= 0xe0 && b <= 0xef) {
                length = 3;
                if (b == 0xe0) {
                    min2 = 0xa0; // overlong below U+0800
                } else if (b == 0xed) {
                    max2 = 0x9f; // U+D800..U+DFFF are surrogates
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                length = 4;
                if (b == 0xf0) {
                    min2 = 0x90; // overlong below U+10000
                } else if (b == 0xf4) {
                    max2 = 0x8f; // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + 1 >= to || (bytes[i + 1] & 0xff) < min2 || (bytes[i + 1] & 0xff) > max2) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if (i + k >= to || (bytes[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
