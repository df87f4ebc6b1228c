import { useQueryClient } from "@tanstack/react-query";
import { useToastAction } from "../../../action.js";
import { api } from "../../../api.js";
import { ConfirmButton } from "../../../components/ConfirmButton.js";
import { useToast } from "../../../components/Toast.js";
import { useT } from "../../../i18n/t.js";
import { apiKey } from "../../../queries.js";
import type { Role } from "../../../session.js";

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const MEMBERS_PATH = "/api/v1/users";
const memberPath = (m: Member) => `${MEMBERS_PATH}/${encodeURIComponent(m.id)}`;

/** An admin's role picker for one member; the server keeps the last admin and says so in a toast. */
export function RoleSelect({ member }: { member: Member }) {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const { busy, run } = useToastAction();
  const who = member.name || member.email;
  const change = (role: Role) =>
    run(async () => {
      await api.patch(memberPath(member), { role });
      toast({ message: t("team.role_changed", { name: who, role: t(`role.${role}`) }), tone: "success" });
      await qc.invalidateQueries({ queryKey: apiKey(MEMBERS_PATH) });
    });
  return (
    <select
      className="select select-small"
      value={member.role}
      disabled={busy}
      aria-label={t("team.role_of", { name: who })}
      onChange={(e) => void change(e.target.value as Role)}
      data-testid="member-role"
    >
      {/* Short names here: the long descriptions would push the table wider than a phone. */}
      {(["viewer", "responder", "admin"] as const).map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  );
}

/** Reset password and remove, each asked once more before it happens. */
export function MemberActions({ member }: { member: Member }) {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const who = member.name || member.email;
  return (
    <span className="row-actions">
      <ConfirmButton
        label={t("team.reset")}
        question={t("team.reset_q", { name: who })}
        onConfirm={async () => {
          await api.post(`${memberPath(member)}/password-reset`);
          toast({ message: t("team.reset_sent", { email: member.email }), tone: "success" });
        }}
        testId="member-reset"
      />
      <ConfirmButton
        label={t("common.remove")}
        question={t("team.remove_q", { name: who })}
        onConfirm={async () => {
          await api.delete(memberPath(member));
          toast({ message: t("team.removed", { name: who }), tone: "success" });
          await qc.invalidateQueries({ queryKey: apiKey(MEMBERS_PATH) });
        }}
        testId="member-remove"
      />
    </span>
  );
}
