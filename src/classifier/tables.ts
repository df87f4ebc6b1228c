/** One row per training of a workspace's classifier; the newest decides which model reads its mentions. */
export interface ClassifierModelsTable {
  id: string;
  workspace_id: string;
  /** "learned-N", recorded on every mention the model reads */
  version: string;
  /** labels it was trained and cross-validated on */
  labels: number;
  /** labelled mentions in the store when it trained (the job counts new labels from here) */
  labelled_mentions: number;
  /** 0/1: at least one language's learned model beat the shipped one and is in use */
  active: number;
  /** JSON: per language figures (see schema.ts languageOut) */
  report: string;
  /** The firebreak-learned/1 model (only the active languages), null when none is active. */
  model: string | null;
  size_bytes: number;
  duration_ms: number;
  /** "manual" (POST /train, the dashboard) or "job" (enough new labels arrived) */
  trigger: string;
  trained_at: string;
}

export interface ClassifierTables {
  classifier_models: ClassifierModelsTable;
}
