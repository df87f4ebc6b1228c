import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { formatTime } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { PlannedSurgesCard } from "./PlannedSurgesCard.js";
import { ListError } from "./parts.js";

const SETTINGS = "/api/v1/detection/settings";
const PREVIEW = "/api/v1/detection/preview";
const DAYS = 30;

interface DetectionSettings {
  falseAlarmsPerWeek: number;
  [key: string]: unknown;
}

export interface PreviewAlert {
  at: string;
  kind: "volume_spike" | "negative_spike" | "topic_spike";
  series: string;
  topic: string | null;
  source: string | null;
  language: string | null;
  observed: number;
  expected: number;
  expected_low: number | null;
  expected_high: number | null;
  window_minutes: number | null;
}

interface Preview {
  mentions: number;
  alerts: PreviewAlert[];
  alerts_per_week: number;
}

/**
 * Sensitivity as the number of false alarms a week the workspace accepts, with a preview: the last 30
 * days of stored mentions replayed through the detectors with the setting being considered.
 */
export default function DetectionSection() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const isAdmin = useSession().can("admin");
  const settings = useApiQuery<DetectionSettings>(SETTINGS);
  const [value, setValue] = useState("1");
  const [preview, setPreview] = useState<Preview | null>(null);
  const save = useAction();
  const look = useAction();

  useEffect(() => {
    if (settings.data) setValue(String(settings.data.falseAlarmsPerWeek));
  }, [settings.data]);

  const perWeek = Number(value);
  const onPreview = () =>
    look.run(async () => {
      setPreview(await api.post<Preview>(PREVIEW, { settings: { falseAlarmsPerWeek: perWeek }, days: DAYS }));
    });
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void save.run(async () => {
      await api.put(SETTINGS, { ...settings.data, falseAlarmsPerWeek: perWeek });
      toast({ message: t("detection.saved"), tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(SETTINGS) });
    });
  };

  if (settings.error) return <ListError error={settings.error} />;
  return (
    <div className="stack">
      <Card title={t("settings.detection")} data-testid="detection-card">
        <form className="stack" onSubmit={onSave}>
          <FormField
            label={t("detection.sensitivity")}
            name="falseAlarmsPerWeek"
            error={save.error ?? look.error}
            hint={t("detection.sensitivity_hint")}
          >
            <input
              type="number"
              min={0.01}
              max={100}
              step="any"
              value={value}
              disabled={!isAdmin}
              onChange={(e) => {
                setValue(e.target.value);
                setPreview(null);
              }}
              data-testid="detection-sensitivity"
            />
          </FormField>
          <FormError error={save.error ?? look.error} fields={["falseAlarmsPerWeek"]} />
          {isAdmin ? (
            <div className="row">
              <button
                type="button"
                className="button"
                onClick={() => void onPreview()}
                disabled={look.busy || !(perWeek > 0)}
                data-testid="detection-preview"
              >
                {t("detection.preview", { days: DAYS })}
              </button>
              <button
                type="submit"
                className="button button-primary"
                disabled={save.busy || !(perWeek > 0)}
                data-testid="detection-save"
              >
                {t("common.save")}
              </button>
            </div>
          ) : null}
        </form>
      </Card>
      {preview ? <PreviewCard preview={preview} /> : null}
      {settings.data ? (
        <PlannedSurgesCard settingsPath={SETTINGS} settings={settings.data} canEdit={isAdmin} />
      ) : null}
    </div>
  );
}

function PreviewCard({ preview }: { preview: Preview }) {
  const t = useT();
  const what = (a: PreviewAlert) => {
    const base =
      a.kind === "topic_spike"
        ? t("detection.what.topic_spike", { topic: t(`topic.${a.topic ?? ""}` as MessageId) })
        : t(`detection.what.${a.kind}` as MessageId);
    const where = a.source ?? a.language;
    return where ? `${base} (${where})` : base;
  };
  const columns: Column<PreviewAlert>[] = [
    {
      key: "at",
      header: t("detection.col_when"),
      sortValue: (a) => a.at,
      render: (a) => formatTime(a.at),
    },
    { key: "what", header: t("detection.col_what"), render: what },
    { key: "observed", header: t("detection.col_observed"), align: "right", render: (a) => a.observed },
    {
      key: "usual",
      header: t("detection.col_usual"),
      align: "right",
      render: (a) => (a.expected_high === null ? "" : `${a.expected_low ?? 0}–${a.expected_high}`),
    },
    {
      key: "window",
      header: t("detection.col_window"),
      align: "right",
      render: (a) => (a.window_minutes === null ? "" : t("detection.minutes", { n: a.window_minutes })),
    },
  ];
  return (
    <Card title={t("detection.preview_title", { days: DAYS })} data-testid="detection-preview-card">
      <p data-testid="detection-preview-summary">
        {t("detection.preview_result", {
          days: DAYS,
          count: preview.alerts.length,
          perWeek: preview.alerts_per_week,
          mentions: preview.mentions,
        })}
      </p>
      <DataTable
        caption={t("detection.preview_title", { days: DAYS })}
        columns={columns}
        rows={preview.alerts}
        rowKey={(a) => `${a.series}@${a.at}`}
        stackOnPhone
        data-testid="detection-preview-table"
        empty={<EmptyState title={t("detection.none")}>{t("detection.none_hint")}</EmptyState>}
      />
    </Card>
  );
}
