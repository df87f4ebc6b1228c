import { expect } from "vitest";

type Send = (
  method: "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: object,
) => Promise<{ statusCode: number; json: () => { id?: unknown } }>;

/** Test helper: a crisis walked through to resolved through the API, started `hoursAgo` hours ago. */
export async function resolvedCrisis(
  send: Send,
  title: string,
  hoursAgo: number,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await send("POST", "/api/v1/crises", {
    title,
    type: "delivery_delay",
    severity: "SEV2",
    summary: "The carrier's hub stopped sorting.",
    started_at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  for (const status of ["acknowledged", "mitigating", "monitoring", "resolved"])
    expect((await send("PATCH", `/api/v1/crises/${id}`, { status })).statusCode).toBe(200);
  return id;
}
