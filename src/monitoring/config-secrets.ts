import { openSecret, sealSecret } from "../core/secrets.js";

/**
 * An HTTP monitor's request headers often carry a credential (`Authorization: Bearer …`, an API key), so
 * every header value is sealed at rest (src/core/secrets.ts) and opened when the monitor is read or run.
 * Values stored before sealing open as they are.
 */
function mapHeaders(config: Record<string, unknown>, fn: (v: string) => string): Record<string, unknown> {
  const headers = config["headers"];
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return config;
  const out = Object.fromEntries(
    Object.entries(headers as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === "string" ? fn(v) : v,
    ]),
  );
  return { ...config, headers: out };
}

export const sealConfig = (config: Record<string, unknown>) => JSON.stringify(mapHeaders(config, sealSecret));

export const openConfig = (stored: string) =>
  mapHeaders(JSON.parse(stored) as Record<string, unknown>, openSecret);
