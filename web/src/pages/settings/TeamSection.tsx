import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { EmptyState } from "../../components/EmptyState.js";
import { useT } from "../../i18n/t.js";
import { useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { ListError } from "./parts.js";
import { AddMemberForm } from "./team/AddMemberForm.js";
import { InviteCard } from "./team/InviteCard.js";
import { MEMBERS_PATH, type Member, MemberActions, RoleSelect } from "./team/MemberRow.js";

export type { Member } from "./team/MemberRow.js";

/**
 * The people of this workspace. Admins invite by e-mail, change roles, reset passwords and remove
 * people; everyone sees who is here. Each person's own details are under My account.
 */
export default function TeamSection() {
  const t = useT();
  const session = useSession();
  const isAdmin = session.can("admin");
  const list = useCursorList<Member>(MEMBERS_PATH);
  const isMe = (u: Member) => u.id === session.user.id;

  const columns: Column<Member>[] = [
    {
      key: "name",
      header: t("team.name"),
      sortValue: (u) => u.name,
      render: (u) => (
        <>
          <bdi>{u.name}</bdi>
          {isMe(u) ? <span className="muted"> {t("common.you")}</span> : null}
        </>
      ),
    },
    {
      key: "email",
      header: t("login.email"),
      sortValue: (u) => u.email,
      render: (u) => <span className="break-anywhere">{u.email}</span>,
    },
    {
      key: "role",
      header: t("team.role"),
      sortValue: (u) => u.role,
      render: (u) =>
        isAdmin && !isMe(u) ? <RoleSelect member={u} /> : <Badge value={u.role}>{t(`role.${u.role}`)}</Badge>,
    },
    ...(isAdmin
      ? [
          {
            key: "actions",
            header: <span className="visually-hidden">{t("common.actions")}</span>,
            align: "right" as const,
            render: (u: Member) => (isMe(u) ? null : <MemberActions member={u} />),
          },
        ]
      : []),
  ];

  return (
    <div className="stack">
      <Card title={t("team.people")} data-testid="users-card">
        {list.error ? (
          <ListError error={list.error} />
        ) : (
          <DataTable
            caption={t("team.people")}
            columns={columns}
            rows={list.items}
            rowKey={(u) => u.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            initialSort={{ key: "name", dir: "asc" }}
            stackOnPhone
            data-testid="users-table"
            empty={<EmptyState title={t("team.none")} />}
          />
        )}
      </Card>
      {isAdmin ? <InviteCard /> : null}
      {isAdmin ? <AddMemberForm /> : null}
    </div>
  );
}
