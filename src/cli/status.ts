import { resolve } from "node:path";
import type { Command } from "commander";
import { fail, withContext, withStoreOptions } from "./common.js";

interface ExportFlags {
  workspace?: string;
  dataDir?: string;
}

export function registerStatus(program: Command) {
  const status = program.command("status").description("the public status page");
  withStoreOptions(
    status
      .command("export")
      .description(
        "write the whole public status page (HTML in every language, status.json, feed.atom, CSS) as static files any static host can serve; set FIREBREAK_STATUS_EXPORT_DIR on the server to re-export on every change",
      )
      .argument("<dir>", "target folder (created when missing)")
      .option("--workspace <slug>", "workspace (default: the first one)"),
  ).action(async (dir: string, flags: ExportFlags) => {
    const target = resolve(dir);
    const files = await withContext(flags, async (ctx) => {
      const accounts = ctx.services.accounts;
      const ws = flags.workspace
        ? await accounts.workspaceBySlug(flags.workspace)
        : await accounts.firstWorkspace();
      if (!ws) fail("the store has no workspace yet; run `firebreak start` once first");
      return ctx.services.statuspage.exportTo(target, ws.id);
    });
    process.stderr.write(`status page written to ${target} (${files.length} files)\n`);
    for (const f of files) process.stdout.write(`${f}\n`);
  });
}
