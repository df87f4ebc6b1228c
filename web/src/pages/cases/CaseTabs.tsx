import { TabNav } from "../../components/TabNav.js";

export function CaseTabs() {
  return (
    <TabNav
      label="Cases"
      tabs={[
        { to: "/cases", label: "Inbox", testId: "cases-tab-inbox" },
        { to: "/cases/new", label: "New case", testId: "cases-tab-new" },
        { to: "/cases/costs", label: "Remedy costs", testId: "cases-tab-costs" },
        { to: "/cases/policy", label: "Policy", testId: "cases-tab-policy" },
      ]}
    />
  );
}
