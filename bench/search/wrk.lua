-- wrk script for bench/search.sh: requests the paths listed in the file given after "--", one per line,
-- in turn, and prints p50/p95/p99 latency, requests/s and errors. Thread k of n starts at line
-- 1 + (k - 1) * lines / n, so that every run asks the same requests in the same order (runs compare).
local paths = {}
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" and line:sub(1, 1) ~= "#" then paths[#paths + 1] = line end
  end
  counter = math.floor((number - 1) * #paths / 2)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
