package io.polycloud.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The machine's 1-minute load average during a run, sampled every {@value #PERIOD_SECONDS} s on
 * a daemon thread, plus the full 1 / 5 / 15 minute line before and after. On two cores the
 * benchmark itself accounts for about 2; anything above that is other work competing for the CPU.
 */
final class LoadSamples implements AutoCloseable {

    private static final long PERIOD_SECONDS = 15;

    private final String before;
    private final List<Double> during = new ArrayList<>();
    private final Thread sampler;
    private volatile String after;

    private LoadSamples() {
        this.before = Machine.loadAverage();
        this.sampler = new Thread(this::sample, "load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling. */
    static LoadSamples start() {
        return new LoadSamples();
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                OptionalDouble one = Machine.oneMinuteLoad();
                if (one.isPresent()) {
                    synchronized (during) {
                        during.add(one.getAsDouble());
                    }
                }
                Thread.sleep(PERIOD_SECONDS * 1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops sampling and reads the load once more. */
    @Override
    public void close() {
        sampler.interrupt();
        after = Machine.loadAverage();
    }

    /** One line for the report: before, during (min, median, max of the samples), after. */
    String describe() {
        List<Double> samples;
        synchronized (during) {
            samples = new ArrayList<>(during);
        }
        String range = "no samples";
        if (!samples.isEmpty()) {
            samples.sort(null);
            range = String.format(Locale.ROOT, "%.2f (median) in %.2f–%.2f, %d samples", samples.get(samples.size() / 2),
                    samples.get(0), samples.get(samples.size() - 1), samples.size());
        }
        return "before: " + before + "; during, 1 min: " + range + "; after: " + (after == null ? "?" : after);
    }
}
