import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { newLinkToken } from "../core/secrets.js";
import { closeBidi } from "../core/text.js";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { commsStore as store } from "./store.js";

const email = z.email().max(320);
const isoOrNull = (v: unknown): string | null => {
  if (typeof v !== "string" || v.trim() === "") return null;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};
const laterOf = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export interface ContactFacts {
  email: string;
  name?: string | null | undefined;
  language?: string | null | undefined;
  /** An IANA zone; one that is not is refused by the edges (400, or the CSV line skipped). */
  time_zone?: string | null | undefined;
  last_order_at?: string | null | undefined;
  paid_at?: string | null | undefined;
  shipped_at?: string | null | undefined;
}

export const MAX_CSV_ROWS = 200_000;
export const NOT_A_ZONE = "not an IANA time zone (e.g. Europe/Warsaw)";

/** Rows keyed by lower-cased header; refuses what does not parse, is too long or has no e-mail column. */
function parseContactsCsv(csv: string): Record<string, string>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      to: MAX_CSV_ROWS + 1,
    });
  } catch (err) {
    throw invalid(`CSV does not parse: ${(err as Error).message}`, "csv");
  }
  if (rows.length > MAX_CSV_ROWS) throw invalid(`at most ${MAX_CSV_ROWS} rows per import`, "csv");
  if (rows.length > 0 && !("email" in (rows[0] as object)))
    throw invalid("the CSV needs an 'email' column", "csv");
  return rows;
}

/**
 * A name as stored: trimmed, its direction override closed. A CSV file reaches here without the JSON
 * edge's closing, and an open override would turn the greeting's words after it around ("Hello ⟨RLO⟩Anna, we
 * are sorry…" drawn backwards).
 */
const storedName = (raw: string | null | undefined): string | null =>
  raw?.trim() ? closeBidi(raw.trim()) : null;

/** A CSV line's facts, or why it is skipped ("field: reason"). */
function csvLine(row: Record<string, string>): ContactFacts | string {
  const ok = email.safeParse(row["email"] ?? "");
  if (!ok.success) return "email: not an e-mail address";
  const zone = row["time_zone"]?.trim();
  if (zone && !canonicalTimeZone(zone)) return `time_zone: ${NOT_A_ZONE}`;
  return {
    email: ok.data,
    name: row["name"],
    language: row["language"],
    time_zone: zone,
    last_order_at: isoOrNull(row["last_order_at"]),
    paid_at: isoOrNull(row["paid_at"]),
    shipped_at: isoOrNull(row["shipped_at"]),
  };
}

/** The customer list: imported from CSV or built from shop events; each contact has an unsubscribe token. */
export function createContacts(ctx: AppContext) {
  const db = ctx.db;

  /** Adds or merges a contact; a later fact never moves a date backwards. */
  async function upsert(workspaceId: string, f: ContactFacts, source: string): Promise<"added" | "updated"> {
    const address = f.email.trim().toLowerCase();
    const at = ctx.clock.now().toISOString();
    const language = f.language && (LANGS as readonly string[]).includes(f.language) ? f.language : null;
    const name = storedName(f.name);
    const timeZone = f.time_zone ? canonicalTimeZone(f.time_zone.trim()) : null;
    const existing = await store.contactByEmail(db, workspaceId, address);
    if (!existing) {
      const r = await store.insertContact(db, {
        id: newId(),
        workspace_id: workspaceId,
        email: address,
        name,
        language,
        time_zone: timeZone,
        source,
        last_order_at: f.last_order_at ?? null,
        paid_at: f.paid_at ?? null,
        shipped_at: f.shipped_at ?? null,
        ...newLinkToken(),
        unsubscribed_at: null,
        created_at: at,
        updated_at: at,
      });
      if (Number(r.numInsertedOrUpdatedRows ?? 1) > 0) return "added";
      return upsert(workspaceId, f, source); // a concurrent insert won: merge into it
    }
    await store.setContact(db, existing.id, {
      name: name ?? existing.name,
      language: language ?? existing.language,
      time_zone: timeZone ?? existing.time_zone,
      last_order_at: laterOf(existing.last_order_at, f.last_order_at ?? null),
      paid_at: laterOf(existing.paid_at, f.paid_at ?? null),
      shipped_at: laterOf(existing.shipped_at, f.shipped_at ?? null),
      updated_at: at,
    });
    return "updated";
  }

  return {
    upsert,

    /** CSV with a header row: email (required), name, language, time_zone, last_order_at, paid_at, shipped_at. */
    async importCsv(actor: Actor, csv: string) {
      const rows = parseContactsCsv(csv);
      let added = 0;
      let updated = 0;
      const skipped: { line: number; error: string }[] = [];
      for (const [i, row] of rows.entries()) {
        const facts = csvLine(row);
        if (typeof facts === "string") {
          if (skipped.length < 100) skipped.push({ line: i + 2, error: facts });
          continue;
        }
        const r = await upsert(actor.workspaceId, facts, "csv");
        if (r === "added") added++;
        else updated++;
      }
      return { added, updated, skipped: rows.length - added - updated, errors: skipped };
    },

    /** Shop events (order placed, paid, shipped) keep the segments current. */
    async applyEvents(
      actor: Actor,
      events: {
        email: string;
        name?: string | undefined;
        language?: string | undefined;
        time_zone?: string | undefined;
        type: string;
        at?: string | undefined;
      }[],
    ) {
      for (const e of events) {
        const at = e.at ? new Date(e.at).toISOString() : ctx.clock.now().toISOString();
        await upsert(
          actor.workspaceId,
          {
            email: e.email,
            name: e.name,
            language: e.language,
            time_zone: e.time_zone,
            ...(e.type === "order_placed" ? { last_order_at: at } : {}),
            ...(e.type === "order_paid" ? { paid_at: at, last_order_at: at } : {}),
            ...(e.type === "order_shipped" ? { shipped_at: at } : {}),
          },
          "shop_events",
        );
      }
      return { accepted: events.length };
    },

    /** The language of the mail holding this token (the contact's, else the shop's); null: nobody holds it. */
    async language(token: string): Promise<Lang | null> {
      const c = token ? await store.contactByToken(db, token) : undefined;
      if (!c) return null;
      const l = c.language ?? (await ctx.services.accounts.workspace(c.workspace_id)).language;
      return (LANGS as readonly string[]).includes(l) ? (l as Lang) : "en";
    },

    async unsubscribe(token: string): Promise<boolean> {
      const c = await store.contactByToken(db, token);
      if (!c) return false;
      if (!c.unsubscribed_at)
        await store.setContact(db, c.id, { unsubscribed_at: ctx.clock.now().toISOString() });
      return true;
    },
  };
}

/** The shop that mailed a contact's token, as its settings name it; null: nobody holds it. */
export async function contactShopName(ctx: AppContext, token: string): Promise<string | null> {
  const c = token ? await store.contactByToken(ctx.db, token) : undefined;
  return c ? (await ctx.services.accounts.settings(c.workspace_id)).name : null;
}
