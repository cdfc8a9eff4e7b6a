#!/usr/bin/env bash
# The start-up benchmark on its own: what a command-line user pays for a fresh JVM that logs in, reads the user
# and exits, ours against the same two requests by hand (JDK HttpClient + Jackson databind, and the JDK client
# with no JSON library). Fresh JVMs alternate against one already-running FakeSessionServer; wall time is fork
# to exit. See StartupBenchmark.java. About a minute.
#
#   benchmarks/startup.sh                  build, start a server, run 11 times each, report
#   SKIP_BUILD=1 benchmarks/startup.sh     reuse benchmarks/target (benchmarks.jar, classes, startup-lib)
#   benchmarks/startup.sh 21               21 runs per program
#   BASE_URI=http://127.0.0.1:1234 SKIP_BUILD=1 benchmarks/startup.sh
#                                          use a server that already runs (benchmarks/run.sh does so after JMH)
#   JAVA_OPTS='-Dstartup.jvmArgs=-Xshare:off' benchmarks/startup.sh
#                                          options for every child JVM (also startup.programs=ours,plain)
#
# Writes benchmarks/target/startup.md (the table, with the load average before and after).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target
RUNS="${1:-11}"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -DskipTests package -pl benchmarks -am
fi

if [ -z "${BASE_URI:-}" ]; then
  rm -f "$OUT/startup-server.uri"
  java -Dsun.net.httpserver.nodelay=true -Xmx512m -cp "$JAR" io.github.i3dsession.benchmarks.ServerMain \
    "$OUT/startup-server.uri" &
  SERVER_PID=$!
  trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 150); do
    [ -s "$OUT/startup-server.uri" ] && break
    sleep 0.2
  done
  BASE_URI=$(cat "$OUT/startup-server.uri")
  echo "FakeSessionServer at $BASE_URI (pid $SERVER_PID)"
  # A cold server would add its own JIT warm-up to the first programs' calls.
  java -cp "$JAR" io.github.i3dsession.benchmarks.WarmUp "$BASE_URI" 5
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -cp "$JAR" io.github.i3dsession.benchmarks.startup.StartupBenchmark \
  "$BASE_URI" "$OUT/startup.md" "$RUNS"
