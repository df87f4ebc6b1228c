/**
 * Failed logins per account. The per-address limit does not stop a guesser who spreads one account's
 * attempts over many addresses; this does. After MAX_FAILURES wrong passwords within WINDOW_MS the
 * account refuses logins (even the right password) until the window of the first failure ends, so a
 * guesser gets at most MAX_FAILURES tries per window. Unknown e-mails count the same, so the answer
 * does not tell which accounts exist. Kept in memory: a restart forgets it, and each process of a
 * scaled-out installation counts its own (the per-address limit still applies in front).
 */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;
const MAX_TRACKED = 50_000;

interface Entry {
  failures: number;
  firstAt: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until this account may try again, or 0. */
  waitS(email: string): number {
    const e = this.entries.get(email);
    if (!e) return 0;
    const left = e.firstAt + WINDOW_MS - this.now();
    if (left <= 0) {
      this.entries.delete(email);
      return 0;
    }
    return e.failures >= MAX_FAILURES ? Math.ceil(left / 1000) : 0;
  }

  failed(email: string): void {
    const t = this.now();
    const e = this.entries.get(email);
    if (e && t - e.firstAt < WINDOW_MS) e.failures++;
    else this.entries.set(email, { failures: 1, firstAt: t });
    if (this.entries.size > MAX_TRACKED) this.prune(t);
  }

  succeeded(email: string): void {
    this.entries.delete(email);
  }

  private prune(t: number): void {
    for (const [k, e] of this.entries) if (t - e.firstAt >= WINDOW_MS) this.entries.delete(k);
  }
}
