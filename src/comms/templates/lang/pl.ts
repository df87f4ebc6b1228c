import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Kolejna aktualizacja {% if crisis.next_update_day %}{{ crisis.next_update_day }} {% endif %}o {{ crisis.next_update_time }}. {% endif %}";

export const pl: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }}: oświadczenie – {{ crisis.type_name }}",
      body: `{{ shop.name }} – oświadczenie z dnia {{ now }}

Co się stało: ${what}

Przepraszamy naszych klientów za kłopoty. %ADVICE%

${next}Aktualny stan: {{ shop.status_url }}

Kontakt dla mediów: {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `Przepraszamy: {{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – co to oznacza dla Ciebie",
      body: `Dzień dobry{% assign v = customer.name | vocative %}{% if v != "" %}, {{ v }}{% endif %},

${what}

Przepraszamy. %ADVICE%

${next}Stan możesz śledzić na {{ shop.status_url }} albo odpisać na tego e-maila ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} Przepraszamy za utrudnienia. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – informacja wewnętrzna",
      body: `Kryzys: {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Początek: {{ crisis.started_at }}

Sytuacja: ${what}

Co mówimy klientom: %ADVICE%
${next}
Prosimy nie komentować publicznie; pytania mediów i z mediów społecznościowych przekazujcie osobie odpowiedzialnej za komunikację. Pokój kryzysowy: {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – informacja dla partnerów",
      body: `Szanowni Państwo,

chcemy poinformować: ${what}

Co to oznacza dla naszej współpracy: {{ vars.partner_impact | default: "każdą zmianę zamówień, dostaw lub płatności potwierdzimy na piśmie." }}
${next}Z pytaniami prosimy pisać na {{ shop.contact_email }}.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }}: ważna informacja o Twoich danych osobowych",
      body: `Dzień dobry{% assign v = customer.name | vocative %}{% if v != "" %}, {{ v }}{% endif %},

piszemy, aby poinformować o naruszeniu ochrony danych osobowych, które Cię dotyczy. Przepraszamy.

Co się stało: {{ breach.what_happened | default: crisis.summary }}
Jakich danych dotyczy naruszenie: {{ breach.data }}
Możliwe konsekwencje dla Ciebie: {{ breach.consequences }}
Co zrobiliśmy i co robimy: {{ breach.measures }}
Co możesz zrobić: %ADVICE%
Z kim się skontaktować: {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "Jeśli masz pytanie lub reklamację, odpisz na tę wiadomość: odpowie Ci osoba z naszego zespołu.",
    site_outage:
      "Złożone zamówienia są bezpieczne. Jeśli nie udało się złożyć zamówienia, spróbuj ponownie później albo skontaktuj się z nami, a pomożemy.",
    payment_failure:
      "Jeśli pobrano opłatę, a nie masz potwierdzenia zamówienia, nie płać ponownie: napisz do nas z godziną płatności, a potwierdzimy zamówienie lub zwrócimy pieniądze.",
    ddos: "Twoje konto i dane płatnicze są bezpieczne. Jeśli sklep się nie otwiera, spróbuj ponownie za kilka minut.",
    data_breach:
      "Zmień hasło w naszym sklepie i wszędzie tam, gdzie używasz tego samego, i uważaj na e-maile lub telefony z prośbą o dane lub płatność w naszym imieniu.",
    delivery_delay:
      "Twoje zamówienie jest w drodze; możesz je śledzić na swoim koncie, a jeśli już go nie potrzebujesz, anulujesz je bezpłatnie.",
    product_recall:
      "Prosimy przestać używać produktu i skontaktować się z nami: zwrócimy pieniądze lub wymienimy go i bezpłatnie go odbierzemy.",
    order_error:
      "Sprawdź potwierdzenie zamówienia; jeśli coś się nie zgadza, odpisz z numerem zamówienia, a wyślemy właściwe produkty lub zwrócimy pieniądze.",
    price_error:
      "Jeśli zamówienie złożono po błędnej cenie, napisz do nas z numerem zamówienia: wyjaśnimy możliwości i zwrócimy różnicę.",
    supplier_failure:
      "Niektóre produkty mogą zostać wysłane później; możesz zachować zamówienie albo bezpłatnie je anulować na swoim koncie.",
    fraud_chargebacks:
      "Nigdy nie prosimy o hasła ani dane karty e-mailem lub telefonicznie; jeśli widzisz nieznaną płatność, skontaktuj się z nami i ze swoim bankiem.",
    returns_backlash:
      "Możesz zwrócić zamówienie na zasadach obowiązujących w dniu zakupu; jeśli odmówiono Ci zwrotu, skontaktuj się z nami.",
  },
};
