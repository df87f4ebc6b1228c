import { z } from "zod";
import {
  clockSchema,
  crisisTypeRefSchema,
  langSchema,
  planSchema,
  roleIdSchema,
  severityIdSchema,
} from "./default-plan/model.js";

export const reviewOut = z.object({
  last_reviewed: z.string().nullable(),
  next_review: z.string(),
  due: z.boolean(),
  days_left: z.number(),
});

export const planOut = z.object({
  revision: z.number(),
  language: langSchema,
  updated_at: z.string(),
  updated_by: z.string(),
  review: reviewOut,
  plan: planSchema,
});

export const planPut = z.object({
  plan: planSchema,
  /** The revision the editor loaded; a newer one on the server answers 409. */
  revision: z.number().int().positive().optional(),
  note: z.string().max(500).optional(),
});

export const langQuery = z.object({ lang: langSchema.optional() });

export const crisisTypeOut = z.object({
  id: crisisTypeRefSchema,
  name: z.string(),
  description: z.string(),
  likelihood: z.number(),
  impact: z.number(),
  risk: z.number(),
  default_severity: severityIdSchema,
  personal_data: z.boolean(),
  topics: z.array(z.string()),
  components: z.array(z.string()),
  messages: z.array(z.string()),
  approval: z.object({ required: z.boolean(), approvers: z.array(z.string()) }),
  escalation: z.array(z.object({ id: z.string(), raise_to: severityIdSchema, text: z.string() })),
  playbook: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      role: roleIdSchema,
      due_minutes: z.number(),
      clock: clockSchema.nullable(),
    }),
  ),
});

export const riskMatrixOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      likelihood: z.number(),
      impact: z.number(),
      score: z.number(),
    }),
  ),
  cells: z.array(
    z.object({ likelihood: z.number(), impact: z.number(), score: z.number(), types: z.array(z.string()) }),
  ),
});

export const changeOut = z.object({
  path: z.string(),
  change: z.enum(["added", "removed", "changed"]),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const revisionOut = z.object({
  id: z.string(),
  revision: z.number(),
  note: z.string(),
  reviewed: z.boolean(),
  created_by: z.string(),
  created_at: z.string(),
});

export const exportQuery = z.object({
  format: z.enum(["md", "html", "pdf"]).default("md"),
  lang: langSchema.optional(),
});
