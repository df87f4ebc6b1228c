/**
 * Praise said as an idiom or in slang, per language, as sentiment entries (`word:weight`, `_` joins a
 * phrase, `*` ends a stem; see LanguagePack), twenty-first pass (docs/classification.md): "fits like a
 * glove", "worth it", "jakaś magia", "hat sich gelohnt", "ein Traum", "vaut le coup", "la qualité est
 * au rendez-vous", "vale la pena", "vale l'attesa", "una pasada", "inmejorable". Their words are none
 * of praise ("glove", "magia", "Traum" +0.8, "pasada"), so plain praise read neutral. Negated, they are
 * turned round as any entry ("nie opłaciło się", "no vale la pena").
 */
export const PRAISE_IDIOMS: Record<string, string> = {
  en: `fit_like_a_glove:2.5 fits_like_a_glove:2.5 fitted_like_a_glove:2.5 worth_it:2 so_worth_it:2.5
    totally_worth_it:2.5 obsessed_with:2 so_obsessed:2.2 game_changer:2.2`,
  pl: `jakaś_magia:2.5 czysta_magia:2.5 to_magia:2.2 opłaciło_się:2 opłacało_się:2 warto_było:2 było_warto:2
    leży_jak_ulał:2.5 leżą_jak_ulał:2.5 pasuje_jak_ulał:2.5`,
  de: `gelohnt:2 ein_traum:2.5 sitzt_wie_angegossen:2.5 sitzen_wie_angegossen:2.5`,
  fr: `vaut_le_coup:2 valait_le_coup:2 vaut_vraiment_le_coup:2.2 au_rendez_vous:1.8 une_tuerie:2.5
    me_va_comme_un_gant:2.5 va_comme_un_gant:2.5`,
  it: `vale_la_pena:2 valeva_la_pena:2 ne_vale_la_pena:2 vale_l'attesa:2 valeva_l'attesa:2 una_bomba:2.2
    calza_a_pennello:2.5 calzano_a_pennello:2.5 una_magia:2.2`,
  es: `una_pasada:2.5 inmejorable:2.5 vale_la_pena:2 merece_la_pena:2 mereció_la_pena:2 merecio_la_pena:2
    repetiré:1.8 comodísim*:2.2 me_queda_como_un_guante:2.5 queda_como_un_guante:2.5`,
};
