/**
 * Learning curves of a workspace's own classifier, through the real API on a real store: for each
 * labelled set in ../shared/data, a fresh workspace receives labelled mentions (reviews with stars, or
 * social posts corrected by a person with PATCH), trains with POST /api/v1/classifier/train after 200,
 * 500, 1,000 and 2,000 labels, and classifies held-out rows it never trained on with POST
 * /api/v1/classify. Macro-F1 (negative against not, and over three classes) beside the shipped model,
 * training time and model size. Prints JSON. `BENCH_SETS=en,pl` picks sets; `BENCH_STEPS=200,500` steps.
 * The curves come in two groups, as the goal counts them: `reviews` (rated opinions of a service: only the
 * Polish patients' opinions exist in ../shared/data) and `social` (tweets, airline posts); the goal's
 * review languages with no labelled review set are listed as `reviews_unmeasured`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { shuffled } from "../src/nlp/learn/logreg.js";
import { negativeMacroF1, threeClassMacroF1 } from "../src/nlp/learn/metrics.js";
import { learnedToJson } from "../src/nlp/learn/model.js";
import { learnSentiment } from "../src/nlp/learn/train.js";
import { createHarness, type Harness } from "../src/testing/harness.js";

const DATA = join(import.meta.dirname, "..", "..", "shared", "data");
const CLASSES = ["negative", "neutral", "positive"] as const;
type Label = (typeof CLASSES)[number];
interface Row {
  text: string;
  label: Label;
  language: string;
}
interface LabelledSet {
  name: string;
  /**
   * What the goal counts it as: a shop's "reviews" (opinions of a service, rated) or its "social" posts.
   * The goal's figures are reported apart for each.
   */
  kind: "reviews" | "social";
  /** "rating": mentions arrive with stars; "correction": a person corrects posts that have none. */
  via: "rating" | "correction";
  heldOut: number;
  rows: () => Row[];
}

const jsonl = (file: string) => () =>
  readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row & { label: string })
    .filter((r): r is Row => (CLASSES as readonly string[]).includes(r.label));

/** Every row, "ambiguous" (mixed opinions) as neutral: a shop's reviews have three-star ones too. */
const withMixed = (file: string) => () =>
  readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Omit<Row, "label"> & { label: string })
    .map((r): Row => ({ ...r, label: r.label === "ambiguous" ? "neutral" : (r.label as Label) }));

