import type { PhraseTable } from "../phrases.js";

const what = "{{ crisis.summary | default: crisis.description }}";
const next =
  "{% if crisis.next_update_at %}Próxima actualización {% if crisis.next_update_day %}el {{ crisis.next_update_day }} {% endif %}{% if crisis.next_update_hour == 1 %}a la{% else %}a las{% endif %} {{ crisis.next_update_time }}. {% endif %}";

export const es: PhraseTable = {
  kinds: {
    press_release: {
      subject: "{{ shop.name }}: comunicado – {{ crisis.type_name }}",
      body: `{{ shop.name }} – comunicado del {{ now }}

Qué ha pasado: ${what}

Pedimos disculpas a nuestros clientes por las molestias. %ADVICE%

${next}Estado actual: {{ shop.status_url }}

Contacto de prensa: {{ shop.contact_email }}`,
    },
    social_post: {
      subject: "{{ crisis.type_name }}",
      body: `Lo sentimos: {{ crisis.summary | default: crisis.type_name | truncate: 160 | sentence }} %ADVICE% ${next}{{ shop.status_url }}`,
    },
    customer_email: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – qué significa para ti",
      body: `Hola{% if customer.name %} {{ customer.name }}{% endif %},

${what}

Lo sentimos. %ADVICE%

${next}Puedes seguir el estado en {{ shop.status_url }} o responder a este correo ({{ shop.contact_email }}).

{{ shop.name }}`,
    },
    status_update: {
      subject: "{{ crisis.type_name }}",
      body: `${what} Pedimos disculpas por las molestias. %ADVICE% ${next}`,
    },
    internal_brief: {
      subject: "[{{ crisis.severity }}] {{ crisis.title }} – nota interna",
      body: `Crisis: {{ crisis.title }} ({{ crisis.type_name }}, {{ crisis.severity }}, {{ crisis.status_name }})
Inicio: {{ crisis.started_at }}

Situación: ${what}

Qué decimos a los clientes: %ADVICE%
${next}
Por favor, no comentéis en público; pasad las preguntas de prensa y redes sociales al responsable de comunicación. Sala de crisis: {{ crisis.url }}`,
    },
    supplier_notice: {
      subject: "{{ shop.name }}: {{ crisis.type_name }} – aviso a socios",
      body: `Estimado socio:

queremos informarle: ${what}

Qué significa para nuestra colaboración: {{ vars.partner_impact | default: "confirmamos por escrito cualquier cambio en pedidos, entregas o pagos." }}
${next}Para cualquier pregunta, escriba a {{ shop.contact_email }}.

{{ shop.name }}`,
    },
    breach_notice: {
      subject: "{{ shop.name }}: información importante sobre tus datos personales",
      body: `Hola{% if customer.name %} {{ customer.name }}{% endif %},

te escribimos para informarte de una violación de datos personales que te afecta. Lo sentimos.

Qué ha pasado: {{ breach.what_happened | default: crisis.summary }}
Datos afectados: {{ breach.data }}
Consecuencias probables para ti: {{ breach.consequences }}
Qué hemos hecho y estamos haciendo: {{ breach.measures }}
Qué puedes hacer: %ADVICE%
A quién contactar: {{ breach.contact }}

{{ shop.name }}`,
    },
  },
  advice: {
    negative_wave:
      "Si tienes una pregunta o una reclamación, responde a este mensaje: te contestará una persona de nuestro equipo.",
    site_outage:
      "Tus pedidos ya hechos están seguros. Si no pudiste hacer un pedido, inténtalo de nuevo más tarde o contáctanos y te ayudamos.",
    payment_failure:
      "Si se te cobró pero no tienes confirmación del pedido, no pagues de nuevo: escríbenos con la hora del pago y confirmamos el pedido o devolvemos el cargo.",
    ddos: "Tu cuenta y tus datos de pago no están afectados. Si la tienda no carga, inténtalo de nuevo en unos minutos.",
    data_breach:
      "Cambia tu contraseña de nuestra tienda y de cualquier sitio donde uses la misma, y desconfía de correos o llamadas que pidan datos o pagos en nuestro nombre.",
    delivery_delay:
      "Tu pedido está en camino; puedes seguirlo en tu cuenta y, si ya no lo necesitas, cancelarlo sin coste.",
    product_recall:
      "Deja de usar el producto y contáctanos: te devolvemos el dinero o lo sustituimos y lo recogemos sin coste.",
    order_error:
      "Revisa la confirmación de tu pedido; si algo no está bien, responde con tu número de pedido y enviamos los artículos correctos o te devolvemos el dinero.",
    price_error:
      "Si hiciste el pedido a un precio erróneo, contáctanos con tu número de pedido: te explicamos tus opciones y devolvemos la diferencia.",
    supplier_failure:
      "Algunos productos pueden enviarse más tarde; puedes mantener tu pedido o cancelarlo sin coste en tu cuenta.",
    fraud_chargebacks:
      "Nunca pedimos contraseñas ni datos de tarjeta por correo o teléfono; si ves un pago que no reconoces, contáctanos a nosotros y a tu banco.",
    returns_backlash:
      "Puedes devolver tu pedido según las reglas vigentes en el momento de la compra; contáctanos si se rechazó una devolución.",
  },
};
