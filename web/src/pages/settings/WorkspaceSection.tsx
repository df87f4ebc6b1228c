import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useAction } from "../../action.js";
import { api } from "../../api.js";
import { Card } from "../../components/Card.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageLoading } from "../../components/PageLoading.js";
import { useToast } from "../../components/Toast.js";
import { useT } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";

/** What GET /api/v1/workspace answers. */
export interface WorkspaceSettings {
  name: string;
  time_zone: string;
  languages: Lang[];
  default_language: Lang;
  currency: string;
  brand: { logo_url: string | null; color: string | null };
  public_url: string | null;
}

type Lang = "en" | "pl" | "de" | "fr" | "it" | "es";
const LANGS: [Lang, string][] = [
  ["en", "English"],
  ["pl", "Polski"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["it", "Italiano"],
  ["es", "Español"],
];
const PATH = "/api/v1/workspace";
const FIELDS = [
  "name",
  "time_zone",
  "languages",
  "default_language",
  "currency",
  "brand.logo_url",
  "brand.color",
  "public_url",
];

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", current, ...all])].sort();
}

/** The shop as its customers see it: name, time zone, languages, currency, brand and public address. */
export default function WorkspaceSection() {
  const q = useApiQuery<WorkspaceSettings>(PATH);
  if (!q.data) return <PageLoading />;
  return <WorkspaceForm saved={q.data} />;
}

type SetField = <K extends keyof WorkspaceSettings>(k: K, v: WorkspaceSettings[K]) => void;

/** The form's copy of the settings (reset when a save or a colleague changes them) and its save. */
function useWorkspaceForm(saved: WorkspaceSettings) {
  const qc = useQueryClient();
  const toast = useToast();
  const t = useT();
  const { busy, error, run } = useAction();
  const [form, setForm] = useState(saved);
  useEffect(() => setForm(saved), [saved]);
  const set: SetField = (k, v) => setForm((f) => ({ ...f, [k]: v }));

  // The default language is always one of the chosen ones.
  const toggleLang = (l: Lang, on: boolean) => {
    const languages = on ? [...form.languages, l] : form.languages.filter((x) => x !== l);
    const default_language = languages.includes(form.default_language)
      ? form.default_language
      : (languages[0] ?? l);
    setForm((f) => ({ ...f, languages, default_language }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api.patch<WorkspaceSettings>(PATH, {
        name: form.name,
        time_zone: form.time_zone,
        languages: form.languages,
        default_language: form.default_language,
        currency: form.currency,
        brand: { logo_url: form.brand.logo_url || null, color: form.brand.color || null },
        public_url: form.public_url || null,
      });
      await qc.invalidateQueries({ queryKey: apiKey(PATH) });
      toast({ message: t("workspace.saved"), tone: "success" });
    });
  };
  return { form, set, toggleLang, submit, busy, error };
}

function WorkspaceForm({ saved }: { saved: WorkspaceSettings }) {
  const isAdmin = useSession().can("admin");
  const t = useT();
  const { form, set, toggleLang, submit, busy, error } = useWorkspaceForm(saved);
  const zones = useMemo(() => timeZones(saved.time_zone), [saved.time_zone]);

  return (
    <Card title={t("settings.workspace")} data-testid="workspace-settings">
      <p className="muted">{t("workspace.intro")}</p>
      {!isAdmin ? <p className="notice">{t("workspace.admins_only")}</p> : null}
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="workspace-form">
        <fieldset disabled={!isAdmin || busy} className="stack">
          <FormField label={t("workspace.name")} name="name" error={error}>
            <input
              className="input"
              maxLength={200}
              value={form.name}
              onChange={(e) => set("name", e.target.value)}
            />
          </FormField>
          <FormField
            label={t("rules.time_zone")}
            name="time_zone"
            error={error}
            hint={t("workspace.time_zone_hint")}
          >
            <select
              className="select"
              value={form.time_zone}
              onChange={(e) => set("time_zone", e.target.value)}
            >
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </FormField>
          <LanguageFields form={form} set={set} toggleLang={toggleLang} error={error} />
          <FormField
            label={t("workspace.currency")}
            name="currency"
            error={error}
            hint={t("workspace.currency_hint")}
          >
            <input
              className="input"
              maxLength={3}
              value={form.currency}
              onChange={(e) => set("currency", e.target.value.toUpperCase())}
            />
          </FormField>
          <BrandFields brand={form.brand} onBrand={(brand) => set("brand", brand)} error={error} />
          <FormField
            label={t("workspace.public_url")}
            name="public_url"
            error={error}
            hint={t("workspace.public_url_hint")}
          >
            <input
              className="input"
              type="url"
              value={form.public_url ?? ""}
              onChange={(e) => set("public_url", e.target.value)}
            />
          </FormField>
          {isAdmin ? (
            <div>
              <button type="submit" className="button button-primary" data-testid="workspace-save">
                {busy ? t("common.saving") : t("common.save")}
              </button>
            </div>
          ) : null}
        </fieldset>
      </form>
      <FormError error={error} fields={FIELDS} />
    </Card>
  );
}

/** The languages customers are answered in (at least one) and the one used when theirs is not among them. */
function LanguageFields({
  form,
  set,
  toggleLang,
  error,
}: {
  form: WorkspaceSettings;
  set: SetField;
  toggleLang: (l: Lang, on: boolean) => void;
  error: unknown;
}) {
  const t = useT();
  return (
    <>
      <fieldset className="field" data-testid="field-languages">
        <legend className="field-label">{t("workspace.languages")}</legend>
        {LANGS.map(([id, name]) => (
          <label key={id} className="checkbox">
            <input
              type="checkbox"
              checked={form.languages.includes(id)}
              disabled={form.languages.length === 1 && form.languages[0] === id}
              onChange={(e) => toggleLang(id, e.target.checked)}
              data-testid={`workspace-lang-${id}`}
            />{" "}
            {name}
          </label>
        ))}
      </fieldset>
      <FormField
        label={t("workspace.default_language")}
        name="default_language"
        error={error}
        hint={t("workspace.default_language_hint")}
      >
        <select
          className="select"
          value={form.default_language}
          onChange={(e) => set("default_language", e.target.value as Lang)}
        >
          {LANGS.filter(([id]) => form.languages.includes(id)).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}

function BrandFields({
  brand,
  onBrand,
  error,
}: {
  brand: WorkspaceSettings["brand"];
  onBrand: (brand: WorkspaceSettings["brand"]) => void;
  error: unknown;
}) {
  const t = useT();
  return (
    <>
      <FormField label={t("workspace.logo")} name="brand.logo_url" error={error}>
        <input
          className="input"
          type="url"
          value={brand.logo_url ?? ""}
          onChange={(e) => onBrand({ ...brand, logo_url: e.target.value })}
        />
      </FormField>
      <FormField
        label={t("workspace.color")}
        name="brand.color"
        error={error}
        hint={t("workspace.color_hint")}
      >
        <input
          className="input"
          value={brand.color ?? ""}
          placeholder="#1f6feb"
          onChange={(e) => onBrand({ ...brand, color: e.target.value })}
        />
      </FormField>
    </>
  );
}
