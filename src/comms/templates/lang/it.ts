import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Prossimo aggiornamento {% if crisis.next_update_day %}il {{ crisis.next_update_day }} {% endif %}alle {{ crisis.next_update_time }}. {% endif %}";

export const it: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }}: comunicato – {{ crisis.type_name }}",
      body: `{{ shop.name }} – comunicato del {{ now }}

Cos’è successo: ${what}

Ci scusiamo con i nostri clienti per il disagio. %ADVICE%

${next}Stato attuale: {{ shop.status_url }}

Contatto stampa: {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `Ci scusiamo: {{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – cosa significa per te",
      body: `Ciao{% if customer.name %} {{ customer.name }}{% endif %},

${what}

Ci scusiamo. %ADVICE%

${next}Puoi seguire lo stato su {{ shop.status_url }} oppure rispondere a questa e-mail ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} Ci scusiamo per il disagio. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – nota interna",
      body: `Crisi: {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Inizio: {{ crisis.started_at }}

Situazione: ${what}

Cosa diciamo ai clienti: %ADVICE%
${next}
Per favore non commentate in pubblico; inoltrate le domande di stampa e social al responsabile della comunicazione. Sala crisi: {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – avviso ai partner",
      body: `Gentile partner,

desideriamo informarvi: ${what}

Cosa significa per la nostra collaborazione: {{ vars.partner_impact | default: "confermiamo per iscritto ogni modifica a ordini, consegne o pagamenti." }}
${next}Per domande scrivete a {{ shop.contact_email }}.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }}: informazioni importanti sui tuoi dati personali",
      body: `Ciao{% if customer.name %} {{ customer.name }}{% endif %},

ti scriviamo per informarti di una violazione dei dati personali che ti riguarda. Ci scusiamo.

Cos’è successo: {{ breach.what_happened | default: crisis.summary }}
Quali dati sono coinvolti: {{ breach.data }}
Possibili conseguenze per te: {{ breach.consequences }}
Cosa abbiamo fatto e stiamo facendo: {{ breach.measures }}
Cosa puoi fare: %ADVICE%
Chi contattare: {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "Se hai una domanda o un reclamo, rispondi a questo messaggio: ti risponderà una persona del nostro team.",
    site_outage:
      "Gli ordini già effettuati sono al sicuro. Se non sei riuscito a ordinare, riprova più tardi o contattaci e ti aiutiamo.",
    payment_failure:
      "Se ti è stato addebitato un importo ma non hai la conferma dell'ordine, non pagare di nuovo: scrivici con l'ora del pagamento e confermiamo l'ordine o rimborsiamo l'addebito.",
    ddos: "Il tuo account e i dati di pagamento non sono coinvolti. Se il negozio non si apre, riprova tra qualche minuto.",
    data_breach:
      "Cambia la password del nostro negozio e ovunque usi la stessa, e fai attenzione a e-mail o telefonate che chiedono dati o pagamenti a nostro nome.",
    delivery_delay:
      "Il tuo ordine è in viaggio; puoi seguirlo dal tuo account e, se non ti serve più, annullarlo gratuitamente.",
    product_recall:
      "Smetti di usare il prodotto e contattaci: lo rimborsiamo o lo sostituiamo e lo ritiriamo gratuitamente.",
    order_error:
      "Controlla la conferma d'ordine; se qualcosa non va, rispondi con il numero d'ordine e inviamo gli articoli giusti o ti rimborsiamo.",
    price_error:
      "Se hai ordinato a un prezzo errato, contattaci con il numero d'ordine: ti spieghiamo le opzioni e rimborsiamo la differenza.",
    supplier_failure:
      "Alcuni prodotti potrebbero partire più tardi; puoi mantenere l'ordine o annullarlo gratuitamente dal tuo account.",
    fraud_chargebacks:
      "Non chiediamo mai password o dati della carta per e-mail o telefono; se vedi un pagamento che non riconosci, contatta noi e la tua banca.",
    returns_backlash:
      "Puoi restituire l'ordine secondo le regole valide al momento dell'acquisto; contattaci se un reso è stato rifiutato.",
  },
};
