package io.polycloud.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The machine and JVM the numbers were taken on.
 *
 * @param cpu    the CPU model, if the OS tells
 * @param cores  processors available to the JVM
 * @param memory physical memory in bytes
 * @param os     name, version and architecture
 * @param jvm    VM name, vendor and runtime version
 */
record Machine(String cpu, int cores, long memory, String os, String jvm) {

    static Machine describe() {
        com.sun.management.OperatingSystemMXBean osBean =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(cpuModel().orElse("unknown"), Runtime.getRuntime().availableProcessors(),
                osBean.getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + ", " + System.getProperty("java.vm.vendor") + ", "
                        + System.getProperty("java.runtime.version"));
    }

    /** The 1, 5 and 15 minute load averages, where the OS reports them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
        }
    }

    /** The 1-minute load average, where the OS reports one. */
    static OptionalDouble oneMinuteLoad() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? OptionalDouble.empty() : OptionalDouble.of(load);
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
