import { classify, modelVersionFor } from "../../nlp/index.js";
import type { ModelCache } from "./models.js";

export interface ClassifyItem {
  id: string | number;
  text: string;
  language?: string | undefined;
}

/** Reads texts as the workspace's mentions are read: its learned model where active, the shipped one elsewhere. */
export async function classifyItems(models: ModelCache, workspaceId: string, items: ClassifyItem[]) {
  const learned = await models.get(workspaceId);
  return items.map((it) => {
    const c = classify({ text: it.text, language: it.language }, learned);
    return { id: it.id, ...c, model: modelVersionFor(c.language, learned) };
  });
}
