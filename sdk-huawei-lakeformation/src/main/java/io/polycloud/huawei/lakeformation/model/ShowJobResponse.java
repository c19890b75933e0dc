package io.polycloud.huawei.lakeformation.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A LakeFormation job, as {@code ShowJobByInstance} reports it.
 *
 * @param jobId      the job's id ({@code id})
 * @param status     the status as the service spells it: {@code CREATED}, {@code SUBMITTED},
 *                   {@code RUNNING}, {@code SUCCESS}, {@code FAILED} or {@code STOPPED}
 * @param name       the job's name, if sent
 * @param createTime the creation time as the service sends it, if sent
 * @param startTime  the start of the last run as the service sends it, if sent
 * @param requestId  the id the service gave the request ({@code X-request-id}), if sent
 */
public record ShowJobResponse(String jobId, String status, Optional<String> name, Optional<String> createTime,
                              Optional<String> startTime, Optional<String> requestId) {

    private static final Set<String> NOT_DELETABLE = Set.of("SUBMITTED", "RUNNING");

    /** Checks that no component is null. */
    public ShowJobResponse {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Whether {@code deleteJob} would accept the job: one that has been submitted or is running
     * must be stopped first. LakeFormation documents no error code for that refusal, so read the
     * job before deleting it.
     *
     * @return false while the job is {@code SUBMITTED} or {@code RUNNING}
     */
    public boolean isDeletable() {
        return !NOT_DELETABLE.contains(status);
    }
}
