package io.polycloud.core.exception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documented error codes of one service, looked up by code.
 *
 * <p>The request pipeline consults the catalog to give a {@link ServiceException} its
 * {@link ErrorCategory}; codes missing from it fall back to cloud-wide rules and then to the
 * HTTP status. A service may document one code under several statuses with different meanings
 * (LakeFormation sends {@code common.01000001} for a malformed request with 400 and for a
 * missing resource with 404): list one entry per status, and {@link #find(String, int)} picks
 * the one for the status received.
 */
public final class ErrorCatalog {

    private static final ErrorCatalog EMPTY = new ErrorCatalog(Map.of(), List.of());

    private final Map<String, List<ErrorCode>> byCode;
    private final List<ErrorCode> codes;

    private ErrorCatalog(Map<String, List<ErrorCode>> byCode, List<ErrorCode> codes) {
        this.byCode = byCode;
        this.codes = codes;
    }

    /**
     * A catalog of the given codes.
     *
     * @param codes the documented codes
     * @return the catalog
     * @throws IllegalArgumentException if two entries share both code and HTTP status
     */
    public static ErrorCatalog of(ErrorCode... codes) {
        return of(Arrays.asList(codes));
    }

    /**
     * A catalog of the given codes.
     *
     * @param codes the documented codes
     * @return the catalog
     * @throws IllegalArgumentException if two entries share both code and HTTP status
     */
    public static ErrorCatalog of(Collection<ErrorCode> codes) {
        Map<String, List<ErrorCode>> map = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            List<ErrorCode> same = map.computeIfAbsent(code.code(), c -> new ArrayList<>(1));
            if (same.stream().anyMatch(c -> c.httpStatus() == code.httpStatus())) {
                throw new IllegalArgumentException("duplicate error code " + code.code() + " for HTTP " + code.httpStatus());
            }
            same.add(code);
        }
        map.replaceAll((c, list) -> List.copyOf(list));
        return new ErrorCatalog(Map.copyOf(map), List.copyOf(codes));
    }

    /**
     * A catalog with no codes.
     *
     * @return the empty catalog
     */
    public static ErrorCatalog empty() {
        return EMPTY;
    }

    /**
     * Looks a code up, whatever its status.
     *
     * @param code the code as the service sent it
     * @return the first documented entry, empty when the code is not in this catalog
     */
    public Optional<ErrorCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code)).map(list -> list.get(0));
    }

    /**
     * Looks a code up as received with a status: the entry documented for that status, else the
     * code's first entry.
     *
     * @param code       the code as the service sent it
     * @param httpStatus the status it came with
     * @return the documented entry, empty when the code is not in this catalog
     */
    public Optional<ErrorCode> find(String code, int httpStatus) {
        List<ErrorCode> same = code == null ? null : byCode.get(code);
        if (same == null) {
            return Optional.empty();
        }
        return Optional.of(same.stream().filter(c -> c.httpStatus() == httpStatus).findFirst().orElse(same.get(0)));
    }

    /**
     * Every entry of this catalog, in the order given.
     *
     * @return an unmodifiable collection
     */
    public Collection<ErrorCode> codes() {
        return codes;
    }
}
