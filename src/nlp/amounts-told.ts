/**
 * Amounts of money told against each other (twenty-third pass, English, German, Polish): a price that
 * rose ("went from £3.99 to £6.99", "kostet ab nächstem Monat 12,99 statt 9,99", "podnieśli z 29 zł na
 * 39 zł"), a price that fell just after the customer paid ("Paid $129 on Monday. It's $89 today.") and
 * a refund short of what was paid ("34,99 € gutgeschrieben. Der Mantel hat 134,99 € gekostet."). The
 * words around them are neutral; the digits tell the complaint. A price that fell with nothing paid
 * ("now £30 instead of £50") is a sale, and a range ("from £5 to £20", "von 5 bis 20 €") no change.
 */

/** An amount: a currency sign or word beside digits, or a price written with two decimals ("9,99"). */
const AMOUNT =
  /(?:[£$€]\s?(\d[\d.,]*\d|\d)|(\d[\d.,]*\d|\d)\s?(?:€|\$|£|eur\b|euro\b|zł|zl\b|pln\b|dollars?\b|pounds?\b|quid\b)|(?<![\d.,])(\d+[.,]\d\d)(?![\d.,]*\d))/giu;

/** A currency or a price with cents somewhere: most texts have neither and are read no further. */
const MAY_HOLD = /[£$€]|zł|\d[.,]\d\d|\d\s?(?:eur|pln|zl|dollar|pound|quid)/iu;

/** "1.299" and "1,299" are thousands, "12,99" and "3.99" cents. */
function amountValue(s: string): number {
  const m = /^(.*?)([.,])(\d{1,2})$/.exec(s);
  const whole = (m ? (m[1] as string) : s).replace(/[.,]/g, "");
  return Number(m ? `${whole}.${m[3]}` : whole);
}

interface Amount {
  at: number;
  end: number;
  value: number;
}

function amountsIn(s: string): Amount[] {
  const out: Amount[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const digits = m[1] ?? m[2] ?? m[3] ?? "";
    out.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: amountValue(digits) });
  }
  return out;
}

