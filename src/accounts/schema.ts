import { z } from "zod";
import { ROLES } from "../core/actor.js";
import { teamEmail } from "../core/email.js";
import { LANGUAGES } from "../core/lang.js";

export const roleSchema = z.enum(ROLES);

const loginEmail = teamEmail;

export const loginInput = z.object({
  email: loginEmail,
  password: z.string().min(1).max(1024),
});

export const linkInput = z.object({ token: z.string().min(10).max(200) });

export const passwordInput = z.object({
  /** Needed once the account has a password. */
  current_password: z.string().max(1024).optional(),
  password: z.string().min(10, "use at least 10 characters").max(1024),
});

export const switchWorkspaceInput = z.object({ workspace_id: z.string().min(1) });

export const createTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
});

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  password: z.string().min(10, "use at least 10 characters").max(1024),
});

export const createWorkspaceInput = z.object({
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "use lowercase letters, digits and dashes"),
  language: z.enum(LANGUAGES).default("en"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("EUR"),
});

export const userOut = z.object({ id: z.string(), email: z.string(), name: z.string() });
export const workspaceOut = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  language: z.string(),
  currency: z.string(),
});
export const meOut = z.object({
  // The chosen dashboard language; null means the browser's.
  // The person's own IANA zone; null: the shop's.
  user: userOut.extend({
    language: z.string().nullable(),
    time_zone: z.string().nullable(),
    instance_admin: z.boolean(),
  }),
  workspace: workspaceOut,
  role: roleSchema,
  workspaces: z.array(workspaceOut.extend({ role: roleSchema })),
});
export const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  prefix: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
});
export const memberOut = userOut.extend({ role: roleSchema });

export type Me = z.infer<typeof meOut>;
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInput>;
