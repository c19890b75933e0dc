package io.polycloud.core.internal.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Loads the signature test vectors copied from the clouds' documentation into test resources. */
public final class Vectors {

    private Vectors() {
    }

    /** The {@code cases} of {@code /vectors/<file>}. */
    public static List<JsonNode> cases(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /vectors/" + file);
            }
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).path("cases").forEach(cases::add);
            if (cases.isEmpty()) {
                throw new IllegalStateException("no cases in " + file);
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A nullable string field. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
