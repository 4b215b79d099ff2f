#!/usr/bin/env bash
# Failover, proven on one machine: three replicas of the api jar on 127.0.0.1 behind nginx, a unique-profile load
# (unique-profiles.lua: no cache can answer), then
#   1. one replica is killed with SIGKILL (a crash: its requests in flight are cut off),
#   2. another is stopped with SIGTERM (a deploy or a node drain: graceful shutdown) and started again,
# and the report gives requests sent, failed, and the p99 in the windows around each event. The goal: no failed
# request, and p99 back to normal within 10 s of each event.
#
#   evaluation/load/failover.sh [CONNECTIONS] [BEFORE_SECONDS] [AFTER_SECONDS]
#
# Defaults: 8 connections, 20 s of load before the first event and between events, 20 s after the restarted replica
# is ready. Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light) and the api jar
# (./mvnw -q -pl api -am package -DskipTests). Environment: BASE_PORT (nginx; the replicas take the next three,
# default 18610), JAVA_OPTS (default -Xmx768m), SERVER_ARGS (more --name=value for every replica, e.g.
# --careermatch.semantic.enabled=false), DRAIN (careermatch.shutdown.drain-time, default 2s), SEED (of the load),
# READY_TIMEOUT (seconds a replica may take to become ready, default 900: minutes on a crowded machine).
#
# nginx retries a request on the next replica on a connection error, a timeout, 502 or 503, for POSTs too
# (proxy_next_upstream ... non_idempotent): matching changes nothing, so a request cut off by a crash can be sent again.
# nginx's open-source version has no active health checks: a dead replica is found by its refused connections
# (max_fails=1, fail_timeout=5s) and tried again after fail_timeout, which is also how the restarted one comes back.
# Latencies are nginx's $request_time (retries included), one line per request in the access log.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${1:-8}
BEFORE=${2:-20}
AFTER=${3:-20}
BASE_PORT=${BASE_PORT:-18610}
JAVA_OPTS=${JAVA_OPTS:--Xmx768m}
DRAIN=${DRAIN:-2s}
READY_TIMEOUT=${READY_TIMEOUT:-900}
JAR=api/target/careermatch-api.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is not installed (apt-get install -y nginx-light)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q -pl api -am package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d /tmp/careermatch-failover.XXXXXX)
PORTS=($((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)))
declare -A PIDS=()
NGINX_PID=""
WRK_PID=""
cleanup() {
  for pid in "${PIDS[@]}" $NGINX_PID $WRK_PID; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N | cut -c1-14; }
calc() { awk "BEGIN { printf \"%.3f\", $* }"; }
log() { printf '%7.1f s  %s\n' "$(calc "$(now) - ${T0:-$(now)}")" "$*"; }

read -r -a EXTRA_ARGS <<< "${SERVER_ARGS:-}"
# shellcheck disable=SC2086
start_replica() { # index
  local i=$1
  java $JAVA_OPTS -jar "$JAR" --server.port="${PORTS[$i]}" --careermatch.shutdown.drain-time="$DRAIN" \
    "${EXTRA_ARGS[@]}" >>"$WORK/replica-$i.log" 2>&1 &
  PIDS[$i]=$!
}
wait_ready() { # index, timeout seconds
  local i=$1 deadline=$(( $(date +%s) + $2 ))
  until curl -sf "http://127.0.0.1:${PORTS[$i]}/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "replica $i died; log: $WORK/replica-$i.log" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "replica $i not ready after $2 s" >&2; exit 1; }
    sleep 0.2
  done
}

mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  log_format timing '\$msec \$status \$request_time "\$upstream_addr" "\$upstream_status"';
  access_log $WORK/access.log timing;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream careermatch {
    server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${PORTS[2]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$BASE_PORT;
    client_max_body_size 8m;
    location / {
      proxy_pass http://careermatch;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
    }
  }
}
EOF

echo "work directory: $WORK (replica logs, nginx access log)"
for i in 0 1 2; do start_replica "$i"; done
for i in 0 1 2; do wait_ready "$i" "$READY_TIMEOUT"; done
"$NGINX" -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
curl -sf "http://127.0.0.1:$BASE_PORT/api/v1/ping" >/dev/null || { echo "nginx does not answer" >&2; exit 1; }
echo "3 replicas ready (ports ${PORTS[*]}), nginx on $BASE_PORT; warming up 15 s"
SEED=$(( ${SEED:-42} + 1000 )) wrk -t2 -c"$CONNECTIONS" -d15s --timeout 30s -s evaluation/load/unique-profiles.lua \
  "http://127.0.0.1:$BASE_PORT" >/dev/null
