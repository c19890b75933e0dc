package io.polycloud.core.internal.protocol;

import io.polycloud.core.internal.json.JsonBoolean;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonNumber;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.json.JsonString;
import io.polycloud.core.internal.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A defensive reader of error bodies, shared by both clouds' error parsers. Tries, in order:
 * strict JSON; lenient JSON (single quotes, unquoted names, trailing commas and comments all
 * appear in the clouds' own examples; raw control characters and bad UTF-8 in a message do not
 * spoil the rest; see {@link JsonReader}); then a field-by-field scan of whatever text arrived,
 * so a truncated body still yields the code and request id it got as far as. A body with a
 * duplicated name is not trusted as JSON by either reader and goes to the scan.
 *
 * <p>Only the first {@link #MAX_PARSED_BYTES} bytes are looked at.
 */
public final class ErrorBody {

    /** Bytes of an error body considered: 64 KiB. */
    public static final int MAX_PARSED_BYTES = 64 * 1024;

    private static final JsonReader STRICT = JsonReader.strict().maxBytes(MAX_PARSED_BYTES);
    private static final JsonReader LENIENT = JsonReader.lenient().maxBytes(MAX_PARSED_BYTES);

    private final String text;
    private final JsonObject json;
    private final boolean truncated;

    private ErrorBody(String text, JsonObject json, boolean truncated) {
        this.text = text;
        this.json = json;
        this.truncated = truncated;
    }

    /**
     * Reads a body.
     *
     * @param body      the bytes received
     * @param truncated whether the transport cut the body
     * @return the reader; never fails
     */
    public static ErrorBody of(byte[] body, boolean truncated) {
        int length = Math.min(body.length, MAX_PARSED_BYTES);
        boolean cut = truncated || body.length > MAX_PARSED_BYTES;
        String text = new String(body, 0, length, StandardCharsets.UTF_8);
        JsonValue json = cut ? null : parse(STRICT, body, length);
        if (json == null && !cut) {
            json = parse(LENIENT, body, length);
        }
        return new ErrorBody(text, json instanceof JsonObject object ? object : null, cut);
    }

    private static JsonValue parse(JsonReader reader, byte[] body, int length) {
        try {
            return reader.read(body, 0, length);
        } catch (JsonException e) {
            return null;
        }
    }

    /**
     * A string (or number, or boolean) field of the top-level object, or of a nested object when
     * more than one name is given ({@code text("error", "code")}); a number reads as written. When
     * the body was not a JSON object, the last name is looked for in the raw text, quoted with
     * double or single quotes.
     *
     * @param path field names from the root
     * @return the non-blank value, if found
     */
    public Optional<String> text(String... path) {
        if (json != null) {
            JsonValue node = json;
            for (String name : path) {
                node = node instanceof JsonObject object ? object.get(name).orElse(null) : null;
            }
            String v = node instanceof JsonString s ? s.value()
                    : node instanceof JsonNumber || node instanceof JsonBoolean ? node.toString() : "";
            return v.isBlank() ? Optional.empty() : Optional.of(v);
        }
        return scan(path[path.length - 1]);
    }

    /**
     * Whether the body was a JSON object (strictly or leniently).
     *
     * @return true if fields come from a parsed object
     */
    public boolean isJsonObject() {
        return json != null;
    }

    /**
     * Why fields may be missing, for the exception message when the body carried no message.
     *
     * @param statusCode  the HTTP status
     * @param contentType the response content type, may be null
     * @return a description such as {@code HTTP 502 with a non-JSON body (text/html, 1234 bytes)}
     */
    public String describe(int statusCode, String contentType) {
        if (text.isEmpty()) {
            return "HTTP " + statusCode + " with an empty body";
        }
        String what = truncated ? "a truncated body" : isJsonObject() ? "a JSON body without an error message" : "a non-JSON body";
        return "HTTP " + statusCode + " with " + what + " (" + (contentType == null ? "no content type" : contentType)
                + ", " + text.getBytes(StandardCharsets.UTF_8).length + " bytes read)";
    }

    private Optional<String> scan(String name) {
        Matcher m = Pattern.compile("[\"']" + Pattern.quote(name) + "[\"']\\s*:\\s*(?:\"([^\"\\\\]*)\"|'([^'\\\\]*)'|(-?\\d+))")
                .matcher(text);
        if (m.find()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return v.isBlank() ? Optional.empty() : Optional.of(v);
        }
        Matcher xml = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(text);
        if (xml.find() && !xml.group(1).isBlank()) {
            return Optional.of(xml.group(1).trim());
        }
        return Optional.empty();
    }
}
