import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { formatLocale } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";

export const TOPICS = [
  "delivery",
  "product_quality",
  "order_error",
  "customer_service",
  "price",
  "payment",
  "returns_refunds",
  "fraud",
  "security",
  "outage",
] as const;
const LANGUAGES = ["en", "pl", "it", "fr", "de", "es"] as const;

/**
 * The language filter's choices: our six, then other languages seen in the mentions shown (the
 * classifier names Portuguese or Dutch posts "pt", "nl") and the chosen one, then "und".
 */
export function languageChoices(seen: readonly string[], chosen: string): string[] {
  const six: readonly string[] = LANGUAGES;
  const others = [...new Set([...seen, ...(chosen ? [chosen] : [])])]
    .filter((l) => l && l !== "und" && !six.includes(l))
    .sort();
  return [...six, ...others, "und"];
}
const SENTIMENTS = ["negative", "neutral", "positive"] as const;

export type Bucket = "minute" | "hour" | "day";
/** The periods the page offers, with the bucket sizes that make a readable chart for each. */
export const RANGES = {
  "24h": { ms: 86_400_000, buckets: ["minute", "hour"] },
  "7d": { ms: 7 * 86_400_000, buckets: ["hour", "day"] },
  "30d": { ms: 30 * 86_400_000, buckets: ["hour", "day"] },
  "365d": { ms: 365 * 86_400_000, buckets: ["day"] },
} as const satisfies Record<string, { ms: number; buckets: readonly Bucket[] }>;
export type Range = keyof typeof RANGES;

export interface Filters {
  sentiment: string;
  topic: string;
  language: string;
  source: string;
  q: string;
  range: Range;
  bucket: Bucket;
}

const isRange = (v: string | null): v is Range => v !== null && v in RANGES;

/** The filters live in the address bar, so a view can be shared, reloaded and gone back to. */
export function useUrlFilters(): [Filters, (next: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const range: Range = isRange(params.get("range")) ? (params.get("range") as Range) : "7d";
  const allowed: readonly Bucket[] = RANGES[range].buckets;
  const asked = params.get("bucket") as Bucket | null;
  const filters: Filters = {
    sentiment: params.get("sentiment") ?? "",
    topic: params.get("topic") ?? "",
    language: params.get("language") ?? "",
    source: params.get("source") ?? "",
    q: params.get("q") ?? "",
    range,
    bucket: asked && allowed.includes(asked) ? asked : (allowed[0] as Bucket),
  };
  // Merged into the address as it is when the change lands, not as it was when this render ran: a
  // debounced search arriving after a select was changed must not undo the select.
  const update = (next: Partial<Filters>) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        for (const [k, v] of Object.entries(next)) {
          if (v) out.set(k, v);
          else out.delete(k);
        }
        if (out.get("range") === "7d") out.delete("range");
        return out;
      },
      { replace: true },
    );
  return [filters, update];
}

/** Query parameters of the list and stats routes; empty ones are dropped by withQuery. */
export const toParams = (f: Filters) => ({
  sentiment: f.sentiment,
  topic: f.topic,
  language: f.language,
  source: f.source,
  q: f.q,
});

/** Free-text fields wait for a pause in typing so each keystroke does not reload the list. */
function useDebounced(value: string, ms: number) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** "Polish", "polski": a language code in words, in the interface language. */
export function useLanguageName() {
  const t = useT();
  return useMemo(() => {
    const names = new Intl.DisplayNames([formatLocale()], { type: "language" });
    return (code: string) => (code === "und" ? t("mentions.lang_unknown") : (names.of(code) ?? code));
  }, [t]);
}

export interface FiltersBarProps {
  value: Filters;
  onChange: (next: Partial<Filters>) => void;
  /** Source names to choose from (the workspace's sources and those seen in mentions). */
  sources: string[];
  /** Languages seen in the mentions shown, offered besides our six. */
  languages?: string[];
}

export function FiltersBar({ value, onChange, sources, languages = [] }: FiltersBarProps) {
  const t = useT();
  const tOr = useTOr();
  const languageName = useLanguageName();
  const [q, setQ] = useState(value.q);
  const dq = useDebounced(q, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives this.
  useEffect(() => {
    if (dq !== value.q) onChange({ q: dq });
  }, [dq]);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => onChange({ [k]: e.target.value });
  const choices = [...new Set([...sources, ...(value.source ? [value.source] : [])])].sort();

  return (
    <form className="filters" aria-label={t("mentions.filters")} onSubmit={(e) => e.preventDefault()}>
      <label className="filter filter-q">
        {t("mentions.search")}
        <input
          className="input"
          type="search"
          value={q}
          placeholder={t("mentions.search_hint")}
          onChange={(e) => setQ(e.target.value)}
          data-testid="filter-q"
        />
      </label>
      <label className="filter">
        {t("mentions.period")}
        <select className="select" value={value.range} onChange={set("range")} data-testid="filter-range">
          {(Object.keys(RANGES) as Range[]).map((r) => (
            <option key={r} value={r}>
              {t(`mentions.range.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t("mentions.sentiment")}
        <select
          className="select"
          value={value.sentiment}
          onChange={set("sentiment")}
          data-testid="filter-sentiment"
        >
          <option value="">{t("mentions.any")}</option>
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {t(`value.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t("mentions.topic")}
        <select className="select" value={value.topic} onChange={set("topic")} data-testid="filter-topic">
          <option value="">{t("mentions.any")}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {tOr(`topic.${topic}`, topic)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t("mentions.language")}
        <select
          className="select"
          value={value.language}
          onChange={set("language")}
          data-testid="filter-language"
        >
          <option value="">{t("mentions.any")}</option>
          {languageChoices(languages, value.language).map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t("mentions.source")}
        <select className="select" value={value.source} onChange={set("source")} data-testid="filter-source">
          <option value="">{t("mentions.any")}</option>
          {choices.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t("mentions.per")}
        <select className="select" value={value.bucket} onChange={set("bucket")} data-testid="filter-bucket">
          {RANGES[value.range].buckets.map((b) => (
            <option key={b} value={b}>
              {t(`mentions.bucket.${b}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
