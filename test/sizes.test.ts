import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// A reader should never scroll through a 900-line closure again: no source file over 400 lines (tests,
// scripts and benches included), except data tables and generated files, which are read by a program.
const ROOT = join(import.meta.dirname, "..");
const MAX_LINES = 400;
const FOLDERS = ["src", "web/src", "test", "scripts", "bench"];
const DATA_TABLES = new Set([
  "src/comms/tone/lexicon.ts",
  "src/plan/default-plan/organisation.ts",
  "src/review/labels.ts",
  "src/plan/export/labels.ts",
]);
const generated = (path: string) => path.includes(".generated.") || path === "web/src/api/schema.d.ts";

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) yield* sources(path);
    } else if (/\.(ts|tsx|mjs)$/.test(e.name) && !e.name.startsWith(".")) yield path;
  }
}

describe("file sizes", () => {
  it(`no source file is over ${MAX_LINES} lines, except data tables and generated files`, () => {
    const tooLong = FOLDERS.flatMap((f) => [...sources(f)])
      .filter((p) => !DATA_TABLES.has(p) && !generated(p))
      .map((p) => ({
        path: relative(ROOT, join(ROOT, p)),
        lines: readFileSync(join(ROOT, p), "utf8").split("\n").length - 1,
      }))
      .filter((f) => f.lines > MAX_LINES);
    expect(tooLong, "split these by theme (one operation or one theme per file)").toEqual([]);
  });

  it("the exemptions still exist, so the list cannot hide a file that moved", () => {
    const all = new Set(FOLDERS.flatMap((f) => [...sources(f)]));
    expect([...DATA_TABLES].filter((p) => !all.has(p))).toEqual([]);
  });
});
