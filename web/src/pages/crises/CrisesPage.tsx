import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";

import { Link, Route, Routes, useNavigate } from "react-router-dom";
import { useAction } from "../../action.js";
import { api, errorMessage } from "../../api.js";
import { Badge } from "../../components/Badge.js";
import { Card } from "../../components/Card.js";
import { Clock } from "../../components/Clock.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { FormError, FormField } from "../../components/FormField.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatTime } from "../../format.js";
import { apiKey, useApiQuery, useCursorList } from "../../queries.js";
import { useSession } from "../../session.js";
import { CrisisRoom } from "./CrisisRoom.js";
import "./crises.css";
import { T, useT } from "../../i18n/t.js";
import type { Crisis, CrisisTypeItem } from "./types.js";

// The list polls: it leaves out timelines, which the room loads for the one crisis it shows.
const LIST_PATH = "/api/v1/crises?timeline=false";

export default function CrisesPage() {
  return (
    <Routes>
      <Route index element={<CrisisList />} />
      <Route path=":id/*" element={<CrisisRoom />} />
    </Routes>
  );
}

function CrisisList() {
  const t = useT();
  const session = useSession();
  const list = useCursorList<Crisis>(LIST_PATH, { refetchInterval: 10_000 });
  const columns: Column<Crisis>[] = [
    {
      key: "title",
      header: t("crises.col_crisis"),
      render: (c) => (
        <Link to={`/crises/${c.id}`} data-testid="crisis-link">
          <bdi>{c.title}</bdi>
        </Link>
      ),
      sortValue: (c) => c.title,
    },
    { key: "type", header: t("crises.col_type"), render: (c) => c.type_name },
    {
      key: "severity",
      header: t("crises.col_severity"),
      render: (c) => <Badge value={c.severity} />,
      sortValue: (c) => c.severity,
    },
    {
      key: "status",
      header: t("crises.col_status"),
      render: (c) => (
        <>
          <Badge value={c.status} /> {c.drill ? <Badge value="drill" tone="purple" /> : null}
        </>
      ),
    },
    {
      key: "started",
      header: t("crises.col_started"),
      render: (c) => formatTime(c.started_at),
      sortValue: (c) => c.started_at,
    },
    {
      key: "age",
      header: t("crises.col_open_for"),
      render: (c) => {
        const end = c.clocks.find((k) => k.id === "mitigate");
        return <Clock since={c.started_at} stoppedAt={end?.stopped_at ?? null} />;
      },
    },
  ];
  return (
    <>
      <PageHeader title={t("nav.crises")} description={t("crises.list_intro")} />
      <PlanReviewBanner />
      <div className="crisis-list-layout">
        <Card title={t("nav.crises")}>
          <DataTable
            caption={t("nav.crises")}
            columns={columns}
            rows={list.items}
            rowKey={(c) => c.id}
            isLoading={list.isLoading}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            empty={t("crises.none")}
            stackOnPhone
            data-testid="crises"
          />
        </Card>
        {session.can("responder") ? <OpenCrisisForm /> : null}
      </div>
    </>
  );
}

/** A plan made before the crisis only helps if it is current: say so where the team looks first. */
function PlanReviewBanner() {
  const plan = useApiQuery<{ review: { due: boolean; next_review: string; days_left: number } }>(
    "/api/v1/plan",
  );
  const review = plan.data?.review;
  if (!review?.due) return null;
  return (
    <p className="plan-review-banner" data-testid="plan-review-due">
      <T
        id="crises.plan_review_due"
        values={{ date: review.next_review, link: (s: ReactNode) => <Link to="/plan">{s}</Link> }}
      />
    </p>
  );
}

function OpenCrisisForm() {
  const t = useT();
  const types = useApiQuery<{ items: CrisisTypeItem[] }>("/api/v1/plan/crisis-types");
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [title, setTitle] = useState("");
  const [type, setType] = useState("");
  const [severity, setSeverity] = useState("SEV2");
  const { busy, error, run } = useAction();

  const go = async (path: string, body: unknown) => {
    await run(async () => {
      const c = await api.post<Crisis>(path, body);
      await qc.invalidateQueries({ queryKey: apiKey(LIST_PATH) });
      navigate(`/crises/${c.id}`);
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void go("/api/v1/crises", { title, type, severity });
  };
  return (
    <Card title={t("crises.open_title")}>
      <form onSubmit={submit} className="form" data-testid="open-crisis">
        <FormField label={t("crises.title_label")} name="title" error={error}>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={300}
            data-testid="crisis-title"
          />
        </FormField>
        <FormField label={t("crises.type_label")} name="type" error={error}>
          <select value={type} onChange={(e) => setType(e.target.value)} required data-testid="crisis-type">
            <option value="">{t("crises.choose")}</option>
            {types.data?.items.map((ct) => (
              <option key={ct.id} value={ct.id}>
                {ct.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("crises.col_severity")} name="severity" error={error}>
          <select
            value={severity}
            onChange={(e) => setSeverity(e.target.value)}
            data-testid="crisis-severity"
          >
            {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </FormField>
        <FormError error={error} fields={["title", "type", "severity"]} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="crisis-open">
            {t("crises.open")}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !type}
            onClick={() => void go("/api/v1/drills", { type, severity, replay: true })}
            data-testid="drill-start"
            title={t("crises.drill_hint")}
          >
            {t("crises.drill_start")}
          </button>
        </div>
        {error && !(error instanceof Error) ? <p>{errorMessage(error)}</p> : null}
      </form>
    </Card>
  );
}
