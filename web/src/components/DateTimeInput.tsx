import type { InputHTMLAttributes } from "react";
import { formatTimeZone } from "../format.js";
import { fromLocalInput, toLocalInput } from "../zoned-input.js";

export interface DateTimeInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "onChange"> {
  /** An ISO instant, or "" for none. */
  value: string;
  /** The instant typed, on the member's clock; "" when the field is cleared. */
  onChange: (iso: string) => void;
  "data-testid"?: string;
}

/**
 * A `datetime-local` field on the member's clock (their own zone, else the browser's, as every time on
 * the dashboard), not the browser's: a member in New York whose laptop says UTC who types 14:00 means
 * 14:00 in New York. Its value is an instant; id, name and aria attributes (FormField's) go to the input.
 */
export function DateTimeInput({ value, onChange, className = "input", ...rest }: DateTimeInputProps) {
  const zone = formatTimeZone();
  return (
    <input
      {...rest}
      className={className}
      type="datetime-local"
      data-zone={zone}
      value={toLocalInput(value, zone)}
      onChange={(e) => onChange(fromLocalInput(e.target.value, zone))}
    />
  );
}
