#!/usr/bin/env bash
# Load run: POST /api/v1/matches with a mix of profiles, beside the same run against GET /api/v1/ping of the same
# application. Needs wrk (Debian package "wrk") and a built api jar (./mvnw -q -pl api -am package -DskipTests).
# Traffic goes to 127.0.0.1 only; every run is bounded in time.
#
#   evaluation/load/run-load.sh [DURATION_SECONDS] [THREADS] [CONNECTIONS]
#
# The match cache is disabled for the run (careermatch.cache.maximum-size=0) unless CACHE=on, so the numbers are
# the engine's, not the cache's. SERVER_ARGS adds arguments to the server, e.g. words only:
#   SERVER_ARGS="--careermatch.semantic.enabled=false" evaluation/load/run-load.sh
# or matching by meaning with no query-vector cache (every clause embedded anew):
#   SERVER_ARGS="--careermatch.semantic.query-cache-size=0" evaluation/load/run-load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
THREADS=${2:-2}
CONNECTIONS=${3:-16}
PORT=${PORT:-18181}
JAR=api/target/careermatch-api.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -q -pl api -am package -DskipTests first" >&2; exit 2; }

CACHE_ARGS=(--careermatch.cache.maximum-size=0)
[ "${CACHE:-off}" = on ] && CACHE_ARGS=()
read -r -a EXTRA_ARGS <<< "${SERVER_ARGS:-}"
java -jar "$JAR" --server.port="$PORT" "${CACHE_ARGS[@]}" "${EXTRA_ARGS[@]}" >/tmp/careermatch-load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "server did not start" >&2; exit 1; }

# warm up both paths (JIT), then measure
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s evaluation/load/match.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s evaluation/load/ping.lua "http://127.0.0.1:$PORT" >/dev/null
echo "== POST /api/v1/matches (${DURATION}s, ${THREADS} threads, ${CONNECTIONS} connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s evaluation/load/match.lua "http://127.0.0.1:$PORT" | tee /tmp/careermatch-load-match.txt
echo "== GET /api/v1/ping"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s evaluation/load/ping.lua "http://127.0.0.1:$PORT" | tee /tmp/careermatch-load-ping.txt
m=$(awk '/Requests\/sec/ {print $2}' /tmp/careermatch-load-match.txt)
p=$(awk '/Requests\/sec/ {print $2}' /tmp/careermatch-load-ping.txt)
awk -v m="$m" -v p="$p" 'BEGIN { printf "matches/ping throughput ratio: %.3f (%s / %s requests/s)\n", m / p, m, p }'
