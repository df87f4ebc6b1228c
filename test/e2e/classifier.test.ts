import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

// Made-up shop slang no lexicon knows, rated by the customers who wrote it.
function rated(n: number) {
  const things = ["parcel", "order", "jacket", "shoes", "lamp", "mug", "kettle", "app"];
  return Array.from({ length: n }, (_, i) => {
    const t = things[i % things.length];
    const kind = i % 3;
    const text =
      kind === 0
        ? `${t} was totally glorpy, week ${i}`
        : kind === 1
          ? `my ${t} is so zingly, week ${i}`
          : `${t} shipped on tuesday, week ${i}`;
    return { source: "reviews", external_id: `r-${i}`, text, language: "en", rating: [1, 5, 3][kind] };
  });
}

describe.runIf(hasBrowser)("the classifier in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  });
  afterAll(async () => b?.close());

  it("a person corrects a mention in one click; the next training learns from it and the figures change", async () => {
    const { h, page, url } = b;
    const HOSTILE = `<img src=x onerror="window.__pwned = 1">the kettle was glorpy`;
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/mentions",
      headers: h.auth("responder"),
      payload: {
        mentions: [
          ...rated(149),
          { source: "social", external_id: "s-1", text: HOSTILE, language: "en" },
          { source: "social", external_id: "s-2", text: "the lamp was glorpy again", language: "en" },
        ],
      },
    });
    expect(res.statusCode).toBe(202);
    const all = (await h.app.inject({ url: "/api/v1/mentions?source=social", headers: h.auth() })).json();
    const idOf = (ext: string) =>
      (all.items as { id: string; external_id: string }[]).find((m) => m.external_id === ext)?.id;

    await login(b);
    // 149 labels: one short of a model of its own, so training keeps the shipped one.
    await page.goto(`${url}/settings/classifier`);
    await page.getByTestId("classifier-last").waitFor();
    expect(await page.getByTestId("classifier-last").textContent()).toBe("Not trained yet");
    await page.getByTestId("classifier-train").click();
    await expect
      // A training runs in a worker thread and takes seconds on a busy machine: wait for its answer.
      .poll(() => page.getByTestId("classifier-in-use-en").textContent(), { timeout: 60_000 })
      .toBe("shipped (needs more labels)");
    expect(await page.getByTestId("classifier-f1-en").textContent()).toBe("—");
    expect(await page.getByTestId("classifier-blend-en").textContent()).toBe("—");
    expect(await page.getByTestId("classifier-version").textContent()).toContain("shipped classifier");

    // The mention reads neutral; one click says it is negative.
    await page.goto(`${url}/mentions/${idOf("s-1")}`);
    await page.getByTestId("mention-detail-text").waitFor();
    expect(await page.getByTestId("mention-detail-text").textContent()).toBe(HOSTILE);
    expect(await page.getByTestId("correct-sentiment-neutral").getAttribute("aria-pressed")).toBe("true");
    await page.getByTestId("correct-sentiment-negative").click();
    await page.getByTestId("mention-detail-corrected").waitFor();
    expect(await page.getByTestId("correct-sentiment-negative").getAttribute("aria-pressed")).toBe("true");
    await page.getByTestId("mention-detail-history").waitFor();
    expect(await page.getByTestId("mention-detail-history").textContent()).toContain("negative");
    await page.getByTestId("correct-topic-product_quality").click();
    await expect
      .poll(() => page.getByTestId("correct-topic-product_quality").getAttribute("aria-pressed"))
      .toBe("true");

    // The 150th label: training now gives the shop its own model, better than the shipped one.
    await page.goto(`${url}/settings/classifier`);
    await page.getByTestId("classifier-train").click();
    await expect
      .poll(() => page.getByTestId("classifier-in-use-en").textContent(), { timeout: 60_000 })
      .toBe("this shop's model");
    expect(Number(await page.getByTestId("classifier-f1-en").textContent())).toBeGreaterThan(0.9);
    expect(await page.getByTestId("classifier-version").textContent()).toBe("learned-2");
    // The blend cross-validation chose, as the API reports it.
    const report = (await h.app.inject({ url: "/api/v1/classifier", headers: h.auth() })).json();
    expect([0, 0.5, 1, 2]).toContain(report.languages.en.blend);
    expect(await page.getByTestId("classifier-blend-en").textContent()).toBe(
      String(report.languages.en.blend),
    );

    // Recent mentions are read again by the new model.
    await h.ctx.jobs.drain();
    await page.goto(`${url}/mentions/${idOf("s-2")}`);
    await expect
      .poll(() => page.getByTestId("mention-detail-model").textContent())
      .toBe("Read by this shop's model learned-2");
    expect(await page.getByTestId("correct-sentiment-negative").getAttribute("aria-pressed")).toBe("true");

    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
