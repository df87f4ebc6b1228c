import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseCount } from "../core/counts.js";
import { parseDate } from "../core/dates.js";
import { mapHeader, parseMap, readMentions } from "./import.js";

const collect = async (text: string, opts: Parameters<typeof readMentions>[1]) => {
  const out = [];
  for await (const r of readMentions(Readable.from([text]), opts)) out.push(r);
  return out;
};

describe("import", () => {
  it("recognises the column names of the big listening tools", () => {
    const bw = mapHeader([
      "Query Id",
      "Date",
      "Title",
      "Url",
      "Author",
      "Full Text",
      "Twitter Followers",
      "Resource Id",
    ]);
    expect(Object.fromEntries(bw ?? [])).toMatchObject({
      text: 5,
      created_at: 1,
      title: 2,
      url: 3,
      author: 4,
      external_id: 7,
    });
    const tw = mapHeader(["published", "content", "url", "author_name", "reach"]);
    expect(Object.fromEntries(tw ?? [])).toMatchObject({
      text: 1,
      created_at: 0,
      url: 2,
      author: 3,
      author_followers: 4,
    });
    const sprout = mapHeader(["Date", "Network", "Profile", "Message", "Link"]);
    expect(Object.fromEntries(sprout ?? [])).toMatchObject({ text: 3, source: 1, author: 2, url: 4 });
    const mw = mapHeader(["Date", "Headline", "URL", "Hit Sentence", "Author/Username", "Reach"]);
    expect(Object.fromEntries(mw ?? [])).toMatchObject({ text: 3, title: 1, author: 4 });
    expect(mapHeader(["Report:", "Acme"])).toBeNull();
    expect(
      Object.fromEntries(mapHeader(["Body Copy", "Who"], parseMap("Body Copy=text,Who=author")) ?? []),
    ).toEqual({
      text: 0,
      author: 1,
    });
    expect(() => parseMap("x=nonsense")).toThrow(/field one of/);
  });

  it("reads dates and counts as exports write them", () => {
    expect(parseDate("2024-01-15 10:23:45.0")).toBe("2024-01-15T10:23:45.000Z");
    expect(parseDate("15-Jan-2024 10:23PM")).toBe("2024-01-15T22:23:00.000Z");
    expect(parseDate("1705314225")).toBe("2024-01-15T10:23:45.000Z");
    expect(parseDate("2024-01-15T10:23:45+01:00")).toBe("2024-01-15T09:23:45.000Z");
    expect(parseCount("12,345")).toBe(12345);
    expect(parseCount("1.2K")).toBe(1200);
    expect(parseCount("n/a")).toBeUndefined();
  });

  it("skips a report preamble, keeps good rows and reports bad ones with their line", async () => {
    const csv = [
      "Report:,Acme",
      "",
      "Date,Url,Author,Full Text,Resource Id",
      '2024-01-15 10:00:00.0,https://t/1,anna,"Parcel lost, ""again""",r1',
      "2024-01-15 11:00:00.0,https://t/2,bob,,r2",
      'nonsense,https://t/3,cy,"multi',
      'line",r3',
      "2024-01-15 12:00:00.0,https://t/4,dee,Fine shop,",
    ].join("\n");
    const rows = await collect(csv, { format: "csv", source: "bw" });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      line: 4,
      item: { source: "bw", external_id: "r1", text: 'Parcel lost, "again"' },
    });
    expect(rows[1]).toEqual({ line: 5, error: "text: the text is empty" });
    expect(rows[2]).toMatchObject({ line: 7 });
    expect(rows[2] && "error" in rows[2] ? rows[2].error : "").toMatch(/^created_at/);
    // No id column value: the url stands in, so a second import of the file doubles nothing.
    expect(rows[3]).toMatchObject({ item: { external_id: "https://t/4" } });
  });

  it("reads JSON lines with native or export field names", async () => {
    const jsonl = [
      '{"id": 1, "text": "Refund never came", "created_at": "2024-03-01T10:00:00Z", "source": "reviews"}',
      "not json",
      '{"Message": "Checkout is down", "Link": "https://x/1", "Date": "2024-03-01 11:00:00"}',
    ].join("\n");
    const rows = await collect(jsonl, { format: "jsonl" });
    expect(rows[0]).toMatchObject({ line: 1, item: { source: "reviews", external_id: "1" } });
    expect(rows[1]).toEqual({ line: 2, error: "not valid JSON" });
    expect(rows[2]).toMatchObject({
      line: 3,
      item: { source: "import", url: "https://x/1", text: "Checkout is down" },
    });
  });

  it("streams: retained memory stays flat over 100,000 generated rows", async () => {
    // A real collection between checkpoints, so what is measured is what the reader keeps, not garbage.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const N = 100_000;
    function* gen() {
      yield "Date,Url,Author,Full Text,Resource Id\n";
      for (let i = 0; i < N; i++) {
        yield `2024-01-15 10:00:00.0,https://t/${i},user${i},"Row ${i} says the parcel from Acme is late again and again",r${i}\n`;
      }
    }
    const retained = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    let n = 0;
    let early = 0;
    for await (const r of readMentions(Readable.from(gen()), { format: "csv" })) {
      if ("item" in r) n++;
      if (n === 10_000) early = retained();
    }
    const late = retained();
    expect(n).toBe(N);
    // Holding 90,000 more rows would retain well over 20 MB.
    expect(late - early).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});
