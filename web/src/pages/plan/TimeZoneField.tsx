import { useT } from "../../i18n/t.js";
import type { Contact } from "./types.js";

const ZONES = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** The IANA zones the browser knows, for the time-zone fields of one editor (its own id). */
export function TimeZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {ZONES.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}

interface Props {
  contact: Contact;
  /** The id of the editor's TimeZoneList. */
  listId: string;
  label: string;
  readOnly: boolean;
  /** Empty removes the zone: e-mails to the contact then give the shop's, named. */
  onChange: (zone: string | undefined) => void;
}

/** A contact's own time zone: the times in e-mails to them are in it, and say so. */
export function TimeZoneField({ contact, listId, label, readOnly, onChange }: Props) {
  const t = useT();
  return (
    <input
      list={listId}
      placeholder={t("contacts.field.time_zone")}
      aria-label={label}
      value={contact.timeZone ?? ""}
      disabled={readOnly}
      data-testid="contact-time-zone"
      onChange={(e) => onChange(e.target.value.trim() || undefined)}
    />
  );
}
