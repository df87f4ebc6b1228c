import type { Kind } from "./test-shop-sentences.js";

/** The French, Italian and Spanish complaints of test-shop-sentences.ts (one file would pass 400 lines). */
export const ROMANCE: Record<"fr" | "it" | "es", Record<Kind, string[]>> = {
  fr: {
    late_parcel: [
      "Mon colis n'est toujours pas arrivé, ça fait 10 jours",
      "commandé il y a 2 semaines et toujours rien reçu, il est où mon colis",
      "Le suivi n'a pas bougé depuis une semaine, mon colis est perdu ?",
    ],
    refund_missing: [
      "J'ai renvoyé les chaussures il y a un mois et toujours pas de remboursement",
      "tjrs pas été remboursé pour mon retour",
      "Vous aviez promis un remboursement sous 5 jours, ça fait trois semaines",
    ],
    charged_twice: [
      "J'ai été débité deux fois pour la même commande",
      "vous m'avez prélevé 2 fois sur ma carte",
      "Deux prélèvements identiques sur mon relevé pour une seule commande",
    ],
    card_declined: [
      "Ma carte est refusée à chaque paiement alors qu'elle marche partout ailleurs",
      "erreur au paiement a chaque fois",
      "Le paiement ne passe pas, bloqué sur la page de paiement",
    ],
    site_down: [
      "Votre site est encore en panne",
      "le site charge pas depuis ce matin",
      "L'appli affiche une erreur à chaque ouverture",
    ],
    wrong_or_broken: [
      "Reçu la mauvaise taille et le carton était écrasé",
      "la tasse est arrivée cassée en mille morceaux",
      "Vous m'avez envoyé une veste bleue au lieu de la noire",
    ],
    support_unreachable: [
      "Ça fait des jours que j'essaie de joindre le service client, personne ne répond",
      "personne repond au chat ni aux mails",
      "Une heure d'attente au téléphone et ils ont raccroché",
    ],
    order_cancelled: [
      "Vous avez annulé ma commande sans raison",
      "commande annulee apres paiement sans explication",
      "Pourquoi ma commande a été annulée ?",
    ],
    counterfeit: [
      "Le parfum est une contrefaçon, rien à voir avec l'original",
      "on m'a vendu un faux, le logo est de travers",
      "Ce ne sont pas des vraies Nike, c'est de la copie",
    ],
    data_leak: [
      "Mes données ont fuité, je reçois des mails de phishing avec mon numéro de commande",
      "qqn a mes infos de carte apres un achat chez vous, vous avez été piratés ?",
      "Pourquoi mon adresse est dans une fuite de données ?",
    ],
    price_not_honoured: [
      "Le site affichait 20 € et vous m'avez facturé 45 € au paiement",
      "le prix sur le site était faux et vous refusez de l'appliquer",
      "Vous refusez d'honorer le prix annoncé",
    ],
  },
  it: {
    late_parcel: [
      "Il mio pacco non è mai arrivato, sono passati 10 giorni",
      "ordinato 2 settimane fa e ancora niente, dove è il mio pacco",
      "Il tracciamento non si aggiorna da una settimana, il pacco è perso?",
    ],
    refund_missing: [
      "Ho restituito le scarpe un mese fa e ancora nessun rimborso",
      "ancora non mi avete ridato i soldi del reso",
      "Avevate promesso il rimborso in 5 giorni, sono passate tre settimane",
    ],
    charged_twice: [
      "Mi avete addebitato due volte lo stesso ordine",
      "mi avete scalato 2 volte i soldi dalla carta",
      "Due addebiti uguali sull'estratto conto per un solo ordine",
    ],
    card_declined: [
      "La mia carta viene sempre rifiutata al pagamento, altrove funziona",
      "errore al pagamento ogni volta",
      "Il pagamento non va a buon fine, bloccato sulla pagina di pagamento",
    ],
    site_down: [
      "Il vostro sito è di nuovo down",
      "il sito non carica da stamattina",
      "L'app dà errore ogni volta che la apro",
    ],
    wrong_or_broken: [
      "Ricevuto la taglia sbagliata e la scatola era schiacciata",
      "la tazza è arrivata rotta in mille pezzi",
      "Mi avete mandato una giacca blu invece di quella nera",
    ],
    support_unreachable: [
      "Da giorni provo a contattare il servizio clienti, non risponde nessuno",
      "nessuno risponde in chat ne alle mail",
      "Un'ora in attesa al telefono e poi hanno riattaccato",
    ],
    order_cancelled: [
      "Avete annullato il mio ordine senza motivo",
      "ordine annullato dopo il pagamento senza spiegazioni",
      "Perché il mio ordine è stato annullato?",
    ],
    counterfeit: [
      "Il profumo è un falso, niente a che vedere con l'originale",
      "mi hanno venduto una contraffazione, il logo è storto",
      "Non sono Nike originali, sono tarocche",
    ],
    data_leak: [
      "I miei dati sono stati rubati, ricevo mail di phishing con il numero d'ordine",
      "qualcuno ha i dati della mia carta dopo un acquisto da voi, siete stati hackerati?",
      "Perché il mio indirizzo è in una fuga di dati?",
    ],
    price_not_honoured: [
      "Sul sito c'era scritto 20 € e al pagamento mi avete addebitato 45 €",
      "il prezzo sul sito era sbagliato e non volete rispettarlo",
      "Vi rifiutate di applicare il prezzo pubblicizzato",
    ],
  },
  es: {
    late_parcel: [
      "Mi paquete todavía no ha llegado, ya van 10 días",
      "pedi hace 2 semanas y sigo sin recibir nada, donde esta mi paquete",
      "El seguimiento no se actualiza desde hace una semana, ¿se ha perdido el paquete?",
    ],
    refund_missing: [
      "Devolví las zapatillas hace un mes y sigo sin reembolso",
      "todavia no me han devuelto el dinero de la devolucion",
      "Prometisteis el reembolso en 5 días y ya van tres semanas",
    ],
    charged_twice: [
      "Me habéis cobrado dos veces el mismo pedido",
      "me cobraron 2 veces en la tarjeta",
      "Dos cargos iguales en mi extracto por un solo pedido",
    ],
    card_declined: [
      "Mi tarjeta siempre es rechazada al pagar, en otras tiendas funciona",
      "error al pagar cada vez",
      "El pago no se completa, se queda colgado en la página de pago",
    ],
    site_down: [
      "Vuestra web está caída otra vez",
      "la pagina no carga desde esta mañana",
      "La app da error cada vez que la abro",
    ],
    wrong_or_broken: [
      "Recibí la talla equivocada y la caja venía aplastada",
      "la taza llego rota en mil pedazos",
      "Me enviasteis una chaqueta azul en vez de la negra",
    ],
    support_unreachable: [
      "Llevo días intentando contactar con atención al cliente, nadie contesta",
      "nadie responde en el chat ni a los correos",
      "Una hora en espera al teléfono y me colgaron",
    ],
    order_cancelled: [
      "Habéis cancelado mi pedido sin motivo",
      "pedido cancelado despues de pagar sin explicacion",
      "¿Por qué han cancelado mi pedido?",
    ],
    counterfeit: [
      "El perfume es falso, nada que ver con el original",
      "me vendieron una falsificacion, el logo esta torcido",
      "No son Nike originales, son una imitación",
    ],
    data_leak: [
      "Se han filtrado mis datos, recibo correos de phishing con mi número de pedido",
      "alguien tiene los datos de mi tarjeta despues de comprar aqui, os han hackeado?",
      "¿Por qué está mi dirección en una filtración de datos?",
    ],
    price_not_honoured: [
      "En la web ponía 20 € y al pagar me cobraron 45 €",
      "el precio de la web estaba mal y no lo quereis respetar",
      "Os negáis a respetar el precio anunciado",
    ],
  },
};
