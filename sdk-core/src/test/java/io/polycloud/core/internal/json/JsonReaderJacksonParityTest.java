package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Our reader against Jackson on generated documents: what one accepts the other accepts, with
 * the same values; and everything our writer writes reads back to the tree it came from.
 */
class JsonReaderJacksonParityTest {

    private static final int TRIES = 400;

    @Property(tries = TRIES)
    void writeThenRead_givesTheSameTree_andJacksonReadsTheSameValues(@ForAll("trees") JsonValue tree, @ForAll boolean pretty) {
        byte[] json = (pretty ? JsonWriter.pretty() : JsonWriter.compact()).writeUtf8(tree);
        assertEquals(tree, JsonReader.strict().read(json));
        assertEquals(tree, JsonReader.lenient().read(json));
        JsonNode jackson = JacksonOracle.STRICT.read(json);
        assertNotNull(jackson, "Jackson rejects what we wrote");
        assertTrue(JacksonOracle.same(tree, jackson), () -> "Jackson read other values from " + new String(json, StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void read_handFormattedDocument_givesWhatJacksonGives(@ForAll("trees") JsonValue tree, @ForAll Random random) {
        byte[] json = TextFormatter.strict(random).format(tree).getBytes(StandardCharsets.UTF_8);
        JsonValue ours = JsonReader.strict().read(json);
        assertTrue(JacksonOracle.same(ours, JacksonOracle.STRICT.read(json)), () -> new String(json, StandardCharsets.UTF_8));
        assertEquals(tree, ours);
    }

    @Property(tries = TRIES)
    void read_lenientlyFormattedDocument_givesWhatLenientJacksonGives(@ForAll("trees") JsonValue tree, @ForAll Random random) {
        byte[] json = TextFormatter.lenient(random).format(tree).getBytes(StandardCharsets.UTF_8);
        JsonValue ours = JsonReader.lenient().read(json);
        assertEquals(tree, ours);
        JacksonOracle.Outcome jackson = JacksonOracle.LENIENT.parse(json);
        if (jackson.tree() == null) {
            assertTrue(JacksonOracle.knownLenientQuirk(ours, jackson.rejection()),
                    () -> "lenient Jackson rejects (" + jackson.rejection() + ") " + shown(json));
        } else {
            assertTrue(JacksonOracle.same(ours, jackson.tree()), () -> shown(json));
        }
    }

    @Property(tries = 2 * TRIES)
    void read_mutatedDocument_isAcceptedOrRejectedAsJacksonDoes(@ForAll("trees") JsonValue tree, @ForAll Random random,
                                                                @ForAll boolean lenient) {
        String text = (lenient ? TextFormatter.lenient(random) : TextFormatter.strict(random)).format(tree);
        byte[] json = mutate(text, random).getBytes(StandardCharsets.UTF_8);
        // A mutation test that only ever saw one outcome would prove little.
        Statistics.coverage(coverage -> {
            coverage.check("accepted").percentage(p -> p >= 5);
            coverage.check("rejected").percentage(p -> p >= 5);
        });
        JsonReader reader = lenient ? JsonReader.lenient() : JsonReader.strict();
        JacksonOracle.Outcome jackson = (lenient ? JacksonOracle.LENIENT : JacksonOracle.STRICT).parse(json);
        JsonValue ours;
        try {
            ours = reader.read(json);
        } catch (JsonException e) {
            assertEquals(null, jackson.tree(), () -> "we reject (" + e.getMessage() + ") what Jackson accepts: " + shown(json));
            Statistics.collect("rejected");
            return;
        }
        Statistics.collect("accepted");
        if (jackson.tree() == null) {
            assertTrue(JacksonOracle.knownQuirk(jackson.rejection()) || lenient && JacksonOracle.knownLenientQuirk(ours, jackson.rejection()),
                    () -> "we accept what Jackson rejects (" + jackson.rejection() + "): " + shown(json));
            return;
        }
        assertTrue(JacksonOracle.same(ours, jackson.tree()), () -> shown(json));
    }

    private static String shown(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Characters that make or break JSON syntax; ASCII only, since Jackson does not replace bad UTF-8 as our lenient reader does. */
    private static final String SYNTAX = "{}[],:\"'\\/*-+.eE0129 \t\n\rtrufalsnxu_$@#";

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            char c = SYNTAX.charAt(random.nextInt(SYNTAX.length()));
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, c);
                case 1 -> { if (at < s.length()) s.deleteCharAt(at); }
                default -> { if (at < s.length()) s.setCharAt(at, c); }
            }
        }
        return s.toString();
    }

    @Provide
    Arbitrary<JsonValue> trees() {
        return value(4);
    }

    private static Arbitrary<JsonValue> value(int depth) {
        Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
                strings().map(JsonString::new),
                numbers(),
                Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.NULL));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonValue> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(5)
                .map(values -> {
                    JsonArray.Builder b = JsonArray.builder();
                    values.forEach(b::add);
                    return b.build();
                });
        Arbitrary<JsonValue> object = Combinators.combine(names().list().ofMaxSize(5), Arbitraries.lazy(() -> value(depth - 1)).list().ofSize(5))
                .as((names, values) -> {
                    JsonObject.Builder b = JsonObject.builder();
                    for (int i = 0; i < names.size(); i++) {
                        b.put(names.get(i), values.get(i));
                    }
                    return b.build();
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, array), net.jqwik.api.Tuple.of(1, object));
    }

    /** Any chars, lone surrogates and controls included, plus the ones that need escaping, often. */
    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("\"\\/'\n\t\u0000\u001fé€😀\uD800\uDC00 aZ").ofMaxLength(12),
                Arbitraries.of("", "RequestId", "ftj-0e7a1a4c", "0", "true"));
    }

    /** Names the lenient formatter can also leave unquoted, and others. */
    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars("_$09").ofMinLength(1).ofMaxLength(6),
                strings());
    }

    private static Arbitrary<JsonValue> numbers() {
        Arbitrary<String> text = Combinators.combine(
                Arbitraries.of("", "-"),
                Arbitraries.oneOf(Arbitraries.just("0"), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25)
                        .filter(s -> s.charAt(0) != '0')),
                Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20).map(f -> "." + f)),
                Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.integers().between(0, 400)).as((e, sign, exp) -> e + sign + exp)))
                .as((sign, integer, fraction, exponent) -> sign + integer + fraction + exponent);
        return Arbitraries.oneOf(
                text.map(JsonNumber::of),
                Arbitraries.longs().map(JsonNumber::of),
                Arbitraries.doubles().map(JsonNumber::of));
    }
}
