import { describe, expect, it } from "vitest";
import { withLang } from "./links.js";

describe("withLang", () => {
  it("joins the query before the fragment, whatever the shop's address carries", () => {
    expect(withLang("https://status.shop.example", "pl")).toBe("https://status.shop.example?lang=pl");
    expect(withLang("https://shop.example/s?view=1", "de")).toBe("https://shop.example/s?view=1&lang=de");
    expect(withLang("https://shop.example/s?view=1#top", "fr")).toBe(
      "https://shop.example/s?view=1&lang=fr#top",
    );
    expect(withLang("https://shop.example/s#top", "it", "incident-1")).toBe(
      "https://shop.example/s?lang=it#incident-1",
    );
    expect(withLang("https://shop.example/s?lang=en&a=b", "es")).toBe("https://shop.example/s?a=b&lang=es");
  });
});
