/**
 * Names for what the API answers, read from the generated schema (schema.d.ts, `npm run gen:api-types`).
 * A page says `type Crisis = Answer<"getCrisesById">` instead of copying the shape by hand, so when a
 * route changes what it answers the dashboard's type-check shows every place that no longer fits.
 */
import type { operations } from "./schema.js";

type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never;

/** The JSON an operation answers on success (its 200, else its 201). */
export type Answer<Op extends keyof operations> = Json<Success<operations[Op]["responses"]>>;

/** One item of a list answer (`{ items, next_cursor }`). */
export type Item<Op extends keyof operations> = Answer<Op> extends { items: (infer I)[] } ? I : never;

/** The JSON body an operation takes. */
export type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
