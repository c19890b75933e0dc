package io.polycloud.testing.internal.aliyun;

import io.polycloud.core.http.QueryParameter;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.ServiceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Internal: typed reads of an RPC request's parameters, refusing what the VPC reference does not
 * allow with the emulator's own codes ({@value #MISSING} and {@value #INVALID}), since the
 * reference documents none for these cases. Not part of the public API.
 */
final class RpcParameters {

    /** A required parameter is absent or empty. */
    static final String MISSING = "Emulator.MissingParameter";
    /** A parameter value is outside what the API accepts. */
    static final String INVALID = "Emulator.InvalidParameter";

    /** Parameters of the signature and the protocol, not of the operation. */
    private static final Set<String> PROTOCOL = Set.of("AccessKeyId", "Action", "Format", "SecurityToken", "Signature",
            "SignatureMethod", "SignatureNonce", "SignatureType", "SignatureVersion", "Timestamp", "Version");

    private final IncomingRequest request;

    RpcParameters(IncomingRequest request) {
        this.request = request;
    }

    List<QueryParameter> all() {
        return request.parameters();
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> ServiceError.badRequest(MISSING,
                "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied."));
    }

    Optional<String> optional(String name) {
        return request.parameter(name).filter(v -> !v.isEmpty());
    }

    int requiredInt(String name, int min, int max) {
        return parseInt(name, required(name), min, max);
    }

    Optional<Integer> optionalInt(String name, int min, int max) {
        return optional(name).map(v -> parseInt(name, v, min, max));
    }

    /** {@code true} or {@code false}; absent is false. */
    boolean flag(String name) {
        Optional<String> v = optional(name);
        if (v.isEmpty() || v.get().equals("false")) {
            return false;
        }
        if (v.get().equals("true")) {
            return true;
        }
        throw invalid(name, "must be true or false");
    }

    /**
     * The values of {@code prefix1}, {@code prefix2}, … in index order, as the RPC style
     * flattens a list; an index that is not a positive number is refused.
     */
    List<String> indexed(String prefix) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (QueryParameter p : request.parameters()) {
            if (p.name().startsWith(prefix) && p.name().indexOf('.', prefix.length()) < 0) {
                String index = p.name().substring(prefix.length());
                try {
                    int i = Integer.parseInt(index);
                    if (i < 1) {
                        throw new NumberFormatException();
                    }
                    byIndex.put(i, p.value());
                } catch (NumberFormatException e) {
                    throw invalid(p.name(), "the index must be a positive number");
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    /** The operation's own parameters, sorted: what makes two requests with one ClientToken the same request. */
    String fingerprint() {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (QueryParameter p : request.parameters()) {
            if (!PROTOCOL.contains(p.name())) {
                sorted.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
            }
        }
        return sorted.toString();
    }

    static ServiceError invalid(String name, String rule) {
        return ServiceError.badRequest(INVALID, "The parameter \"" + name + "\" is invalid: " + rule + ".");
    }

    private static int parseInt(String name, String value, int min, int max) {
        try {
            int i = Integer.parseInt(value);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a whole number from " + min + " to " + max);
    }
}
