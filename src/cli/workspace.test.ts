import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/process.js";
import { freshStore, type TestStore } from "../testing/store.js";
import { slugOf } from "./workspace.js";

const stores: TestStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.drop();
});

describe("firebreak workspace create", () => {
  it("makes slugs from names", () => {
    expect(slugOf("Sklep Łódź & Co.")).toBe("sklep-lodz-co");
    expect(slugOf("!!!")).toBe("");
  });

  it("creates a workspace from the command line, with an admin, and refuses a taken slug", async () => {
    const s = await freshStore();
    await s.store.close();
    stores.push(s);
    const made = await runCli(
      ["workspace", "create", "--name", "Sklep Kasi", "--admin", "kasia@shop.test"],
      s.env,
    );
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ slug: "sklep-kasi", name: "Sklep Kasi" });
    expect(made.stderr).toMatch(/log in as kasia@shop\.test: http.*\/login\?link=/);
    const again = await runCli(["workspace", "create", "--name", "Other", "--slug", "sklep-kasi"], s.env);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(/sklep-kasi/);
  });
});
