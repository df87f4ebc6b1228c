import type { Doc } from "./blocks.js";

/** User text may carry Markdown or HTML: neutralise it so it prints as written. */
export const mdEscape = (s: string): string =>
  s
    .replace(/\r?\n/g, " ")
    .replace(/([\\`*_[\]<>|#!~])/g, "\\$1")
    .trim();

const row = (cells: string[]) => `| ${cells.map((c) => mdEscape(c) || " ").join(" | ")} |`;

export function renderMarkdown(d: Doc): string {
  const out: string[] = [];
  for (const b of d.blocks) {
    switch (b.k) {
      case "h1":
        out.push(`# ${mdEscape(b.text)}`, "");
        break;
      case "h2":
        out.push(`## ${mdEscape(b.text)}`, "");
        break;
      case "p":
        out.push(b.muted ? `_${mdEscape(b.text)}_` : mdEscape(b.text), "");
        break;
      case "ul":
        out.push(
          ...(b.items.length ? b.items.map((i) => `- ${mdEscape(i)}`) : [`_${mdEscape(b.empty)}_`]),
          "",
        );
        break;
      case "table":
        out.push(row(b.head), `|${b.head.map(() => " --- ").join("|")}|`, ...b.rows.map(row), "");
        break;
      case "chart":
        // Markdown has no chart: the series as a table keeps the figures readable.
        out.push(`**${mdEscape(b.title)}**`, "", mdEscape(b.caption), "");
        out.push(
          row(["day", "index"]),
          "| --- | --- |",
          ...b.points.map((p) => row([p.day, p.index === null ? "–" : String(p.index)])),
          "",
        );
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
