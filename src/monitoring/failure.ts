import { z } from "zod";

/**
 * Why a check failed, as fields. The stored `error` / `reason` stays the English sentence (API readers,
 * mails, the crisis timeline); the dashboard says the fields in its reader's language. Read back from the
 * sentence (`failureOf`), so rows written before the fields existed are read the same way and nothing
 * new is stored: each sentence below has exactly one reading.
 */
export const failureSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("http_status"), status: z.number() }),
  z.object({ code: z.literal("keyword_present"), keyword: z.string() }),
  z.object({ code: z.literal("keyword_missing"), keyword: z.string() }),
  z.object({ code: z.literal("not_json") }),
  z.object({ code: z.literal("json_missing"), path: z.string() }),
  z.object({ code: z.literal("json_value"), path: z.string(), got: z.string(), expected: z.string() }),
  z.object({ code: z.literal("slow"), ms: z.number(), max: z.number() }),
  z.object({ code: z.literal("timeout") }),
  z.object({ code: z.literal("no_certificate") }),
  z.object({ code: z.literal("cert_expired"), at: z.string() }),
  z.object({ code: z.literal("cert_expiring"), days: z.number(), at: z.string() }),
  z.object({ code: z.literal("dns_no_answer") }),
  z.object({ code: z.literal("dns_mismatch"), expected: z.string(), answers: z.string() }),
  z.object({ code: z.literal("no_beat"), since: z.string().nullable() }),
  z.object({ code: z.literal("provider_http"), status: z.number() }),
  z.object({ code: z.literal("provider_unreadable"), detail: z.string() }),
  /** What a provider's page reports: its name (null: "the provider"), components and incident titles. */
  z.object({
    code: z.literal("provider_reports"),
    provider: z.string().nullable(),
    components: z.array(z.string()),
    incidents: z.array(z.string()),
  }),
  z.object({ code: z.literal("recovered") }),
  /** A library's or the network's own words (ECONNREFUSED, a TLS error): shown as they came. */
  z.object({ code: z.literal("other"), detail: z.string() }),
]);
export type Failure = z.infer<typeof failureSchema>;

/** The English sentence of a failure, as checks have always stored it. */
export function failureText(f: Failure): string {
  switch (f.code) {
    case "http_status":
      return `HTTP ${f.status}`;
    case "keyword_present":
      return `keyword "${f.keyword}" is present`;
    case "keyword_missing":
      return `keyword "${f.keyword}" not found`;
    case "not_json":
      return "the body is not JSON";
    case "json_missing":
      return `no value at ${f.path}`;
    case "json_value":
      return `${f.path} is ${f.got}, expected ${f.expected}`;
    case "slow":
      return `slow: ${f.ms} ms > ${f.max} ms`;
    case "timeout":
      return "timed out";
    case "no_certificate":
      return "no certificate";
    case "cert_expired":
      return `certificate expired on ${f.at}`;
    case "cert_expiring":
      return `certificate expires in ${f.days} days (${f.at})`;
    case "dns_no_answer":
      return "no answer";
    case "dns_mismatch":
      return `${f.expected} not among ${f.answers}`;
    case "no_beat":
      return f.since ? `no beat since ${f.since}` : "no beat since the monitor was created";
    case "provider_http":
      return `status page answered HTTP ${f.status}`;
    case "provider_unreadable":
      return `status page unreadable: ${f.detail}`;
    case "provider_reports": {
      const parts = [];
      if (f.components.length) parts.push(`components ${f.components.join(", ")}`);
      if (f.incidents.length) parts.push(`incident ${f.incidents.map((i) => `"${i}"`).join(", ")}`);
      return `${f.provider ?? "the provider"} reports ${parts.join("; ")}`;
    }
    case "recovered":
      return "recovered";
    case "other":
      return f.detail;
  }
}

const ISO = "\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z";
const READINGS: [RegExp, (m: RegExpExecArray) => Failure][] = [
  [/^HTTP (\d{3})$/, (m) => ({ code: "http_status", status: Number(m[1]) })],
  [/^keyword "(.*)" is present$/s, (m) => ({ code: "keyword_present", keyword: m[1] ?? "" })],
  [/^keyword "(.*)" not found$/s, (m) => ({ code: "keyword_missing", keyword: m[1] ?? "" })],
  [/^the body is not JSON$/, () => ({ code: "not_json" })],
  [/^no value at (.+)$/s, (m) => ({ code: "json_missing", path: m[1] ?? "" })],
  [/^slow: (\d+) ms > (\d+) ms$/, (m) => ({ code: "slow", ms: Number(m[1]), max: Number(m[2]) })],
  [/^timed out$/, () => ({ code: "timeout" })],
  [/^no certificate$/, () => ({ code: "no_certificate" })],
  [new RegExp(`^certificate expired on (${ISO})$`), (m) => ({ code: "cert_expired", at: m[1] ?? "" })],
  [
    new RegExp(`^certificate expires in (\\d+) days \\((${ISO})\\)$`),
    (m) => ({ code: "cert_expiring", days: Number(m[1]), at: m[2] ?? "" }),
  ],
  [/^no answer$/, () => ({ code: "dns_no_answer" })],
  [/^no beat since the monitor was created$/, () => ({ code: "no_beat", since: null })],
  [new RegExp(`^no beat since (${ISO})$`), (m) => ({ code: "no_beat", since: m[1] ?? "" })],
  [/^status page answered HTTP (\d{3})$/, (m) => ({ code: "provider_http", status: Number(m[1]) })],
  [/^status page unreadable: (.*)$/s, (m) => ({ code: "provider_unreadable", detail: m[1] ?? "" })],
  [/^(.+?) reports ((?:components|incident) .+)$/s, (m) => providerReports(m[1] ?? "", m[2] ?? "")],
  [/^recovered$/, () => ({ code: "recovered" })],
  [/^(\S+) not among (.+)$/s, (m) => ({ code: "dns_mismatch", expected: m[1] ?? "", answers: m[2] ?? "" })],
  [
    /^(\S+) is (.*), expected (.*)$/s,
    (m) => ({ code: "json_value", path: m[1] ?? "", got: m[2] ?? "", expected: m[3] ?? "" }),
  ],
];

function providerReports(who: string, rest: string): Failure {
  const [first = "", second = ""] = rest.split(/; (?=incident ")/);
  const components = first.startsWith("components ") ? first.slice("components ".length) : "";
  const incidents = first.startsWith("incident ") ? first : second;
  return {
    code: "provider_reports",
    provider: who === "the provider" ? null : who,
    components: components ? components.split(", ") : [],
    incidents: [...incidents.slice("incident ".length).matchAll(/"((?:[^"]|"(?!, "|$))*)"/g)].map(
      (x) => x[1] ?? "",
    ),
  };
}

/** The fields of a stored sentence; a sentence of no known form is the network's own words. */
export function failureOf(text: string | null): Failure | null {
  if (text === null) return null;
  for (const [re, read] of READINGS) {
    const m = re.exec(text);
    if (m) return read(m);
  }
  return { code: "other", detail: text };
}
