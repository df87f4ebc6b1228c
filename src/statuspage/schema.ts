import { z } from "zod";
import { LANGS } from "../plan/default-plan/index.js";
import { COMPONENT_STATES, IMPACTS, INCIDENT_STATUSES } from "./model.js";

export const i18nText = z
  .partialRecord(z.enum(LANGS), z.string().max(5000))
  .refine((t) => Object.values(t).some((v) => v?.trim()), {
    message: "give the text in at least one language",
  });
/** A component of the workspace's own; the service checks that it exists (400 naming the field). */
export const componentId = z.string().trim().min(1).max(64);

const componentName = z
  .partialRecord(z.enum(LANGS), z.string().trim().max(100))
  .refine((t) => Object.values(t).some((v) => v?.trim()), {
    message: "give the name in at least one language",
  });

/** A new component, or a group (`group: true`, a named parent other components are placed in). */
export const componentCreate = z.object({
  name: componentName,
  group: z.boolean().default(false),
  group_id: z.string().max(64).nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const componentPatch = z
  .object({
    name: componentName.optional(),
    group_id: z.string().max(64).nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "give name, group_id or position" });

/** The components (or groups) in the order the page shows them among their siblings. */
export const componentOrder = z.object({ ids: z.array(componentId).min(1).max(500) });

export const componentOut = z.object({
  id: z.string(),
  name: z.partialRecord(z.enum(LANGS), z.string()),
  group: z.boolean(),
  group_id: z.string().nullable(),
  position: z.number().int(),
  state: z.enum(COMPONENT_STATES),
  note: z.string().nullable(),
  updated_at: z.string(),
});

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

/** New times for a window (title, text and components stay: a different window is a new one). */
export const maintenanceTimes = z.object({
  starts_at: z.iso.datetime({ offset: true }),
  ends_at: z.iso.datetime({ offset: true }),
});

export const subscribeInput = z.object({
  email: z.email().max(320),
  lang: z.enum(LANGS).optional(),
});

export const tokenInput = z.object({ token: z.string().min(10).max(200) });
