/**
 * The mixed curve's tail priced by the model (thirty-first pass of issue 15, bench `--level-tail on`).
 *
 * The level-error model (level-error.ts) builds E_ρ[ρ·r(k^θ, θh)] on a grid of h up to 30 nats and,
 * past it, extrapolated at the curve's last slope (≥ 0.1 a nat). A dense young series whose level
 * variance is σ² ≥ ~0.05 asks for thresholds past the grid, where that slope prices the drifting nodes
 * (ρ ln k > k − 1: the CUSUM drifts up on traffic at ρ × expected) as if they fell like e^−h. They fall
 * like drift ÷ h, except that a run older than MAX_RUN_MS (6 hours) starts again from 0: a run can
 * gather at most about drift × the expected mentions of 6 hours. Past the grid, with the switch on, the
 * rate is summed over the quadrature's nodes directly, each drifting (or nearly: no θ on the grid) node
 * at the rate its runs reach h within the window they have (boundedDriftRate).
 */
/**
 * The expected mentions of the 6 hours a run may last, over the week's mean rate for as long. Counted at
 * the mean (1): a run in the day's busiest six hours gathers more (an evening peak at 20,000 a day:
 * 1.6–1.9 times), but counting every run as if it lay there (2, the bench's `--level-tail-peak 2`) gave
 * the same false alarms on all 17 null cells, to the alarm, and lost the airline replay's 19 February
 * volume rise (docs/detection.md "Thirty-first pass", the lead's decision).
 */
export const RUN_PEAK = 1;

/**
 * On since the lead's review of the thirty-first pass (the false-alarm budget is the product's promise;
 * the extrapolated tail spent it 10–50 times over): `on: false` extrapolates at the curve's last slope as
 * before (bench `--level-tail off`); `peak`: RUN_PEAK, the bench's `--level-tail-peak`.
 */
export const levelTail = { on: true, peak: RUN_PEAK };

/**
 * A bound on the chance that a run, starting at one mention (ln k) with drift ρ ln k − (k − 1) a mention,
 * reaches h within `horizon` expected mentions: for any λ > 0, e^(λS − tψ(λ)) with ψ(λ) = ρ(k^λ − 1) −
 * λ(k − 1) is a martingale of the free walk (the run before it returns to 0), so (Doob) the walk passes h
 * by the horizon with probability at most e^(−λ(h − ln k) + horizon·ψ(λ)) where ψ ≥ 0 on the way; the
 * best λ has k^λ = ((h − ln k)/horizon + k − 1)/(ρ ln k). 1 where a run's mean gain passes h.
 */
export function reachBound(k: number, rho: number, h: number, horizon: number): number {
  const lk = Math.log(k);
  const need = h - lk;
  if (need <= 0 || horizon <= 0) return need <= 0 ? 1 : 0;
  const x = (need / horizon + k - 1) / (rho * lk);
  if (x <= 1) return 1;
  const lambda = Math.log(x) / lk;
  // ψ(λ) < 0 would need the martingale's own drift down: the bound is then e^(−λ·need) (ψ taken as 0).
  const psi = Math.max(0, rho * (x - 1) - lambda * (k - 1));
  return Math.min(1, Math.exp(-lambda * need + horizon * psi));
}

/**
 * The expected expected-mentions until a CUSUM of drift μ and variance v a mention first reaches h,
 * held at 0 (the reflected diffusion's mean hitting time: h/μ − v(1 − e^(−2μh/v))/(2μ²), h²/v at μ = 0).
 * The hold at 0 gains the statistic ground while its drift is weak, which the h ÷ drift of an unheld
 * walk leaves out (k = 6, ρ = 3.2, h = 20: 18 mentions, not 27).
 */
export function hittingTime(mu: number, v: number, h: number): number {
  if (Math.abs(mu) * h < 1e-9 * v) return (h * h) / v;
  return h / mu - (v / (2 * mu * mu)) * -Math.expm1((-2 * mu * h) / v);
}

/**
 * False alarms per expected mention of a k-CUSUM at threshold h when the true rate is ρ × expected, the
 * test drifting up (or with no θ on the grid), and a run lasting at most `runExpected` expected mentions.
 * A run reaches h with probability p ≤ reachBound and takes min(τ, run) mentions; the rate is about
 * p ÷ (p·min(E τ, run) + (1 − p)·run): 1 ÷ E τ when every run gets there, p ÷ run when few do. Checked
 * against a simulation of the CUSUM with expiring runs (level-tail.test.ts): 1.00–1.11 times its rate
 * where runs reach h, up to a few times it in the far tail (the bound's price), never under it.
 */
export function boundedDriftRate(k: number, rho: number, h: number, runExpected: number): number {
  const lk = Math.log(k);
  const mu = rho * lk - (k - 1);
  const run = Math.max(runExpected, 1e-9);
  const p = reachBound(k, rho, h, run);
  if (p <= 0) return 0;
  const tau = Math.min(hittingTime(mu, rho * lk * lk, h), run);
  return Math.min(rho, p / (p * tau + (1 - p) * run));
}

/**
 * The smallest h ≥ `from` with rate(h) ≤ target, for a rate that does not rise with h and exceeds the
 * target at `from`: doubled out, then halved to a hundredth of a nat (rounded up: never cheaper).
 */
export function tailThreshold(rate: (h: number) => number, from: number, target: number): number {
  let lo = from;
  let hi = from * 2;
  while (rate(hi) > target && hi < 1e7) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (rate(mid) > target) lo = mid;
    else hi = mid;
  }
  return hi;
}
