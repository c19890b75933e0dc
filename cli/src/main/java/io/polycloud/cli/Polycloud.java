package io.polycloud.cli;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.exception.SdkClientException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code polycloud} command: {@code polycloud jobs delete REF...}. Exit status: 0 when every
 * ref ended deleted or already gone (or, with {@code --dry-run}, would be sent), 1 when one did
 * not, 2 for bad usage or a ref that does not parse (then nothing is sent).
 *
 * <pre>
 * java -jar cli/target/polycloud-cli-0.1.0.jar jobs delete --help
 * cli/bin/polycloud jobs delete --emulator --seed jobs.json huawei://drs/cn-north-4/…/jobs/drs-job-1
 * </pre>
 */
@Command(name = "polycloud", mixinStandardHelpOptions = true, versionProvider = Polycloud.Version.class,
        description = "One command for jobs on every cloud (Alibaba Cloud VPC, Huawei Cloud DRS, DDS, LakeFormation).",
        commandListHeading = "%nCommands:%n")
public final class Polycloud implements Runnable {

    @Spec
    private CommandSpec spec;

    private Polycloud() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // The SDK logs through SLF4J; a command line shows its warnings only, on stderr.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(Terminal.system(), args));
    }

    /** Runs the command against a terminal and returns its exit status, for tests. */
    static int run(Terminal terminal, String... args) {
        CommandLine jobs = new CommandLine(new JobsCommand()).addSubcommand(new DeleteCommand(terminal));
        CommandLine cli = new CommandLine(new Polycloud()).addSubcommand(jobs)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(terminal.out(), true))
                .setErr(new PrintWriter(terminal.err(), true))
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // Settings the command could not use (an endpoint, a seed file): said in one line, no stack.
                    commandLine.getErr().println("polycloud: " + e.getMessage());
                    return e instanceof SdkClientException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
                });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: jobs");
    }

    /** {@code polycloud jobs}: the commands on jobs. */
    @Command(name = "jobs", mixinStandardHelpOptions = true, versionProvider = Polycloud.Version.class,
            description = "Jobs of every kind, named by job refs such as aliyun://vpc/{regionId}/failover-test-jobs/{jobId}.",
            commandListHeading = "%nCommands:%n")
    static final class JobsCommand implements Runnable {

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "name a command: delete");
        }
    }

    /** The SDK's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"polycloud " + SdkVersion.VERSION};
        }
    }
}
