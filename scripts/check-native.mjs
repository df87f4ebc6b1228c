#!/usr/bin/env node
// npm may hold back dependencies' install scripts. The embedded store needs better-sqlite3's native
// module, so after every install make sure it loads, and build it from source (node-gyp) when it does not.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url);
const works = () =>
  spawnSync(
    process.execPath,
    ["-e", "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"],
    {
      stdio: "ignore",
    },
  ).status === 0;

if (!works()) {
  process.stderr.write("firebreak: building better-sqlite3's native module (about a minute)…\n");
  const dir = require.resolve("better-sqlite3/package.json").replace(/package\.json$/, "");
  let r;
  try {
    // npm ships node-gyp; find it next to the npm that runs us.
    const npmDir = process.env.npm_execpath ? dirname(process.env.npm_execpath) : dir;
    const gyp = require.resolve("node-gyp/bin/node-gyp.js", { paths: [npmDir, dir] });
    r = spawnSync(process.execPath, [gyp, "rebuild", "--release"], { cwd: dir, stdio: "inherit" });
  } catch {
    r = spawnSync("npm", ["rebuild", "better-sqlite3", "--foreground-scripts"], { stdio: "inherit" });
  }
  if (r.status !== 0 || !works()) {
    process.stderr.write(
      "firebreak: better-sqlite3 could not be built; install python3, make and g++ (apt-get install build-essential python3), then run npm rebuild better-sqlite3\n",
    );
    process.exit(1);
  }
}
