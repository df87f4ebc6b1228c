import { type Alert, SPIKE_KINDS } from "./detectors/types.js";

/**
 * The contract's replay prints one line per episode. A rise is watched by several series that count
 * nearly the same mentions: overall, per source and per language (in a one-source, one-language file
 * all three count every mention). Printed apart, one rise would be two or three lines, the language
 * series' line looking exactly like the overall one (the shape names a source, not a language). So a
 * spike's opening is printed only when no other series of the same kind and topic is in an episode;
 * the others are still seen with `--all-phases`, and the live dashboard groups them into one incident.
 */
export function oneLinePerRise(): (a: Alert) => boolean {
  const active = new Map<string, Set<string>>();
  return (a) => {
    if (!(SPIKE_KINDS as readonly string[]).includes(a.kind)) return true;
    const family = `${a.kind}\u0000${a.topic ?? ""}`;
    const series = active.get(family) ?? new Set<string>();
    active.set(family, series);
    if (a.phase === "close") series.delete(a.series);
    if (a.phase !== "open") return false;
    const first = series.size === 0;
    series.add(a.series);
    return first;
  };
}
