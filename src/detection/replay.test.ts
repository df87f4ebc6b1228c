import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../nlp/index.js";
import { DetectionEngine } from "./detectors/engine.js";
import { toMentionEvent } from "./detectors/mention.js";
import { backgroundMentions, burstMentions, mergeByTime } from "./detectors/synthetic.js";
import type { Alert, MentionEvent } from "./detectors/types.js";
import { ReplayLineError, replayFile, replayLines, toReplayLine } from "./replay.js";

const START = Date.parse("2024-03-04T00:00:00Z");
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), "firebreak-replay-"));

async function collect(it: AsyncIterable<Alert>): Promise<Alert[]> {
  const out: Alert[] = [];
  for await (const a of it) out.push(a);
  return out;
}

const events = mergeByTime(
  backgroundMentions(
    { start: START, days: 10, perDay: 300, seed: 21, dailySigma: 0.15 },
    {
      negativeShare: 0.3,
      topicShare: { delivery: 0.15, customer_service: 0.2 },
      sources: ["twitter", "reviews"],
    },
  ),
  burstMentions(START + 7 * DAY + 15 * 3_600_000, 60, 30, 22, "delivery", "twitter"),
);

const asLine = (e: MentionEvent) =>
  JSON.stringify({
    id: e.id,
    text: "synthetic",
    created_at: e.at,
    source: e.source,
    sentiment: e.sentiment,
    topics: e.topics,
  });

