package io.polycloud.jobs;

import io.polycloud.core.exception.SdkException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the deletion of one job ended.
 *
 * @param ref       the job
 * @param outcome   how it ended
 * @param code      the cloud's error code when the answer that decided the outcome was an error: its
 *                  not-found code ({@link DeleteOutcome#ALREADY_GONE}), its wrong-state code
 *                  ({@link DeleteOutcome#NOT_DELETABLE}), any other ({@link DeleteOutcome#FAILED}); empty otherwise
 * @param message   the cloud's error message, or what happened in words (a status read before
 *                  deleting, a client-side failure); empty for {@link DeleteOutcome#DELETED}
 * @param jobStatus the job's status as the service spells it, when a read told it (LakeFormation's
 *                  {@code ShowJob}, VPC's {@code DescribeFailoverTestJobs} with {@code stopFirst})
 * @param failure   the exception, for {@link DeleteOutcome#FAILED}
 * @param requestId the request id of the answer that decided the outcome, when there was one
 * @param attempts  every HTTP attempt made for this job: reads, stop, polls and the delete, retries included
 * @param duration  wall-clock time from the first call for this job to its outcome (zero when nothing was sent)
 */
public record DeleteResult(JobRef ref, DeleteOutcome outcome, Optional<String> code, Optional<String> message,
                           Optional<String> jobStatus, Optional<SdkException> failure, Optional<String> requestId,
                           int attempts, Duration duration) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if one is null
     * @throws IllegalArgumentException if {@code attempts} or {@code duration} is negative, or a
     *         {@link DeleteOutcome#FAILED} result has no failure
     */
    public DeleteResult {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(jobStatus, "jobStatus");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        if (attempts < 0 || duration.isNegative()) {
            throw new IllegalArgumentException("attempts and duration must not be negative");
        }
        if (outcome == DeleteOutcome.FAILED && failure.isEmpty()) {
            throw new IllegalArgumentException("a FAILED result carries its failure");
        }
    }

    /** Never prints the exception's stack, only what a log line needs. */
    @Override
    public String toString() {
        return "DeleteResult{" + ref + " " + outcome + code.map(c -> " " + c).orElse("")
                + jobStatus.map(s -> " status=" + s).orElse("") + ", requestId=" + requestId.orElse("-")
                + ", attempts=" + attempts + ", " + duration.toMillis() + " ms}";
    }
}
