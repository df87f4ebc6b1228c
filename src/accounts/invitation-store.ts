import type { Kysely } from "kysely";
import type { Database } from "../app/database.js";
import type { InvitationsTable } from "./tables.js";

type Db = Kysely<Database>;

const OUT = ["id", "email", "role", "invited_by", "created_at", "expires_at"] as const;

export const invitationStore = {
  insert: (db: Db, row: InvitationsTable) => db.insertInto("invitations").values(row).execute(),

  /** Invitations still waiting for an answer (not accepted, withdrawn or expired), newest first. */
  pending: (db: Db, workspaceId: string, now: string) =>
    db
      .selectFrom("invitations")
      .select([...OUT])
      .where("workspace_id", "=", workspaceId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .orderBy("created_at", "desc")
      .execute(),

  /** A usable invitation by its token's hash. */
  usableByHash: (db: Db, hash: string, now: string) =>
    db
      .selectFrom("invitations")
      .selectAll()
      .where("token_hash", "=", hash)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .executeTakeFirst(),

  /** Marks it accepted in one statement, so a link works once even when two people race with it. */
  consume: (db: Db, hash: string, now: string) =>
    db
      .updateTable("invitations")
      .set({ accepted_at: now })
      .where("token_hash", "=", hash)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .returning(["id", "workspace_id", "email", "role"])
      .executeTakeFirst(),

  /** Withdraws one invitation, or (without `id`) every open one to `email`. */
  revoke: (db: Db, workspaceId: string, now: string, which: { id?: string; email?: string }) => {
    let q = db
      .updateTable("invitations")
      .set({ revoked_at: now })
      .where("workspace_id", "=", workspaceId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null);
    if (which.id) q = q.where("id", "=", which.id);
    if (which.email) q = q.where("email", "=", which.email);
    return q.executeTakeFirst();
  },
};
