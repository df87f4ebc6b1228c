import { z } from "zod";
import { TOPICS } from "../../nlp/index.js";

/**
 * Detector settings of one workspace. Windows are counted in buckets; every spike window ends with the
 * bucket in progress, so a window of 2 buckets looks at the last 5–10 minutes with 5-minute buckets.
 */
const countFields = (minCount: number) => ({
  enabled: z.boolean().default(true),
  /** An alarm needs at least this many mentions in the rise, whatever the test says. */
  minCount: z.number().int().min(1).default(minCount),
});

const spikeFields = (minCount: number, openScore?: number) => ({
  enabled: z.boolean().default(true),
  /** Fewer than this many in the window never opens an episode, whatever the score. */
  minCount: z.number().int().min(1).default(minCount),
  /** Score (−log10 p) that opens an episode; overrides `spike.openScore` when set. */
  openScore:
    openScore === undefined ? z.number().positive().optional() : z.number().positive().default(openScore),
});

const SURGE_MAX_MS = 14 * 86_400_000;

/**
 * A planned surge the shop declares (a sale, a newsletter, a TV spot): inside [start, end) every mention
 * rate and shop count is expected at `multiple` times the usual (planned.ts). Bounded to two weeks so a
 * forgotten entry cannot blind the detectors for long.
 */
const plannedSurgeSchema = z
  .object({
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    multiple: z.number().min(1).max(50),
    label: z.string().trim().min(1).max(120),
  })
  .superRefine((s, ctx) => {
    const span = Date.parse(s.end) - Date.parse(s.start);
    if (!(span > 0))
      ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start: set a later end" });
    else if (span > SURGE_MAX_MS)
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "a planned surge lasts at most 14 days: set an earlier end or declare several surges",
      });
  });

