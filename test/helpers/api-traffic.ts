/** One request of the traffic: its label, when it started and ended (the phase of the test), and the answer. */
export interface TrafficResult {
  label: string;
  startedIn: string;
  endedIn: string;
  status: number;
  retryAfter: string | null;
  body: string;
}

export interface TrafficRequest {
  label: string;
  path: string;
  method?: string;
  /** Made fresh for each request (writes must not be duplicates of each other). */
  body?: () => { type: string; data: string };
}

/**
 * Keeps `workers` requests in flight against a running server, cycling through `requests`, until `stop()`;
 * each result is tagged with the phase (set by the test) in which it started and ended, so a test can ask
 * "what did requests sent during the outage get?" and "did anything answer 500 while it began?".
 */
export function startTraffic(options: {
  baseUrl: string;
  headers: Record<string, string>;
  requests: readonly TrafficRequest[];
  workers: number;
  phase: () => string;
}) {
  const results: TrafficResult[] = [];
  let stopped = false;
  let next = 0;
  const worker = async () => {
    while (!stopped) {
      const request = options.requests[next++ % options.requests.length]!;
      const startedIn = options.phase();
      const body = request.body?.();
      let status = 0;
      let text = '';
      let retryAfter: string | null = null;
      try {
        const res = await fetch(`${options.baseUrl}${request.path}`, {
          method: request.method ?? (body ? 'POST' : 'GET'),
          headers: { ...options.headers, ...(body ? { 'content-type': body.type } : {}) },
          ...(body ? { body: body.data } : {}),
          signal: AbortSignal.timeout(60_000),
        });
        status = res.status;
        retryAfter = res.headers.get('retry-after');
        text = await res.text();
      } catch (err) {
        // No answer at all (the server died, or the request hung for a minute): recorded as status 0.
        text = String(err);
      }
      results.push({
        label: request.label,
        startedIn,
        endedIn: options.phase(),
        status,
        retryAfter,
        body: text,
      });
    }
  };
  const running = Array.from({ length: options.workers }, worker);
  return {
    results,
    async stop(): Promise<TrafficResult[]> {
      stopped = true;
      await Promise.all(running);
      return results;
    },
  };
}

/** True when a body shows internals: a stack frame, or an SQL statement. */
export function leaksInternals(body: string): boolean {
  return /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\b(select|insert into|update|delete from)\b[^"]*\b(from|values|set|where)\b/i.test(
    body,
  );
}
