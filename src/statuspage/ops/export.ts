import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LANGS } from "../../plan/default-plan/index.js";
import type { Snapshot } from "../model.js";
import { REFRESH_SCRIPT } from "../refresh.js";
import { renderAtom, renderHtml, renderJson, STYLE } from "../render.js";
import { LANG_SCRIPT } from "../static-lang.js";

/** The whole page as static files; written to a temporary name first so a host never serves half. */
export async function exportPage(s: Snapshot, live: string, dir: string): Promise<string[]> {
  const files: [string, string][] = [
    ["assets/style.css", STYLE],
    ["assets/refresh.js", REFRESH_SCRIPT],
    ["assets/lang.js", LANG_SCRIPT],
    ["status.json", renderJson(s)],
    ["feed.atom", renderAtom(s, `${live}/feed.atom`)],
    [
      "index.html",
      renderHtml(s, s.workspace.language, {
        staticExport: { depth: 0 },
        subscribeAction: `${live}/subscribe`,
        feedHref: "feed.atom",
      }),
    ],
  ];
  for (const l of LANGS)
    files.push([
      `${l}/index.html`,
      renderHtml(s, l, {
        staticExport: { depth: 1 },
        subscribeAction: `${live}/subscribe`,
        feedHref: "../feed.atom",
      }),
    ]);
  for (const [name, body] of files) {
    const path = join(dir, name);
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(`${path}.tmp`, body);
    await rename(`${path}.tmp`, path);
  }
  return files.map(([n]) => n);
}
