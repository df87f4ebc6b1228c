import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { setupMailHarness } from "../testing/mail-harness.js";
import { setShop } from "../testing/shop.js";
import { resolvedCrisis } from "./testing.js";

/**
 * An action item's due date is a day on its owner's calendar: due 7 December, it is late once the 7th
 * has ended where the owner lives. Counted at UTC midnight it was late at 16:00 on the 7th in Los
 * Angeles and not yet late at 08:00 on the 8th in Tokyo.
 */
const { h } = setupMailHarness();
const send = (method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  h.app.inject({ method, url, headers: h.auth("responder"), payload: payload ?? {} });
const get = (url: string) => h.app.inject({ url, headers: h.auth("viewer") });

async function member(email: string, zone: string) {
  const user = await h.ctx.services.accounts.addUser(systemActor(h.workspaceId, "Test"), {
    email,
    name: email.split("@")[0] ?? email,
    role: "responder",
    password: "a long enough password",
  });
  await h.ctx.db.updateTable("users").set({ time_zone: zone }).where("id", "=", user.id).execute();
  return user.id;
}

describe("an action item's due day on its owner's calendar", () => {
  let crisisId: string;
  beforeAll(async () => {
    crisisId = await resolvedCrisis(send, "Courier strike", 5);
    await setShop(h, { time_zone: "Europe/Warsaw" });
    const owners = {
      la: { owner_user_id: await member("la@owners.test", "America/Los_Angeles") },
      tokyo: { owner_user_id: await member("tokyo@owners.test", "Asia/Tokyo") },
      // Not a member: the shop's zone (Warsaw).
      outside: { owner_name: "Courier rep", owner_email: "rep@courier.test" },
    };
    for (const [key, owner] of Object.entries(owners)) {
      const r = await send("POST", `/api/v1/crises/${crisisId}/action-items`, {
        title: `Item of ${key}`,
        ...owner,
        due_date: "2026-12-07",
        plan_part: "other",
        plan_ref: "carrier contract",
      });
      expect(r.statusCode).toBe(201);
    }
  }, 60_000);
  afterEach(() => h.clock.freeze(new Date()));

  const overdueAt = async (iso: string) => {
    h.clock.freeze(new Date(iso));
    const list = (await get(`/api/v1/crises/${crisisId}/action-items`)).json().items as {
      title: string;
      overdue: boolean;
    }[];
    const late = (await get("/api/v1/action-items?overdue=true")).json().items as { title: string }[];
    return {
      flags: Object.fromEntries(list.map((i) => [i.title.replace("Item of ", ""), i.overdue])),
      listed: late.map((i) => i.title.replace("Item of ", "")).sort(),
      reminders: await h.ctx.services.review.actions.checkOverdue(new Date(iso)),
    };
  };

  it("is late in Tokyo first, then in Warsaw, then in Los Angeles, each once its own 7th has ended", async () => {
    // 16:00 UTC on the 7th: 01:00 on the 8th in Tokyo, 17:00 in Warsaw, 08:00 in Los Angeles.
    expect(await overdueAt("2026-12-07T16:00:00Z")).toEqual({
      flags: { la: false, tokyo: true, outside: false },
      listed: ["tokyo"],
      reminders: 1,
    });
    // 03:00 UTC on the 8th: 04:00 on the 8th in Warsaw, 19:00 on the 7th in Los Angeles.
    expect(await overdueAt("2026-12-08T03:00:00Z")).toEqual({
      flags: { la: false, tokyo: true, outside: true },
      listed: ["outside", "tokyo"],
      reminders: 1,
    });
    // 08:30 UTC on the 8th: 00:30 on the 8th in Los Angeles.
    expect(await overdueAt("2026-12-08T08:30:00Z")).toEqual({
      flags: { la: true, tokyo: true, outside: true },
      listed: ["la", "outside", "tokyo"],
      reminders: 1,
    });
  });
});
