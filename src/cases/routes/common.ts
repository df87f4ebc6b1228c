import { z } from "zod";
import { caseOut } from "../schema.js";

export const tags = ["cases"];
export const idParams = z.object({ id: z.string().min(1).max(100) });
export const messageParams = idParams.extend({ messageId: z.string().min(1).max(100) });
export const remedyParams = idParams.extend({ remedyId: z.string().min(1).max(100) });
export const toneOut = z.object({
  ok: z.boolean(),
  remarks: z.array(z.object({ kind: z.string(), text: z.string(), index: z.number(), why: z.string() })),
});
export const replyOut = z.object({
  message_id: z.string(),
  channel: z.string(),
  text: z.string(),
  /** Null for a reply copied to send by hand: it is not sent (nor the case answered) until marked. */
  sent_at: z.string().nullable(),
  tone: toneOut,
  case: caseOut,
});
