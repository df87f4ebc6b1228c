import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { classify, setSentimentModel } from "./index.js";
import { modelFromJson, modelToJson } from "./model.js";
import { type LabelledText, parseLabelled, trainModel } from "./train.js";

// Made-up shop slang that no lexicon knows: only a model trained on it can learn what it means.
function labelled(): LabelledText[] {
  const rows: LabelledText[] = [];
  const things = ["parcel", "order", "jacket", "shoes", "phone case", "lamp", "mug", "the shop", "the app"];
  for (let i = 0; i < 90; i++) {
    const t = things[i % things.length];
    rows.push({ text: `${t} was totally glorpy, week ${i}`, label: "negative", language: "en" });
    rows.push({ text: `my ${t} is so zingly, week ${i}`, label: "positive", language: "en" });
    rows.push({ text: `${t} shipped on tuesday, week ${i}`, label: "neutral", language: "en" });
  }
  return rows;
}

afterEach(() => setSentimentModel(null));

describe("trained sentiment model", () => {
  it("learns words the lexicons do not know, and only when used", () => {
    const model = trainModel(labelled());
    expect(model.languages.has("en")).toBe(true);
    expect(classify({ text: "the kettle was glorpy" }).sentiment).toBe("neutral");
    setSentimentModel(model);
    expect(classify({ text: "the kettle was glorpy" }).sentiment).toBe("negative");
    expect(classify({ text: "the kettle was glorpy" }).score).toBeLessThan(0);
    expect(classify({ text: "the kettle is zingly" }).sentiment).toBe("positive");
    setSentimentModel(null);
    expect(classify({ text: "the kettle was glorpy" }).sentiment).toBe("neutral");
  });

  it("leaves languages it was not trained on to the lexicons", () => {
    setSentimentModel(trainModel(labelled()));
    const c = classify({ text: "Paczka nie dotarła, kurier ją zgubił" });
    expect(c.language).toBe("pl");
    expect(c.sentiment).toBe("negative");
    expect(c.topics).toContain("delivery");
  });

  it("still lets a star rating speak", () => {
    setSentimentModel(trainModel(labelled()));
    expect(classify({ text: "the lamp shipped on tuesday", rating: 1 }).sentiment).toBe("negative");
    expect(classify({ text: "the lamp shipped on tuesday", rating: 5 }).sentiment).toBe("positive");
  });

  it("survives a round trip through its JSON file", () => {
    const model = trainModel(labelled(), { trainedOn: "unit test" });
    const again = modelFromJson(modelToJson(model));
    expect(again.trainedOn).toBe("unit test");
    setSentimentModel(model);
    const a = classify({ text: "the mug was glorpy and late" });
    setSentimentModel(again);
    const b = classify({ text: "the mug was glorpy and late" });
    expect(b.sentiment).toBe(a.sentiment);
    expect(Math.abs(b.score - a.score)).toBeLessThan(0.01);
  });

  it("rejects files that are not models, saying why", () => {
    expect(() => modelFromJson('{"format":"other","languages":{}}')).toThrow(/firebreak-sentiment/);
    expect(() =>
      modelFromJson('{"format":"firebreak-sentiment/1","languages":{"en":{"bias":[1,2],"weights":{}}}}'),
    ).toThrow(/bias/);
    expect(() =>
      modelFromJson(
        '{"format":"firebreak-sentiment/1","languages":{"en":{"bias":[0,0,0],"weights":{"u:x":[1,"a",2]}}}}',
      ),
    ).toThrow(/u:x/);
  });

  it("reads labelled JSON lines, reporting bad lines by number", () => {
    const { rows, skipped } = parseLabelled(
      [
        '{"text":"good","label":"positive","language":"en"}',
        "nope",
        '{"text":"meh","label":"bad"}',
        '{"label":"negative"}',
        "",
        '{"text":"zle","label":"negative"}',
      ].join("\n"),
      "pl",
    );
    expect(rows).toEqual([
      { text: "good", label: "positive", language: "en" },
      { text: "zle", label: "negative", language: "pl" },
    ]);
    expect(skipped).toEqual([
      "line 2: not valid JSON",
      "line 3: label: must be one of negative, neutral, positive, ambiguous",
      "line 4: text: missing",
    ]);
  });
});

describe("classify --train and --model", () => {
  const entry = fileURLToPath(new URL("./test-cli-entry.ts", import.meta.url));
  const run = async (args: string[], stdin = "", env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, "classify", ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdin.end(stdin);
    const code = await new Promise<number | null>((r) => child.on("close", r));
    return { code, stdout, stderr };
  };

  it("trains a model file and classifies with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-nlp-"));
    const data = join(dir, "labelled.jsonl");
    const modelFile = join(dir, "model.json");
    writeFileSync(
      data,
      `${labelled()
        .map((r) => JSON.stringify(r))
        .join("\n")}\n{broken\n`,
    );
    const t = await run(["--train", data, "--out", modelFile]);
    expect(t.code).toBe(0);
    expect(t.stderr).toContain("line 271: not valid JSON");
    expect(JSON.parse(readFileSync(modelFile, "utf8")).format).toBe("firebreak-learned/1");
    expect(t.stderr).toMatch(/en: 270 labels; macro-F1 [\d.]+ against shipped [\d.]+; learnt/);
    const c = await run(["--quiet", "--model", modelFile], '{"id":1,"text":"the kettle was glorpy"}\n');
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout.trim())).toMatchObject({ id: 1, sentiment: "negative" });
    const bad = await run(["--model", join(dir, "missing.json")], "");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("missing.json");
    // The same model through the environment, as the server and workers read it.
    const line = '{"id":2,"text":"the kettle was glorpy"}\n';
    const viaEnv = await run(["--quiet"], line, { FIREBREAK_NLP_MODEL: modelFile });
    expect(JSON.parse(viaEnv.stdout.trim())).toMatchObject({ id: 2, sentiment: "negative" });
    // A broken model file is reported and the lexicons carry on.
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{nope");
    const fallback = await run(["--quiet"], line, { FIREBREAK_NLP_MODEL: broken });
    expect(fallback.code).toBe(0);
    expect(fallback.stderr).toContain("broken.json");
    expect(JSON.parse(fallback.stdout.trim())).toMatchObject({ id: 2, sentiment: "neutral" });
  }, 120_000);
});