export const detectionConfigSchema = z.object({
  bucketMinutes: z.number().int().min(1).max(60).default(5),
  /** Data time the baseline learns before any spike or drop detector speaks. */
  warmupHours: z.number().min(0).default(48),
  baseline: z
    .object({
      /** Half-life of the deseasonalised level of each shop series. */
      levelHalfLifeHours: z.number().positive().default(72),
      /**
       * A mention series' level remembers about this many expected mentions (a busy series adapts within
       * hours, a sparse one over days), between the two half-lives below.
       */
      levelMemoryMentions: z.number().positive().default(2000),
      minLevelHalfLifeHours: z.number().positive().default(12),
      maxLevelHalfLifeHours: z.number().positive().default(336),
      /** Half-life of the hour-of-day profile. */
      hourOfDayHalfLifeDays: z.number().positive().default(14),
      /** Half-life of the day-of-week profile. */
      dayOfWeekHalfLifeDays: z.number().positive().default(35),
      /** Expected mentions per hour never go below this (a topic never seen before). */
      minExpectedPerHour: z.number().positive().default(0.1),
      /** Inside an episode the level stops learning for this long, so a spike does not become normal. */
      freezeHours: z.number().min(0).default(12),
    })
    .prefault({}),
  spike: z
    .object({
      windows: z.array(z.number().int().min(1).max(48)).min(1).default([2, 4, 6, 12]),
      openScore: z.number().positive().default(6),
      /** An episode ends after `closeAfterBuckets` closed buckets with every window below this. */
      closeScore: z.number().positive().default(2),
      closeAfterBuckets: z.number().int().min(1).default(2),
      /** Observed must be at least this multiple of expected. */
      minRatio: z.number().min(1).default(2),
      /** Negative-binomial size: variance = μ + μ²/size (Poisson when very large). */
      dispersion: z.number().positive().default(30),
      /**
       * Until the scope has this many days of data, a spike needs `settlingExtraScore` more to open: a young
       * baseline (a profile not yet trusted, a level still moving) is less sure of what is normal.
       */
      settlingDays: z.number().min(0).default(7),
      settlingExtraScore: z.number().min(0).default(1),
      /** An `update` is sent when the window count has grown by this fraction since the last step. */
      updateGrowth: z.number().positive().default(0.5),
    })
    .prefault({}),
  /**
   * Sensitivity: how many alarms a week the mention detectors may raise on ordinary traffic, all series
   * together. Every threshold is derived from it (see sequential.ts and docs/detection.md).
   */
  falseAlarmsPerWeek: z.number().min(0.01).max(100).default(1),
  /**
   * Each mention series runs one sequential test per factor, each tuned to a rise to that many times the
   * expected rate: 2 finds slow or moderate waves, 12 finds a sudden wave in a sparse series fast.
   */
  riseFactors: z.array(z.number().min(1.2).max(50)).min(1).max(6).default([3, 6, 15]),
  volume: z.object(countFields(5)).prefault({}),
  negative: z.object(countFields(3)).prefault({}),
  /** Mentions the classifier marks as complaints. */
  complaint: z.object(countFields(3)).prefault({}),
  /** The negative share of all mentions (negatives given the volume), so a rise with flat volume is seen. */
  share: z.object(countFields(3)).prefault({}),
  topics: z.object({ ...countFields(3), topics: z.array(z.enum(TOPICS)).default([...TOPICS]) }).prefault({}),
  perSource: z
    .object({
      enabled: z.boolean().default(true),
      /** Sources beyond this many (first seen first) are only counted overall: state stays bounded. */
      maxSources: z.number().int().min(0).default(20),
    })
    .prefault({}),
  perLanguage: z
    .object({
      enabled: z.boolean().default(true),
      /** Languages beyond this many (first seen first) are only counted overall. */
      maxLanguages: z.number().int().min(0).default(8),
    })
    .prefault({}),
  /** One person is not a wave: each author counts at most this many mentions an hour in the rate series. */
  perAuthor: z
    .object({
      /** 0 counts every mention. */
      maxPerHour: z.number().int().min(0).max(1000).default(2),
    })
    .prefault({}),
  /** One text is one piece of evidence (copies.ts): a text of five words or more counts this often an hour. */
  perText: z
    .object({
      /** 0 counts every copy. */
      maxPerHour: z.number().int().min(0).max(1000).default(1),
    })
    .prefault({}),
  highReachNegative: z
    .object({
      enabled: z.boolean().default(true),
      minFollowers: z.number().int().min(0).default(10_000),
      /** One episode per author; it closes after this long without another such mention. */
      quietHours: z.number().positive().default(24),
    })
    .prefault({}),
  crisisSignal: z
    .object({
      enabled: z.boolean().default(true),
      /** One episode per signal; it closes after this long without another mention carrying it. */
      quietHours: z.number().positive().default(6),
    })
    .prefault({}),
  orderDrop: z
    .object({
      enabled: z.boolean().default(true),
      windows: z.array(z.number().int().min(1).max(96)).min(1).default([6, 12, 24]),
      openScore: z.number().positive().default(5),
      /** Too few orders expected in a window to tell a drop from chance: stay silent. */
      minExpected: z.number().positive().default(10),
      /** Observed must be at most this fraction of expected. */
      maxRatio: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  paymentFailure: z
    .object({
      ...spikeFields(5),
      /** The failure ratio must also be high, when the shop reports successful payments too. */
      minShareScore: z.number().min(0).default(2),
    })
    .prefault({}),
  /** Planned surges (planned.ts): the tests compare each series with the declared level inside them. */
  plannedSurges: z.array(plannedSurgeSchema).max(20).default([]),
  /** A wave of cancelled orders (Shopify orders/cancelled, WooCommerce cancelled). */
  cancellation: z
    .object({
      ...spikeFields(5),
      /** The cancelled share of orders must also be high, when the shop reports its orders. */
      minShareScore: z.number().min(0).default(2),
    })
    .prefault({}),
});

export type DetectionConfig = z.infer<typeof detectionConfigSchema>;
export type DetectionConfigInput = z.input<typeof detectionConfigSchema>;

export const defaultDetectionConfig = (): DetectionConfig => detectionConfigSchema.parse({});

export const parseDetectionConfig = (input: unknown): DetectionConfig =>
  detectionConfigSchema.parse(input ?? {});
