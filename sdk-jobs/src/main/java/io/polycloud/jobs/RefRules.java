package io.polycloud.jobs;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.huawei.drs.DrsClient;

/**
 * The checks every {@link JobRef} applies when it is made: each part goes through the public API
 * that would send it (a request builder, an endpoint rule, a client builder's project rule), so a
 * ref holds exactly what the service modules accept.
 */
final class RefRules {

    private RefRules() {
    }

    /** A part the service's own rule would take as optional (VPC's RegionId) is required in a ref. */
    static void require(String value, String part, JobKind kind) {
        if (value == null) {
            throw new SdkClientException(prefix(kind) + part + " is required but was null");
        }
    }

    /** The region and project of a Huawei Cloud ref. */
    static void huawei(JobKind kind, Runnable regionRule, String projectId) {
        check(kind, regionRule);
        // The project becomes the client's project id: the builder's rule is the one that applies.
        check(kind, () -> DrsClient.builder().projectId(projectId));
    }

    /** Runs a rule, naming the kind of ref in its message. */
    static void check(JobKind kind, Runnable rule) {
        try {
            rule.run();
        } catch (SdkClientException e) {
            throw new SdkClientException(prefix(kind) + e.getMessage());
        }
    }

    /** Why a ref was refused, without the kind that {@link #check} put before it. */
    static String reason(JobKind kind, SdkClientException e) {
        String message = e.getMessage();
        return message.startsWith(prefix(kind)) ? message.substring(prefix(kind).length()) : message;
    }

    private static String prefix(JobKind kind) {
        return "invalid " + kind.service() + " job ref: ";
    }
}
