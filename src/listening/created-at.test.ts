import { afterEach, describe, expect, it } from "vitest";
import { mentionInput } from "./schema.js";

describe("a mention's created_at at the API's edge", () => {
  const zone = process.env["TZ"];
  afterEach(() => {
    if (zone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = zone;
  });
  const parse = (created_at: string) =>
    mentionInput.safeParse({ source: "x", external_id: "1", text: "hello", created_at });

  it("is UTC when it has no offset, not the server's zone", () => {
    process.env["TZ"] = "America/Los_Angeles";
    expect(parse("2024-05-01T10:00:00").data?.created_at).toBe("2024-05-01T10:00:00.000Z");
    expect(parse("2024-05-01T10:00:00+02:00").data?.created_at).toBe("2024-05-01T08:00:00.000Z");
  });

  it("is refused with its field named when it is not a date", () => {
    const r = parse("next tuesday-ish");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["created_at"]);
  });
});
