package io.github.i3dsession.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times what a command-line user pays: a fresh JVM that logs in, reads the user and exits, from fork to exit
 * ({@code System.nanoTime()} around {@code ProcessBuilder.start()} and {@code waitFor()}), for three programs
 * that alternate run by run against the same running fake server:
 *
 * <ol>
 *   <li>{@link OursMain}: our {@code SessionClient} with the JDK transport;
 *   <li>{@link JacksonMain}: the JDK {@code HttpClient} and Jackson databind, by hand;
 *   <li>{@link PlainMain}: the JDK {@code HttpClient} alone, no JSON library.
 * </ol>
 *
 * <p>Each program runs on a class path of its own: {@code target/classes} (these programs) plus the jars Maven
 * copied into {@code target/startup-lib/<program>} (see the benchmarks pom). The programs print how long their
 * own phases took (creating the client, the first call, the second), which the table shows beside the wall time.
 * A last run of each with {@code -Xlog:class+load} counts the classes it loads. One warm-up round (page cache,
 * the server's first sessions) is not counted.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.i3dsession.benchmarks.startup.StartupBenchmark \
 *     <baseUri> <out.md> [runs, default 11]
 * }</pre>
 *
 * <p>System properties: {@code startup.target} (default {@code benchmarks/target}), {@code startup.jvmArgs}
 * (space-separated options for every child JVM), {@code startup.programs} (default {@code ours,jackson,plain}),
 * {@code startup.baselineLib} (a folder of other jars for ours, such as a copy of {@code startup-lib/ours} taken
 * before a change: adds program {@code baseline}, run in turn with the others, and the difference).
 */
public final class StartupBenchmark {
    /** The user {@code ServerMain} serves, without OTP. */
    private static final String USER = "alice";

    private static final String PASSWORD = "correct horse battery staple";
    /** The most ours may exceed the program without a JSON library by, in milliseconds (issue 15). */
    private static final double TARGET_MILLIS = 20;

    private StartupBenchmark() {}

    /** One program under test and what its runs measured. */
    private static final class Program {
        final String key;
        final String label;
        final String mainClass;
        final String classPath;
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        final List<Long> setup = new ArrayList<>();
        final List<Long> first = new ArrayList<>();
        final List<Long> second = new ArrayList<>();
        long classesLoaded;
        long classesNotShared;

