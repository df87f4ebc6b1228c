import { notFound } from "../../core/errors.js";
import { eventOf } from "../assemble.js";
import type { CrisisEvent } from "../schema.js";
import { crisesStore as store } from "../store.js";
import type { CrisesTable } from "../tables.js";
import { change, type EventInput, event, getRecord, type OpCtx } from "./internal.js";

/** The first (or a later) public word; the earliest time given wins as "first". */
export async function publicWord(
  c: OpCtx,
  input: { crisisId: string; at: string; text?: string | undefined; key?: string | undefined },
) {
  const { crisisId: id, at } = input;
  return change(c, id, "public_word", async (trx, row) => {
    const first = !row.first_public_word_at || at < row.first_public_word_at;
    const set: Partial<CrisesTable> = { updated_at: c.app.clock.now().toISOString() };
    if (first) set.first_public_word_at = at;
    if (!row.last_public_update_at || at > row.last_public_update_at) set.last_public_update_at = at;
    await store.update(trx, c.actor.workspaceId, id, set);
    await event(trx, c.actor, id, {
      kind: "public_word",
      text: input.text ?? (first ? "First public word" : "Public update"),
      data: { first, ...(input.text ? { text: input.text } : {}) },
      at,
      key: input.key,
    });
  });
}

export async function markPublicWord(
  c: OpCtx,
  input: { crisisId: string; at?: string | Date | undefined; text?: string | undefined },
) {
  const at = new Date(input.at ?? c.app.clock.now()).toISOString();
  await publicWord(c, { crisisId: input.crisisId, at, text: input.text });
  return getRecord(c, input.crisisId);
}

/** Adds a timeline event; with a key it is idempotent and returns the event already there. */
export async function addEvent(
  c: OpCtx,
  input: { crisisId: string; event: EventInput },
): Promise<CrisisEvent> {
  const { crisisId } = input;
  const e = { ...input.event, at: input.event.at ?? c.app.clock.now().toISOString() };
  if (e.public)
    await publicWord(c, {
      crisisId,
      at: e.at,
      key: e.key ? `${e.key}:public` : undefined,
    });
  return change(c, crisisId, "event", async (trx) => {
    const made = await event(trx, c.actor, crisisId, e);
    if (made) return made;
    const existing = e.key ? await store.eventByKey(trx, crisisId, e.key) : undefined;
    if (!existing) throw new Error("event neither inserted nor found");
    return eventOf(existing);
  });
}

export const addNote = (c: OpCtx, input: { crisisId: string; text: string; keyEvent: boolean }) =>
  change(
    c,
    input.crisisId,
    "event",
    async (trx) =>
      (await event(trx, c.actor, input.crisisId, {
        kind: "note",
        text: input.text,
        keyEvent: input.keyEvent,
        at: c.app.clock.now().toISOString(),
      })) as CrisisEvent,
  );

export async function setKeyEvent(c: OpCtx, input: { crisisId: string; eventId: string; key: boolean }) {
  await change(c, input.crisisId, "event", async (trx) => {
    const r = await store.setKeyEvent(trx, input.crisisId, input.eventId, input.key);
    if (!Number(r.numUpdatedRows)) throw notFound("event");
  });
}
