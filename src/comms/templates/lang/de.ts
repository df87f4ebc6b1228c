import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Nächstes Update {% if crisis.next_update_day %}am {{ crisis.next_update_day }} {% endif %}um {{ crisis.next_update_time }}. {% endif %}";

export const de: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }}: Stellungnahme – {{ crisis.type_name }}",
      body: `{{ shop.name }} – Stellungnahme vom {{ now }}

Was passiert ist: ${what}

Wir entschuldigen uns bei unseren Kundinnen und Kunden für die Unannehmlichkeiten. %ADVICE%

${next}Aktueller Stand: {{ shop.status_url }}

Pressekontakt: {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `Es tut uns leid: {{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – was das für Sie bedeutet",
      body: `Guten Tag{% if customer.name %} {{ customer.name }}{% endif %},

${what}

Es tut uns leid. %ADVICE%

${next}Den Stand sehen Sie unter {{ shop.status_url }}, oder antworten Sie auf diese E-Mail ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} Wir entschuldigen uns für die Unannehmlichkeiten. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – interne Information",
      body: `Krise: {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Beginn: {{ crisis.started_at }}

Lage: ${what}

Was wir Kunden sagen: %ADVICE%
${next}
Bitte nicht öffentlich kommentieren; Fragen von Presse und aus sozialen Medien an die Kommunikationsleitung weitergeben. Krisenraum: {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – Mitteilung an Partner",
      body: `Sehr geehrte Partner,

wir möchten Sie informieren: ${what}

Was das für unsere Zusammenarbeit bedeutet: {{ vars.partner_impact | default: "jede Änderung an Bestellungen, Lieferungen oder Zahlungen bestätigen wir schriftlich." }}
${next}Bei Fragen schreiben Sie bitte an {{ shop.contact_email }}.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }}: wichtige Information zu Ihren personenbezogenen Daten",
      body: `Guten Tag{% if customer.name %} {{ customer.name }}{% endif %},

wir informieren Sie über eine Verletzung des Schutzes personenbezogener Daten, die Sie betrifft. Es tut uns leid.

Was passiert ist: {{ breach.what_happened | default: crisis.summary }}
Betroffene Daten: {{ breach.data }}
Wahrscheinliche Folgen für Sie: {{ breach.consequences }}
Was wir getan haben und tun: {{ breach.measures }}
Was Sie tun können: %ADVICE%
Ansprechpartner: {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "Wenn Sie eine Frage oder Beschwerde haben, antworten Sie bitte auf diese Nachricht: ein Mensch aus unserem Team antwortet Ihnen.",
    site_outage:
      "Ihre bestehenden Bestellungen sind sicher. Wenn Sie nicht bestellen konnten, versuchen Sie es bitte später erneut oder kontaktieren Sie uns, wir helfen Ihnen.",
    payment_failure:
      "Wenn Ihnen ein Betrag belastet wurde, Sie aber keine Bestellbestätigung haben, zahlen Sie bitte nicht erneut: schreiben Sie uns mit der Uhrzeit der Zahlung, und wir bestätigen die Bestellung oder erstatten den Betrag.",
    ddos: "Ihr Konto und Ihre Zahlungsdaten sind nicht betroffen. Wenn der Shop nicht lädt, versuchen Sie es bitte in einigen Minuten erneut.",
    data_breach:
      "Bitte ändern Sie Ihr Passwort in unserem Shop und überall, wo Sie dasselbe verwenden, und seien Sie vorsichtig bei E-Mails oder Anrufen, die in unserem Namen nach Daten oder Zahlungen fragen.",
    delivery_delay:
      "Ihre Bestellung ist unterwegs; Sie können sie in Ihrem Konto verfolgen und, wenn Sie sie nicht mehr brauchen, kostenlos stornieren.",
    product_recall:
      "Bitte verwenden Sie das Produkt nicht mehr und kontaktieren Sie uns: wir erstatten oder ersetzen es und holen es kostenlos ab.",
    order_error:
      "Bitte prüfen Sie Ihre Bestellbestätigung; wenn etwas nicht stimmt, antworten Sie mit Ihrer Bestellnummer, und wir senden die richtigen Artikel oder erstatten den Betrag.",
    price_error:
      "Wenn Sie zum falschen Preis bestellt haben, kontaktieren Sie uns bitte mit Ihrer Bestellnummer: wir erklären Ihre Möglichkeiten und erstatten die Differenz.",
    supplier_failure:
      "Einige Produkte werden eventuell später versandt; Sie können Ihre Bestellung behalten oder kostenlos in Ihrem Konto stornieren.",
    fraud_chargebacks:
      "Wir fragen nie per E-Mail oder Telefon nach Passwörtern oder Kartendaten; wenn Sie eine unbekannte Zahlung sehen, kontaktieren Sie bitte uns und Ihre Bank.",
    returns_backlash:
      "Sie können Ihre Bestellung nach den Regeln zurückgeben, die beim Kauf galten; kontaktieren Sie uns, wenn eine Rücksendung abgelehnt wurde.",
  },
};
