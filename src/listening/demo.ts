import type { AppContext } from "../app/context.js";
import { systemActor } from "../core/actor.js";
import { mentionInput } from "./schema.js";

/**
 * The demo shop's mentions: what customers of a small online shop might write in a week with a carrier
 * outage, in the six languages the product reads. Every text, name and address here was written for the
 * demo (the addresses are on example domains); none is copied from a real post.
 */
type Seed = [
  minutesAgo: number,
  source: string,
  author: string,
  followers: number | null,
  text: string,
  rating?: number,
];

const SEEDS: Seed[] = [
  [
    20,
    "X",
    "@marta_kupuje",
    812,
    "Trzeci dzień czekam na paczkę, status stoi w miejscu. Co się dzieje z wysyłką?",
  ],
  [26, "X", "@jan_w", 143, "Zamówienie opłacone w poniedziałek, paczka dalej w sortowni. Słabo."],
  [
    31,
    "Facebook",
    "Ewa Malinowska",
    null,
    "Czy ktoś jeszcze czeka na przesyłkę od was? Infolinia nie odbiera.",
  ],
  [
    38,
    "X",
    "@lisa_shops",
    2310,
    "Still waiting on my order from last week, tracking hasn't moved since Tuesday. Any update?",
  ],
  [
    44,
    "X",
    "@tom.b",
    95,
    "Ordered a birthday present, it was meant to arrive yesterday. Tracking says 'at hub'. Not great.",
  ],
  [
    52,
    "Forum",
    "paketwarten",
    null,
    "Meine Bestellung hängt seit drei Tagen im Verteilzentrum. Weiß jemand, was los ist?",
  ],
  [
    57,
    "X",
    "@claire_m",
    640,
    "Colis bloqué au centre de tri depuis jeudi. Le service client ne répond pas, c'est pénible.",
  ],
  [
    63,
    "Instagram",
    "giulia.compra",
    1880,
    "Ordine fermo al centro di smistamento da tre giorni. Qualcuno sa qualcosa?",
  ],
  [70, "X", "@pedro_envios", 310, "Mi pedido lleva cuatro días en el centro de reparto. ¿Alguna novedad?"],
  [75, "X", "@marta_kupuje", 812, "Dalej nic. Jak nie dojdzie do piątku, proszę o zwrot pieniędzy."],
  [
    82,
    "Facebook",
    "Piotr Zieliński",
    null,
    "Paczka utknęła, ale przynajmniej czat odpowiedział szybko i uprzejmie. Czekam dalej.",
  ],
  [
    95,
    "X",
    "@lisa_shops",
    2310,
    "Update: support replied within the hour and offered free shipping on my next order. Appreciated.",
  ],
  [
    110,
    "X",
    "@nordic_knits",
    5200,
    "Heads up if you ordered this week: the carrier hub seems to be down, deliveries are late everywhere.",
  ],
  [
    118,
    "X",
    "@reposter_01",
    12,
    "Heads up if you ordered this week: the carrier hub seems to be down, deliveries are late everywhere.",
  ],
  [
    121,
    "X",
    "@reposter_02",
    30,
    "Heads up if you ordered this week: the carrier hub seems to be down, deliveries are late everywhere.",
  ],
  [
    140,
    "Trustpilot",
    "Anna K.",
    null,
    "Dostawa opóźniona o trzy dni, ale towar dobrze zapakowany i zgodny z opisem.",
    3,
  ],
  [
    180,
    "Trustpilot",
    "Markus H.",
    null,
    "Lieferung verspätet, keine Information per E-Mail. Ware selbst ist gut.",
    2,
  ],
  [
    240,
    "Trustpilot",
    "Sophie L.",
    null,
    "Livraison en retard sans explication. Dommage, les produits sont jolis.",
    2,
  ],
  [
    300,
    "Forum",
    "kasia_w_domu",
    null,
    "Płatność przez BLIK przeszła dwa razy, czekam na zwrot jednej kwoty. Ktoś miał podobnie?",
  ],
  [
    330,
    "X",
    "@ben_codes",
    720,
    "Checkout charged my card twice for one order. Support says the refund is on its way.",
  ],
  [420, "X", "@anna_r", 260, "Kod rabatowy z newslettera nie działa przy kasie. Próbowałam trzy razy."],
  [
    600,
    "Instagram",
    "marco_style",
    3400,
    "Arrivato il maglione, qualità ottima e taglia perfetta. Lo ricomprerei.",
  ],
  [
    760,
    "Google reviews",
    "Lucía G.",
    null,
    "Muy buena atención, cambiaron la talla sin problemas y en dos días.",
    5,
  ],
  [
    900,
    "X",
    "@ola.cooks",
    455,
    "Super szybka dostawa w zeszłym miesiącu, teraz coś się popsuło. Mam nadzieję, że to chwilowe.",
  ],
  [1300, "Google reviews", "Thomas R.", null, "Schneller Versand, gute Qualität. Gerne wieder.", 5],
  [1700, "Trustpilot", "Julie P.", null, "Commande reçue en 48 h, emballage soigné. Je recommande.", 5],
  [
    2200,
    "Facebook",
    "Katarzyna Lis",
    null,
    "Zwrot przyjęty bez problemu, pieniądze wróciły w trzy dni. Polecam.",
  ],
  [
    2600,
    "X",
    "@sam_outdoors",
    1500,
    "The new rain jacket is excellent, kept me dry all weekend in the hills.",
  ],
  [3100, "Forum", "stylowa_mama", null, "Rozmiarówka trochę zaniżona, warto zamówić numer większy."],
  [
    3600,
    "Google reviews",
    "Francesca B.",
    null,
    "Reso complicato: il modulo online dava errore. Alla fine risolto via e-mail.",
    3,
  ],
  [
    4300,
    "X",
    "@mike_t",
    210,
    "App keeps logging me out when I try to pay. Had to finish the order on my laptop.",
  ],
  [5000, "Trustpilot", "Carlos M.", null, "Producto tal como en la foto, llegó antes de lo previsto.", 5],
  [6100, "X", "@wiktoria.k", 980, "Uwielbiam wasze swetry, trzeci raz zamawiam i zawsze jest ok."],
  [
    7200,
    "Google reviews",
    "Henrik S.",
    null,
    "Der Gutscheincode wurde nicht akzeptiert, Kundenservice hat es aber schnell gelöst.",
    4,
  ],
  [8400, "Instagram", "camille.mode", 2700, "Jolie robe, mais la couleur est plus foncée qu'en photo."],
  [
    9600,
    "X",
    "@dave_h",
    75,
    "Been a customer for two years, never had a problem until this week's delivery mess.",
  ],
];

