import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Prochaine mise à jour {% if crisis.next_update_day %}le {{ crisis.next_update_day }} {% endif %}à {{ crisis.next_update_time }}. {% endif %}";

export const fr: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }} : communiqué – {{ crisis.type_name }}",
      body: `{{ shop.name }} – communiqué du {{ now }}

Ce qui s'est passé : ${what}

Nous présentons nos excuses à nos clients pour la gêne occasionnée. %ADVICE%

${next}État actuel : {{ shop.status_url }}

Contact presse : {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `Nous nous excusons : {{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }} : {{ crisis.type_name }} – ce que cela signifie pour vous",
      body: `Bonjour{% if customer.name %} {{ customer.name }}{% endif %},

${what}

Nous nous excusons. %ADVICE%

${next}Vous pouvez suivre l'état sur {{ shop.status_url }} ou répondre à cet e-mail ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} Nous nous excusons pour la gêne. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – note interne",
      body: `Crise : {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Début : {{ crisis.started_at }}

Situation : ${what}

Ce que nous disons aux clients : %ADVICE%
${next}
Merci de ne pas commenter en public ; transmettez les questions de la presse et des réseaux sociaux au responsable de la communication. Salle de crise : {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }} : {{ crisis.type_name }} – avis aux partenaires",
      body: `Cher partenaire,

nous souhaitons vous informer : ${what}

Ce que cela signifie pour notre collaboration : {{ vars.partner_impact | default: "nous confirmons par écrit tout changement de commandes, de livraisons ou de paiements." }}
${next}Pour toute question, écrivez à {{ shop.contact_email }}.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }} : information importante sur vos données personnelles",
      body: `Bonjour{% if customer.name %} {{ customer.name }}{% endif %},

nous vous écrivons pour vous informer d'une violation de données personnelles qui vous concerne. Nous nous excusons.

Ce qui s'est passé : {{ breach.what_happened | default: crisis.summary }}
Données concernées : {{ breach.data }}
Conséquences probables pour vous : {{ breach.consequences }}
Ce que nous avons fait et continuons de faire : {{ breach.measures }}
Ce que vous pouvez faire : %ADVICE%
Qui contacter : {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "Si vous avez une question ou une réclamation, répondez à ce message : une personne de notre équipe vous répondra.",
    site_outage:
      "Vos commandes passées sont en sécurité. Si vous n'avez pas pu commander, réessayez plus tard ou contactez-nous et nous vous aidons.",
    payment_failure:
      "Si vous avez été débité sans confirmation de commande, ne payez pas une seconde fois : écrivez-nous avec l'heure du paiement et nous confirmons la commande ou remboursons le débit.",
    ddos: "Votre compte et vos données de paiement ne sont pas touchés. Si la boutique ne s'ouvre pas, réessayez dans quelques minutes.",
    data_breach:
      "Changez votre mot de passe sur notre boutique et partout où vous utilisez le même, et méfiez-vous des e-mails ou appels qui demandent vos données ou un paiement en notre nom.",
    delivery_delay:
      "Votre commande est en route ; vous pouvez la suivre dans votre compte et, si vous n'en avez plus besoin, l'annuler sans frais.",
    product_recall:
      "Cessez d'utiliser le produit et contactez-nous : nous le remboursons ou le remplaçons et le reprenons sans frais.",
    order_error:
      "Vérifiez votre confirmation de commande ; en cas d'erreur, répondez avec votre numéro de commande et nous envoyons les bons articles ou vous remboursons.",
    price_error:
      "Si vous avez commandé au mauvais prix, contactez-nous avec votre numéro de commande : nous vous expliquons vos options et remboursons la différence.",
    supplier_failure:
      "Certains produits peuvent partir plus tard ; vous pouvez garder votre commande ou l'annuler sans frais dans votre compte.",
    fraud_chargebacks:
      "Nous ne demandons jamais de mot de passe ni de données de carte par e-mail ou téléphone ; si vous voyez un paiement inconnu, contactez-nous ainsi que votre banque.",
    returns_backlash:
      "Vous pouvez retourner votre commande selon les règles en vigueur lors de l'achat ; contactez-nous si un retour a été refusé.",
  },
};
