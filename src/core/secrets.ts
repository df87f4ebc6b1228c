import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashSecret, randomSecret } from "./ids.js";

/**
 * Secrets Firebreak must be able to read back (webhook signing secrets, inbound source secrets) are
 * stored sealed with AES-256-GCM, so a copy of the database (a backup, a leaked dump) does not hand
 * them out. The key comes from FIREBREAK_SECRET_KEY, or a key file created in the data folder on first
 * start (keep it out of database backups, or the seal protects nothing). Rotation: put the new key in
 * FIREBREAK_SECRET_KEY and the old one in FIREBREAK_SECRET_KEY_PREVIOUS (comma-separated), start, and
 * run `firebreak secrets reseal`; values sealed with either key open, new ones use the new key.
 */
const PREFIX = "fbenc:v1:";
export const KEY_FILE = "secret.key";

interface Key {
  id: string;
  key: Buffer;
}

export interface Keyring {
  current: Key;
  byId: Map<string, Buffer>;
  source: "env" | "file";
}

/** Any string works as a key; it is hashed to 32 bytes. The id names the key without revealing it. */
function keyFrom(material: string): Key {
  const key = createHash("sha256").update(material.trim()).digest();
  return { key, id: createHash("sha256").update(key).digest("hex").slice(0, 8) };
}

export function loadKeyring(dataDir: string, env: NodeJS.ProcessEnv = process.env): Keyring {
  let material = env["FIREBREAK_SECRET_KEY"]?.trim();
  let source: Keyring["source"] = "env";
  if (!material) {
    source = "file";
    const file = join(dataDir, KEY_FILE);
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      // `wx`: two processes starting at once on a new data folder must not each write their own key.
      try {
        writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { flag: "wx", mode: 0o600 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    chmodSync(file, 0o600);
    material = readFileSync(file, "utf8").trim();
  }
  if (material.length < 16) throw new Error("FIREBREAK_SECRET_KEY is too short: use at least 16 characters");
  const current = keyFrom(material);
  const byId = new Map([[current.id, current.key]]);
  for (const old of (env["FIREBREAK_SECRET_KEY_PREVIOUS"] ?? "").split(",").filter((s) => s.trim())) {
    const k = keyFrom(old);
    byId.set(k.id, k.key);
  }
  return { current, byId, source };
}

let active: Keyring | undefined;

/** Called once per process when the context is created (before migrations, which seal old rows). */
export function installKeyring(keyring: Keyring): void {
  active = keyring;
}

function keyring(): Keyring {
  if (!active) throw new Error("secrets: no key loaded (createContext loads it)");
  return active;
}

export const isSealed = (value: string) => value.startsWith(PREFIX);

export function sealSecret(plain: string): string {
  const k = keyring().current;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", k.key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${k.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

/** The plain secret; a value stored before sealing existed is returned as it is. */
export function openSecret(stored: string): string {
  if (!isSealed(stored)) return stored;
  const [id = "", data = ""] = stored.slice(PREFIX.length).split(":");
  const key = keyring().byId.get(id);
  if (!key) {
    throw new Error(
      `a secret is sealed with key ${id}, which is not loaded; set FIREBREAK_SECRET_KEY_PREVIOUS to the old key`,
    );
  }
  const raw = Buffer.from(data, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** Sealed with the current key (a no-op when it already is): what reseal writes back. */
export function resealSecret(stored: string): string {
  if (isSealed(stored) && stored.startsWith(`${PREFIX}${keyring().current.id}:`)) return stored;
  return sealSecret(openSecret(stored));
}

export const sealNullable = (v: string | null) => (v === null ? null : sealSecret(v));
export const openNullable = (v: string | null) => (v === null ? null : openSecret(v));

/**
 * JSON settings (alert channels, reply and refund webhooks) keep credentials among plain fields. Each
 * kind of config names its secret fields once, in a `SecretFields` map keyed by its `type`; the store
 * seals those fields on write and opens them on read, so a new kind (a paging service's routing key)
 * is covered by adding one line to its domain's map. Values stored before sealing open as they are.
 */
export type SecretFields = Readonly<Record<string, readonly string[]>>;

function mapFields<T extends object>(value: T, fields: readonly string[], fn: (s: string) => string): T {
  const out = { ...value } as Record<string, unknown>;
  for (const f of fields) {
    const v = out[f];
    if (typeof v === "string" && v !== "") out[f] = fn(v);
  }
  return out as T;
}

/** Seals the named string fields of one config (plain values in, sealed out). */
export const sealFields = <T extends object>(value: T, fields: readonly string[]): T =>
  mapFields(value, fields, sealSecret);

/** Opens the named string fields of one config. */
export const openFields = <T extends object>(value: T, fields: readonly string[]): T =>
  mapFields(value, fields, openSecret);

/** Seals a list of configs told apart by `type` (alert channels), each with its kind's fields. */
export const sealByType = <T extends { type: string }>(items: readonly T[], map: SecretFields): T[] =>
  items.map((item) => sealFields(item, map[item.type] ?? []));

export const openByType = <T extends { type: string }>(items: readonly T[], map: SecretFields): T[] =>
  items.map((item) => openFields(item, map[item.type] ?? []));

/**
 * Every sealed string anywhere inside a JSON value, moved to the current key. Reseal uses it on JSON
 * columns without knowing their shape, so a config kind added later is covered without a change here.
 */
export function resealDeep(value: unknown): unknown {
  if (typeof value === "string") return isSealed(value) ? resealSecret(value) : value;
  if (Array.isArray(value)) return value.map(resealDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resealDeep(v)]));
  }
  return value;
}

/**
 * A link token (unsubscribe, confirm) is both looked up and sent again in later e-mails: the hash finds
 * the row, the sealed copy rebuilds the link. Neither is the token a database copy would hand out.
 */
export function newLinkToken(plain = randomSecret(24)) {
  return { token: sealSecret(plain), token_hash: hashSecret(plain) };
}

/**
 * A URL that is itself the credential (a Slack incoming webhook: whoever has it posts to the channel) as a
 * log line or a list may show it: the origin and a short hash of the whole, so two such URLs stay apart.
 */
export function redactSecretUrl(url: string): string {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = "invalid-url:";
  }
  return `${origin}/…#${createHash("sha256").update(url).digest("hex").slice(0, 12)}`;
}
