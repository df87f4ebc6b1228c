import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and leaves plain cells bare", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", "plain", 7, null]])).toBe(
      `"a,b","say ""hi""","two\nlines",plain,7,\n`,
    );
  });

  it("defuses cells that start like a formula, but not negative numbers", () => {
    expect(toCsv([["=HYPERLINK(1)", "+1", "-x", "@me", -5]])).toBe(
      `"'=HYPERLINK(1)","'+1","'-x","'@me",-5\n`,
    );
  });

  it("ends records with CRLF when asked", () => {
    expect(toCsv([["a"], ["b"]], { eol: "\r\n" })).toBe("a\r\nb\r\n");
  });
});