        Program(String key, String label, String mainClass, String classPath) {
            this.key = key;
            this.label = label;
            this.mainClass = mainClass;
            this.classPath = classPath;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args the base URI, the report file, and optionally the number of runs per program
     * @throws IOException if a program fails or the report cannot be written
     * @throws InterruptedException if interrupted while waiting for a program
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StartupBenchmark <baseUri> <out.md> [runs]");
        }
        String baseUri = args[0];
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        Path target = Path.of(System.getProperty("startup.target", "benchmarks/target"));
        String classes = target.resolve("classes").toString();
        List<Program> all = new ArrayList<>(List.of(
                new Program(
                        "ours",
                        "(a) ours: SessionClient, JDK transport",
                        OursMain.class.getName(),
                        classPath(classes, target.resolve("startup-lib/ours"))),
                new Program(
                        "jackson",
                        "(b) JDK HttpClient + Jackson databind",
                        JacksonMain.class.getName(),
                        classPath(classes, target.resolve("startup-lib/jackson"))),
                new Program("plain", "(c) JDK HttpClient, no JSON library", PlainMain.class.getName(), classes)));
        String baselineLib = System.getProperty("startup.baselineLib");
        if (baselineLib != null) {
            // Before/after in one run: the same program over other jars (say, a copy of startup-lib/ours taken
            // before a change), alternating with the others so that both see the same load.
            all.add(
                    0,
                    new Program(
                            "baseline",
                            "(a0) ours, jars of " + baselineLib,
                            OursMain.class.getName(),
                            classPath(classes, Path.of(baselineLib))));
        }
        List<String> wanted = Arrays.asList(System.getProperty(
                        "startup.programs", baselineLib == null ? "ours,jackson,plain" : "baseline,ours,jackson,plain")
                .split(","));
        List<Program> programs =
                all.stream().filter(p -> wanted.contains(p.key)).collect(Collectors.toList());
        List<String> jvmArgs = Stream.of(
                        System.getProperty("startup.jvmArgs", "").trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
        Path scratch = Files.createDirectories(target.resolve("startup-runs"));

        String loadBefore = loadAverage();
        for (int round = -1; round < runs; round++) {
            // Rotate the order so that no program always runs right after the same other one.
            for (int i = 0; i < programs.size(); i++) {
                Program program = programs.get(Math.floorMod(round + i, programs.size()));
                long[] measured = run(program, baseUri, jvmArgs, List.of(), scratch);
                if (round >= 0) {
                    program.wall.add(measured[0]);
                    program.cpu.add(measured[4]);
                    program.setup.add(measured[1]);
                    program.first.add(measured[2]);
                    program.second.add(measured[3]);
                }
            }
        }
        String loadAfter = loadAverage();
        for (Program program : programs) {
            Path log = scratch.resolve(program.key + "-class-load.log");
            Files.deleteIfExists(log);
            run(program, baseUri, jvmArgs, List.of("-Xlog:class+load=info:file=" + log), scratch);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            program.classesLoaded =
                    lines.stream().filter(l -> l.contains("source:")).count();
            program.classesNotShared = lines.stream()
                    .filter(l -> l.contains("source:") && !l.contains("shared objects file"))
                    .count();
        }

        String report = report(programs, runs, jvmArgs, loadBefore, loadAfter);
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static String classPath(String classes, Path libDir) throws IOException {
        if (!Files.isDirectory(libDir)) {
            throw new IOException(libDir + " is missing: build the benchmarks module (benchmarks/run.sh)");
        }
        try (Stream<Path> jars = Files.list(libDir)) {
            return Stream.concat(
                            Stream.of(classes),
                            jars.filter(p -> p.toString().endsWith(".jar"))
                                    .sorted()
                                    .map(Path::toString))
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }

    /** Runs a program once; returns its wall time, its three phases and its CPU time, in nanoseconds. */
    private static long[] run(Program program, String baseUri, List<String> jvmArgs, List<String> extra, Path scratch)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(extra);
        command.add("-cp");
        command.add(program.classPath);
        command.add(program.mainClass);
        command.add(baseUri);
        command.add(USER);
        command.add(PASSWORD);
        Path stdout = scratch.resolve(program.key + ".out");
        Path stderr = scratch.resolve(program.key + ".err");
        // Files, not pipes: nothing the child writes can block it, and nothing here reads while it runs.
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        long cpuBefore = childrenCpuNanos();
        long start = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        long wall = System.nanoTime() - start;
        long cpu = childrenCpuNanos() - cpuBefore;
        if (!exited) {
            process.destroyForcibly();
            throw new IOException(program.key + " did not exit within 60 s");
        }
        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !output.startsWith("startup-phases ")) {
            throw new IOException(program.key + " failed with exit code " + process.exitValue() + ":\n" + output
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        String[] phases = output.trim().split(" ");
        return new long[] {wall, Long.parseLong(phases[1]), Long.parseLong(phases[2]), Long.parseLong(phases[3]), cpu};
    }

    /**
     * The CPU time (user and system) of this JVM's children that have exited and been waited for, from
     * {@code /proc/self/stat} (cutime and cstime, in USER_HZ ticks of 10 ms); -1 where there is no such file. Unlike
     * wall time, it hardly grows when other work competes for the cores, but it has only 10 ms resolution.
     */
    private static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17.
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String report(
            List<Program> programs, int runs, List<String> jvmArgs, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("## Start-up: a fresh JVM that logs in, reads the user and exits\n\n");
        md.append("Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(runs)
                .append(" runs per program, alternated (after one warm-up round)")
                .append(jvmArgs.isEmpty() ? "" : ", JVM options " + String.join(" ", jvmArgs))
                .append(". Load average before: ")
                .append(loadBefore)
                .append("; after: ")
                .append(loadAfter)
                .append(".\n\n");
        md.append("Wall time is the whole process, fork to exit. Setup is creating the client (ours: `build()`;"
                + " the others: `HttpClient` and, for (b), the `ObjectMapper`); the calls are timed inside the"
                + " process. CPU is user + system time of the whole process (10 ms resolution): less"
                + " disturbed than wall time by other work on the machine. Milliseconds, medians unless marked.\n\n");
        md.append("| program | wall | wall min | wall max | CPU | setup | login | getUser | classes loaded"
                + " (not from CDS) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Program p : programs) {
            md.append("| ")
                    .append(p.label)
                    .append(" | ")
                    .append(millis(median(p.wall)))
                    .append(" | ")
                    .append(millis(min(p.wall)))
                    .append(" | ")
                    .append(millis(max(p.wall)))
                    .append(" | ")
                    .append(p.cpu.contains(-1L) ? "n/a" : millis(median(p.cpu)))
                    .append(" | ")
                    .append(millis(median(p.setup)))
                    .append(" | ")
                    .append(millis(median(p.first)))
                    .append(" | ")
                    .append(millis(median(p.second)))
                    .append(" | ")
                    .append(p.classesLoaded)
                    .append(" (")
                    .append(p.classesNotShared)
                    .append(") |\n");
        }
        Program ours = find(programs, "ours");
        Program plain = find(programs, "plain");
        Program baseline = find(programs, "baseline");
        if (ours != null && baseline != null) {
            md.append("\nOurs minus (a0): wall medians ")
                    .append(String.format(Locale.ROOT, "%+.1f ms", (median(ours.wall) - median(baseline.wall)) / 1e6))
                    .append(", CPU medians ")
                    .append(String.format(Locale.ROOT, "%+.0f ms", (median(ours.cpu) - median(baseline.cpu)) / 1e6))
                    .append(", classes loaded ")
                    .append(String.format(Locale.ROOT, "%+d", ours.classesLoaded - baseline.classesLoaded))
                    .append(".\n");
        }
        if (ours != null && plain != null) {
            double over = (median(ours.wall) - median(plain.wall)) / 1e6;
            md.append("\nOurs minus (c), wall medians: ")
                    .append(String.format(Locale.ROOT, "%+.1f ms", over))
                    .append(" (target: at most +")
                    .append(String.format(Locale.ROOT, "%.0f", TARGET_MILLIS))
                    .append(" ms): ")
                    .append(over <= TARGET_MILLIS ? "PASS" : "MISS")
                    .append("; CPU medians: ")
                    .append(String.format(Locale.ROOT, "%+.0f ms", (median(ours.cpu) - median(plain.cpu)) / 1e6))
                    .append(".\n");
        }
        return md.toString();
    }

    private static Program find(List<Program> programs, String key) {
        return programs.stream().filter(p -> p.key.equals(key)).findFirst().orElse(null);
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
