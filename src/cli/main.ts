import { Command } from "commander";
import { registerAdmin } from "./admin.js";
import { registerBackup } from "./backup.js";
import { registerClassify } from "./classify.js";
import { registerDetect } from "./detect.js";
import { registerImport } from "./import.js";
import { registerPlan } from "./plan.js";
import { registerReview } from "./review.js";
import { registerSecrets } from "./secrets.js";
import { registerStart } from "./start.js";
import { registerStatus } from "./status.js";
import { registerWorkspace } from "./workspace.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("firebreak")
    .description("Crisis management for online shops: detect, triage, communicate, resolve, recover, learn.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)");
  registerStart(program);
  registerAdmin(program);
  registerBackup(program);
  registerImport(program);
  registerPlan(program);
  registerReview(program);
  registerStatus(program);
  registerDetect(program);
  registerClassify(program);
  registerWorkspace(program);
  registerSecrets(program);
  return program;
}

// A reader that went away (`firebreak detect --replay f | head`) has what it asked for: stop quietly
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

await buildProgram().parseAsync(process.argv);
