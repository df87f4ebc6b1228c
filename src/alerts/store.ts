import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { AlertNotificationsTable, AlertRulesTable, AlertStatus, AlertsTable } from "./tables.js";

type Db = Kysely<Database>;

/** The notification-log channel that links an alert to the group it joined (target: the leader's id). */
export const GROUP_CHANNEL = "group";

export interface AlertFilter {
  status?: AlertStatus | "unresolved" | undefined;
  kind?: string | undefined;
  before?: { at: string; id: string } | undefined;
  limit: number;
}

export const alertsStore = {
  /** Inserts the alert of a new episode; false when that episode has one already (a replayed round). */
  async insert(db: Db, row: AlertsTable): Promise<boolean> {
    const r = await db
      .insertInto("alerts")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "episode_id"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  activeBySeries: (db: Db, workspaceId: string, series: string) =>
    db
      .selectFrom("alerts")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("series", "=", series)
      .where("active", "=", 1)
      .orderBy("opened_at", "desc")
      .executeTakeFirst(),
  byEpisode: (db: Db, workspaceId: string, episodeId: string) =>
    db
      .selectFrom("alerts")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("episode_id", "=", episodeId)
      .executeTakeFirst(),
  byId: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("alerts")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  update: (db: Db, workspaceId: string, id: string, patch: Partial<AlertsTable>) =>
    db
      .updateTable("alerts")
      .set(patch)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  /** A status change only when the alert is still in one of `from`: two clicks never both win. */
  transition: (db: Db, workspaceId: string, id: string, from: AlertStatus[], patch: Partial<AlertsTable>) =>
    db
      .updateTable("alerts")
      .set(patch)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .where("status", "in", from)
      .executeTakeFirst(),
  list(db: Db, workspaceId: string, f: AlertFilter) {
    let q = db.selectFrom("alerts").selectAll().where("workspace_id", "=", workspaceId);
    if (f.status === "unresolved") q = q.where("status", "!=", "closed");
    else if (f.status) q = q.where("status", "=", f.status);
    if (f.kind) q = q.where("kind", "=", f.kind);
    const before = f.before;
    if (before) {
      q = q.where((e) =>
        e.or([
          e("opened_at", "<", before.at),
          e.and([e("opened_at", "=", before.at), e("id", "<", before.id)]),
        ]),
      );
    }
    return q.orderBy("opened_at", "desc").orderBy("id", "desc").limit(f.limit).execute();
  },
  countUnresolved: async (db: Db, workspaceId: string) =>
    Number(
      (
        await db
          .selectFrom("alerts")
          .select((e) => e.fn.countAll().as("n"))
          .where("workspace_id", "=", workspaceId)
          .where("status", "!=", "closed")
          .executeTakeFirst()
      )?.n ?? 0,
    ),

  rules: (db: Db, workspaceId: string) =>
    db
      .selectFrom("alert_rules")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .orderBy("created_at")
      .execute(),
  rule: (db: Db, workspaceId: string, id: string) =>
    db
      .selectFrom("alert_rules")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  insertRule: (db: Db, row: AlertRulesTable) => db.insertInto("alert_rules").values(row).execute(),
  updateRule: (db: Db, workspaceId: string, id: string, patch: Partial<AlertRulesTable>) =>
    db
      .updateTable("alert_rules")
      .set(patch)
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),
  deleteRule: (db: Db, workspaceId: string, id: string) =>
    db
      .deleteFrom("alert_rules")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst(),

  /** Records a notification once per key; false when it was sent already (a retried job). */
  async insertNotification(db: Db, row: AlertNotificationsTable): Promise<boolean> {
    const r = await db
      .insertInto("alert_notifications")
      .values(row)
      .onConflict((oc) => oc.columns(["workspace_id", "key"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  /**
   * The alert a new one of `kinds` joins: the earliest still active, unresolved group leader (an alert
   * not itself grouped) of another series opened in [since, until]. Undefined: the new alert leads.
   */
  groupLeader: (
    db: Db,
    workspaceId: string,
    f: { kinds: readonly string[]; series: string; since: string; until: string },
  ) =>
    db
      .selectFrom("alerts")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("kind", "in", [...f.kinds])
      .where("series", "!=", f.series)
      .where("active", "=", 1)
      .where("status", "!=", "closed")
      .where("opened_at", ">=", f.since)
      .where("opened_at", "<=", f.until)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("alert_notifications")
              .select("alert_notifications.id")
              .whereRef("alert_notifications.alert_id", "=", "alerts.id")
              .where("alert_notifications.channel", "=", GROUP_CHANNEL),
          ),
        ),
      )
      .orderBy("opened_at")
      .orderBy("id")
      .limit(1)
      .executeTakeFirst(),
  /** Group links of these alerts: member id → leader id, and leader id → its member ids. */
  async groups(db: Db, workspaceId: string, ids: readonly string[]) {
    const leaderOf = new Map<string, string>();
    const members = new Map<string, string[]>();
    if (!ids.length) return { leaderOf, members };
    const rows = await db
      .selectFrom("alert_notifications")
      .select(["alert_id", "target"])
      .where("workspace_id", "=", workspaceId)
      .where("channel", "=", GROUP_CHANNEL)
      .where((e) => e.or([e("alert_id", "in", [...ids]), e("target", "in", [...ids])]))
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    for (const r of rows) {
      leaderOf.set(r.alert_id, r.target);
      members.set(r.target, [...(members.get(r.target) ?? []), r.alert_id]);
    }
    return { leaderOf, members };
  },
  /** Whether a rule paged for this alert (`opened`), or held its page back (`quiet_hours`). */
  notifiedFor: async (db: Db, workspaceId: string, alertId: string, ruleId: string, reasons: string[]) =>
    (await db
      .selectFrom("alert_notifications")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("alert_id", "=", alertId)
      .where("rule_id", "=", ruleId)
      .where("reason", "in", reasons)
      .limit(1)
      .executeTakeFirst()) !== undefined,
  byIds: (db: Db, workspaceId: string, ids: readonly string[]) =>
    ids.length
      ? db
          .selectFrom("alerts")
          .selectAll()
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", [...ids])
          .orderBy("opened_at")
          .orderBy("id")
          .execute()
      : Promise.resolve([] as AlertsTable[]),

  /** A rule's latest notification to one target: whether that channel works now. */
  latestNotification: (db: Db, workspaceId: string, ruleId: string, target: string) =>
    db
      .selectFrom("alert_notifications")
      .select(["key", "created_at", "error"])
      .where("workspace_id", "=", workspaceId)
      .where("rule_id", "=", ruleId)
      .where("target", "=", target)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst(),
  /** The sealed key of each paging tool's page of this alert, by the page's notification key. */
  pagedCredentials: (db: Db, workspaceId: string, alertId: string) =>
    db
      .selectFrom("alert_notifications")
      .select(["key", "credential"])
      .where("workspace_id", "=", workspaceId)
      .where("alert_id", "=", alertId)
      .where("credential", "is not", null)
      .execute(),
  notifications: (db: Db, workspaceId: string, alertId: string) =>
    db
      .selectFrom("alert_notifications")
      .select(["reason", "step", "channel", "target", "created_at", "key", "error", "rule_id"])
      .where("workspace_id", "=", workspaceId)
      .where("alert_id", "=", alertId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
};
