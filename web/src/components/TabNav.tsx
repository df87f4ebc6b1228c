import { NavLink } from "react-router-dom";

export interface Tab {
  /** Relative to the page ("tokens") or absolute. */
  to: string;
  label: string;
  testId?: string;
}

/** Sub-pages of a page as links (each tab has its own URL, so reload and back work). */
export function TabNav({ tabs, label }: { tabs: Tab[]; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((t) => (
        <NavLink key={t.to} to={t.to} className="tab" data-testid={t.testId}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
