import type { Answer } from "../../api/types.js";

/** The plan as the API answers it (src/plan/default-plan/model.ts, via the OpenAPI document). */
export type PlanView = Answer<"getPlan">;
export type Plan = PlanView["plan"];
export type Localized = Plan["crisisTypes"][number]["name"];
export type Contact = Plan["team"][number]["primary"];
export type PlaybookTask = Plan["crisisTypes"][number]["playbook"][number];
export const loc = (t: Localized, lang: keyof Localized) => (t[lang]?.trim() ? t[lang] : t.en);
