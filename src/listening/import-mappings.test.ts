import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type ImportRecord, parseMap, readMentions, withHour } from "./import.js";
import { languageCode } from "./import-languages.js";

async function read(text: string, format: "csv" | "jsonl", map: Record<string, string> = {}) {
  const out: ImportRecord[] = [];
  for await (const r of readMentions(Readable.from([text]), { format, map })) out.push(r);
  return out.map((r) => ("item" in r ? r.item : r));
}

describe("import mappings", () => {
  it("language names in the six languages and English become ISO codes", () => {
    expect(
      ["German", "polski", "Deutsch", "niemiecki", "allemand", "Tedesco", "alemán"].map(languageCode),
    ).toEqual(["de", "pl", "de", "de", "de", "de", "de"]);
    expect(languageCode("pt-BR")).toBe("pt");
    expect(languageCode("ge")).toBeNull();
    expect(languageCode("Klingon")).toBeNull();
  });

  it("a date and an hour in two columns make one time", () => {
    expect(withHour("2024-05-10", "14:05")).toBe("2024-05-10T14:05:00Z");
    expect(withHour("2024-05-10", "2 PM")).toBe("2024-05-10T14:00:00Z");
    expect(withHour("2024-05-10 09:00", "14:05")).toBe("2024-05-10 09:00");
    expect(withHour("", "2024-05-10T14:05:00Z")).toBe("2024-05-10T14:05:00Z");
  });

  it("Brand24: Date and Hour columns, Author, Reach, Language names", async () => {
    const csv = `ID,Title,Content,Date,Hour,Url,Author,Reach,Source,Language\n1,,Where is my parcel??,2024-05-10,14:05,https://x.test/1,kasia_k,"12,300",twitter,Polish\n`;
    const [m] = await read(csv, "csv");
    expect(m).toMatchObject({
      external_id: "1",
      created_at: "2024-05-10T14:05:00.000Z",
      author: "kasia_k",
      author_followers: 12300,
      source: "twitter",
      language: "pl",
    });
  });

  it("Meltwater, Talkwalker, Mention and Brandwatch author, reach and source-type columns", async () => {
    const meltwater = `Date,Time,Headline,Hit Sentence,Influencer,Twitter Screen Name,Reach,Source Type,Language\n10-May-2024,09:30AM,,Terrible service,Jan K,@jank,1.2K,Twitter,German\n`;
    expect((await read(meltwater, "csv"))[0]).toMatchObject({
      author: "Jan K",
      author_followers: 1200,
      source: "Twitter",
      language: "de",
    });
    const talkwalker = `url,published,title,content,author_name,reach,source_type,lang\nhttps://t.test/1,2024-05-10T08:00:00Z,,Zamówienie nie dotarło,ola,540,SOCIALMEDIA_TWITTER,pl\n`;
    expect((await read(talkwalker, "csv"))[0]).toMatchObject({
      author: "ola",
      author_followers: 540,
      source: "SOCIALMEDIA_TWITTER",
    });
    const brandwatch = `Query Id,Date,Title,Url,Full Text,Author,Twitter Followers,Page Type,Language\n9,2024-05-10 10:00:00.0,,https://b.test/1,Late again,anna,300,twitter,en\n`;
    expect((await read(brandwatch, "csv"))[0]).toMatchObject({
      author: "anna",
      author_followers: 300,
      source: "twitter",
    });
  });

  it("Trustpilot-shaped JSON: nested author, rating, date and link", async () => {
    const line = JSON.stringify({
      id: "tp-1",
      title: "Never again",
      text: "My order arrived broken and nobody answers.",
      rating: 1,
      language: "en",
      createdAt: "2024-05-10T12:00:00Z",
      consumer: { id: "c1", displayName: "Mark T." },
      links: [{ href: "https://www.trustpilot.com/reviews/tp-1", rel: "self" }],
    });
    expect((await read(`${line}\n`, "jsonl"))[0]).toMatchObject({
      external_id: "tp-1",
      author: "Mark T.",
      rating: 1,
      created_at: "2024-05-10T12:00:00.000Z",
      url: "https://www.trustpilot.com/reviews/tp-1",
      text: "Never again — My order arrived broken and nobody answers.",
    });
  });

  it("Google-review-shaped JSON: reviewer, starRating words, comment", async () => {
    const line = JSON.stringify({
      reviewId: "g-1",
      reviewer: { displayName: "Lena" },
      starRating: "TWO",
      comment: "Slow delivery.",
      createTime: "2024-05-09T08:00:00Z",
    });
    expect((await read(`${line}\n`, "jsonl"))[0]).toMatchObject({
      external_id: "g-1",
      author: "Lena",
      rating: 2,
      created_at: "2024-05-09T08:00:00.000Z",
    });
  });

  it("--map takes dotted paths for nested JSON, in either order", async () => {
    const map = parseMap("author=profile.handle,body.value=text");
    expect(map).toEqual({ "profile.handle": "author", "body.value": "text" });
    const line = JSON.stringify({ key: "n1", profile: { handle: "@zed" }, body: { value: "Refund please" } });
    expect((await read(`${line}\n`, "jsonl", map))[0]).toMatchObject({
      author: "@zed",
      text: "Refund please",
    });
    expect(() => parseMap("who=nothing")).toThrow(/--map/);
  });
});
