package io.polycloud.core.testsupport;

import io.polycloud.core.exception.ErrorCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ErrorCode} constants a service's {@code XxxErrorCodes} class publishes, read by
 * reflection, so a test can check that its {@code catalog()} lists every one and that every one
 * has an error test. Shared by the service modules through sdk-core's test-jar.
 */
public final class PublishedErrorCodes {

    private PublishedErrorCodes() {
    }

    /**
     * The public static {@link ErrorCode} fields of a class, as {@code code@status} keys, sorted.
     *
     * @param holder for example {@code DrsErrorCodes.class}
     * @return the keys, for example {@code DRS.10000010@400}
     */
    public static List<String> keys(Class<?> holder) {
        List<ErrorCode> published = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ErrorCode.class) {
                try {
                    published.add((ErrorCode) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read " + f, e);
                }
            }
        }
        return keys(published);
    }

    /**
     * {@code code@status} keys of some codes, sorted.
     *
     * @param codes the codes, for example a catalog's
     * @return the keys
     */
    public static List<String> keys(Iterable<ErrorCode> codes) {
        List<String> keys = new ArrayList<>();
        codes.forEach(c -> keys.add(c.code() + "@" + c.httpStatus()));
        keys.sort(null);
        return keys;
    }
}
