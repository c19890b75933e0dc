package io.polycloud.examples;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line every example accepts.
 *
 * <pre>
 * --target emulator|real   default emulator
 * --region R               Alibaba Cloud region (default cn-hangzhou)
 * --vpc-job ftj-…          with --target real: the failover test job to drill on
 * --huawei-region R        Huawei Cloud region (default cn-north-4)
 * --project-id P           Huawei project (default: from the credentials)
 * --drs-job, --dds-job, --lf-instance, --lf-job   with --target real: what to clean up
 * --trace                  print every call's OpenTelemetry span (no value)
 * </pre>
 */
final class ExampleArgs {

    private static final Set<String> FLAGS = Set.of("--target", "--region", "--vpc-job", "--huawei-region", "--project-id",
            "--drs-job", "--dds-job", "--lf-instance", "--lf-job");
    /** Flags that take no value. */
    private static final Set<String> SWITCHES = Set.of("--trace");

    private final Map<String, String> values;

    private ExampleArgs(Map<String, String> values) {
        this.values = values;
    }

    static ExampleArgs parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (SWITCHES.contains(flag)) {
                values.put(flag, "true");
                continue;
            }
            if (!FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown argument " + flag + "; expected one of " + FLAGS + " or " + SWITCHES);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            values.put(flag, args[++i]);
        }
        String target = values.getOrDefault("--target", "emulator");
        if (!target.equals("emulator") && !target.equals("real")) {
            throw new IllegalArgumentException("--target must be emulator or real, was " + target);
        }
        return new ExampleArgs(values);
    }

    boolean real() {
        return "real".equals(values.get("--target"));
    }

    boolean trace() {
        return values.containsKey("--trace");
    }

    String region() {
        return values.getOrDefault("--region", "cn-hangzhou");
    }

    String huaweiRegion() {
        return values.getOrDefault("--huawei-region", "cn-north-4");
    }

    Optional<String> get(String flag) {
        return Optional.ofNullable(values.get(flag));
    }
}
