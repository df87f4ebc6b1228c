import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_KINDS } from "../detection/detectors/types.js";
import { CRISIS_TYPE_IDS, SEVERITIES } from "../plan/default-plan/model.js";
import { createHarness, type Harness } from "../testing/harness.js";

/**
 * Closed sets are enums in the document (a generated client gets unions, not `string`); the crisis type,
 * which a workspace's plan may extend, is a pattern that names the shipped types.
 */
type Schema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
};
let h: Harness;
let doc: { paths: Record<string, Record<string, Record<string, unknown>>> };

beforeAll(async () => {
  h = await createHarness();
  doc = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
}, 60_000);
afterAll(() => h.close());

type Content = { content?: Record<string, { schema?: Schema }> };
const op = (path: string, method: string) => doc.paths[path]?.[method] ?? {};
const body = (path: string, method: string) =>
  (op(path, method)["requestBody"] as Content | undefined)?.content?.["application/json"]?.schema;
const answer = (path: string, method: string, code: string) =>
  (op(path, method)["responses"] as Record<string, Content> | undefined)?.[code]?.content?.[
    "application/json"
  ]?.schema;
/** Follows properties (and array items, and the nullable wrapper) down a dotted path. */
function at(s: Schema | undefined, path: string): Schema | undefined {
  let cur = s;
  for (const key of path.split(".")) {
    if (!cur) return undefined;
    if (key === "[]") cur = cur.items;
    else cur = cur.properties?.[key] ?? cur.anyOf?.find((x) => x.properties)?.properties?.[key];
  }
  return cur;
}

describe("closed sets in the OpenAPI document", () => {
  it("crisis types are a pattern naming the shipped types, in requests and answers", () => {
    for (const s of [
      at(body("/api/v1/crises", "post"), "type"),
      at(body("/api/v1/drills", "post"), "type"),
      at(answer("/api/v1/crises", "post", "201"), "type"),
    ]) {
      expect(s?.pattern).toBe("^[a-z][a-z0-9_]{1,59}$");
      for (const id of CRISIS_TYPE_IDS) expect(s?.description).toContain(id);
    }
  });

  it("alert kinds, notification channels and reasons, and rule channel types are enums", () => {
    const alert = answer("/api/v1/alerts/{id}", "get", "200");
    expect(at(alert, "kind")?.enum).toEqual([...ALERT_KINDS]);
    expect(at(alert, "notifications.[].channel")?.enum).toEqual([
      "email",
      "webhook",
      "slack",
      "pagerduty",
      "opsgenie",
      "none",
      "group",
    ]);
    expect(at(alert, "notifications.[].reason")?.enum).toContain("acknowledged");
    const channels = at(body("/api/v1/alert-rules", "post"), "channels")?.items?.oneOf ?? [];
    expect(channels.map((c) => c.properties?.["type"]?.enum?.[0])).toEqual([
      "email",
      "webhook",
      "slack",
      "pagerduty",
      "opsgenie",
    ]);
    expect(at(answer("/api/v1/alerts/delivery-problems", "get", "200"), "items.[].channel")?.enum).toContain(
      "pagerduty",
    );
  });

  it("severities and statuses are enums where the plan and crises answer them", () => {
    const types = answer("/api/v1/plan/crisis-types", "get", "200");
    expect(at(types, "items.[].default_severity")?.enum).toEqual([...SEVERITIES]);
    expect(at(body("/api/v1/crises", "post"), "severity")?.enum).toEqual([...SEVERITIES]);
    expect(at(answer("/api/v1/crises", "post", "201"), "status")?.enum).toContain("mitigating");
  });
});
