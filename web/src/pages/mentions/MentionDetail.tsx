import { useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router-dom";
import { useToastAction } from "../../action.js";
import { api } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { PageHeader } from "../../components/PageHeader.js";
import { PageLoading } from "../../components/PageLoading.js";
import { useToast } from "../../components/Toast.js";
import { colon, formatTime } from "../../format.js";
import { useT, useTOr } from "../../i18n/t.js";
import { apiKey, useApiQuery } from "../../queries.js";
import { useSession } from "../../session.js";
import { TOPICS, useLanguageName } from "./filters.js";
import type { Mention } from "./types.js";
import "./mention-detail.css";

const SENTIMENTS = ["negative", "neutral", "positive"] as const;
const TONE = { negative: "red", neutral: "grey", positive: "green" } as const;

interface Detail extends Mention {
  rating: number | null;
  corrected: boolean;
  model: string;
}

interface Correction {
  actor: string;
  at: string;
  sentiment: Mention["sentiment"] | null;
  complaint: boolean | null;
  topics: string[] | null;
}

type Patch = Partial<Pick<Detail, "sentiment" | "complaint" | "topics">>;

/**
 * One mention, with one-click corrections of how Firebreak read it. Each correction is saved at once
 * (PATCH /api/v1/mentions/{id}) and becomes a label for the workspace's own classifier. The text is
 * hostile and is only ever rendered as a text node.
 */
export default function MentionDetail() {
  const { id = "" } = useParams();
  const t = useT();
  const tOr = useTOr();
  const qc = useQueryClient();
  const toast = useToast();
  const languageName = useLanguageName();
  const canCorrect = useSession().can("responder");
  const path = `/api/v1/mentions/${encodeURIComponent(id)}`;
  const mention = useApiQuery<Detail>(path);
  const history = useApiQuery<{ items: Correction[] }>(`${path}/corrections`);
  const save = useToastAction();

  const correct = (patch: Patch) =>
    save.run(async () => {
      const updated = await api.patch<Detail>(path, patch);
      qc.setQueryData(apiKey(path), updated);
      await qc.invalidateQueries({ queryKey: apiKey(`${path}/corrections`) });
      toast({ message: t("mention_detail.saved"), tone: "success" });
    });

  if (mention.isPending) return <PageLoading />;
  if (mention.error || !mention.data) {
    return (
      <div className="stack">
        <PageHeader title={t("mention_detail.title")} />
        <p className="notice notice-error" role="alert" data-testid="mention-error">
          {mention.error?.message}
        </p>
        <Link to="/mentions">{t("mention_detail.back")}</Link>
      </div>
    );
  }
  const m = mention.data;
  const topicName = (x: string) => tOr(`topic.${x}`, x);
  const what = (c: Correction) =>
    [
      c.sentiment ? tOr(`value.${c.sentiment}`, c.sentiment) : null,
      c.complaint === null
        ? null
        : `${t("mention_detail.complaint")}${colon()} ${t(c.complaint ? "mention_detail.yes" : "mention_detail.no")}`,
      c.topics ? `${t("mentions.col_topics")}${colon()} ${c.topics.map(topicName).join(", ") || "—"}` : null,
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <div className="stack" data-testid="mention-detail">
      <PageHeader
        title={t("mention_detail.title")}
        description={`${m.source} · ${formatTime(m.created_at)} · ${languageName(m.language)}`}
        actions={<Link to="/mentions">{t("mention_detail.back")}</Link>}
      />
      <Card>
        <div className="stack">
          <p className="mention-detail-text" data-testid="mention-detail-text" dir="auto">
            {m.text}
          </p>
          <MentionSource m={m} />
          {m.corrected ? (
            <p className="notice" data-testid="mention-detail-corrected">
              {t("mention_detail.corrected")}
            </p>
          ) : null}
        </div>
      </Card>

      <Corrections m={m} canCorrect={canCorrect} busy={save.busy} correct={correct} />

      {history.data && history.data.items.length > 0 ? (
        <Card title={t("mention_detail.history")}>
          <ul className="stack" data-testid="mention-detail-history">
            {history.data.items.map((c) => (
              <li key={`${c.at}-${c.actor}`}>
                {t("mention_detail.history_item", { actor: c.actor, time: formatTime(c.at), what: what(c) })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

/** One click each: the sentiment, whether it is a complaint, and every topic on or off. */
function Corrections({
  m,
  canCorrect,
  busy,
  correct,
}: {
  m: Detail;
  canCorrect: boolean;
  busy: boolean;
  correct: (patch: Patch) => Promise<void>;
}) {
  const t = useT();
  const tOr = useTOr();
  const topicName = (x: string) => tOr(`topic.${x}`, x);
  return (
    <Card title={t("mentions.sentiment")}>
      <div className="stack">
        {canCorrect ? <p className="muted">{t("mention_detail.correct_hint")}</p> : null}
        <fieldset className="row plain-fieldset">
          <legend className="visually-hidden">{t("mentions.sentiment")}</legend>
          {SENTIMENTS.map((s) => (
            <button
              key={s}
              type="button"
              className={`button ${m.sentiment === s ? "button-primary" : ""}`}
              aria-pressed={m.sentiment === s}
              disabled={!canCorrect || busy}
              onClick={() => m.sentiment !== s && void correct({ sentiment: s })}
              data-testid={`correct-sentiment-${s}`}
            >
              <Badge value={s} tone={TONE[s]} />
            </button>
          ))}
        </fieldset>
        <fieldset className="row plain-fieldset">
          <legend>{t("mention_detail.complaint")}</legend>
          {[true, false].map((v) => (
            <button
              key={String(v)}
              type="button"
              className={`button ${m.complaint === v ? "button-primary" : ""}`}
              aria-pressed={m.complaint === v}
              disabled={!canCorrect || busy}
              onClick={() => m.complaint !== v && void correct({ complaint: v })}
              data-testid={`correct-complaint-${v ? "yes" : "no"}`}
            >
              {t(v ? "mention_detail.yes" : "mention_detail.no")}
            </button>
          ))}
        </fieldset>
        <fieldset className="row wrap plain-fieldset">
          <legend>{t("mentions.col_topics")}</legend>
          {TOPICS.map((x) => {
            const on = m.topics.includes(x);
            return (
              <button
                key={x}
                type="button"
                className={`button ${on ? "button-primary" : ""}`}
                aria-pressed={on}
                disabled={!canCorrect || busy}
                onClick={() =>
                  void correct({ topics: on ? m.topics.filter((y) => y !== x) : [...m.topics, x] })
                }
                data-testid={`correct-topic-${x}`}
              >
                {topicName(x)}
              </button>
            );
          })}
        </fieldset>
      </div>
    </Card>
  );
}

/** Who wrote it and how far it reached, its copies, how it was read, and where the original is. */
function MentionSource({ m }: { m: Detail }) {
  const t = useT();
  return (
    <>
      <p className="muted">
        {m.author ? (
          <>
            <bdi data-testid="mention-detail-author">{m.author}</bdi>
            {" · "}
          </>
        ) : null}
        {m.author_followers !== null ? (
          <span data-testid="mention-detail-reach">
            {t("mention_detail.reach", { count: m.author_followers })}
            {" · "}
          </span>
        ) : null}
        {m.copies > 0 ? (
          <span data-testid="mention-detail-copies">
            {t("mentions.copies", { count: m.copies })}
            {" · "}
          </span>
        ) : null}
        {m.rating !== null ? `${t("mention_detail.rating", { rating: m.rating })} · ` : null}
        <span data-testid="mention-detail-model">
          {m.model === "shipped"
            ? t("mention_detail.model_shipped")
            : t("mention_detail.model_learned", { version: m.model })}
        </span>
        {m.url ? (
          <>
            {" · "}
            <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">
              {t("mention_detail.open_original")}
            </a>
          </>
        ) : null}
      </p>
      {m.duplicate_of ? (
        <p className="muted">
          <Link to={`/mentions/${encodeURIComponent(m.duplicate_of)}`} data-testid="mention-detail-original">
            {t("mention_detail.copy_of")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
