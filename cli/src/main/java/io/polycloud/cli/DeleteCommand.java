package io.polycloud.cli;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.jobs.BatchResult;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.DeleteAllOptions;
import io.polycloud.jobs.DeleteOptions;
import io.polycloud.jobs.DeleteResult;
import io.polycloud.testing.PolycloudEmulator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polycloud jobs delete}: deletes jobs of every kind, one result per ref. */
@Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = Polycloud.Version.class, sortOptions = false,
        description = {
            "Deletes jobs of every kind and prints one result per ref, in the order given: DELETED, ALREADY_GONE,",
            "NOT_DELETABLE (with the cloud's code), FAILED, DRY_RUN or SKIPPED.",
            "",
            "Refs:",
            "  aliyun://vpc/{regionId}/failover-test-jobs/{jobId}",
            "  huawei://drs/{region}/{projectId}/jobs/{jobId}",
            "  huawei://dds/{region}/{projectId}/scheduled-jobs/{jobId}",
            "  huawei://lakeformation/{region}/{projectId}/instances/{instanceId}/lf-jobs/{jobId}",
            "Ids are percent-encoded (a '/' in an id is %%2F). Every ref is checked before anything is sent.",
            ""},
        footer = {"",
            "Credentials come from the default chains (ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET, HUAWEICLOUD_SDK_AK/_SK,",
            "~/.aliyun/config.json, ...); endpoints from POLYCLOUD_ALIYUN_ENDPOINT and POLYCLOUD_HUAWEI_ENDPOINT when set,",
            "else each region's. Secrets are never printed.",
            "",
            "Exit status: 0 every ref ended DELETED or ALREADY_GONE (or DRY_RUN); 1 one did not;",
            "             2 bad usage, or a ref that does not parse (nothing is sent)."})
final class DeleteCommand implements Callable<Integer> {

