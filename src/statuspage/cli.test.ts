import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../app/create.js";
import { loadConfig } from "../config/config.js";
import { systemActor } from "../core/actor.js";

// The CLI is tested on the embedded store whatever DATABASE_URL says: what is under test is the command.
// From the sources, so the test never runs a stale build in dist/.
const CLI = join(import.meta.dirname, "../cli/main.ts");
let dir: string;
const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete e["DATABASE_URL"];
  delete e["FIREBREAK_DATA_DIR"];
  return e;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", CLI, "status", ...args, "--data-dir", join(dir, "data")], {
    env: env(),
    encoding: "utf8",
    timeout: 120_000,
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fb-status-cli-"));
  const ctx = await createContext(loadConfig({ dataDir: join(dir, "data") }, env()));
  const ws = await ctx.services.accounts.createWorkspace({ name: "Kraków <Kites>", slug: "kites" });
  await ctx.services.statuspage.openIncident(systemActor(ws.id, "test"), {
    title: { en: "Parcels late", pl: "Paczki spóźnione" },
    body: { en: "Parcels leave a day late.", pl: "Paczki wychodzą dzień później." },
    components: ["delivery"],
    impact: "minor",
  });
  await ctx.jobs.stop();
  await ctx.store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("firebreak status export", () => {
  it("writes the page as static files: HTML per language, JSON, Atom, CSS", () => {
    const out = join(dir, "site");
    const r = run("export", out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")).toContain("status.json");
    const j = JSON.parse(readFileSync(join(out, "status.json"), "utf8"));
    expect(j.status).toBe("degraded");
    expect(j.incidents[0].title.pl).toBe("Paczki spóźnione");
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain("Kraków &lt;Kites&gt;");
    expect(readFileSync(join(out, "pl", "index.html"), "utf8")).toContain("Paczki wychodzą dzień później.");
    expect(readFileSync(join(out, "feed.atom"), "utf8")).toContain("<entry>");
    expect(existsSync(join(out, "assets", "style.css"))).toBe(true);
  }, 120_000);

  it("fails with one line naming an unknown workspace", () => {
    const r = run("export", join(dir, "x"), "--workspace", "nope");
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("nope");
  }, 120_000);
});
