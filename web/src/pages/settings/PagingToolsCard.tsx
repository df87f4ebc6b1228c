import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { isolate } from "../../bidi.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useT } from "../../i18n/t.js";
import { apiKey } from "../../queries.js";

export type Tool = "pagerduty" | "opsgenie";
export type Region = "us" | "eu";
/** A rule's channels as the API gives them; paging tools carry their key and region. */
export interface RuleChannel {
  type: "email" | "webhook" | "slack" | Tool;
  url?: string;
  region?: Region;
}
export interface RuleWithChannels {
  id: string;
  name: string;
  channels: RuleChannel[];
}

export const RULES_PATH = "/api/v1/alert-rules";
export const isTool = (t: string): t is Tool => t === "pagerduty" || t === "opsgenie";

/** "PagerDuty (EU)": what the rules table and the list below show for a paging tool channel. */
export function useToolLabel() {
  const t = useT();
  return (c: RuleChannel) =>
    `${t(c.type === "pagerduty" ? "notify.tools_pagerduty" : "notify.tools_opsgenie")} (${t(
      c.region === "eu" ? "notify.tools_region_eu" : "notify.tools_region_us",
    )})`;
}

/** A rule changed with its whole channel list. */
const save = (r: RuleWithChannels, channels: unknown[]) =>
  api.patch(`${RULES_PATH}/${encodeURIComponent(r.id)}`, { channels });

/**
 * Adds a PagerDuty or Opsgenie channel to an alert rule (and removes one). The rule is changed with
 * PATCH and its whole channel list: the other channels go back as the API gave them.
 */
export function PagingToolsCard({ rules, admin }: { rules: RuleWithChannels[]; admin: boolean }) {
  const t = useT();
  const label = useToolLabel();
  const qc = useQueryClient();
  const [ruleId, setRuleId] = useState("");
  const [tool, setTool] = useState<Tool>("pagerduty");
  const [key, setKey] = useState("");
  const [region, setRegion] = useState<Region>("us");
  const { busy, error, run } = useAction();
  const rule = rules.find((r) => r.id === ruleId) ?? rules[0];
  const keyField = tool === "pagerduty" ? "routing_key" : "api_key";
  const keyName = `channels.${rule?.channels.length ?? 0}.${keyField}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!rule) return;
    await run(async () => {
      await save(rule, [...rule.channels, { type: tool, [keyField]: key.trim(), region }]);
      setKey("");
      await qc.invalidateQueries({ queryKey: apiKey(RULES_PATH) });
    });
  };

  const connected = rules.flatMap((r) =>
    r.channels.map((c, i) => ({ rule: r, channel: c, index: i })).filter((x) => isTool(x.channel.type)),
  );

  return (
    <Card title={t("notify.tools_title")} data-testid="paging-tools">
      <div className="stack">
        <p className="muted">{t("notify.tools_intro")}</p>
        {connected.length ? (
          <ul className="stack" data-testid="paging-tools-list">
            {connected.map(({ rule: r, channel, index }) => (
              <li key={`${r.id}-${index}`} className="alerts-actions">
                <span>
                  {label(channel)} · <bdi>{r.name}</bdi>
                </span>
                {admin ? (
                  <ConfirmButton
                    label={t("notify.tools_remove")}
                    question={t("notify.tools_remove_confirm", {
                      tool: label(channel),
                      rule: isolate(r.name),
                    })}
                    onConfirm={async () => {
                      await save(
                        r,
                        r.channels.filter((_, i) => i !== index),
                      );
                      await qc.invalidateQueries({ queryKey: apiKey(RULES_PATH) });
                    }}
                    testId="paging-tool-remove"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("notify.tools_none")}</p>
        )}
        {admin && !rules.length ? <p className="muted">{t("notify.tools_no_rules")}</p> : null}
        {admin && rule ? (
          <form className="form" onSubmit={(e) => void submit(e)} data-testid="paging-tool-form">
            <FormField label={t("notify.tools_rule")} name="rule" error={error}>
              <select value={rule.id} onChange={(e) => setRuleId(e.target.value)}>
                {rules.map((r) => (
                  <option key={r.id} value={r.id}>
                    {isolate(r.name)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t("notify.tools_service")} name="type" error={error}>
              <select
                value={tool}
                onChange={(e) => setTool(e.target.value as Tool)}
                data-testid="paging-tool"
              >
                <option value="pagerduty">{t("notify.tools_pagerduty")}</option>
                <option value="opsgenie">{t("notify.tools_opsgenie")}</option>
              </select>
            </FormField>
            <FormField
              label={t(tool === "pagerduty" ? "notify.tools_key_pagerduty" : "notify.tools_key_opsgenie")}
              name={keyName}
              error={error}
              hint={t("notify.tools_key_hint")}
            >
              <input
                value={key}
                onChange={(e) => setKey(e.target.value)}
                required
                autoComplete="off"
                spellCheck={false}
                data-testid="paging-tool-key"
              />
            </FormField>
            <FormField label={t("notify.tools_region")} name="region" error={error}>
              <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
                <option value="us">{t("notify.tools_region_us")}</option>
                <option value="eu">{t("notify.tools_region_eu")}</option>
              </select>
            </FormField>
            <FormError error={error} fields={[keyName]} />
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              data-testid="paging-tool-add"
            >
              {t("notify.tools_add")}
            </button>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
