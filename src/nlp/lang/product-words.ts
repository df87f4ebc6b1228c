import type { Topic } from "../topics-list.js";

/**
 * Product reviews (fourth writer's dev set, docs/classification.md "Product reviews (fourth writer's dev
 * set)"), as entries of the forms defects.ts and praise.ts use (`word:weight`, `_` joins a phrase, `*`
 * ends a stem).
 *
 * PRODUCT_FAULTS: defects said as plain facts with a verb of the language that the lexicons miss: a dye
 * that runs ("destiñe", "suelta tinta"), a surface that scratches at a touch ("se raya"), a crack ("hatte
 * einen Sprung"), smoke or a stench from a device ("Rauch entwickelt", "angefangen zu stinken"), a part
 * bent or stuck ("tordu", "se bloque"), a handle that wobbles ("zaczęła się chwiać"); a used item sent as
 * new ("gebrauchtes Gerät … statt Neuware", "resold as new"). Each is a problem of its topic only when no
 * negator stands before it, as in defects.ts.
 */
export const PRODUCT_FAULTS: Record<string, Partial<Record<Topic, string>>> = {
  en: {
    product_quality: `started_smoking:-2 gave_off_smoke:-2 smoke_came_out:-2 came_with_scratches:-1.5`,
    order_error: `resold_as_new:-2 sold_as_new:-1.2 used_instead_of_new:-2`,
  },
  de: {
    product_quality: `hatte_einen_sprung:-2 hat_einen_sprung:-2 einen_sprung_im:-1.8 einen_sprung_in:-1.8
      rauch_entwickelt:-2 fing_an_zu_rauchen:-2 qualmt*:-1.5 angefangen_zu_stinken:-1.8 fängt_an_zu_stinken:-1.8
      fing_an_zu_stinken:-1.8`,
    order_error: `statt_neuware:-2 gebrauchtes_gerät:-1.5 gebrauchte_ware:-1.5 gebraucht_statt_neu:-2`,
  },
  fr: {
    product_quality: `tordu*:-1.5 qui_se_bloque:-1.5 se_bloque_sans_arrêt:-1.5 se_raye:-1.5`,
    order_error: `vendu_comme_neuf:-1.2 d'occasion_au_lieu:-2`,
  },
  it: {
    product_quality: `si_riga:-1.5 si_è_rigat*:-1.5 si_blocca:-1.2`,
    order_error: `usato_invece_di_nuovo:-2 venduto_come_nuovo:-1.2`,
  },
  es: {
    product_quality: `destiñe_mucho:-1.8 destiñe_muchísimo:-1.8 destiñe_al_lavar*:-1.8 suelta_tinta:-1.5 soltando_tinta:-1.5 se_raya:-1.8 se_rayan:-1.8
      se_rayó:-1.8 se_ha_rayado:-1.8 echa_humo:-2 echó_humo:-2 se_bloquea:-1.2`,
    order_error: `usado_en_vez_de_nuevo:-2 vendido_como_nuevo:-1.2`,
  },
  pl: {
    product_quality: `zaczęła_się_chwiać:-1.5 zaczął_się_chwiać:-1.5 zaczęło_się_chwiać:-1.5 chwieje_się:-1.2
      rysuje_się:-1.5 porysował*:-1.5 wygięt*:-1.2 dymi*:-1.8`,
    order_error: `używany_zamiast_nowego:-2 używany_jako_nowy:-1.5`,
  },
};

/**
 * PRODUCT_WORDS: strong praise said as an idiom of the language ("ist der Hammer", "the real deal",
 * "never been this good", Italian absolute superlatives of praise, "comodissime", which the lexicons
 * lack), and a thing that merely serves its purpose ("erfüllt seinen Zweck", "c'est déjà ça", "spełnia swoje zadanie"), which is no praise: a middling review's words.
 */
export const PRODUCT_WORDS: Record<string, string> = {
  en: `the_real_deal:2.2 never_been_this_good:2.5 never_been_so_good:2.5 never_looked_better:2.5 never_tasted_better:2.5
    it's_alright:0 its_alright:0`,
  de: `ist_der_hammer:2.5 der_absolute_hammer:2.8 echt_der_hammer:2.5 einfach_der_hammer:2.5 verrückt_nach:2
    erfüllt_seinen_zweck:0 erfüllt_ihren_zweck:0 erfüllt_den_zweck:0`,
  fr: `c'est_déjà_ça:0 c'est_deja_ça:0 fait_le_job:0 ne_reviendrai_pas_en_arrière:2 reviendrai_pas_en_arrière:2`,
  it: `comodissim*:2.5 morbidissim*:2.2 leggerissim*:2 utilissim*:2.2 velocissim*:2.2 facilissim*:2
    praticissim*:2.2 resistentissim*:2.2 fa_il_suo_lavoro:0 fa_il_suo_dovere:0`,
  es: `todo_correcto:1.8 hace_su_función:0 cumple_su_función:0`,
  pl: `działa_jak_należy:2 spełnia_swoje_zadanie:0 spełnia_swoją_funkcję:0 spełnia_swoją_rolę:0`,
};
