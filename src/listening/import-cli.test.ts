import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { runCli } from "../testing/process.js";

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), "fb-import-"));
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const listSource = async (source: string) => {
  const res = await h.app.inject({
    method: "GET",
    url: `/api/v1/mentions?source=${source}&limit=1000`,
    headers: h.auth("viewer"),
  });
  return res.json().items as Record<string, unknown>[];
};

describe("firebreak import", () => {
  it("imports a Brandwatch-style CSV, reports bad rows by line, and a second run doubles nothing", async () => {
    const csv = file(
      "bw.csv",
      [
        "Report:,Acme mentions",
        "",
        "Query Id,Date,Title,Url,Author,Full Text,Twitter Followers,Resource Id",
        '1,2024-01-15 10:00:00.0,,https://t/1,anna,"Acme lost my parcel, ""again""",1.2K,r1',
        "1,2024-01-15 11:00:00.0,,https://t/2,bob,,10,r2",
        "1,not a date,,https://t/3,cy,Acme refund missing,5,r3",
        "1,2024-01-15 12:00:00.0,,https://t/4,dee,Acme checkout is down again,7,r4",
      ].join("\n"),
    );
    const first = await runCli(["import", csv, "--source", "bw"], h.test.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("line 5: text: the text is empty");
    expect(first.stderr).toMatch(/line 6: created_at/);
    expect(first.stderr).toMatch(/import \|/);
    const totals = JSON.parse(first.stdout.trim());
    expect(totals).toMatchObject({ rows: 4, accepted: 2, duplicates: 0, bad: 2 });
    const items = await listSource("bw");
    expect(items.map((m) => m["external_id"]).sort()).toEqual(["r1", "r4"]);
    const r1 = items.find((m) => m["external_id"] === "r1");
    expect(r1).toMatchObject({
      text: 'Acme lost my parcel, "again"',
      author: "anna",
      author_followers: 1200,
      created_at: "2024-01-15T10:00:00.000Z",
      url: "https://t/1",
    });

    const again = await runCli(["import", csv, "--source", "bw"], h.test.env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ accepted: 0, duplicates: 2, bad: 2 });
    expect(await listSource("bw")).toHaveLength(2);
  }, 120_000);

  it("maps unknown columns with --map and reads JSON lines", async () => {
    const csv = file(
      "custom.csv",
      ["Body Copy,Who,When,Ref", "Acme sent the wrong size,zed,2024-02-01T09:00:00Z,c1"].join("\n"),
    );
    const unmapped = await runCli(["import", csv, "--source", "custom"], h.test.env);
    expect(unmapped.code).not.toBe(0);
    expect(unmapped.stderr).toMatch(/--map COLUMN=text/);
    const mapped = await runCli(
      [
        "import",
        csv,
        "--source",
        "custom",
        "--map",
        "Body Copy=text,Who=author,When=created_at,Ref=external_id",
      ],
      h.test.env,
    );
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(await listSource("custom")).toEqual([
      expect.objectContaining({ external_id: "c1", author: "zed", text: "Acme sent the wrong size" }),
    ]);

    const jsonl = file(
      "m.jsonl",
      [
        '{"id":"j1","text":"Acme charged me twice","created_at":"2024-03-01T10:00:00Z"}',
        "{broken",
        '{"id":"j2","text":"Acme support was lovely","created_at":"2024-03-01T11:00:00Z"}',
      ].join("\n"),
    );
    const res = await runCli(["import", jsonl, "--source", "jl"], h.test.env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain("line 2: not valid JSON");
    expect((await listSource("jl")).map((m) => m["external_id"]).sort()).toEqual(["j1", "j2"]);
  }, 120_000);

  it("fails with one line for a missing file, a bad --map and a file with no good row", async () => {
    const missing = await runCli(["import", join(dir, "nope.csv")], h.test.env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file/);
    const csv = file("x.csv", "text\nhello");
    const badMap = await runCli(["import", csv, "--map", "a=nonsense"], h.test.env);
    expect(badMap.code).not.toBe(0);
    expect(badMap.stderr).toMatch(/field one of/);
    const allBad = await runCli(["import", file("bad.jsonl", "nope\n[]\n")], h.test.env);
    expect(allBad.code).not.toBe(0);
    expect(allBad.stderr).toMatch(/no row could be imported/);
  }, 120_000);
});
