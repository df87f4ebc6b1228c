import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useToastAction } from "../../action.js";
import type { Answer } from "../../api/types.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { useToast } from "../../components/Toast.js";
import { formatNumber, formatTime } from "../../format.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { useLanguageName } from "../mentions/filters.js";
import { ListError } from "./parts.js";

const PATH = "/api/v1/classifier";

type Classifier = Answer<"getClassifier">;
type LanguageFigures = Classifier["languages"][string];

interface Row extends LanguageFigures {
  language: string;
  now: number;
}

const f1 = (x: number | null) =>
  x === null ? "—" : formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** The pull towards the shipped verdict cross-validation chose (0, 0.5, 1 or 2); a dash before learning. */
const blendOf = (x: number | null | undefined) =>
  typeof x === "number" ? formatNumber(x, { maximumFractionDigits: 1 }) : "—";

/** The table's columns; before the first training a language in shipped use gives no reason. */
function useColumns(untrained: boolean): Column<Row>[] {
  const t = useT();
  const languageName = useLanguageName();
  const reasonOf = (r: Row) =>
    r.macro_f1 === null
      ? t("classifier.needs_labels")
      : typeof r.wins === "number"
        ? t("classifier.not_clearly_better", { wins: Math.round(r.wins * 100) })
        : t("classifier.not_better");
  return [
    { key: "language", header: t("classifier.col_language"), render: (r) => languageName(r.language) },
    { key: "labels", header: t("classifier.col_labels"), align: "right", render: (r) => formatNumber(r.now) },
    {
      key: "learned",
      header: t("classifier.col_learned"),
      align: "right",
      render: (r) => <span data-testid={`classifier-f1-${r.language}`}>{f1(r.macro_f1)}</span>,
    },
    {
      key: "shipped",
      header: t("classifier.col_shipped"),
      align: "right",
      render: (r) => f1(r.shipped_macro_f1),
    },
    {
      key: "blend",
      header: t("classifier.col_blend"),
      align: "right",
      render: (r) => <span data-testid={`classifier-blend-${r.language}`}>{blendOf(r.blend)}</span>,
    },
    {
      key: "in_use",
      header: t("classifier.col_in_use"),
      render: (r) => (
        <span data-testid={`classifier-in-use-${r.language}`}>
          {r.active
            ? t("classifier.in_use_learned")
            : `${t("classifier.in_use_shipped")}${untrained ? "" : ` (${reasonOf(r)})`}`}
        </span>
      ),
    },
  ];
}

/**
 * The workspace's own classifier: labels per language, the cross-validated figures of its model beside
 * the shipped one, which is in use where, and a button to train now.
 */
export default function ClassifierSection() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const isAdmin = useSession().can("admin");
  const q = useApiQuery<Classifier>(PATH);
  const train = useToastAction();
  const columns = useColumns(q.data?.version === null);

  const onTrain = () =>
    train.run(async () => {
      const fresh = await api.post<Classifier>(`${PATH}/train`);
      qc.setQueryData(apiKey(PATH), fresh);
      toast({ message: t("classifier.trained", { version: fresh.version ?? "" }), tone: "success" });
    });

  if (q.error) return <ListError error={q.error} />;
  const c = q.data;
  const codes = c ? [...new Set([...Object.keys(c.languages), ...Object.keys(c.labels_now)])].sort() : [];
  const rows: Row[] = c
    ? codes.map((code) => ({
        language: code,
        now: c.labels_now[code] ?? 0,
        ...(c.languages[code] ?? { labels: 0, macro_f1: null, shipped_macro_f1: null, active: false }),
      }))
    : [];

  return (
    <div className="stack">
      <Card
        title={t("settings.classifier")}
        data-testid="classifier-card"
        actions={
          isAdmin ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void onTrain()}
              disabled={train.busy || !c || c.labels === 0}
              data-testid="classifier-train"
            >
              {t("classifier.train")}
            </button>
          ) : null
        }
      >
        <div className="stack">
          <p className="muted">{t("classifier.intro")}</p>
          <dl className="stack">
            <div>
              <dt>{t("classifier.version")}</dt>
              <dd data-testid="classifier-version">
                {c?.active && c.version ? c.version : t("classifier.version_shipped")}
              </dd>
            </div>
          </dl>
          <p data-testid="classifier-last">
            {c?.trained_at && c.trigger
              ? t("classifier.last", {
                  time: formatTime(c.trained_at),
                  trigger: t(c.trigger === "job" ? "classifier.trigger.job" : "classifier.trigger.manual"),
                  labels: formatNumber(c.labels),
                  seconds: formatNumber((c.duration_ms ?? 0) / 1000, { maximumFractionDigits: 1 }),
                })
              : t("classifier.not_trained")}
          </p>
          {c ? (
            <p className="muted">{t("classifier.next", { count: formatNumber(c.next_training_in) })}</p>
          ) : null}
        </div>
      </Card>
      <Card title={t("classifier.figures")}>
        <div className="stack">
          <DataTable
            caption={t("classifier.figures")}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.language}
            isLoading={q.isPending}
            stackOnPhone
            empty={<NoLabels />}
          />
          <p className="muted">{t("classifier.metric_hint")}</p>
          <p className="muted">{t("classifier.blend_hint")}</p>
        </div>
      </Card>
    </div>
  );
}

/** No labels yet: they come from the mentions, where a correction makes one. */
function NoLabels() {
  const t = useT();
  return (
    <EmptyState
      title={t("classifier.none")}
      action={
        <Link className="button" to="/mentions">
          {t("classifier.to_mentions")}
        </Link>
      }
    >
      {t("classifier.none_hint")}
    </EmptyState>
  );
}
