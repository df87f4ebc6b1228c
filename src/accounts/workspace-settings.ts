import type { Selectable, Updateable } from "kysely";
import { z } from "zod";
import type { AppContext } from "../app/context.js";
import type { Actor } from "../core/actor.js";
import { invalid, notFound } from "../core/errors.js";
import { canonicalTimeZone } from "../core/zoned-time.js";
import { UI_LANGUAGES } from "./language.js";
import type { WorkspacesTable } from "./tables.js";

type WorkspaceRow = Selectable<WorkspacesTable>;

export type CustomerLanguage = (typeof UI_LANGUAGES)[number];

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const webUrl = z
  .url({ protocol: /^https?$/, message: "use an http(s) address" })
  .max(2000)
  .transform((u) => u.replace(/\/+$/, ""));

export const workspaceSettingsOut = z.object({
  name: z.string(),
  time_zone: z.string().describe("IANA time zone, e.g. Europe/Warsaw: every time a customer sees is in it"),
  languages: z.array(z.enum(UI_LANGUAGES)).describe("the languages the shop writes to customers in"),
  default_language: z.enum(UI_LANGUAGES),
  currency: z.string().describe("ISO 4217"),
  brand: z.object({ logo_url: z.string().nullable(), color: z.string().nullable() }),
  public_url: z.string().nullable(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsOut>;

export const workspaceSettingsPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    time_zone: z
      .string()
      .trim()
      .transform((tz, c) => {
        const canonical = canonicalTimeZone(tz);
        if (!canonical)
          c.addIssue({ code: "custom", message: `"${tz}" is not an IANA time zone (e.g. Europe/Warsaw)` });
        return canonical ?? tz;
      }),
    languages: z
      .array(z.enum(UI_LANGUAGES))
      .min(1, "the shop needs at least one language")
      .refine((l) => new Set(l).size === l.length, "each language once"),
    default_language: z.enum(UI_LANGUAGES),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => CURRENCIES.has(c), "not an ISO 4217 currency code (e.g. EUR, PLN)"),
    brand: z
      .object({
        logo_url: webUrl.nullable(),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
          .transform((c) => c.toLowerCase())
          .nullable(),
      })
      .partial()
      .strict(),
    public_url: webUrl.nullable(),
  })
  .partial()
  .strict();
export type WorkspaceSettingsPatch = z.infer<typeof workspaceSettingsPatch>;

function languagesOf(row: WorkspaceRow): CustomerLanguage[] {
  const known = new Set<string>(UI_LANGUAGES);
  let list: string[] = [];
  try {
    list = row.languages ? (JSON.parse(row.languages) as string[]) : [];
  } catch {
    list = [];
  }
  const out = list.filter((l) => known.has(l)) as CustomerLanguage[];
  // The default language is always spoken, even on rows written before the list existed.
  const def = (known.has(row.language) ? row.language : "en") as CustomerLanguage;
  return out.includes(def) ? out : [def, ...out];
}

/** The settings as the API and every domain read them, from the workspace row. */
export function settingsOf(row: WorkspaceRow): WorkspaceSettings {
  const languages = languagesOf(row);
  return {
    name: row.name,
    time_zone: canonicalTimeZone(row.timezone) ?? "UTC",
    languages,
    default_language: languages.includes(row.language as CustomerLanguage)
      ? (row.language as CustomerLanguage)
      : (languages[0] as CustomerLanguage),
    currency: row.currency,
    brand: { logo_url: row.brand_logo_url, color: row.brand_color },
    public_url: row.public_url,
  };
}

async function rowOf(ctx: Pick<AppContext, "db">, workspaceId: string) {
  const row = await ctx.db
    .selectFrom("workspaces")
    .selectAll()
    .where("id", "=", workspaceId)
    .executeTakeFirst();
  if (!row) throw notFound("workspace");
  return row;
}

export async function getWorkspaceSettings(ctx: Pick<AppContext, "db">, workspaceId: string) {
  return settingsOf(await rowOf(ctx, workspaceId));
}

/** Changes what was sent; the default language must stay one of the languages. */
export async function updateWorkspaceSettings(
  ctx: Pick<AppContext, "db">,
  input: { actor: Actor; patch: WorkspaceSettingsPatch },
): Promise<WorkspaceSettings> {
  const { actor, patch } = input;
  const before = settingsOf(await rowOf(ctx, actor.workspaceId));
  const languages = patch.languages ?? before.languages;
  const def = patch.default_language ?? before.default_language;
  if (!languages.includes(def)) {
    throw invalid(
      patch.default_language
        ? `default_language ${def} is not one of the languages (${languages.join(", ")})`
        : `languages leave out the default language ${def}: choose another default_language too`,
      "default_language",
    );
  }
  const set: Updateable<WorkspacesTable> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.time_zone !== undefined) set.timezone = patch.time_zone;
  if (patch.languages !== undefined) set.languages = JSON.stringify(patch.languages);
  if (def !== before.default_language) set.language = def;
  if (patch.currency !== undefined) set.currency = patch.currency;
  if (patch.brand?.logo_url !== undefined) set.brand_logo_url = patch.brand.logo_url;
  if (patch.brand?.color !== undefined) set.brand_color = patch.brand.color;
  if (patch.public_url !== undefined) set.public_url = patch.public_url;
  if (Object.keys(set).length > 0) {
    await ctx.db.updateTable("workspaces").set(set).where("id", "=", actor.workspaceId).execute();
  }
  return getWorkspaceSettings(ctx, actor.workspaceId);
}
