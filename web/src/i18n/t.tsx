import { useCallback } from "react";
import { FormattedMessage, type PrimitiveType, useIntl } from "react-intl";
import type { MessageId } from "./catalogues.js";

export type { MessageId } from "./catalogues.js";

type Values = Record<string, PrimitiveType>;

/**
 * `const t = useT(); t("home.title")`, `t("mentions.count", { count: 3 })`: a message of the current
 * language as a string (ICU syntax: plurals, selects, numbers). Ids are checked against en.json by tsc.
 */
export function useT() {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}

/** The same as a component, for messages that wrap markup: `<T id="x" values={{ b: (s) => <b>{s}</b> }} />`. */
export function T({ id, values }: { id: MessageId; values?: Record<string, unknown> }) {
  // biome-ignore lint/suspicious/noExplicitAny: react-intl's own value type is a wide union of nodes.
  return <FormattedMessage id={id} values={values as any} />;
}

/** A message when the catalogue has `id`, else `fallback` (labels that other parts register). */
export function useTOr() {
  const intl = useIntl();
  return useCallback(
    (id: string, fallback: string, values?: Values) =>
      id in intl.messages ? intl.formatMessage({ id }, values) : fallback,
    [intl],
  );
}
