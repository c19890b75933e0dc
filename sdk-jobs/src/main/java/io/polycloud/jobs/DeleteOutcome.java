package io.polycloud.jobs;

/**
 * How the deletion of one job ended, the same on every cloud.
 */
public enum DeleteOutcome {
    /**
     * The service deleted the job (DDS: cancelled the task). Also the outcome when an attempt of
     * the delete lost its answer (the connection dropped after the request went out) and the
     * retry then heard "does not exist": the lost attempt most likely deleted it, and the result's
     * message says so (a job that never existed cannot be told apart in that case).
     */
    DELETED,
    /**
     * The job was not there: the service's "does not exist" answer ({@code IllegalParam.JobId},
     * {@code DRS.10000010}, {@code DBS.280016}, {@code common.01000001}, or any other code of
     * category {@link io.polycloud.core.exception.ErrorCategory#NOT_FOUND}). Deleting a job twice
     * ends here the second time.
     */
    ALREADY_GONE,
    /**
     * The job exists but its state does not allow deleting it: the service said so with a code of
     * category {@link io.polycloud.core.exception.ErrorCategory#INVALID_STATE}
     * ({@code IncorrectStatus.OnlyForInitOrStopped}, {@code DRS.M00304}, {@code DBS.280042}, ...), or
     * the status read before the delete said so (LakeFormation). The result carries the code and
     * message, or the status.
     */
    NOT_DELETABLE,
    /** Anything else: the result carries the exception (an error the service sent, a timeout, a network failure). */
    FAILED,
    /** A dry run: the ref is valid and its client is ready; nothing was sent. */
    DRY_RUN,
    /** Not attempted: a batch stopped at its first failure before this ref was sent. */
    SKIPPED;

    /**
     * Whether the ref ended as asked: the job is gone ({@link #DELETED}, {@link #ALREADY_GONE}), or,
     * in a dry run, it would be sent ({@link #DRY_RUN}).
     *
     * @return true for those three
     */
    public boolean succeeded() {
        return this == DELETED || this == ALREADY_GONE || this == DRY_RUN;
    }
}
