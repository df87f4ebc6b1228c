import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { TimeZoneList } from "../plan/TimeZoneField.js";

/**
 * One customer's time zone, set or cleared by hand (the CSV and shop events could only set one): the
 * times in shop e-mails to them are on it. Empty clears it: the shop's zone, named.
 */
export function ContactZoneCard() {
  const t = useT();
  const toast = useToast();
  const [email, setEmail] = useState("");
  const [zone, setZone] = useState("");
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.put("/api/v1/comms/contacts/time-zone", { email, time_zone: zone.trim() || null });
      toast({ message: t("customers.zone_saved", { email }), tone: "success" });
    });
  };
  return (
    <Card title={t("customers.zone_title")} data-testid="contact-zone">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormField label={t("customers.zone_email")} name="email" error={error}>
          <input
            className="input"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="contact-zone-email"
          />
        </FormField>
        <FormField
          label={t("customers.zone_label")}
          name="time_zone"
          hint={t("customers.zone_hint")}
          error={error}
        >
          <input
            className="input"
            type="text"
            dir="ltr"
            list="contact-time-zones"
            value={zone}
            onChange={(e) => setZone(e.target.value)}
            data-testid="contact-zone-input"
          />
        </FormField>
        <TimeZoneList id="contact-time-zones" />
        <FormError error={error} fields={["email", "time_zone"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !email.trim()}
            data-testid="contact-zone-save"
          >
            {busy ? t("common.saving") : t("common.save")}
          </button>
        </div>
      </form>
    </Card>
  );
}
