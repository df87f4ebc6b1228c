import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { DateTimeInput } from "../../components/DateTimeInput.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { formatTime, formatTimeZone } from "../../format.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey } from "../../queries.js";

export interface PlannedSurge {
  start: string;
  end: string;
  multiple: number;
  label: string;
}

/** The API keeps at most this many; past ones stay so the preview and old alerts keep their reason. */
const MAX = 20;

const phase = (s: PlannedSurge, now: number) =>
  Date.parse(s.end) <= now ? "past" : Date.parse(s.start) <= now ? "active" : "upcoming";

/**
 * Sales, newsletters and TV spots the shop plans: inside one, every mention series is expected at the
 * given multiple of its usual level, so the sale itself raises no alert and a wave of complaints inside
 * it is judged against the sale's traffic.
 */
export function PlannedSurgesCard({
  settingsPath,
  settings,
  canEdit,
}: {
  settingsPath: string;
  settings: Record<string, unknown>;
  canEdit: boolean;
}) {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const save = useAction();
  const surges = (settings["plannedSurges"] as PlannedSurge[] | undefined) ?? [];
  const now = Date.now();

  /** Whether the settings were stored: a refused one keeps the form filled for a correction. */
  const store = async (next: PlannedSurge[], message: string) => {
    let stored = false;
    await save.run(async () => {
      await api.put(settingsPath, { ...settings, plannedSurges: next });
      stored = true;
      toast({ message, tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(settingsPath) });
    });
    return stored;
  };

  const columns: Column<PlannedSurge>[] = [
    { key: "label", header: t("surges.label"), render: (s) => <bdi>{s.label}</bdi> },
    {
      key: "start",
      header: t("surges.start"),
      sortValue: (s) => s.start,
      render: (s) => formatTime(s.start),
    },
    { key: "end", header: t("surges.end"), render: (s) => formatTime(s.end) },
    {
      key: "multiple",
      header: t("surges.multiple"),
      align: "right",
      render: (s) => t("surges.times", { n: s.multiple }),
    },
    {
      key: "phase",
      header: t("surges.phase"),
      render: (s) => {
        const p = phase(s, now);
        return (
          <Badge value={p} tone={p === "active" ? "orange" : "grey"}>
            {t(`surges.phase_${p}` as MessageId)}
          </Badge>
        );
      },
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (s: PlannedSurge) => (
              <ConfirmButton
                label={t("surges.remove")}
                question={t("surges.remove_q", { label: isolate(s.label) })}
                onConfirm={async () => {
                  await store(
                    surges.filter((x) => x !== s),
                    t("surges.removed"),
                  );
                }}
                testId="surge-remove"
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t("surges.title")} data-testid="surges-card">
      <p className="muted">{t("surges.intro")}</p>
      <DataTable
        caption={t("surges.title")}
        columns={columns}
        rows={[...surges].sort((a, b) => b.start.localeCompare(a.start))}
        rowKey={(s) => `${s.start}|${s.end}|${s.label}`}
        stackOnPhone
        data-testid="surges-table"
        empty={<EmptyState title={t("surges.none")}>{t("surges.none_hint")}</EmptyState>}
      />
      {canEdit ? (
        surges.length < MAX ? (
          <AddSurgeForm
            index={surges.length}
            busy={save.busy}
            error={save.error}
            onAdd={(s) => store([...surges, s], t("surges.added", { label: isolate(s.label) }))}
          />
        ) : (
          <p className="notice" data-testid="surges-full">
            {t("surges.full", { max: MAX })}
          </p>
        )
      ) : null}
    </Card>
  );
}

function AddSurgeForm({
  index,
  busy,
  error,
  onAdd,
}: {
  index: number;
  busy: boolean;
  error: unknown;
  onAdd: (s: PlannedSurge) => Promise<boolean>;
}) {
  const t = useT();
  const [label, setLabel] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [multiple, setMultiple] = useState("3");
  const field = (name: keyof PlannedSurge) => `plannedSurges.${index}.${name}`;
  // Start and end are instants typed on the member's clock (DateTimeInput), as the table shows them.
  const zone = formatTimeZone();
  const ordered = Boolean(start && end) && Date.parse(end) > Date.parse(start);
  const ready = label.trim() !== "" && ordered && Number(multiple) >= 1;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const stored = await onAdd({
      label: label.trim(),
      start,
      end,
      multiple: Number(multiple),
    });
    if (stored) {
      setLabel("");
      setStart("");
      setEnd("");
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="surge-form">
      <div className="form-grid">
        <FormField
          label={t("surges.label")}
          name={field("label")}
          error={error}
          hint={t("surges.label_hint")}
        >
          <input
            className="input"
            maxLength={120}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            data-testid="surge-label"
          />
        </FormField>
        <FormField
          label={t("surges.multiple")}
          name={field("multiple")}
          error={error}
          hint={t("surges.multiple_hint")}
        >
          <input
            className="input"
            type="number"
            min={1}
            max={50}
            step="any"
            value={multiple}
            onChange={(e) => setMultiple(e.target.value)}
            data-testid="surge-multiple"
          />
        </FormField>
        <FormField
          label={t("surges.start")}
          name={field("start")}
          error={error}
          hint={t("surges.zone_hint", { zone })}
        >
          <DateTimeInput value={start} onChange={setStart} data-testid="surge-start" />
        </FormField>
        <FormField
          label={t("surges.end")}
          name={field("end")}
          error={start && end && !ordered ? t("surges.end_before_start") : error}
        >
          <DateTimeInput value={end} onChange={setEnd} data-testid="surge-end" />
        </FormField>
      </div>
      <FormError error={error} fields={(["label", "start", "end", "multiple"] as const).map(field)} />
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !ready}
          data-testid="surge-add"
        >
          {busy ? t("common.saving") : t("surges.add")}
        </button>
      </div>
    </form>
  );
}
