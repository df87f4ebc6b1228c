import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local stand-ins for PagerDuty's Events API v2 and Opsgenie's Alert API v2 for tests. Each checks a
 * request against the documented shape (fields, types, limits, enums, auth) and answers the way the
 * service does: PagerDuty 202 `{status, message, dedup_key}` or 400 `{status: "invalid event", errors}`;
 * Opsgenie 202 `{result, took, requestId}`, 401 for an unknown key, 422 for an unprocessable body.
 */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** What the fake found wrong with the request (empty when it matched the documented shape). */
  problems: string[];
  status: number;
}

type Handler = (r: FakeRequest) => { status: number; answer: unknown };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number, min = 1) => typeof v === "string" && v.length >= min && v.length <= max;
/** Limits are in characters as the services count them (code points), not UTF-16 code units. */
const chars = (v: unknown) => (typeof v === "string" ? [...v].length : -1);
const hasLoneSurrogate = (v: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v);

function unknownKeys(body: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(body)
    .filter((k) => !allowed.includes(k))
    .map((k) => `unknown field ${k}`);
}

async function startFake(handle: Handler) {
  const requests: FakeRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      let body: Record<string, unknown> = {};
      const problems: string[] = [];
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
        problems.push("content-type is not application/json");
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isObject(parsed)) body = parsed;
        else problems.push("body is not a JSON object");
      } catch {
        problems.push("body is not JSON");
      }
      const r: FakeRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        problems,
        status: 0,
      };
      const { status, answer } = handle(r);
      r.status = status;
      requests.push(r);
      send(res, status, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async waitFor(pred: (r: FakeRequest[]) => boolean, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!pred(requests)) {
        if (Date.now() > until) throw new Error(`the fake did not get what was expected: ${requests.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, answer: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(answer));
}

const PD_TOP = [
  "routing_key",
  "event_action",
  "dedup_key",
  "payload",
  "client",
  "client_url",
  "links",
  "images",
];
const PD_PAYLOAD = [
  "summary",
  "source",
  "severity",
  "timestamp",
  "component",
  "group",
  "class",
  "custom_details",
];
const SEVERITIES = ["critical", "error", "warning", "info"];

/** What PagerDuty's Events API v2 would refuse in an event (`POST /v2/enqueue`). */
export function pagerDutyProblems(body: Record<string, unknown>): string[] {
  const p = unknownKeys(body, PD_TOP);
  if (!str(body["routing_key"], 32, 32)) p.push("routing_key must be 32 characters");
  const action = body["event_action"];
  if (action !== "trigger" && action !== "acknowledge" && action !== "resolve")
    p.push("event_action is invalid");
  if (body["dedup_key"] !== undefined && !str(body["dedup_key"], 255))
    p.push("dedup_key over 255 characters");
  if (action !== "trigger") {
    if (body["dedup_key"] === undefined) p.push("dedup_key is required to acknowledge or resolve");
    return p;
  }
  const payload = body["payload"];
  if (!isObject(payload)) return [...p, "payload is required for a trigger"];
  p.push(...unknownKeys(payload, PD_PAYLOAD).map((s) => `payload: ${s}`));
  const summary = payload["summary"];
  if (typeof summary !== "string" || chars(summary) < 1 || chars(summary) > 1024)
    p.push("payload.summary must be 1 to 1024 characters");
  else if (hasLoneSurrogate(summary)) p.push("payload.summary is not valid text");
  if (!str(payload["source"], 255)) p.push("payload.source is required");
  if (!SEVERITIES.includes(String(payload["severity"]))) p.push("payload.severity is invalid");
  const ts = payload["timestamp"];
  if (ts !== undefined && (typeof ts !== "string" || Number.isNaN(Date.parse(ts))))
    p.push("payload.timestamp is not ISO 8601");
  for (const f of ["component", "group", "class"] as const)
    if (payload[f] !== undefined && typeof payload[f] !== "string") p.push(`payload.${f} must be a string`);
  if (payload["custom_details"] !== undefined && !isObject(payload["custom_details"]))
    p.push("payload.custom_details must be an object");
  const links = body["links"];
  if (
    links !== undefined &&
    (!Array.isArray(links) || !links.every((l) => isObject(l) && str(l["href"], 2048)))
  )
    p.push("links must be [{href, text}]");
  return p;
}

export async function startFakePagerDuty(keys: readonly string[]) {
  let throttled = 0;
  const fake = await startFake((r) => {
    if (throttled > 0) {
      throttled--;
      return {
        status: 429,
        answer: { status: "throttle event", message: "Requests for this service are arriving too quickly." },
      };
    }
    const problems = [...r.problems];
    if (r.method !== "POST" || r.path !== "/v2/enqueue")
      problems.push(`no such endpoint ${r.method} ${r.path}`);
    problems.push(...pagerDutyProblems(r.body));
    if (!problems.length && !keys.includes(String(r.body["routing_key"])))
      problems.push("Invalid routing key");
    r.problems = problems;
    if (problems.length)
      return {
        status: 400,
        answer: { status: "invalid event", message: "Event object is invalid", errors: problems },
      };
    return {
      status: 202,
      answer: {
        status: "success",
        message: "Event processed",
        dedup_key: r.body["dedup_key"] ?? randomUUID(),
      },
    };
  });
  /** The next `n` events are refused with 429, as PagerDuty does when a service gets too many. */
  return {
    ...fake,
    throttleNext: (n: number) => {
      throttled = n;
    },
  };
}

const OG_CREATE = [
  "message",
  "alias",
  "description",
  "responders",
  "visibleTo",
  "actions",
  "tags",
  "details",
  "entity",
  "source",
  "priority",
  "user",
  "note",
];
const OG_ACTION = ["user", "source", "note"];

/** What Opsgenie's Alert API would refuse in a create-alert body (`POST /v2/alerts`). */
export function opsgenieCreateProblems(body: Record<string, unknown>): string[] {
  const p = unknownKeys(body, OG_CREATE);
  const message = body["message"];
  if (typeof message !== "string" || chars(message) < 1 || chars(message) > 130)
    p.push("message must be 1 to 130 characters");
  else if (hasLoneSurrogate(message)) p.push("message is not valid text");
  if (body["alias"] !== undefined && (chars(body["alias"]) < 1 || chars(body["alias"]) > 512))
    p.push("alias over 512 characters");
  if (
    body["description"] !== undefined &&
    (chars(body["description"]) < 0 || chars(body["description"]) > 15000)
  )
    p.push("description over 15000 characters");
  if (body["priority"] !== undefined && !["P1", "P2", "P3", "P4", "P5"].includes(String(body["priority"])))
    p.push("priority must be P1 to P5");
  const details = body["details"];
  if (
    details !== undefined &&
    (!isObject(details) || !Object.values(details).every((v) => typeof v === "string"))
  )
    p.push("details must map strings to strings");
  const tags = body["tags"];
  if (tags !== undefined && (!Array.isArray(tags) || !tags.every((t) => str(t, 50))))
    p.push("tags are invalid");
  if (body["source"] !== undefined && !str(body["source"], 100)) p.push("source over 100 characters");
  if (body["entity"] !== undefined && !str(body["entity"], 512)) p.push("entity over 512 characters");
  return p;
}

export async function startFakeOpsgenie(keys: readonly string[]) {
  const alerts = new Map<string, "open" | "acknowledged" | "closed">();
  const fake = await startFake((r) => {
    const auth = /^GenieKey (.+)$/.exec(String(r.headers.authorization ?? ""));
    const requestId = randomUUID();
    const took = 0.01;
    if (!auth?.[1] || !keys.includes(auth[1])) {
      r.problems.push("not authenticated");
      return { status: 401, answer: { message: "Could not authenticate", took, requestId } };
    }
    const action = /^\/v2\/alerts\/([^/]+)\/(acknowledge|close)$/.exec(r.path);
    const problems = [...r.problems];
    if (r.method !== "POST") problems.push(`method ${r.method}`);
    if (r.path === "/v2/alerts") problems.push(...opsgenieCreateProblems(r.body));
    else if (action) {
      if (r.query.get("identifierType") !== "alias") problems.push("identifierType must be alias");
      problems.push(...unknownKeys(r.body, OG_ACTION));
      if (r.body["user"] !== undefined && !str(r.body["user"], 100))
        problems.push("user over 100 characters");
      if (r.body["source"] !== undefined && !str(r.body["source"], 100))
        problems.push("source over 100 characters");
      if (r.body["note"] !== undefined && !str(r.body["note"], 25000))
        problems.push("note over 25000 characters");
    } else problems.push(`no such endpoint ${r.path}`);
    r.problems = problems;
    if (problems.length) {
      return {
        status: 422,
        answer: {
          message: "Request body is not processable. Please check the errors.",
          // Opsgenie names each field and what is wrong with it.
          errors: Object.fromEntries(problems.map((p) => [p.split(" ")[0], p])),
          took,
          requestId,
        },
      };
    }
    if (action?.[1]) {
      const alias = decodeURIComponent(action[1]);
      if (alerts.has(alias)) alerts.set(alias, action[2] === "close" ? "closed" : "acknowledged");
    } else alerts.set(String(r.body["alias"] ?? r.body["message"]), "open");
    return { status: 202, answer: { result: "Request will be processed", took, requestId } };
  });
  return { ...fake, alerts };
}
