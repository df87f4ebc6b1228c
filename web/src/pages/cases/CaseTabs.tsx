import { TabNav } from "../../components/TabNav.js";
import { useT } from "../../i18n/t.js";

export function CaseTabs() {
  const t = useT();
  return (
    <TabNav
      label={t("nav.cases")}
      tabs={[
        { to: "/cases", label: t("cases.inbox"), testId: "cases-tab-inbox" },
        { to: "/cases/new", label: t("newcase.title"), testId: "cases-tab-new" },
        { to: "/cases/costs", label: t("cases.tab_costs"), testId: "cases-tab-costs" },
        { to: "/cases/policy", label: t("cases.tab_policy"), testId: "cases-tab-policy" },
      ]}
    />
  );
}
