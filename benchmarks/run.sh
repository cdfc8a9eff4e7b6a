#!/usr/bin/env bash
# Builds the JMH benchmarks, runs every one of them against one warmed-up FakeSessionServer, and prints the
# table of ratios (ours / the same request by hand) with PASS/MISS against the targets. About 35 minutes on two
# cores, plus the build; see docs/performance.md.
#
#   benchmarks/run.sh                 build, run, report
#   SKIP_BUILD=1 benchmarks/run.sh    reuse benchmarks/target/benchmarks.jar
#   benchmarks/run.sh 'JdkBenchmark'  extra arguments go to JMH (here: a benchmark filter)
#   STARTUP_RUNS=21 benchmarks/run.sh  runs per program of the start-up step (default 11)
#
# After JMH, the start-up step times fresh JVMs that log in and read the user against the same server: ours, and
# the same two requests by hand (benchmarks/startup.sh runs that step alone, with a server of its own).
#
# Writes benchmarks/target/jmh-result.json and jmh-result-8threads.json (JMH's own results),
# benchmarks/target/ratios.md (the table), docs/performance.svg (the chart) and benchmarks/target/startup.md
# (the start-up table).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -DskipTests package -pl benchmarks -am
fi

# One fake server in a JVM of its own serves every fork: its allocations stay out of the forks' gc.alloc.rate.norm,
# and its JIT stays warm from one benchmark to the next. FakeSessionServer turns TCP_NODELAY on by itself (the
# JDK's HTTP server otherwise stalls keep-alive exchanges ~40 ms); the flag below says so explicitly.
rm -f "$OUT/server.uri"
java -Dsun.net.httpserver.nodelay=true -Xmx512m -cp "$JAR" io.github.i3dsession.benchmarks.ServerMain \
  "$OUT/server.uri" &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 150); do
  [ -s "$OUT/server.uri" ] && break
  sleep 0.2
done
BASE_URI=$(cat "$OUT/server.uri")
echo "FakeSessionServer at $BASE_URI (pid $SERVER_PID)"

# The server's own JIT needs ~20 s of traffic before it stops speeding up; do that before anything is measured.
java -cp "$JAR" io.github.i3dsession.benchmarks.WarmUp "$BASE_URI" 20

# Every fork finds the server through this variable (a -jvmArgsAppend here would replace the benchmarks' own
# @Fork(jvmArgsAppend): FeignBenchmark's http.maxConnections, AsyncTunedBenchmark's common-pool parallelism).
export I3DSESSION_BENCH_BASE_URI="$BASE_URI"

# The load average before and after goes into the report: other work on the machine shows in the timings.
echo "before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)" > "$OUT/loadavg.txt"
RESULTS="$OUT/jmh-result.json"
if [ "$#" -gt 0 ]; then
  # A filter or other JMH options of the caller's: one pass with the settings of the single-thread pass below.
  java -jar "$JAR" -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -rf json -rff "$OUT/jmh-result.json" "$@"
else
  # Single-thread and async benchmarks: one fork each, 8 warm-up and 5 measured iterations of 2 s, about 30 s
  # apiece. Their allocation figures barely move between iterations.
  java -jar "$JAR" -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc -e '8Threads' -rf json -rff "$OUT/jmh-result.json"
  # The 8-thread throughput benchmarks: eight client threads and the server leave the JIT's compiler threads little
  # of two cores, and throughput kept rising for about 40 s of a fork (JMH's -prof comp counted about 2 s of
  # compilation per 2 s iteration for the first 24 s). So 20 warm-up iterations of 2 s, then 10 measured ones. Forks
  # differ more than iterations do: with two forks the 99.9% errors of the throughput ratios came out at ±0.11 to
  # ±0.19 (the target is under ±0.10), so four. About 4 min apiece.
  java -jar "$JAR" -f 4 -wi 20 -w 2s -i 10 -r 2s -rf json -rff "$OUT/jmh-result-8threads.json" '8Threads'
  RESULTS="$RESULTS,$OUT/jmh-result-8threads.json"
fi
echo "after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)" >> "$OUT/loadavg.txt"

java -cp "$JAR" io.github.i3dsession.benchmarks.Report "$RESULTS" "$OUT/ratios.md" docs/performance.svg

# Start-up: fresh JVMs, one after another, so after JMH rather than beside it; the server is warm by now.
java -cp "$JAR" io.github.i3dsession.benchmarks.startup.StartupBenchmark \
  "$BASE_URI" "$OUT/startup.md" "${STARTUP_RUNS:-11}"
