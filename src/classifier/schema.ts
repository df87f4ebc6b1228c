import { z } from "zod";

export const MAX_CLASSIFY = 1000;

export const classifyBody = z.object({
  items: z
    .array(
      z.object({
        id: z.union([z.string().max(500), z.number()]),
        text: z.string().max(50_000),
        language: z
          .string()
          .trim()
          .regex(/^[a-z]{2,3}$/i, "use an ISO 639-1 code such as en")
          .transform((s) => s.toLowerCase())
          .optional(),
      }),
    )
    .min(1)
    .max(MAX_CLASSIFY, `at most ${MAX_CLASSIFY} items per request`),
});

export const classifyOut = z.object({
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]),
      language: z.string(),
      sentiment: z.enum(["negative", "neutral", "positive"]),
      score: z.number(),
      complaint: z.boolean(),
      topics: z.array(z.string()),
      model: z.string(),
    }),
  ),
});

export const languageOut = z.object({
  labels: z.number(),
  negative: z.number().optional(),
  /** Cross-validated macro-F1 (negative against not) of the learned model; null before one could learn. */
  macro_f1: z.number().nullable(),
  shipped_macro_f1: z.number().nullable(),
  macro_f1_3: z.number().nullable().optional(),
  shipped_macro_f1_3: z.number().nullable().optional(),
  active: z.boolean(),
  reason: z.string().nullable().optional(),
  /** What cross-validation chose: the L2 strength and the shift of the negative class's score. */
  l2: z.number().nullable().optional(),
  neg_shift: z.number().nullable().optional(),
  /**
   * How far the learned model leans on the shipped model's verdict, chosen by cross-validation from
   * 0, 0.5, 1 and 2: a pull of the negative class's score towards the shipped decision. 0 is the learned
   * model alone; 2 keeps the shipped verdict unless the learned model is sure. Null before learning.
   */
  blend: z.number().nullable().optional(),
  /** Share of paired bootstrap resamples of the labels in which the learned model is ahead. */
  wins: z.number().nullable().optional(),
});
export type LanguageOut = z.infer<typeof languageOut>;

export const classifierOut = z.object({
  /** null before the first training */
  version: z.string().nullable(),
  labels: z.number(),
  active: z.boolean(),
  languages: z.record(z.string(), languageOut),
  trained_at: z.string().nullable(),
  duration_ms: z.number().nullable(),
  size_bytes: z.number().nullable(),
  trigger: z.string().nullable(),
  /** Labels in the store now, per language: what the next training will learn from. */
  labels_now: z.record(z.string(), z.number()),
  /** Labels that must still arrive before the job trains by itself. */
  next_training_in: z.number(),
});
export type ClassifierOut = z.infer<typeof classifierOut>;
