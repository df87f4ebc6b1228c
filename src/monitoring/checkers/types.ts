import { type Failure, failureText } from "../failure.js";

export interface CheckResult {
  ok: boolean;
  latencyMs: number | null;
  /** Why the check failed (or, for provider monitors, what the provider reports). */
  error: string | null;
  /** Provider monitors: the components and incidents the provider reports. */
  provider?: { components: string[]; incidents: string[] };
}

export const pass = (latencyMs: number | null): CheckResult => ({ ok: true, latencyMs, error: null });
export const failWith = (error: string, latencyMs: number | null = null): CheckResult => ({
  ok: false,
  latencyMs,
  error: error.slice(0, 500),
});

/** A failure of a known form: its English sentence is what the check stores (see failure.ts). */
export const fail = (why: Failure, latencyMs: number | null = null): CheckResult =>
  failWith(failureText(why), latencyMs);

export const errorText = (err: unknown): string => {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    // undici names its own timers (headers, body, connect) apart from the abort signal's: all are timeouts.
    if (err.name === "TimeoutError" || err.name === "AbortError" || /^UND_ERR_\w*TIMEOUT$/.test(code ?? ""))
      return "timed out";
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
};
