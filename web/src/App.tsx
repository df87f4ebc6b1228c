import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect } from "react";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { errorMessage, isApiError, setUnauthorizedHandler } from "./api.js";
import { PageLoading } from "./components/PageLoading.js";
import { ToastProvider } from "./components/Toast.js";
import { I18nProvider } from "./i18n/I18nProvider.js";
import { useT } from "./i18n/t.js";
import { NAV } from "./nav.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { Shell } from "./Shell.js";
import { ME_KEY, SessionProvider, useMe } from "./session.js";

const LoginPage = lazy(() => import("./pages/login/LoginPage.js"));
const SetPasswordPage = lazy(() => import("./pages/login/SetPasswordPage.js"));
const AcceptInvitePage = lazy(() => import("./pages/login/AcceptInvitePage.js"));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // Client errors will not change by asking again; network blips and 5xx might.
      retry: (count, e) => count < 2 && !(isApiError(e) && e.status >= 400 && e.status < 500),
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <ToastProvider>
          <BrowserRouter>
            <UnauthorizedRedirect />
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/invite" element={<AcceptInvitePage />} />
                <Route element={<RequireSession />}>
                  <Route path="/set-password" element={<SetPasswordPage />} />
                  <Route element={<Shell />}>
                    {NAV.map((item) => (
                      <Route
                        key={item.path}
                        path={item.path === "/" ? "/" : `${item.path}/*`}
                        element={<item.page />}
                      />
                    ))}
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </ToastProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** A 401 from any request (session expired, logged out elsewhere) goes back to the login page. */
function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const { pathname, search } = window.location;
      if (pathname.startsWith("/login")) return;
      qc.clear();
      qc.setQueryData(ME_KEY, null);
      navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    });
  }, [navigate, qc]);
  return null;
}

function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const t = useT();
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return (
      <div className="page-loading" role="alert">
        {t("app.unreachable", { message: errorMessage(me.error) })}{" "}
        <button type="button" className="button" onClick={() => void me.refetch()}>
          {t("app.try_again")}
        </button>
      </div>
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionProvider me={me.data}>
      <Outlet />
    </SessionProvider>
  );
}
