import type { Lang, Plan } from "../default-plan/model.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderPdf } from "./pdf.js";
import { buildView } from "./view.js";

export type ExportFormat = "md" | "html" | "pdf";

export interface RenderOptions {
  format: ExportFormat;
  lang: Lang;
  /** The "printed" date on the cover (the app clock). */
  now: Date;
}

/** A printable plan to keep offline. md and html return a string, pdf a Buffer. */
export function renderPlan(plan: Plan, opts: RenderOptions & { format: "pdf" }): Promise<Buffer>;
export function renderPlan(plan: Plan, opts: RenderOptions & { format: "md" | "html" }): Promise<string>;
export function renderPlan(plan: Plan, opts: RenderOptions): Promise<string | Buffer>;
export async function renderPlan(plan: Plan, opts: RenderOptions): Promise<string | Buffer> {
  const view = buildView(plan, opts.lang, opts.now);
  switch (opts.format) {
    case "md":
      return renderMarkdown(view);
    case "html":
      return renderHtml(view);
    case "pdf":
      return renderPdf(view);
  }
}

export const EXPORT_FORMATS: readonly ExportFormat[] = ["md", "html", "pdf"];
export const contentTypeOf = (format: ExportFormat): string =>
  format === "pdf"
    ? "application/pdf"
    : format === "html"
      ? "text/html; charset=utf-8"
      : "text/markdown; charset=utf-8";
