import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../app/create.js";
import { loadConfig } from "../config/config.js";
import { defaultPlan } from "./default-plan/index.js";

// The CLI is tested on the embedded store whatever DATABASE_URL says: what is under test is the command.
// It runs from the sources (like src/testing/process.ts): a dist/ built earlier may lag behind them.
const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "src/cli/main.ts");
let dir: string;
const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete e["DATABASE_URL"];
  delete e["FIREBREAK_DATA_DIR"];
  return e;
};
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ["--import", "tsx", CLI, "plan", "export", "--data-dir", join(dir, "data"), ...args],
    {
      cwd: ROOT,
      env: env(),
      encoding: "buffer",
      timeout: 120_000,
    },
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fb-plan-cli-"));
  const ctx = await createContext(loadConfig({ dataDir: join(dir, "data") }, env()));
  const ws = await ctx.services.accounts.createWorkspace({ name: "Kraków Kites", slug: "kites" });
  expect(ws.slug).toBe("kites");
  await ctx.store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("firebreak plan export", () => {
  it("writes markdown to stdout by default", () => {
    const r = run();
    expect(r.status, r.stderr.toString()).toBe(0);
    const md = r.stdout.toString("utf8");
    expect(md).toContain("Kraków Kites");
    expect(md).toContain(defaultPlan.crisisTypes.find((t) => t.id === "data_breach")?.name.en ?? "?");
  }, 120_000);

  it("writes a PDF with --out whose pages carry the plan", async () => {
    const out = join(dir, "plan.pdf");
    const r = run("--format", "pdf", "--lang", "pl", "--out", out);
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(r.stdout.length).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await getDocumentProxy(bytes);
    expect(pdf.numPages).toBeGreaterThan(5);
    const { text } = await extractText(pdf, { mergePages: false });
    const all = (text as string[]).join("\n");
    // Polish names of the crisis types, one page or another.
    for (const t of defaultPlan.crisisTypes.slice(0, 4)) expect(all).toContain(t.name.pl);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);

  it("writes html to a file and refuses bad options with a one-line reason", () => {
    const out = join(dir, "plan.html");
    expect(run("--format", "html", "--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/<html/i);
    const bad = run("--format", "docx");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.toString().trim().split("\n")).toHaveLength(1);
    expect(bad.stderr.toString()).toMatch(/--format/);
    const badLang = run("--lang", "xx");
    expect(badLang.status).not.toBe(0);
    expect(badLang.stderr.toString()).toMatch(/--lang/);
  }, 120_000);
});
