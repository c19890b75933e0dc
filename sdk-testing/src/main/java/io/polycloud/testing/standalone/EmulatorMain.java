package io.polycloud.testing.standalone;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.testing.IamUser;
import io.polycloud.testing.PolycloudEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a process, for tests in other languages and for tools:
 *
 * <pre>
 * java -jar sdk-testing/target/sdk-testing-0.1.0-standalone.jar --port 8080
 * </pre>
 *
 * It prints its base URL and the test credentials it accepts, then serves until stopped
 * (Ctrl+C). Flags:
 * <pre>
 * --port N                           listen on 127.0.0.1:N (default: a free port)
 * --aliyun-credentials AK:SK[:TOKEN] accept these Alibaba Cloud keys (repeatable; replaces the default)
 * --huawei-credentials AK:SK[:TOKEN] accept these Huawei Cloud keys (repeatable; replaces the default)
 * --huawei-project-id ID             the default Huawei Cloud project
 * --transition-seconds N             how long VPC jobs stay Starting and Stopping (default 3)
 * --seed FILE                        put the jobs of a seed document (JSON) in place
 * --help                             print this and exit
 * </pre>
 */
public final class EmulatorMain {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar sdk-testing-standalone.jar [options]",
            "  --port N                           listen on 127.0.0.1:N (default: a free port)",
            "  --aliyun-credentials AK:SK[:TOKEN] accept these Alibaba Cloud keys (repeatable; replaces the default)",
            "  --huawei-credentials AK:SK[:TOKEN] accept these Huawei Cloud keys (repeatable; replaces the default)",
            "  --huawei-project-id ID             the default Huawei Cloud project",
            "  --transition-seconds N             how long VPC jobs stay Starting and Stopping (default 3)",
            "  --seed FILE                        put the jobs of a seed document (JSON) in place",
            "  --help                             print this and exit");

    private EmulatorMain() {
    }

    /**
     * Starts the emulator and serves until the process is stopped. Exits with status 2 on a bad
     * flag.
     *
     * @param args the flags
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        PolycloudEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (SdkClientException | IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (emulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "polycloud-emulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the flags, starts an emulator, applies the seed and prints the banner: what
     * {@link #main} does before it waits, for tests that run the launcher in-process.
     *
     * @param args the flags
     * @param out  where the banner goes
     * @return the running emulator (the caller closes it); null if {@code --help} was asked for
     * @throws SdkClientException       if a flag or the seed file is invalid
     * @throws IllegalArgumentException if a flag is unknown or lacks its value
     * @throws UncheckedIOException     if the port cannot be opened or the seed file read
     */
    public static PolycloudEmulator start(String[] args, PrintStream out) {
        PolycloudEmulator.Builder builder = PolycloudEmulator.builder();
        List<Path> seeds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                out.println(USAGE);
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag.startsWith("--") ? flag + " needs a value" : "unknown argument " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> builder.port(number(flag, value));
                case "--aliyun-credentials" -> builder.aliyunCredentials(aliyun(value));
                case "--huawei-credentials" -> builder.huaweiCredentials(huawei(value));
                case "--huawei-project-id" -> builder.huaweiProjectId(value);
                case "--transition-seconds" -> builder.transitionDurations(Duration.ofSeconds(number(flag, value)),
                        Duration.ofSeconds(number(flag, value)));
                case "--seed" -> seeds.add(Path.of(value));
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        PolycloudEmulator emulator = builder.start();
        try {
            for (Path seed : seeds) {
                emulator.seed(Files.readString(seed));
            }
        } catch (IOException e) {
            emulator.close();
            throw new UncheckedIOException("could not read the seed file", e);
        } catch (RuntimeException e) {
            emulator.close();
            throw new SdkClientException("the seed file is invalid: " + e.getMessage(), e);
        }
        banner(emulator, out);
        return emulator;
    }

    private static void banner(PolycloudEmulator emulator, PrintStream out) {
        String url = emulator.baseUri().toString();
        out.println("Polycloud emulator listening on " + url);
        out.println("Alibaba Cloud VPC (2016-04-28): endpoint " + url);
        for (AliyunCredentials c : emulator.registeredAliyunCredentials()) {
            out.println("  access key id " + c.accessKeyId() + "  access key secret " + c.accessKeySecret()
                    + c.securityToken().map(t -> "  security token " + t).orElse(""));
        }
        out.println("Huawei Cloud DRS, DDS, LakeFormation, IAM: endpoint " + url + "  project id " + emulator.huaweiProjectId());
        for (HuaweiCredentials c : emulator.registeredHuaweiCredentials()) {
            out.println("  AK " + c.accessKey() + "  SK " + c.secretKey()
                    + c.securityToken().map(t -> "  security token " + t).orElse(""));
        }
        IamUser user = emulator.iamUser();
        out.println("  IAM user: domain " + user.domainName() + "  user " + user.userName() + "  password " + user.password());
        out.println("Admin API: " + url + "/_emulator/");
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, was '" + value + "'");
        }
    }

    /** {@code AK:SK} or {@code AK:SK:TOKEN} (an STS token for Alibaba Cloud, a security token for Huawei Cloud). */
    private static AliyunCredentials aliyun(String value) {
        String[] parts = credentialParts("--aliyun-credentials", value);
        return parts.length == 3 ? AliyunCredentials.of(parts[0], parts[1], parts[2]) : AliyunCredentials.of(parts[0], parts[1]);
    }

    private static HuaweiCredentials huawei(String value) {
        String[] parts = credentialParts("--huawei-credentials", value);
        HuaweiCredentials.Builder b = HuaweiCredentials.builder().accessKey(parts[0]).secretKey(parts[1]);
        if (parts.length == 3) {
            b.securityToken(parts[2]);
        }
        return b.build();
    }

    /** Two or three non-empty parts; the message never repeats the value, which holds a secret. */
    private static String[] credentialParts(String flag, String value) {
        String[] parts = value.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(flag + " must be AK:SK or AK:SK:TOKEN; the value has " + parts.length
                    + (parts.length == 1 ? " part" : " parts"));
        }
        String[] names = {"the access key", "the secret key", "the security token"};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new IllegalArgumentException(flag + " must be AK:SK or AK:SK:TOKEN; " + names[i] + " is empty");
            }
        }
        return parts;
    }
}
