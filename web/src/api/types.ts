/**
 * Names for what the API answers, read from the generated schema (schema.d.ts, `npm run gen:api-types`).
 * A page says `type Crisis = Answer<"getCrisesById">` instead of copying the shape by hand, so when a
 * route changes what it answers the dashboard's type-check shows every place that no longer fits.
 */
import type { operations } from "./schema.js";

type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never;
type AnswerOf<Op extends keyof operations> = Json<Success<operations[Op]["responses"]>>;
type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;

/** Operations whose success answer has a JSON schema: naming one without (a route that declares no
 * response) is a type error here, not a silent `unknown` in a page. */
export type JsonOperation = {
  [K in keyof operations]: [AnswerOf<K>] extends [never] ? never : K;
}[keyof operations];
/** Operations that answer a list (`{ items, next_cursor }`). */
export type ListOperation = {
  [K in keyof operations]: [ItemOf<AnswerOf<K>>] extends [never] ? never : K;
}[keyof operations];

/** The JSON an operation answers on success (its 200, else its 201). */
export type Answer<Op extends JsonOperation> = AnswerOf<Op>;

/** One item of a list answer. */
export type Item<Op extends ListOperation> = ItemOf<AnswerOf<Op>>;

/** The JSON body an operation takes. */
export type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { "application/json": infer B } };
}
  ? B
  : never;
