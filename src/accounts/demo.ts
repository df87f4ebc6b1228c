import type { AppContext } from "../app/context.js";
import { accountsStore as store } from "./store.js";

/**
 * The demo shop's team beside its admin: a responder in customer care and a viewer from the warehouse,
 * both without a password (they are names on the Team screen, nobody logs in as them), and the API token
 * a shop integration would use. Names and addresses are made up, on example domains. A second run adds
 * nothing.
 */
const TEAM = [
  { email: "kasia.nowak@shop.example", name: "Kasia Nowak", role: "responder" },
  { email: "tom.becker@shop.example", name: "Tom Becker", role: "viewer" },
] as const;
const TOKEN = { name: "Shop order webhook", role: "responder" } as const;

export async function accountsDemo(ctx: AppContext, workspaceId: string) {
  const accounts = ctx.services.accounts;
  const members = await store.membersOf(ctx.db, workspaceId);
  for (const person of TEAM) {
    if (members.some((m) => m.email === person.email)) continue;
    const user = await accounts.createUser({ email: person.email, name: person.name });
    await accounts.addMember(workspaceId, user.id, person.role);
  }
  const tokens = await store.tokensOf(ctx.db, workspaceId);
  if (!tokens.some((t) => t.name === TOKEN.name)) await accounts.createToken({ workspaceId, ...TOKEN });
}
