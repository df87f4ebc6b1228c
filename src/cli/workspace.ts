import type { Command } from "commander";
import { fail, withContext, withStoreOptions } from "./common.js";

interface CreateFlags {
  name: string;
  slug?: string;
  language?: string;
  currency?: string;
  admin?: string;
  dataDir?: string;
}

/** "Sklep Kasi" → "sklep-kasi"; accents folded, anything else becomes a dash. */
export const slugOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/gi, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63);

export function registerWorkspace(program: Command) {
  const workspace = program.command("workspace").description("workspaces (brands or shops)");
  withStoreOptions(
    workspace
      .command("create")
      .description("create a workspace; only instance administrators create them, and the CLI is one")
      .requiredOption("--name <name>", "the brand or shop name")
      .option("--slug <slug>", "short name in URLs (default: from the name)")
      .option("--language <code>", "en, pl, it, fr, de or es", "en")
      .option("--currency <code>", "ISO 4217 code", "EUR")
      .option("--admin <email>", "make this person its admin and print a one-time login link on stderr"),
  ).action(async (flags: CreateFlags) => {
    const slug = flags.slug ?? slugOf(flags.name);
    if (!slug) fail("--slug is needed: the name has no letters or digits to make one from");
    await withContext(flags, async (ctx) => {
      const accounts = ctx.services.accounts;
      const ws = await accounts.createWorkspace({
        name: flags.name,
        slug,
        ...(flags.language ? { language: flags.language as "en" } : {}),
        ...(flags.currency ? { currency: flags.currency } : {}),
      });
      if (flags.admin) {
        const user = await accounts.createUser({ email: flags.admin, name: flags.admin.split("@")[0] ?? "" });
        await accounts.addMember(ws.id, user.id, "admin");
        process.stderr.write(`log in as ${user.email}: ${await accounts.createLoginLink(user.id, ws.id)}\n`);
      }
      process.stdout.write(`${JSON.stringify({ id: ws.id, slug: ws.slug, name: ws.name })}\n`);
    });
  });
}
