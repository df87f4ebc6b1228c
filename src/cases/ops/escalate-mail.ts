import type { AppContext } from "../../app/context.js";
import { readerTime } from "../../core/reader-time.js";
import type { CasesTable } from "../tables.js";
import { customerLabel, type Db } from "./internal.js";

/**
 * The escalation e-mail, one to each senior person: the first-response time on their own clock where
 * they are a member who chose a zone, else the shop's, named ("… 18:15 GMT+9 (your time zone,
 * Asia/Tokyo)"). One mail to all of them could only give the shop's.
 */
export async function mailEscalation(
  ctx: AppContext,
  trx: Db,
  o: {
    workspaceId: string;
    caseId: string;
    row: CasesTable;
    to: string[];
    why: string;
    shopZone: string;
    /** Each member's own zone (accounts' memberZones), read before the transaction. */
    zoneOf: (who: { email: string }) => string | null;
  },
) {
  const { workspaceId, caseId, row, zoneOf } = o;
  for (const address of o.to) {
    const due = readerTime(row.first_response_due_at, zoneOf({ email: address }), o.shopZone);
    await ctx.services.mail.send(
      {
        workspaceId,
        to: address,
        subject: `[${row.priority}] Complaint case needs a senior answer: ${customerLabel(row)}`,
        text: `A complaint case was escalated to you (${o.why}).\n\nCustomer: ${row.customer_name ?? ""} ${row.customer_email ?? ""} ${row.customer_handle ?? ""}\nSource: ${row.source}\nFirst response due: ${due}\n\n${row.text.slice(0, 2000)}\n\nOpen it: ${ctx.config.publicUrl}/cases/${caseId}\n\nA customer answered by a manager feels heard, and the case moves faster.`,
      },
      { key: `case-escalate:${caseId}:${address}`, db: trx },
    );
  }
}
