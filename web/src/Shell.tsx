import { Suspense, useEffect, useState } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router-dom";
import { errorMessage } from "./api.js";
import { Badge } from "./components/Badge.js";
import { PageLoading } from "./components/PageLoading.js";
import { useToast } from "./components/Toast.js";
import { WorkspaceSwitcher } from "./components/WorkspaceSwitcher.js";
import { T, useT, useTOr } from "./i18n/t.js";
import { visibleNav } from "./nav.js";
import { DeliveryBanner } from "./pages/alerts/Paging.js";
import { useSession } from "./session.js";

/** The frame around every logged-in page: header, side menu, and the page itself. */
export function Shell() {
  const session = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useT();
  const tOr = useTOr();

  // Following a link on a phone closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setMenuOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  const logout = async () => {
    try {
      await session.logout();
    } catch (e) {
      toast({ message: errorMessage(e), tone: "error" });
    }
    navigate("/login", { replace: true });
  };

  return (
    <div className={`shell ${menuOpen ? "menu-open" : ""}`}>
      <a className="skip-link" href="#main">
        <T id="shell.skip" />
      </a>
      <header className="topbar" data-testid="topbar">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="sidenav"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="menu-toggle"
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{t("shell.menu")}</span>
        </button>
        <NavLink to="/" className="brand" aria-label={t("shell.home_link")}>
          <svg viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#b42318" />
            <path d="M16 5c1 5 7 7 7 14a7 7 0 0 1-14 0c0-4 2-6 4-8 0 3 1 4 3 5-1-4 0-8 0-11z" fill="#fff" />
          </svg>
          <span>Firebreak</span>
        </NavLink>
        <WorkspaceSwitcher />
        <div className="topbar-user">
          <span className="user-name" data-testid="user-name" title={session.user.email}>
            <bdi>{session.user.name || session.user.email}</bdi>
          </span>
          <Badge value={session.role} />
          <button
            type="button"
            className="button button-ghost"
            onClick={() => void logout()}
            data-testid="logout"
          >
            {t("shell.logout")}
          </button>
        </div>
      </header>
      <nav id="sidenav" className="sidenav" aria-label={t("shell.main_nav")} data-testid="sidenav">
        <ul>
          {visibleNav(session.can).map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === "/"} className="nav-link" data-testid={item.testId}>
                {tOr(item.testId.replace(/^nav-/, "nav."), item.label)}
                {item.count ? <item.count /> : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {menuOpen ? (
        <button
          type="button"
          className="menu-backdrop"
          aria-label={t("shell.close_menu")}
          tabIndex={-1}
          onClick={() => setMenuOpen(false)}
        />
      ) : null}
      <main id="main" className="main" tabIndex={-1}>
        {/* Paging that cannot reach anyone is said on every page until it is fixed, not only under Alerts. */}
        <DeliveryBanner />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
