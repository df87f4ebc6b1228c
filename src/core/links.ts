/**
 * `url` opened in `lang`: `lang=` joins its query (a shop's own address may carry one already, and a
 * `lang=` there gives way) before its fragment, which `fragment` replaces when given.
 * "https://shop.example/status?view=1#top" → "https://shop.example/status?view=1&lang=pl#top".
 */
export function withLang(url: string, lang: string, fragment?: string): string {
  const hash = url.indexOf("#");
  const [path = "", query = ""] = (hash < 0 ? url : url.slice(0, hash)).split(/\?(.*)/s);
  const kept = query.split("&").filter((p) => p && !p.startsWith("lang="));
  const frag = fragment !== undefined ? `#${fragment}` : hash < 0 ? "" : url.slice(hash);
  return `${path}?${[...kept, `lang=${lang}`].join("&")}${frag}`;
}
