import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { ConfirmButton } from "../../components/ConfirmButton.js";
import { FormError } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey } from "../../queries.js";
import { LangTexts, missingIn, useShopLanguages } from "./LangTexts.js";
import {
  COMPONENTS,
  type I18n,
  SNAPSHOT,
  type StatusComponent,
  useLocalText,
  useStatusComponents,
} from "./model.js";

/**
 * The shop's own status page components (admins): add one or a group, rename it in every language the
 * shop speaks, move it up or down among its siblings or into a group, remove it. Customers see the change
 * on /status at once.
 */
export function ComponentsCard() {
  const t = useT();
  const q = useStatusComponents();
  const qc = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<unknown>(null);
  const items = q.data?.items ?? [];
  const groups = items.filter((c) => c.group);

  const act = async (message: string, fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: apiKey(COMPONENTS) });
      await qc.invalidateQueries({ queryKey: apiKey(SNAPSHOT) });
      toast({ message, tone: "success" });
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };

  /** Swaps a component with its neighbour among the same parent's children, then saves that order. */
  const move = (c: StatusComponent, by: -1 | 1) => {
    const siblings = items.filter((x) => x.group_id === c.group_id);
    const i = siblings.findIndex((x) => x.id === c.id);
    const j = i + by;
    if (j < 0 || j >= siblings.length) return;
    const order = siblings.map((x) => x.id);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
    void act(t("statusadmin.components_ordered"), () => api.put(`${COMPONENTS}/order`, { ids: order }));
  };

  return (
    <Card title={t("statusadmin.components_title")} data-testid="components-card">
      <p className="muted">{t("statusadmin.components_intro")}</p>
      <FormError error={error} fields={["name"]} />
      <ul className="status-components" data-testid="components-list">
        {items.map((c) => (
          <ComponentRow
            key={c.id}
            c={c}
            groups={groups}
            first={items.filter((x) => x.group_id === c.group_id)[0]?.id === c.id}
            last={items.filter((x) => x.group_id === c.group_id).at(-1)?.id === c.id}
            onMove={(by) => move(c, by)}
            act={act}
          />
        ))}
      </ul>
      <NewComponent groups={groups} act={act} />
    </Card>
  );
}

type Act = (message: string, fn: () => Promise<unknown>) => Promise<boolean>;

function ComponentRow(props: {
  c: StatusComponent;
  groups: StatusComponent[];
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  act: Act;
}) {
  const { c, act } = props;
  const t = useT();
  const local = useLocalText();
  const languages = useShopLanguages();
  const [editing, setEditing] = useState<I18n | null>(null);
  const name = local(c.name, c.id);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    const ok = await act(t("statusadmin.component_renamed"), () =>
      api.patch(`${COMPONENTS}/${c.id}`, { name: editing }),
    );
    if (ok) setEditing(null);
  };
  return (
    <li
      className={c.group_id ? "status-component in-group" : "status-component"}
      data-testid={`component-row-${c.id}`}
    >
      <div className="status-component-line">
        <strong data-testid={`component-name-${c.id}`}>
          <bdi>{name}</bdi>
        </strong>
        {c.group ? <span className="muted"> · {t("statusadmin.group")}</span> : null}
        <span className="status-component-actions">
          <button
            type="button"
            className="button button-small button-ghost"
            disabled={props.first}
            onClick={() => props.onMove(-1)}
            aria-label={t("statusadmin.move_up", { name })}
            data-testid={`component-up-${c.id}`}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            disabled={props.last}
            onClick={() => props.onMove(1)}
            aria-label={t("statusadmin.move_down", { name })}
            data-testid={`component-down-${c.id}`}
          >
            ↓
          </button>
          {!c.group && props.groups.length ? (
            <select
              className="select"
              value={c.group_id ?? ""}
              aria-label={t("statusadmin.group_of", { name })}
              onChange={(e) =>
                void act(t("statusadmin.component_moved"), () =>
                  api.patch(`${COMPONENTS}/${c.id}`, { group_id: e.target.value || null }),
                )
              }
              data-testid={`component-group-${c.id}`}
            >
              <option value="">{t("statusadmin.no_group")}</option>
              {props.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {local(g.name, g.id)}
                </option>
              ))}
            </select>
          ) : null}
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => setEditing(editing ? null : { ...c.name })}
            data-testid={`component-rename-${c.id}`}
          >
            {t("statusadmin.rename")}
          </button>
          <ConfirmButton
            label={t("statusadmin.remove")}
            question={
              c.group ? t("statusadmin.remove_group_q", { name }) : t("statusadmin.remove_q", { name })
            }
            onConfirm={async () => {
              await act(t("statusadmin.component_removed"), () => api.delete(`${COMPONENTS}/${c.id}`));
            }}
            testId={`component-remove-${c.id}`}
          />
        </span>
      </div>
      {editing ? (
        <form className="form" onSubmit={save} data-testid="component-rename-form">
          <LangTexts
            label={t("statusadmin.name")}
            languages={languages}
            value={editing}
            onChange={setEditing}
            testId="component-rename-name"
          />
          <div className="form-row">
            <button
              className="button button-primary"
              type="submit"
              disabled={missingIn(languages, editing).length > 0}
              data-testid="component-rename-save"
            >
              {t("statusadmin.save")}
            </button>
            <button type="button" className="button button-ghost" onClick={() => setEditing(null)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function NewComponent({ groups, act }: { groups: StatusComponent[]; act: Act }) {
  const t = useT();
  const local = useLocalText();
  const languages = useShopLanguages();
  const [name, setName] = useState<I18n>({});
  const [isGroup, setIsGroup] = useState(false);
  const [groupId, setGroupId] = useState("");
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await act(t("statusadmin.component_added"), () =>
      api.post(COMPONENTS, { name, group: isGroup, ...(groupId && !isGroup ? { group_id: groupId } : {}) }),
    );
    if (ok) {
      setName({});
      setIsGroup(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} data-testid="component-add-form">
      <h3>{t("statusadmin.add_title")}</h3>
      <LangTexts
        label={t("statusadmin.name")}
        languages={languages}
        value={name}
        onChange={setName}
        testId="component-add-name"
      />
      <label>
        <input
          type="checkbox"
          checked={isGroup}
          onChange={(e) => setIsGroup(e.target.checked)}
          data-testid="component-add-is-group"
        />{" "}
        {t("statusadmin.is_group")}
      </label>
      {!isGroup && groups.length ? (
        <label className="field">
          <span className="field-label">{t("statusadmin.in_group")}</span>
          <select
            className="select"
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
            data-testid="component-add-group"
          >
            <option value="">{t("statusadmin.no_group")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {local(g.name, g.id)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button
        className="button button-primary"
        type="submit"
        disabled={missingIn(languages, name).length > 0}
        data-testid="component-add-submit"
      >
        {isGroup ? t("statusadmin.add_group") : t("statusadmin.add_component")}
      </button>
    </form>
  );
}
