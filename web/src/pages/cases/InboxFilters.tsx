import type { ReactNode } from "react";
import { useT, useTOr } from "../../i18n/t.js";
import { PRIORITIES, STATUSES, TOPICS } from "./types.js";

/**
 * The inbox's filters and order. They live in the URL's search parameters so a link or a reload keeps
 * them; `setFilter` writes one back.
 */
export function InboxFilters({
  params,
  setFilter,
}: {
  params: URLSearchParams;
  setFilter: (key: string, value: string) => void;
}): ReactNode {
  const t = useT();
  const tOr = useTOr();
  const status = params.get("status") ?? "open";
  const priority = params.get("priority") ?? "";
  const topic = params.get("topic") ?? "";
  const overdue = params.get("overdue") === "true";
  const sort = params.get("sort") === "urgent" ? "urgent" : "newest";
  return (
    <>
      <div className="cases-filters">
        <label>
          {t("crises.col_status")}{" "}
          <select
            className="select"
            value={status}
            onChange={(e) => setFilter("status", e.target.value)}
            data-testid="cases-filter-status"
          >
            <option value="open">{t("cases.filter_open")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`case.status.${s}`)}
              </option>
            ))}
            <option value="">{t("common.all")}</option>
          </select>
        </label>
        <label>
          {t("cases.priority")}{" "}
          <select
            className="select"
            value={priority}
            onChange={(e) => setFilter("priority", e.target.value)}
            data-testid="cases-filter-priority"
          >
            <option value="">{t("cases.any")}</option>
            {PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t("cases.topic")}{" "}
          <select
            className="select"
            value={topic}
            onChange={(e) => setFilter("topic", e.target.value)}
            data-testid="cases-filter-topic"
          >
            <option value="">{t("cases.any")}</option>
            {TOPICS.map((tp) => (
              <option key={tp} value={tp}>
                {tOr(`topic.${tp}`, tp.replace("_", " "))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="cases-muted">
        <input
          type="checkbox"
          checked={overdue}
          onChange={(e) => setFilter("overdue", e.target.checked ? "true" : "")}
          data-testid="cases-filter-overdue"
        />{" "}
        {t("cases.only_overdue")}
      </label>{" "}
      <label className="cases-muted">
        {t("cases.order")}{" "}
        <select
          className="select cases-sort"
          value={sort}
          onChange={(e) => setFilter("sort", e.target.value === "urgent" ? "urgent" : "")}
          data-testid="cases-sort"
        >
          <option value="newest">{t("cases.newest")}</option>
          <option value="urgent">{t("cases.urgent")}</option>
        </select>
      </label>
    </>
  );
}
