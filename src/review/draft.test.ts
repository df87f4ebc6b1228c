import { describe, expect, it } from "vitest";
import type { CrisisRecord } from "../crises/schema.js";
import { blameless, duration, firstDraft, timesAgainstPlan } from "./draft.js";
import { labelsFor } from "./labels.js";

const l = labelsFor("en");
const task = (over: Partial<CrisisRecord["tasks"][number]>): CrisisRecord["tasks"][number] => ({
  id: "t",
  playbook_id: null,
  title: "Task",
  role: "crisis_lead",
  due_at: "2026-03-01T10:30:00.000Z",
  clock: null,
  status: "open",
  done_at: null,
  done_by: null,
  overdue: false,
  ...over,
});
const crisis = {
  summary: "Checkout down",
  started_at: "2026-03-01T10:00:00.000Z",
  created_at: "2026-03-01T10:02:00.000Z",
  acknowledged_at: "2026-03-01T10:10:00.000Z",
  first_public_word_at: "2026-03-01T11:30:00.000Z",
  monitoring_at: "2026-03-01T12:00:00.000Z",
  resolved_at: "2026-03-01T13:00:00.000Z",
  impact: { remedies_cost: 0, currency: "EUR" },
  tasks: [
    task({ title: "Done late", status: "done", done_at: "2026-03-01T11:00:00.000Z" }),
    task({ title: "Done on time", status: "done", done_at: "2026-03-01T10:20:00.000Z" }),
    task({ title: "Never done", status: "open" }),
    task({ title: "Not due before the end", status: "open", due_at: "2026-03-02T10:00:00.000Z" }),
    task({ title: "Left out", status: "skipped", done_at: "2026-03-01T12:00:00.000Z" }),
  ],
} as unknown as CrisisRecord;
const targets = { acknowledgeMinutes: 15, firstPublicWordMinutes: 60, mitigateMinutes: 240 };

describe("first draft", () => {
  const times = timesAgainstPlan(crisis, { targets } as never, l);

  it("compares each milestone with the severity's target", () => {
    expect(times.map((t) => [t.id, t.minutes, t.target_minutes, t.met])).toEqual([
      ["detect", 2, null, null],
      ["acknowledge", 10, 15, true],
      ["first_public_word", 90, 60, false],
      ["mitigate", 120, 240, true],
      ["resolve", 180, null, null],
    ]);
  });

  it("puts met targets under went well, missed ones under did not, and late tasks as factors", () => {
    const d = firstDraft(crisis, times, l, new Date().toISOString());
    expect(d.went_well).toEqual([
      "Time to acknowledge: 10 min (target 15 min)",
      "Time to mitigate: 2 h 0 min (target 4 h 0 min)",
    ]);
    expect(d.went_badly).toEqual(["Time to first public word: 90 min (target 60 min)"]);
    expect(d.contributing_factors).toEqual([
      "Done late (due 1 Mar 2026, 10:30 UTC)",
      "Never done (due 1 Mar 2026, 10:30 UTC)",
      "Left out: skipped",
    ]);
    // In the shop's zone, by its abbreviation, when the shop is not on UTC.
    const warsaw = firstDraft(crisis, times, l, new Date().toISOString(), {
      timeZone: "Europe/Warsaw",
      language: "en",
    });
    expect(warsaw.contributing_factors[0]).toBe("Done late (due 1 Mar 2026, 11:30 CET)");
  });
});

describe("blameless wording", () => {
  it("replaces longer names first and uses the role when there is one", () => {
    const names = [
      { name: "Ann", role: null },
      { name: "Ann Lee", role: "Crisis lead" },
    ];
    expect(blameless("Ann Lee asked Ann to call the carrier", names, l)).toBe(
      "Crisis lead asked team member to call the carrier",
    );
  });

  it("writes long durations in hours and days", () => {
    expect(duration(45, l)).toBe("45 min");
    expect(duration(200, l)).toBe("3 h 20 min");
    expect(duration(7427, l)).toBe("5 d 4 h");
  });
});
