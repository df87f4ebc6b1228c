/**
 * Shop platforms send 64-bit ids as JSON numbers (`"id": 820982911946154508`), beyond the 2^53 a
 * JavaScript number holds exactly. The raw body is read with every integer too long to be exact turned
 * into a string first, so ids keep every digit; strings in the body are skipped, never rewritten.
 */
export function parseJsonKeepingBigInts(raw: Buffer | string): unknown {
  const text = typeof raw === "string" ? raw : raw.toString("utf8");
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if ((c === "-" || (c !== undefined && c >= "0" && c <= "9")) && /[[:,\s]/.test(text[i - 1] ?? " ")) {
      const m = /^-?\d+([.eE][-+\d.eE]*)?/.exec(text.slice(i, i + 400));
      if (!m) continue;
      const token = m[0];
      if (!m[1] && !Number.isSafeInteger(Number(token))) {
        out += `${text.slice(last, i)}"${token}"`;
        last = i + token.length;
      }
      i += token.length - 1;
    }
  }
  return JSON.parse(out + text.slice(last));
}

/** The platform's body: the raw bytes when the route kept them (exact ids), else the parsed JSON. */
export const exactBody = (rawBody: Buffer | undefined, parsed: unknown): unknown => {
  if (!rawBody || rawBody.length === 0) return parsed;
  try {
    return parseJsonKeepingBigInts(rawBody);
  } catch {
    return parsed;
  }
};
