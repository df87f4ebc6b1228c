import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";
import { foldText } from "./store.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  const res = await h.app.inject({
    method: "POST",
    url: "/api/v1/mentions",
    headers: h.auth("responder"),
    payload: {
      mentions: [
        { source: "x", external_id: "s1", text: "PŁATNOŚĆ odrzucona drugi raz, co się dzieje?" },
        { source: "x", external_id: "s2", text: "Die Lieferung über DHL ist schon wieder verspätet" },
        { source: "x", external_id: "s3", text: "Le remboursement a été refusé sans explication" },
        { source: "x", external_id: "s4", text: "Straße gesperrt, Paket kommt später" },
        { source: "x", external_id: "s5", text: "payment 100% failed_twice" },
      ],
    },
  });
  expect(res.statusCode).toBe(202);
});
afterAll(async () => h.close());

const search = async (q: string) => {
  const res = await h.app.inject({
    method: "GET",
    url: `/api/v1/mentions?q=${encodeURIComponent(q)}`,
    headers: h.auth(),
  });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { external_id: string }[]).map((m) => m.external_id).sort();
};

describe("mention search ignores accents and case", () => {
  it("folds letters of the six languages the same way in code", () => {
    expect(foldText("Płatność")).toBe("platnosc");
    expect(foldText("ÜBER Straße")).toBe("uber strasse");
    expect(foldText("été À")).toBe("ete a");
  });

  it('"platnosc" finds "PŁATNOŚĆ", and the accented query finds it too', async () => {
    expect(await search("platnosc")).toEqual(["s1"]);
    expect(await search("płatność")).toEqual(["s1"]);
    expect(await search("Platność")).toEqual(["s1"]);
  });

  it("works for German, French and ß", async () => {
    expect(await search("uber dhl")).toEqual(["s2"]);
    expect(await search("ete refuse")).toEqual(["s3"]);
    expect(await search("strasse")).toEqual(["s4"]);
  });

  it("still treats % and _ as plain characters and finds nothing that is not there", async () => {
    expect(await search("100%")).toEqual(["s5"]);
    expect(await search("failed_twice")).toEqual(["s5"]);
    expect(await search("100%x")).toEqual([]);
    expect(await search("zwrot")).toEqual([]);
  });

  it("the chart's counts use the same search", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: `/api/v1/mentions/stats?bucket=day&q=${encodeURIComponent("platnosc")}`,
      headers: h.auth(),
    });
    const total = (res.json().items as { mentions: number }[]).reduce((n, p) => n + p.mentions, 0);
    expect(total).toBe(1);
  });
});