: >"$WORK/access.log"
kill -USR1 "$NGINX_PID" # reopen the log

T0=$(now)
SEED=${SEED:-42} wrk -t2 -c"$CONNECTIONS" -d3600s --timeout 30s -s evaluation/load/unique-profiles.lua \
  "http://127.0.0.1:$BASE_PORT" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
log "load started: $CONNECTIONS connections, unique profiles"
sleep "$BEFORE"
E1=$(now); kill -KILL "${PIDS[0]}"; log "event 1: SIGKILL replica 0 (port ${PORTS[0]})"
sleep "$BEFORE"
E2=$(now); kill -TERM "${PIDS[1]}"; log "event 2: SIGTERM replica 1 (port ${PORTS[1]})"
wait "${PIDS[1]}" || true
E2X=$(now); log "replica 1 exited after $(calc "$E2X - $E2") s; starting it again"
start_replica 1
wait_ready 1 "$READY_TIMEOUT"
E3=$(now); log "event 3: replica 1 ready again"
sleep "$AFTER"
kill -INT "$WRK_PID"; wait "$WRK_PID" || true; WRK_PID=""
END=$(now); log "load stopped"
cat "$WORK/wrk.txt"

# windows: [from, to) in seconds since the epoch, with their names
window() { # name from to
  # 499: the client hung up (wrk abandons its requests in flight when it is stopped), not a failed request
  awk -v from="$2" -v to="$3" '$1 >= from && $1 < to { n++; if ($2 == 499) gone++; else if ($2 != 200) bad++;
      if (index($0, ",")) retried++; print $3 > "/dev/stderr" }
      END { printf "%d %d %d %d\n", n, bad, retried, gone }' "$WORK/access.log" \
    2>"$WORK/window.txt" >"$WORK/window-counts.txt"
  read -r n bad retried gone <"$WORK/window-counts.txt"
  sort -n "$WORK/window.txt" >"$WORK/window-sorted.txt"
  pct() { [ "$n" -gt 0 ] && awk -v n="$n" -v p="$1" 'NR == int((n - 1) * p / 100) + 1 { printf "%.0f", $1 * 1000 }' \
    "$WORK/window-sorted.txt" || printf -- "-"; }
  printf '| %-40s | %6.1f | %5d | %6d | %7d | %9d | %7s | %7s |\n' "$1" "$(calc "$3 - $2")" "$n" "$bad" \
    "$retried" "$gone" "$(pct 50)" "$(pct 99)"
}
B0=$(calc "$T0 + 5")
echo
echo "== failover report (nginx access log: every request, retries included)"
printf '| %-40s | %6s | %5s | %6s | %7s | %9s | %7s | %7s |\n' window seconds sent failed retried abandoned \
  "p50 ms" "p99 ms"
printf '|%s|\n' "------------------------------------------|--------|-------|--------|---------|-----------|---------|---------"
window "baseline (start+5 s to event 1)" "$B0" "$E1"
window "event 1 SIGKILL: first 10 s" "$E1" "$(calc "$E1 + 10")"
window "event 1 SIGKILL: 10 s to event 2" "$(calc "$E1 + 10")" "$E2"
window "event 2 SIGTERM: first 10 s" "$E2" "$(calc "$E2 + 10")"
window "event 2 SIGTERM: 10 s to restart ready" "$(calc "$E2 + 10")" "$E3"
window "event 3 back: first 10 s" "$E3" "$(calc "$E3 + 10")"
window "event 3 back: 10 s to end" "$(calc "$E3 + 10")" "$END"
window "whole run" "$T0" "$END"
echo
echo "p99 per 5 s (seconds since start: p99 ms, requests):"
awk -v t0="$T0" '{ print int(($1 - t0) / 5), $3 }' "$WORK/access.log" | sort -k1,1n -k2,2n |
  awk 'function flush() { if (n) printf "  %4d s: %5.0f ms (%d)\n", b * 5, v[int((n - 1) * 0.99) + 1] * 1000, n }
       $1 != b { flush(); b = $1; n = 0 } { v[++n] = $2 } END { flush() }'
printf 'events at %.1f s (SIGKILL), %.1f s (SIGTERM; exited at %.1f s), %.1f s (restarted replica ready)\n' \
  "$(calc "$E1 - $T0")" "$(calc "$E2 - $T0")" "$(calc "$E2X - $T0")" "$(calc "$E3 - $T0")"
echo "statuses other than 200 in the whole run: $(awk '$2 != 200 && $2 != 499' "$WORK/access.log" | wc -l)" \
  "(and $(awk '$2 == 499' "$WORK/access.log" | wc -l) abandoned by the client, 499)"
