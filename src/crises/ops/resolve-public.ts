import type { PublicResolution } from "../schema.js";
import { addEvent } from "./events.js";
import type { CrisisPatch, OpCtx } from "./internal.js";

/** "(Payments, Delivery not operational there)", or "(no components)": never "no components not operational". */
const notOperational = (names: string[]) =>
  names.length ? `${names.join(", ")} not operational there` : "no components";

/**
 * Resolve means resolved in public too: the crisis's open status incident gets its final update in
 * every language it used and its components go back to operational. With `public: "keep"` the
 * incident stays open and the room is warned that the page still says otherwise.
 */
export async function resolveInPublic(
  c: OpCtx,
  input: { id: string; patch: CrisisPatch },
): Promise<PublicResolution | undefined> {
  // Absent only when a test builds the app without the status page.
  const status = c.app.services.statuspage as typeof c.app.services.statuspage | undefined;
  if (!status) return undefined;
  if (input.patch.public === "keep") {
    const open = await status.resolvePreview(c.actor, input.id);
    if (open) {
      await addEvent(c, {
        crisisId: input.id,
        event: {
          kind: "public.kept_open",
          text: `Resolved, but the status page incident stays open (${notOperational(open.component_names)}): post a final update when ready`,
          data: {
            incident_id: open.incident_id,
            components: open.components,
            component_names: open.component_names,
            declined: false,
          },
          keyEvent: true,
        },
      });
    }
    return undefined;
  }
  const done = await status.resolveForCrisis(c.actor, input.id, input.patch.final_update ?? {});
  return done ?? undefined;
}

/**
 * A false alarm ends the crisis, but an incident it already put on the status page is not "fixed": the
 * page would say so wrongly. It stays open and the room is told to give it its last word by hand.
 */
export async function warnDeclinedInPublic(c: OpCtx, id: string): Promise<void> {
  const status = c.app.services.statuspage as typeof c.app.services.statuspage | undefined;
  const open = status ? await status.resolvePreview(c.actor, id) : null;
  if (!open) return;
  await addEvent(c, {
    crisisId: id,
    event: {
      kind: "public.kept_open",
      text: `Declined as a false alarm, but the status page incident stays open (${notOperational(open.component_names)}): post a final update saying it was a false alarm`,
      data: {
        incident_id: open.incident_id,
        components: open.components,
        component_names: open.component_names,
        declined: true,
      },
      keyEvent: true,
    },
  });
}
