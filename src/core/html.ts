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

/** What the A4 documents we print (plan, post-mortem) share; each adds its own headings and parts. */
export const PRINT_CSS = `
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;font-size:10.5pt;line-height:1.4;color:#111;max-width:190mm;margin:0 auto;padding:12mm 0}
table{border-collapse:collapse;width:100%;margin:2mm 0 4mm}
th,td{border:1px solid #888;padding:1.5mm 2mm;vertical-align:top;text-align:left}
th{background:#eee}
tr{break-inside:avoid}
@page{size:A4;margin:14mm}
`;
