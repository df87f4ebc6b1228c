import { useState } from "react";
import { Card } from "../../components/Card.js";
import { useT, useTOr } from "../../i18n/t.js";
import { loc, type Plan, type PlanView, type PlaybookTask } from "./types.js";

// The plan schema's bounds: a playbook short enough to follow under stress, long enough to matter.
const MIN_TASKS = 6;
const MAX_TASKS = 12;
const ROLES = [
  "crisis_lead",
  "communications",
  "customer_care",
  "technical",
  "legal_data_protection",
] as const satisfies readonly PlaybookTask["role"][];
const LANGS = ["en", "pl", "it", "fr", "de", "es"] as const;

interface Props {
  draft: Plan;
  lang: PlanView["language"];
  readOnly: boolean;
  edit: (fn: (p: Plan) => void) => void;
}

type CrisisType = Plan["crisisTypes"][number];
type ChangeType = (fn: (t: CrisisType) => void) => void;

/**
 * One type's playbook as a table: the task in the workspace's language, the role that does it and when
 * it is due after the start. Other languages keep their text (the JSON editor below edits them).
 */
export function PlaybookEditor({ draft, lang, readOnly, edit }: Props) {
  const tr = useT();
  const [typeId, setTypeId] = useState(draft.crisisTypes[0]?.id ?? "");
  const ti = draft.crisisTypes.findIndex((t) => t.id === typeId);
  const type = draft.crisisTypes[ti];
  const change: ChangeType = (fn) =>
    edit((p) => {
      const t = p.crisisTypes[ti];
      if (t) fn(t);
    });
  return (
    <Card
      title={tr("playbook.title")}
      data-testid="playbook-editor"
      actions={
        <select
          aria-label={tr("templates.crisis_type")}
          value={typeId}
          onChange={(e) => setTypeId(e.target.value)}
          data-testid="playbook-type"
        >
          {draft.crisisTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {loc(t.name, lang)}
            </option>
          ))}
        </select>
      }
    >
      {type ? <CrisisTypePlaybook type={type} lang={lang} readOnly={readOnly} change={change} /> : null}
    </Card>
  );
}

function CrisisTypePlaybook({
  type,
  lang,
  readOnly,
  change,
}: {
  type: CrisisType;
  lang: PlanView["language"];
  readOnly: boolean;
  change: ChangeType;
}) {
  const tr = useT();
  const changeTask = (i: number) => (fn: (x: PlaybookTask) => void) =>
    change((t) => {
      const x = t.playbook[i];
      if (x) fn(x);
    });
  return (
    <>
      <label className="muted">
        {tr("playbook.default_severity")}{" "}
        <select
          value={type.defaultSeverity}
          disabled={readOnly}
          onChange={(e) =>
            change((t) => {
              t.defaultSeverity = e.target.value as typeof t.defaultSeverity;
            })
          }
          data-testid="playbook-severity"
        >
          {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <table className="plan-table">
        <thead>
          <tr>
            <th>{tr("playbook.task_lang", { lang })}</th>
            <th>{tr("crisis.task_role")}</th>
            <th>{tr("playbook.due")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {type.playbook.map((task, i) => (
            <PlaybookTaskRow
              key={task.id}
              task={task}
              lang={lang}
              readOnly={readOnly}
              changeTask={changeTask(i)}
              onRemove={
                type.playbook.length <= MIN_TASKS ? null : () => change((t) => void t.playbook.splice(i, 1))
              }
            />
          ))}
        </tbody>
      </table>
      {readOnly || type.playbook.length >= MAX_TASKS ? null : (
        <button
          type="button"
          className="button button-small"
          data-testid="playbook-add"
          onClick={() => change((t) => void t.playbook.push(newTask(t.id)))}
        >
          {tr("playbook.add")}
        </button>
      )}
      <p className="muted">{tr("playbook.bounds", { min: MIN_TASKS, max: MAX_TASKS })}</p>
    </>
  );
}

/** A task the user adds: English text to start from, the other languages empty until written. */
function newTask(typeId: string): PlaybookTask {
  const title = Object.fromEntries(LANGS.map((l) => [l, ""])) as Record<(typeof LANGS)[number], string>;
  title.en = "New task";
  return {
    id: `${typeId}.own_${Date.now().toString(36)}`,
    title,
    role: "crisis_lead",
    dueMinutes: 60,
  };
}

function PlaybookTaskRow({
  task,
  lang,
  readOnly,
  changeTask,
  onRemove,
}: {
  task: PlaybookTask;
  lang: PlanView["language"];
  readOnly: boolean;
  changeTask: (fn: (x: PlaybookTask) => void) => void;
  /** Null while the playbook is at its smallest. */
  onRemove: (() => void) | null;
}) {
  const tr = useT();
  const tOr = useTOr();
  return (
    <tr data-testid="playbook-task">
      <td>
        <input
          aria-label={tr("playbook.task")}
          value={task.title[lang]}
          placeholder={task.title.en}
          disabled={readOnly}
          data-testid="playbook-title"
          onChange={(e) =>
            changeTask((x) => {
              x.title[lang] = e.target.value;
              // English is the fallback every language relies on: never leave it empty.
              if (!x.title.en.trim()) x.title.en = e.target.value;
            })
          }
        />
        {task.clock ? <div className="muted">{tr("playbook.legal_clock", { clock: task.clock })}</div> : null}
      </td>
      <td>
        <select
          aria-label={tr("crisis.task_role")}
          value={task.role}
          disabled={readOnly}
          onChange={(e) =>
            changeTask((x) => {
              x.role = e.target.value as PlaybookTask["role"];
            })
          }
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tOr(`crisis_role.${r}`, r.replaceAll("_", " "))}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="number"
          min={0}
          aria-label={tr("playbook.due_minutes")}
          value={task.dueMinutes}
          disabled={readOnly}
          data-testid="playbook-due"
          onChange={(e) =>
            changeTask((x) => {
              x.dueMinutes = Math.max(0, Math.round(Number(e.target.value) || 0));
            })
          }
        />
      </td>
      <td>
        {readOnly || !onRemove ? null : (
          <button type="button" className="button-ghost button-small" onClick={onRemove}>
            {tr("common.remove")}
          </button>
        )}
      </td>
    </tr>
  );
}
