import { createHash, randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";

/** Time-ordered ids keep inserts append-only and let an id double as a stable sort key. */
export const newId = (): string => uuidv7();

/** A random secret for tokens and links, URL-safe. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString("base64url");

/** Secrets are stored only as their SHA-256; they are high-entropy, so no slow hash is needed. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
