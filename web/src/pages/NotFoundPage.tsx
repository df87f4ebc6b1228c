import { Link } from "react-router-dom";
import { EmptyState } from "../components/EmptyState.js";
import { PageHeader } from "../components/PageHeader.js";

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is no page at this address."
        action={
          <Link className="button" to="/">
            Go to Home
          </Link>
        }
      >
        It may have moved, or the link is incomplete.
      </EmptyState>
    </>
  );
}
