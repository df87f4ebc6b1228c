import autocannon from "autocannon";

/**
 * The load generator of bench/status.ts, in its own process so that making requests does not steal the
 * server's event loop. The parent sends {url, seconds, connections}; this answers autocannon's figures.
 */
process.on("message", async (m: { url: string; seconds: number; connections: number } | "exit") => {
  if (m === "exit") process.exit(0);
  // What a browser sends: visitors get the gzipped page, as they would from any proxy.
  const r = await autocannon({
    url: m.url,
    duration: m.seconds,
    connections: m.connections,
    pipelining: 1,
    headers: { "accept-encoding": "gzip, deflate, br", "accept-language": "en-GB,en;q=0.9" },
  });
  process.send?.({
    url: m.url,
    requests_per_s: r.requests.average,
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    max_ms: r.latency.max,
    non_2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytes_per_request: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  });
});
process.send?.("ready");
