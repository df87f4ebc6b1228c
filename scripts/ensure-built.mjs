#!/usr/bin/env node
// Builds the server and the dashboard when the build is missing or older than its sources, so that
// `npm install && npm start` on a fresh clone just works and a second start is instant.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const webOnly = process.argv.includes("--web-only");

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules") continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = (output, ...sources) =>
  !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map((s) => newest(s)));

function step(label, script) {
  process.stderr.write(`firebreak: building ${label}…\n`);
  const r = spawnSync("npm", ["run", "-s", script], { stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write(`firebreak: the ${label} build failed; see the errors above\n`);
    process.exit(r.status ?? 1);
  }
}

if (!webOnly && stale("dist/cli/main.js", "src")) step("the server", "build:server");
if (stale("dist/web/index.html", "web", "src/web-shared")) step("the dashboard", "build:web");
