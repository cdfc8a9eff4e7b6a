#!/usr/bin/env bash
# Measures how long `whoami` takes from start to exit, in fresh processes, with the launcher
# (session-cli/target/i3d-session: AppCDS archive and start-up flags) and with plain `java -jar`, against a
# FakeSessionServer on loopback; prints a markdown table of median, min and max. See docs/cli.md, "The launcher".
#
#   session-cli/measure-startup.sh                   build session-cli (and what it needs), then measure
#   SKIP_BUILD=1 session-cli/measure-startup.sh      reuse session-cli/target
#   RUNS=20 session-cli/measure-startup.sh           runs per row (default 10)
#   session-cli/measure-startup.sh 'C1 only=-XX:TieredStopAtLevel=1'
#                                                    more rows: LABEL=JVM OPTIONS, run as java OPTIONS -jar ...
#                                                    (the options are split at spaces; @JSA@ stands for the archive)
#
# The rows take turns, one run each per round, and the first row changes every round, so that other work on the
# machine and the page cache weigh on every row alike. Every run must exit 0 and print the user, or the script
# stops. Uses JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH, for every row: the same JVM that the
# launcher picks.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
TARGET=$PWD/session-cli/target
JAR=$TARGET/session-cli.jar
LAUNCHER=$TARGET/i3d-session
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -DskipTests package -pl session-cli -am
fi
for file in "$JAR" "$LAUNCHER" "$TARGET/session-cli.jsa"; do
  [ -e "$file" ] || { echo "missing $file: build with ./mvnw -B -DskipTests package -pl session-cli -am" >&2; exit 1; }
done

# -Xshare:on makes the JVM fail instead of running without the archive: a stale archive (a jar rebuilt or touched
# since) or another JVM would otherwise make the launcher's row quietly measure no archive at all.
I3D_SESSION_JAVA_OPTS=-Xshare:on "$LAUNCHER" --version > /dev/null \
  || { echo "$JAVA cannot use $TARGET/session-cli.jsa: rebuild session-cli with this JDK" >&2; exit 1; }

scratch=$(mktemp -d)
server_pid=
cleanup() {
  exec 3>&- 2> /dev/null || true # end of input: the server stops by itself
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# The server reads its standard input until it closes: a fifo held open by this script, so that the server ends
# with the script even when the script is killed.
mkfifo "$scratch/server.in"
"$JAVA" -cp "$JAR" session-cli/src/measure/MeasureServer.java "$scratch/server.uri" < "$scratch/server.in" \
  > "$scratch/server.log" 2>&1 &
server_pid=$!
exec 3> "$scratch/server.in"
for _ in $(seq 300); do
  [ -s "$scratch/server.uri" ] && break
  kill -0 "$server_pid" 2> /dev/null || { cat "$scratch/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$scratch/server.uri" ] || { echo "the fake server did not start" >&2; exit 1; }
base_url=$(cat "$scratch/server.uri")

# One stored session for every run, in a home of its own: nothing is read from or written to ~/.config.
export I3D_SESSION_HOME=$scratch/home
printf 'correct horse\n654321\n' \
  | "$JAVA" -jar "$JAR" login --base-url "$base_url" --user alice --password-stdin --otp-stdin > /dev/null 2>&1 \
  || { echo "login at $base_url failed" >&2; exit 1; }

labels=("launcher: \`target/i3d-session\`" "\`java -jar target/session-cli.jar\`")
commands=("$LAUNCHER" "$JAVA -jar $JAR")
for row in "$@"; do
  options=${row#*=}
  labels+=("${row%%=*}: \`java ${options//@JSA@/target/session-cli.jsa} -jar\`")
  commands+=("$JAVA ${options//@JSA@/$TARGET/session-cli.jsa} -jar $JAR")
done
rows=${#labels[@]}

# The launcher's path may hold spaces; the other commands are split at spaces on purpose.
run() {
  if [ "$1" -eq 0 ]; then
    "$LAUNCHER" whoami --base-url "$base_url" > "$scratch/out" 2> "$scratch/err"
  else
    # shellcheck disable=SC2086
    ${commands[$1]} whoami --base-url "$base_url" > "$scratch/out" 2> "$scratch/err"
  fi
}

TIMEFORMAT='%3R %3U %3S'
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo n/a)
for round in $(seq 0 $((RUNS - 1))); do
  for turn in $(seq 0 $((rows - 1))); do
    row=$(((round + turn) % rows))
    # bash's own time: wall clock, then user and system CPU seconds of the process, without a fork of its own.
    status=0
    { time run "$row"; } 2> "$scratch/time" || status=$?
    if [ "$status" -ne 0 ] || ! grep -q 'userName *alice' "$scratch/out" || [ -s "$scratch/err" ]; then
      echo "run failed (exit $status): ${labels[$row]}" >&2
      cat "$scratch/out" "$scratch/err" >&2
      exit 1
    fi
    read -r wall user system < "$scratch/time"
    echo "$row $wall $user $system" >> "$scratch/times"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo n/a)

echo "whoami against a FakeSessionServer on loopback, $RUNS fresh processes per row, taking turns"
echo "($("$JAVA" -version 2>&1 | sed -n 2p); $(nproc 2> /dev/null || echo '?') cores;" \
  "load average before $load_before, after $load_after)"
echo
median() {
  sort -n | awk '{ t[NR] = $1 } END { printf "%d", NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}
echo "| how | median ms | min ms | max ms | median CPU ms (user + system) |"
echo "|---|---:|---:|---:|---:|"
for row in $(seq 0 $((rows - 1))); do
  wall=$(awk -v row="$row" '$1 == row { print $2 * 1000 }' "$scratch/times" | sort -n)
  cpu=$(awk -v row="$row" '$1 == row { print ($3 + $4) * 1000 }' "$scratch/times" | median)
  echo "| ${labels[$row]} | $(median <<< "$wall") | $(head -1 <<< "$wall") | $(tail -1 <<< "$wall") | $cpu |"
done
