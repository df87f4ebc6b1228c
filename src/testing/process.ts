import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = fileURLToPath(new URL("../cli/main.ts", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `firebreak` program from the sources, as a separate process. */
export function runCli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
  /** SIGKILL: the process gets no chance to flush or clean up. */
  kill9(): Promise<void>;
}

/** Starts `firebreak start` as a real process and waits until /healthz answers. */
export async function startServerProcess(
  env: Record<string, string>,
  extraArgs: string[] = [],
  command: string[] = ["start"],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CLI, ...command, "--port", String(port), ...extraArgs],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: "warn",
        FIREBREAK_PUBLIC_RATE_LIMIT: "0",
        FIREBREAK_WARM_CURVES: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  // Started from source: on a loaded machine (both stores' suites and a build at once) over 60 s.
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) {
      child.kill("SIGKILL");
      throw new Error(`the server did not come up in 120 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = () =>
    new Promise<void>((r) => (child.exitCode !== null ? r() : child.once("exit", () => r())));
  return {
    child,
    url,
    output: () => out,
    async stop() {
      child.kill("SIGTERM");
      await exited();
    },
    async kill9() {
      child.kill("SIGKILL");
      await exited();
    },
  };
}
