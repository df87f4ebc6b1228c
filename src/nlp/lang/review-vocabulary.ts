/**
 * The review vocabulary audit (docs/classification.md, "Review vocabulary audit"): everyday words customers
 * judge goods with, per language, that the packs and the generated lexicons lacked or read wrong, as
 * sentiment entries (`word:weight`, `_` joins a phrase, `*` ends a stem; see LanguagePack). Judgement of
 * poor goods ("rubbish", "Schrott", "badziewie", "pacotille", "porcheria", "chapuza"), praise said in
 * review slang ("spot on", "sztos", "spettacolare", "una figata"), and the same words where they name a
 * thing and judge nothing ("junk mail", "trash bags", "bolsas de basura"), which weigh 0 so the longer
 * phrase wins. Generated valences that read a review word in another sense are set right here: German
 * "gerissen" (cunning, +1.6) is torn, Polish "bomba" (−0.8) praises in "to jest bomba", Spanish "carga"
 * (burden, −1.6) in "la carga es rápida" is a battery's charge. Weights follow the packs' scale (hand lists ±2, strong ±2.5).
 * Faults of goods said as verbs are in review-faults.ts.
 */
export const REVIEW_VOCABULARY: Record<string, string> = {
  en: `rubbish:-2.3 junk:-2 junky:-1.8 trash:-2 trashy:-1.5 garbage:-2 naff:-1.5 shoddy:-2.2 shoddily:-2
    cheap_tat:-2 tatty:-1.5 piece_of_junk:-2.5 piece_of_rubbish:-2.5 piece_of_trash:-2.5
    junk_mail:0 junk_food:0 junk_drawer:0 trash_bag*:0 trash_can*:0 trash_bin*:0 trash_day:0
    rubbish_bag*:0 rubbish_bin*:0 rubbish_collection:0 garbage_bag*:0 garbage_can*:0 garbage_disposal:0
    garbage_collection:0 out_the_trash:0 out_the_rubbish:0 out_the_garbage:0
    spot_on:2 a_cracking:2.2 cracking_little:2.2 cracking_value:2.2 cracking_price:2 absolutely_cracking:2.5
    does_what_it_says_on_the_tin:2 what_it_says_on_the_tin:2 top_notch:2.5 top-notch:2.5 solid_build:1.8
    solidly_built:2 chuffed:2.2`,
  de: `schrott:-2.3 schrottig:-2 billigschrott:-2.5 plastikschrott:-2.3 ramsch:-2.2 billigramsch:-2.5
    krempel:-1.5 billigware:-1.5 billigteil:-1.5 murks:-2 pfusch:-2 schund:-2 gerissen:-1.5
    hochwertig:1.8 hochwertig_verarbeitet:2.2 top_verarbeitet:2.2 sauber_verarbeitet:2 gut_verarbeitet:2`,
  pl: `badziew*:-2.3 chłam:-2.2 bubel:-2.3 bubl*:-2.3 szmelc*:-2.3 dziadostw*:-2.3 kupa_złomu:-2.5
    to_złom:-2 totalny_złom:-2.5 kicha:-1.8 totalne_dno:-2.5 sztos*:2.5 jest_bomba:2.2 to_bomba:2.2
    po_prostu_bomba:2.5 normalnie_bomba:2.2 ale_czad:2.5 to_czad:2.2 czadow*:2`,
  fr: `pacotille:-2.2 daube:-2.3 du_toc:-2 c'est_du_toc:-2 bouse:-2 non_conforme:-1.8 non_conformes:-1.8`,
  it: `porcheria:-2.3 porcherie:-2.3 fregatura:-2.3 fregature:-2.3 cinesat*:-2 robaccia:-2 plasticaccia:-2
    spettacolar*:2.5 figata:2.5 una_figata:2.5`,
  es: `chapuza:-2.3 chapuzas:-2.3 chapucer*:-2 cutre:-2 cutres:-2 truño:-2.3 es_una_birria:-2 vaya_birria:-2.3 menuda_birria:-2.3
    bolsa_de_basura:0 bolsas_de_basura:0 bolsas_de_la_basura:0 cubo_de_basura:0 cubo_de_la_basura:0
    sacar_la_basura:0 la_carga_es:0 la_carga_dura:0 tiempo_de_carga:0 cable_de_carga:0
    base_de_carga:0 puerto_de_carga:0 carga_rápida:1.2`,
};
