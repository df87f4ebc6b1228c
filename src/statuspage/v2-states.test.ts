import { describe, expect, it } from "vitest";
import { COMPONENT_STATES, type ComponentState, type Snapshot } from "./model.js";
import { renderV2, V2_COMPONENT_STATUSES } from "./v2.js";
import { V2_RESPONSES } from "./v2-schema.js";

/** Every state of a Firebreak component as Atlassian's Statuspage v2 names it, and the page's indicator. */
const snapshotWith = (states: readonly ComponentState[], status: ComponentState): Snapshot => ({
  workspace: {
    slug: "shop",
    name: "Shop",
    language: "en",
    time_zone: "Europe/Berlin",
    languages: ["en"],
    brand: { logo_url: null, color: null },
  },
  url: "https://fb.example/status/shop",
  generated_at: "2026-12-04T10:00:00.000Z",
  status,
  components: states.map((state, i) => ({
    id: `c${i}`,
    name: { en: `Component ${i}` },
    group: false,
    group_id: null,
    position: i + 1,
    state,
    note: null,
    uptime_90d: null,
    days: [],
  })),
  incidents: [],
  maintenance: [],
});
const page = { id: "ws1", time_zone: "Europe/Berlin" };

describe("Statuspage v2 statuses", () => {
  it("names each component state with Statuspage's own value", () => {
    const doc = renderV2("components", {
      snapshot: snapshotWith(COMPONENT_STATES, "major_outage"),
      page,
      lang: "en",
    });
    const parsed = V2_RESPONSES.components.parse(doc);
    expect(parsed.components.map((c) => c.status)).toEqual([
      "operational",
      "under_maintenance",
      "degraded_performance",
      "partial_outage",
      "major_outage",
    ]);
    expect(new Set(parsed.components.map((c) => c.status))).toEqual(new Set(V2_COMPONENT_STATUSES));
  });

  it("gives the page's indicator from its worst state: none, minor, major, critical", () => {
    const indicator = (status: ComponentState) =>
      V2_RESPONSES.status.parse(
        renderV2("status", { snapshot: snapshotWith([status], status), page, lang: "de" }),
      ).status.indicator;
    expect(COMPONENT_STATES.map(indicator)).toEqual(["none", "none", "minor", "major", "critical"]);
  });
});
