package io.polycloud.testing.internal.aliyun;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.ServiceError;
import io.polycloud.testing.internal.ServiceHandler;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: the VPC FailoverTestJob operations over RPC: authenticates, reads the parameters,
 * applies {@code ClientToken} idempotency, calls {@link VpcService} and writes the JSON answer.
 * Not part of the public API.
 */
public final class VpcApi implements ServiceHandler {

    /** The API version the emulator implements. */
    public static final String API_VERSION = "2016-04-28";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern FILTER = Pattern.compile("Filter\\.(\\d+)\\.(Key|Value\\.\\d+)");
    private static final Set<String> FILTER_KEYS = Set.of("JobId", "JobName", "JobStatus", "ResourceId", "ResourceName",
            "ResourceType");
    private static final int DEFAULT_MAX_RESULTS = 20;

    private final VpcService vpc;
    private final AliyunAuth auth;

    /**
     * @param vpc  the jobs
     * @param auth the signature check
     */
    public VpcApi(VpcService vpc, AliyunAuth auth) {
        this.vpc = vpc;
        this.auth = auth;
    }

    @Override
    public Answer handle(Exchange exchange) {
        Optional<Answer> refused = auth.authenticate(exchange);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return AliyunDialect.instance().success(exchange, act(exchange));
        } catch (ServiceError e) {
            return e.render(AliyunDialect.instance(), exchange);
        }
    }

    private JsonObject act(Exchange exchange) {
        RpcParameters p = new RpcParameters(exchange.request());
        String regionId = p.required("RegionId");
        String action = exchange.action();
        if (action.equals("DescribeFailoverTestJobs")) {
            return describe(p, regionId);
        }
        Optional<String> token = p.optional("ClientToken");
        if (token.filter(t -> t.length() > 64 || !StandardCharsets.US_ASCII.newEncoder().canEncode(t)).isPresent()) {
            throw RpcParameters.invalid("ClientToken", "must be at most 64 ASCII characters");
        }
        // One lock around look-up, act and store: two concurrent requests with one token act once.
        synchronized (vpc) {
            if (token.isPresent()) {
                Optional<IdempotencyCache.Entry> earlier = vpc.idempotency().find(action, regionId, token.get());
                if (earlier.isPresent()) {
                    if (!earlier.get().fingerprint().equals(p.fingerprint())) {
                        throw ServiceError.badRequest(VpcErrorCodes.EMULATOR_IDEMPOTENT_PARAMETER_MISMATCH.code(),
                                "The ClientToken was used before by a request with different parameters.");
                    }
                    exchange.markReplayed();
                    return earlier.get().result();
                }
            }
            JsonObject result = mutate(action, p, regionId);
            token.ifPresent(t -> vpc.idempotency().store(action, regionId, t, new IdempotencyCache.Entry(p.fingerprint(), result)));
            return result;
        }
    }

    private JsonObject mutate(String action, RpcParameters p, String regionId) {
        JsonObject.Builder result = Json.object();
        switch (action) {
            case "CreateFailoverTestJob" -> result.put("JobId", vpc.create(jobSpec(p, regionId), p.flag("DryRun")).jobId());
            case "StartFailoverTestJob" -> vpc.start(regionId, p.required("JobId"));
            case "StopFailoverTestJob" -> vpc.stop(regionId, p.required("JobId"));
            case "DeleteFailoverTestJob" -> vpc.delete(regionId, p.required("JobId"));
            case "UpdateFailoverTestJob" -> {
                List<String> resourceIds = p.indexed("ResourceId.");
                vpc.update(regionId, p.required("JobId"), p.optional("Name").orElse(null),
                        p.optional("Description").orElse(null), resourceIds.isEmpty() ? null : checkCount(resourceIds),
                        p.optionalInt("JobDuration", 1, 4320).orElse(null), p.flag("DryRun"));
            }
            default -> throw new IllegalStateException("not a VPC mutation: " + action);
        }
        return result.build();
    }

    private static VpcService.JobSpec jobSpec(RpcParameters p, String regionId) {
        String resourceType = p.required("ResourceType");
        if (!resourceType.equals(JobSnapshot.RESOURCE_TYPE)) {
            throw RpcParameters.invalid("ResourceType", "must be " + JobSnapshot.RESOURCE_TYPE);
        }
        List<String> resourceIds = p.indexed("ResourceId.");
        if (resourceIds.isEmpty()) {
            p.required("ResourceId.1");
        }
        String jobType = p.required("JobType");
        if (!jobType.equals("StartNow") && !jobType.equals("StartLater")) {
            throw RpcParameters.invalid("JobType", "must be StartNow or StartLater");
        }
        return new VpcService.JobSpec(regionId, checkCount(resourceIds), jobType, p.requiredInt("JobDuration", 1, 4320),
                p.optional("Name").orElse(null), p.optional("Description").orElse(null));
    }

    private static List<String> checkCount(List<String> resourceIds) {
        if (resourceIds.size() > 16) {
            throw RpcParameters.invalid("ResourceId.N", "at most 16 resources");
        }
        return resourceIds;
    }

    private JsonObject describe(RpcParameters p, String regionId) {
        Predicate<JobSnapshot> filter = filters(p);
        int maxResults = p.optionalInt("MaxResults", 1, 100).orElse(DEFAULT_MAX_RESULTS);
        int offset = p.optional("NextToken").map(VpcApi::offset).orElse(0);
        List<JobSnapshot> all = vpc.list(regionId, filter);
        List<JobSnapshot> page = all.subList(Math.min(offset, all.size()), Math.min(offset + maxResults, all.size()));
        JsonArray.Builder list = JsonArray.builder();
        page.forEach(job -> list.add(json(job)));
        int next = offset + page.size();
        return Json.object().put("FailoverTestJobList", list.build())
                .put("NextToken", next < all.size() ? token(next) : "")
                .put("TotalCount", all.size())
                .put("Count", page.size())
                .put("MaxResults", maxResults)
                .build();
    }

    /** {@code Filter.N.Key} with {@code Filter.N.Value.M}: every filter must match, any one of its values. */
    private static Predicate<JobSnapshot> filters(RpcParameters p) {
        Set<Integer> indexes = new TreeSet<>();
        for (QueryParameter q : p.all()) {
            Matcher m = FILTER.matcher(q.name());
            if (m.matches()) {
                indexes.add(Integer.parseInt(m.group(1)));
            }
        }
        Predicate<JobSnapshot> all = job -> true;
        Set<String> keys = new TreeSet<>();
        for (int i : indexes) {
            String key = p.required("Filter." + i + ".Key");
            if (!FILTER_KEYS.contains(key)) {
                throw RpcParameters.invalid("Filter." + i + ".Key", "must be one of " + new TreeSet<>(FILTER_KEYS));
            }
            List<String> values = p.indexed("Filter." + i + ".Value.");
            if (values.isEmpty()) {
                p.required("Filter." + i + ".Value.1");
            }
            keys.add(key);
            all = all.and(job -> matches(job, key, values));
        }
        if ((keys.contains("ResourceId") || keys.contains("ResourceName")) && !keys.contains("ResourceType")) {
            throw RpcParameters.invalid("Filter.N.Key", "a ResourceId or ResourceName filter needs a ResourceType filter");
        }
        return all;
    }

    private static boolean matches(JobSnapshot job, String key, List<String> values) {
        return switch (key) {
            case "JobId" -> values.contains(job.jobId());
            case "JobName" -> job.name().filter(values::contains).isPresent();
            case "JobStatus" -> values.contains(job.status().value());
            case "ResourceType" -> values.contains(job.resourceType());
            // The emulator does not name circuits: a circuit's name is its id.
            default -> job.resourceIds().stream().anyMatch(values::contains);
        };
    }

    private static JsonObject json(JobSnapshot job) {
        JsonObject.Builder node = Json.object().put("JobId", job.jobId()).put("Status", job.status().value());
        job.name().ifPresent(n -> node.put("Name", n));
        job.description().ifPresent(d -> node.put("Description", d));
        node.put("ResourceType", job.resourceType());
        JsonArray.Builder ids = JsonArray.builder();
        job.resourceIds().forEach(ids::add);
        node.put("ResourceId", ids.build()).put("JobType", job.jobType());
        // The reference documents JobDuration as a string.
        node.put("JobDuration", Integer.toString(job.jobDuration()));
        job.startTime().ifPresent(t -> node.put("StartTime", TIME.format(t)));
        job.stopTime().ifPresent(t -> node.put("StopTime", TIME.format(t)));
        return node.build();
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("offset:")) {
                int offset = Integer.parseInt(decoded.substring("offset:".length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw RpcParameters.invalid("NextToken", "it is not a token this API returned");
    }
}
