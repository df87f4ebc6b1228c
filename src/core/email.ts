import { z } from "zod";

/**
 * An address for the team's own mail: local ones such as the first admin's admin@localhost are valid,
 * because a self-hosted server may deliver them, though they would be refused from the public.
 */
export const teamEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, "enter an e-mail address such as ops@example.com");
