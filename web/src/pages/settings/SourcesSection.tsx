import { BrandQueriesCard } from "./sources/BrandQueriesCard.js";
import { FeedsCard } from "./sources/FeedsCard.js";
import { ShopCard } from "./sources/ShopCard.js";

/** Where mentions and shop events come from: feeds, inbound webhooks, brand queries, shop platforms. */
export default function SourcesSection() {
  return (
    <div className="stack">
      <FeedsCard />
      <BrandQueriesCard />
      <ShopCard />
    </div>
  );
}
