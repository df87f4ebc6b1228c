import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { EXPORT_FORMATS, type ExportFormat, renderPlan } from "../plan/export/index.js";
import { fail, withContext, withStoreOptions } from "./common.js";

interface ExportFlags {
  format: string;
  lang?: string;
  out?: string;
  workspace?: string;
  dataDir?: string;
}

export function registerPlan(program: Command) {
  const plan = program.command("plan").description("the workspace's crisis plan");
  withStoreOptions(
    plan
      .command("export")
      .description("the crisis plan as a printable document to keep offline (stdout when no --out)")
      .option("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`, "md")
      .option("--lang <lang>", `one of ${LANGS.join(", ")} (default: the workspace's language)`)
      .option("--out <file>", "write to this file instead of stdout")
      .option("--workspace <slug>", "workspace (default: the first one)"),
  ).action(async (flags: ExportFlags) => {
    if (!EXPORT_FORMATS.includes(flags.format as ExportFormat)) {
      fail(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
    }
    if (flags.lang !== undefined && !(LANGS as readonly string[]).includes(flags.lang)) {
      fail(`--lang must be one of ${LANGS.join(", ")}`);
    }
    const format = flags.format as ExportFormat;
    if (format === "pdf" && !flags.out && process.stdout.isTTY) {
      fail("a PDF would garble the terminal; add --out FILE or redirect stdout");
    }
    const doc = await withContext(flags, async (ctx) => {
      const accounts = ctx.services.accounts;
      const ws = flags.workspace
        ? await accounts.workspaceBySlug(flags.workspace)
        : await accounts.firstWorkspace();
      if (!ws) fail("the store has no workspace yet; run `firebreak start` once first");
      const rec = await ctx.services.plan.record(ws.id);
      return renderPlan(rec.plan, {
        format,
        lang: (flags.lang as Lang | undefined) ?? rec.language,
        now: ctx.clock.now(),
      });
    });
    if (flags.out) {
      const target = resolve(flags.out);
      // Written aside and renamed, so a failed export never leaves half a plan where the old one was.
      const tmp = `${target}.partial`;
      try {
        writeFileSync(tmp, doc);
        renameSync(tmp, target);
      } catch (err) {
        fail(`cannot write ${target}: ${(err as Error).message}`);
      }
      process.stderr.write(`plan written to ${target}\n`);
    } else {
      await new Promise<void>((ok, ko) => process.stdout.write(doc, (err) => (err ? ko(err) : ok())));
    }
  });
}
