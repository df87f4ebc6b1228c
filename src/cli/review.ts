import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { systemActor } from "../core/actor.js";
import { LANGS, type Lang } from "../plan/default-plan/index.js";
import { postmortemDoc, renderDoc, reportDoc } from "../review/export/documents.js";
import { reportCsv } from "../review/report.js";
import { fail, withContext, withStoreOptions } from "./common.js";

interface Flags {
  format: string;
  lang?: string;
  out?: string;
  since?: string;
  until?: string;
  workspace?: string;
  dataDir?: string;
}

function check(flags: Flags, formats: readonly string[]) {
  if (!formats.includes(flags.format)) fail(`--format must be one of ${formats.join(", ")}`);
  if (flags.lang !== undefined && !(LANGS as readonly string[]).includes(flags.lang))
    fail(`--lang must be one of ${LANGS.join(", ")}`);
  if (flags.format === "pdf" && !flags.out && process.stdout.isTTY)
    fail("a PDF would garble the terminal; add --out FILE or redirect stdout");
  for (const k of ["since", "until"] as const) {
    const v = flags[k];
    if (v !== undefined && Number.isNaN(Date.parse(v))) fail(`--${k} is not a date (use 2026-01-31)`);
  }
}

async function output(what: string, body: string | Buffer, out: string | undefined) {
  if (!out) {
    await new Promise<void>((ok, ko) => process.stdout.write(body, (err) => (err ? ko(err) : ok())));
    return;
  }
  const target = resolve(out);
  // Written aside and renamed: a failed export never leaves half a document where the old one was.
  const tmp = `${target}.partial`;
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, target);
  } catch (err) {
    fail(`cannot write ${target}: ${(err as Error).message}`);
  }
  process.stderr.write(`${what} written to ${target}\n`);
}

const workspaceOf = async (
  ctx: Parameters<Parameters<typeof withContext>[1]>[0],
  slug: string | undefined,
) => {
  const accounts = ctx.services.accounts;
  const ws = slug ? await accounts.workspaceBySlug(slug) : await accounts.firstWorkspace();
  if (!ws)
    fail(
      slug ? `no workspace "${slug}"` : "the store has no workspace yet; run `firebreak start` once first",
    );
  return ws;
};

/** `firebreak postmortem export ID` and `firebreak report export`: the review's documents, offline. */
export function registerReview(program: Command) {
  const pm = program.command("postmortem").description("post-mortems of resolved crises");
  withStoreOptions(
    pm
      .command("export <crisis-id>")
      .description("a resolved crisis's post-mortem as a document (stdout when no --out)")
      .option("--format <format>", "one of md, html, pdf", "md")
      .option("--lang <lang>", `one of ${LANGS.join(", ")} (default: the workspace's language)`)
      .option("--out <file>", "write to this file instead of stdout")
      .option("--workspace <slug>", "workspace (default: the first one)"),
  ).action(async (crisisId: string, flags: Flags) => {
    check(flags, ["md", "html", "pdf"]);
    const body = await withContext(flags, async (ctx) => {
      const ws = await workspaceOf(ctx, flags.workspace);
      const doc = await ctx.services.review.postmortem(
        systemActor(ws.id),
        crisisId,
        flags.lang as Lang | undefined,
      );
      const { time_zone } = await ctx.services.accounts.settings(ws.id);
      return renderDoc(postmortemDoc(doc, ctx.clock.now(), time_zone), flags.format as "md" | "html" | "pdf");
    });
    await output("post-mortem", body, flags.out);
  });

  const report = program.command("report").description("figures across crises");
  withStoreOptions(
    report
      .command("export")
      .description("times per crisis type and quarter, remedy cost, top causes, drills beside real crises")
      .option("--format <format>", "one of md, html, csv, json", "md")
      .option("--since <date>", "crises started on or after this date")
      .option("--until <date>", "crises started before this date")
      .option("--lang <lang>", `one of ${LANGS.join(", ")} (default: the workspace's language)`)
      .option("--out <file>", "write to this file instead of stdout")
      .option("--workspace <slug>", "workspace (default: the first one)"),
  ).action(async (flags: Flags) => {
    check(flags, ["md", "html", "csv", "json"]);
    const body = await withContext(flags, async (ctx) => {
      const ws = await workspaceOf(ctx, flags.workspace);
      const r = await ctx.services.review.report(systemActor(ws.id), {
        since: flags.since ? new Date(flags.since).toISOString() : undefined,
        until: flags.until ? new Date(flags.until).toISOString() : undefined,
        lang: flags.lang as Lang | undefined,
      });
      if (flags.format === "json") return `${JSON.stringify(r, null, 2)}\n`;
      if (flags.format === "csv") return reportCsv(r);
      const { time_zone } = await ctx.services.accounts.settings(ws.id);
      return renderDoc(reportDoc(r, time_zone), flags.format as "md" | "html");
    });
    await output("report", body, flags.out);
  });
}
