import { afterEach, describe, expect, it } from "vitest";
import type { AlertsTable } from "../tables.js";
import {
  opsgenieActionUrl,
  opsgenieAlert,
  opsgenieAlertsUrl,
  PRIORITY,
  pagerDutyEvent,
  pagerDutyUrl,
  severityOf,
} from "./paging.js";
import { opsgenieCreateProblems, pagerDutyProblems } from "./test-paging-fakes.js";

const alert = {
  id: "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000",
  kind: "topic_spike",
  series: "topic:delivery",
  topic: "delivery",
  source: null,
  signal: null,
  author: null,
  score: 7,
  observed: 30,
  expected: 3,
  opened_at: "2026-12-04T10:00:00.000Z",
} as unknown as AlertsTable;
const message = {
  title: "Delivery complaints 🔥".repeat(20),
  lines: ["30 against 3 expected"],
  url: "https://x/a",
};

describe("paging request shapes", () => {
  const env = process.env["NODE_ENV"];
  afterEach(() => {
    process.env["NODE_ENV"] = env;
    delete process.env["FIREBREAK_TEST_PAGERDUTY_URL"];
  });

  it("uses the services' regional addresses; the test override works only under NODE_ENV=test", () => {
    expect(pagerDutyUrl("eu")).toBe("https://events.eu.pagerduty.com/v2/enqueue");
    expect(opsgenieAlertsUrl("us")).toBe("https://api.opsgenie.com/v2/alerts");
    expect(opsgenieActionUrl("eu", "firebreak-1", "close")).toBe(
      "https://api.eu.opsgenie.com/v2/alerts/firebreak-1/close?identifierType=alias",
    );
    process.env["FIREBREAK_TEST_PAGERDUTY_URL"] = "http://127.0.0.1:9/v2/enqueue";
    expect(pagerDutyUrl("us")).toBe("http://127.0.0.1:9/v2/enqueue");
    process.env["NODE_ENV"] = "production";
    expect(pagerDutyUrl("us")).toBe("https://events.pagerduty.com/v2/enqueue");
  });

  it("maps severity from the rule's always-page kinds and the score, and priority from severity", () => {
    expect(severityOf(alert, ["topic_spike"])).toBe("critical");
    expect(severityOf(alert, [])).toBe("warning");
    expect(severityOf({ ...alert, score: 12 }, [])).toBe("error");
    expect(severityOf({ ...alert, score: 2 }, [])).toBe("info");
    expect(severityOf({ ...alert, kind: "monitor_down" }, [])).toBe("critical");
    expect(Object.values(PRIORITY)).toEqual(["P1", "P2", "P3", "P4"]);
  });

  it("builds events the fakes accept, and the fakes refuse what the services refuse", () => {
    const trigger = { routing_key: "k".repeat(32), ...pagerDutyEvent("trigger", alert, message, "error") };
    expect(pagerDutyProblems(trigger)).toEqual([]);
    expect(
      pagerDutyProblems({
        routing_key: "k".repeat(32),
        ...pagerDutyEvent("resolve", alert, message, "info"),
      }),
    ).toEqual([]);
    expect(pagerDutyProblems({ ...trigger, event_action: "poke" })).toContain("event_action is invalid");
    expect(
      pagerDutyProblems({ ...trigger, payload: { summary: "x", source: "y", severity: "high" } }),
    ).toContain("payload.severity is invalid");
    const create = opsgenieAlert(alert, message, "warning");
    expect(opsgenieCreateProblems(create)).toEqual([]);
    expect([...create.message].length).toBe(130);
    expect(opsgenieCreateProblems({ ...create, message: "x".repeat(131) })).toContain(
      "message must be 1 to 130 characters",
    );
    expect(opsgenieCreateProblems({ ...create, details: { score: 7 } })).toContain(
      "details must map strings to strings",
    );
  });
});
