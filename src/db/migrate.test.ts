import { describe, expect, it } from "vitest";
import { raceOfOtherSchema } from "./migrate.js";

// Kysely introspects every schema; a test file dropping its schema at that moment fails another's
// migration with an error about a table that is not its own (seen in CI on PostgreSQL).
describe("a migration that met another schema being dropped", () => {
  const ours = "t_ours";
  it("is tried again when the error is about someone else's schema or table, before any migration ran", () => {
    expect(raceOfOtherSchema(new Error('schema "t_other" does not exist'), undefined, ours)).toBe(true);
    const column = new Error('column "name" of relation "firebreak_migrations" does not exist');
    expect(raceOfOtherSchema(column, undefined, ours)).toBe(true);
    expect(raceOfOtherSchema(column, [{ status: "NotExecuted" }], ours)).toBe(true);
  });
  it("is not tried again when our own schema is gone or a migration itself failed", () => {
    expect(raceOfOtherSchema(new Error('schema "t_ours" does not exist'), undefined, ours)).toBe(false);
    const column = new Error('column "name" of relation "firebreak_migrations" does not exist');
    expect(raceOfOtherSchema(column, [{ status: "Success" }, { status: "Error" }], ours)).toBe(false);
    expect(raceOfOtherSchema(new Error("syntax error at or near"), undefined, ours)).toBe(false);
  });
});
