#!/usr/bin/env bash
# Load runs that mean something: unique, student-like profiles (no cache can answer them) and repeated ones (the
# caches answer), against one api jar or two side by side, with throughput, latency percentiles, errors and the
# server's CPU seconds per request. Needs wrk (Debian package "wrk") and the built jars
# (./mvnw -q -o package -DskipTests). Traffic goes to 127.0.0.1 only; every run is bounded in time.
#
#   evaluation/load/run-compare.sh [JAR_A [JAR_B]]
#
# JAR_A defaults to api/target/careermatch-api.jar (this checkout, "A"); JAR_B, when given, is run in the same way
# right after A for every measurement (A and B alternate, so both see the same machine load) and the table ends with
# the ratios A/B. Both servers run during the whole configuration (on PORT_A and PORT_B), only one is loaded at a time.
#
# Server configurations (CONFIGS, default "words uncached default"):
#   words     words only: --careermatch.semantic.enabled=false, match cache off
#   uncached  matching by meaning with every clause embedded anew: query-vector cache and match cache off
#   default   the server as shipped (match cache and query-vector cache on)
# Bodies (BODIES, default "unique repeated"):
#   unique    profiles from StudentProfiles (seeded, SEED, default 1): each sent once in a server's lifetime
#   repeated  the 8 profiles of match.lua, round robin
# and, for the default configuration, GET /actuator/health at 32 connections for scale.
#
# CONFIG_B runs B in another configuration than A (e.g. the same jar twice, CONFIGS=default CONFIG_B=uncached).
# Environment: DURATION (seconds per measurement, 15), WARMUP (seconds, 8), THREADS (wrk threads, 2),
# CONNS ("16 32 64"), PORT_A (18510), PORT_B (18520), EVAL_JAR (evaluation/tools/target/careermatch-evaluation.jar, for the
# profile generator), JAVA_OPTS (for both servers), OUT (result directory, default a new one under /tmp),
# PER_CLIENT (the servers' careermatch.connector.max-requests-per-client, default the largest of CONNS: wrk is one
# client address, and the shipped limit of 16 requests at once per address would answer the connections beyond it
# with 429 at once, so a 32-connection row would measure refusals; the limit is for fairness between learners
# and stays 16 in the service, see api/README.md, "Limits").
# WARMUP: C2 keeps compiling the match path for about the first 1,200 matches (a minute on 2 shared cores), so
# rows measured before that include the compiler's CPU; WARMUP=60 measures the steady state.
# Each row ends with the machine's 1-minute load average when the row finished (other work on the machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR_A=${1:-api/target/careermatch-api.jar}
JAR_B=${2:-}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-8}
THREADS=${THREADS:-2}
CONNS=${CONNS:-16 32 64}
CONFIGS=${CONFIGS:-words uncached default}
BODIES=${BODIES:-unique repeated}
PORT_A=${PORT_A:-18510}
PORT_B=${PORT_B:-18520}
SEED=${SEED:-1}
EVAL_JAR=${EVAL_JAR:-evaluation/tools/target/careermatch-evaluation.jar}
OUT=${OUT:-$(mktemp -d /tmp/careermatch-load.XXXXXX)}
REGION=40000
PROFILES=$((REGION * 5))
read -r -a JAVA_ARGS <<< "${JAVA_OPTS:-}"
PER_CLIENT=${PER_CLIENT:-$(printf '%s\n' $CONNS 16 | sort -n | tail -n 1)}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
for j in "$JAR_A" ${JAR_B:+"$JAR_B"} "$EVAL_JAR"; do
  [ -f "$j" ] || { echo "$j is missing: run ./mvnw -q -o package -DskipTests first" >&2; exit 2; }
done
mkdir -p "$OUT"
HZ=$(getconf CLK_TCK)

echo "# generating $PROFILES unique profiles (seed $SEED) into $OUT/unique.json" >&2
java -cp "$EVAL_JAR" org.careermatch.evaluation.bench.StudentProfiles --count "$PROFILES" --seed "$SEED" \
  --format json > "$OUT/unique.json"
grep -o "'{.*}'" evaluation/load/match.lua | sed "s/^'//; s/'\$//; s/\\\\'/'/g" > "$OUT/repeated.json"

declare -A PID
SERVERS=()
stop_servers() {
  for s in "${SERVERS[@]}"; do
    kill "${PID[$s]}" 2>/dev/null || true
    wait "${PID[$s]}" 2>/dev/null || true
  done
  SERVERS=()
}
trap stop_servers EXIT

config_args() {
  case "$1" in
    words) echo "--careermatch.semantic.enabled=false --careermatch.cache.max-weight=0" ;;
    uncached) echo "--careermatch.semantic.query-cache-size=0 --careermatch.cache.max-weight=0" ;;
    default) echo "" ;;
    *) echo "unknown configuration '$1' (words, uncached, default)" >&2; exit 2 ;;
  esac
}

start_server() { # name jar port config
  local args
  read -r -a args <<< "$(config_args "$4")"
  java "${JAVA_ARGS[@]}" -jar "$2" --server.port="$3" --careermatch.connector.max-requests-per-client="$PER_CLIENT" \
    "${args[@]}" > "$OUT/server-$1-$4.log" 2>&1 &
  PID[$1]=$!
  SERVERS+=("$1")
}

wait_ready() { # port name
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "${PID[$2]}" 2>/dev/null || break
    sleep 1
  done
  echo "server on port $1 did not start (see $OUT)" >&2
  exit 1
}

