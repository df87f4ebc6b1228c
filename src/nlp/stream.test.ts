import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyLine, classifyStream } from "./stream.js";

describe("classifyLine", () => {
  it("classifies a line and keeps its id", () => {
    const out = JSON.parse(classifyLine('{"id": 17, "text": "Paczka nie dotarła, kurier ją zgubił"}'));
    expect(out).toMatchObject({ id: 17, language: "pl", sentiment: "negative", complaint: true });
    expect(out.topics).toContain("delivery");
    expect(typeof out.score).toBe("number");
  });

  it("reports bad lines with their id", () => {
    expect(JSON.parse(classifyLine("not json"))).toEqual({ id: null, error: "not valid JSON" });
    expect(JSON.parse(classifyLine('{"id": "a"}'))).toEqual({ id: "a", error: "missing text" });
    expect(JSON.parse(classifyLine('{"id": 2, "text": 5}'))).toEqual({ id: 2, error: "missing text" });
    expect(JSON.parse(classifyLine("[1,2]")).error).toBeTruthy();
  });

  it("reads a text its words leave undecided in the shop's languages (--languages)", () => {
    const line = '{"id": 3, "text": "Ware kaputt"}';
    expect(JSON.parse(classifyLine(line)).language).toBe("und");
    expect(JSON.parse(classifyLine(line, ["de", "en"]))).toMatchObject({
      language: "de",
      sentiment: "negative",
    });
    const english = '{"id": 4, "text": "My order never arrived and support ignores me"}';
    expect(JSON.parse(classifyLine(english, ["de", "en"])).language).toBe("en");
  });

  it("honours a given language", () => {
    expect(JSON.parse(classifyLine('{"id": 1, "text": "ok", "language": "de"}')).language).toBe("de");
  });
});

describe("classifyStream", () => {
  it("writes one line per input line, in order, across many lines", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString()));
    const done = classifyStream(input, output);
    const n = 5000;
    for (let i = 0; i < n; i++)
      input.write(i % 7 === 3 ? "{broken\n" : `${JSON.stringify({ id: i, text: `order ${i} late` })}\r\n`);
    input.end();
    const counts = await done;
    const lines = chunks.join("").trimEnd().split("\n");
    expect(counts.lines).toBe(n);
    expect(lines).toHaveLength(n);
    expect(JSON.parse(lines[0] as string).id).toBe(0);
    expect(JSON.parse(lines[3] as string).error).toBeTruthy();
    expect(JSON.parse(lines[n - 1] as string).id).toBe(n - 1);
  });
});

describe("classify command", () => {
  it("runs as a process: stdin JSON lines to stdout JSON lines", async () => {
    const entry = fileURLToPath(new URL("./test-cli-entry.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", entry, "classify", "--quiet"]);
    let stdout = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stdin.end(
      '{"id":1,"text":"Great shop, thanks!"}\nnope\n{"id":3,"text":"Le colis est arrivé cassé"}\n',
    );
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, sentiment: "positive" });
    expect(lines[1]).toMatchObject({ id: null, error: "not valid JSON" });
    expect(lines[2]).toMatchObject({ id: 3, language: "fr", complaint: true });
  }, 30_000);
});
