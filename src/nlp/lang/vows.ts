/**
 * Vows not to come back said as an idiom, per language, as sentiment entries (`word:weight`, `_` joins
 * a phrase): "On ne m'y reprendra plus", "first and last time", "won't be back", "prima e ultima volta",
 * "no me vuelven a ver", "więcej się nie nabiorę". Their words are a negator and a verb no list holds
 * ("reprendra", "nabiorę"), or none of blame at all, so they read neutral or, with "reprendra" read as a
 * word of its own, positive. Weighed as the lexicons' "never again" (−2.8), the vow churn.ts reads.
 * A phrase holding its own negator is not turned round by it (sentiment.ts). Docs: classification.md,
 * "Fourteenth pass".
 */
export const VOW_IDIOMS: Record<string, string> = {
  en: `first_and_last_time:-2.8 won't_be_back:-2.5 wont_be_back:-2.5 will_not_be_back:-2.5
    never_be_back:-2.5 lesson_learned:-1.5`,
  de: `erste_und_letzte_mal:-2.8 ersten_und_letzten_mal:-2.8 erstes_und_letztes_mal:-2.8
    einmal_und_nie_wieder:-2.8`,
  fr: `on_ne_m_y_reprendra_plus:-2.8 on_m_y_reprendra_plus:-2.8 on_ne_m_y_reprendra_pas:-2.8
    vous_ne_m_y_reprendrez_plus:-2.8 vous_m_y_reprendrez_plus:-2.8 on_ne_m_y_prendra_plus:-2.8
    on_m_y_prendra_plus:-2.8 première_et_dernière_fois:-2.8`,
  it: `prima_e_ultima_volta:-2.8 non_mi_fregate_più:-2.5 non_mi_fregano_più:-2.5 non_ci_casco_più:-2.5`,
  es: `primera_y_última_vez:-2.8 no_me_vuelven_a_ver:-2.5 no_me_volverán_a_ver:-2.5 no_vuelvo_a_caer:-2.5`,
  pl: `pierwszy_i_ostatni_raz:-2.8 pierwsze_i_ostatnie_zakupy:-2.8 więcej_się_nie_nabiorę:-2.5
    noga_moja_tu_więcej_nie_postanie:-2.8 moja_noga_tu_więcej_nie_postanie:-2.8`,
};
