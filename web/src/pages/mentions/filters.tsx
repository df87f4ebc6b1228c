import { useEffect, useState } from "react";

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
const LANGUAGES = ["en", "pl", "it", "fr", "de", "es", "und"] as const;

export interface Filters {
  sentiment: string;
  topic: string;
  language: string;
  source: string;
  q: string;
  bucket: "minute" | "hour" | "day";
}

export const EMPTY_FILTERS: Filters = {
  sentiment: "",
  topic: "",
  language: "",
  source: "",
  q: "",
  bucket: "hour",
};

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

export function FiltersBar({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const [q, setQ] = useState(value.q);
  const [source, setSource] = useState(value.source);
  const dq = useDebounced(q, 300);
  const ds = useDebounced(source, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives this.
  useEffect(() => {
    if (dq !== value.q || ds !== value.source) onChange({ ...value, q: dq, source: ds });
  }, [dq, ds]);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });

  return (
    <form className="filters" aria-label="Filter mentions" onSubmit={(e) => e.preventDefault()}>
      <label>
        Text
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} data-testid="filter-q" />
      </label>
      <label>
        Sentiment
        <select value={value.sentiment} onChange={set("sentiment")} data-testid="filter-sentiment">
          <option value="">any</option>
          <option value="negative">negative</option>
          <option value="neutral">neutral</option>
          <option value="positive">positive</option>
        </select>
      </label>
      <label>
        Topic
        <select value={value.topic} onChange={set("topic")} data-testid="filter-topic">
          <option value="">any</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {t.replace("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select value={value.language} onChange={set("language")} data-testid="filter-language">
          <option value="">any</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <input value={source} onChange={(e) => setSource(e.target.value)} data-testid="filter-source" />
      </label>
      <label>
        Per
        <select value={value.bucket} onChange={set("bucket")} data-testid="filter-bucket">
          <option value="minute">minute</option>
          <option value="hour">hour</option>
          <option value="day">day</option>
        </select>
      </label>
    </form>
  );
}
