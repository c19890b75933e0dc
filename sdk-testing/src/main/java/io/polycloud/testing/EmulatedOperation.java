package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.Locale;

/**
 * An operation the emulator recognises, for {@linkplain Fault#onlyFor(EmulatedOperation...) scoping
 * faults} and for {@linkplain RecordedCall#operation() reading the request log}.
 */
public enum EmulatedOperation {
    /** VPC {@code CreateFailoverTestJob}. */
    VPC_CREATE_FAILOVER_TEST_JOB("vpc", "CreateFailoverTestJob"),
    /** VPC {@code DescribeFailoverTestJobs}. */
    VPC_DESCRIBE_FAILOVER_TEST_JOBS("vpc", "DescribeFailoverTestJobs"),
    /** VPC {@code UpdateFailoverTestJob}. */
    VPC_UPDATE_FAILOVER_TEST_JOB("vpc", "UpdateFailoverTestJob"),
    /** VPC {@code StartFailoverTestJob}. */
    VPC_START_FAILOVER_TEST_JOB("vpc", "StartFailoverTestJob"),
    /** VPC {@code StopFailoverTestJob}. */
    VPC_STOP_FAILOVER_TEST_JOB("vpc", "StopFailoverTestJob"),
    /** VPC {@code DeleteFailoverTestJob}. */
    VPC_DELETE_FAILOVER_TEST_JOB("vpc", "DeleteFailoverTestJob"),
    /** DRS {@code DeleteJob}: {@code DELETE /v5/{project_id}/jobs/{job_id}}. */
    DRS_DELETE_JOB("drs", "DeleteJob"),
    /** DRS {@code ShowJobDetail}: {@code GET /v5/{project_id}/jobs/{job_id}?type=overview}. */
    DRS_SHOW_JOB_DETAIL("drs", "ShowJobDetail"),
    /** DDS {@code CancelScheduledTask}: {@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}. */
    DDS_CANCEL_SCHEDULED_TASK("dds", "CancelScheduledTask"),
    /** DDS {@code ListScheduledTasks}: {@code GET /v3/{project_id}/scheduled-jobs}. */
    DDS_LIST_SCHEDULED_TASKS("dds", "ListScheduledTasks"),
    /** LakeFormation {@code DeleteJob}: {@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}. */
    LAKEFORMATION_DELETE_JOB("lakeformation", "DeleteJob"),
    /** LakeFormation {@code ShowJob}: {@code GET /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}. */
    LAKEFORMATION_SHOW_JOB("lakeformation", "ShowJob"),
    /** IAM {@code KeystoneCreateUserTokenByPassword}: {@code POST /v3/auth/tokens}. */
    IAM_CREATE_TOKEN("iam", "KeystoneCreateUserTokenByPassword"),
    /** An Alibaba Cloud action the emulator does not implement. */
    ALIYUN_UNKNOWN("aliyun", "Unknown"),
    /** A Huawei Cloud (or any other) path the emulator does not implement. */
    HUAWEI_UNKNOWN("huawei", "Unknown");

    private final String service;
    private final String apiName;

    EmulatedOperation(String service, String apiName) {
        this.service = service;
        this.apiName = apiName;
    }

    /**
     * The service, as the SDK names it.
     *
     * @return for example {@code vpc} or {@code drs}
     */
    public String service() {
        return service;
    }

    /**
     * The operation name as the cloud's API reference spells it.
     *
     * @return for example {@code StartFailoverTestJob}
     */
    public String apiName() {
        return apiName;
    }

    /**
     * Reads an operation from text, as the admin API and the standalone launcher receive it:
     * the constant name ({@code DRS_DELETE_JOB}, any case), {@code service:ApiName}
     * ({@code drs:DeleteJob}), or an API name that only one service uses
     * ({@code StartFailoverTestJob}).
     *
     * @param text the text
     * @return the operation
     * @throws SdkClientException if the text names no operation or several
     */
    public static EmulatedOperation parse(String text) {
        Validate.notBlank(text, "operation");
        EmulatedOperation found = null;
        for (EmulatedOperation op : values()) {
            boolean matches = op.name().equalsIgnoreCase(text)
                    || (op.service + ":" + op.apiName).equalsIgnoreCase(text)
                    || op.apiName.equals(text);
            if (matches && found != null && found != op) {
                throw new SdkClientException("operation '" + text + "' is ambiguous: write it as service:ApiName, like drs:DeleteJob");
            }
            if (matches) {
                found = op;
            }
        }
        if (found == null) {
            throw new SdkClientException("operation '" + text + "' is not one the emulator knows; use one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
