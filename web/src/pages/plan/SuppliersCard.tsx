import { Card } from "../../components/Card.js";
import { useT } from "../../i18n/t.js";
import type { SectionProps } from "./PlanSections.js";
import type { Contact } from "./types.js";

const emptyContact = (): Contact => ({ name: "", organisation: "", phone: "", email: "", notes: "" });

/** The suppliers and what they deliver; single-source ones are the risk the plan must cover. */
export function SuppliersCard({ draft, readOnly, edit }: SectionProps) {
  const tr = useT();
  return (
    <Card
      title={tr("planview.suppliers")}
      actions={
        readOnly ? null : (
          <button
            type="button"
            className="button button-small"
            data-testid="supplier-add"
            onClick={() =>
              edit((p) =>
                p.suppliers.push({
                  id: `supplier-${Date.now().toString(36)}`,
                  name: tr("planedit.new_supplier"),
                  category: "goods",
                  contact: emptyContact(),
                  products: [],
                  singleSource: false,
                  alternative: "",
                }),
              )
            }
          >
            {tr("planedit.add_supplier")}
          </button>
        )
      }
    >
      {draft.suppliers.map((s, i) => (
        <div key={s.id} className="supplier-row" data-testid="supplier">
          <input
            aria-label={tr("planedit.supplier_name")}
            value={s.name}
            disabled={readOnly}
            data-testid="supplier-name"
            onChange={(e) =>
              edit((p) => {
                const sup = p.suppliers[i];
                if (sup) sup.name = e.target.value || " ";
              })
            }
          />
          <input
            aria-label={tr("planedit.products")}
            placeholder={tr("planedit.products")}
            value={s.products.map((x) => x.name).join(", ")}
            disabled={readOnly}
            data-testid="supplier-products"
            onChange={(e) =>
              edit((p) => {
                const sup = p.suppliers[i];
                if (sup)
                  sup.products = e.target.value
                    .split(",")
                    .map((n) => n.trim())
                    .filter(Boolean)
                    .map((n) => ({ sku: "", name: n }));
              })
            }
          />
          <label>
            <input
              type="checkbox"
              checked={s.singleSource}
              disabled={readOnly}
              data-testid="supplier-single"
              onChange={(e) =>
                edit((p) => {
                  const sup = p.suppliers[i];
                  if (sup) sup.singleSource = e.target.checked;
                })
              }
            />{" "}
            {tr("planview.single_source")}
          </label>
          {readOnly ? null : (
            <button
              type="button"
              className="button-ghost button-small"
              onClick={() => edit((p) => void p.suppliers.splice(i, 1))}
            >
              {tr("common.remove")}
            </button>
          )}
        </div>
      ))}
    </Card>
  );
}
