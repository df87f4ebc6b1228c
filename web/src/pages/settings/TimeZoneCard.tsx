import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { ME_KEY, useSession } from "../../session.js";
import { TimeZoneList } from "../plan/TimeZoneField.js";

/**
 * The signed-in person's own time zone: e-mails to them (reminders, escalations, pages, a password reset)
 * give times on it ("18:15 GMT+9 (your time zone, Asia/Tokyo)"), the dashboard shows its times on it and
 * its date-time fields read it. Empty: the shop's in e-mails, the browser's on the dashboard.
 */
export function TimeZoneCard() {
  const t = useT();
  const qc = useQueryClient();
  const toast = useToast();
  const saved = useSession().user.time_zone ?? "";
  const [zone, setZone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const value = zone ?? saved;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.put("/api/v1/auth/time-zone", { time_zone: value.trim() || null });
      await qc.invalidateQueries({ queryKey: ME_KEY });
      setZone(null);
      toast({ message: t("account.time_zone_saved"), tone: "success" });
    });
  };

  return (
    <Card title={t("account.time_zone_title")} data-testid="account-time-zone">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormField
          label={t("account.time_zone_label")}
          name="time_zone"
          hint={t("account.time_zone_hint")}
          error={error}
        >
          <input
            className="input"
            type="text"
            list="account-time-zones"
            dir="ltr"
            value={value}
            onChange={(e) => setZone(e.target.value)}
            data-testid="account-time-zone-input"
          />
        </FormField>
        <TimeZoneList id="account-time-zones" />
        <FormError error={error} fields={["time_zone"]} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="account-time-zone-save"
          >
            {busy ? t("common.saving") : t("common.save")}
          </button>
        </div>
      </form>
    </Card>
  );
}
