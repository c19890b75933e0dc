package io.polycloud.benchmarks.harness;

/**
 * The five seeded operations every benchmark exercises, named {@code service.Action} as they
 * appear in JMH's {@code op} parameter and in the report, with the request id the loopback server
 * answers each with (so a benchmark can check it got the success response, not an error).
 */
public enum Operation {
    /** Alibaba Cloud VPC {@code DeleteFailoverTestJob}: {@code POST /?…}, 200 {@code {"RequestId":…}}. */
    VPC_DELETE_FAILOVER_TEST_JOB("vpc.DeleteFailoverTestJob", "DeleteFailoverTestJob", "5D1B4A2C-6E3F-4A7B-9C8D-0E1F2A3B4C01"),
    /** Alibaba Cloud VPC {@code StartFailoverTestJob}: {@code POST /?…}, 200 {@code {"RequestId":…}}. */
    VPC_START_FAILOVER_TEST_JOB("vpc.StartFailoverTestJob", "StartFailoverTestJob", "5D1B4A2C-6E3F-4A7B-9C8D-0E1F2A3B4C02"),
    /** Huawei Cloud DRS {@code DeleteJob}: {@code DELETE /v5/{project_id}/jobs/{job_id}}, 200 {@code {}}. */
    DRS_DELETE_JOB("drs.DeleteJob", "DeleteJob", "0f1e2d3c4b5a69788796a5b4c3d2e103"),
    /** Huawei Cloud DDS {@code CancelScheduledTask}: {@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}, 204. */
    DDS_CANCEL_SCHEDULED_TASK("dds.CancelScheduledTask", "CancelScheduledTask", "0f1e2d3c4b5a69788796a5b4c3d2e104"),
    /**
     * Huawei Cloud LakeFormation {@code DeleteJob}:
     * {@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}, 200, id in {@code X-request-id}.
     */
    LAKEFORMATION_DELETE_JOB("lakeformation.DeleteJob", "DeleteJob", "0f1e2d3c4b5a69788796a5b4c3d2e105");

    private final String id;
    private final String action;
    private final String requestId;

    Operation(String id, String action, String requestId) {
        this.id = id;
        this.action = action;
        this.requestId = requestId;
    }

    /**
     * The operation named by its id.
     *
     * @param id for example {@code drs.DeleteJob}
     * @return the operation
     * @throws IllegalArgumentException if no operation has that id
     */
    public static Operation of(String id) {
        for (Operation op : values()) {
            if (op.id.equals(id)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + id + "'");
    }

    /**
     * The id, {@code service.Action}.
     *
     * @return for example {@code vpc.StartFailoverTestJob}
     */
    public String id() {
        return id;
    }

    /**
     * The service part of the id.
     *
     * @return {@code vpc}, {@code drs}, {@code dds} or {@code lakeformation}
     */
    public String service() {
        return id.substring(0, id.indexOf('.'));
    }

    /**
     * The API action name.
     *
     * @return for example {@code StartFailoverTestJob}
     */
    public String action() {
        return action;
    }

    /**
     * The request id the loopback server sends with this operation's success response.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Whether a response's request id is the one the loopback server sends for this operation.
     *
     * @param requestId the id read from a response, or null
     * @return true if it matches
     */
    public boolean isRequestId(String requestId) {
        return this.requestId.equals(requestId);
    }
}
