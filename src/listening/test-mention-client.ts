import { expect } from "vitest";
import type { Harness } from "../testing/harness.js";

/** A stored mention as the copy tests read it back. */
export type CopyItem = { external_id: string; id: string; duplicate_of: string | null; copies: number };

/** Posts mentions through the API and reads one source's back by external id (the copy-finding tests). */
export function mentionClient(h: () => Harness) {
  return {
    async post(mentions: unknown[]): Promise<void> {
      const res = await h().app.inject({
        method: "POST",
        url: "/api/v1/mentions",
        headers: h().auth("responder"),
        payload: { mentions },
      });
      expect(res.statusCode, res.body).toBe(202);
    },
    async bySource(source: string): Promise<Map<string, CopyItem>> {
      const res = await h().app.inject({
        method: "GET",
        url: `/api/v1/mentions?source=${source}&limit=1000`,
        headers: h().auth("viewer"),
      });
      return new Map((res.json().items as CopyItem[]).map((m) => [m.external_id, m]));
    },
  };
}
