package io.polycloud.reliability.input;

import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.reliability.support.MadeUpKeys;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.ServiceClients;
import io.polycloud.reliability.support.WireSignatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;

/**
 * A caller-supplied field of a seeded operation: how to send a value in it, which values its
 * documented rules accept, and where the value must arrive (Alibaba: one query parameter;
 * Huawei: one path segment). The acceptance rules are restated here from the API references,
 * independently of the SDK's validators, so the properties check the validators too.
 */
enum InputField {

    VPC_JOB_ID("jobId", "ftj-", SeededOperation.VPC_START_FAILOVER_TEST_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.vpc().startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(value).build());
        }

        @Override
        boolean accepts(String value) {
            return usableText(value, 64) && value.matches("ftj-[a-z0-9]+");
        }

        @Override
        String received(RecordedRequest request) {
            return onlyParameter(request, "JobId");
        }
    },

    VPC_CLIENT_TOKEN("clientToken", "", SeededOperation.VPC_DELETE_FAILOVER_TEST_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.vpc().deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(JOB_ID).clientToken(value).build());
        }

        /** Null lets the client generate one; otherwise printable ASCII, at most 64 characters. */
        @Override
        boolean accepts(String value) {
            return value == null || (!value.isBlank() && value.length() <= 64 && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E));
        }

        @Override
        String received(RecordedRequest request) {
            return onlyParameter(request, "ClientToken");
        }

        @Override
        boolean arrivedAs(String sent, String received) {
            return sent == null ? !received.isBlank() : sent.equals(received);
        }
    },

    VPC_REGION_ID("regionId", "cn-", SeededOperation.VPC_START_FAILOVER_TEST_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.vpc().startFailoverTestJob(StartFailoverTestJobRequest.builder().regionId(value).jobId(JOB_ID).build());
        }

        /** Null means the client's region; otherwise lower-case letters and digits in dash-separated words. */
        @Override
        boolean accepts(String value) {
            return value == null || (value.length() <= 64 && REGION.matcher(value).matches());
        }

        @Override
        String received(RecordedRequest request) {
            return onlyParameter(request, "RegionId");
        }

        @Override
        boolean arrivedAs(String sent, String received) {
            return received.equals(sent == null ? ServiceClients.REGION : sent);
        }
    },

    DRS_JOB_ID("jobId", "", SeededOperation.DRS_DELETE_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.drs().deleteJob(io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(value).build());
        }

        @Override
        boolean accepts(String value) {
            return pathSegment(value, 64);
        }

        @Override
        String received(RecordedRequest request) {
            return segment(request, Arrays.asList("v5", MadeUpKeys.HUAWEI_PROJECT_ID, "jobs", null), 3);
        }
    },

    DDS_JOB_ID("jobId", "", SeededOperation.DDS_CANCEL_SCHEDULED_TASK) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.dds().cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(value).build());
        }

        @Override
        boolean accepts(String value) {
            return pathSegment(value, 64);
        }

        @Override
        String received(RecordedRequest request) {
            return segment(request, Arrays.asList("v3", MadeUpKeys.HUAWEI_PROJECT_ID, "scheduled-jobs", null), 3);
        }
    },

    LAKEFORMATION_INSTANCE_ID("instanceId", "", SeededOperation.LAKEFORMATION_DELETE_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.lakeFormation().deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                    .instanceId(value).jobId(JOB_ID).build());
        }

        @Override
        boolean accepts(String value) {
            return pathSegment(value, 64);
        }

        @Override
        String received(RecordedRequest request) {
            return segment(request, Arrays.asList("v1", MadeUpKeys.HUAWEI_PROJECT_ID, "instances", null, "lf-jobs", JOB_ID), 3);
        }
    },

    LAKEFORMATION_JOB_ID("jobId", "", SeededOperation.LAKEFORMATION_DELETE_JOB) {
        @Override
        void send(ServiceClients clients, String value) {
            clients.lakeFormation().deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                    .instanceId(SeededOperation.LAKEFORMATION_INSTANCE).jobId(value).build());
        }

        /** LakeFormation job ids are UUIDs: at most 36 characters. */
        @Override
        boolean accepts(String value) {
            return pathSegment(value, 36);
        }

        @Override
        String received(RecordedRequest request) {
            return segment(request, Arrays.asList("v1", MadeUpKeys.HUAWEI_PROJECT_ID, "instances",
                    SeededOperation.LAKEFORMATION_INSTANCE, "lf-jobs", null), 5);
        }
    };

    /** A valid id for the fields not under test. */
    static final String JOB_ID = "ftj-reliability0001";

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> VPC_PARAMETERS = List.of("ClientToken", "JobId", "RegionId");

    private final String fieldName;
    private final String prefix;
    private final SeededOperation operation;

    InputField(String fieldName, String prefix, SeededOperation operation) {
        this.fieldName = fieldName;
        this.prefix = prefix;
        this.operation = operation;
    }

    /** The name a rejection's message must mention. */
    String fieldName() {
        return fieldName;
    }

    /** What generated values start with, so that some pass a prefix rule. */
    String prefix() {
        return prefix;
    }

    SeededOperation operation() {
        return operation;
    }

    /** Calls the operation with {@code value} in this field and valid values elsewhere. */
    abstract void send(ServiceClients clients, String value);

    /** Whether the API's rules accept the value. */
    abstract boolean accepts(String value);

    /** The field's value as the server decoded it; fails if it did not arrive as exactly one parameter or segment. */
    abstract String received(RecordedRequest request);

    /** Whether what arrived is what was sent. */
    boolean arrivedAs(String sent, String received) {
        return sent.equals(received);
    }

    /** Fails unless the request's signature verifies. */
    void assertSigned(RecordedRequest request) {
        if (operation.cloud() == SeededOperation.Cloud.ALIYUN) {
            WireSignatures.assertAliyunSigned(request);
        } else {
            WireSignatures.assertHuaweiSigned(request);
        }
    }

    /** Not blank, not too long, no control character, and valid UTF-16 (a lone surrogate has no UTF-8 form). */
    private static boolean usableText(String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** What a URL path segment can carry unchanged: usable text other than {@code .} and {@code ..}. */
    private static boolean pathSegment(String value, int maxLength) {
        return usableText(value, maxLength) && !value.equals(".") && !value.equals("..");
    }

    /** The one value of a parameter, after checking that exactly the VPC parameters arrived, each once, in the query. */
    private static String onlyParameter(RecordedRequest request, String name) {
        String target = request.getTarget();
        if (!target.startsWith("/?")) {
            throw new AssertionError("the VPC request path changed: " + target);
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String pair : target.substring(2).split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new AssertionError("a parameter without '=': " + pair);
            }
            parameters.add(Map.entry(PercentEncoding.decode(pair.substring(0, eq)), PercentEncoding.decode(pair.substring(eq + 1))));
        }
        List<String> names = parameters.stream().map(Map.Entry::getKey).sorted().toList();
        if (!names.equals(VPC_PARAMETERS)) {
            throw new AssertionError("the request carried parameters " + names + ", expected " + VPC_PARAMETERS);
        }
        return parameters.stream().filter(p -> p.getKey().equals(name)).findFirst().orElseThrow().getValue();
    }

    /**
     * The decoded segment at {@code index}, after checking that the path has exactly the
     * template's segments (null in the template: any) and no query.
     */
    private static String segment(RecordedRequest request, List<String> template, int index) {
        String target = request.getTarget();
        if (target.contains("?") || target.contains("#")) {
            throw new AssertionError("the path grew a query or fragment: " + target);
        }
        String[] segments = target.substring(1).split("/", -1);
        if (segments.length != template.size()) {
            throw new AssertionError("the path has " + segments.length + " segments instead of " + template.size() + ": " + target);
        }
        for (int i = 0; i < segments.length; i++) {
            if (template.get(i) != null && !template.get(i).equals(segments[i])) {
                throw new AssertionError("segment " + i + " changed: " + target);
            }
        }
        return PercentEncoding.decode(segments[index]);
    }
}
