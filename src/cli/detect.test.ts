import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backgroundMentions, burstMentions, mergeByTime } from "../detection/detectors/synthetic.js";
import { runCli } from "../testing/process.js";

const START = Date.parse("2024-03-04T00:00:00Z");
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), "firebreak-detect-cli-"));
const TEXTS = ["my parcel never arrived, no reply from support", "thanks, all good", "where is my order?"];

// The contract's command as another tool runs it: a file of mentions in, alerts as JSON lines out.
describe("firebreak detect --replay", () => {
  const events = mergeByTime(
    backgroundMentions(
      { start: START, days: 9, perDay: 300, seed: 3, dailySigma: 0.15 },
      { negativeShare: 0.25, topicShare: { delivery: 0.2 } },
    ),
    burstMentions(START + 8 * DAY + 14 * 3_600_000, 60, 30, 4, "delivery"),
  );
  const lines = events.map((e, i) =>
    JSON.stringify({
      id: e.id,
      text: TEXTS[i % 3],
      created_at: e.at,
      sentiment: e.sentiment,
      topics: e.topics,
    }),
  );

  it("prints the wave's alerts in the contract's shape, newest-first files included", async () => {
    const file = join(dir, "mentions.jsonl");
    writeFileSync(file, `${[...lines].reverse().join("\n")}\n`);
    const res = await runCli(["detect", "--replay", file]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/not oldest first; replaying its \d+ lines sorted by created_at/);
    const alerts = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const wave = alerts.filter(
      (a) => String(a["at"]) >= new Date(START + 8 * DAY + 14 * 3_600_000).toISOString(),
    );
    expect(wave.some((a) => a["kind"] === "topic_spike" && a["topic"] === "delivery")).toBe(true);
    for (const a of alerts) {
      expect(["volume_spike", "negative_spike", "topic_spike"]).toContain(a["kind"]);
      expect(typeof a["observed"]).toBe("number");
      expect(typeof a["expected"]).toBe("number");
      expect(typeof a["score"]).toBe("number");
    }
  }, 60_000);

  it("stops quietly when its reader goes away (`| head -1`), without a stack trace", () => {
    const file = join(dir, "piped.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const err = join(dir, "piped.err");
    // Every phase of every episode: lines keep coming after head has read its one and gone.
    const status = execFileSync(
      "bash",
      [
        "-c",
        `node --import tsx src/cli/main.ts detect --replay "${file}" --all-phases --all-kinds 2>"${err}" | head -1 >/dev/null; echo \${PIPESTATUS[0]}`,
      ],
      { encoding: "utf8" },
    );
    expect(status.trim()).toBe("0");
    expect(readFileSync(err, "utf8")).toBe("");
  }, 60_000);

  // The alerts of the rest are the file's without the bad lines: replay.test.ts checks that in process.
  it("skips a bad line, naming it, and replays the rest; --strict stops at it", async () => {
    const file = join(dir, "bad.jsonl");
    const broken = [
      '{"id": 2, "text": "no time"}',
      "{not json",
      '{"id": 3, "text": "when?", "created_at": "soon"}',
    ];
    const rest = lines.slice(1, 40);
    writeFileSync(file, `${[lines[0], ...broken, ...rest].join("\n")}\n`);
    const [res, strict] = await Promise.all([
      runCli(["detect", "--replay", file]),
      runCli(["detect", "--replay", file, "--strict"]),
    ]);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain("detect: line 2: created_at");
    expect(res.stderr).toContain("detect: line 3: not valid JSON; skipped");
    expect(res.stderr).toContain("detect: line 4: created_at");
    expect(res.stderr).toContain(`detect: 3 lines skipped, ${rest.length + 1} replayed`);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe("");
    expect(strict.stderr).toMatch(/^firebreak detect: line 2: created_at/m);
  }, 60_000);

  it("names the lines of a timed file that carry only a date, instead of calling the whole file stamped to the day", async () => {
    const file = join(dir, "mixed-stamps.jsonl");
    const dated = ['{"id": "d1", "text": "late parcel", "created_at": "2024-03-04"}'];
    writeFileSync(file, `${[...dated, ...lines.slice(0, 30)].join("\n")}\n`);
    const res = await runCli(["detect", "--replay", file]);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(
      "detect: 1 line of the file carries a date without a time; those are tested as whole days",
    );
    expect(res.stderr).not.toContain("the file is stamped to the day");
  }, 60_000);

  it("fails with what to do when no line of the file can be replayed", async () => {
    const file = join(dir, "all-bad.jsonl");
    writeFileSync(file, 'id,text,created_at\n1,"late parcel",2024-03-04\n');
    const res = await runCli(["detect", "--replay", file]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("detect: 2 lines skipped, 0 replayed");
    expect(res.stderr).toContain(
      "firebreak detect: no line could be replayed; each needs {id, text, created_at}",
    );
  }, 60_000);

  it("reads the shop's clock with --zone, and refuses a zone that does not exist", async () => {
    const file = join(dir, "zone.jsonl");
    writeFileSync(file, `${lines[0]}\n`);
    const ok = await runCli(["detect", "--replay", file, "--zone", "europe/warsaw"]);
    expect(ok.code).toBe(0);
    const bad = await runCli(["detect", "--replay", file, "--zone", "Mars/Olympus"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'firebreak detect: --zone: "Mars/Olympus" is not an IANA time zone (e.g. Europe/Warsaw)',
    );
  }, 60_000);
});
