import { Navigate, NavLink, Route, Routes } from "react-router-dom";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/t.js";
import { useSession } from "../../session.js";
import { visibleSections } from "./sections.js";
import "./settings.css";

/** /settings/<section>: a menu of the registered sections (sections.ts) and the one that is open. */
export default function SettingsPage() {
  const session = useSession();
  const t = useT();
  const sections = visibleSections(session.can);
  const first = sections[0]?.path ?? "account";
  return (
    <>
      <PageHeader
        title={t("nav.settings")}
        description={t(session.can("admin") ? "settings.intro_admin" : "settings.intro", {
          workspace: session.workspace.name,
        })}
      />
      <div className="settings-layout">
        <nav className="settings-nav" aria-label={t("nav.settings")} data-testid="settings-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.path}>
                <NavLink to={`/settings/${s.path}`} className="settings-link" data-testid={`tab-${s.path}`}>
                  {t(s.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-body">
          <Routes>
            <Route index element={<Navigate to={first} replace />} />
            {sections.map((s) => (
              <Route key={s.path} path={`${s.path}/*`} element={<s.page />} />
            ))}
            <Route path="*" element={<Navigate to={first} replace />} />
          </Routes>
        </div>
      </div>
    </>
  );
}