const airline = () =>
  (
    parse(readFileSync(join(DATA, "airline-tweets-dev.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[]
  ).map((r) => ({ text: r["text"] ?? "", label: r["airline_sentiment"] as Label, language: "en" }));

const SETS: LabelledSet[] = [
  ...["en", "fr", "de", "it", "es"].map(
    (l): LabelledSet => ({
      name: `tweets-${l}`,
      kind: "social",
      via: "correction",
      heldOut: 500,
      rows: jsonl(`sentiment/tweets-${l}.jsonl`),
    }),
  ),
  {
    name: "opinions-pl",
    kind: "reviews",
    via: "rating",
    heldOut: 1500,
    rows: jsonl("sentiment/opinions-pl.jsonl"),
  },
  {
    name: "opinions-pl-mixed",
    kind: "reviews",
    via: "rating",
    heldOut: 1500,
    rows: withMixed("sentiment/opinions-pl.jsonl"),
  },
  { name: "airline-en", kind: "social", via: "correction", heldOut: 1000, rows: airline },
];
/** The goal's review languages; those with no labelled review set in ../shared/data are named as unmeasured. */
const REVIEW_LANGUAGES = ["en", "de", "fr", "es", "pl"];
const REVIEW_SET_LANGUAGE: Record<string, string> = { "opinions-pl": "pl", "opinions-pl-mixed": "pl" };
const STARS: Record<Label, number> = { negative: 1, neutral: 3, positive: 5 };

async function classifyAll(h: Harness, auth: { authorization: string }, rows: Row[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const items = rows.slice(i, i + 1000).map((r, j) => ({ id: i + j, text: r.text, language: r.language }));
    const res = await h.app.inject({
      method: "POST",
      url: "/api/v1/classify",
      headers: auth,
      payload: { items },
    });
    if (res.statusCode !== 200) throw new Error(`classify: HTTP ${res.statusCode} ${res.body}`);
    for (const it of res.json().items as { sentiment: Label }[]) out.push(CLASSES.indexOf(it.sentiment));
  }
  return out;
}

async function addLabels(
  h: Harness,
  auth: { authorization: string },
  set: LabelledSet,
  rows: Row[],
  from: number,
) {
  const mentions = rows.map((r, i) => ({
    source: set.name,
    external_id: `${from + i}`,
    text: r.text,
    language: r.language,
    ...(set.via === "rating" ? { rating: STARS[r.label] } : {}),
  }));
  for (let i = 0; i < mentions.length; i += 1000) {
    const payload = { mentions: mentions.slice(i, i + 1000) };
    const res = await h.app.inject({ method: "POST", url: "/api/v1/mentions", headers: auth, payload });
    if (res.statusCode !== 202) throw new Error(`mentions: HTTP ${res.statusCode} ${res.body}`);
  }
  if (set.via === "rating") return;
  const ids = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const q: string = `/api/v1/mentions?source=${set.name}&limit=1000${cursor ? `&cursor=${cursor}` : ""}`;
    const page = (await h.app.inject({ url: q, headers: auth })).json();
    for (const m of page.items as { id: string; external_id: string }[]) ids.set(m.external_id, m.id);
    cursor = page.next_cursor;
  } while (cursor);
  for (let i = 0; i < rows.length; i++) {
    const id = ids.get(`${from + i}`) as string;
    const payload = { sentiment: (rows[i] as Row).label };
    const r = await h.app.inject({ method: "PATCH", url: `/api/v1/mentions/${id}`, headers: auth, payload });
    if (r.statusCode !== 200) throw new Error(`PATCH: HTTP ${r.statusCode} ${r.body}`);
  }
}

async function curve(h: Harness, set: LabelledSet, steps: number[]) {
  const all = set.rows();
  const order = shuffled(all.length, 11);
  const rows = Array.from(order, (i) => all[i] as Row);
  const test = rows.slice(0, set.heldOut);
  const pool = rows.slice(set.heldOut);
  const truth = test.map((r) => CLASSES.indexOf(r.label));
  const ws = await h.ctx.services.accounts.createWorkspace({ name: set.name, slug: `bench-${set.name}` });
  const token = await h.ctx.services.accounts.createToken({
    workspaceId: ws.id,
    name: "bench",
    role: "admin",
  });
  const auth = { authorization: `Bearer ${token.token}` };
  const shipped = await classifyAll(h, auth, test);
  const base = { macro_f1: negativeMacroF1(truth, shipped), macro_f1_3: threeClassMacroF1(truth, shipped) };
  const points: Record<string, unknown>[] = [{ labels: 0, ...base, active: false }];
  let have = 0;
  for (const step of steps) {
    // "all": every row outside the held-out ones, where a set has more than the last step.
    const n = Number.isNaN(step) ? pool.length : step;
    if (Number.isNaN(step) && n <= (steps[steps.length - 2] ?? 0)) continue;
    if (n > pool.length) {
      points.push({ labels: n, skipped: `only ${pool.length} rows outside the held-out ${set.heldOut}` });
      continue;
    }
    await addLabels(h, auth, set, pool.slice(have, n), have);
    have = n;
    const cpu0 = process.cpuUsage();
    const t = await h.app.inject({ method: "POST", url: "/api/v1/classifier/train", headers: auth });
    const cpu = process.cpuUsage(cpu0);
    if (t.statusCode !== 200) throw new Error(`train: HTTP ${t.statusCode} ${t.body}`);
    const trained = t.json();
    const lang = trained.languages[(test[0] as Row).language] ?? {};
    const pred = await classifyAll(h, auth, test);
    points.push({
      labels: n,
      macro_f1: negativeMacroF1(truth, pred),
      macro_f1_3: threeClassMacroF1(truth, pred),
      active: lang.active === true,
      cv_macro_f1: lang.macro_f1,
      cv_shipped_macro_f1: lang.shipped_macro_f1,
      train_ms: trained.duration_ms,
      train_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      model_bytes: trained.size_bytes,
    });
  }
  return { set: set.name, kind: set.kind, via: set.via, held_out: test.length, shipped: base, points };
}

/**
 * The training itself at 20,000 labels (the most a training reads): the Polish sentences, repeated with
 * a number where the set runs out, through the same learner the route uses; CPU time is what one core
 * spends, wall time depends on what else the machine runs.
 */
function scale() {
  const pl = jsonl("sentiment/opinions-pl.jsonl")();
  const rows = Array.from({ length: 20_000 }, (_, i) => {
    const r = pl[i % pl.length] as Row;
    return { text: i < pl.length ? r.text : `${r.text} (${i})`, language: "pl", sentiment: r.label };
  });
  return timed(rows);
}

/**
 * Time only, for long texts: 2,000 "reviews" of five Polish sentences with the same label (about 540
 * characters each). Their figures mean nothing (joined sentences of one label are easy); what a
 * training of long reviews costs does.
 */
function scaleLong() {
  const pl = jsonl("sentiment/opinions-pl.jsonl")();
  const by = new Map<Label, string[]>(
    CLASSES.map((c) => [c, pl.filter((r) => r.label === c).map((r) => r.text)]),
  );
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const label = CLASSES[i % 3] as Label;
    const texts = by.get(label) ?? [];
    const text = Array.from({ length: 5 }, (_, k) => texts[(i * 5 + k) % texts.length]).join(" ");
    return { text, language: "pl", sentiment: label };
  });
  return timed(rows);
}

