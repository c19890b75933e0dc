package io.polycloud.jobs;

import io.polycloud.core.exception.SdkClientException;
import java.util.List;

/**
 * Reads a {@link JobRef} from its text, naming the first part that is wrong: the scheme, the
 * service, the path's shape (a missing, extra or misspelled segment), or a region, project or id
 * that is empty, holds a character that must be encoded, a bad escape, or breaks the service's rules.
 */
final class RefParser {

    private RefParser() {
    }

    static JobRef parse(String text) {
        if (text == null) {
            throw new SdkClientException("job ref is required but was null");
        }
        int colon = text.indexOf("://");
        if (colon < 0) {
            throw RefText.invalid(text, "no scheme: a job ref starts with aliyun:// or huawei://");
        }
        String scheme = text.substring(0, colon);
        if (!scheme.equals("aliyun") && !scheme.equals("huawei")) {
            throw RefText.invalid(text, "unknown scheme \"" + RefText.echo(scheme) + "\": expected aliyun or huawei");
        }
        String path = text.substring(colon + 3);
        int delimiter = indexOfAny(path, "?#");
        if (delimiter >= 0) {
            throw RefText.invalid(text, "a job ref has no query or fragment ('" + path.charAt(delimiter)
                    + "' at index " + (colon + 3 + delimiter) + "): inside an id write '?' as %3F and '#' as %23");
        }
        List<String> segments = List.of(path.split("/", -1));
        JobKind kind = kind(scheme, segments.get(0), text);
        switch (kind) {
            case VPC_FAILOVER_TEST_JOB -> shape(kind, segments, text, 4, 2, "failover-test-jobs");
            case DRS_JOB -> shape(kind, segments, text, 5, 3, "jobs");
            case DDS_SCHEDULED_TASK -> shape(kind, segments, text, 5, 3, "scheduled-jobs");
            case LAKEFORMATION_JOB -> {
                shape(kind, segments, text, 7, 3, "instances");
                shape(kind, segments, text, 7, 5, "lf-jobs");
            }
        }
        String region = part(segments, 1, kind == JobKind.VPC_FAILOVER_TEST_JOB ? "regionId" : "region", text);
        String last = part(segments, segments.size() - 1, "jobId", text);
        try {
            return switch (kind) {
                case VPC_FAILOVER_TEST_JOB -> new JobRef.VpcFailoverTestJob(region, last);
                case DRS_JOB -> new JobRef.DrsJob(region, part(segments, 2, "projectId", text), last);
                case DDS_SCHEDULED_TASK -> new JobRef.DdsScheduledTask(region, part(segments, 2, "projectId", text), last);
                case LAKEFORMATION_JOB -> new JobRef.LakeFormationJob(region, part(segments, 2, "projectId", text),
                        part(segments, 4, "instanceId", text), last);
            };
        } catch (SdkClientException e) {
            // A service rule the ref broke: the same reason, said of this text.
            throw RefText.invalid(text, RefRules.reason(kind, e));
        }
    }

    private static JobKind kind(String scheme, String service, String text) {
        for (JobKind kind : JobKind.values()) {
            if (kind.cloud().equals(scheme) && kind.service().equals(service)) {
                return kind;
            }
        }
        String known = scheme.equals("aliyun") ? "vpc" : "drs, dds or lakeformation";
        throw RefText.invalid(text, service.isEmpty() ? "no service after " + scheme + "://: expected " + known
                : "unknown " + scheme + " service \"" + RefText.echo(service) + "\": expected " + known);
    }

    /** Checks the number of segments and one fixed segment. */
    private static void shape(JobKind kind, List<String> segments, String text, int count, int fixed, String literal) {
        if (segments.size() != count) {
            throw RefText.invalid(text, "a " + kind.service() + " ref has " + count + " path parts after the scheme, "
                    + "this one " + segments.size() + ": expected " + kind.template());
        }
        if (!segments.get(fixed).equals(literal)) {
            throw RefText.invalid(text, "expected \"" + literal + "\" where \"" + RefText.echo(segments.get(fixed))
                    + "\" is: " + kind.template());
        }
    }

    private static String part(List<String> segments, int index, String name, String text) {
        return RefText.decode(segments.get(index), name, text);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
