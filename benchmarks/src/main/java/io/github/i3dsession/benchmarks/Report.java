package io.github.i3dsession.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON result and writes the ratio table (to standard output and as markdown) and an SVG bar chart.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.i3dsession.benchmarks.Report \
 *     benchmarks/target/jmh-result.json benchmarks/target/ratios.md docs/performance.svg
 * }</pre>
 */
public final class Report {
    /** Ours may take at most this many times the raw time per call (single thread). */
    static final double TIME_TARGET = 1.05;
    /** Ours may allocate at most this many times the raw bytes per call, over the same HTTP library. */
    static final double ALLOC_TARGET = 1.05;
    /** A whole getUser over the in-memory transport may take at most this many times a bare databind decode. */
    static final double DECODE_TIME_TARGET = 1.10;
    /** ... and allocate at most this many times its bytes. */
    static final double DECODE_ALLOC_TARGET = 1.15;

    private static final String PACKAGE = Report.class.getPackageName() + ".";
    private static final Map<String, String> TRANSPORTS = new LinkedHashMap<>();

    static {
        TRANSPORTS.put("JdkBenchmark", "JDK HttpClient");
        TRANSPORTS.put("HttpClient5Benchmark", "Apache HttpClient 5 (classic)");
        TRANSPORTS.put("FeignBenchmark", "Feign (Client.Default)");
    }

    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final String machine;

    private Report(JsonNode root, String load) {
        JsonNode first = root.path(0);
        this.machine = "JDK " + first.path("jdkVersion").asText("?") + " ("
                + first.path("vmName").asText("?")
                + "), " + Runtime.getRuntime().availableProcessors() + " CPUs"
                + (load.isEmpty() ? "" : "; load average (1, 5, 15 min) " + load);
        for (JsonNode result : root) {
            StringBuilder key =
                    new StringBuilder(result.path("benchmark").asText().replace(PACKAGE, ""));
            result.path("params")
                    .properties()
                    .forEach(param -> key.append(':')
                            .append(param.getKey())
                            .append('=')
                            .append(param.getValue().asText()));
            results.put(key.toString(), result);
        }
    }

