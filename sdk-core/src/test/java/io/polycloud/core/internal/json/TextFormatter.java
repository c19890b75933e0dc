package io.polycloud.core.internal.json;

import java.util.Random;

/**
 * Writes a tree as a person or a server might: random whitespace, escapes chosen at random where a
 * character may be written either way, and, in lenient mode, single quotes, unquoted names,
 * trailing commas, comments and raw control characters (in double quotes only: Jackson refuses them
 * in single-quoted values, see {@link JacksonOracle#knownLenientQuirk}). The text must read back to the same
 * tree; the property tests use it as the input our writer never produces.
 */
final class TextFormatter {

    private final Random random;
    private final boolean lenient;
    private final StringBuilder out = new StringBuilder();

    private TextFormatter(Random random, boolean lenient) {
        this.random = random;
        this.lenient = lenient;
    }

    static TextFormatter strict(Random random) {
        return new TextFormatter(random, false);
    }

    static TextFormatter lenient(Random random) {
        return new TextFormatter(random, true);
    }

    String format(JsonValue value) {
        out.setLength(0);
        space();
        value(value);
        if (value instanceof JsonNumber) {
            out.append(' '); // Jackson wants a space between a root-level number and a comment
        }
        space();
        return out.toString();
    }

    private void value(JsonValue value) {
        if (value instanceof JsonObject o) {
            out.append('{');
            for (int i = 0; i < o.size(); i++) {
                space();
                name(o.nameAt(i));
                space();
                out.append(':');
                space();
                value(o.valueAt(i));
                space();
                if (i < o.size() - 1 || (lenient && random.nextInt(3) == 0)) {
                    out.append(',');
                }
            }
            space();
            out.append('}');
        } else if (value instanceof JsonArray a) {
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                space();
                value(a.get(i));
                space();
                if (i < a.size() - 1 || (lenient && random.nextInt(3) == 0)) {
                    out.append(',');
                }
            }
            space();
            out.append(']');
        } else if (value instanceof JsonString s) {
            string(s.value());
        } else {
            out.append(value);
        }
    }

    private void name(String name) {
        if (lenient && name.matches("[A-Za-z0-9_$]+") && random.nextBoolean()) {
            out.append(name);
        } else {
            string(name);
        }
    }

    private void string(String s) {
        char quote = lenient && random.nextBoolean() ? '\'' : '"';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isSurrogate(c) && !pair) {
                unicodeEscape(c);
            } else if (random.nextInt(4) == 0) {
                unicodeEscape(c);
                if (pair) {
                    unicodeEscape(s.charAt(++i));
                }
            } else if (c < 0x20 && (!lenient || quote == '\'')) {
                out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
            } else if (c == '/' && random.nextBoolean()) {
                out.append("\\/");
            } else {
                out.append(c);
                if (pair) {
                    out.append(s.charAt(++i));
                }
            }
        }
        out.append(quote);
    }

    private void unicodeEscape(char c) {
        out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
    }

    private void space() {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(lenient ? 6 : 4);
            out.append(switch (kind) {
                case 0 -> " ";
                case 1 -> "\t";
                case 2 -> "\n";
                case 3 -> "\r";
                case 4 -> "/* c */";
                default -> "// c\n";
            });
        }
    }
}
