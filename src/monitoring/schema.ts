import { z } from "zod";
import { hostOfServer, refuseInternalHost, refuseInternalUrl } from "../core/outbound.js";
// The plan owns the vocabulary of crisis types; a monitor names them. Status page components are the
// shop's own rows: the service checks that the one named exists.
import { CRISIS_TYPE_IDS } from "../plan/default-plan/model.js";
import { failureSchema } from "./failure.js";

export const MONITOR_TYPES = ["http", "tcp", "tls", "dns", "heartbeat", "provider"] as const;
export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;

const crisisMapping = z.object({
  type: z.enum(CRISIS_TYPE_IDS),
  severity: z.enum(SEVERITIES),
});

/** Settings every type shares. */
const common = {
  name: z.string().trim().min(1).max(200),
  interval_s: z.number().int().min(5).max(86_400).default(60),
  timeout_ms: z.number().int().min(100).max(60_000).optional(),
  retries: z.number().int().min(0).max(5).default(2),
  enabled: z.boolean().default(true),
  /** The status page component a down monitor moves. */
  component: z.string().trim().min(1).max(64).nullable().optional(),
  crisis: crisisMapping.nullable().optional(),
};

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "use an http:// or https:// URL")
  .superRefine(refuseInternalUrl);

/** Type-specific settings; stored in the `config` column. */
export const httpConfig = z.object({
  url: httpUrl,
  method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
  headers: z.record(z.string(), z.string().max(4000)).default({}),
  body: z.string().max(65_536).nullable().default(null),
  /** Accepted status codes; empty means 200–399. */
  expected_status: z.array(z.number().int().min(100).max(599)).max(50).default([]),
  keyword: z.string().min(1).max(500).nullable().default(null),
  /** true: the keyword must NOT be in the body. */
  keyword_absent: z.boolean().default(false),
  /** A dotted path into a JSON body (`data.status`, `items.0.ok`), compared to json_expected as text. */
  json_path: z.string().min(1).max(300).nullable().default(null),
  json_expected: z.string().max(500).nullable().default(null),
  max_latency_ms: z.number().int().min(1).max(120_000).nullable().default(null),
});
export const tcpConfig = z.object({
  host: z.string().trim().min(1).max(253).superRefine(refuseInternalHost),
  port: z.number().int().min(1).max(65_535),
});
export const tlsConfig = z.object({
  host: z.string().trim().min(1).max(253).superRefine(refuseInternalHost),
  port: z.number().int().min(1).max(65_535).default(443),
  /** Down this many days before the certificate expires. */
  tls_days: z.number().int().min(0).max(365).default(14),
  /** Accept certificates that do not verify (internal CAs); expiry is still checked. */
  tls_insecure: z.boolean().default(false),
});
export const dnsConfig = z.object({
  hostname: z.string().trim().min(1).max(253),
  record_type: z.enum(["A", "AAAA", "CNAME", "MX", "TXT", "NS"]).default("A"),
  /** A value that must be among the answers, or null for "resolves at all". */
  expected: z.string().trim().min(1).max(500).nullable().default(null),
  /** Resolver to ask (`1.1.1.1`, `127.0.0.1:5353`); null uses the system's. */
  dns_server: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .default(null)
    .superRefine((s, ctx) => refuseInternalHost(s && hostOfServer(s), ctx)),
});
export const heartbeatConfig = z.object({
  /** Extra time after the interval before a missing beat counts as late. */
  grace_s: z.number().int().min(0).max(86_400).default(60),
});
export const providerConfig = z.object({
  url: httpUrl,
  /** `statuspage`: an Atlassian Statuspage `/api/v2/summary.json`; `feed`: an RSS or Atom incident feed. */
  format: z.enum(["statuspage", "feed"]).default("statuspage"),
  /** The provider's components the shop relies on; empty means any. */
  components: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  /** The provider's name as the plan's continuity section knows it (e.g. "Stripe"). */
  provider: z.string().trim().min(1).max(200).nullable().default(null),
});

export const CONFIG_SCHEMAS = {
  http: httpConfig,
  tcp: tcpConfig,
  tls: tlsConfig,
  dns: dnsConfig,
  heartbeat: heartbeatConfig,
  provider: providerConfig,
} as const;

