/**
 * Product reviews for the eighteenth pass (docs/classification.md), written on 2026-12-07 before any
 * rule of that pass was changed and committed alone so the order shows. 30 a language (en, pl, de, fr,
 * it, es): 20 complaints that name no blame word (a defect, a mismatch with the photo or description,
 * size, shrinking, fading, pilling, tearing, peeling, breaking after N uses, smell, missing parts, a
 * parcel soaked) and 10 controls (praise that names size, colour or washing; neutral questions and
 * statements). Written by the same hand, in the same session and from the same brief as the rules, with
 * much the same content in each language, so after the rules it measures coverage, not unseen accuracy.
 * Read through bench/product-reviews.ts.
 *
 * Each row: text, language, what the text says (negative / neutral / positive), whether it is a
 * complaint, the topics of which one is expected (empty for controls), and its kind.
 */
export type Lang = "en" | "pl" | "de" | "fr" | "it" | "es";
export type Label = "negative" | "neutral" | "positive";
export type Kind =
  | "defect"
  | "mismatch"
  | "size"
  | "shrink"
  | "fade"
  | "pilling"
  | "seam"
  | "break"
  | "smell"
  | "leak"
  | "peel"
  | "missing"
  | "soaked"
  | "praise"
  | "question"
  | "statement";
export type ReviewRow = [
  text: string,
  lang: Lang,
  label: Label,
  complaint: boolean,
  topics: readonly string[],
  kind: Kind,
];

const PQ = ["product_quality"] as const;
const OE = ["order_error"] as const;
const WET = ["delivery", "product_quality"] as const;
type Row = [string, Label, boolean, readonly string[], Kind];
const n = (text: string, kind: Kind, topics: readonly string[] = PQ): Row => [
  text,
  "negative",
  true,
  topics,
  kind,
];
const c = (text: string, kind: "praise" | "question" | "statement"): Row => [
  text,
  kind === "praise" ? "positive" : "neutral",
  false,
  [],
  kind,
];

