import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type ImportRecord, readMentions } from "./import.js";

const read = async (text: string | Buffer[]) => {
  const out: ImportRecord[] = [];
  const input = Readable.from(typeof text === "string" ? [text] : text);
  for await (const r of readMentions(input, { format: "csv" })) out.push(r);
  return out;
};
/** The text in 1,000-byte chunks, as a file stream hands a file over. */
const chunked = (text: string) => {
  const buf = Buffer.from(text);
  return Array.from({ length: Math.ceil(buf.length / 1000) }, (_, i) =>
    buf.subarray(i * 1000, i * 1000 + 1000),
  );
};
const items = (rs: ImportRecord[]) => rs.flatMap((r) => ("item" in r ? [r.item] : []));

describe("a CSV written by a spreadsheet or a tool in another locale", () => {
  it("reads a semicolon file with German headers, a quoted ';' and day-first dates", async () => {
    const rs = await read(
      '\uFEFFDatum;Autor;Beitrag;Sterne\r\n05.03.2024 14:22;Anna;"Paket beschädigt; sehr ärgerlich";1\r\n06/03/2024;Jan;Alles super;5\r\n',
    );
    const got = items(rs);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ author: "Anna", text: "Paket beschädigt; sehr ärgerlich", rating: 1 });
    expect(got[0]?.created_at).toBe("2024-03-05T14:22:00.000Z");
    // No date in the head says which comes first: a ";" file is a European spreadsheet's, day first.
    expect(got[1]?.created_at).toBe("2024-03-06T00:00:00.000Z");
  });

  it("reads a tab-separated export with Polish headers", async () => {
    const got = items(
      await read("Data\tTreść\tŹródło\tZasięg\n2024-03-05 10:00\tPaczka nie dotarła\tfacebook\t1200\n"),
    );
    expect(got[0]).toMatchObject({ text: "Paczka nie dotarła", source: "facebook", author_followers: 1200 });
  });

  it("takes the order of slashed dates from the file's own dates, not the delimiter", async () => {
    const fr = items(await read("date,texte\n25/02/2024,Colis perdu\n05/03/2024,Toujours rien\n"));
    expect(fr.map((i) => i.created_at)).toEqual(["2024-02-25T00:00:00.000Z", "2024-03-05T00:00:00.000Z"]);
    const us = items(await read("date;text\n02/25/2024;Lost parcel\n03/05/2024;Still nothing\n"));
    expect(us.map((i) => i.created_at)).toEqual(["2024-02-25T00:00:00.000Z", "2024-03-05T00:00:00.000Z"]);
    const plain = items(await read("date,text\n03/05/2024,Lost parcel\n"));
    expect(plain[0]?.created_at).toBe("2024-03-05T00:00:00.000Z");
  });

  it("finds the dialect when the part it reads ends inside a quoted post with line breaks", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `06/03/2024;Post ${i}`);
    const head = `Datum;Beitrag\n${rows.join("\n")}\n`;
    // A post with line breaks that starts before the 64 KB the dialect is read from and ends after it.
    const text = `${head}06/03/2024;"${"Paket beschädigt.\n".repeat(300)}"\n`;
    expect(Buffer.byteLength(head)).toBeLessThan(64 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    const got = items(await read(chunked(text)));
    expect(got).toHaveLength(3001);
    // Read as ";" with day-first dates, not as one column under ","'s default.
    expect(got[3000]?.created_at).toBe("2024-03-06T00:00:00.000Z");
  });

  it("keeps every row of a file longer than the part read to find its dialect", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i};2024-03-05 10:00;Zamówienie ${i} nie dotarło`);
    const text = `id;data;treść\n${rows.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(64 * 1024);
    // Cut into small chunks, as a file stream hands it over: one cut lands inside a multi-byte letter.
    const got = items(await read(chunked(text)));
    expect(got).toHaveLength(3000);
    expect(got[2999]).toMatchObject({ external_id: "2999", text: "Zamówienie 2999 nie dotarło" });
  });
});
