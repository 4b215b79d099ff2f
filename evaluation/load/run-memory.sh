#!/usr/bin/env bash
# Memory of the service: RSS, heap and the JVM's native memory (NMT) when ready and after a load run of unique
# student-like profiles (unique-profiles.lua, so no cache answers), for one or more jars in turn. Needs wrk and jcmd.
# Traffic goes to 127.0.0.1 only; every run is bounded in time.
#
#   evaluation/load/run-memory.sh [SECONDS] [CONNECTIONS] [LABEL=JAR[=JVM OPTIONS]]...
#
# Default: 60 s at 32 connections against api=api/target/careermatch-api.jar with -Xmx768m. Each jar also runs with
# -XX:NativeMemoryTracking=summary (which itself costs a few MB). PORT (default 18531).
#   "heap used" is what the heap holds at that moment; "live heap" is what a full GC leaves (jcmd GC.run);
#   "NMT committed" is the JVM's own accounting (heap included); RSS minus NMT is memory the JVM does not track:
#   ONNX Runtime's arenas, the model's weights and the tokenizer (native libraries allocate outside the JVM).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-32}
shift 2 || shift $# || true
PORT=${PORT:-18531}
SPECS=("$@")
[ ${#SPECS[@]} -eq 0 ] && SPECS=("api=api/target/careermatch-api.jar=-Xmx768m")
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
OUT=$(mktemp -d /tmp/careermatch-memory.XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
heap_used() { jcmd "$1" GC.heap_info | awk '/ used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%d", v / 1024; exit } }'; }
nmt_committed() { jcmd "$1" VM.native_memory summary | awk '/^Total:/ { for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) { v = $i; sub(/committed=/, "", v); sub(/KB/, "", v); printf "%d", v / 1024 } }'; }
nmt_heap() { jcmd "$1" VM.native_memory summary | awk '/Java Heap \(reserved=/ { for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) { v = $i; sub(/committed=/, "", v); sub(/KB\)?/, "", v); printf "%d", v / 1024 } }'; }
row() { # label moment pid
  local used live
  used=$(heap_used "$3")
  jcmd "$3" GC.run >/dev/null
  live=$(heap_used "$3")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(rss "$3")" "$used" "$live" "$(nmt_heap "$3")" "$(nmt_committed "$3")" >> "$OUT/memory.tsv"
}

printf 'app\tmoment\tRSS MB\theap used MB\tlive heap MB\theap committed MB\tNMT committed MB\n' > "$OUT/memory.tsv"
for spec in "${SPECS[@]}"; do
  label=${spec%%=*}
  rest=${spec#*=}
  jar=${rest%%=*}
  opts=""
  [ "$rest" != "$jar" ] && opts=${rest#*=}
  [ -f "$jar" ] || { echo "$jar is missing" >&2; exit 2; }
  read -r -a jvm <<< "$opts"
  java "${jvm[@]}" -XX:NativeMemoryTracking=summary -jar "$jar" --server.port="$PORT" \
    --careermatch.connector.max-requests-per-client=1000 > "$OUT/$label.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null && break
    kill -0 "$PID" 2>/dev/null || { echo "$label exited (see $OUT/$label.log)" >&2; exit 1; }
    sleep 0.05
  done
  sleep 2
  row "$label" ready "$PID"
  peak=0
  ( while kill -0 "$PID" 2>/dev/null; do rss "$PID" >> "$OUT/$label.rss" 2>/dev/null || true; echo >> "$OUT/$label.rss"; sleep 5; done ) &
  SAMPLER=$!
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s evaluation/load/unique-profiles.lua \
    "http://127.0.0.1:$PORT" > "$OUT/$label.wrk" 2>&1 || true
  kill "$SAMPLER" 2>/dev/null || true
  peak=$(sort -n "$OUT/$label.rss" | tail -1)
  row "$label" "after ${SECONDS_RUN}s at $CONNECTIONS connections (RSS peak $peak MB)" "$PID"
  grep -E 'Requests/sec|Non-2xx|Socket errors|requests in' "$OUT/$label.wrk" | sed "s/^/$label: /" >&2
  kill "$PID"; wait "$PID" 2>/dev/null || true
  PID=""
done
echo "# $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); logs in $OUT"
column -t -s $'\t' "$OUT/memory.tsv"
