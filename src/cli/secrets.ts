import type { Command } from "commander";
import { resealAll } from "../db/seal.js";
import { withContext, withStoreOptions } from "./common.js";

export function registerSecrets(program: Command) {
  const secrets = program.command("secrets").description("secrets stored sealed (AES-256-GCM) in the store");
  withStoreOptions(
    secrets
      .command("reseal")
      .description(
        "after a key rotation: seal every stored secret with FIREBREAK_SECRET_KEY (the old key in FIREBREAK_SECRET_KEY_PREVIOUS)",
      ),
  ).action(async (flags: { dataDir?: string }) => {
    await withContext(
      flags,
      async (ctx) => {
        const changed = await ctx.db.transaction().execute((trx) => resealAll(trx));
        process.stdout.write(`${JSON.stringify({ resealed: changed })}\n`);
      },
      { modules: [] },
    );
  });
}
