import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The layer rules live in biome.json (noRestrictedImports per folder). Each case is one probe file with
// one import, placed at its path inside a temporary copy of the config, so the real tree is not touched.
const ROOT = join(import.meta.dirname, "../..");
const BIOME = join(ROOT, "node_modules/.bin/biome");
const config = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8"));

const forbidden: [string, string, string][] = [
  ["src/db → a domain", "src/db/probe.ts", "../accounts/tables.js"],
  ["src/db/migrations → a domain", "src/db/migrations/probe.ts", "../../plan/tables.js"],
  ["src/db → the app", "src/db/probe.ts", "../app/database.js"],
  ["a domain → src/cli", "src/crises/probe.ts", "../cli/common.js"],
  ["a domain's subfolder → src/cli", "src/cases/ops/probe.ts", "../../cli/common.js"],
  ["src/nlp → src/db", "src/nlp/probe.ts", "../db/database.js"],
  ["src/nlp → a domain", "src/nlp/learn/probe.ts", "../../listening/store.js"],
  ["src/jobs → a domain", "src/jobs/probe.ts", "../mail/service.js"],
  ["src/jobs → the app", "src/jobs/probe.ts", "../app/context.js"],
  ["web → src", "web/src/pages/home/Probe.tsx", "../../../../src/core/lang.js"],
];

const allowed: [string, string, string][] = [
  ["src/db → src/core", "src/db/probe.ts", "../core/ids.js"],
  ["a domain → src/jobs", "src/crises/probe.ts", "../jobs/runner.js"],
  ["a domain → another domain's service", "src/review/probe.ts", "../crises/service.js"],
  ["src/cli → a domain", "src/cli/probe.ts", "../review/report.js"],
  ["src/nlp → src/core", "src/nlp/probe.ts", "../core/lang.js"],
  ["web → web", "web/src/pages/home/Probe.tsx", "../../api.js"],
  ["a test wires anything", "src/db/probe.test.ts", "../testing/harness.js"],
];

// Numbered so each case has its own file: one Biome run lints them all (a run per case takes a second).
const cases = [...forbidden, ...allowed].map(([name, path, specifier], i) => ({
  name,
  file: path.replace(/(\.test)?(\.tsx?)$/, `${i}$1$2`),
  specifier,
}));
let dir: string;
/** Probe files Biome reported a restricted import in, with the rule's message. */
const reported = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "firebreak-layers-"));
  delete config.$schema;
  // Only the rules under test: the probes are not written to satisfy formatting or other lints.
  config.linter.rules = { preset: "none" };
  config.assist = { enabled: false };
  config.formatter = { enabled: false };
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
  for (const c of cases) {
    mkdirSync(dirname(join(dir, c.file)), { recursive: true });
    writeFileSync(join(dir, c.file), `import { x } from "${c.specifier}";\nexport const y = x;\n`);
  }
  const r = spawnSync(BIOME, ["lint", "--reporter=github", "--max-diagnostics=none", "."], {
    cwd: dir,
    encoding: "utf8",
  });
  for (const line of r.stdout.split("\n")) {
    const m = /^::error title=lint\/style\/noRestrictedImports,file=([^,]+),.*::(.*)$/.exec(line);
    if (m?.[1]) reported.set(relative(dir, m[1]), m[2] ?? "");
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("layers the linter holds", () => {
  for (const c of cases.slice(0, forbidden.length))
    it(`refuses ${c.name}`, () => {
      expect(reported.get(c.file), `${c.file} importing ${c.specifier}`).toBeTruthy();
    });

  for (const c of cases.slice(forbidden.length))
    it(`allows ${c.name}`, () => {
      expect(reported.get(c.file)).toBeUndefined();
    });

  it("every folder of src/ has a place in the layer map", () => {
    const layers = ["app", "cli", "config", "core", "db", "jobs", "nlp", "server", "testing"];
    const domainRule = config.overrides.find((o: { includes: string[] }) =>
      o.includes.includes("src/accounts/**"),
    );
    const domains = domainRule.includes
      .filter((i: string) => /^src\/[a-z]+\/\*\*$/.test(i))
      .map((i: string) => i.split("/")[1]);
    const folders = readdirSync(join(ROOT, "src"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !layers.includes(f) && !domains.includes(f))).toEqual([]);
  });
});
