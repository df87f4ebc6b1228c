import { afterAll, beforeAll } from "vitest";
import { createHarness, type Harness, type HarnessOptions } from "./harness.js";
import { startTestSmtp, type TestSmtp } from "./smtp.js";

export interface MailHarnessOptions extends HarnessOptions {
  /**
   * Process environment that services read themselves at setup (not through the config): set while the
   * harness starts, then put back as it was.
   */
  processEnv?: Record<string, string>;
}

export interface MailHarness {
  h: Harness;
  smtp: TestSmtp;
  /** Closes the harness, then the SMTP server. */
  close(): Promise<void>;
}

/** A full application whose mail goes to an in-process SMTP server (`options.env` adds to its settings). */
export async function harnessWithMail(options: MailHarnessOptions = {}): Promise<MailHarness> {
  const { processEnv = {}, ...harnessOptions } = options;
  const smtp = await startTestSmtp();
  const saved = Object.keys(processEnv).map((k) => [k, process.env[k]] as const);
  Object.assign(process.env, processEnv);
  let h: Harness;
  try {
    h = await createHarness({ ...harnessOptions, env: { ...smtp.env, ...harnessOptions.env } });
  } catch (e) {
    await smtp.close();
    throw e;
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return {
    h,
    smtp,
    async close() {
      try {
        await h.close();
      } finally {
        await smtp.close();
      }
    },
  };
}

/**
 * A mail harness for the whole file: made in `beforeAll`, closed in `afterAll`. The `h` and `smtp` it
 * returns stand for the real ones from then on, so tests read them like plain variables. Options may be
 * a function when they depend on something an earlier `beforeAll` made. Hooks registered before this
 * call run before the harness starts; their `afterAll` runs after it closed.
 */
export function setupMailHarness(options: MailHarnessOptions | (() => MailHarnessOptions) = {}): {
  h: Harness;
  smtp: TestSmtp;
} {
  const h = standIn<Harness>("the harness");
  const smtp = standIn<TestSmtp>("the test SMTP server");
  let mail: MailHarness | undefined;
  beforeAll(async () => {
    mail = await harnessWithMail(typeof options === "function" ? options() : options);
    h.set(mail.h);
    smtp.set(mail.smtp);
  });
  afterAll(async () => {
    h.set(undefined);
    smtp.set(undefined);
    await mail?.close();
  });
  return { h: h.ref, smtp: smtp.ref };
}

/** An object whose properties are read from (and written to) `set`'s target, once there is one. */
function standIn<T extends object>(what: string): { ref: T; set(target: T | undefined): void } {
  let current: T | undefined;
  const real = (): T => {
    if (!current) throw new Error(`${what} is used outside its beforeAll..afterAll`);
    return current;
  };
  const ref = new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
  });
  return {
    ref,
    set(target) {
      current = target;
    },
  };
}