export type HttpConfig = z.infer<typeof httpConfig>;
export type TcpConfig = z.infer<typeof tcpConfig>;
export type TlsConfig = z.infer<typeof tlsConfig>;
export type DnsConfig = z.infer<typeof dnsConfig>;
export type HeartbeatConfig = z.infer<typeof heartbeatConfig>;
export type ProviderConfig = z.infer<typeof providerConfig>;
export type CrisisMapping = z.infer<typeof crisisMapping>;

export const createMonitorInput = z.discriminatedUnion("type", [
  httpConfig.extend({ type: z.literal("http"), ...common }),
  tcpConfig.extend({ type: z.literal("tcp"), ...common }),
  tlsConfig.extend({ type: z.literal("tls"), ...common, interval_s: common.interval_s.default(3600) }),
  dnsConfig.extend({ type: z.literal("dns"), ...common }),
  heartbeatConfig.extend({
    type: z.literal("heartbeat"),
    ...common,
    interval_s: common.interval_s.default(3600),
  }),
  providerConfig.extend({
    type: z.literal("provider"),
    ...common,
    interval_s: common.interval_s.default(120),
  }),
]);
export type CreateMonitorInput = z.input<typeof createMonitorInput>;

/**
 * A patch: any common setting and any setting of the monitor's type (checked against that type's schema
 * after merging with what is stored). The type itself does not change.
 */
export const patchMonitorInput = z
  .object({
    name: common.name,
    interval_s: z.number().int().min(5).max(86_400),
    timeout_ms: z.number().int().min(100).max(60_000),
    retries: common.retries.unwrap(),
    enabled: z.boolean(),
    component: common.component.unwrap(),
    crisis: common.crisis.unwrap(),
  })
  .partial()
  .catchall(z.unknown());
export type PatchMonitorInput = z.input<typeof patchMonitorInput>;

export const stateSchema = z.enum(["pending", "up", "down"]);

export const monitorOut = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(MONITOR_TYPES),
    state: stateSchema,
    state_changed_at: z.string().nullable(),
    last_checked_at: z.string().nullable(),
    last_latency_ms: z.number().nullable(),
    last_error: z.string().nullable(),
    /** The same as fields, for a reader's own language (failure.ts); absent when `last_error` is null. */
    last_error_why: failureSchema.optional(),
    interval_s: z.number(),
    timeout_ms: z.number(),
    retries: z.number(),
    enabled: z.boolean(),
    component: z.string().nullable(),
    crisis: crisisMapping.nullable(),
    crisis_id: z.string().nullable(),
    next_run_at: z.string(),
    last_beat_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    /** Latency of the most recent checks, oldest first (null for a failed check). */
    sparkline: z.array(z.number().nullable()).optional(),
    /** Shown once, when a heartbeat monitor is created or its token is rotated. */
    heartbeat_url: z.string().optional(),
  })
  .catchall(z.unknown());
export type MonitorOut = z.infer<typeof monitorOut>;

export const checkOut = z.object({
  at: z.string(),
  ok: z.boolean(),
  latency_ms: z.number().nullable(),
  error: z.string().nullable(),
});

export const historyPointOut = z.object({
  start: z.string(),
  count: z.number(),
  up_count: z.number(),
  uptime: z.number().nullable(),
  latency_p50: z.number().nullable(),
  latency_p95: z.number().nullable(),
  latency_max: z.number().nullable(),
});

export const eventOut = z.object({
  id: z.string(),
  at: z.string(),
  from_state: stateSchema,
  to_state: stateSchema,
  reason: z.string().nullable(),
  /** The same as fields, for a reader's own language (failure.ts); absent when `reason` is null. */
  reason_why: failureSchema.optional(),
});

export const historyQuery = z.object({
  /** raw: the checks of the last hours; hour: hourly rollups; day: daily rollups. */
  resolution: z.enum(["raw", "hour", "day"]).default("hour"),
  since: z.string().datetime().optional(),
  until: z.string().datetime().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().optional(),
  state: stateSchema.optional(),
  type: z.enum(MONITOR_TYPES).optional(),
  sparkline: z.enum(["0", "1"]).default("1"),
});

/** GET /monitors/{id}/uptime: one entry per day, oldest first; `uptime` is null on a day without checks. */
export const uptimeOut = z.object({
  monitor_id: z.string(),
  component: z.string().nullable(),
  state: stateSchema,
  days: z.array(
    z.object({
      day: z.string(),
      checks: z.number().int(),
      up: z.number().int(),
      uptime: z.number().nullable(),
    }),
  ),
});
