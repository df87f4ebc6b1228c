import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";

/**
 * The demo shop's inbox: a few complaints in different languages and states, one waiting for approval,
 * so a newcomer sees priorities, clocks, a suggested reply and the remedy flow at once.
 */
export async function demoCases(ctx: AppContext, workspaceId: string) {
  const cases = ctx.services.cases;
  const actor = systemActor(workspaceId, "Demo");
  await cases.putPolicy(actor, {
    rules: [{ source: "trustpilot", complaint_only: true, negative_only: false }],
  });
  const open = async (input: Parameters<typeof cases.open>[1]) => (await cases.open(actor, input)).case;

  const pl = await open({
    customer: { name: "Ola Nowak", email: "ola.nowak@example.pl" },
    subject: "Gdzie jest moja paczka?",
    text: "Zamówienie miało być we wtorek, a paczki nadal nie ma. Nikt nie odpowiada na maile. Jestem bardzo rozczarowana.",
  });
  await open({
    customer: { handle: "@lena_kauft", name: "Lena" },
    source: "instagram",
    followers: 48_000,
    text: "Zweimal abgebucht und die Bestellung ist trotzdem storniert?! Ich will mein Geld zurück.",
  });
  const en = await open({
    customer: { name: "Sam Carter", email: "sam.carter@example.com" },
    subject: "Blender arrived broken",
    text: "The blender arrived with a cracked jug and it does not look like the photos at all. Very disappointed.",
  });
  const copied = await cases.reply(actor, en.id, {
    text: "Thank you for telling us, Sam, and we are sorry the blender arrived damaged. We will send you a free return label and a replacement by Friday.",
    channel: "clipboard",
  });
  // A copied reply answers the case only once someone says it went out.
  await cases.markSent(actor, en.id, copied.message_id, { waiting: true });
  await cases.addRemedy(actor, en.id, { kind: "return_shipping_paid" });
  // Above the default limit: it waits for an admin in the inbox.
  await cases.addRemedy(actor, pl.id, { kind: "discount", amount: 5000 });
  await open({
    customer: { name: "Marco Rossi", email: "marco.rossi@example.it" },
    text: "Il prezzo è cambiato dopo l'ordine, mi avete addebitato di più. Nessuno risponde.",
  });
}
