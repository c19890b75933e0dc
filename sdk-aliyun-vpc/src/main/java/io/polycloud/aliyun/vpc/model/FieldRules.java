package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules the FailoverTestJob API documents for its fields, shared by the model builders so
 * each field is checked the same way in every operation. Optional fields accept null.
 */
final class FieldRules {

    /** Longest id or enumerated value accepted from the service (request ids are 36-character UUIDs). */
    static final int MAX_RECEIVED_ID_LENGTH = 256;
    static final int MAX_REGION_ID_LENGTH = 64;
    static final int MAX_JOB_ID_LENGTH = 64;
    static final String JOB_ID_PREFIX = "ftj-";
    static final int MAX_CLIENT_TOKEN_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 128;
    static final int MAX_DESCRIPTION_LENGTH = 256;
    static final int MAX_RESOURCE_IDS = 16;
    static final int MAX_RESOURCE_ID_LENGTH = 128;
    static final int MIN_JOB_DURATION = 1;
    static final int MAX_JOB_DURATION = 4320;

    private static final Pattern JOB_ID = Pattern.compile(JOB_ID_PREFIX + "[a-z0-9]+");
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private FieldRules() {
    }

    static String requestId(String requestId) {
        return receivedId(requestId, "requestId");
    }

    /** An id or value the service sent: kept as is, as long as it is usable text. */
    static String receivedId(String value, String field) {
        return Validate.text(value, field, MAX_RECEIVED_ID_LENGTH);
    }

    /** Rejects an {@code UNKNOWN_TO_SDK_VERSION} constant, whose value is null and cannot be sent. */
    static String knownValue(String value, String field) {
        if (value == null) {
            throw new SdkClientException(field + " must be a known value, not UNKNOWN_TO_SDK_VERSION");
        }
        return value;
    }

    static String regionId(String regionId) {
        if (regionId == null) {
            return null;
        }
        Validate.text(regionId, "regionId", MAX_REGION_ID_LENGTH);
        if (!REGION.matcher(regionId).matches()) {
            throw new SdkClientException("regionId must be lower-case letters, digits and dashes, like cn-hangzhou");
        }
        return regionId;
    }

    /**
     * VPC's ids are {@code ftj-} and lower-case letters or digits. Anything else is refused here,
     * so the cloud's {@code IllegalParam.JobId} ("invalid or does not exist") can only mean that
     * the job does not exist, which is why {@link io.polycloud.aliyun.vpc.VpcErrorCodes#ILLEGAL_PARAM_JOB_ID}
     * is {@code NOT_FOUND}.
     */
    static String jobId(String jobId) {
        Validate.text(jobId, "jobId", MAX_JOB_ID_LENGTH);
        if (!JOB_ID.matcher(jobId).matches()) {
            throw new SdkClientException("jobId must start with '" + JOB_ID_PREFIX
                    + "' followed by lower-case letters or digits, like ftj-bp1yh6mvi13aq3g8w");
        }
        return jobId;
    }

    /** ASCII only, as the API requires, and printable, since the token is echoed in logs and consoles. */
    static String clientToken(String clientToken) {
        if (clientToken == null) {
            return null;
        }
        Validate.text(clientToken, "clientToken", MAX_CLIENT_TOKEN_LENGTH);
        return Validate.printableAscii(clientToken, "clientToken");
    }

    static String name(String name) {
        return label(name, "name", MAX_NAME_LENGTH);
    }

    static String description(String description) {
        return label(description, "description", MAX_DESCRIPTION_LENGTH);
    }

    /** Empty is allowed (the API documents a length of 0 to the maximum); a URL prefix is not. */
    private static String label(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        Validate.maxLength(value, field, maxLength);
        Validate.noControlCharacters(value, field);
        if (value.startsWith("http://") || value.startsWith("https://")) {
            throw new SdkClientException(field + " must not start with http:// or https://");
        }
        return value;
    }

    static Integer jobDuration(Integer minutes) {
        if (minutes != null) {
            Validate.range(minutes, "jobDuration", MIN_JOB_DURATION, MAX_JOB_DURATION);
        }
        return minutes;
    }

    /** Null stays null (not set); otherwise 1 to 16 ids. */
    static List<String> resourceIds(Collection<String> resourceIds) {
        if (resourceIds == null) {
            return null;
        }
        if (resourceIds.isEmpty() || resourceIds.size() > MAX_RESOURCE_IDS) {
            throw new SdkClientException("resourceIds must hold 1 to " + MAX_RESOURCE_IDS + " ids, was " + resourceIds.size());
        }
        List<String> copy = new ArrayList<>(resourceIds.size());
        for (String id : resourceIds) {
            copy.add(Validate.text(id, "resourceIds[" + copy.size() + "]", MAX_RESOURCE_ID_LENGTH));
        }
        return List.copyOf(copy);
    }
}