const BY: Record<Lang, Row[]> = {
  en: [
    n("The sole came off after three weeks.", "break"),
    n("Colour is nothing like the photos, it's more of a muddy brown.", "mismatch"),
    n("Ordered my usual medium and it's tight across the shoulders, size up.", "size"),
    n("Shrank two sizes after the first wash.", "shrink"),
    n("The print started to fade after a couple of washes.", "fade"),
    n("Zip broke the second time I used it.", "break"),
    n("Strong chemical smell out of the box, still there after airing it for a week.", "smell"),
    n("Two of the screws were missing so I couldn't put the shelf together.", "missing", OE),
    n("The handle snapped off on day two.", "break"),
    n("Seams started coming undone after one wear.", "seam"),
    n("The material is much thinner than it looks in the pictures.", "mismatch"),
    n("Arrived with a big scratch across the screen.", "defect"),
    n("Battery lasts about an hour, not the 8 hours advertised.", "mismatch"),
    n("Way too big, the small fits like an XL.", "size"),
    n("The jumper pilled after two washes.", "pilling"),
    n("Stopped charging after a month.", "defect"),
    n("The lid doesn't close properly and it leaks everywhere.", "leak"),
    n("Paint is chipping off already and I've had it a week.", "peel"),
    n("Not the same shade as the sample at all.", "mismatch"),
    n("Courier left it in the rain, box soaked and the book inside is warped.", "soaked", WET),
    c("True to size and the colour is exactly as in the photo.", "praise"),
    c("Still looks like new after 10 washes.", "praise"),
    c("Fits perfectly, I'm usually a 10 and the 10 was spot on.", "praise"),
    c("Does this come in a larger size?", "question"),
    c("What is the fabric made of, is it cotton?", "question"),
    c("Washed it at 40 degrees, no shrinking at all.", "praise"),
    c("Sturdy and well made, the zip feels solid.", "praise"),
    c("Colour is a bit darker than on screen but I actually prefer it.", "praise"),
    c("Can it go in the dryer?", "question"),
    c("Bought the blue one for my daughter.", "statement"),
  ],
  de: [
    n("Farbe komplett anders als auf dem Foto.", "mismatch"),
    n("Nach zweimal Waschen ist der Pullover eingelaufen.", "shrink"),
    n("Die Sohle hat sich nach drei Wochen gelöst.", "break"),
    n("Fällt zwei Nummern zu klein aus.", "size"),
    n("Der Reißverschluss ist nach einer Woche kaputtgegangen.", "break"),
    n("Riecht stark nach Chemie, auch nach tagelangem Lüften.", "smell"),
    n("Es fehlen zwei Schrauben, Aufbau nicht möglich.", "missing", OE),
    n("Nicht wie beschrieben: das Material ist Polyester, keine Baumwolle.", "mismatch"),
    n("Die Farbe ist nach der ersten Wäsche verblasst.", "fade"),
    n("Der Griff ist beim zweiten Benutzen abgebrochen.", "break"),
    n("Die Naht ist nach dem ersten Tragen aufgegangen.", "seam"),
    n("Der Stoff ist viel dünner als auf den Bildern.", "mismatch"),
    n("Das Display hatte beim Auspacken einen Riss.", "defect"),
    n("Der Akku hält keine zwei Stunden.", "defect"),
    n("Die Jacke fusselt und hat nach kurzer Zeit Knötchen gebildet.", "pilling"),
    n("Lädt nach einem Monat nicht mehr.", "defect"),
    n("Die Flasche ist undicht, alles ausgelaufen.", "leak"),
    n("Die Beschichtung blättert schon ab.", "peel"),
    n("Sieht in echt ganz anders aus als im Shop.", "mismatch"),
    n("Paket war durchnässt, der Karton aufgeweicht und das Buch gewellt.", "soaked", WET),
    c("Passt wie angegossen, Farbe genau wie auf dem Foto.", "praise"),
    c("Auch nach 10 Wäschen noch wie neu.", "praise"),
    c("Fällt größengerecht aus, passt perfekt.", "praise"),
    c("Gibt es das auch in Größe XL?", "question"),
    c("Ist der Stoff waschmaschinenfest?", "question"),
    c("Bei 40 Grad gewaschen, nichts eingelaufen.", "praise"),
    c("Sehr stabil verarbeitet, der Reißverschluss läuft sauber.", "praise"),
    c("Die Farbe ist etwas dunkler als auf dem Bildschirm, gefällt mir aber sogar besser.", "praise"),
    c("Kann man das in den Trockner geben?", "question"),
    c("Habe die blaue Variante für meine Tochter bestellt.", "statement"),
  ],
  fr: [
    n("La couleur ne correspond pas du tout à la photo.", "mismatch"),
    n("Le pull a rétréci au premier lavage.", "shrink"),
    n("La semelle s'est décollée au bout de trois semaines.", "break"),
    n("Taille beaucoup trop petit, prenez deux tailles au-dessus.", "size"),
    n("La fermeture éclair a lâché à la deuxième utilisation.", "break"),
    n("Forte odeur de produit chimique, même après plusieurs jours.", "smell"),
    n("Il manque deux vis, impossible de monter le meuble.", "missing", OE),
    n("Pas conforme à la description, c'est du polyester et pas du coton.", "mismatch"),
    n("Les couleurs ont déteint dès le premier lavage.", "fade"),
    n("La poignée s'est cassée au bout de deux jours.", "break"),
    n("Les coutures se défont déjà après une seule journée.", "seam"),
    n("Le tissu est beaucoup plus fin que sur les photos.", "mismatch"),
    n("L'écran était rayé à la réception.", "defect"),
    n("La batterie tient à peine une heure.", "defect"),
    n("Le pull bouloche après deux lavages.", "pilling"),
    n("Ne charge plus au bout d'un mois.", "defect"),
    n("Le couvercle fuit, tout s'est renversé dans mon sac.", "leak"),
    n("La peinture s'écaille déjà.", "peel"),
    n("Rien à voir avec les photos du site.", "mismatch"),
    n("Le colis est arrivé trempé, le carton tout mou et le livre gondolé.", "soaked", WET),
    c("Taille normalement, la couleur est exactement comme sur la photo.", "praise"),
    c("Toujours comme neuf après 10 lavages.", "praise"),
    c("Conforme à la description, très bonne qualité.", "praise"),
    c("Existe-t-il en taille 42 ?", "question"),
    c("Le tissu passe-t-il en machine ?", "question"),
    c("Lavé à 40 degrés, aucun rétrécissement.", "praise"),
    c("Solide et bien fini, la fermeture glisse parfaitement.", "praise"),
    c("Un peu plus foncé que sur l'écran mais je préfère comme ça.", "praise"),
    c("Peut-on le mettre au sèche-linge ?", "question"),
    c("Commandé en bleu pour ma fille.", "statement"),
  ],
  it: [
    n("Il colore è diverso dalla foto, molto più spento.", "mismatch"),
    n("Il maglione si è ristretto al primo lavaggio.", "shrink"),
    n("La suola si è staccata dopo tre settimane.", "break"),
    n("Taglia molto piccola, prendete due taglie in più.", "size"),
    n("La cerniera si è rotta al secondo utilizzo.", "break"),
    n("Puzza di plastica, anche dopo giorni all'aria.", "smell"),
    n("Mancano due viti, impossibile montarlo.", "missing", OE),
    n("Non corrisponde alla descrizione: è poliestere, non cotone.", "mismatch"),
    n("I colori sono sbiaditi dopo il primo lavaggio.", "fade"),
    n("Il manico si è spezzato dopo due giorni.", "break"),
    n("Le cuciture si sono aperte dopo averlo indossato una volta.", "seam"),
    n("Il tessuto è molto più sottile rispetto alle foto.", "mismatch"),
    n("Lo schermo è arrivato graffiato.", "defect"),
    n("La batteria dura a malapena un'ora.", "defect"),
    n("Il maglione ha fatto i pallini dopo due lavaggi.", "pilling"),
    n("Dopo un mese non si ricarica più.", "defect"),
    n("Il tappo perde, si è rovesciato tutto nella borsa.", "leak"),
    n("La vernice si sta già scrostando.", "peel"),
    n("Dal vivo è tutta un'altra cosa rispetto alle foto.", "mismatch"),
    n("Il pacco è arrivato fradicio, la scatola molle e il libro deformato.", "soaked", WET),
    c("Veste regolare, colore identico alla foto.", "praise"),
    c("Ancora come nuovo dopo 10 lavaggi.", "praise"),
    c("Corrisponde alla descrizione, ottima qualità.", "praise"),
    c("È disponibile anche nella taglia L?", "question"),
    c("Si può lavare in lavatrice?", "question"),
    c("Lavato a 40 gradi, non si è ristretto per niente.", "praise"),
    c("Robusto e ben rifinito, la cerniera scorre benissimo.", "praise"),
    c("Un po' più scuro che sullo schermo, ma mi piace ancora di più.", "praise"),
    c("Si può mettere nell'asciugatrice?", "question"),
    c("L'ho preso blu per mia figlia.", "statement"),
  ],
  es: [
    n("Talla muy pequeña.", "size"),
    n("Encogió.", "shrink"),
    n("No se parece nada a la foto, el color es otro.", "mismatch"),
    n("La suela se despegó a las tres semanas.", "break"),
    n("La cremallera se rompió al segundo uso.", "break"),
    n("Huele muchísimo a químico, incluso después de días aireándolo.", "smell"),
    n("Faltan dos tornillos, imposible montarlo.", "missing", OE),
    n("No es como en la descripción, es poliéster y no algodón.", "mismatch"),
    n("Se destiñó en el primer lavado.", "fade"),
    n("El asa se partió a los dos días.", "break"),
    n("Las costuras se abrieron después de ponérmelo una vez.", "seam"),
    n("La tela es mucho más fina que en las fotos.", "mismatch"),
    n("La pantalla llegó rayada.", "defect"),
    n("La batería dura apenas una hora.", "defect"),
    n("Le salieron bolitas después de dos lavados.", "pilling"),
    n("Al mes dejó de cargar.", "defect"),
    n("La tapa gotea, se me derramó todo en el bolso.", "leak"),
    n("La pintura ya se está descascarillando.", "peel"),
    n("El color no tiene nada que ver con el de la web.", "mismatch"),
    n("El paquete llegó empapado, la caja blanda y el libro ondulado.", "soaked", WET),
    c("Talla bien, el color es igual que en la foto.", "praise"),
    c("Sigue como nuevo después de 10 lavados.", "praise"),
    c("Tal como se describe, muy buena calidad.", "praise"),
    c("¿Lo tenéis en talla M?", "question"),
    c("¿Se puede lavar en lavadora?", "question"),
    c("Lavado a 40 grados y no ha encogido nada.", "praise"),
    c("Resistente y bien acabado, la cremallera va suave.", "praise"),
    c("Un poco más oscuro que en la pantalla, pero me gusta más así.", "praise"),
    c("¿Se puede meter en la secadora?", "question"),
    c("Lo pedí en azul para mi hija.", "statement"),
  ],
  pl: [
    n("Po dwóch praniach sweter się zmechacił.", "pilling"),
    n("Kolor zupełnie inny niż na zdjęciu.", "mismatch"),
    n("Podeszwa odkleiła się po trzech tygodniach.", "break"),
    n("Rozmiar dużo za mały, trzeba brać dwa numery większe.", "size"),
    n("Zamek zepsuł się przy drugim użyciu.", "break"),
    n("Strasznie śmierdzi chemią, nawet po kilku dniach wietrzenia.", "smell"),
    n("Brakuje dwóch śrubek, nie da się złożyć.", "missing", OE),
    n("Niezgodny z opisem, to poliester, a nie bawełna.", "mismatch"),
    n("Kolor wyblakł po pierwszym praniu.", "fade"),
    n("Rączka pękła po dwóch dniach.", "break"),
    n("Szwy się rozeszły po pierwszym założeniu.", "seam"),
    n("Materiał dużo cieńszy niż na zdjęciach.", "mismatch"),
    n("Ekran przyszedł porysowany.", "defect"),
    n("Bateria trzyma ledwo godzinę.", "defect"),
    n("Bluza skurczyła się po pierwszym praniu.", "shrink"),
    n("Po miesiącu przestał się ładować.", "defect"),
    n("Nakrętka przecieka, wszystko wylało się w torbie.", "leak"),
    n("Farba już odpryskuje.", "peel"),
    n("W rzeczywistości wygląda zupełnie inaczej niż na zdjęciach.", "mismatch"),
    n("Paczka przyszła przemoczona, karton rozmokły, a książka pofalowana.", "soaked", WET),
    c("Rozmiar zgodny z tabelą, kolor dokładnie jak na zdjęciu.", "praise"),
    c("Po 10 praniach nadal jak nowa.", "praise"),
    c("Zgodny z opisem, bardzo dobra jakość.", "praise"),
    c("Czy jest dostępny rozmiar L?", "question"),
    c("Czy można prać w pralce?", "question"),
    c("Prałam w 40 stopniach i nic się nie skurczyło.", "praise"),
    c("Solidnie wykonany, zamek chodzi gładko.", "praise"),
    c("Trochę ciemniejszy niż na ekranie, ale tak mi się nawet bardziej podoba.", "praise"),
    c("Czy można suszyć w suszarce?", "question"),
    c("Zamówiłam niebieski dla córki.", "statement"),
  ],
};

export const PRODUCT_REVIEWS: ReviewRow[] = (Object.keys(BY) as Lang[]).flatMap((lang) =>
  BY[lang].map(
    ([text, label, complaint, topics, kind]): ReviewRow => [text, lang, label, complaint, topics, kind],
  ),
);
