import type { Command } from "commander";
import { ROLES, type Role } from "../core/actor.js";
import { migrate } from "../db/migrate.js";
import { fail, withContext, withStoreOptions } from "./common.js";

export function registerAdmin(program: Command) {
  withStoreOptions(program.command("migrate").description("bring the store's schema up to date")).action(
    async (flags) => {
      await withContext(
        flags,
        async (ctx) => {
          const { applied } = await migrate(ctx.store);
          process.stdout.write(
            applied.length ? `applied: ${applied.join(", ")}\n` : "the schema is up to date\n",
          );
        },
        { migrate: false, modules: [] },
      );
    },
  );

  const token = program.command("token").description("API tokens for programs");
  withStoreOptions(
    token
      .command("create")
      .description("print a new API token, alone on one line")
      .requiredOption("--name <name>", "what the token is for")
      .requiredOption("--role <role>", "admin, responder or viewer")
      .option("--workspace <slug>", "workspace (default: the first one)"),
  ).action(async (flags: { name: string; role: string; workspace?: string; dataDir?: string }) => {
    if (!ROLES.includes(flags.role as Role)) fail(`--role must be one of ${ROLES.join(", ")}`);
    await withContext(flags, async (ctx) => {
      const accounts = ctx.services.accounts;
      const ws = flags.workspace
        ? await accounts.workspaceBySlug(flags.workspace)
        : await accounts.firstWorkspace();
      if (!ws) fail("the store has no workspace yet; run `firebreak start` once first");
      const created = await accounts.createToken({
        workspaceId: ws.id,
        name: flags.name,
        role: flags.role as Role,
      });
      process.stdout.write(`${created.token}\n`);
    });
  });

  const user = program.command("user").description("dashboard users");
  withStoreOptions(
    user
      .command("link")
      .description("print a one-time login link (24 hours) for a user")
      .option("--email <email>", "the user (default: the first admin)", "admin@localhost")
      .option("--workspace <slug>", "workspace (default: the first one)")
      .option("--instance-admin", "also make the user an instance administrator (creates workspaces)"),
  ).action(
    async (flags: { email: string; workspace?: string; instanceAdmin?: boolean; dataDir?: string }) => {
      await withContext(flags, async (ctx) => {
        const accounts = ctx.services.accounts;
        const ws = flags.workspace
          ? await accounts.workspaceBySlug(flags.workspace)
          : await accounts.firstWorkspace();
        if (!ws) fail("the store has no workspace yet; run `firebreak start` once first");
        const u = await accounts.createUser({
          email: flags.email,
          name: flags.email.split("@")[0] ?? flags.email,
        });
        const members = await accounts.listMembers({
          workspaceId: ws.id,
          role: "admin",
          userId: null,
          tokenId: null,
          label: "cli",
        });
        if (!members.some((m) => m.id === u.id)) await accounts.addMember(ws.id, u.id, "admin");
        if (flags.instanceAdmin) await accounts.setInstanceAdmin(u.id, true);
        process.stdout.write(`${await accounts.createLoginLink(u.id, ws.id)}\n`);
      });
    },
  );
}
