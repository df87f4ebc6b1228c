import type { Answer, Item } from "../../api/types.js";

/** The crisis record as the API answers it: shapes from the server's OpenAPI document (web/src/api/types.ts). */
export type Crisis = Answer<"getCrisesById">;
export type Clock = Crisis["clocks"][number];
export type TimelineEvent = Crisis["timeline"][number];
export type Task = Crisis["tasks"][number];
export type RoleSlot = Crisis["roles"][number];
export type Link = Crisis["links"][number];
export type Impact = Crisis["impact"];
export type Escalation = Crisis["escalation"][number];

/** What every panel of the room gets: the record, whether the viewer may act, and how to act. */
export interface RoomPart {
  c: Crisis;
  canAct: boolean;
  act: (fn: () => Promise<unknown>) => Promise<void>;
  path: string;
}

export type CrisisTypeItem = Item<"getPlanCrisisTypes">;

export const money = (minor: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);
