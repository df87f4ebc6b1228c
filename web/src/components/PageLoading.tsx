import { T } from "../i18n/t.js";

/** What shows while a page's code or the session loads. */
export function PageLoading() {
  return (
    <div className="page-loading" role="status">
      <T id="app.loading" />
    </div>
  );
}
