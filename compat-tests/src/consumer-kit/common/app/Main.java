package app;

import io.polycloud.core.http.HttpTransports;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One consumer application: starts the standalone emulator as a child process, makes the calls
 * its scenario names, in this JVM, then checks which transport Polycloud chose and what it
 * logged. Prints one line per check and exits with 1 if any failed.
 *
 * <p>System properties, set by the consumer's pom:
 * <ul>
 *   <li>{@code consumer.emulatorJar}: the standalone emulator;</li>
 *   <li>{@code consumer.workDir}: where the emulator's seed file and output ({@code emulator.out}) go;</li>
 *   <li>{@code consumer.calls}: the {@link ConsumerCalls} to make, by class name in this package;</li>
 *   <li>{@code consumer.expectTransport}: {@code okhttp} or {@code jdk};</li>
 *   <li>{@code consumer.expectWarning}: whether Polycloud must log the one WARN of the OkHttp fallback;</li>
 *   <li>{@code consumer.modulePath}: {@code true} when the application runs as module {@code app} on the module path;</li>
 *   <li>{@code org.slf4j.simpleLogger.logFile}: where the application's SLF4J backend writes.</li>
 * </ul>
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the scenario.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("uses  " + jarsInUse());
        List<String> failures = new ArrayList<>();
        try (EmulatorProcess emulator = EmulatorProcess.start(Path.of(property("consumer.emulatorJar")),
                Path.of(property("consumer.workDir")))) {
            for (String name : property("consumer.calls").trim().split("[,\\s]+")) {
                ConsumerCalls calls = ConsumerCalls.named(name);
                try {
                    calls.run(emulator);
                    System.out.println("ok    " + name);
                } catch (LinkageError e) {
                    failures.add(name + ": a LinkageError reached the caller: " + e);
                    e.printStackTrace();
                } catch (Exception | AssertionError e) {
                    failures.add(name + ": " + e);
                    e.printStackTrace();
                }
            }
        }
        check(failures, "module path", Main::checkModules);
        check(failures, "transport", Main::checkTransport);
        check(failures, "log", Main::checkWarnings);
        if (failures.isEmpty()) {
            System.out.println("CONSUMER OK");
            return;
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.exit(1);
    }

    /** On the module path, this class is in module app and Polycloud in its own named modules. */
    private static void checkModules() {
        boolean expected = Boolean.parseBoolean(System.getProperty("consumer.modulePath", "false"));
        String app = String.valueOf(Main.class.getModule().getName());
        String core = String.valueOf(HttpTransports.class.getModule().getName());
        boolean modular = app.equals("app") && core.equals("io.polycloud.core");
        if (modular != expected) {
            throw new AssertionError("expected to run " + (expected ? "on the module path" : "on the class path")
                    + ", runs in module " + app + " with Polycloud in module " + core);
        }
        System.out.println("ok    " + (expected ? "module path: module app, Polycloud in module " + core : "class path"));
    }

    /** The transport a client gets when it names none: the first usable one. */
    private static void checkTransport() {
        String expected = property("consumer.expectTransport");
        List<String> usable = HttpTransports.available();
        if (!usable.get(0).equals(expected)) {
            throw new AssertionError("expected the " + expected + " transport, got " + usable.get(0) + " (usable: " + usable + ")");
        }
        System.out.println("ok    transport: " + expected + " (usable: " + usable + ")");
    }

    /** Where the classes that differ between scenarios come from. */
    private static String jarsInUse() {
        return String.join(", ", jarOf("okhttp3.OkHttpClient"), jarOf("okio.Buffer"), jarOf("kotlin.Unit"),
                jarOf("com.fasterxml.jackson.core.JsonFactory"), jarOf("com.fasterxml.jackson.databind.ObjectMapper"),
                jarOf("org.slf4j.Logger"));
    }

    /**
     * No WARN from Polycloud, or, when OkHttp is present but cannot run, exactly one naming the
     * OkHttp jar found and the exclusion that removes it.
     */
    private static void checkWarnings() {
        List<String> warnings = polycloudWarnings(Path.of(property("org.slf4j.simpleLogger.logFile")));
        if (!Boolean.parseBoolean(property("consumer.expectWarning"))) {
            if (!warnings.isEmpty()) {
                throw new AssertionError("expected no WARN from Polycloud, got " + warnings);
            }
            System.out.println("ok    log: no WARN from Polycloud");
            return;
        }
        if (warnings.size() != 1) {
            throw new AssertionError("expected exactly one WARN from Polycloud, got " + warnings);
        }
        String warning = warnings.get(0);
        String okhttpJar = jarOf("okhttp3.OkHttpClient");
        for (String expected : List.of("HTTP transport 'okhttp' cannot run here", okhttpJar,
                "<artifactId>sdk-http-okhttp</artifactId>")) {
            if (!warning.contains(expected)) {
                throw new AssertionError("the WARN does not name " + expected + ": " + warning);
            }
        }
        System.out.println("ok    log: one WARN, naming " + okhttpJar + " and the exclusion");
    }

    private static List<String> polycloudWarnings(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(" WARN io.polycloud.")).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read the application log " + log, e);
        }
    }

    /** The file name of the jar a class was loaded from, or that no jar has it. */
    private static String jarOf(String className) {
        try {
            CodeSource source = Class.forName(className, false, Main.class.getClassLoader()).getProtectionDomain().getCodeSource();
            return Path.of(source.getLocation().toURI()).getFileName().toString();
        } catch (ClassNotFoundException e) {
            return "no " + className;
        } catch (ReflectiveOperationException | URISyntaxException e) {
            throw new AssertionError("cannot find the jar of " + className, e);
        }
    }

    private static void check(List<String> failures, String what, Runnable check) {
        try {
            check.run();
        } catch (LinkageError | RuntimeException | AssertionError e) {
            failures.add(what + ": " + e);
        }
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set");
        }
        return value;
    }
}
