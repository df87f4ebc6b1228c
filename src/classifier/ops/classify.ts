import { classify, modelVersionFor } from "../../nlp/index.js";
import type { ModelCache } from "./models.js";

export interface ClassifyItem {
  id: string | number;
  text: string;
  language?: string | undefined;
}

/**
 * Reads texts as the workspace's mentions are read: its learned model where active, the shipped one
 * elsewhere, and `shop` (its customers' languages, default first) where a text's words do not decide.
 */
export async function classifyItems(
  models: ModelCache,
  workspaceId: string,
  items: ClassifyItem[],
  shop: readonly string[],
) {
  const learned = await models.get(workspaceId);
  return items.map((it) => {
    const c = classify({ text: it.text, language: it.language, languages: shop }, learned);
    return { id: it.id, ...c, model: modelVersionFor(c.language, learned) };
  });
}
