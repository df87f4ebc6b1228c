import { notFound } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { LinkKind } from "../schema.js";
import { crisesStore as store } from "../store.js";
import { change, event, type OpCtx } from "./internal.js";

export interface LinkInput {
  crisisId: string;
  kind: LinkKind;
  refId: string;
  note?: string | undefined;
}

/** Links an alert, mention, monitor or case; linking the same item twice is a no-op. */
export async function linkItem(c: OpCtx, input: LinkInput) {
  const { crisisId } = input;
  return change(c, crisisId, "link", async (trx) => {
    const at = c.app.clock.now().toISOString();
    const added = await store.insertLink(trx, {
      id: newId(),
      workspace_id: c.actor.workspaceId,
      crisis_id: crisisId,
      kind: input.kind,
      ref_id: input.refId,
      note: input.note ?? null,
      created_by: c.actor.label,
      created_at: at,
    });
    if (added) {
      await event(trx, c.actor, crisisId, {
        kind: `link.${input.kind}`,
        text: `Linked ${input.kind}${input.note ? `: ${input.note}` : ""}`,
        data: { kind: input.kind, ref_id: input.refId, note: input.note ?? null },
        at,
      });
    }
    return { added };
  });
}

export async function unlinkItem(c: OpCtx, input: { crisisId: string; linkId: string }) {
  await change(c, input.crisisId, "link", async (trx) => {
    const r = await store.deleteLink(trx, input.crisisId, input.linkId);
    if (!Number(r.numDeletedRows)) throw notFound("link");
    await event(trx, c.actor, input.crisisId, {
      kind: "link.removed",
      text: "Removed a linked item",
      data: { link_id: input.linkId },
      at: c.app.clock.now().toISOString(),
    });
  });
}

/** Crises an alert, mention, monitor or case belongs to. */
export async function linkedTo(c: OpCtx, input: { kind: LinkKind; refId: string }): Promise<string[]> {
  return (await store.crisesLinkedTo(c.app.db, c.actor.workspaceId, input.kind, input.refId)).map(
    (r) => r.crisis_id,
  );
}
