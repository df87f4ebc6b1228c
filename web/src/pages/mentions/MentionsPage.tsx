import { lazy } from "react";
import { Route, Routes } from "react-router-dom";
import { MentionList } from "./MentionList.js";
import "./mentions.css";

export type { Mention } from "./types.js";

// The detail view is its own file, written with the classifier's correction; routed once it exists.
const detailModules = import.meta.glob<{ default: React.ComponentType }>("./MentionDetail.tsx");
const detailLoader = detailModules["./MentionDetail.tsx"];
const MentionDetail = detailLoader ? lazy(detailLoader) : null;
export const HAS_DETAIL = MentionDetail !== null;

export default function MentionsPage() {
  return (
    <Routes>
      <Route index element={<MentionList linkToDetail={HAS_DETAIL} />} />
      {MentionDetail ? <Route path=":id/*" element={<MentionDetail />} /> : null}
      <Route path="*" element={<MentionList linkToDetail={HAS_DETAIL} />} />
    </Routes>
  );
}