function timed(rows: { text: string; language: string; sentiment: Label }[]) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = learnSentiment(rows, { version: "scale" });
  const cpu = process.cpuUsage(cpu0);
  return {
    labels: rows.length,
    mean_chars: Math.round(rows.reduce((n, r) => n + r.text.length, 0) / rows.length),
    wall_ms: Math.round(performance.now() - t0),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    model_bytes: learnedToJson(result.model).length,
  };
}

async function main() {
  if (!existsSync(DATA)) {
    process.stderr.write(`bench:learn: no labelled data at ${DATA}; nothing to measure\n`);
    process.exitCode = 1;
    return;
  }
  const only = process.env["BENCH_SETS"]?.split(",");
  const steps = (process.env["BENCH_STEPS"] ?? "200,500,1000,2000,all").split(",").map(Number);
  const h = await createHarness();
  const results: Awaited<ReturnType<typeof curve>>[] = [];
  try {
    for (const set of SETS) {
      if (only && !only.some((o) => set.name.includes(o))) continue;
      const t0 = performance.now();
      results.push(await curve(h, set, steps));
      process.stderr.write(`bench:learn: ${set.name} in ${Math.round((performance.now() - t0) / 1000)} s\n`);
    }
  } finally {
    await h.close();
  }
  const store = process.env["DATABASE_URL"] ? "postgres" : "sqlite";
  // One line per set: held-out macro-F1 by labels ("s" where the guard kept the shipped model), reviews
  // and social posts apart, as the goal counts them.
  const curveOf = (r: Awaited<ReturnType<typeof curve>>) =>
    Object.fromEntries(
      r.points
        .filter((p) => typeof p["macro_f1"] === "number")
        .map((p) => [
          p["labels"],
          `${(p["macro_f1"] as number).toFixed(3)}${p["labels"] !== 0 && !p["active"] ? " s" : ""}`,
        ]),
    );
  const curves = {
    reviews: Object.fromEntries(results.filter((r) => r.kind === "reviews").map((r) => [r.set, curveOf(r)])),
    social: Object.fromEntries(results.filter((r) => r.kind === "social").map((r) => [r.set, curveOf(r)])),
    reviews_unmeasured: REVIEW_LANGUAGES.filter((l) => !Object.values(REVIEW_SET_LANGUAGE).includes(l)).map(
      (l) => `${l}: no labelled review set in ../shared/data`,
    ),
  };
  process.stdout.write(
    `${JSON.stringify({ store, curves, scale: scale(), scale_long: scaleLong(), results }, null, 1)}\n`,
  );
}

await main();
