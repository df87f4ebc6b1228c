import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { colon, setFormatLocale } from "../../web/src/format.js";

const SRC = fileURLToPath(new URL("../../web/src/", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
// `Name: value` header lines (monitors' request headers) are HTTP's syntax, not a sentence; the API's
// types are generated.
const SKIP = /form-values\.ts$|schema\.d\.ts$/;

/**
 * The dashboard's code joins a label to a value in a few places ("Role: admin", a chart's text
 * alternative, paging lines). French sets a narrow no-break space before the colon, as the catalogue's
 * own messages now do (test/french-punctuation-team.test.ts): those joins go through `colon()`.
 */
describe("labels joined in the dashboard's code", () => {
  it("colon() follows the interface language", () => {
    setFormatLocale("fr");
    expect(colon()).toBe("\u202f:");
    setFormatLocale("pl");
    expect(colon()).toBe(":");
    setFormatLocale("en");
  });

  it("no label is joined to its value with a bare colon", () => {
    // A template's "}: ${", JSX's "}:{" "}" or "}: {value}" (a type annotation "}: { a: T }" has a space).
    const bare = /\}: \$\{|\}:\{" "\}|\}: \{[A-Za-z(]|`: “/;
    const found = files(SRC)
      .filter((f) => !SKIP.test(f))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .map((line, i) => [`${f.slice(SRC.length)}:${i + 1}`, line] as const)
          .filter(
            ([, line]) => bare.test(line) && !line.trim().startsWith("//") && !line.trim().startsWith("*"),
          ),
      )
      .map(([where]) => where);
    // On the old code: Chart.tsx (2), MentionDetail.tsx (2), Paging.tsx (3), AlertCards.tsx, ActionItems.tsx,
    // ReportsPage.tsx, ProfileCard.tsx, ToneRemarks.tsx, Translations.tsx.
    expect(found).toEqual([]);
  });
});
