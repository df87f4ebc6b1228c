const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values in HTML we write ourselves: everything shown may come from the internet. */
export const escapeHtml = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
