/**
 * How product reviews say what their stars say, per language, as sentiment entries (`word:weight`, `_`
 * joins a phrase, `*` ends a stem; see LanguagePack): buying again ("would buy again", negated "würde
 * ich nicht nochmal kaufen"), nothing to fault ("rien à redire", "nada que objetar", "bez zastrzeżeń",
 * which the lexicons read as a negated complaint, negative), worth its price, and what goes wrong with
 * goods that tweets never say (soles come unglued, food goes stale, skin gets a rash). Tuned on
 * src/nlp/test-reviews-tuning.ts; docs/classification.md, "Product reviews". Kept apart from the
 * language packs so the review stream's vocabulary reads as one list.
 */
export const REVIEW_IDIOMS: Record<string, string> = {
  en: `would_buy_again:2.2 will_buy_again:2.2 i'd_buy_again:2.2 would_definitely_buy_again:2.5
    will_definitely_buy_again:2.5 would_order_again:2 will_order_again:2 would_purchase_again:2.2
    will_be_buying_again:2 will_be_ordering_again:2 no_complaints:2.3 can't_fault_it:2.5 cant_fault_it:2.5
    worth_every_penny:2.8 worth_every_cent:2.8 worth_the_money:2 best_before:0 stale:-1.8 expired:-1.5
    rash:-1.5 came_unglued:-2 came_apart:-2.2 fell_apart:-2.5 fell_out:-1.5 peeled_off:-1.8 came_off:-1.5
    cheaply_made:-2.3 you_get_what_you_pay_for:-1.5 still_like_new:1.8 exactly_as_in_the_photo*:1.5`,
  de: `wieder_kaufen:2.2 nochmal_kaufen:2.2 noch_mal_kaufen:2.2 wieder_bestellen:2 nochmal_bestellen:2
    hält_nicht_was_es_verspricht:-2.5 hält_nicht:-1.5 nichts_auszusetzen:2.5 jeden_cent_wert:2.8 sein_geld_wert:2 hält_was_es_verspricht:1.8
    abgelaufen:-1.5 hautausschlag:-1.8 billig_verarbeitet:-2.3 löst_sich:-1.5 hat_sich_gelöst:-1.5 wie_neu:1.8 genau_wie_auf_dem_foto:1.5 genau_wie_abgebildet:1.5`,
  fr: `imbattable*:2.5 rien_à_redire:2.5 rachèterai:2 rachèterais:2 racheterai:2 racheterais:2
    vaut_son_prix:2 vaut_largement:2 rance:-2 périmé*:-1.8 date_dépassée:-1.8 rougeurs:-1.5
    décollé*:-1.5 camelote:-2.5 lâché:-2 fermeture_éclair:0`,
  it: `ricomprerei:2 ricomprerò:2 riacquisterei:2 vale_ogni_centesimo:2.8 vale_ogni_euro:2.8
    mantiene_quello_che_promette:1.8 mantiene_ciò_che_promette:1.8 scadut*:-1.5 irritazione:-1.5
    staccat*:-1.2 ancora_come_nuovo:1.8 ancora_come_nuova:1.8 è_come_nuovo:1.8 è_come_nuova:1.8 identico_alla_foto:1.5 identica_alla_foto:1.5`,
  es: `volvería_a_comprar*:2.2 volveria_a_comprar*:2.2 volveré_a_comprar*:2 repetiría:1.8 nada_que_objetar:2.5
    sin_queja*:2 vale_cada_céntimo:2.8 vale_cada_centimo:2.8 vale_cada_euro:2.8
    cumple_lo_que_promete:1.8 caducad*:-1.5 alergia:-1.2 despeg*:-1.5 lo_barato_sale_caro:-2 sigue_como_nuevo:1.8 sigue_como_nueva:1.8 está_como_nuevo:1.8 está_como_nueva:1.8 igual_que_en_la_foto:1.5`,
  pl: `kupię_ponownie:2.2 kupie_ponownie:2.2 kupiłabym_ponownie:2.2 kupiłbym_ponownie:2.2
    zamówię_ponownie:2 bez_zastrzeżeń:2.3 bez_zastrzezen:2.3 nie_mam_się_do_czego_przyczepić:2.5
    wart_każdej_złotówki:2.8 warta_każdej_złotówki:2.8 warte_każdej_złotówki:2.8 przeterminowan*:-1.8
    termin_ważności_minął:-1.8 wysypk*:-1.5 odkleił*:-1.8 odpadł*:-1.5 nadal_jak_nowa:1.8 nadal_jak_nowy:1.8 nadal_jak_nowe:1.8 wciąż_jak_nowa:1.8
    wciąż_jak_nowy:1.8 wciąż_jak_nowe:1.8 dokładnie_jak_na_zdjęciu:1.5`,
};
