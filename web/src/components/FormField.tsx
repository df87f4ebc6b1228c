import { cloneElement, type ReactElement, type ReactNode, useId } from "react";
import { errorMessage, isApiError } from "../api.js";

/** The message for `name` when `error` is an API error about that field. */
export function fieldError(error: unknown, name: string): string | undefined {
  return isApiError(error) && error.field === name ? errorMessage(error) : undefined;
}

type ControlProps = {
  id?: string;
  name?: string;
  type?: string;
  dir?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

export interface FormFieldProps {
  label: ReactNode;
  /** The field's name as the API knows it: an ApiError whose `field` equals it shows here. */
  name: string;
  /** An error from the API (only shown when its `field` is `name`) or a message of your own. */
  error?: unknown;
  hint?: ReactNode;
  /** One control: <input>, <select> or <textarea>. It gets id, name and aria attributes. */
  children: ReactElement<ControlProps>;
}

/**
 * Whether a control takes free text the team types (a name, a keyword, a note): such a field is
 * `dir="auto"`, so a Hebrew or Arabic entry is drawn right to left as it is typed, its full stop and
 * digits where the writer put them. E-mail, URL, number, password and date fields hold left-to-right
 * values and keep the page's direction.
 */
export const freeText = (el: ReactElement<ControlProps>) =>
  el.type === "textarea" || (el.type === "input" && ["text", "search", undefined].includes(el.props.type));

/** A labelled control with its hint and its field-level error, wired for screen readers. */
export function FormField({ label, name, error, hint, children }: FormFieldProps) {
  const id = useId();
  const message = typeof error === "string" ? error : fieldError(error, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field ${message ? "field-invalid" : ""}`} data-testid={`field-${name}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, {
        id,
        name,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": describedBy,
        ...(freeText(children) && !children.props.dir ? { dir: "auto" } : {}),
      } as ControlProps)}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {message ? (
        <p className="field-error" id={errorId} data-testid={`field-${name}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

export interface FormErrorProps {
  error: unknown;
  /** Field names shown by FormFields in the same form: their errors are not repeated here. */
  fields?: string[];
}

/** The form-wide error: any error not already shown beside a field. */
export function FormError({ error, fields = [] }: FormErrorProps) {
  if (!error) return null;
  if (isApiError(error) && error.field && fields.includes(error.field)) return null;
  const message = error instanceof Error ? errorMessage(error) : String(error);
  return (
    <div className="form-error" role="alert" data-testid="form-error">
      {message}
    </div>
  );
}
