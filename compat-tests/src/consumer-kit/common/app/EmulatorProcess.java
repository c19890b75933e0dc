package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The standalone emulator as a child process ({@code java -jar sdk-testing-…-standalone.jar}),
 * so that the consumer's own class path holds only what its scenario says. It listens on a free
 * loopback port, accepts the made-up keys below and starts with the jobs the calls delete.
 */
final class EmulatorProcess implements AutoCloseable {

    static final String ALIYUN_ACCESS_KEY_ID = "TESTAKCompatConsumer";
    static final String ALIYUN_ACCESS_KEY_SECRET = "compat-consumer-aliyun-secret";
    static final String ALIYUN_REGION = "cn-hangzhou";
    static final String HUAWEI_ACCESS_KEY = "COMPATCONSUMERAK0001";
    static final String HUAWEI_SECRET_KEY = "compat-consumer-huawei-secret";
    static final String HUAWEI_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    static final String HUAWEI_REGION = "cn-north-4";

    /** Jobs the calls delete: one for Polycloud and one for the official SDK, per service. */
    static final String VPC_JOB_FOR_POLYCLOUD = "ftj-polycloud";
    static final String VPC_JOB_FOR_OFFICIAL_SDK = "ftj-official";
    static final String DRS_JOB_FOR_POLYCLOUD = "drs-job-polycloud";
    static final String DRS_JOB_FOR_OFFICIAL_SDK = "drs-job-official";

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final String BANNER = "Polycloud emulator listening on ";

    private final Process process;
    private final URI baseUri;

    private EmulatorProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /**
     * Starts the emulator and waits for its banner.
     *
     * @param jar the standalone emulator
     * @param dir where its seed file and its output go
     * @return the running emulator
     */
    static EmulatorProcess start(Path jar, Path dir) {
        try {
            Path seed = Files.writeString(dir.resolve("seed.json"), seed(), StandardCharsets.UTF_8);
            Path out = dir.resolve("emulator.out");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--aliyun-credentials", ALIYUN_ACCESS_KEY_ID + ":" + ALIYUN_ACCESS_KEY_SECRET,
                    "--huawei-credentials", HUAWEI_ACCESS_KEY + ":" + HUAWEI_SECRET_KEY,
                    "--huawei-project-id", HUAWEI_PROJECT_ID,
                    "--seed", seed.toString()))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new EmulatorProcess(process, awaitBanner(process, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the emulator " + jar, e);
        }
    }

    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static URI awaitBanner(Process process, Path out) throws IOException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> line = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(BANNER)).findFirst();
            if (line.isPresent()) {
                return URI.create(line.get().substring(BANNER.length()).trim());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the emulator exited with " + process.exitValue() + ": " + Files.readString(out));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the emulator did not start within " + START_LIMIT + ": " + Files.readString(out));
    }

    private static String seed() {
        return """
                {"vpc": {"jobs": [
                   {"regionId": "%1$s", "jobId": "%2$s"},
                   {"regionId": "%1$s", "jobId": "%3$s"}]},
                 "drs": {"jobs": [
                   {"jobId": "%4$s", "state": "STOPPED"},
                   {"jobId": "%5$s", "state": "STOPPED"}]}}
                """.formatted(ALIYUN_REGION, VPC_JOB_FOR_POLYCLOUD, VPC_JOB_FOR_OFFICIAL_SDK, DRS_JOB_FOR_POLYCLOUD,
                DRS_JOB_FOR_OFFICIAL_SDK);
    }
}
