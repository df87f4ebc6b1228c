import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasBrowser, login, openDashboard } from "./browser.js";

describe.runIf(hasBrowser)("safety in the crisis room, in Chromium", () => {
  let b: BrowserHarness;
  beforeAll(async () => {
    b = await openDashboard();
  }, 120_000);
  afterAll(async () => b?.close());

  const record = async (id: string) =>
    (
      await b.h.app.inject({ method: "GET", url: `/api/v1/crises/${id}`, headers: b.h.auth("viewer") })
    ).json();

  it("lowering a breach's severity below the plan's rule and removing personal data each ask for a reason that lands on the timeline", async () => {
    const { page } = b;
    const c = await b.h.app.inject({
      method: "POST",
      url: "/api/v1/crises",
      headers: b.h.auth("responder"),
      payload: { title: "Customer list leaked?", type: "data_breach", severity: "SEV1" },
    });
    expect(c.statusCode).toBe(201);
    const id = c.json().id as string;
    await login(b);
    await page.goto(`${b.url}/crises/${id}`);
    await page.getByTestId("crisis-room").waitFor();

    // Lowering below SEV1: the server's reason for asking is shown, nothing changes until one is given.
    await page.getByTestId("severity-select").selectOption("SEV3");
    const prompt = page.getByTestId("reason-prompt");
    await expect.poll(() => prompt.textContent()).toContain("SEV1");
    expect((await record(id)).severity).toBe("SEV1");
    await page.getByTestId("reason-input").fill("Only hashed e-mails, legal agrees");
    await page.getByTestId("reason-submit").click();
    await expect.poll(async () => (await record(id)).severity).toBe("SEV3");

    // Taking personal data off the breach asks the same way.
    // A controlled box: it stays ticked until the server agrees, so a click, not uncheck().
    await page.getByTestId("personal-data").click();
    await prompt.waitFor();
    expect((await record(id)).personal_data).toBe(true);
    await page.getByTestId("reason-input").fill("The file held product data only");
    await page.getByTestId("reason-submit").click();
    await expect.poll(async () => (await record(id)).personal_data).toBe(false);

    const overrides = (await record(id)).timeline
      .filter((e: { kind: string }) => e.kind === "safety.override")
      .map((e: { text: string }) => e.text)
      .join("\n");
    expect(overrides).toContain("Only hashed e-mails, legal agrees");
    expect(overrides).toContain("No personal data involved after all: The file held product data only");
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});
