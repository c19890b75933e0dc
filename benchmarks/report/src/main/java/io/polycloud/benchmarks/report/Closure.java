package io.polycloud.benchmarks.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of jars: a module's runtime dependency closure (from the {@code runtime-classpath.txt}
 * that {@code dependency:build-classpath} writes), or a class path built from several.
 *
 * @param jars the jar files, in class-path order
 */
record Closure(List<Path> jars) {

    private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d[\\w.\\-]*?)(-runtime)?\\.jar");

    Closure {
        jars = List.copyOf(jars);
    }

    /**
     * Reads a class-path file.
     *
     * @param classpathFile {@code path:path:...}, possibly empty
     * @return the jars
     * @throws IllegalStateException if the file is missing or names a directory or a missing file
     */
    static Closure read(Path classpathFile) {
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build with -P benchmarks first");
        }
        String text;
        try {
            text = Files.readString(classpathFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> jars = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String entry : text.split(File.pathSeparator)) {
                jars.add(jar(Path.of(entry)));
            }
        }
        return new Closure(jars);
    }

    /**
     * A closure of a single jar.
     *
     * @param jar the jar
     * @return the closure
     */
    static Closure of(Path jar) {
        return new Closure(List.of(jar(jar)));
    }

    /**
     * This closure followed by another's jars not already in it.
     *
     * @param other the other closure
     * @return the union, in order
     */
    Closure plus(Closure other) {
        List<Path> all = new ArrayList<>(jars);
        other.jars.stream().filter(j -> !all.contains(j)).forEach(all::add);
        return new Closure(all);
    }

    /**
     * This closure without the other's jars.
     *
     * @param other the jars to leave out
     * @return the difference, in order
     */
    Closure minus(Closure other) {
        return new Closure(jars.stream().filter(j -> !other.jars.contains(j)).toList());
    }

    /**
     * The jars' total size.
     *
     * @return bytes
     */
    long bytes() {
        long total = 0;
        for (Path jar : jars) {
            try {
                total += Files.size(jar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /**
     * The version of an artifact in this closure, read from its file name.
     *
     * @param artifactId for example {@code okhttp}
     * @return the version, if the closure holds that artifact
     */
    Optional<String> versionOf(String artifactId) {
        for (Path jar : jars) {
            Matcher m = VERSIONED.matcher(jar.getFileName().toString());
            if (m.matches() && m.group(1).equals(artifactId)) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * The class-path string.
     *
     * @return the jars joined by the path separator
     */
    String classpath() {
        List<String> paths = new ArrayList<>();
        jars.forEach(j -> paths.add(j.toString()));
        return String.join(File.pathSeparator, paths);
    }

    private static Path jar(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".jar")) {
            throw new IllegalStateException(path + " is not a jar file: run the benchmark build to the package phase");
        }
        return path;
    }
}
