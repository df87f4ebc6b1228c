import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, apiTypes } from "../scripts/api-types.js";

describe("the dashboard's API types", () => {
  it("match the routes (regenerate with `npm run gen:api-types` and commit the result)", async () => {
    const committed = readFileSync(API_TYPES_FILE, "utf8");
    const current = await apiTypes();
    // Compared line by line so a failure names the first type that moved, not a 16,000-line blob.
    const a = committed.split("\n");
    const b = current.split("\n");
    const first = b.findIndex((line, i) => line !== a[i]);
    expect(
      first === -1 && a.length === b.length
        ? null
        : { line: first + 1, committed: a[first], current: b[first] },
      `${API_TYPES_FILE} is stale: run npm run gen:api-types`,
    ).toBeNull();
  }, 60_000);
});
