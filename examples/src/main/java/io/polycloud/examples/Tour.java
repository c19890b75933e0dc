package io.polycloud.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Both examples in one run, then a table of operation, outcome, request id and attempts. With no
 * arguments it runs on the embedded emulator: offline, no account, a few seconds.
 *
 * <pre>
 * mvn -B -q -Ptour verify          # from the repository root
 * </pre>
 */
public final class Tour {

    private Tour() {
    }

    /**
     * Runs the tour.
     *
     * @param args see {@link ExampleArgs}; none for the emulator
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return run(args, out, System::getenv);
    }

    static int run(String[] args, PrintStream out, UnaryOperator<String> env) {
        return Programs.run(args, out, env, Tour::changes, (clouds, log, o) -> {
            o.println();
            o.println("== Alibaba Cloud VPC: failover drill ==");
            VpcFailoverDrill.steps(clouds, log);
            o.println();
            o.println("== Huawei Cloud: DRS, DDS and LakeFormation cleanup ==");
            HuaweiCleanup.steps(clouds, log);
        });
    }

    static List<String> changes(ExampleArgs args) {
        List<String> changes = new ArrayList<>(VpcFailoverDrill.changes(args));
        changes.addAll(HuaweiCleanup.changes(args));
        return changes;
    }
}