describe("replay", () => {
  const file = join(dir, "mentions.jsonl");
  writeFileSync(file, `${events.map(asLine).join("\n")}\n`);

  it("raises exactly what the live path raises when fed the same mentions with timer ticks", async () => {
    const replayed = await collect(replayFile(file, { allPhases: true, allKinds: true }));
    const live = new DetectionEngine();
    const got: Alert[] = [];
    let tick = START;
    for (const e of events) {
      const t = Date.parse(e.at);
      // A one-minute timer, as the live service would run.
      while (tick + 60_000 <= t) {
        tick += 60_000;
        got.push(...live.advance(tick));
      }
      // The replay reads the text from the file; an alert quotes it.
      got.push(...live.push({ ...e, text: "synthetic" }));
    }
    const last = Date.parse(events[events.length - 1]?.at ?? "");
    got.push(...live.advance(Math.floor(last / 300_000) * 300_000 + 300_000));
    expect(replayed.length).toBeGreaterThan(2);
    expect(replayed).toEqual(got);
  });

  it("prints only the opening alert of spike episodes in the contract's shape", async () => {
    const lines = (await collect(replayFile(file))).map((a) => toReplayLine(a));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(["volume_spike", "negative_spike", "topic_spike"]).toContain(l["kind"]);
      expect(Object.keys(l).filter((k) => !["topic", "source"].includes(k))).toEqual([
        "at",
        "kind",
        "observed",
        "expected",
        "score",
      ]);
      expect(String(l["at"])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
    }
    expect(lines.some((l) => l["kind"] === "topic_spike" && l["topic"] === "delivery")).toBe(true);
  });

  it("prints one line for a rise that several series see, and every series' opening with --all-phases", async () => {
    const contract = await collect(replayFile(file));
    const all = (await collect(replayFile(file, { allPhases: true }))).filter((a) => a.phase === "open");
    const wave = (a: Alert) => a.kind === "topic_spike" && a.topic === "delivery";
    // The wave is on one source: the overall and that source's topic series both open.
    expect(new Set(all.filter(wave).map((a) => a.series))).toEqual(
      new Set(["topic:delivery", "topic:delivery|src:twitter"]),
    );
    expect(contract.filter(wave)).toHaveLength(1);
    expect(contract.filter(wave)[0]).toEqual(all.filter(wave)[0]);
    expect(contract.length).toBeLessThan(all.length);
  });

  it("names the bad line", async () => {
    const lines = [asLine(events[0] as MentionEvent), "{not json", asLine(events[1] as MentionEvent)];
    await expect(collect(replayLines(lines))).rejects.toThrow(new ReplayLineError(2, "not valid JSON"));
    const noTime = JSON.stringify({ id: 1, text: "x" });
    await expect(collect(replayLines([noTime]))).rejects.toThrow(/^line 1: created_at/);
  });

  it("with onBadLine, skips a bad line and raises what the file without it raises", async () => {
    const good = events.map(asLine);
    const bad = ['{"id": 1, "text": "x"}', "{not json", '{"id": 2, "text": "x", "created_at": "soon"}'];
    const mixed = [good[0] as string, ...bad, ...good.slice(1)];
    const skipped: ReplayLineError[] = [];
    let replayed = 0;
    const got = await collect(
      replayLines(mixed, {
        allPhases: true,
        onBadLine: (e) => skipped.push(e),
        onDone: (n) => (replayed = n),
      }),
    );
    const want = await collect(replayLines(good, { allPhases: true }));
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
    expect(skipped.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(replayed).toBe(good.length);
  });

  it("counts a line repeated in the file once, as the live store keeps one mention per source and id", async () => {
    const once = await collect(replayLines(events.map(asLine), { allPhases: true }));
    const twice = await collect(
      replayLines(
        events.flatMap((e) => [asLine(e), asLine(e)]),
        { allPhases: true },
      ),
    );
    expect(once.length).toBeGreaterThan(2);
    expect(twice).toEqual(once);
  });

  it("sorts a file that is not oldest first, and still names a bad line by its number in the file", async () => {
    const newestFirst = join(dir, "newest-first.jsonl");
    writeFileSync(newestFirst, `${[...events].reverse().map(asLine).join("\n")}\n`);
    let sorted = 0;
    const alerts = await collect(replayFile(newestFirst, { onSorted: (n) => (sorted = n) }));
    expect(sorted).toBe(events.length);
    expect(alerts.map((a) => [a.at, a.kind, a.series])).toEqual(
      (await collect(replayFile(file))).map((a) => [a.at, a.kind, a.series]),
    );
    const bad = join(dir, "bad-unsorted.jsonl");
    const lines = [
      asLine(events[5] as MentionEvent),
      asLine(events[4] as MentionEvent),
      '{"id":1,"text":"x"}',
    ];
    writeFileSync(bad, `${lines.join("\n")}\n`);
    await expect(collect(replayFile(bad))).rejects.toThrow(/^line 3: created_at/);
  });

  it("reads created_at as exports write it: no offset is UTC, an offset after a space, epoch seconds", async () => {
    const at = ["2024-03-04T10:00:00", "2024-03-04 11:00:00 +0100", "1709550000"];
    const lines = at.map((created_at, i) => JSON.stringify({ id: i, text: "late parcel", created_at }));
    const alerts = await collect(replayLines(lines, { allKinds: true, allPhases: true }));
    expect(alerts).toEqual([]);
    const shifted = JSON.stringify({ id: 9, text: "x", created_at: "2024-03-04T10:00:00" });
    await expect(collect(replayLines([lines[0] as string, shifted]))).resolves.toEqual([]);
    await expect(
      collect(replayLines([JSON.stringify({ id: 1, text: "x", created_at: "soon" })])),
    ).rejects.toThrow(/^line 1: created_at/);
  });

  it("reads a JSON array export as its items, and names a broken one", async () => {
    const array = join(dir, "export.json");
    writeFileSync(array, `\uFEFF[\n${events.map(asLine).join(",\n")}\n]\n`);
    const asLines = (await collect(replayFile(file))).map((a) => toReplayLine(a));
    expect(asLines.length).toBeGreaterThan(0);
    expect((await collect(replayFile(array))).map((a) => toReplayLine(a))).toEqual(asLines);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '[{"id": 1, "text": "x"');
    await expect(collect(replayFile(broken))).rejects.toThrow(/^line 1: .*JSON array.*give JSON lines/);
  });

  it("reads an export in its own names as the importer does (tweet_id, content, timestamp, epoch numbers)", async () => {
    const theirs = join(dir, "their-names.jsonl");
    const epoch = (at: string) => Date.parse(at) / 1000;
    const rows: Record<string, unknown>[] = events.map((e, i) => {
      const { id, text, created_at, ...rest } = JSON.parse(asLine(e)) as Record<string, unknown>;
      return i % 2 === 0
        ? { tweet_id: id, content: text, timestamp: created_at, ...rest }
        : { "Post ID": id, Inhalt: text, Datum: epoch(String(created_at)), ...rest };
    });
    writeFileSync(
      theirs,
      `${[...rows]
        .reverse()
        .map((r) => JSON.stringify(r))
        .join("\n")}\n`,
    );
    const want = (await collect(replayFile(file))).map((a) => toReplayLine(a));
    expect(want.length).toBeGreaterThan(0);
    let sorted = 0;
    const got = await collect(replayFile(theirs, { onSorted: (n) => (sorted = n) }));
    expect(sorted).toBe(events.length);
    expect(got.map((a) => toReplayLine(a))).toEqual(want);
    // Without an id of any name each line is its own mention, named by its line number.
    const noIds = rows.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => k !== "tweet_id" && k !== "Post ID")),
    );
    const anonymous = join(dir, "no-ids.jsonl");
    writeFileSync(anonymous, `${noIds.map((r) => JSON.stringify(r)).join("\n")}\n`);
    expect((await collect(replayFile(anonymous))).map((a) => toReplayLine(a))).toEqual(want);
  });

  it("fails on a missing file", async () => {
    await expect(collect(replayFile(join(dir, "nope.jsonl")))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("mentions in", () => {
  it("keeps given labels and classifies only what is missing", () => {
    const text = "My parcel never arrived and nobody answers, terrible";
    const labelled = toMentionEvent({
      id: 1,
      text,
      created_at: "2024-03-04T10:00:00Z",
      sentiment: "positive",
      topics: [],
    });
    expect(labelled).toMatchObject({ id: "1", sentiment: "positive", topics: [] });
    const raw = toMentionEvent({ id: 2, text, created_at: "2024-03-04T10:00:00Z" });
    const c = classify({ text });
    expect(raw.sentiment).toBe(c.sentiment);
    expect(raw.topics).toEqual(c.topics);
  });
});
