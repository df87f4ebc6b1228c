/** The labelled sentiment files of ../shared/data/sentiment, by language (see its README). */
export const SENTIMENT_FILES: Record<string, string> = {
  en: "tweets-en.jsonl",
  pl: "opinions-pl.jsonl",
  de: "tweets-de.jsonl",
  fr: "tweets-fr.jsonl",
  it: "tweets-it.jsonl",
  es: "tweets-es.jsonl",
};
