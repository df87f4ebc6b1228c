import { z } from "zod";
import { LANGS } from "../plan/default-plan/index.js";
import { COMPONENT_IDS, COMPONENT_STATES, IMPACTS, INCIDENT_STATUSES } from "./model.js";

export const i18nText = z
  .partialRecord(z.enum(LANGS), z.string().max(5000))
  .refine((t) => Object.values(t).some((v) => v?.trim()), {
    message: "give the text in at least one language",
  });
export const componentId = z.enum(COMPONENT_IDS);

export const componentInput = z.object({
  state: z.enum(COMPONENT_STATES),
  note: z.string().max(500).nullable().optional(),
});

export const incidentInput = z.object({
  title: i18nText,
  status: z.enum(INCIDENT_STATUSES).default("investigating"),
  impact: z.enum(IMPACTS).default("minor"),
  components: z.array(componentId).default([]),
  body: i18nText,
  crisis_id: z.string().nullable().optional(),
});

export const updateInput = z.object({
  status: z.enum(INCIDENT_STATUSES),
  body: i18nText,
  impact: z.enum(IMPACTS).optional(),
  components: z.array(componentId).optional(),
});

export const maintenanceInput = z.object({
  title: i18nText,
  body: i18nText,
  components: z.array(componentId).min(1),
  starts_at: z.iso.datetime({ offset: true }),
  ends_at: z.iso.datetime({ offset: true }),
});

export const subscribeInput = z.object({
  email: z.email().max(320),
  lang: z.enum(LANGS).optional(),
});

export const tokenInput = z.object({ token: z.string().min(10).max(200) });
