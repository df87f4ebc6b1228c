import { useToastAction } from "../action.js";
import { useT } from "../i18n/t.js";
import { useSession } from "../session.js";
import { useToast } from "./Toast.js";

/** The workspace (brand) picker in the header; a plain name when there is only one. */
export function WorkspaceSwitcher() {
  const session = useSession();
  const toast = useToast();
  const { busy, run } = useToastAction();
  const t = useT();

  if (session.workspaces.length <= 1) {
    return (
      <div className="workspace-switcher" data-testid="workspace-name">
        <span className="workspace-label">{t("shell.workspace")}</span>
        <strong>{session.workspace.name}</strong>
      </div>
    );
  }

  const change = async (id: string) => {
    await run(async () => {
      await session.switchWorkspace(id);
      const ws = session.workspaces.find((w) => w.id === id);
      toast({ message: t("shell.switched", { name: ws?.name ?? "" }), tone: "success" });
    });
  };

  return (
    <div className="workspace-switcher">
      <label className="workspace-label" htmlFor="workspace-select">
        {t("shell.workspace")}
      </label>
      <select
        id="workspace-select"
        className="select"
        value={session.workspace.id}
        disabled={busy}
        onChange={(e) => void change(e.target.value)}
        data-testid="workspace-switcher"
      >
        {session.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({t(`role.${w.role}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
