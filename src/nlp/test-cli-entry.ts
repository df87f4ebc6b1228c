// A tiny program around registerClassify, so the tests can run `classify` as a real process.
import { Command } from "commander";
import { registerClassify } from "../cli/classify.js";

const program = new Command().name("firebreak");
registerClassify(program);
await program.parseAsync(process.argv);
