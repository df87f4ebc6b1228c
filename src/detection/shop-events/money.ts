/** Decimal money strings ("598.94") to integer minor units, exactly: no float arithmetic on cents. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

export function toMinorUnits(value: string | number | null | undefined, currency: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const text = typeof value === "number" ? value.toFixed(minorDigits(currency)) : value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const digits = minorDigits(currency);
  const frac = (m[3] ?? "").padEnd(digits, "0");
  // Round half up on the digits beyond the currency's precision.
  let minor = Number(m[2]) * 10 ** digits + Number(frac.slice(0, digits) || "0");
  if (frac.length > digits && Number(frac[digits]) >= 5) minor += 1;
  return m[1] === "-" ? -minor : minor;
}
