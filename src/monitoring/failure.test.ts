import { describe, expect, it } from "vitest";
import { describeIssue } from "./checkers/provider.js";
import { type Failure, failureOf, failureText } from "./failure.js";

const EVERY: Failure[] = [
  { code: "http_status", status: 503 },
  { code: "keyword_present", keyword: 'Out of "stock"' },
  { code: "keyword_missing", keyword: "Add to basket" },
  { code: "not_json" },
  { code: "json_missing", path: "data.status" },
  { code: "json_value", path: "data.status", got: "degraded, partly", expected: "ok" },
  { code: "slow", ms: 2412, max: 1500 },
  { code: "timeout" },
  { code: "no_certificate" },
  { code: "cert_expired", at: "2026-11-30T12:00:00.000Z" },
  { code: "cert_expiring", days: 6, at: "2026-12-10T00:00:00.000Z" },
  { code: "dns_no_answer" },
  { code: "dns_mismatch", expected: "203.0.113.7", answers: "198.51.100.1, 198.51.100.2" },
  { code: "no_beat", since: "2026-12-04T08:15:00.000Z" },
  { code: "no_beat", since: null },
  { code: "provider_http", status: 502 },
  { code: "provider_unreadable", detail: "Unexpected token < in JSON at position 0" },
  { code: "provider_reports", provider: "Stripe", components: ["API", "Checkout"], incidents: [] },
  { code: "provider_reports", provider: null, components: [], incidents: ['Elevated "errors"', "Delays"] },
  { code: "provider_reports", provider: "PayU", components: ["Cards"], incidents: ["Card payments failing"] },
  { code: "recovered" },
  { code: "other", detail: "ECONNREFUSED: connect ECONNREFUSED 10.0.0.4:443" },
];

describe("why a check failed, as fields", () => {
  it("every kind of failure reads back from its stored English sentence", () => {
    for (const f of EVERY) expect(failureOf(failureText(f)), failureText(f)).toEqual(f);
  });

  it("keeps the sentences checks stored before the fields existed", () => {
    expect(failureText({ code: "http_status", status: 500 })).toBe("HTTP 500");
    expect(failureText({ code: "slow", ms: 900, max: 500 })).toBe("slow: 900 ms > 500 ms");
    expect(describeIssue({ components: ["API"], incidents: ["Outage"] }, "Stripe")).toBe(
      'Stripe reports components API; incident "Outage"',
    );
    expect(failureOf(null)).toBeNull();
    // Anything else is the network's or a library's own words, shown as they came.
    expect(failureOf("getaddrinfo ENOTFOUND shop.example")).toEqual({
      code: "other",
      detail: "getaddrinfo ENOTFOUND shop.example",
    });
  });
});
