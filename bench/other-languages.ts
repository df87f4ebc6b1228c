/**
 * Posts in languages outside our six (src/nlp/test-other-languages.ts), language detected: how many are
 * reported in their own language, stay `und`, or are passed off as one of ours, with no shop and in an
 * English shop; and the sentiment read (negative among the posts that are not negative, negative among
 * the negative ones), detected and with the language given (as a stored mention is read again).
 * `--fresh` reads the held-out set instead (src/nlp/test-other-languages-2.ts, read once), and its posts
 * in our six that a second opinion could take away (named right of how many, per language).
 * Run: npx tsx bench/other-languages.ts [--fresh] [--fails]
 */
import { classify } from "../src/nlp/index.js";
import { OTHER_LANGUAGE_POSTS } from "../src/nlp/test-other-languages.js";
import { OTHER_LANGUAGE_POSTS_2, OUR_NEAR_TIES_2 } from "../src/nlp/test-other-languages-2.js";

const showFails = process.argv.includes("--fails");
const fresh = process.argv.includes("--fresh");
const out: Record<string, Record<string, number>> = {};
const all: Record<string, number> = {};
for (const [text, lang, want] of fresh ? OTHER_LANGUAGE_POSTS_2 : OTHER_LANGUAGE_POSTS) {
  const r = classify({ text });
  const shop = classify({ text, languages: ["en"] });
  const given = classify({ text, language: lang });
  const o = out[lang] ?? {};
  out[lang] = o;
  const inc = (k: string, yes: boolean) => {
    if (!yes) return;
    o[k] = (o[k] ?? 0) + 1;
    all[k] = (all[k] ?? 0) + 1;
  };
  inc("posts", true);
  inc("own", r.language === lang);
  inc("und", r.language === "und");
  inc("ours", r.language !== lang && r.language !== "und");
  inc("own_en_shop", shop.language === lang);
  inc("ours_en_shop", shop.language !== lang && shop.language !== "und");
  inc(want === "negative" ? "neg" : "not", true);
  inc(want === "negative" ? "neg_of_neg" : "neg_of_not", r.sentiment === "negative");
  inc(want === "negative" ? "neg_of_neg_given" : "neg_of_not_given", given.sentiment === "negative");
  inc("polarity_right", r.sentiment === want);
  inc("polarity_right_given", given.sentiment === want);
  if (showFails && (r.language !== lang || (r.sentiment === "negative") !== (want === "negative")))
    console.log(
      `${lang} ${want}: ${text} → ${r.language} (en shop ${shop.language}) ${r.sentiment} ${r.score}`,
    );
}
const flat = Object.entries({ all, ...out }).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
console.log(flat.join("\n"));

if (fresh) {
  const ties: Record<string, string> = {};
  for (const [text, lang] of OUR_NEAR_TIES_2) {
    const [right, of] = (ties[lang] ?? "0/0").split("/").map(Number) as [number, number];
    const got = classify({ text }).language;
    ties[lang] = `${right + (got === lang ? 1 : 0)}/${of + 1}`;
    if (showFails && got !== lang) console.log(`ours ${lang}: ${text} → ${got}`);
  }
  console.log(`near ties of ours ${JSON.stringify(ties)}`);
}
