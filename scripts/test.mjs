#!/usr/bin/env node
// `npm test`: type-check (tests included), then the whole suite on SQLite and on PostgreSQL, browser tests
// in Chromium. What is missing on this machine is said in one line and the rest still runs; CI sets
// FIREBREAK_REQUIRE_ALL=1 so that nothing may be missing there.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import pg from "pg";

const requireAll = process.env.FIREBREAK_REQUIRE_ALL === "1";
const stores = (process.env.FIREBREAK_TEST_STORES ?? "sqlite,postgres").split(",").map((s) => s.trim());
const pgUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const passthrough = process.argv.slice(2);
const say = (line) => process.stdout.write(`${line}\n`);
const missing = (line) => {
  say(line);
  if (requireAll) process.exit(1);
};

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

if (run("node", ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"]) !== 0) {
  say("typecheck: 0 passed, 1 failed");
  process.exit(1);
}

const haveChromium = existsSync(chromium);
if (haveChromium) {
  if (run("node", ["scripts/ensure-built.mjs", "--web-only"]) !== 0) process.exit(1);
} else {
  missing(`Chromium not found at ${chromium}: browser tests skipped (apt-get install chromium)`);
}

async function freshPgDatabase() {
  const name = `firebreak_test_${process.pid}_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: pgUrl });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

mkdirSync(".tmp", { recursive: true });
let failedRuns = 0;
const totals = [];
for (const store of stores) {
  let env = { DATABASE_URL: "", FIREBREAK_E2E: haveChromium ? "1" : "0", CHROMIUM_PATH: chromium };
  let drop = async () => undefined;
  if (store === "postgres") {
    try {
      const db = await freshPgDatabase();
      env = { ...env, DATABASE_URL: db.url };
      drop = db.drop;
    } catch (err) {
      missing(
        `PostgreSQL not reachable at ${pgUrl.replace(/\/\/[^@]*@/, "//")} (${err.message}): suite ran on SQLite only`,
      );
      continue;
    }
  }
  say(`\n=== test suite on ${store} ===`);
  const report = `.tmp/vitest-${store}.json`;
  const code = run(
    "node",
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...passthrough,
    ],
    env,
  );
  await drop().catch(() => undefined);
  if (code !== 0) failedRuns++;
  try {
    const r = JSON.parse(readFileSync(report, "utf8"));
    totals.push(`${store}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  } catch {
    totals.push(`${store}: 0 passed, 1 failed`);
  }
}
for (const t of totals) say(t);
process.exit(failedRuns > 0 ? 1 : 0);
