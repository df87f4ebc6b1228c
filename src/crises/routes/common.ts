import { z } from "zod";

export const tags = ["crises"];
export const idParams = z.object({ id: z.string().min(1) });