const SOURCE_HOSTS: Record<string, string> = {
  X: "social.example",
  Facebook: "friends.example",
  Instagram: "photos.example",
  Forum: "forum.example",
  Trustpilot: "reviews.example",
  "Google reviews": "maps.example",
};

/**
 * The demo shop's help desk pushes its tickets' texts in through a signed inbound webhook (no feed: a
 * feed on an example address would fail every poll). A second run adds nothing.
 */
async function seedDemoSources(ctx: AppContext, workspaceId: string) {
  const actor = systemActor(workspaceId, "Demo");
  const name = "Help desk";
  if ((await ctx.services.listening.listSources(actor)).some((s) => s.name === name)) return;
  await ctx.services.listening.createSource(actor, { name, type: "webhook" });
}

/** Sends the demo mentions through the listening service, as a feed would; a second run adds nothing. */
export async function seedDemoMentions(ctx: AppContext, workspaceId: string) {
  await seedDemoSources(ctx, workspaceId);
  const now = ctx.clock.now().getTime();
  const mentions = SEEDS.map(([minutesAgo, source, author, followers, text, rating], i) => {
    const id = `demo-${String(i + 1).padStart(3, "0")}`;
    return mentionInput.parse({
      source,
      external_id: id,
      text,
      author,
      author_followers: followers,
      ...(rating !== undefined ? { rating } : {}),
      url: `https://${SOURCE_HOSTS[source] ?? "example.com"}/posts/${id}`,
      created_at: new Date(now - minutesAgo * 60_000).toISOString(),
    });
  });
  return ctx.services.listening.ingest(workspaceId, mentions);
}
