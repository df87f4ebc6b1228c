import type { Item } from "../../api/types.js";

/** A mention as the API lists it (from the server's OpenAPI document, web/src/api/types.ts). */
export type Mention = Item<"getMentions">;
