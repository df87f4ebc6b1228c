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

await buildProgram().parseAsync(process.argv);
