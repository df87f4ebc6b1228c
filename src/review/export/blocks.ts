/**
 * A small document model: the post-mortem and the report are built once as blocks, then written as
 * Markdown, HTML or PDF by renderers that only know blocks. Every string in a block is plain text
 * (hostile until a renderer escapes it).
 */
export interface ChartBlock {
  k: "chart";
  title: string;
  points: { day: string; index: number | null }[];
  baseline: { index: number; low: number; high: number } | null;
  /** The crisis's start day, marked on the chart. */
  mark: string | null;
  caption: string;
}

export type Block =
  | { k: "h1"; text: string }
  | { k: "h2"; text: string }
  | { k: "p"; text: string; muted?: boolean }
  | { k: "ul"; items: string[]; empty: string }
  | { k: "table"; head: string[]; rows: string[][] }
  | ChartBlock;

export interface Doc {
  title: string;
  lang: string;
  blocks: Block[];
}

/** The chart's geometry, shared by the SVG and the PDF so both draw the same picture. */
export function chartGeometry(c: ChartBlock, w: number, h: number) {
  const pad = { l: 34, r: 8, t: 8, b: 18 };
  const vals = c.points.map((p) => p.index).filter((v): v is number => v !== null);
  if (c.baseline) vals.push(c.baseline.low, c.baseline.high);
  const lo = Math.max(-100, Math.floor((Math.min(0, ...vals) - 5) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(0, ...vals) + 5) / 10) * 10);
  const n = Math.max(1, c.points.length - 1);
  const x = (i: number) => pad.l + ((w - pad.l - pad.r) * i) / n;
  const y = (v: number) => pad.t + ((h - pad.t - pad.b) * (hi - v)) / (hi - lo || 1);
  // Runs of consecutive days with a value: an empty day breaks the line instead of inventing a value.
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  c.points.forEach((p, i) => {
    if (p.index === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push([x(i), y(p.index)]);
  });
  if (run.length) runs.push(run);
  const markIndex = c.mark ? c.points.findIndex((p) => p.day === c.mark) : -1;
  return { pad, lo, hi, x, y, runs, markX: markIndex >= 0 ? x(markIndex) : null };
}
