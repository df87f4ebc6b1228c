import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../core/actor.js";
import { newId } from "../core/ids.js";
import { createHarness, type Harness } from "../testing/harness.js";
import { crisesStore } from "./store.js";

let h: Harness;
beforeAll(async () => {
  process.env["FIREBREAK_CRISIS_POLL_MS"] = "200";
  h = await createHarness({ listen: true });
});
// Streams left open by a failed assertion would keep the server from closing.
const opened: { close: () => void }[] = [];
afterAll(async () => {
  for (const s of opened) s.close();
  delete process.env["FIREBREAK_CRISIS_POLL_MS"];
  await h.close();
});

/** An open SSE connection whose text can be awaited for a pattern. */
async function watch(id: string, role: "viewer" | "responder") {
  const ctrl = new AbortController();
  const res = await fetch(`${h.ctx.config.publicUrl}/api/v1/crises/${id}/stream`, {
    headers: h.auth(role),
    signal: ctrl.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const s = { text: "", close: () => ctrl.abort() };
  const read = async (until: (t: string) => boolean) => {
    while (!until(s.text)) {
      const { value, done } = await reader.read();
      if (done) break;
      s.text += new TextDecoder().decode(value);
    }
  };
  return { s, read };
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, "g"))?.length ?? 0;

describe("the live crisis room", () => {
  it("says who is in the room as people come and go", async () => {
    const actor = systemActor(h.workspaceId, "Test");
    const c = await h.ctx.services.crises.open(actor, { title: "Live", type: "ddos", severity: "SEV2" });
    const a = await watch(c.id, "viewer");
    opened.push(a.s);
    await a.read((t) => t.includes("viewer token"));
    const b = await watch(c.id, "responder");
    opened.push(b.s);
    await a.read((t) => t.includes("responder token"));
    expect(a.s.text).toMatch(/event: presence\ndata: .*token responder token.*token viewer token/);
    b.s.close();
    // After the second one leaves, the first hears a presence list without them.
    await a.read((t) => {
      const last = t.split("event: presence").at(-1) ?? "";
      return t.split("event: presence").length > 3 && !last.includes("responder token");
    });
    expect((a.s.text.split("event: presence").at(-1) ?? "").includes("viewer token")).toBe(true);
    a.s.close();
  });

  it("announces a change written by another process (no bus event) within the poll", async () => {
    const actor = systemActor(h.workspaceId, "Test");
    const c = await h.ctx.services.crises.open(actor, { title: "Far", type: "ddos", severity: "SEV2" });
    const a = await watch(c.id, "viewer");
    opened.push(a.s);
    await a.read((t) => t.includes("event: presence"));
    const before = count(a.s.text, /event: crisis/);
    // What a worker in another process does: a row lands in the store, nothing on this bus.
    await crisesStore.insertEvent(h.ctx.db, {
      id: newId(),
      workspace_id: h.workspaceId,
      crisis_id: c.id,
      at: new Date().toISOString(),
      kind: "note",
      text: "written elsewhere",
      data: null,
      actor: "worker",
      actor_user_id: null,
      key_event: 0,
      idem_key: null,
    });
    await a.read((t) => count(t, /event: crisis/) > before);
    expect(count(a.s.text, /event: crisis/)).toBe(before + 1);
    a.s.close();
  });
});
