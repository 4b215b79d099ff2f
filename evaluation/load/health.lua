-- wrk script: GET /actuator/health, the trivial endpoint of the same application, for scale (see run-compare.sh).
request = function()
  return wrk.format("GET", "/actuator/health")
end
done = function(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d max_us=%d non2xx=%d socket_errors=%d wrapped=0\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency:percentile(99.9),
    latency.max, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
