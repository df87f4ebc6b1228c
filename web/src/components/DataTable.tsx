import { type ReactNode, useMemo, useState } from "react";
import { useT } from "../i18n/t.js";

export interface Column<T> {
  /** Unique key; also the sort key when `sortValue` is not given and the row has that property. */
  key: string;
  header: ReactNode;
  /** Cell content; defaults to the row's property `key`. */
  render?: (row: T) => ReactNode;
  /** A value to sort by; a column is sortable when it has one (or `sortable: true`). */
  sortValue?: (row: T) => string | number | null | undefined;
  sortable?: boolean;
  align?: "left" | "right" | "center";
  /** CSS width, e.g. "8rem". */
  width?: string;
}

export interface DataTableProps<T> {
  /** A caption for screen readers (and visible when `showCaption`). */
  caption: string;
  showCaption?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Shown instead of the table when there are no rows and nothing is loading. */
  empty?: ReactNode;
  isLoading?: boolean;
  /** Cursor pagination: a "Load more" button appears while `hasMore`. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  onRowClick?: (row: T) => void;
  initialSort?: { key: string; dir: "asc" | "desc" };
  /** On a phone each row becomes a block, each cell labelled with its column (no sideways scroll). */
  stackOnPhone?: boolean;
  "data-testid"?: string;
}

type Sort = { key: string; dir: "asc" | "desc" } | null;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A table over the rows loaded so far. Sorting is client-side over loaded rows (the server decides the
 * page order); pair it with `useCursorList` for "Load more".
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, rowKey, caption, hasMore, loadingMore, onLoadMore, onRowClick } = props;
  const [sort, setSort] = useState<Sort>(props.initialSort ?? null);
  const testId = props["data-testid"] ?? "data-table";

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col) return rows;
    const value = col.sortValue ?? ((r: T) => (r as Record<string, unknown>)[col.key] as string | number);
    const out = [...rows].sort((a, b) => compare(value(a), value(b)));
    return sort.dir === "desc" ? out.reverse() : out;
  }, [rows, columns, sort]);

  const t = useT();
  if (!props.isLoading && rows.length === 0 && props.empty) {
    return <div data-testid={`${testId}-empty`}>{props.empty}</div>;
  }

  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: "asc" }));

  return (
    <div className="table-wrap" data-testid={testId}>
      <table className={props.stackOnPhone ? "data-table data-table-stack" : "data-table"}>
        <caption className={props.showCaption ? "table-caption" : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sortable = c.sortable ?? Boolean(c.sortValue);
              const active = sort?.key === c.key;
              const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sortable ? (ariaSort ?? "none") : undefined}
                  style={{ textAlign: c.align ?? "left", width: c.width }}
                >
                  {sortable ? (
                    <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                      {c.header}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {props.isLoading && rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-loading">
                {t("app.loading")}
              </td>
            </tr>
          ) : null}
          {sorted.map((row) => (
            <tr
              key={rowKey(row)}
              className={onRowClick ? "row-clickable" : undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              // Clickable rows are reachable with Tab and open with Enter, like a link.
              tabIndex={onRowClick ? 0 : undefined}
              onKeyDown={
                onRowClick
                  ? (e) => {
                      if (e.key === "Enter" && e.target === e.currentTarget) onRowClick(row);
                    }
                  : undefined
              }
              data-testid={`${testId}-row`}
            >
              {columns.map((c) => (
                <td
                  key={c.key}
                  style={{ textAlign: c.align ?? "left" }}
                  data-label={typeof c.header === "string" ? c.header : undefined}
                >
                  {c.render ? c.render(row) : String((row as Record<string, unknown>)[c.key] ?? "")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {hasMore && onLoadMore ? (
        <div className="table-more">
          <button
            type="button"
            className="button"
            onClick={onLoadMore}
            disabled={loadingMore}
            data-testid={`${testId}-more`}
          >
            {loadingMore ? t("app.loading") : t("common.load_more")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
