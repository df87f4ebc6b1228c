export interface Mention {
  id: string;
  source: string;
  external_id: string;
  text: string;
  url: string | null;
  author: string | null;
  created_at: string;
  language: string;
  sentiment: "negative" | "neutral" | "positive";
  score: number;
  complaint: boolean;
  topics: string[];
  duplicate_of: string | null;
  copies: number;
}
