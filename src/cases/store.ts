import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type {
  CaseEventsTable,
  CaseMessagesTable,
  CaseRemediesTable,
  CasesTable,
  DiscountCodesTable,
} from "./tables.js";

type Db = Kysely<Database>;
const OPEN = ["new", "answered", "waiting"];

export interface CaseFilters {
  statuses?: string[] | undefined;
  priority?: string | undefined;
  topic?: string | undefined;
  crisisId?: string | undefined;
  /** Only cases past a clock: no first response in time, or open past the resolution time. */
  overdueAt?: string | undefined;
}

export const casesStore = {
  insert: (db: Db, row: CasesTable) => db.insertInto("cases").values(row).execute(),
  byId: (db: Db, ws: string, id: string) =>
    db.selectFrom("cases").selectAll().where("workspace_id", "=", ws).where("id", "=", id).executeTakeFirst(),
  update: (db: Db, ws: string, id: string, set: Partial<CasesTable>) =>
    db.updateTable("cases").set(set).where("workspace_id", "=", ws).where("id", "=", id).executeTakeFirst(),

  list(db: Db, ws: string, f: CaseFilters, limit: number, before?: string) {
    let q = db.selectFrom("cases").selectAll().where("workspace_id", "=", ws);
    if (f.statuses) q = q.where("status", "in", f.statuses);
    if (f.priority) q = q.where("priority", "=", f.priority);
    // Topics are a JSON array of plain ids; the quotes make the match exact.
    if (f.topic) q = q.where("topics", "like", `%"${f.topic.replace(/[%_"\\]/g, "")}"%`);
    if (f.crisisId) q = q.where("crisis_id", "=", f.crisisId);
    if (f.overdueAt) {
      const at = f.overdueAt;
      q = q.where((e) =>
        e.or([
          e.and([
            e("status", "=", "new"),
            e("first_response_at", "is", null),
            e("first_response_due_at", "<", at),
          ]),
          e.and([e("status", "in", OPEN), e("resolve_due_at", "<", at)]),
        ]),
      );
    }
    if (before) q = q.where("id", "<", before);
    return q.orderBy("id", "desc").limit(limit).execute();
  },

  /** The customer's case still in progress (not closed), newest first: where a new message gathers. */
  openCaseFor(db: Db, ws: string, who: { email?: string | null; source?: string; handle?: string | null }) {
    let q = db
      .selectFrom("cases")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("status", "in", [...OPEN, "resolved"]);
    if (who.email) q = q.where("customer_email", "=", who.email);
    else if (who.handle && who.source)
      q = q.where("source", "=", who.source).where("customer_handle", "=", who.handle);
    else return Promise.resolve(undefined);
    return q.orderBy("id", "desc").executeTakeFirst();
  },

  /** Whether any case in progress has a customer handle: only then can a mention join its author's case. */
  hasCaseWithHandle: async (db: Db, ws: string) =>
    (await db
      .selectFrom("cases")
      .select("id")
      .where("workspace_id", "=", ws)
      .where("status", "in", OPEN)
      .where("customer_handle", "is not", null)
      .limit(1)
      .executeTakeFirst()) !== undefined,

  caseByEmailMessageIds: async (db: Db, ws: string, ids: string[]) =>
    ids.length === 0
      ? undefined
      : db
          .selectFrom("case_messages")
          .select("case_id")
          .where("workspace_id", "=", ws)
          .where("email_message_id", "in", ids)
          .orderBy("at", "desc")
          .executeTakeFirst(),

  casesByExternalId: (db: Db, ws: string, source: string, externalId: string) =>
    db
      .selectFrom("cases")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("source", "=", source)
      .where("external_id", "=", externalId)
      .execute(),

  dueForEscalation: (db: Db, now: string) =>
    db
      .selectFrom("cases")
      .select(["id", "workspace_id"])
      .where("status", "=", "new")
      .where("escalated_at", "is", null)
      .where("first_response_due_at", "<", now)
      .limit(500)
      .execute(),

  /** Inserts a message; false when the mention is in a case already. */
  async insertMessage(db: Db, row: CaseMessagesTable): Promise<boolean> {
    const r = await db
      .insertInto("case_messages")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "mention_id"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  messagesOf: (db: Db, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([] as CaseMessagesTable[])
      : db
          .selectFrom("case_messages")
          .selectAll()
          .where("case_id", "in", ids)
          .orderBy("at")
          .orderBy("id")
          .execute(),
  messageById: (db: Db, ws: string, caseId: string, id: string) =>
    db
      .selectFrom("case_messages")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("case_id", "=", caseId)
      .where("id", "=", id)
      .executeTakeFirst(),
  /** Marks a waiting outgoing message sent; false when it was sent already (a second click, a race). */
  async markMessageSent(db: Db, ws: string, id: string, at: string, by: string): Promise<boolean> {
    const r = await db
      .updateTable("case_messages")
      .set({ sent_at: at, sent_by: by })
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .where("sent_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  caseOfMention: (db: Db, ws: string, mentionId: string) =>
    db
      .selectFrom("case_messages")
      .select("case_id")
      .where("workspace_id", "=", ws)
      .where("mention_id", "=", mentionId)
      .executeTakeFirst(),

  insertEvent: (db: Db, row: CaseEventsTable) => db.insertInto("case_events").values(row).execute(),
  eventsOf: (db: Db, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([] as CaseEventsTable[])
      : db
          .selectFrom("case_events")
          .selectAll()
          .where("case_id", "in", ids)
          .orderBy("at")
          .orderBy("id")
          .execute(),

  insertRemedy: (db: Db, row: CaseRemediesTable) => db.insertInto("case_remedies").values(row).execute(),
  remedyById: (db: Db, ws: string, id: string) =>
    db
      .selectFrom("case_remedies")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .executeTakeFirst(),
  /** Moves a remedy out of awaiting_approval once; false when someone decided first. */
  async decideRemedy(db: Db, ws: string, id: string, set: Partial<CaseRemediesTable>) {
    const r = await db
      .updateTable("case_remedies")
      .set(set)
      .where("workspace_id", "=", ws)
      .where("id", "=", id)
      .where("status", "=", "awaiting_approval")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** Remedies waiting for a decision, oldest first: the approvals queue. */
  pendingRemedies: (db: Db, ws: string, limit: number) =>
    db
      .selectFrom("case_remedies")
      .innerJoin("cases", "cases.id", "case_remedies.case_id")
      .selectAll("case_remedies")
      .select(["cases.customer_name", "cases.customer_handle", "cases.customer_email"])
      .where("case_remedies.workspace_id", "=", ws)
      .where("case_remedies.status", "=", "awaiting_approval")
      .orderBy("case_remedies.created_at")
      .orderBy("case_remedies.id")
      .limit(limit)
      .execute(),
  remediesOf: (db: Db, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([] as CaseRemediesTable[])
      : db.selectFrom("case_remedies").selectAll().where("case_id", "in", ids).orderBy("id").execute(),
  monthly: (db: Db, ws: string, since: string) =>
    db
      .selectFrom("case_remedies")
      .select((e) => [
        "month",
        "currency",
        "kind",
        e.fn.countAll<number>().as("count"),
        e.fn.sum<number>("cost").as("cost"),
      ])
      .where("workspace_id", "=", ws)
      .where("status", "=", "given")
      .where("month", ">=", since)
      .groupBy(["month", "currency", "kind"])
      .orderBy("month", "desc")
      .execute(),

  async insertCode(db: Db, row: DiscountCodesTable): Promise<boolean> {
    const r = await db
      .insertInto("discount_codes")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "code"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  codes: (db: Db, ws: string) =>
    db.selectFrom("discount_codes").selectAll().where("workspace_id", "=", ws).orderBy("id").execute(),
  async redeemCode(db: Db, ws: string, code: string, at: string) {
    const r = await db
      .updateTable("discount_codes")
      .set({ status: "redeemed", redeemed_at: at })
      .where("workspace_id", "=", ws)
      .where("code", "=", code)
      .where("status", "=", "issued")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  codeByValue: (db: Db, ws: string, code: string) =>
    db
      .selectFrom("discount_codes")
      .selectAll()
      .where("workspace_id", "=", ws)
      .where("code", "=", code)
      .executeTakeFirst(),

  settings: (db: Db, ws: string) =>
    db.selectFrom("case_settings").selectAll().where("workspace_id", "=", ws).executeTakeFirst(),
  saveSettings: (db: Db, ws: string, policy: string, by: string, at: string) =>
    db
      .insertInto("case_settings")
      .values({ workspace_id: ws, policy, updated_by: by, updated_at: at })
      .onConflict((oc) => oc.column("workspace_id").doUpdateSet({ policy, updated_by: by, updated_at: at }))
      .execute(),

  /** Cases of a crisis by status, and what their given remedies cost per currency. */
  async crisisFigures(db: Db, ws: string, crisisId: string) {
    const byStatus = await db
      .selectFrom("cases")
      .select((e) => ["status", e.fn.countAll<number>().as("n")])
      .where("workspace_id", "=", ws)
      .where("crisis_id", "=", crisisId)
      .groupBy("status")
      .execute();
    const cost = await db
      .selectFrom("case_remedies")
      .innerJoin("cases", "cases.id", "case_remedies.case_id")
      .select((e) => [
        "case_remedies.currency as currency",
        e.fn.countAll<number>().as("n"),
        e.fn.sum<number>("case_remedies.cost").as("cost"),
      ])
      .where("cases.workspace_id", "=", ws)
      .where("cases.crisis_id", "=", crisisId)
      .where("case_remedies.status", "=", "given")
      .groupBy("case_remedies.currency")
      .execute();
    return { byStatus, cost };
  },

  countOpen: async (db: Db, ws: string) =>
    Number(
      (
        await db
          .selectFrom("cases")
          .select((e) => e.fn.countAll().as("n"))
          .where("workspace_id", "=", ws)
          .where("status", "in", OPEN)
          .executeTakeFirst()
      )?.n ?? 0,
    ),
};
