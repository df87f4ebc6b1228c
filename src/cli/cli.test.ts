import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/process.js";
import { freshStore, type TestStore } from "../testing/store.js";

const stores: TestStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.drop();
});
async function store() {
  const s = await freshStore();
  await s.store.close();
  stores.push(s);
  return s;
}

describe("the firebreak program", () => {
  it("prints help and exits 0", async () => {
    const res = await runCli(["--help"]);
    expect(res.code).toBe(0);
    for (const cmd of ["start", "serve", "migrate", "token", "backup", "restore"])
      expect(res.stdout).toContain(cmd);
  });

  it("migrate brings a new store up to date, then says it is", async () => {
    const s = await store();
    const first = await runCli(["migrate"], s.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied: 0001_accounts/);
    const second = await runCli(["migrate"], s.env);
    expect(second.stdout.trim()).toBe("the schema is up to date");
  });

  it("token create refuses a bad role with one line on stderr and a non-zero exit", async () => {
    const s = await store();
    const res = await runCli(["token", "create", "--name", "x", "--role", "owner"], s.env);
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toMatch(/--role must be one of admin, responder, viewer|viewer, responder, admin/);
  });

  it("token create on an empty store says to start once first", async () => {
    const s = await store();
    const res = await runCli(["token", "create", "--name", "x", "--role", "viewer"], s.env);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/firebreak start/);
  });

  it("a bad DATABASE_URL is named, not a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fb-cli-"));
    try {
      const res = await runCli(["migrate", "--data-dir", dir], { DATABASE_URL: "mysql://nope" });
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(/DATABASE_URL must start with postgres:\/\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
