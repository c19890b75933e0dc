package io.polycloud.aliyun.vpc.model;

/**
 * The setters of the job fields a caller names on every job model (a job's name, description
 * and duration), shared by the request builders and {@link FailoverTestJob.Builder}. Each model
 * validates the values when it is built.
 *
 * @param <B> the concrete builder type
 */
abstract sealed class JobFieldsBuilder<B extends JobFieldsBuilder<B>> permits JobRequestBuilder, FailoverTestJob.Builder {
    String name;
    String description;
    Integer jobDuration;

    /**
     * Names the job: at most 128 characters, not starting with {@code http://} or {@code https://};
     * null for none.
     *
     * @param name the name
     * @return this builder
     */
    public B name(String name) {
        this.name = name;
        return self();
    }

    /**
     * Describes the job: at most 256 characters, not starting with {@code http://} or
     * {@code https://}; null for none.
     *
     * @param description the description
     * @return this builder
     */
    public B description(String description) {
        this.description = description;
        return self();
    }

    /**
     * Sets the minutes the test runs once started, 1 to 4320; null for none.
     *
     * @param jobDuration the minutes
     * @return this builder
     */
    public B jobDuration(Integer jobDuration) {
        this.jobDuration = jobDuration;
        return self();
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }
}
