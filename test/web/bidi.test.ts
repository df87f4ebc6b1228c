import { describe, expect, it } from "vitest";
import { isolate as serverIsolate } from "../../src/core/text.js";
import { isolate } from "../../web/src/bidi.js";

/** The dashboard's plain-text isolate, where no `<bdi>` can go (an `<option>`, a value in a message). */
const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202E";

describe("isolate in the dashboard", () => {
  it("leaves text that moves nothing as it is, and isolates Hebrew or a direction control", () => {
    expect(isolate("ola@example.com")).toBe("ola@example.com");
    expect(isolate("דנה@example.com")).toBe(`${FSI}דנה@example.com${PDI}`);
    expect(isolate(`${RLO}Ola`)).toBe(`${FSI}${RLO}Ola${PDI}`);
  });

  it("drops a stray closer that would end ours early, and closes an isolate the text left open", () => {
    expect(isolate(`a${PDI}b${RLO}`)).toBe(`${FSI}ab${RLO}${PDI}`);
    expect(isolate(`${FSI}תשלומים`)).toBe(`${FSI}${FSI}תשלומים${PDI}${PDI}`);
  });

  it("isolates what the server's isolate does (mails, feeds), so both read alike", () => {
    for (const s of ["Ola", "חנות 24", "متجر", `x${RLO}y`, "24/7 Support"])
      expect(isolate(s).startsWith(FSI), s).toBe(serverIsolate(s).startsWith(FSI));
  });
});
