import type { Migration } from "../migration.js";

/**
 * A shop's own status page components: each row of `status_components` becomes a component with a name
 * per language, a position and an optional group (a named parent). The five components every page had
 * until now become rows of every existing workspace, named as the page named them, so nothing changes for
 * a visitor. `status_page_setup` remembers that a workspace got its defaults, so one that removed them all
 * is not given them again. The names are written out here, not imported: a migration stays as it ran.
 */
const DEFAULTS: [string, Record<string, string>][] = [
  ["storefront", { en: "Shop", pl: "Sklep", it: "Negozio", fr: "Boutique", de: "Shop", es: "Tienda" }],
  ["checkout", { en: "Checkout", pl: "Kasa", it: "Cassa", fr: "Commande", de: "Kasse", es: "Caja" }],
  [
    "payments",
    { en: "Payments", pl: "Płatności", it: "Pagamenti", fr: "Paiements", de: "Zahlungen", es: "Pagos" },
  ],
  [
    "delivery",
    { en: "Delivery", pl: "Dostawa", it: "Consegne", fr: "Livraison", de: "Versand", es: "Envíos" },
  ],
  [
    "customer_service",
    {
      en: "Customer service",
      pl: "Obsługa klienta",
      it: "Servizio clienti",
      fr: "Service client",
      de: "Kundenservice",
      es: "Atención al cliente",
    },
  ],
];

export const statusComponents: Migration = {
  name: "0430_status_components",
  async up(db) {
    const t = "status_components";
    await db.schema
      .alterTable(t)
      .addColumn("name", "text", (c) => c.notNull().defaultTo("{}"))
      .execute();
    await db.schema
      .alterTable(t)
      .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable(t).addColumn("group_id", "text").execute();
    await db.schema
      .alterTable(t)
      .addColumn("is_group", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable(t).addColumn("created_at", "text").execute();
    await db.schema
      .createTable("status_page_setup")
      .addColumn("workspace_id", "text", (c) =>
        c.primaryKey().references("workspaces.id").onDelete("cascade"),
      )
      .addColumn("components_seeded_at", "text", (c) => c.notNull())
      .execute();

    const at = new Date().toISOString();
    const workspaces = (await db.selectFrom("workspaces").select("id").execute()) as { id: string }[];
    for (const ws of workspaces) {
      const have = new Set(
        (
          (await db.selectFrom(t).select("component").where("workspace_id", "=", ws.id).execute()) as {
            component: string;
          }[]
        ).map((r) => r.component),
      );
      for (const [position, [id, name]] of DEFAULTS.entries()) {
        const values = { name: JSON.stringify(name), position: position + 1, created_at: at };
        if (have.has(id))
          await db
            .updateTable(t)
            .set(values)
            .where("workspace_id", "=", ws.id)
            .where("component", "=", id)
            .execute();
        else
          await db
            .insertInto(t)
            .values({
              workspace_id: ws.id,
              component: id,
              state: "operational",
              note: null,
              updated_at: at,
              ...values,
            })
            .execute();
      }
      await db
        .insertInto("status_page_setup")
        .values({ workspace_id: ws.id, components_seeded_at: at })
        .execute();
    }
  },
};
