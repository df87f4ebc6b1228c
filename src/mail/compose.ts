import { readFileSync } from "node:fs";
import { escapeHtml } from "../core/html.js";
import { newId } from "../core/ids.js";

/**
 * What every message gets besides its words: an HTML part carrying exactly the text part's content,
 * headers that tell mail systems what kind of mail it is, and identifiers on the sender's own domain.
 */

const URL_RE = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** A part of a mail's text in another language than the mail's (a text the shop did not write in it). */
export interface Passage {
  text: string;
  language: string;
  /**
   * Set on a text quoted inside a paragraph: the note said before it ("(po angielsku)"). Only where the
   * note and the text follow each other (a space between) is the text marked, as a `<span lang>` of its
   * own; its further paragraphs, if any, as whole paragraphs.
   */
  after?: string | undefined;
}

/** Each inline passage's first paragraph in an escaped paragraph, after its note, in a `<span lang>`. */
function markInline(body: string, inline: readonly { note: string; text: string; language: string }[]) {
  let out = body;
  for (const x of inline) {
    const note = escapeHtml(x.note);
    const text = escapeHtml(x.text);
    out = out.split(`${note} ${text}`).join(`${note} <span lang="${escapeHtml(x.language)}">${text}</span>`);
  }
  return out;
}

/**
 * The text part as HTML (`passages` mark their paragraphs with their own `lang`, as the page does, so a
 * screen reader reads a Polish text in a German mail with Polish words; a quoted one, `after` its note,
 * is a `<span lang>` inside its paragraph): escaped first, so nothing in it can become markup; links made clickable; a very
 * long word (a pasted link, a name from the internet) wraps rather than widening the mail on a phone.
 */
export function htmlFromText(text: string, lang?: string, passages: readonly Passage[] = []): string {
  const split = (t: string) =>
    t
      .replace(/\r\n?/g, "\n")
      .trim()
      .split(/\n{2,}/);
  const other = (x: Passage) => x.language !== lang;
  // A quote's first paragraph is marked where its note is; each further one, as a paragraph of its own.
  const langOf = new Map(
    passages.flatMap((x) =>
      (x.after === undefined ? split(x.text) : split(x.text).slice(1)).map((p) => [p, x.language] as const),
    ),
  );
  const inline = passages
    .filter((x) => x.after !== undefined && other(x) && x.text.trim())
    .map((x) => ({ note: x.after ?? "", text: split(x.text)[0] ?? "", language: x.language }))
    .sort((a, b) => b.text.length - a.text.length);
  const paragraphs = split(text).map((p) => {
    const body = markInline(escapeHtml(p), inline)
      .replace(URL_RE, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, "<br>\n");
    const other = langOf.get(p);
    return other && other !== lang ? `<p lang="${escapeHtml(other)}">${body}</p>` : `<p>${body}</p>`;
  });
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : "";
  return `<!doctype html><html${langAttr}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;overflow-wrap:anywhere">\n${paragraphs.join("\n")}\n</body></html>`;
}

/** The domain of an address such as `Shop <alerts@shop.example>`. */
export function domainOf(address: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address.trim());
  return (m?.[1] ?? "localhost").toLowerCase();
}

/** A fresh Message-ID on the sender's domain, so receivers' checks (and threading) see our own name. */
export const messageIdOn = (from: string, local = newId()): string => `<${local}@${domainOf(from)}>`;

/** RFC 2919: one list per workspace and kind of mail, named under the sender's domain. */
export function listId(from: string, workspaceSlug: string, kind: string, label: string) {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "");
  // A bare phrase: quotes would make mailers encode the whole header.
  const phrase = label
    .replace(/[^\p{L}\p{N} -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${phrase} <${safe(kind)}.${safe(workspaceSlug)}.${domainOf(from)}>`;
}

export interface DkimOptions {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/**
 * DKIM signing from the environment: DKIM_DOMAIN, DKIM_SELECTOR and the key in DKIM_PRIVATE_KEY (PEM)
 * or DKIM_PRIVATE_KEY_FILE. Off unless all three are set; a half configuration is an error at start.
 */
export function dkimFromEnv(env: NodeJS.ProcessEnv = process.env): DkimOptions | undefined {
  const domainName = env["DKIM_DOMAIN"]?.trim();
  const keySelector = env["DKIM_SELECTOR"]?.trim();
  const file = env["DKIM_PRIVATE_KEY_FILE"]?.trim();
  const privateKey =
    env["DKIM_PRIVATE_KEY"]?.replace(/\\n/g, "\n") || (file ? readFileSync(file, "utf8") : "");
  if (!domainName && !keySelector && !privateKey) return undefined;
  if (!domainName || !keySelector || !privateKey)
    throw new Error("DKIM needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (or DKIM_PRIVATE_KEY_FILE)");
  return { domainName, keySelector, privateKey };
}
