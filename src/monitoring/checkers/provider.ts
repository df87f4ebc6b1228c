import { XMLParser } from "fast-xml-parser";
import { request } from "undici";
import { failureText } from "../failure.js";
import type { ProviderConfig } from "../schema.js";
import { checkAgent } from "./http.js";
import { type CheckResult, errorText, fail, failWith, pass } from "./types.js";

/** A provider problem on components the shop uses: what the monitor reports, and what it names. */
export interface ProviderIssue {
  components: string[];
  incidents: string[];
}

const BAD_STATUS = new Set(["degraded_performance", "partial_outage", "major_outage"]);
const DONE_INCIDENT = new Set(["resolved", "postmortem", "completed"]);
const FEED_DAYS = 7;

const norm = (s: string) => s.trim().toLowerCase();
const usesComponent = (used: string[], name: string) =>
  used.length === 0 || used.some((u) => norm(u) === norm(name));

interface SpComponent {
  id?: string;
  name?: string;
  status?: string;
  group?: boolean;
}
interface SpIncident {
  name?: string;
  status?: string;
  impact?: string;
  components?: SpComponent[];
}

const BAD_INDICATOR = new Set(["minor", "major", "critical"]);

/** Atlassian Statuspage `/api/v2/summary.json`: components with a status, and unresolved incidents. */
export function statuspageIssues(summary: unknown, used: string[]): ProviderIssue {
  const s = (summary ?? {}) as {
    components?: SpComponent[];
    incidents?: SpIncident[];
    status?: { indicator?: string; description?: string };
  };
  const components = (s.components ?? [])
    .filter((c) => !c.group && c.name && c.status && BAD_STATUS.has(c.status) && usesComponent(used, c.name))
    .map((c) => `${c.name} (${c.status?.replaceAll("_", " ")})`);
  const incidents = (s.incidents ?? [])
    .filter((i) => i.name && !DONE_INCIDENT.has(norm(i.status ?? "")))
    .filter((i) => {
      const affected = (i.components ?? []).map((c) => c.name ?? "").filter(Boolean);
      // An incident that names no components concerns the whole service only when the shop uses all of it.
      if (affected.length === 0) return used.length === 0;
      return affected.some((a) => usesComponent(used, a));
    })
    .map((i) => String(i.name));
  // A shop that relies on the whole service also trusts the page's own verdict (some pages list no
  // components and announce trouble only in the indicator).
  const indicator = s.status?.indicator ?? "none";
  if (used.length === 0 && components.length === 0 && incidents.length === 0 && BAD_INDICATOR.has(indicator))
    components.push(`overall (${s.status?.description?.trim() || indicator})`);
  return { components, incidents };
}

/**
 * The summary document of a Statuspage-compatible page: a page's address (Atlassian's or Firebreak's
 * `/status/{slug}`) is completed with `/api/v2/summary.json`, an address of a JSON document kept.
 */
export function summaryUrl(url: string): string {
  const u = new URL(url);
  if (u.pathname.endsWith(".json")) return url;
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/api/v2/summary.json`;
  return u.toString();
}

const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v: unknown): string =>
  typeof v === "string"
    ? v
    : typeof v === "number"
      ? String(v)
      : v && typeof v === "object" && "#text" in v
        ? String((v as { "#text": unknown })["#text"])
        : "";

/**
 * An RSS 2.0 or Atom incident feed (Statuspage's history.rss, most status tools). An entry is a live
 * incident when it is recent and its newest update is not "Resolved"; it concerns the shop when it
 * mentions a used component (or any, when none are listed).
 */
export function feedIssues(xml: string, used: string[], now: number): ProviderIssue {
  const doc = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as Record<
    string,
    // biome-ignore lint/suspicious/noExplicitAny: feeds are loosely shaped; every field is checked below.
    any
  >;
  const rssItems = asArray(doc["rss"]?.channel?.item);
  const atomEntries = asArray(doc["feed"]?.entry);
  const entries = [
    ...rssItems.map((i) => ({
      title: textOf(i.title),
      body: textOf(i.description) || textOf(i["content:encoded"]),
      date: textOf(i.pubDate) || textOf(i["dc:date"]),
    })),
    ...atomEntries.map((e) => ({
      title: textOf(e.title),
      body: textOf(e.content) || textOf(e.summary),
      date: textOf(e.updated) || textOf(e.published),
    })),
  ];
  const incidents: string[] = [];
  const components = new Set<string>();
  for (const e of entries) {
    const at = Date.parse(e.date);
    if (Number.isFinite(at) && now - at > FEED_DAYS * 86_400_000) continue;
    // Statuspage puts the newest update first, as "<strong>Resolved</strong> - …".
    const latest =
      /<strong>\s*([^<]+?)\s*<\/strong>/i.exec(e.body)?.[1] ?? strip(e.body).split(" - ")[0] ?? "";
    if (DONE_INCIDENT.has(norm(latest)) || /^\s*\[?resolved\]?/i.test(e.title)) continue;
    const text = norm(`${e.title} ${strip(e.body)}`);
    const hits = used.filter((u) => text.includes(norm(u)));
    if (used.length > 0 && hits.length === 0) continue;
    incidents.push(e.title || "untitled incident");
    for (const h of hits) components.add(h);
  }
  return { components: [...components], incidents };
}

export function describeIssue(issue: ProviderIssue, provider: string | null): string | null {
  if (issue.components.length === 0 && issue.incidents.length === 0) return null;
  return failureText({ code: "provider_reports", provider, ...issue });
}

export async function checkProvider(
  cfg: ProviderConfig,
  timeoutMs: number,
  now: number,
): Promise<CheckResult> {
  const started = performance.now();
  try {
    const res = await request(cfg.format === "statuspage" ? summaryUrl(cfg.url) : cfg.url, {
      dispatcher: checkAgent,
      headers: {
        "user-agent": "Firebreak-Monitor/1",
        accept:
          cfg.format === "statuspage" ? "application/json" : "application/rss+xml, application/atom+xml, */*",
      },
      signal: AbortSignal.timeout(timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const text = await res.body.text();
    const latency = Math.round((performance.now() - started) * 10) / 10;
    if (res.statusCode >= 400) return fail({ code: "provider_http", status: res.statusCode }, latency);
    const issue =
      cfg.format === "statuspage"
        ? statuspageIssues(JSON.parse(text), cfg.components)
        : feedIssues(text, cfg.components, now);
    const problem = describeIssue(issue, cfg.provider);
    return problem ? { ...failWith(problem, latency), provider: issue } : pass(latency);
  } catch (err) {
    return fail({ code: "provider_unreadable", detail: errorText(err) });
  }
}
