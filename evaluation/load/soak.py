#!/usr/bin/env python3
"""Soak: unique learner profiles against a running careermatch service for N minutes, one line per minute.

    java -Xmx1g -jar api/target/careermatch-api.jar --server.port=18300 &
    python3 evaluation/load/soak.py --port 18300 --pid $! --minutes 10 --clients 4

Each line: minute, requests/s, median and p99 latency, busy answers (429/503 with Retry-After: the service's
concurrency bounds at work), errors (any other non-200 answer or failed request), the live heap
after a full GC (jcmd PID GC.run, then GC.heap_info) and the process's RSS (/proc/PID/status). Every profile is
unique (a seeded generator: --seed), so the match cache grows to its bound and the engine computes each one; the
words come from a fixed vocabulary so that the profiles match as real ones do. Loopback only, bounded in time
(--minutes at most 120). Standard library only; jcmd must be on the PATH for the heap column.
"""
import argparse
import http.client
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

VOCABULARY = ("animals outside drawing video games garage nurse hospital building woodshop tiktok editing videos "
              "marketing money math banking accounting cooking family parties python sql tableau robots welding "
              "cars engines music singing teaching kids law police fire science chemistry biology plants farming "
              "writing stories computers coding design fashion sports coaching travel hotels trucks planes ships "
              "electricity solar wind energy construction plumbing painting photography film theater dance").split()
SKILLS = ["Python", "SQL", "Excel", "CPR", "first aid", "welding", "Canva", "customer service", "carpentry",
          "public speaking", "Spanish", "Photoshop", "driving", "cooking", "budgeting", "JavaScript"]


def profile(rng, n):
    words = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(4, 18)))
    body = {"interests": "i like %s %d" % (words, n)}
    if rng.random() < 0.5:
        body["skills"] = rng.sample(SKILLS, rng.randint(1, 4))
    return json.dumps(body).encode()


def live_heap_mb(pid):
    if not shutil.which("jcmd"):
        return None
    try:
        subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60, check=True)
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, timeout=60, text=True).stdout
    except (subprocess.SubprocessError, OSError):
        return None
    m = re.search(r"used (\d+)K", out)
    return int(m.group(1)) / 1024 if m else None


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--pid", type=int, help="the server's process id (heap and RSS columns)")
    p.add_argument("--minutes", type=float, default=10)
    p.add_argument("--clients", type=int, default=4, help="concurrent clients (at most 200)")
    p.add_argument("--seed", type=int, default=17)
    args = p.parse_args()
    if args.host not in ("127.0.0.1", "localhost"):
        p.error("the soak runs against this machine only")
    minutes = min(args.minutes, 120)
    clients = max(1, min(args.clients, 200))

    lock = threading.Lock()
    window = {"lat": [], "errors": 0, "busy": 0}
    totals = {"requests": 0, "errors": 0, "busy": 0}
    stop = threading.Event()
    counter = [0]

    def client(k):
        rng = random.Random(args.seed * 1000 + k)
        conn = None
        while not stop.is_set():
            with lock:
                counter[0] += 1
                n = counter[0]
            body = profile(rng, n)
            t0 = time.monotonic()
            ok = False
            busy = False
            try:
                if conn is None:
                    # clients spread over 50 loopback addresses, as many learners' browsers would be: the limit of
                    # requests per client address is not what a soak measures
                    conn = http.client.HTTPConnection(args.host, args.port, timeout=60,
                                                      source_address=("127.0.0.%d" % (1 + k % 50), 0))
                conn.request("POST", "/api/v1/matches", body=body, headers={"Content-Type": "application/json"})
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
                busy = r.status in (429, 503)
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                if conn is not None:
                    conn.close()
                conn = None
            dt = time.monotonic() - t0
            with lock:
                window["lat"].append(dt)
                totals["requests"] += 1
                if busy:
                    window["busy"] += 1
                    totals["busy"] += 1
                elif not ok:
                    window["errors"] += 1
                    totals["errors"] += 1

    if args.pid:
        print("start: live heap %s MB, RSS %s MB" % (fmt(live_heap_mb(args.pid)), fmt(rss_mb(args.pid))), flush=True)
    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    print("minute  req/s  median_ms  p99_ms  busy  errors  live_heap_mb  rss_mb", flush=True)
    start = time.monotonic()
    minute = 0
    while time.monotonic() - start < minutes * 60:
        minute += 1
        time.sleep(max(0.0, start + minute * 60 - time.monotonic()))
        with lock:
            lat, errors, busy = window["lat"], window["errors"], window["busy"]
            window["lat"], window["errors"], window["busy"] = [], 0, 0
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0
        heap = live_heap_mb(args.pid) if args.pid else None
        rss = rss_mb(args.pid) if args.pid else None
        print("%6d %6.1f %10.1f %7.1f %5d %7d %13s %7s" % (
            minute, len(lat) / 60.0, statistics.median(lat) * 1000 if lat else 0, p99, busy, errors, fmt(heap),
            fmt(rss)), flush=True)
    stop.set()
    for t in threads:
        t.join(70)
    print("total: %d requests, %d busy (429/503 with Retry-After), %d errors" % (
        totals["requests"], totals["busy"], totals["errors"]), flush=True)
    sys.exit(1 if totals["errors"] else 0)


def fmt(x):
    return "-" if x is None else "%.0f" % x


if __name__ == "__main__":
    main()
