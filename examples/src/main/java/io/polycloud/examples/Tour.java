package io.polycloud.examples;

import java.io.PrintStream;

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
        return Programs.run(args, out, (clouds, log, o) -> {
            o.println();
            o.println("== Alibaba Cloud VPC: failover drill ==");
            VpcFailoverDrill.steps(clouds, log);
            o.println();
            o.println("== Huawei Cloud: DRS, DDS and LakeFormation cleanup ==");
            HuaweiCleanup.steps(clouds, log);
        });
    }
}
