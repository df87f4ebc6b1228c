import type { LanguagePack } from "../types.js";

export const es: LanguagePack = {
  code: "es",
  functionWords: `el la los las de del un una unos unas y es no que en por para con pero como más muy
    este esta estos estas ese esa eso lo le les me te se nos mi mis tu tus su sus yo tú él ella nosotros
    ustedes ellos ha han he hay fue era son soy estoy está están ser estar tengo tiene todo todos nada
    nunca ya también porque cuando donde qué quién aquí hoy al o ni sin sobre hasta desde gracias`,
  // A first person of the present that is also a preterite without its mark: "¿cómo cancelo?" (how do I
  // cancel) is no "canceló" (cancelled), fifteenth pass.
  plainWords: "cancelo",
  negators: `no ni nunca jamás nada nadie ningún ninguno ninguna sin tampoco`,
  intensifiers: `muy mucho muchísimo demasiado super súper realmente totalmente completamente absolutamente
    extremadamente increíblemente tan tanto sumamente bastante_muy re_contra`,
  lows: "poco cero",
  notOnly: "no_solo no_sólo no_solamente",
  diminishers: `poco un_poco algo ligeramente apenas casi medio bastante`,
  contrast: "pero sin_embargo aunque no_obstante sino",
  positive: `gran_cosa:1.5 bien:1.8 buen*:1.9 excelente*:3.2 genial*:3 perfect*:2.7 fantástic*:2.9 maravillos*:2.9
    estupend*:2.9 increíble*:1.8 gracias:1.9 content*:2.1 satisfech*:2.1 feliz:2.7 felices:2.7 recomiendo:2.6
    recomendad*:2.3 recomendable*:2.5 rápid*:1 puntual*:1.8 amable*:2.2 atent*:2 profesional*:2.2
    confiable*:2 fiable*:2 encant*:2.8 gusta:1.9 gustó:2 me_gusta:2 amo:2.8 quiero:0.8 mejor:2 mejores:2
    bonit*:2.2 lind*:2.2 hermos*:2.6 guap*:2 bueno:1.9 buena:1.9 buenos:1.9 buenas:1.5 top:2.5 súper:2.5
    bravo:2.4 felicidades:2.6 enhorabuena:2.6 éxito:2.2 ganar:1.5 ganamos:2 alegr*:2.3 divertid*:2
    jaja:1 jeje:1 ilusión:2 orgullo*:2 suerte:1.5 fenomenal:2.8 chulo:2 guay:2 cómod*:1.7 impecable*:2.8
    no_veo_la_hora:2 no_puedo_esperar:1.5 más_barato:1 más_barata:1 más_baratos:1 más_baratas:1`,
  negative: `sin_motivo:-1 sin_explicación:-1 sin_avisar:-1 falso:-1.8 falsa:-1.8 falsos:-1.8 falsas:-1.8 falsificaci*:-2.3 imitación:-1.5 mal:-2 malo:-2.5 mala:-2.5 malos:-2.5 malas:-2.5 pésim*:-3 horrible*:-2.9 terrible*:-2.9
    fatal:-2.8 desastr*:-2.9 decepcion*:-2.3 decepcionad*:-2.3 insatisfech*:-2.3 descontent*:-2.3
    enfadad*:-2.6 enojad*:-2.6 cabread*:-2.9 indignad*:-2.7 vergüenza:-2.6 vergonzoso:-2.9 inaceptable*:-2.8
    estafa*:-3 estafad*:-3 estafador*:-3 timo:-2.8 timad*:-2.8 ladr*:-2.9 robad*:-2.5 roto:-2.2 rota:-2.2
    rotos:-2.2 dañad*:-2.1 defectuos*:-2.3 estropead*:-2.2 retraso*:-1.6 retrasad*:-1.6 perdid*:-1.5
    extraviad*:-1.8 problema*:-1.5 error:-1.6 errores:-1.6 queja*:-1.8 reclamación*:-1.6 reclamo*:-1.6
    lamentablemente:-1.5 desgraciadamente:-1.5 pena:-1.5 triste*:-2.2 miedo:-2 odio:-2.8 mierda:-2.6
    asco:-2.9 asqueros*:-2.9 no_recomiendo:-2.8 eviten:-2.5 evitar:-1.5 nunca_más:-2.8 incompetente*:-2.5
    maleducad*:-2.5 grosero*:-2.3 inútil*:-2.2 caro:-0.8 cara:-0.3 carísimo:-2 sin_respuesta:-2.2
    ninguna_respuesta:-2.2 esperando:-0.8 muert*:-2.2 guerra:-2.8 crisis:-2 peligro*:-2 enferm*:-1.8
    dolor:-2.2 peor:-2.5 peores:-3 preocup*:-1.8 cansad*:-1.4 harto:-2.3 harta:-2.3 ridícul*:-2
    absurd*:-2 asesin*:-3 corrupt*:-2.6 corrupción:-2.6 mentir*:-2.3 mentira*:-2.3 miente*:-2.3 paro:-1.5
    ataque*:-2 violencia:-2.6 fracaso*:-2.3 basura:-2.6 porquería:-2.6 lástima:-1.5 joder:-2 puta*:-2
    gilipollas:-2.8 idiota*:-2.5 tont*:-2 imbécil*:-2.6 sufr*:-2 llor*:-1.8 vergüenz*:-2.6
    sinvergüenza*:-2.8 sinverguenza*:-2.8 chung*:-1.8 fea:-2 feas:-2 feos:-2 bajón:-1.8 insult*:-2
    descerebrad*:-2.5 hijueputa*:-2.8 patétic*:-2.5 lamentable*:-2.3 indignante*:-2.5 echo_de_menos:-1.5
    ni_siquiera:-0.8 todavía_no:-1 aún_no:-1 nadie_responde:-2.2 nadie_contesta:-2.2 no_contestan:-2
    no_responden:-2 nunca_llegó:-2.2 no_ha_llegado:-1.8 no_me_ha_llegado:-1.8 no_funciona:-1.8
    demasiado_grande*:-1.5 demasiado_pequeñ*:-1.5 demasiado_estrech*:-1.5
    habría_estado_bien:-1.8 hubiera_estado_bien:-1.8 habría_sido_bueno:-1.8 hubiera_sido_bueno:-1.8 hubiese_sido_bueno:-1.8 habría_sido_amable:-1.8 hubiera_sido_amable:-1.8 habría_sido_un_detalle:-1.8 hubiera_sido_un_detalle:-1.8 podrían_haber:-1.5 podríais_haber:-1.5`,
  complaint: `queja* reclamación* reclamo* todavía_no sigo_esperando sigue_sin ninguna_respuesta sin_respuesta
    nunca_llegó no_llegó no_ha_llegado no_he_recibido nunca_recibí dónde_está estafa* inaceptable*
    reembolso no_funciona decepcion* no_recomiendo`,
  topics: {
    delivery: {
      subject: `envío* entrega* entregad* paquete* pedido_llegó repartidor* mensajer* transportist* correos
        seur mrw dhl ups gls fedex nacex seguimiento llegar llegó llegada`,
      problem: `llegó_abierto llegó_abierta paquete_abierto retenido_en_aduana retenido_en_la_aduana parado_en_aduana retraso* retrasad* con_retraso llegó_tarde llega_tarde llegaron_tarde muy_tarde demasiado_tarde
        tarde_otra_vez nunca_llegó no_llegó no_ha_llegado todavía_no_ha_llegado
        aún_no_ha_llegado sigue_sin_llegar no_me_ha_llegado nunca_entregado no_entregado no_lo_entregaron
        paquete_perdido perdid* extraviad* paquete_dañado llegó_roto llegó_dañado dónde_está_mi_paquete
        dónde_está_mi_pedido sigo_esperando_mi dirección_equivocada dejaron_en_la_puerta entregado_pero
        atascad* parado_en retenido_en aplastad* abollad* marcado_como_entregado
        figura_como_entregado devuelto_al_remitente`,
    },
    product_quality: {
      subject: "producto* artículo* calidad material* aparato* dispositivo* batería pantalla talla",
      problem: `defectuos* roto rota rotos dañad* estropead* mala_calidad baja_calidad
        pésima_calidad calidad_pésima de_mala_calidad no_es_como_en_la_foto no_coincide no_corresponde
        falsificad* imitación rasgad* rayad* caducad* moho pierde_agua se_rompió inservible*
        mal_hecho mal_cosido descosid* desteñid* agrietad* no_se_parece
        rompi* rompe*
        demasiado_grande* demasiado_pequeñ* demasiado_estrech* bolitas`,
    },
    order_error: {
      subject: "pedido* orden artículo*",
      problem: `artículo_equivocado producto_equivocado talla_equivocada color_equivocado pedido_equivocado
        me_enviaron_otro me_mandaron_otro falta faltan falta_un falta_una artículo_faltante pedido_incompleto
        incomplet* no_es_lo_que_pedí en_lugar_de en_vez_de
        caja_vacía paquete_vacío llegó_vacío llegó_vacía piezas_faltantes falta_una_pieza`,
    },
    customer_service: {
      subject: `atención_al_cliente servicio_al_cliente servicio_técnico soporte operador* agente*
        personal dependient* teléfono* correo* email* chat
        chatbot bot ticket*`,
      problem: `ninguna_respuesta sin_respuesta no_responde no_responden no_contestan no_contesta
        imposible_contactar imposible_hablar ignora* grosero* maleducad* incompetente* colgaron me_colgaron
        en_espera nadie_responde nadie_contesta nunca_devolvieron
        nadie_me_llama respuesta_automática`,
    },
    price: {
      subject: "precio* coste* costo* tarifa* caro cara gastos descuento* cupón código_de_descuento promo*",
      problem: `demasiado_caro muy_caro subida_de_precio subieron_el_precio precio_equivocado error_de_precio
        cobraron_de_más cobro_de_más sobrecargo* gastos_ocultos cargos_ocultos descuento_no_aplicado
        el_cupón_no_funciona`,
    },
    payment: {
      subject: `pago* cobr* pagado pagar pagué tarjeta tarjeta_de_crédito paypal transferencia* cobro* cargo*
        transacción* reserva*
        bizum klarna apple_pay google_pay
        cobr*`,
      problem: `pago_rechazado pago_fallido tarjeta_rechazada rechazad* cobrado_dos_veces cobraron_dos_veces
        pagué_dos_veces doble_cobro doble_cargo doble_pago dos_cargos 2_cargos dos_cobros
        2_cobros no_puedo_pagar imposible_pagar error_en_el_pago
        error_de_pago pagué_y cobraron_y
        me_cobraron_dos_veces cargo_duplicado cobro_duplicado pago_duplicado tarjeta_denegada pago_denegado
        quitado_el_dinero me_quitaron_el_dinero
        ni_correo_de_confirmación pendiente_de_pago me_reclama_el_pago me_reclaman_el_pago contracargo*
        chargeback disputa_en_paypal abrir_una_disputa pago_pendiente`,
    },
    returns_refunds: {
      subject: "reembols* devoluci* devolver* devuelv* cambio* dinero_de_vuelta desistimiento",
      problem: `sin_reembolso ningún_reembolso no_me_han_devuelto no_han_devuelto esperando_el_reembolso
        esperando_mi_reembolso reembolso_denegado devolución_rechazada rechazaron_la_devolución
        no_aceptan_la_devolución se_niegan_a_devolver dónde_está_mi_reembolso quiero_mi_dinero
        devuélvanme_el_dinero quiero_mi_plata devuélvanme_la_plata devuelvan_la_plata
        quiero_mi_reembolso quiero_un_reembolso quiero_la_devolución quiero_el_reembolso quiero_que_me_devuelvan exijo_el_reembolso
        exijo_mi_dinero etiqueta_de_devolución`,
    },
    fraud: {
      subject: "estafa* fraude* fals* timo chargeback",
      problem: `estafa estafas estafado estafada estafadores estafador fraude fraudulent* tienda_falsa
        web_falsa página_falsa timo timado timada ladrones ladrón robaron_mi_dinero nunca_enviaron scam`,
    },
    security: {
      subject: "cuenta* contraseña* datos seguridad phishing",
      problem: `hackead* jaquead* hacker* pirate* filtración_de_datos datos_filtrados datos_robados
        robo_de_datos fuga_de_datos phishing correo_falso sms_falso cuenta_comprometida comprometid*
        suplantación robo_de_identidad no_autorizad*`,
    },
    outage: {
      subject: "web página* sitio* app aplicación* servidor* acceso sistema plataforma",
      problem: `web_caída página_caída app_caída caída* no_carga no_funciona_la_web no_funciona_la_app
        no_puedo_acceder imposible_acceder no_puedo_entrar no_puedo_iniciar_sesión no_puedo_hacer_el_pedido
        imposible_hacer_el_pedido no_puedo_comprar fallo* error_500 error_del_servidor fuera_de_servicio
        se_cuelga colgad* bloquead* inaccesible
        se_cae no_abre no_se_abre se_cierra_sola pantalla_en_blanco`,
    },
  },
  expected: {
    fraud: "original originales auténtico auténtica auténticos verdadero verdadera",
    delivery: `llegado llegó llega llegan llegaron llegar entregado entregada entregados entregó entregaron
      enviado enviada enviados enviaron`,
    customer_service: `respondido responde responden contestado contesta contestan llamado ayudado atendido
      atienden atiende`,
    returns_refunds: "devuelto devuelta devolvieron devuelven reembolsado reembolsada reembolsaron",
    outage: "carga cargan acceder entrar",
    order_error: "incluido incluida",
    receive: "recibido recibida recibidos recibí recibo recibimos",
    work: "funciona funcionan funcionaba sirve",
  },
  requests: `como_cancelo como_anulo como_cambio como_devuelvo como_pago como_rastreo como_contacto cómo como_puedo como_hago cuánto cuánta cuántos cuántas cuál cuáles qué cuándo dónde_puedo puedo
    podemos podéis pueden se_puede es_posible hay tenéis tienen ofrecéis ofrecen enviáis envían aceptáis
    aceptan hacéis`,
  impatience: "por_fin de_una_vez finalmente",
  closings: "gracias muchas_gracias gracias_de_antemano saludos un_saludo atentamente buen_día",
  churnVerbs:
    "compro compraré comprar pido pediré pedir encargo encargaré encargar reservo reservaré reservar recomiendo recomendaré recomendar vuelvo volveré volveremos",
  again: "más vuelvo volveré volvería volveremos",
  thanksFor: "gracias_por muchas_gracias_por",
  praiseTails: "trabajo servicio",
  wishes: "quiero quisiera necesito me_gustaría me_gustaria por_favor porfa",
  ownReasons:
    "me_equivoqué me_equivoque por_error por_equivocación he_cambiado_de_opinión cambié_de_opinión no_es_mi_estilo no_son_mi_estilo",
  whys: "por_qué porqué por_que",
  asks: `dónde_está_mi donde_está_mi donde_esta_mi dónde_esta_mi dónde_están_mis donde_estan_mis qué_pasa_con_mi
    que_pasa_con_mi qué_pasó_con_mi cuándo_llega cuando_llega cuándo_llegará cuando_llegara cuándo_recibiré
    cuando_recibire cuándo_me_llega cuando_me_llega
    llevo_esperando sigo_esperando esperando_desde estoy_esperando espero_desde llevamos_esperando dónde_está_el_resto donde_esta_el_resto donde_está_el_resto`,
  beside: {
    price: `subido subieron suben subida aumentado aumentaron aumento duplicad* niega* negáis negó negaron
      rechaz*`,
    payment: "dos_veces doble duplicado 2_veces iguales idénticos duplicad* 2x x2 en_vez_de en_lugar_de",
    order_error: "cancelado cancelada cancelaron canceló anulado anulada anularon anuló",
    returns_refunds: "niega* negad* negáis negó negaron rechaz* denegad* prometido prometida",
  },
  crisis: {
    data_breach:
      "filtración_de_datos datos_filtrados datos_robados robo_de_datos fuga_de_datos brecha_de_seguridad",
    hack: "hackead* jaquead* hacker* ciberataque* ataque_informático ransomware",
    phishing: "phishing correo_falso sms_falso suplantación",
    scam: "estafa estafas estafado estafada estafadores fraude fraudulent* tienda_falsa web_falsa timo scam",
    poisoning: "intoxicación* intoxicad* envenenamiento* envenenad* tóxic*",
    recall:
      "retirada_del_mercado retirado_del_mercado retirada_de_producto* llamada_a_revisión alerta_sanitaria",
    injury: "herid* quemadura* quemad* explot* explosión electrocut* hospital hospitalizad*",
    fire: "incendio* se_incendió prendió_fuego en_llamas sobrecalent*",
    lawsuit: "demanda* abogad* tribunal* denuncia*",
    boycott: "boicot*",
    contamination: "contaminad* contaminación moho insectos cristal_en vidrio_en",
  },
  suffixes: "s es a o as os e mente amente ado ada ados adas ido ida idos idas ito ita itos itas ísimo ísima",
  // Function words, modal verbs and plain nouns the translated list or English scored: "solo" is "only",
  // "quiero" "I want", "tarde" "afternoon", "calor" "heat", "tiempo" "time" or "weather"; "sin" is
  // "without" (a negator), not English "sin".
  neutral: `dos prometido prometida quiero_la quiero_el quiero_mi quiero_que quiero_un quiero_una negra negro negras negros solo sólo tiempo tiempos lista frase resto listo banco venga vengo puesto salir pasado tarde
    quiero quiere querer quieres quiera quieras seguro segura serio seria tipo mayor calor derecha acuerdo
    capaz pronto subir claro sí justo serie sentido significa favor cumple sin espero buenos_días buenas_tardes
    buenas_noches moda rosa paga fin_de_semana fines_de_semana`,
};
