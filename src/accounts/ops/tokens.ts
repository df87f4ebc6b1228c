import type { AppContext } from "../../app/context.js";
import type { Actor, Role } from "../../core/actor.js";
import { notFound } from "../../core/errors.js";
import { hashSecret, newId, randomSecret } from "../../core/ids.js";
import { accountsStore as store } from "../store.js";

export const TOKEN_PREFIX = "fbt_";

export interface CreateTokenInput {
  workspaceId: string;
  name: string;
  role: Role;
  createdBy?: string | null;
}

/** API tokens: the secret is shown once at creation; only its hash is stored. */
export async function createToken(ctx: Pick<AppContext, "db" | "clock">, input: CreateTokenInput) {
  const secret = `${TOKEN_PREFIX}${randomSecret(24)}`;
  const row = {
    id: newId(),
    workspace_id: input.workspaceId,
    name: input.name,
    role: input.role,
    token_hash: hashSecret(secret),
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    created_by: input.createdBy ?? null,
    created_at: ctx.clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await store.insertToken(ctx.db, row);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    created_at: row.created_at,
    token: secret,
  };
}

export async function resolveToken(
  ctx: Pick<AppContext, "db" | "clock" | "log">,
  secret: string,
): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await store.tokenByHash(ctx.db, hashSecret(secret));
  if (!token || token.revoked_at) return null;
  // Best-effort "last used", at most once a minute so busy integrations do not write on every call, and
  // not awaited: in a rush the store's writer has batches queued, and the call would wait behind them all.
  const t = ctx.clock.now().toISOString();
  if (!token.last_used_at || Date.parse(t) - Date.parse(token.last_used_at) > 60_000) {
    store.touchToken(ctx.db, token.id, t).catch((err: unknown) => {
      ctx.log.warn({ err, token: token.id }, "could not note a token's last use");
    });
  }
  return {
    workspaceId: token.workspace_id,
    role: token.role,
    userId: null,
    tokenId: token.id,
    label: `token ${token.name}`,
  };
}

export async function revokeToken(ctx: Pick<AppContext, "db" | "clock">, actor: Actor, id: string) {
  const r = await store.revokeToken(ctx.db, actor.workspaceId, id, ctx.clock.now().toISOString());
  if (!r.numUpdatedRows) throw notFound("token");
}