    /** How results are printed. */
    enum Format {
        /** Aligned columns and a line of totals. */
        TABLE,
        /** JSON Lines: one object per ref. */
        JSON
    }

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "REF", arity = "0..*", description = "Jobs to delete.")
    private List<String> refs = new ArrayList<>();

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "Read refs from FILE, one a line ('-' for standard input); blank lines and # comments are skipped.")
    private String fromFile;

    @Option(names = "--dry-run", description = "Check every ref and prepare its client; send nothing.")
    private boolean dryRun;

    @Option(names = "--stop-first",
            description = "Stop a VPC failover test job that is still running and wait until it is Stopped, then delete it.")
    private boolean stopFirst;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
            description = "Most jobs in progress at once (default ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--target-concurrency", paramLabel = "N", defaultValue = "4",
            description = "Most jobs in progress at once per service and region (default ${DEFAULT-VALUE}); halved while a cloud throttles.")
    private int targetConcurrency;

    @Option(names = "--output", paramLabel = "table|json", defaultValue = "table",
            description = "table (default), or json: JSON Lines, one object per ref with ref, outcome, code, message, requestId, attempts.")
    private Format output;

    @Option(names = "--emulator", description = "Run against an embedded Polycloud emulator (offline, made-up credentials).")
    private boolean emulator;

    @Option(names = "--seed", paramLabel = "FILE", description = "With --emulator: put the jobs of this seed document (JSON) in place first.")
    private Path seed;

    @Option(names = "--no-progress", description = "No progress bar (there is none anyway when standard error is not a terminal).")
    private boolean noProgress;

    DeleteCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        checkUsage();
        RefList list;
        try {
            list = RefList.read(refs, fromFile, terminal.in());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --from-file " + fromFile + ": " + e.getMessage());
        }
        if (!list.errors.isEmpty()) {
            list.errors.forEach(error -> terminal.err().println("polycloud: " + error));
            terminal.err().println("polycloud: nothing was sent");
            return 2;
        }
        try (PolycloudEmulator offline = emulator ? startEmulator() : null;
             CloudJobs jobs = cloudJobs(offline)) {
            ProgressBar bar = terminal.errIsTerminal() && !noProgress ? new ProgressBar(terminal.err()) : null;
            DeleteAllOptions.Builder options = DeleteAllOptions.builder()
                    .deleteOptions(DeleteOptions.builder().dryRun(dryRun).stopFirst(stopFirst).build())
                    .maxConcurrency(concurrency)
                    .maxConcurrencyPerTarget(targetConcurrency);
            if (bar != null) {
                options.progress(bar);
            }
            BatchResult batch = jobs.deleteAll(list.refs, options.build());
            if (bar != null) {
                bar.clear();
            }
            print(batch);
            return batch.summary().allSucceeded() ? 0 : 1;
        }
    }

    private void checkUsage() {
        if (refs.isEmpty() && fromFile == null) {
            throw new ParameterException(spec.commandLine(), "give at least one REF, or --from-file FILE");
        }
        if (seed != null && !emulator) {
            throw new ParameterException(spec.commandLine(), "--seed needs --emulator");
        }
        for (int value : new int[] {concurrency, targetConcurrency}) {
            if (value < 1 || value > DeleteAllOptions.MAX_CONCURRENCY) {
                throw new ParameterException(spec.commandLine(), "--concurrency and --target-concurrency take 1 to "
                        + DeleteAllOptions.MAX_CONCURRENCY + ", not " + value);
            }
        }
    }

    private PolycloudEmulator startEmulator() {
        PolycloudEmulator started = PolycloudEmulator.start();
        boolean seeded = false;
        try {
            if (seed != null) {
                started.seed(Files.readString(seed, StandardCharsets.UTF_8));
            }
            seeded = true;
        } catch (NoSuchFileException e) {
            throw new SdkClientException("--seed " + seed + ": no such file");
        } catch (IOException | SdkClientException e) {
            throw new SdkClientException("--seed " + seed + ": " + e.getMessage());
        } finally {
            if (!seeded) {
                started.close();
            }
        }
        terminal.err().println("polycloud: embedded emulator at " + started.baseUri() + " (project "
                + started.huaweiProjectId() + ")");
        return started;
    }

    /** The default chains and endpoints, with the environment's overrides; or the emulator. */
    private CloudJobs cloudJobs(PolycloudEmulator offline) {
        CloudJobs.Builder b = CloudJobs.builder();
        if (offline != null) {
            return b.aliyunEndpointOverride(offline.baseUri()).huaweiEndpointOverride(offline.baseUri())
                    .aliyunCredentials(offline.aliyunCredentials()).huaweiCredentials(offline.huaweiCredentials()).build();
        }
        endpoint("POLYCLOUD_ALIYUN_ENDPOINT", b::aliyunEndpointOverride);
        endpoint("POLYCLOUD_HUAWEI_ENDPOINT", b::huaweiEndpointOverride);
        return b.build();
    }

    /** An endpoint from the environment ({@code host[:port]} gets {@code https://}), checked as the builder checks it. */
    private void endpoint(String variable, Consumer<URI> override) {
        terminal.env(variable).ifPresent(value -> {
            try {
                override.accept(URI.create(value.contains("://") ? value : "https://" + value));
            } catch (IllegalArgumentException | SdkClientException e) {
                throw new SdkClientException(variable + " is not an http(s)://host[:port] endpoint");
            }
        });
    }

    private void print(BatchResult batch) {
        if (output == Format.JSON) {
            batch.results().forEach(r -> JsonLines.print(r, terminal.out()));
        } else {
            ResultTable.print(batch, terminal.out());
        }
        for (DeleteResult r : batch.results()) {
            if (!r.outcome().succeeded()) {
                terminal.err().println("polycloud: " + r.ref() + ": " + r.outcome() + r.code().map(c -> " " + c).orElse("")
                        + r.message().map(m -> ": " + m).orElse(""));
            }
        }
    }
}