cpu_ticks() { # pid -> utime+stime in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

# one measurement: name port label seconds conns script args... ; appends a row to $OUT/results.tsv
measure() {
  local name=$1 port=$2 label=$3 secs=$4 conns=$5 script=$6
  shift 6
  local before after line
  before=$(cpu_ticks "${PID[$name]}")
  line=$(wrk -t"$THREADS" -c"$conns" -d"${secs}s" --timeout 10s -s "$script" "http://127.0.0.1:$port" -- "$@" \
    | grep '^RESULT' || true)
  after=$(cpu_ticks "${PID[$name]}")
  [ -n "$line" ] || { echo "wrk gave no result for $label ($name)" >&2; return; }
  local rss load
  rss=$(awk '/VmHWM/ {print $2}' "/proc/${PID[$name]}/status")
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "$line" | awk -v name="$name" -v label="$label" -v conns="$conns" -v cpu=$((after - before)) -v hz="$HZ" \
    -v rss="$rss" -v load="$load" '{
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      rps = v["requests"] / (v["duration_us"] / 1e6)
      cpums = v["requests"] > 0 ? cpu / hz * 1000 / v["requests"] : 0
      printf "%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%.2f\t%d\t%d\t%s\n", label, name, conns, rps, v["p50_us"] / 1000,
        v["p99_us"] / 1000, v["p999_us"] / 1000, v["non2xx"] + v["socket_errors"], cpums, rss / 1024, v["wrapped"],
        load
    }' | tee -a "$OUT/results.tsv" >&2
}

printf 'run\tjar\tconns\treq/s\tp50 ms\tp99 ms\tp99.9 ms\terrors\tCPU ms/req\tpeak RSS MB\twrapped\tload\n' \
  > "$OUT/results.tsv"
NAMES=(A)
[ -n "$JAR_B" ] && NAMES=(A B)
declare -A JAR=([A]="$JAR_A" [B]="$JAR_B")
declare -A PORT=([A]="$PORT_A" [B]="$PORT_B")

for config in $CONFIGS; do
  echo "# configuration $config: starting ${NAMES[*]}" >&2
  start_server A "$JAR_A" "$PORT_A" "$config"
  [ -n "$JAR_B" ] && start_server B "$JAR_B" "$PORT_B" "${CONFIG_B:-$config}"
  for n in "${NAMES[@]}"; do wait_ready "${PORT[$n]}" "$n"; done
  # warm-up (JIT) with bodies of the last region, never measured
  for n in "${NAMES[@]}"; do
    wrk -t"$THREADS" -c16 -d"${WARMUP}s" -s evaluation/load/bodies.lua "http://127.0.0.1:${PORT[$n]}" -- \
      "$OUT/unique.json" $((REGION * 4 + 1)) "$THREADS" > /dev/null
    wrk -t"$THREADS" -c16 -d"$((WARMUP / 2 + 1))s" -s evaluation/load/bodies.lua "http://127.0.0.1:${PORT[$n]}" -- \
      "$OUT/repeated.json" 1 "$THREADS" repeat > /dev/null
  done
  round=0
  for bodies in $BODIES; do
    region=0
    for conns in $CONNS; do
      order=("${NAMES[@]}")
      # A then B, then B then A: both see the same drift in machine load
      if [ ${#NAMES[@]} -eq 2 ] && [ $((round % 2)) -eq 1 ]; then order=(B A); fi
      round=$((round + 1))
      for n in "${order[@]}"; do
        if [ "$bodies" = unique ]; then
          measure "$n" "${PORT[$n]}" "$config/unique" "$DURATION" "$conns" evaluation/load/bodies.lua \
            "$OUT/unique.json" $((REGION * region + 1)) "$THREADS"
        else
          measure "$n" "${PORT[$n]}" "$config/repeated" "$DURATION" "$conns" evaluation/load/bodies.lua \
            "$OUT/repeated.json" 1 "$THREADS" repeat
        fi
      done
      region=$((region + 1))
    done
  done
  if [ "$config" = default ]; then
    for n in "${NAMES[@]}"; do
      measure "$n" "${PORT[$n]}" "default/health" "$DURATION" 32 evaluation/load/health.lua
    done
  fi
  stop_servers
done

echo
echo "# $(date -u +%FT%TZ), $(nproc) cores, wrk -t$THREADS, ${DURATION}s per row after ${WARMUP}s of warm-up," \
  "per-client limit $PER_CLIENT; A=$JAR_A${JAR_B:+, B=$JAR_B}"
column -t -s $'\t' "$OUT/results.tsv"
if [ -n "$JAR_B" ]; then
  echo
  echo "# ratios A/B (req/s: above 1 = A faster; p99 and CPU/req: below 1 = A better)"
  awk -F'\t' 'NR > 1 { key = $1 "\t" $3; if ($2 == "A") { a[key] = $0; order[++n] = key } else b[key] = $0 }
    END {
      printf "run\tconns\treq/s A/B\tp99 A/B\tCPU/req A/B\n"
      for (i = 1; i <= n; i++) {
        k = order[i]; if (!(k in b)) continue
        split(a[k], x, "\t"); split(b[k], y, "\t")
        printf "%s\t%s\t%.2f\t%.2f\t%.2f\n", x[1], x[3], (y[4] > 0 ? x[4] / y[4] : 0), (y[6] > 0 ? x[6] / y[6] : 0),
          (y[9] > 0 ? x[9] / y[9] : 0)
      }
    }' "$OUT/results.tsv" | column -t -s $'\t'
fi
echo "(rows: $OUT/results.tsv; server logs in $OUT)"
