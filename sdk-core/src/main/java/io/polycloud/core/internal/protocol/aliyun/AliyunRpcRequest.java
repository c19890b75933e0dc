package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.internal.validation.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.AbstractMap.SimpleImmutableEntry;

/**
 * One Alibaba Cloud RPC call before it becomes HTTP: the action and its parameters in order.
 * Service modules build these from their typed requests; {@link AliyunRpcClient} turns them into
 * signed HTTP requests.
 *
 * <pre>{@code
 * AliyunRpcRequest.builder("StartFailoverTestJob")
 *         .parameter("RegionId", regionId).parameter("JobId", jobId).parameter("ClientToken", token)
 *         .safeToRepeat(true)
 *         .build();
 * }</pre>
 */
public final class AliyunRpcRequest {

    private final String action;
    private final List<Map.Entry<String, String>> parameters;
    private final boolean safeToRepeat;

    private AliyunRpcRequest(Builder b) {
        this.action = b.action;
        this.parameters = Collections.unmodifiableList(new ArrayList<>(b.parameters));
        this.safeToRepeat = b.safeToRepeat;
    }

    /**
     * A builder for an action.
     *
     * @param action the API action, for example {@code DescribeFailoverTestJobs}
     * @return the builder
     */
    public static Builder builder(String action) {
        return new Builder(action);
    }

    /**
     * The action.
     *
     * @return the action name
     */
    public String action() {
        return action;
    }

    /**
     * The parameters, in the order added.
     *
     * @return name/value pairs
     */
    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /**
     * Whether sending the call twice has no extra effect (read-only, or carries a ClientToken).
     *
     * @return true if ambiguous failures may be retried
     */
    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    /** Builds {@link AliyunRpcRequest}s. */
    public static final class Builder {
        private final String action;
        private final List<Map.Entry<String, String>> parameters = new ArrayList<>();
        private boolean safeToRepeat;

        private Builder(String action) {
            this.action = Validate.text(action, "action", 128);
        }

        /**
         * Adds a parameter; a null value is skipped, so optional fields can be passed as is.
         *
         * @param name  the parameter name, for example {@code ResourceId.1}
         * @param value the value, or null to omit it
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            Validate.text(name, "parameter name", 256);
            if (value != null) {
                parameters.add(new SimpleImmutableEntry<>(name, value));
            }
            return this;
        }

        /**
         * @param safeToRepeat whether sending the call twice has no extra effect
         * @return this builder
         */
        public Builder safeToRepeat(boolean safeToRepeat) {
            this.safeToRepeat = safeToRepeat;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public AliyunRpcRequest build() {
            return new AliyunRpcRequest(this);
        }
    }
}
