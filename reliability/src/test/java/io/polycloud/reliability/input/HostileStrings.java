package io.polycloud.reliability.input;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Ids and values chosen to break URLs, headers and signatures: the URL's own delimiters
 * ({@code / ? # % & = + ..}), spaces, CR/LF and other control characters, non-ASCII (accents,
 * CJK, emoji as surrogate pairs, lone surrogates), the empty string, 10 000 characters, and null.
 */
final class HostileStrings {

    /** Characters worth combining: delimiters, whitespace, controls, non-ASCII, plus a few ordinary ones. */
    private static final String ALPHABET = "/?#%&=+;.:@!$'()*,[]~ \t\r\n\u0000\u0007\u001f\u007f\u0085\u00a0\u2028"
            + "\u3000éßЖ中文\uFEFFazAZ09-_";
    private static final List<String> PIECES = List.of("..", "%2F", "%2e%2e", "%00", "\r\nX-Injected: 1", "\uD83D\uDE00",
            "\uD800", "\uDC00", "ftj-", "?a=b", "#frag", "&JobId=ftj-other", "+", " ");

    private HostileStrings() {
    }

    /**
     * Hostile strings, sometimes after a given prefix (so a value can pass a prefix rule and still
     * carry the hostile part), and the edge cases on their own.
     *
     * @param prefix for example {@code ftj-}; empty for none
     * @return the arbitrary, null included
     */
    static Arbitrary<String> values(String prefix) {
        Arbitrary<String> mixed = Arbitraries.oneOf(
                        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(40),
                        Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts)),
                        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> prefixed = mixed.map(s -> prefix + s);
        Arbitrary<String> edges = Arbitraries.of(
                "", " ", ".", "..", "...", "a/b", "a b", "a+b", "%", "%25", "ö", "x".repeat(10_000),
                prefix + ".", prefix + "..", ofLength(prefix, 36), ofLength(prefix, 37), ofLength(prefix, 64),
                ofLength(prefix, 65), ofLength(prefix, 10_000));
        return Arbitraries.frequencyOf(
                        Tuple.of(3, prefixed),
                        Tuple.of(2, mixed),
                        Tuple.of(1, edges))
                .injectNull(0.03);
    }

    /** The prefix padded to a length: the documented limits are 36 and 64 characters. */
    private static String ofLength(String prefix, int length) {
        return prefix + "a".repeat(length - prefix.length());
    }
}
