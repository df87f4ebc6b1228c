import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { formatForCustomer } from "../../core/zoned-time.js";
import type { Lang, Plan } from "../../plan/default-plan/index.js";
import { pagesFor } from "../paging.js";
import type { CrisesTable } from "../tables.js";
import { type Db, event } from "./internal.js";

/**
 * When it started, in the reader's own zone (a member's, else the plan contact's), else the shop's, and
 * which one it is: "Started 25 Oct 2026, 01:30 GMT (your time zone, Europe/London)." A bare "01:30" on the
 * night the clocks go back is two moments; the abbreviation tells them apart, the zone's name says whose
 * clock it is.
 */
export function startedLine(startedAt: string, own: string | null, shopZone: string): string {
  const timeZone = own ?? shopZone;
  const at = formatForCustomer(startedAt, { timeZone, language: "en" });
  return `Started ${at} (${own ? "your time zone" : "the shop's time zone"}, ${timeZone}).`;
}

/**
 * Calls the team the plan names for the roles this severity pages (its `page` list): one e-mail per
 * contact, in the same transaction as the change that asked for it, and one timeline event that
 * says who was called and which roles have nobody to call.
 */
export async function pageTeam(
  app: AppContext,
  trx: Db,
  actor: Actor,
  row: CrisesTable,
  plan: Plan,
  lang: Lang,
  roles: readonly string[],
  reason: string,
) {
  // Absent only when a test builds the app without mail.
  const mail = app.services.mail as typeof app.services.mail | undefined;
  if (roles.length === 0 || !mail) return;
  const { pages, unreachable } = pagesFor(plan, lang, roles);
  const url = `${app.config.publicUrl}/crises/${row.id}`;
  const prefix = row.drill ? "[Drill] " : "";
  const shopZone = (await app.services.accounts.settings(actor.workspaceId, { db: trx })).time_zone;
  // A contact who is a member reads on the zone they set themselves (Settings → My account), which wins
  // over the one the plan gives them: it is theirs to keep current.
  const memberZone = await app.services.accounts.memberZones(actor, { db: trx });
  for (const p of pages) {
    await mail.send(
      {
        workspaceId: actor.workspaceId,
        to: p.email,
        subject: `${prefix}[${row.severity}] ${reason}: ${row.title}`,
        text: [
          `${p.name}, you are on the crisis team as ${p.roleName}.`,
          `${reason}: ${row.title} (${row.severity}, ${row.status}).`,
          startedLine(row.started_at, memberZone({ email: p.email }) ?? p.timeZone, shopZone),
          row.summary,
          `Join the crisis room: ${url}`,
        ]
          .filter(Boolean)
          .join("\n\n"),
      },
      { key: `crisis-page:${row.id}:${row.severity}:${p.role}:${p.email}`, db: trx },
    );
  }
  const list = (xs: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(xs);
  const called = list(pages.map((p) => `${p.roleName} (${p.name})`));
  await event(trx, actor, row.id, {
    kind: "team.paged",
    text: [
      called ? `Paged ${called}` : "",
      unreachable.length ? `${called ? "no" : "No"} contact in the plan for ${list(unreachable)}` : "",
    ]
      .filter(Boolean)
      .join("; "),
    data: {
      paged: pages.map((p) => ({ role: p.role, role_name: p.roleName, name: p.name, email: p.email })),
      unreachable,
      // Ids beside the names (in the plan's language), so a document in another language can name them.
      unreachable_roles: roles.filter((r) => !pages.some((p) => p.role === r)),
    },
    key: `paged:${row.severity}`,
    keyEvent: unreachable.length > 0,
    at: app.clock.now().toISOString(),
  });
}
