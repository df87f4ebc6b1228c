import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../app/create.js";
import { loadConfig } from "../config/config.js";
import { systemActor } from "../core/actor.js";

// The command is under test, so it runs on the embedded store whatever DATABASE_URL says, from the sources.
const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "src/cli/main.ts");
let dir: string;
let crisisId: string;
let openId: string;
const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete e["DATABASE_URL"];
  delete e["FIREBREAK_DATA_DIR"];
  return e;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", CLI, ...args, "--data-dir", join(dir, "data")], {
    cwd: ROOT,
    env: env(),
    encoding: "buffer",
    timeout: 120_000,
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fb-review-cli-"));
  const ctx = await createContext(loadConfig({ dataDir: join(dir, "data") }, env()));
  const ws = await ctx.services.accounts.createWorkspace({
    name: "Kraków Kites",
    slug: "kites",
    language: "pl",
  });
  const actor = systemActor(ws.id, "CLI test");
  const c = await ctx.services.crises.open(actor, {
    title: "Zepsuty koszyk",
    type: "site_outage",
    severity: "SEV2",
  });
  for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"] as const)
    await ctx.services.crises.update(actor, c.id, { status });
  await ctx.services.review.update(actor, c.id, { causes: ["Wygasły certyfikat TLS"] });
  crisisId = c.id;
  openId = (await ctx.services.crises.open(actor, { title: "Trwa", type: "site_outage", severity: "SEV3" }))
    .id;
  await ctx.store.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("firebreak postmortem export / report export", () => {
  it("writes the post-mortem as a PDF in the workspace's language", async () => {
    const out = join(dir, "pm.pdf");
    const r = run("postmortem", "export", crisisId, "--format", "pdf", "--out", out);
    expect(r.status, r.stderr.toString()).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain("Analiza po kryzysie: Zepsuty koszyk");
    expect(text).toContain("Wygasły certyfikat TLS");
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);

  it("prints the report as CSV and markdown, and fails with one line on bad input", () => {
    const csv = run("report", "export", "--format", "csv");
    expect(csv.status, csv.stderr.toString()).toBe(0);
    expect(csv.stdout.toString()).toContain("real,type,site_outage,2");
    const md = run("report", "export", "--lang", "en");
    expect(md.stdout.toString()).toContain("Wygasły certyfikat TLS (1)");
    const open = run("postmortem", "export", openId);
    expect(open.status).not.toBe(0);
    expect(open.stderr.toString().trim().split("\n")).toHaveLength(1);
    expect(open.stderr.toString()).toContain("resolved");
    const bad = run("report", "export", "--format", "docx");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.toString()).toContain("--format must be one of");
  }, 120_000);
});
