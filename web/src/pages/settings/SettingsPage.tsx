import { Navigate, Route, Routes } from "react-router-dom";
import { PageHeader } from "../../components/PageHeader.js";
import { TabNav } from "../../components/TabNav.js";
import { useSession } from "../../session.js";
import { TokensSection } from "./TokensSection.js";
import { UsersSection } from "./UsersSection.js";

export default function SettingsPage() {
  const session = useSession();
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          session.can("admin")
            ? `API tokens and people of ${session.workspace.name}.`
            : `API tokens and people of ${session.workspace.name}. Only admins can change them.`
        }
      />
      <TabNav
        label="Settings"
        tabs={[
          { to: "/settings/tokens", label: "API tokens", testId: "tab-tokens" },
          { to: "/settings/users", label: "Users", testId: "tab-users" },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="tokens" replace />} />
        <Route path="tokens" element={<TokensSection />} />
        <Route path="users" element={<UsersSection />} />
        <Route path="*" element={<Navigate to="tokens" replace />} />
      </Routes>
    </>
  );
}
