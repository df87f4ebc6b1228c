import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Alert } from "../detection/detectors/types.js";
import type { Harness } from "../testing/harness.js";

export interface Receipt {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on a real port that records every request; `hold` keeps requests unanswered. */
export async function startReceiver(opts: { status?: number } = {}) {
  const receipts: Receipt[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      receipts.push({ headers: req.headers, body });
      const answer = () => res.writeHead(opts.status ?? 200).end("ok");
      if (hold) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    receipts,
    setHold(on: boolean) {
      hold = on;
      if (!on) for (const answer of held.splice(0)) answer();
    },
    async waitFor(n: number, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (receipts.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} requests, got ${receipts.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return receipts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Hands alert steps to the alerts service the way a detection round does. */
export async function raise(h: Harness, alerts: Alert[]) {
  const publish = await h.ctx.db.transaction().execute((trx) =>
    h.ctx.services.alerts.record(
      h.workspaceId,
      {
        steps: alerts.map((alert) => ({
          alert,
          points: [
            {
              series: alert.series,
              start: alert.at,
              end: alert.at,
              observed: alert.observed,
              expected: alert.expected,
            },
          ],
        })),
        open: [],
      },
      trx,
    ),
  );
  publish();
}

let n = 0;
export function spike(overrides: Partial<Alert> = {}): Alert {
  n++;
  const at = overrides.at ?? new Date(Date.UTC(2024, 4, 10, 14, n)).toISOString();
  return {
    episodeId: `topic:delivery@${at}#${n}`,
    phase: "open",
    at,
    kind: "topic_spike",
    series: "topic:delivery",
    topic: "delivery",
    observed: 30,
    expected: 3.2,
    score: 9.5,
    ...overrides,
  };
}
