package io.polycloud.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Jackson, configured to accept what our strict and lenient readers accept (trailing content and
 * duplicate names rejected, floats kept exact), as the reference the property tests compare to.
 * Test scope only.
 */
final class JacksonOracle {

    static final JacksonOracle STRICT = new JacksonOracle(base().build());
    static final JacksonOracle LENIENT = new JacksonOracle(base()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build());

    private final JsonMapper mapper;

    private JacksonOracle(JsonMapper mapper) {
        this.mapper = mapper;
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** Jackson's tree, or null if Jackson rejects the document (an empty one included). */
    JsonNode read(byte[] json) {
        return parse(json).tree();
    }

    /** What Jackson makes of a document: a tree, or why not. */
    record Outcome(JsonNode tree, String rejection) {
    }

    Outcome parse(byte[] json) {
        try {
            JsonNode node = mapper.readTree(json);
            return node == null || node.isMissingNode() ? new Outcome(null, "empty document") : new Outcome(node, null);
        } catch (IOException | NumberFormatException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /**
     * Where Jackson (asked for exact decimals) fails on an exponent beyond BigDecimal's range, which
     * our reader keeps as text.
     */
    static boolean knownQuirk(String rejection) {
        return rejection.contains("can not be deserialized as `java.math.BigDecimal`");
    }

    /**
     * Where lenient Jackson rejects what our lenient grammar accepts on purpose: a raw control
     * character in a single-quoted value (Jackson allows it in single-quoted names and double-quoted
     * strings only), a root-level number followed by a comment without a space between, and a
     * raw NUL in a root-level string (Jackson reports an end of input).
     */
    static boolean knownLenientQuirk(JsonValue ours, String rejection) {
        return rejection.contains("CTRL-CHAR") && rejection.contains("between tokens")
                || ours instanceof JsonNumber && rejection.contains("Expected space separating root-level values")
                || ours instanceof JsonString s && s.value().indexOf('\0') >= 0 && rejection.contains("end-of-input");
    }

    /** Whether the trees hold the same values; numbers compare by their decimal value, since Jackson drops the text. */
    static boolean same(JsonValue ours, JsonNode theirs) {
        if (ours instanceof JsonObject o) {
            if (!theirs.isObject() || theirs.size() != o.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!o.get(member.getKey()).map(v -> same(v, member.getValue())).orElse(false)) {
                    return false;
                }
            }
            return true;
        }
        if (ours instanceof JsonArray a) {
            if (!theirs.isArray() || theirs.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), theirs.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (ours instanceof JsonString s) {
            return theirs.isTextual() && theirs.textValue().equals(s.value());
        }
        if (ours instanceof JsonNumber n) {
            return theirs.isNumber() && new BigDecimal(n.text()).compareTo(theirs.decimalValue()) == 0;
        }
        if (ours instanceof JsonBoolean b) {
            return theirs.isBoolean() && theirs.booleanValue() == b.asBoolean();
        }
        return theirs.isNull();
    }
}
