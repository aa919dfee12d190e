-- wrk report: one line "rps p50 p95 p99 errors" (latencies in ms), read by bench/run.sh.
done = function(summary, latency, requests)
  local secondes = summary.duration / 1e6
  local erreurs = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("MESURE %.0f %.2f %.2f %.2f %d\n", summary.requests / secondes,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, erreurs))
end
