import { useState } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import { PageHeader } from "../../components/PageHeader.js";
import { TabNav } from "../../components/TabNav.js";
import { useSession } from "../../session.js";
import { PlanEditor } from "./PlanEditor.js";
import { PlanOverview } from "./PlanOverview.js";
import "./plan.css";
import { useT } from "../../i18n/t.js";
import { RiskMatrix } from "./RiskMatrix.js";

const LANGS = [
  ["en", "English"],
  ["pl", "Polski"],
  ["it", "Italiano"],
  ["fr", "Français"],
  ["de", "Deutsch"],
  ["es", "Español"],
] as const;

export default function PlanPage() {
  const t = useT();
  const session = useSession();
  const [lang, setLang] = useState("");
  const exportUrl = (format: string) =>
    `/api/v1/plan/export?format=${format}${lang ? `&lang=${encodeURIComponent(lang)}` : ""}`;
  return (
    <>
      <PageHeader
        title={t("plan.title")}
        description={t("planpage.intro", { shop: session.workspace.name })}
        actions={
          <span className="plan-exports">
            {t("planpage.print_in")}{" "}
            <select
              aria-label={t("planpage.print_lang")}
              value={lang}
              onChange={(e) => setLang(e.target.value)}
              data-testid="plan-export-lang"
            >
              <option value="">{t("templates.workspace_language")}</option>
              {LANGS.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            :{" "}
            <a href={exportUrl("pdf")} data-testid="plan-export-pdf">
              PDF
            </a>{" "}
            · <a href={exportUrl("html")}>HTML</a> · <a href={exportUrl("md")}>Markdown</a>
          </span>
        }
      />
      <TabNav
        label={t("plan.title")}
        tabs={[
          { to: "/plan/overview", label: t("planpage.overview"), testId: "tab-plan-overview" },
          { to: "/plan/risks", label: t("planpage.risks"), testId: "tab-plan-risks" },
          { to: "/plan/edit", label: t("crisis.edit"), testId: "tab-plan-edit" },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="overview" replace />} />
        <Route path="overview" element={<PlanOverview />} />
        <Route path="risks" element={<RiskMatrix />} />
        <Route path="edit" element={<PlanEditor />} />
        <Route path="*" element={<Navigate to="overview" replace />} />
      </Routes>
    </>
  );
}
