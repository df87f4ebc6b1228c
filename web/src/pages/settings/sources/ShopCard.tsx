import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../../action.js";
import { api, type Page } from "../../../api.js";
import { Badge } from "../../../components/Badge.js";
import { Card } from "../../../components/Card.js";
import { CopyField } from "../../../components/CopyField.js";
import { FormError, FormField } from "../../../components/FormField.js";
import { formatRelative, formatTime } from "../../../format.js";
import { useT } from "../../../i18n/t.js";
import { apiKey, useApiQuery } from "../../../queries.js";
import { useSession } from "../../../session.js";
import { ListError } from "../parts.js";

interface Integration {
  platform: string;
  created_at: string;
  inbound_url: string;
}
interface ShopEvent {
  platform: string;
  created_at: string;
}

const PATH = "/api/v1/shop-integrations";
const PLATFORMS = [
  { id: "shopify", name: "Shopify" },
  { id: "woocommerce", name: "WooCommerce" },
] as const;

/** Shopify and WooCommerce order webhooks: the signing secret, the address to paste, the last event. */
export function ShopCard() {
  const t = useT();
  const admin = useSession().can("admin");
  const list = useApiQuery<Page<Integration>>(admin ? PATH : null);
  const events = useApiQuery<Page<ShopEvent>>(admin ? "/api/v1/shop-events?limit=100" : null, {
    refetchInterval: 30_000,
  });
  if (!admin) {
    return (
      <Card title={t("shop.title")}>
        <p className="notice">{t("settings.admins_only")}</p>
      </Card>
    );
  }
  const lastEvent = (platform: string) =>
    events.data?.items.find((e) => e.platform === platform)?.created_at ?? null;

  return (
    <Card title={t("shop.title")} data-testid="sources-shop">
      <div className="stack">
        <p className="muted">{t("shop.intro")}</p>
        {list.error ? <ListError error={list.error} /> : null}
        <div className="shop-grid">
          {PLATFORMS.map((p) => {
            const connected = list.data?.items.find((i) => i.platform === p.id);
            const last = lastEvent(p.id);
            return (
              <section
                key={p.id}
                className="shop-platform"
                data-testid={`shop-${p.id}`}
                aria-labelledby={`shop-${p.id}-title`}
              >
                <h3 id={`shop-${p.id}-title`} className="shop-name">
                  {p.name}{" "}
                  <Badge value={connected ? "active" : "draft"}>
                    {connected ? t("shop.connected") : t("shop.not_connected")}
                  </Badge>
                </h3>
                {connected ? (
                  <>
                    <CopyField
                      value={connected.inbound_url}
                      label={t("shop.address", { platform: p.name })}
                    />
                    <p className="muted" title={formatTime(last)}>
                      {last ? t("shop.last_event", { when: formatRelative(last) }) : t("shop.no_event")}
                    </p>
                  </>
                ) : null}
                <SecretForm platform={p.id} name={p.name} replacing={Boolean(connected)} />
              </section>
            );
          })}
        </div>
      </div>
    </Card>
  );
}

function SecretForm({ platform, name, replacing }: { platform: string; name: string; replacing: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const [secret, setSecret] = useState("");
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.put(`${PATH}/${platform}`, { secret });
      setSecret("");
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
    });
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid={`shop-${platform}-form`}>
      <FormField
        label={t(replacing ? "shop.replace_secret" : "shop.secret", { platform: name })}
        name="secret"
        error={error}
        hint={t(platform === "shopify" ? "shop.shopify_hint" : "shop.woo_hint")}
      >
        <input
          className="input"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          data-testid={`shop-${platform}-secret`}
        />
      </FormField>
      <FormError error={error} fields={["secret"]} />
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || secret.length < 8}
          data-testid={`shop-${platform}-save`}
        >
          {busy ? t("common.saving") : t(replacing ? "shop.replace" : "shop.connect")}
        </button>
      </div>
    </form>
  );
}