/** A change between two amounts: the first is the old price ("from A to B", "von A auf B", "z A na B"). */
const CHANGE_OLD_FIRST: Record<string, RegExp> = {
  en: /^\s*(?:a month |a year |per month |monthly )?(?:to|up to)\s*$/iu,
  de: /^\s*(?:im monat |pro monat |monatlich )?auf\s*$/iu,
  pl: /^\s*(?:miesięcznie |za miesiąc )?na\s*$/iu,
};
/** …with the word before the first: "from", "von", "z" (English only after a verb of change). */
const CHANGE_FROM: Record<string, RegExp> = {
  en: /\b(?:went|gone|goes|going|jumped|jumps|rose|risen|increased|raised|hiked|changed|up)\b[^.!?]{0,40}\bfrom\s*$/iu,
  de: /\bvon\s*$/iu,
  pl: /(?:^|\s)z\s*$/iu,
};
/** The new price first: "A statt B", "A instead of B", "A zamiast B". */
const INSTEAD: Record<string, RegExp> = {
  en: /^\s*(?:a month |a year )?instead of\s*$/iu,
  de: /^\s*(?:im monat |pro monat )?(?:statt|anstatt|anstelle von)\s*$/iu,
  pl: /^\s*(?:miesięcznie )?zamiast\s*$/iu,
};
const PAID: Record<string, RegExp> = {
  en: /\b(?:paid|payed|bought it|bought (?:the|a|my)\b)/iu,
  de: /\b(?:bezahlt|gezahlt|gekauft|zahlte)\b/iu,
  pl: /\b(?:zapłacił\p{L}*|kupił\p{L}*)/iu,
};
const NOW: Record<string, RegExp> = {
  en: /\b(?:now|today|it's|it is|dropped to|reduced to)\b/iu,
  de: /\b(?:jetzt|heute|nun|mittlerweile|inzwischen)\b/iu,
  pl: /\b(?:teraz|dziś|dzisiaj|obecnie)(?!\p{L})/iu,
};
const REFUNDED: Record<string, RegExp> = {
  en: /\b(?:refund(?:ed)?|credited|reimbursed|money back)\b/iu,
  de: /\b(?:gutgeschrieben|erstattet|rückerstattet|zurücküberwiesen|erstattung)\b/iu,
  pl: /(?:zwrócil\p{L}*|zwrócon\p{L}*|zwrot\p{L}*|oddali\p{L}*)/iu,
};
const COST: Record<string, RegExp> = {
  en: /\b(?:cost|costs|paid|price was|priced at)\b/iu,
  de: /\b(?:gekostet|kostete|bezahlt|gezahlt|preis)\b/iu,
  pl: /(?:kosztował\p{L}*|zapłacił\p{L}*|cen[aęy]\b)/iu,
};

/** Whether two amounts told in one sentence say a price rose. */
function rose(s: string, a: Amount, b: Amount, code: string): boolean {
  const between = s.slice(a.end, b.at);
  const before = s.slice(Math.max(0, a.at - 60), a.at);
  if ((CHANGE_OLD_FIRST[code] as RegExp).test(between) && (CHANGE_FROM[code] as RegExp).test(before))
    return b.value > a.value;
  if ((INSTEAD[code] as RegExp).test(between)) return a.value > b.value;
  return false;
}

/** Sentences of a text; a "." between digits ("3.99", "1.299") ends none. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)|\n+/u).filter((s) => s.trim() !== "");
}

/** The topics amounts tell as a fault: price (a rise, a fall after paying), returns_refunds (short). */
export function amountsTold(text: string, code: string): string[] {
  if (!(code in PAID) || !MAY_HOLD.test(text)) return [];
  const out: string[] = [];
  const sentences = sentencesOf(text);
  const amounts = sentences.map(amountsIn);
  if (amounts.every((a) => a.length === 0)) return out;
  sentences.forEach((s, i) => {
    const here = amounts[i] as Amount[];
    for (let k = 0; k + 1 < here.length; k++)
      if (rose(s, here[k] as Amount, here[k + 1] as Amount, code)) out.push("price");
    // Paid A, then (this or the next two sentences) now B, lower: the price fell after the customer paid.
    const paid = (PAID[code] as RegExp).exec(s);
    // German puts the verb last: "250 € bezahlt".
    const first = paid
      ? (here.find((a) => a.at > paid.index) ?? here.findLast((a) => a.at < paid.index))
      : undefined;
    if (paid && first) {
      for (let j = i; j < Math.min(i + 3, sentences.length); j++) {
        const t = sentences[j] as string;
        const now = (NOW[code] as RegExp).exec(t);
        const later = (amounts[j] as Amount[]).find(
          (a) => now && a !== first && Math.abs(a.at - now.index) < 30,
        );
        if (now && later && later.value < first.value && later.value > 0) out.push("price");
      }
    }
  });
  // A refund short of the price: the refunded amount below an amount the customer paid for the thing.
  const refunded = refundedAmounts(sentences, amounts, code);
  const paidFor = costAmounts(sentences, amounts, code);
  if (refunded.some((r) => paidFor.some((p) => p > r && r > 0))) out.push("returns_refunds");
  return out;
}

function refundedAmounts(sentences: string[], amounts: Amount[][], code: string): number[] {
  return sentences.flatMap((s, i) => {
    const m = (REFUNDED[code] as RegExp).exec(s);
    const cost = (COST[code] as RegExp).exec(s);
    return (amounts[i] as Amount[])
      .filter((a) => m && Math.abs(a.at - m.index) < 40)
      .filter((a) => !cost || !m || Math.abs(a.at - m.index) <= Math.abs(a.at - cost.index))
      .map((a) => a.value);
  });
}

function costAmounts(sentences: string[], amounts: Amount[][], code: string): number[] {
  return sentences.flatMap((s, i) => {
    const cost = (COST[code] as RegExp).exec(s);
    if (!cost) return [];
    const refund = (REFUNDED[code] as RegExp).exec(s);
    // In a sentence that tells both ("Zwrócono mi 20 zł, a buty kosztowały 120 zł"), the amount nearer the cost.
    return (amounts[i] as Amount[])
      .filter((a) => Math.abs(a.at - cost.index) < 40)
      .filter((a) => !refund || Math.abs(a.at - cost.index) < Math.abs(a.at - refund.index))
      .map((a) => a.value);
  });
}
