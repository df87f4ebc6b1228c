import { type ReactNode, useEffect } from "react";

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons or links on the right. */
  actions?: ReactNode;
}

/** The title of a page; also sets the document title. Every page starts with one. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Firebreak`;
  }, [title]);
  return (
    <header className="page-header" data-testid="page-header">
      <div>
        <h1 className="page-title">{title}</h1>
        {description ? <p className="page-description">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
