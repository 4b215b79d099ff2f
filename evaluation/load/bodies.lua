-- wrk script: POST /api/v1/matches with request bodies read from a file, one JSON body per line, each sent once.
--   wrk -tTHREADS ... -s evaluation/load/bodies.lua URL -- FILE FIRST_LINE THREADS [repeat]
-- Thread t of T sends lines FIRST_LINE + t, FIRST_LINE + t + T, ... so no body is sent twice in a run (unique
-- profiles: no cache can answer); with "repeat" every thread cycles through the file's lines from the start (the
-- caches answer). Prints one machine-readable RESULT line (see run-compare.sh).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file, first = args[1], tonumber(args[2] or "1")
  nthreads = tonumber(args[3] or "1")
  repeated = args[4] == "repeat"
  bodies = {}
  for line in io.lines(file) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  pos = repeated and 0 or (first - 1 + id)
  wrapped = 0
  errors_seen = 0
end

function request()
  local n = #bodies
  local body
  if repeated then
    pos = pos % n + 1
    body = bodies[pos]
  else
    if pos >= n then
      pos = pos % n
      wrapped = wrapped + 1
    end
    body = bodies[pos + 1]
    pos = pos + nthreads
  end
  return wrk.format("POST", "/api/v1/matches", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 then errors_seen = errors_seen + 1 end
end

function done(summary, latency, requests)
  local wraps = 0
  for _, t in ipairs(threads) do
    wraps = wraps + (t:get("wrapped") or 0)
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d max_us=%d non2xx=%d socket_errors=%d wrapped=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency:percentile(99.9),
    latency.max, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, wraps))
end
