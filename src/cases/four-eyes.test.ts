import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.js";

/** Four eyes: above the limits, a remedy or a message waits for someone other than its requester. */
let h: Harness;
let second: { authorization: string };

beforeAll(async () => {
  h = await createHarness();
  const t = await h.ctx.services.accounts.createToken({
    workspaceId: h.workspaceId,
    name: "second admin",
    role: "admin",
  });
  second = { authorization: `Bearer ${t.token}` };
}, 60_000);
afterAll(async () => h.close());

type Who = "admin" | "responder" | { authorization: string };
const call = (method: "GET" | "POST" | "PUT", url: string, who: Who = "admin", payload?: unknown) =>
  h.app.inject({
    method,
    url,
    headers: typeof who === "string" ? h.auth(who) : who,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function bigRemedy(who: Who) {
  const c = (
    await call("POST", "/api/v1/cases", who, { customer: { name: "Kim" }, text: "Charged twice, awful." })
  ).json();
  const r = (
    await call("POST", `/api/v1/cases/${c.id}/remedies`, who, { kind: "discount", amount: 90_000 })
  ).json();
  expect(r.status).toBe("awaiting_approval");
  return { caseId: c.id as string, remedyId: r.id as string };
}

async function breachForReview(who: Who) {
  const m = (
    await call("POST", "/api/v1/comms/messages", who, {
      kind: "breach_notice",
      crisis_type: "data_breach",
      language: "en",
      vars: {
        breach: {
          // No crisis, so no summary to fall back on: what happened is said here (customer-truth row 103).
          what_happened: "someone copied our customer list",
          data: "names and e-mail addresses",
          consequences: "phishing e-mails in our name",
          measures: "we closed the access",
          contact: "privacy@shop.test",
        },
      },
    })
  ).json();
  expect((await call("POST", `/api/v1/comms/messages/${m.id}/submit`, who)).json().status).toBe("review");
  return m.id as string;
}

describe("four eyes", () => {
  it("an approver cannot approve their own large remedy; another approver can", async () => {
    const { caseId, remedyId } = await bigRemedy("admin");
    const own = await call("POST", `/api/v1/cases/${caseId}/remedies/${remedyId}/approve`, "admin");
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/four eyes/);
    const ok = await call("POST", `/api/v1/cases/${caseId}/remedies/${remedyId}/approve`, second);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "given", requested_by: "token admin token" });
    expect(ok.json().decided_by).toBe("token second admin");
  });

  it("the requester may still withdraw (reject) their own request", async () => {
    const { caseId, remedyId } = await bigRemedy("admin");
    const res = await call("POST", `/api/v1/cases/${caseId}/remedies/${remedyId}/reject`, "admin");
    expect(res.json().status).toBe("rejected");
  });

  it("an author, even an admin, cannot approve their own message; another admin can", async () => {
    const id = await breachForReview("admin");
    const own = await call("POST", `/api/v1/comms/messages/${id}/approve`, "admin");
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/four eyes/);
    const ok = await call("POST", `/api/v1/comms/messages/${id}/approve`, second);
    expect(ok.json().status).toBe("approved");
  });

  it("the queue lists what waits, oldest first, and says who may decide; the count follows", async () => {
    const { remedyId } = await bigRemedy("admin");
    const msgId = await breachForReview("responder");
    const mine = (await call("GET", "/api/v1/approvals", "admin")).json().items as {
      id: string;
      kind: string;
      can_decide: boolean;
      why_not: string | null;
    }[];
    const r = mine.find((i) => i.id === remedyId);
    expect(r).toMatchObject({ kind: "remedy", can_decide: false });
    expect(r?.why_not).toMatch(/four eyes/);
    expect(mine.find((i) => i.id === msgId)).toMatchObject({ kind: "message", can_decide: true });
    const theirs = (await call("GET", "/api/v1/approvals", second)).json().items as typeof mine;
    expect(theirs.find((i) => i.id === remedyId)?.can_decide).toBe(true);
    const count = (await call("GET", "/api/v1/approvals/count", second)).json();
    expect(count.waiting).toBe(theirs.length);
    expect(count.yours).toBe(theirs.filter((i) => i.can_decide).length);
    const adminCount = (await call("GET", "/api/v1/approvals/count", "admin")).json();
    expect(adminCount.yours).toBeLessThan(count.yours);
    // Decided items leave the queue.
    const caseId = (await call("GET", "/api/v1/approvals", second))
      .json()
      .items.find((i: { id: string }) => i.id === remedyId).case_id;
    await call("POST", `/api/v1/cases/${caseId}/remedies/${remedyId}/approve`, second);
    const after = (await call("GET", "/api/v1/approvals", second)).json().items as typeof mine;
    expect(after.some((i) => i.id === remedyId)).toBe(false);
  });

  it("a one-person shop may allow self-approval in its policy (off by default)", async () => {
    expect((await call("GET", "/api/v1/cases/policy")).json().allow_self_approval).toBe(false);
    const put = await call("PUT", "/api/v1/cases/policy", "admin", { allow_self_approval: true });
    expect(put.json().allow_self_approval).toBe(true);
    const { caseId, remedyId } = await bigRemedy("admin");
    const own = await call("POST", `/api/v1/cases/${caseId}/remedies/${remedyId}/approve`, "admin");
    expect(own.json().status).toBe("given");
    const id = await breachForReview("admin");
    expect((await call("POST", `/api/v1/comms/messages/${id}/approve`, "admin")).json().status).toBe(
      "approved",
    );
    await call("PUT", "/api/v1/cases/policy", "admin", { allow_self_approval: false });
  });
});
