#!/usr/bin/env bash
# Start-up to a healthy /actuator/health, side by side with a bare Spring Boot web+actuator app (bare-app/) on the same
# machine, in one run: the apps start in turns (round 1: each app, round 2: each app...), so that they share the
# machine's load; prints each start, the medians, the ratio to the bare app, the RSS when healthy and the warnings in
# the log. Traffic goes to 127.0.0.1 only.
#
#   evaluation/load/run-startup.sh [ROUNDS] [LABEL=JAR[=JVM OPTIONS]]...
#
# Default: 5 rounds of bare=evaluation/load/bare-app/target/bare-app.jar (built here if missing) and
# api=api/target/careermatch-api.jar. Another jar or the same jar with other JVM options, e.g. class-data sharing:
#   evaluation/load/run-startup.sh 5 api=api/target/careermatch-api.jar \
#     "api-cds=api/target/careermatch-api.jar=-XX:SharedArchiveFile=/tmp/api.jsa"
# PORT (default 18530). Each start has 300 s to become healthy.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
shift || true
PORT=${PORT:-18530}
BARE=evaluation/load/bare-app/target/bare-app.jar
SPECS=("$@")
if [ ${#SPECS[@]} -eq 0 ]; then
  SPECS=("bare=$BARE" "api=api/target/careermatch-api.jar")
fi
if [[ " ${SPECS[*]} " != *" bare="* ]]; then
  SPECS=("bare=$BARE" "${SPECS[@]}")
fi
if [ ! -f "$BARE" ]; then
  ./mvnw -q -o -f evaluation/load/bare-app/pom.xml package -DskipTests
fi
OUT=$(mktemp -d /tmp/careermatch-startup.XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

printf 'round\tapp\tms to healthy\tRSS MB\twarnings\n' > "$OUT/starts.tsv"
for round in $(seq 1 "$ROUNDS"); do
  for spec in "${SPECS[@]}"; do
    label=${spec%%=*}
    rest=${spec#*=}
    jar=${rest%%=*}
    opts=""
    [ "$rest" != "$jar" ] && opts=${rest#*=}
    [ -f "$jar" ] || { echo "$jar is missing" >&2; exit 2; }
    read -r -a jvm <<< "$opts"
    log="$OUT/$label-$round.log"
    start=$(now_ms)
    java "${jvm[@]}" -jar "$jar" --server.port="$PORT" > "$log" 2>&1 &
    PID=$!
    ok=""
    for _ in $(seq 1 6000); do
      if curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null; then ok=1; break; fi
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.05
    done
    end=$(now_ms)
    rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$PID/status" 2>/dev/null || echo 0)
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
    [ -n "$ok" ] || { echo "$label did not become healthy (see $log)" >&2; exit 1; }
    warnings=$(grep -cE ' WARN |SLF4J\(W\)|^WARNING' "$log" || true)
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$label" $((end - start)) "$rss" "$warnings" | tee -a "$OUT/starts.tsv" >&2
  done
done

echo "# $(date -u +%FT%TZ), $(nproc) cores, $ROUNDS rounds, apps in turns; logs in $OUT"
awk -F'\t' 'NR > 1 { t[$2] = t[$2] " " $3; r[$2] = r[$2] " " $4; w[$2] += $5; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
  function median(list,   a, k, i, j, x) {
    k = split(list, a, " ")
    for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  END {
    printf "app\tmedian ms to healthy\tratio to bare\tmedian RSS MB\twarnings (all starts)\n"
    base = median(t["bare"])
    for (i = 1; i <= n; i++) {
      a = order[i]; m = median(t[a])
      printf "%s\t%d\t%.2f\t%d\t%d\n", a, m, m / base, median(r[a]), w[a]
    }
  }' "$OUT/starts.tsv" | column -t -s $'\t'
