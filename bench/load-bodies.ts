const WORDS = ["parcel", "late", "refund", "courier", "broken", "great", "support", "size", "colour", "box"];
const SHOPS = ["Acme", "Nordwind", "Sklep Kasi", "Maison Lune"];

let serial = 0;

/** One ingest body of 1,000 mentions, each new (the rush benches post these). */
export function batch(): string {
  const mentions = Array.from({ length: 1000 }, () => {
    const i = serial++;
    return {
      source: "bench",
      external_id: `m${i}`,
      text: `Order ${i} from ${SHOPS[i % 4]}: ${WORDS[i % 10]} ${WORDS[(i >> 3) % 10]} ${WORDS[(i >> 6) % 10]}, day ${i % 30}`,
    };
  });
  return JSON.stringify({ mentions });
}
