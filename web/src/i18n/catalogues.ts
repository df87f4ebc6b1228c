import type { Locale } from "./locales.js";

/** English is the reference catalogue: every key lives there first, and the others must match it. */
export type Messages = typeof import("./en.json");
export type MessageId = keyof Messages;

// One chunk per language, so a Polish user never downloads the German strings.
const loaders = import.meta.glob<{ default: Record<string, string> }>("./*.json");

export async function loadMessages(locale: Locale): Promise<Record<string, string>> {
  const load = loaders[`./${locale}.json`];
  if (!load) throw new Error(`no catalogue for ${locale}`);
  return (await load()).default;
}
