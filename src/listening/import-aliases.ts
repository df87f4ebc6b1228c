import type { ImportField } from "./import.js";
import { fold } from "./normalize.js";

/**
 * Column names of the big listening tools' exports (Brandwatch, Talkwalker, Meltwater, Mention,
 * Sprout Social, Hootsuite…), folded; earlier names win when a file has several.
 */
const ENGLISH: Record<ImportField, string[]> = {
  text: [
    "full text",
    "fulltext",
    "content",
    "message",
    "text",
    "snippet",
    "hit sentence",
    "opening text",
    "body",
    "post",
    "mention",
    "description",
    "post text",
    "tweet",
    "comment",
    "review",
    "review text",
    "reviewbody",
  ],
  title: ["title", "headline", "review title"],
  url: [
    "url",
    "link",
    "permalink",
    "post link",
    "post url",
    "mention url",
    "original url",
    "article url",
    "review url",
    "reviewurl",
    "links.0.href",
    "links.self.href",
  ],
  author: [
    "author",
    "screen name",
    "username",
    "author name",
    "author/username",
    "author handle",
    "user",
    "user name",
    "profile",
    "from",
    "author_name",
    "influencer",
    "twitter screen name",
    "author username",
    "author.name",
    "consumer.displayname",
    "consumer.name",
    "reviewer.displayname",
    "user.name",
    "name",
  ],
  created_at: [
    "date",
    "published",
    "published date",
    "publish date",
    "date published",
    "created at",
    "created_at",
    "created",
    "post date",
    "timestamp",
    "published_at",
    "datetime",
    "createdat",
    "createtime",
    "dates.publisheddate",
    "date of experience",
    "experienceddate",
  ],
  author_followers: [
    "followers",
    "reach",
    "author followers",
    "twitter followers",
    "followers count",
    "audience",
    "potential reach",
    "impressions",
    "followers_count",
    "author.followers",
  ],
  external_id: [
    "id",
    "external_id",
    "external id",
    "resource id",
    "mention id",
    "post id",
    "tweet id",
    "guid",
    "document id",
    "queryid",
    "reviewid",
    "review id",
  ],
  source: [
    "source",
    "page type",
    "content source",
    "source type",
    "source_type",
    "sourcetype",
    "network",
    "platform",
    "media type",
    "site",
  ],
  language: ["language", "lang", "language code"],
  rating: ["rating", "stars", "star rating", "score", "starrating"],
  time: ["hour", "time", "time of day", "post time"],
};

/**
 * The same columns as tools and spreadsheets localised to our other five languages name them (Brand24's
 * Polish export, a German Excel sheet, a French review export). Folded as headers are; after the English
 * names, which win when a file has both.
 */
const LOCALISED: Record<ImportField, string> = {
  text: `inhalt beitrag nachricht kommentar rezension bewertungstext erwähnung texte contenu commentaire avis
    publication testo contenuto messaggio commento recensione menzione texto contenido mensaje comentario
    reseña opinión mención publicación treść tekst wiadomość komentarz opinia recenzja wzmianka wpis`,
  title: "titel überschrift titre titolo título tytuł",
  url: "lien collegamento enlace odnośnik adres",
  author: "autor verfasser benutzer benutzername auteur utilisateur autore utente usuario użytkownik",
  created_at: `datum erstellt veröffentlicht erstellt_am veröffentlicht_am date_de_publication publié_le
    créé_le data data_di_pubblicazione pubblicato fecha fecha_de_publicación publicado data_publikacji
    opublikowano data_dodania`,
  author_followers: "reichweite follower abonnés portée copertura seguidores alcance obserwujący zasięg",
  external_id: "kennung identifiant identificativo identificador identyfikator",
  source:
    "quelle plattform kanal plateforme canal fonte piattaforma canale fuente plataforma źródło platforma kanał",
  language: "sprache langue lingua idioma język",
  rating: "sterne note étoiles valutazione stelle valoración puntuación estrellas ocena gwiazdki bewertung",
  time: "uhrzeit zeit heure ora orario hora godzina czas",
};

export const ALIASES = Object.fromEntries(
  Object.entries(ENGLISH).map(([field, names]) => [
    field,
    [
      ...names,
      ...LOCALISED[field as ImportField]
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => fold(w.replaceAll("_", " "))),
    ],
  ]),
) as Record<ImportField, string[]>;
