import type { AppContext } from "../../app/context.js";
import type { Actor } from "../../core/actor.js";
import { forbidden, notFound, rateLimited, ServiceError } from "../../core/errors.js";
import { hashSecret, randomSecret } from "../../core/ids.js";
import { verifyPassword } from "../password.js";
import { accountsStore as store } from "../store.js";
import { LoginThrottle } from "../throttle.js";

const SESSION_DAYS = 14;
const LINK_HOURS = 24;
/** How long a session opened by a login link may set a password without the current one. */
const RESET_MINUTES = 30;

export interface Session {
  /** The secret that goes into the cookie; only its hash is stored. */
  secret: string;
  userId: string;
  workspaceId: string;
  expiresAt: string;
}

/**
 * Logging in (password or one-time link) and the sessions that follow. A factory, so the login throttle
 * lives as long as the service that built it.
 */
export function createSessionOps(ctx: Pick<AppContext, "db" | "clock" | "config">) {
  const { db } = ctx;
  const now = () => ctx.clock.now().toISOString();
  const nowMs = () => ctx.clock.now().getTime();
  const throttle = new LoginThrottle(nowMs);

  async function createLoginLink(userId: string, workspaceId: string): Promise<string> {
    const secret = randomSecret();
    const expires = new Date(nowMs() + LINK_HOURS * 3600_000).toISOString();
    await store.insertLoginLink(db, {
      token_hash: hashSecret(secret),
      user_id: userId,
      workspace_id: workspaceId,
      expires_at: expires,
      used_at: null,
    });
    return `${ctx.config.publicUrl}/login?link=${secret}`;
  }

  async function startSession(userId: string, workspaceId: string, viaLink = false): Promise<Session> {
    const secret = randomSecret();
    const expiresAt = new Date(nowMs() + SESSION_DAYS * 86400_000).toISOString();
    await store.insertSession(db, {
      id_hash: hashSecret(secret),
      user_id: userId,
      workspace_id: workspaceId,
      created_at: now(),
      expires_at: expiresAt,
      reset_until: viaLink ? new Date(nowMs() + RESET_MINUTES * 60_000).toISOString() : null,
    });
    return { secret, userId, workspaceId, expiresAt };
  }

  async function defaultWorkspaceOf(userId: string): Promise<string> {
    const first = (await store.workspacesOfUser(db, userId))[0];
    if (!first) throw forbidden("this account belongs to no workspace; ask an admin to add you");
    return first.id;
  }

  async function login(email: string, password: string): Promise<Session> {
    const key = email.trim().toLowerCase();
    const wait = throttle.waitS(key);
    if (wait > 0) {
      throw rateLimited(`too many wrong passwords for this account; retry in ${wait} s`, wait);
    }
    const user = await store.userByEmail(db, email);
    // Verify even for unknown users so timing does not reveal which e-mails exist.
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    if (!user || !ok) {
      throttle.failed(key);
      throw new ServiceError("unauthorized", "wrong e-mail or password");
    }
    throttle.succeeded(key);
    return startSession(user.id, await defaultWorkspaceOf(user.id));
  }

  async function exchangeLink(secret: string): Promise<Session> {
    const link = await store.consumeLoginLink(db, hashSecret(secret), now());
    if (!link) {
      throw new ServiceError(
        "unauthorized",
        "this login link was used already or has expired; run `firebreak user link` for a new one",
      );
    }
    return startSession(link.user_id, link.workspace_id, true);
  }

  async function resolveSession(secret: string): Promise<Actor | null> {
    const session = await store.sessionByHash(db, hashSecret(secret));
    if (!session || session.expires_at <= now()) return null;
    const member = await store.membership(db, session.workspace_id, session.user_id);
    const user = await store.userById(db, session.user_id);
    if (!member || !user) return null;
    return {
      workspaceId: session.workspace_id,
      role: member.role,
      userId: user.id,
      tokenId: null,
      label: user.name || user.email,
    };
  }

  async function endSession(secret: string) {
    await store.deleteSession(db, hashSecret(secret));
  }

  async function switchWorkspace(secret: string, userId: string, workspaceId: string) {
    if (!(await store.membership(db, workspaceId, userId))) throw notFound("workspace");
    await store.setSessionWorkspace(db, hashSecret(secret), workspaceId);
  }

  return { createLoginLink, startSession, login, exchangeLink, resolveSession, endSession, switchWorkspace };
}
