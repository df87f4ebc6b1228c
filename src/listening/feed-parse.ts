import { XMLParser } from "fast-xml-parser";
import { convert } from "html-to-text";

/** One entry of an RSS 2.0 or Atom feed, ready to become a mention. */
export interface FeedEntry {
  external_id: string;
  text: string;
  url: string | null;
  author: string | null;
  created_at: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  // Entities inside CDATA/HTML are decoded by html-to-text; keep the parser from expanding DTD tricks.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link" || name === "author",
});

type Node = string | number | { [k: string]: unknown } | undefined | null;

/** The text of an element that may be a plain string or `{ "#text": … }` with attributes. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return textOf(node[0]);
  const t = (node as Record<string, unknown>)["#text"];
  return t === undefined ? "" : String(t);
}

/** Entries carry HTML (Google Alerts bolds the matched words); people read text. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
    ],
  })
    .replace(/\s+/g, " ")
    .trim();
}

function isoOrNull(s: string): string | null {
  const t = Date.parse(s.trim());
  return s && !Number.isNaN(t) ? new Date(t).toISOString() : null;
}

/** Google Alerts wraps every link in a redirect; the mention's address is the one inside. */
export function unwrapLink(href: string): string {
  try {
    const u = new URL(href);
    if (/(^|\.)google\.[a-z.]+$/.test(u.hostname) && u.pathname === "/url") {
      return u.searchParams.get("url") ?? u.searchParams.get("q") ?? href;
    }
  } catch {
    return href;
  }
  return href;
}

function joinText(title: string, body: string): string {
  const t = htmlToText(title);
  const b = htmlToText(body);
  if (!b || b === t) return t;
  if (!t || b.startsWith(t)) return b;
  return `${t} — ${b}`;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Record<string, string>[];
  const alt = list.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? list[0];
  const href = alt?.["@_href"] ?? textOf(alt);
  return href ? unwrapLink(href) : null;
}

function authorName(a: unknown): string | null {
  const first = Array.isArray(a) ? a[0] : a;
  if (!first) return null;
  const name =
    typeof first === "object"
      ? textOf((first as Record<string, unknown>)["name"]) || textOf(first)
      : textOf(first);
  return name.trim() || null;
}

/** Parses an RSS 2.0 or Atom document; throws on anything else. */
export function parseFeed(xml: string): FeedEntry[] {
  const doc = parser.parse(xml) as Record<string, Node>;
  const out: FeedEntry[] = [];
  const rss = doc["rss"] as Record<string, Record<string, unknown>> | undefined;
  const feed = doc["feed"] as Record<string, unknown> | undefined;
  if (rss?.["channel"]) {
    for (const item of (rss["channel"]["item"] as Record<string, unknown>[] | undefined) ?? []) {
      const link = textOf(item["link"]);
      const guid = textOf(item["guid"]);
      const text = joinText(
        textOf(item["title"]),
        textOf(item["content:encoded"]) || textOf(item["description"]),
      );
      const id = guid || link || textOf(item["title"]);
      if (!id || !text) continue;
      out.push({
        external_id: id.slice(0, 500),
        text,
        url: link ? unwrapLink(link) : null,
        author: authorName(item["dc:creator"]) ?? authorName(item["author"]),
        created_at: isoOrNull(textOf(item["pubDate"]) || textOf(item["dc:date"])),
      });
    }
    return out;
  }
  if (feed) {
    for (const entry of (feed["entry"] as Record<string, unknown>[] | undefined) ?? []) {
      const url = atomLink(entry["link"]);
      const id = textOf(entry["id"]) || url || "";
      const text = joinText(textOf(entry["title"]), textOf(entry["content"]) || textOf(entry["summary"]));
      if (!id || !text) continue;
      out.push({
        external_id: id.slice(0, 500),
        text,
        url,
        author: authorName(entry["author"]),
        created_at: isoOrNull(textOf(entry["published"]) || textOf(entry["updated"])),
      });
    }
    return out;
  }
  throw new Error("not an RSS 2.0 or Atom feed");
}
