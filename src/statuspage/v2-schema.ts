import { z } from "zod";
import { IMPACTS, INCIDENT_STATUSES } from "./model.js";
import { V2_COMPONENT_STATUSES, V2_INDICATORS } from "./v2.js";

/** The documented Statuspage v2 shapes, for the OpenAPI document (the bodies are rendered in v2.ts). */

const page = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  time_zone: z.string(),
  updated_at: z.string(),
});
const status = z.object({ indicator: z.enum(V2_INDICATORS), description: z.string() });
const component = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(V2_COMPONENT_STATUSES),
  created_at: z.string().nullable(),
  updated_at: z.string(),
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  /** On a group only: the ids of its components. */
  components: z.array(z.string()).optional(),
});
/** Statuspage's scheduled-maintenance statuses (Firebreak gives `scheduled`, `in_progress`, `completed`). */
const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;
const update = z.object({
  id: z.string(),
  status: z.enum([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]),
  body: z.string(),
  incident_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  display_at: z.string(),
  affected_components: z.null(),
  deliver_notifications: z.boolean(),
  custom_tweet: z.null(),
  tweet_id: z.null(),
});
const incident = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  created_at: z.string(),
  updated_at: z.string(),
  monitoring_at: z.string().nullable(),
  resolved_at: z.string().nullable(),
  impact: z.enum(IMPACTS),
  shortlink: z.string(),
  started_at: z.string(),
  page_id: z.string(),
  incident_updates: z.array(update),
  components: z.array(component),
});
const maintenance = incident.extend({
  status: z.enum(MAINTENANCE_STATUSES),
  impact: z.literal("maintenance"),
  scheduled_for: z.string(),
  scheduled_until: z.string(),
});

export const V2_RESPONSES = {
  summary: z.object({
    page,
    components: z.array(component),
    incidents: z.array(incident),
    scheduled_maintenances: z.array(maintenance),
    status,
  }),
  status: z.object({ page, status }),
  components: z.object({ page, components: z.array(component) }),
  incidents: z.object({ page, incidents: z.array(incident) }),
  "incidents/unresolved": z.object({ page, incidents: z.array(incident) }),
  "scheduled-maintenances": z.object({ page, scheduled_maintenances: z.array(maintenance) }),
} as const;
