-- wrk script: the trivial endpoint of the same application, for comparison.
request = function()
  return wrk.format("GET", "/api/v1/ping")
end
done = function(summary, latency, requests)
  io.write(string.format("non-200 responses: %d\n", summary.errors.status))
end
