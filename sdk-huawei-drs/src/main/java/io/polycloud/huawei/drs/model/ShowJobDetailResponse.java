package io.polycloud.huawei.drs.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The overview of a DRS job, as {@code ShowJobDetail} ({@code type=overview}) reports it.
 *
 * @param jobId      the job's id ({@code job.id})
 * @param status     the job's status as the service spells it ({@code job.status}), for example
 *                   {@code INCRE_TRANSFER_STARTED}, {@value #STOPPED} (stopped) or {@code DELETED}
 * @param name       the job's name ({@code job.base_info.name}), if sent
 * @param createTime the creation time as the service sends it ({@code job.create_time}), if sent
 * @param requestId  the id the service gave the request ({@code X-Request-Id}), if sent
 */
public record ShowJobDetailResponse(String jobId, String status, Optional<String> name, Optional<String> createTime,
                                    Optional<String> requestId) {

    /** The status of a stopped job, the only one DRS deletes. */
    public static final String STOPPED = "RELEASE_RESOURCE_COMPLETE";

    /** Checks that no component is null. */
    public ShowJobDetailResponse {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Whether {@code deleteJob} would accept the job: only a stopped one is deleted; any other
     * status is refused with {@link io.polycloud.huawei.drs.DrsErrorCodes#TASK_STATUS_NOT_ALLOWED}.
     *
     * @return true if the status is {@value #STOPPED}
     */
    public boolean isDeletable() {
        return STOPPED.equals(status);
    }
}
