import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { type MessageId, useT } from "../../i18n/t.js";
import { apiKey } from "../../queries.js";
import { useSession } from "../../session.js";
import type { Postmortem } from "./types.js";

const LISTS = [
  ["causes", "pm.causes"],
  ["contributing_factors", "pm.contributing"],
  ["went_well", "pm.went_well"],
  ["went_badly", "pm.went_badly"],
] as const satisfies readonly (readonly [string, MessageId])[];

export function PostmortemEditor({ pm, path }: { pm: Postmortem; path: string }) {
  const session = useSession();
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const [summary, setSummary] = useState(pm.summary);
  const [lists, setLists] = useState(() => Object.fromEntries(LISTS.map(([k]) => [k, pm[k].join("\n")])));
  const [blameless, setBlameless] = useState(pm.blameless);
  const [status, setStatus] = useState(pm.status);
  const { busy, error, run } = useAction();
  // A colleague's saved edit arrives with a new revision: start from it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the revision changes.
  useEffect(() => {
    setSummary(pm.summary);
    setLists(Object.fromEntries(LISTS.map(([k]) => [k, pm[k].join("\n")])));
    setBlameless(pm.blameless);
    setStatus(pm.status);
  }, [pm.revision]);
  const canEdit = session.can("responder");
  const save = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const body: Record<string, unknown> = { revision: pm.revision, summary, blameless, status };
      for (const [k] of LISTS)
        body[k] = (lists[k] ?? "")
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean);
      await api.patch(path, body);
      await qc.invalidateQueries({ queryKey: apiKey(path) });
      // The board's page counts the causes written here.
      await qc.invalidateQueries({ queryKey: apiKey("/api/v1/reports/crises") });
      toast({ message: t("pm.saved"), tone: "success" });
    });
  };
  return (
    <Card title={t("pm.review")}>
      <form className="form review-form" onSubmit={save} data-testid="postmortem-form">
        <FormField label={t("crisis.summary")} name="summary" error={error}>
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!canEdit}
            data-testid="postmortem-summary"
          />
        </FormField>
        {LISTS.map(([k, label]) => (
          <FormField key={k} label={t(label)} name={k} error={error} hint={t("pm.one_per_line")}>
            <textarea
              value={lists[k] ?? ""}
              onChange={(e) => setLists({ ...lists, [k]: e.target.value })}
              disabled={!canEdit}
              data-testid={`postmortem-${k}`}
            />
          </FormField>
        ))}
        <label>
          <input
            type="checkbox"
            checked={blameless}
            onChange={(e) => setBlameless(e.target.checked)}
            disabled={!canEdit}
            data-testid="postmortem-blameless"
          />{" "}
          {t("pm.blameless")}
        </label>
        <FormField label={t("crises.col_status")} name="status" error={error}>
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as Postmortem["status"])}
            disabled={!canEdit}
            data-testid="postmortem-status"
          >
            <option value="draft">{t("pm.draft")}</option>
            <option value="final">{t("pm.final")}</option>
          </select>
        </FormField>
        <FormError
          error={error}
          fields={["summary", "causes", "contributing_factors", "went_well", "went_badly", "status"]}
        />
        {canEdit ? (
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="postmortem-save"
          >
            {t("common.save")}
          </button>
        ) : null}
      </form>
    </Card>
  );
}
