package io.polycloud.core.exception;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documented error codes of one service, looked up by code.
 *
 * <p>The request pipeline consults the catalog to give a {@link ServiceException} its
 * {@link ErrorCategory}; codes missing from it fall back to cloud-wide rules and then to the
 * HTTP status.
 */
public final class ErrorCatalog {

    private static final ErrorCatalog EMPTY = new ErrorCatalog(Map.of());

    private final Map<String, ErrorCode> byCode;

    private ErrorCatalog(Map<String, ErrorCode> byCode) {
        this.byCode = byCode;
    }

    /**
     * A catalog of the given codes.
     *
     * @param codes the documented codes
     * @return the catalog
     * @throws IllegalArgumentException if two entries share a code
     */
    public static ErrorCatalog of(ErrorCode... codes) {
        return of(Arrays.asList(codes));
    }

    /**
     * A catalog of the given codes.
     *
     * @param codes the documented codes
     * @return the catalog
     * @throws IllegalArgumentException if two entries share a code
     */
    public static ErrorCatalog of(Collection<ErrorCode> codes) {
        Map<String, ErrorCode> map = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            if (map.put(code.code(), code) != null) {
                throw new IllegalArgumentException("duplicate error code " + code.code());
            }
        }
        return new ErrorCatalog(Map.copyOf(map));
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
     * Looks a code up.
     *
     * @param code the code as the service sent it
     * @return the documented entry, empty when the code is not in this catalog
     */
    public Optional<ErrorCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * Every code of this catalog.
     *
     * @return an unmodifiable collection
     */
    public Collection<ErrorCode> codes() {
        return byCode.values();
    }
}