    /**
     * Writes the table and the chart.
     *
     * @param args the JMH JSON result (several, comma-separated, when the run was split), the markdown file to
     *     write, the SVG file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Report <jmh-result.json>[,<more.json>] <ratios.md> <chart.svg>");
            System.exit(2);
        }
        // run.sh notes the load average before and after JMH next to the result: other work on the machine shows up
        // in the timings (not in the allocation figures).
        String[] jsons = args[0].split(",");
        Path loadFile = Path.of(jsons[0]).resolveSibling("loadavg.txt");
        String load = Files.exists(loadFile)
                ? String.join("; ", Files.readAllLines(loadFile)).strip()
                : "";
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (String json : jsons) {
            all.addAll((ArrayNode) new ObjectMapper().readTree(Path.of(json).toFile()));
        }
        Report report = new Report(all, load);
        String markdown = report.markdown();
        System.out.println(markdown);
        write(Path.of(args[1]), markdown);
        write(Path.of(args[2]), SvgChart.render(report.bars()));
        System.out.println("Wrote " + args[1] + " and " + args[2]);
    }

    private static void write(Path path, String text) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Measured on ")
                .append(machine)
                .append(".\n\n")
                .append("### Ours against the same request by hand, per transport\n\n")
                .append("Time and B/op: one thread, `GET /v3/session/user`, JMH average time; ratios are ours / raw,")
                .append(" ± the 99.9% errors JMH reports, combined. Targets: time ≤ ")
                .append(TIME_TARGET)
                .append("×, bytes ≤ ")
                .append(ALLOC_TARGET)
                .append("×; 8-thread throughput ≥ 1/")
                .append(TIME_TARGET)
                .append(" = ")
                .append(fmt("%.3f", 1 / TIME_TARGET))
                .append("× (the time target, per call).\n\n")
                .append("| Transport | ours µs/op | raw µs/op | time ours/raw | ours B/op | raw B/op | B/op ours/raw")
                .append(" | ours ops/ms, 8 thr | raw ops/ms, 8 thr | throughput ours/raw |\n")
                .append("|---|---:|---:|---|---:|---:|---|---:|---:|---|\n");
        for (Map.Entry<String, String> transport : TRANSPORTS.entrySet()) {
            Row row = row(transport.getKey());
            if (row == null) {
                continue;
            }
            md.append("| ")
                    .append(transport.getValue())
                    .append(" | ")
                    .append(row.oursTime.format("%.1f"))
                    .append(" | ")
                    .append(row.rawTime.format("%.1f"))
                    .append(" | ")
                    .append(verdict(row.timeRatio(), TIME_TARGET, false))
                    .append(" | ")
                    .append(row.oursAlloc.format("%.0f"))
                    .append(" | ")
                    .append(row.rawAlloc.format("%.0f"))
                    .append(" | ")
                    .append(verdict(row.allocRatio(), ALLOC_TARGET, false))
                    .append(" | ")
                    .append(cell(row.oursThroughput, "%.2f"))
                    .append(" | ")
                    .append(cell(row.rawThroughput, "%.2f"))
                    .append(" | ")
                    .append(
                            row.oursThroughput == null || row.rawThroughput == null
                                    ? "n/a"
                                    : verdict(row.oursThroughput.over(row.rawThroughput), 1 / TIME_TARGET, true))
                    .append(" |\n");
        }
        appendCpu(md);
        appendDecode(md);
        appendAsync(md);
        return md.toString();
    }

    /** The CPU time of the benchmark JVM per call, single thread: less sensitive to other load than wall time. */
    private void appendCpu(StringBuilder md) {
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, String> transport : TRANSPORTS.entrySet()) {
            Metric ours = cpuPerCall(transport.getKey() + ".ours");
            Metric raw = cpuPerCall(transport.getKey() + ".raw");
            if (ours == null || raw == null) {
                continue;
            }
            table.append("| ")
                    .append(transport.getValue())
                    .append(" | ")
                    .append(ours.format("%.1f"))
                    .append(" | ")
                    .append(raw.format("%.1f"))
                    .append(" | ")
                    .append(ours.over(raw).format("%.2f"))
                    .append(" | ")
                    .append(fmt("%.1f", ours.score() - raw.score()))
                    .append(" |\n");
        }
        if (table.length() > 0) {
            md.append("\nCPU time of the benchmark JVM (all its threads; the server runs in another process) per")
                    .append(" call, one thread; mean of the measured iterations ± 99.9% error:\n\n")
                    .append("| Transport | ours CPU µs/call | raw CPU µs/call | ours/raw | ours − raw, µs |\n")
                    .append("|---|---:|---:|---:|---:|\n")
                    .append(table);
        }
    }

    private Metric cpuPerCall(String benchmark) {
        JsonNode result = results.get(benchmark);
        if (result == null) {
            return null;
        }
        JsonNode metrics = result.path("secondaryMetrics");
        return Metric.perIteration(metrics.get("cpuNanos"), metrics.get("calls"), 1e-3);
    }

    private void appendDecode(StringBuilder md) {
        Metric ours = score("JsonDecodeBenchmark.ours");
        Metric raw = score("JsonDecodeBenchmark.raw");
        if (ours == null || raw == null) {
            return;
        }
        Metric oursAlloc = alloc("JsonDecodeBenchmark.ours");
        Metric rawAlloc = alloc("JsonDecodeBenchmark.raw");
        md.append("\n### A SessionUser body without the network\n\n")
                .append("ours: a whole `getUser()` over an in-memory transport (our core and codec);")
                .append(" raw: `ObjectMapper.readValue(byte[], RawUser.class)`. Targets: time ≤ ")
                .append(DECODE_TIME_TARGET)
                .append("×, bytes ≤ ")
                .append(DECODE_ALLOC_TARGET)
                .append("×.\n\n")
                .append("| | ours | raw | ours/raw |\n|---|---:|---:|---:|\n")
                .append("| ns/op | ")
                .append(ours.format("%.0f"))
                .append(" | ")
                .append(raw.format("%.0f"))
                .append(" | ")
                .append(verdict(ours.over(raw), DECODE_TIME_TARGET, false))
                .append(" |\n")
                .append("| B/op | ")
                .append(oursAlloc.format("%.0f"))
                .append(" | ")
                .append(rawAlloc.format("%.0f"))
                .append(" | ")
                .append(verdict(oursAlloc.over(rawAlloc), DECODE_ALLOC_TARGET, false))
                .append(" |\n");
        Metric observed = alloc("JsonDecodeBenchmark.oursObserved");
        if (observed != null) {
            md.append("| B/op with one no-op observer | ")
                    .append(observed.format("%.0f"))
                    .append(" | | +")
                    .append(fmt("%.0f", observed.score() - oursAlloc.score()))
                    .append(" B over none |\n");
        }
        Metric oursCpu = cpuPerCall("JsonDecodeBenchmark.ours");
        Metric rawCpu = cpuPerCall("JsonDecodeBenchmark.raw");
        if (oursCpu != null && rawCpu != null) {
            md.append("| CPU µs/call | ")
                    .append(oursCpu.format("%.2f"))
                    .append(" | ")
                    .append(rawCpu.format("%.2f"))
                    .append(" | ")
                    .append(oursCpu.over(rawCpu).format("%.2f"))
                    .append(" |\n");
        }
    }

    private void appendAsync(StringBuilder md) {
        String[][] rows = {
            {"AsyncBenchmark.jdkOurs64", "JDK, ours; JVM and HttpClient defaults"},
            {"AsyncBenchmark.jdkRaw64", "JDK, raw `sendAsync`; JVM and HttpClient defaults"},
            {"AsyncTunedBenchmark.jdkOurs64", "JDK, ours; executor of 2, common pool parallelism 2"},
            {"AsyncTunedBenchmark.jdkRaw64", "JDK, raw `sendAsync`; executor of 2, common pool parallelism 2"},
            {"AsyncBenchmark.httpClient5Ours64", "HttpClient 5 async, ours"},
            {"AsyncBenchmark.httpClient5Raw64", "HttpClient 5 async, raw `SimpleHttpRequest`"},
        };
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            Metric time = score(row[0]);
            if (time == null) {
                continue;
            }
            Metric clientThreads = secondary(row[0], "clientThreads");
            Metric liveThreads = secondary(row[0], "liveThreads");
            table.append("| ")
                    .append(row[1])
                    .append(" | ")
                    .append(time.format("%.0f"))
                    .append(" | ")
                    .append(fmt("%.1f", time.score() / AsyncBenchmark.IN_FLIGHT))
                    .append(" | ")
                    .append(fmt("%.0f", alloc(row[0]).score() / AsyncBenchmark.IN_FLIGHT))
                    .append(" | ")
                    .append(clientThreads == null ? "n/a" : fmt("%.0f", clientThreads.max()))
                    .append(" | ")
                    .append(liveThreads == null ? "n/a" : fmt("%.0f", liveThreads.max()))
                    .append(" |\n");
        }
        if (table.length() > 0) {
            md.append("\n### 64 calls in flight from one thread\n\n")
                    .append("One operation starts 64 `getUser()` calls (ours: `client.async().getUser()`) and joins")
                    .append(" them all. Client threads: the most threads started by the client under test alive at")
                    .append(" once in any measured iteration (sampled every ms); live threads: the whole JVM's,")
                    .append(" JMH's included.\n\n")
                    .append("| | µs per 64 calls | µs per call | B per call | client threads (peak) |")
                    .append(" live threads (peak) |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n")
                    .append(table);
        }
    }

    List<SvgChart.Bar> bars() {
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, String> transport : TRANSPORTS.entrySet()) {
            Row row = row(transport.getKey());
            if (row == null) {
                continue;
            }
            bars.add(new SvgChart.Bar(transport.getValue(), "time", row.timeRatio(), TIME_TARGET));
            bars.add(new SvgChart.Bar(transport.getValue(), "bytes", row.allocRatio(), ALLOC_TARGET));
            if (row.oursThroughput != null && row.rawThroughput != null) {
                // Drawn as time per call (raw / ours throughput), so that every bar reads "shorter is better".
                bars.add(new SvgChart.Bar(
                        transport.getValue(),
                        "time, 8 threads",
                        row.rawThroughput.over(row.oursThroughput),
                        TIME_TARGET));
            }
        }
        return bars;
    }

    private Row row(String benchmark) {
        Metric oursTime = score(benchmark + ".ours");
        Metric rawTime = score(benchmark + ".raw");
        if (oursTime == null || rawTime == null) {
            return null;
        }
        return new Row(
                oursTime,
                rawTime,
                alloc(benchmark + ".ours"),
                alloc(benchmark + ".raw"),
                score(benchmark + ".ours8Threads"),
                score(benchmark + ".raw8Threads"));
    }

    private Metric score(String benchmark) {
        JsonNode result = results.get(benchmark);
        return result == null ? null : Metric.of(result.path("primaryMetric"));
    }

    private Metric alloc(String benchmark) {
        Metric alloc = secondary(benchmark, "gc.alloc.rate.norm");
        return alloc == null ? new Metric(Double.NaN, Double.NaN, Double.NaN) : alloc;
    }

    private Metric secondary(String benchmark, String name) {
        JsonNode result = results.get(benchmark);
        if (result == null) {
            return null;
        }
        // JMH before 1.36 prefixed secondary metrics with a middle dot.
        JsonNode metrics = result.path("secondaryMetrics");
        JsonNode metric = metrics.has(name) ? metrics.get(name) : metrics.get("\u00b7" + name);
        return Metric.of(metric);
    }

    private static String verdict(Metric ratio, double target, boolean atLeast) {
        boolean pass = atLeast ? ratio.score() >= target : ratio.score() <= target;
        return ratio.format("%.2f") + " " + (pass ? "**PASS**" : "**MISS**");
    }

    private static String cell(Metric metric, String pattern) {
        return metric == null ? "n/a" : metric.format(pattern);
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** The single-thread and 8-thread results of one transport. */
    private record Row(
            Metric oursTime,
            Metric rawTime,
            Metric oursAlloc,
            Metric rawAlloc,
            Metric oursThroughput,
            Metric rawThroughput) {
        Metric timeRatio() {
            return oursTime.over(rawTime);
        }

        Metric allocRatio() {
            return oursAlloc.over(rawAlloc);
        }
    }
}
