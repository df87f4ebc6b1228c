import { z } from "zod";
import { LANGS } from "../plan/default-plan/index.js";
import { COMPONENT_STATES, IMPACTS, INCIDENT_STATUSES } from "./model.js";

/**
 * The answers of the page's own JSON routes (the `Snapshot` of model.ts), so the OpenAPI document and a
 * client generated from it can read them: `GET /api/v1/status/page` (the team's view) and the public
 * `/status.json`, which renders the same snapshot (render.ts `renderJson`).
 */
const text = z.partialRecord(z.enum(LANGS), z.string());
const state = z.enum(COMPONENT_STATES);
const component = z.object({
  id: z.string(),
  name: text,
  group: z.boolean(),
  group_id: z.string().nullable(),
  position: z.number().int(),
  state,
  note: z.string().nullable(),
  uptime_90d: z.number().nullable(),
  days: z.array(z.object({ day: z.string(), uptime: z.number().nullable() })),
});
const incident = z.object({
  id: z.string(),
  title: text,
  status: z.enum(INCIDENT_STATUSES),
  impact: z.enum(IMPACTS),
  components: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  resolved_at: z.string().nullable(),
  updates: z.array(
    z.object({
      id: z.string(),
      status: z.enum(INCIDENT_STATUSES),
      body: text,
      published_at: z.string(),
    }),
  ),
});
const maintenance = z.object({
  id: z.string(),
  title: text,
  body: text,
  components: z.array(z.string()),
  starts_at: z.string(),
  ends_at: z.string(),
  active: z.boolean(),
  created_at: z.string().optional(),
});

export const snapshotOut = z.object({
  workspace: z.object({
    slug: z.string(),
    name: z.string(),
    language: z.enum(LANGS),
    time_zone: z.string(),
    languages: z.array(z.enum(LANGS)),
    brand: z.object({ logo_url: z.string().nullable(), color: z.string().nullable() }).optional(),
  }),
  url: z.string().describe("where customers reach the page: the workspace's public_url when set"),
  generated_at: z.string(),
  status: state,
  components: z.array(component),
  incidents: z.array(incident),
  maintenance: z.array(maintenance),
});

export const statusJsonOut = z.object({
  page: z.object({
    name: z.string(),
    slug: z.string(),
    url: z.string(),
    language: z.enum(LANGS),
    languages: z.array(z.enum(LANGS)),
    time_zone: z.string(),
    updated_at: z.string(),
  }),
  status: state,
  components: z.array(component),
  incidents: z.array(incident),
  maintenance: z.array(maintenance),
});

export const subscribersOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      language: z.string(),
      created_at: z.string(),
      confirmed_at: z.string().nullable(),
      unsubscribed_at: z.string().nullable(),
    }),
  ),
  next_cursor: z.null(),
});

/** A subscription asked for by JSON; a form post gets a small HTML page with the same 202. */
export const subscribeOut = z.object({ status: z.literal("pending_confirmation") });
