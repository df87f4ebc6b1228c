import { describe, expect, it } from "vitest";
import { mentionInputSchema, toMentionEvent } from "./detectors/mention.js";

const base = { id: 1, text: "the parcel is late again", created_at: "2015-02-24T10:00:00Z" };
const read = (extra: Record<string, unknown>) => mentionInputSchema.parse({ ...base, ...extra });

describe("a replay line from someone else's file", () => {
  it("reads labels that mean ours, in any case", () => {
    expect(read({ sentiment: "Negative" }).sentiment).toBe("negative");
    expect(read({ sentiment: "POS" }).sentiment).toBe("positive");
    expect(read({ topics: ["Delivery", "customer service", "Late Flight"] }).topics).toEqual([
      "delivery",
      "customer_service",
    ]);
    expect(read({ topics: [] }).topics).toEqual([]);
  });

  it("leaves labels that are not ours to the classifier instead of stopping", () => {
    const m = read({ sentiment: "mixed", topics: ["Late Flight"] });
    expect(m.sentiment).toBeUndefined();
    expect(m.topics).toBeUndefined();
    const e = toMentionEvent(m);
    expect(e.sentiment).toBe("negative");
    expect(e.topics).toContain("delivery");
  });

  it("takes a post without text and an epoch written as a number", () => {
    expect(read({ text: null }).text).toBe("");
    expect(read({ author: null, source: null, rating: null, author_followers: null })).toMatchObject({
      id: 1,
    });
    expect(read({ author: null }).author).toBeUndefined();
    expect(mentionInputSchema.parse({ id: 2, created_at: "2015-02-24T10:00:00Z" }).text).toBe("");
    expect(read({ created_at: 1424772000 }).created_at).toBe("2015-02-24T10:00:00.000Z");
  });

  it("reads a CSV's strings: a topic list in one string, counts and flags as text", () => {
    expect(read({ topics: "Delivery; payment" }).topics).toEqual(["delivery", "payment"]);
    expect(read({ topics: "" }).topics).toEqual([]);
    const m = read({ author_followers: "12,500", rating: "2", complaint: "TRUE" });
    expect(m).toMatchObject({ author_followers: 12500, rating: 2, complaint: true });
    const odd = read({ author_followers: "many", rating: "", complaint: "maybe" });
    expect(odd.author_followers).toBeUndefined();
    expect(odd.rating).toBeUndefined();
    expect(odd.complaint).toBeUndefined();
    expect(read({ complaint: 0 }).complaint).toBe(false);
  });

  it("still refuses a line without a readable time, naming the field", () => {
    const r = mentionInputSchema.safeParse({ ...base, created_at: "soon" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["created_at"]);
  });
});
