import { Link } from "react-router-dom";
import { EmptyState } from "../components/EmptyState.js";
import { PageHeader } from "../components/PageHeader.js";
import { useT } from "../i18n/t.js";

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t("notfound.title")} />
      <EmptyState
        title={t("notfound.body")}
        action={
          <Link className="button" to="/">
            {t("notfound.home")}
          </Link>
        }
      >
        {t("notfound.hint")}
      </EmptyState>
    </>
  );
}
