import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { api } from "../../api.js";
import { colon, quoted } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import type { ToneRemark, ToneResult } from "./types.js";

/** Waits until typing pauses before the tone check runs. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** The tone check of a reply being written, run on the text as it stood when typing paused. */
export function useToneCheck(text: string, language: string) {
  const draft = useDebounced(text, 400);
  const tone = useQuery({
    queryKey: ["cases", "tone", language, draft],
    queryFn: () => api.post<ToneResult>("/api/v1/cases/tone", { text: draft, language }),
    enabled: draft.trim().length > 0,
    staleTime: 60_000,
  });
  return { draft, tone, remarks: tone.data?.remarks ?? [] };
}

/** The draft with each remark's words marked where they stand, so the fix is obvious. */
function Marked({ text, remarks }: { text: string; remarks: ToneRemark[] }) {
  const tOr = useTOr();
  const spans = remarks
    .filter((r) => r.index >= 0 && r.text && text.slice(r.index, r.index + r.text.length) === r.text)
    .sort((a, b) => a.index - b.index);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of spans) {
    if (r.index < at) continue;
    out.push(text.slice(at, r.index));
    out.push(
      <mark
        key={`${r.index}-${r.kind}`}
        className={`tone-${r.kind}`}
        title={tOr(`tone.why.${r.kind}`, r.why)}
        data-testid="tone-mark"
      >
        {r.text}
      </mark>,
    );
    at = r.index + r.text.length;
  }
  out.push(text.slice(at));
  return <div className="cases-marked cases-text">{out}</div>;
}

/** Under the reply box: checking, all fine, or the draft marked up with what to change and why. */
export function ToneRemarks({
  draft,
  tone,
  remarks,
}: {
  draft: string;
  tone: UseQueryResult<ToneResult>;
  remarks: ToneRemark[];
}) {
  const t = useT();
  const tOr = useTOr();
  return (
    <div
      id="tone-remarks"
      aria-live="polite"
      data-testid="tone-remarks"
      data-ok={remarks.length === 0 ? "true" : "false"}
    >
      {tone.isFetching && !tone.data ? <span className="cases-muted">{t("reply.tone_checking")}</span> : null}
      {tone.data && remarks.length === 0 ? (
        <span className="notice notice-success" data-testid="tone-ok">
          {t("reply.tone_ok")}
        </span>
      ) : null}
      {remarks.length ? (
        <>
          <Marked text={draft} remarks={remarks} />
          <ul className="cases-remarks">
            {remarks.map((r) => (
              <li key={`${r.kind}-${r.index}`} data-testid="tone-remark" data-kind={r.kind}>
                <strong>{tOr(`tone.${r.kind}`, r.kind)}</strong>
                {r.text ? <> {quoted(r.text)}</> : null}
                {colon()} {tOr(`tone.why.${r.kind}`, r.why)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
