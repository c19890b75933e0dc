package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One condition of {@code DescribeFailoverTestJobs} ({@code Filter.N.Key} and
 * {@code Filter.N.Value.M}): a job matches when its key has any of the values. A request's
 * filters must all match.
 *
 * <pre>{@code
 * Filter.of(FilterKey.JOB_STATUS, "Init", "Testing");
 * Filter.of(FilterKey.JOB_ID, jobId);
 * }</pre>
 */
public final class Filter {

    /** Most values one filter may carry. */
    public static final int MAX_VALUES = 5;
    /** Longest value accepted. */
    public static final int MAX_VALUE_LENGTH = 256;

    private final FilterKey key;
    private final List<String> values;

    private Filter(FilterKey key, Collection<String> values) {
        this.key = Validate.notNull(key, "filter key");
        Validate.notNull(values, "filter " + key.value() + " values");
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new SdkClientException("filter " + key.value() + " must have 1 to " + MAX_VALUES + " values, had "
                    + values.size());
        }
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            copy.add(key == FilterKey.JOB_ID ? FieldRules.jobId(value)
                    : Validate.text(value, "filter " + key.value() + " value", MAX_VALUE_LENGTH));
        }
        this.values = List.copyOf(copy);
    }

    /**
     * A filter.
     *
     * @param key    what to match
     * @param values 1 to {@value #MAX_VALUES} accepted values
     * @return the filter
     * @throws SdkClientException if the key is null, or there are not 1 to 5 values, or a value is
     *         blank, longer than {@value #MAX_VALUE_LENGTH} characters or holds a control character, or a
     *         {@link FilterKey#JOB_ID} value is not a job id ({@code ftj-…}, at most 64 characters)
     */
    public static Filter of(FilterKey key, String... values) {
        return new Filter(key, values == null ? null : Arrays.asList(values));
    }

    /**
     * A filter.
     *
     * @param key    what to match
     * @param values 1 to {@value #MAX_VALUES} accepted values
     * @return the filter
     * @throws SdkClientException as {@link #of(FilterKey, String...)}
     */
    public static Filter of(FilterKey key, Collection<String> values) {
        return new Filter(key, values);
    }

    /**
     * What the filter matches on.
     *
     * @return the key
     */
    public FilterKey key() {
        return key;
    }

    /**
     * The accepted values, in the order sent.
     *
     * @return an unmodifiable list
     */
    public List<String> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter f && f.key == key && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        return key.value() + "=" + values;
    }
}
