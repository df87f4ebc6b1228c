import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Next update {% if crisis.next_update_day %}on {{ crisis.next_update_day }} {% endif %}at {{ crisis.next_update_time }}. {% endif %}";

export const en: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }}: statement on {{ crisis.type_name }}",
      body: `{{ shop.name }} – statement of {{ now }}

What happened: ${what}

We are sorry for the trouble this causes our customers. %ADVICE%

${next}Current status: {{ shop.status_url }}

Press contact: {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `We are sorry: ${"{{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }}"} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – what it means for you",
      body: `Hello {{ customer.name | default: "there" }},

${what}

We are sorry. %ADVICE%

${next}You can follow the status at {{ shop.status_url }} or reply to this e-mail ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} We are sorry for the trouble. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – internal brief",
      body: `Crisis: {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Started: {{ crisis.started_at }}

Situation: ${what}

What we tell customers: %ADVICE%
${next}
Please do not comment in public; pass press and social media questions to the communications lead. Crisis room: {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – notice to partners",
      body: `Dear partner,

we want you to know: ${what}

What it means for our work together: {{ vars.partner_impact | default: "we confirm every change to orders, deliveries or payments in writing." }}
${next}Please contact {{ shop.contact_email }} with any question.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }}: important information about your personal data",
      body: `Hello {{ customer.name | default: "there" }},

we are writing to tell you about a personal data breach that affects you. We are sorry.

What happened: {{ breach.what_happened | default: crisis.summary }}
Which data is affected: {{ breach.data }}
Likely consequences for you: {{ breach.consequences }}
What we have done and are doing: {{ breach.measures }}
What you can do: %ADVICE%
Whom to contact: {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "If you have a question or a complaint, please reply to this message: a person from our team will answer you.",
    site_outage:
      "Your existing orders are safe. If you could not place an order, please try again later or contact us and we will help you place it.",
    payment_failure:
      "If you were charged but got no order confirmation, please do not pay again: contact us with the time of payment and we confirm the order or refund the charge.",
    ddos: "Your account and payment data are not affected. If the shop does not load, please try again in a few minutes.",
    data_breach:
      "Please change your password for our shop and anywhere you used the same one, and be careful with e-mails or calls that ask for your data or a payment in our name.",
    delivery_delay:
      "Your order is on its way; you can track it in your account, and if you no longer need it you can cancel it free of charge.",
    product_recall:
      "Please stop using the product and contact us: we refund or replace it and collect it free of charge.",
    order_error:
      "Please check your order confirmation; if something is wrong, reply with your order number and we send the right items or refund you.",
    price_error:
      "If you ordered at the wrong price, please contact us with your order number: we explain your options and refund any difference.",
    supplier_failure:
      "Some products may ship later than planned; you can keep your order or cancel it free of charge in your account.",
    fraud_chargebacks:
      "We never ask for passwords or card details by e-mail or phone; if you see a payment you do not recognise, please contact us and your bank.",
    returns_backlash:
      "You can return your order under the rules that applied when you bought it; please contact us if a return was refused.",
  },
};
