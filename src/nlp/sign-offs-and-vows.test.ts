import { describe, expect, it } from "vitest";
import { classify } from "./index.js";

const read = (text: string, language?: string) => classify({ text, language });

// Twelfth pass (docs/classification.md): real complaints the airline tweets' tuning half read neutral or
// positive, in forms a shop's customers write too. Each case below read otherwise before this pass.
describe("sign-offs, boosters and vows", () => {
  it("reads a sign-off after a complaint as politeness, not praise, in every language", () => {
    expect(read("your website sucks. Just thought you should know. All best.").sentiment).toBe("negative");
    expect(read("where is my parcel? Thanks").sentiment).toBe("negative");
    expect(read("Wo bleibt meine Bestellung? Danke", "de").sentiment).toBe("negative");
    expect(read("¿Dónde está mi pedido? Gracias", "es").sentiment).toBe("negative");
  });

  it("keeps thanks that are the message, or beside praise", () => {
    expect(read("Thanks!").sentiment).toBe("positive");
    expect(read("Great shoes, thanks").sentiment).toBe("positive");
    expect(read("Parcel arrived a day early. Thank you so much!").sentiment).toBe("positive");
  });

  it("reads a booster that is also a word of its own as a booster", () => {
    expect(read("super disappointed that the cafe isn't available").sentiment).toBe("negative");
    expect(read("super fast delivery").sentiment).toBe("positive");
  });

  it("reads never … again with words between as a customer leaving", () => {
    expect(read("I will never use this shop again!").sentiment).toBe("negative");
    expect(read("We're making a pact to never fly u again").sentiment).toBe("negative");
    expect(read("won't be ordering from you again").sentiment).toBe("negative");
    expect(read("never had a problem again").sentiment).not.toBe("negative");
  });

  it("reads what English complaints say without a complaint word", () => {
    expect(read("Are you kidding me?!").sentiment).toBe("negative");
    expect(read("woulda been nice of you to let us know").sentiment).toBe("negative");
    expect(read("This is absurd.").sentiment).toBe("negative");
    expect(read("please please please answer the phone").sentiment).not.toBe("positive");
  });
});
