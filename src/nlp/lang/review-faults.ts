import type { Topic } from "../topics-list.js";

/**
 * The review vocabulary audit (docs/classification.md, "Review vocabulary audit"): goods that gave way,
 * told with a verb the packs lacked, per language, in the form of defects.ts (`word:weight`, `_` joins a
 * phrase, `*` ends a stem): a problem of product_quality that counts only when no negator stands before
 * it ("the stitching never frayed", "nie pękł"), and a sentiment entry where it has a weight. A verb that
 * has other senses is listed only beside the part that broke or the words that follow a fault: "the hinge
 * snapped", "snapped in half", but not "snapped it up in the sale" or "snapped a photo"; "cracking" as
 * praise and "charging" as a battery's are told apart in word-senses.ts. Also the claim broken ("even
 * though it says it fits", "alors que c'est indiqué compatible").
 */

/** Every `head_tail` of two space-separated lists, weighed: "strap_snapped:-1.8". */
function cross(heads: string, tails: string, weight: number): string {
  const hs = heads.split(/\s+/).filter(Boolean);
  const ts = tails.split(/\s+/).filter(Boolean);
  return hs.flatMap((h) => ts.map((t) => `${h}_${t}:${weight}`)).join(" ");
}

/** Parts of goods that snap, tear or rust, and "it", "has", "just" before the verb. */
const EN_PARTS = `it has have had already strap straps hinge hinges handle handles buckle clip clips clasp
  cable lead cord wire zip zipper heel heels lace laces band lid leg legs arm arms frame lens seam seams
  stitching hem cuff cuffs collar button buttons pocket lining chain pin tab blade string strings mount
  bracket latch hook wheel wheels spring tip nib pedal stand base bolt screw screws spoke spokes`;

/** Things that squeak, wobble, rattle or hum in reviews, and "it", "something". */
const EN_NOISY = `it something chair chairs bed table desk door doors drawer drawers floor fan frame brakes brake wheel
  wheels hinge hinges seat shelf stool cot crib pram buggy bike pedal pedals lid motor keyboard case speaker`;
const DE_NOISY =
  "es etwas stuhl bett tisch tür schublade lüfter motor rahmen bremse bremsen rad räder deckel gehäuse";
const ES_NOISY = `silla sillas cama mesa puerta cajón ventilador motor estructura freno frenos rueda ruedas tapa carcasa
  somier armario altavoz nevera`;

export const REVIEW_FAULTS: Record<string, Partial<Record<Topic, string>>> = {
  en: {
    product_quality: `${cross(EN_PARTS, "snapped tore frayed rusted", -1.8)}
      ${cross("snapped tore frayed rusted", "in within when while during straight completely clean right the_first first on_day on_the_first at_the_seam* through away", -1.8)}
      got_a_dud:-1.5 is_a_dud:-1.5 was_a_dud:-1.5 wouldn't_power_up:-1.5 won't_power_up:-1.5 wont_power_up:-1.5
      doesn't_power_on:-1.5 wouldn't_turn_on:-1.5 wouldn't_switch_on:-1.5 came_unglued come_unglued coming_unglued came_unstitched:-1.8 started_to_rust:-1.5 started_rusting:-1.5
      went_rusty:-1.5 gone_rusty:-1.5 started_to_fray:-1.5 started_fraying:-1.5 fraying_after:-1.5
      stopped_turning_on:-1.8 stopped_switching_on:-1.8 won't_switch_on:-1.5 wont_switch_on:-1.5
      doesn't_switch_on:-1.5 wont_turn_on:-1.5 no_longer_turns_on:-1.8 no_longer_charges:-1.8
      won't_hold_a_charge:-1.8 doesn't_hold_a_charge:-1.8 wont_hold_a_charge:-1.8 won't_hold_charge:-1.8
      doesn't_hold_charge:-1.8 stopped_holding_a_charge:-1.8 stopped_holding_charge:-1.8
      even_though_it_says_it:-1.2 although_it_says_it:-1.2 even_though_it_said_it:-1.2 although_it_said_it:-1.2
      even_though_the_description:-1.2 although_the_description:-1.2 despite_the_description:-1.2
      even_though_it's_listed:-1.2 even_though_it_is_listed:-1.2
      rust_underneath:-0.8 there's_rust:-0.8 covered_in_rust:-1.8 rust_spots:-0.8 spots_of_rust:-0.8 signs_of_rust:-1.2
      already_rusting:-0.8 rusting_already:-0.8 started_chipping:-0.8 started_to_chip:-0.8 started_peeling:-1.5
      started_to_peel:-1.5 started_cracking:-1.5 started_to_crack:-1.5 started_leaking:-1.5 started_to_leak:-1.5
      gets_really_hot:-0.8 gets_very_hot:-0.8 gets_so_hot:-0.8 overheats:-1.8 overheating:-1.5 overheated:-1.8
      it_burnt_out:-1.8 it_burned_out:-1.8 motor_burnt_out:-1.8 motor_burned_out:-1.8 only_play*_on_one:-1.5 only_play*_in_one:-1.5
      only_work*_on_one:-1.5 only_work*_in_one:-1.5 only_plays_on_one_side:-1.5 only_works_on_one_side:-1.5 only_one_side_works:-1.5
      only_one_earbud_works:-1.5 only_plays_in_one_ear:-1.5 only_in_one_ear:-1.5 paper_jam*:-1.5 keeps_jamming:-1.5
      jams_constantly:-1.5
      ${cross(EN_NOISY, "squeaks creaks rattles wobbles", -1.5)}
      ${cross("squeaks creaks rattles wobbles", "when every a_lot constantly like around inside", -1.5)}
      wobbly:-1.5 rickety:-1.8 dodgy:-1.5 buzzing_noise:-1.5 buzzing_sound:-1.5 humming_noise:-1.2 whining_noise:-1.2
      grinding_noise:-1.5 clicking_noise:-1.2 rattling_noise:-1.5 rattling_sound:-1.5 squeaking_noise:-1.5
      squealing_noise:-1.5 creaking_noise:-1.5 it_sparks:-1.8 it_sparked:-1.8 started_sparking:-1.8
      packed_up_after:-1.8 packed_up_within:-1.8 it_packed_up:-1.8 packed_in_after:-1.8 conked_out:-1.8
      gave_up_the_ghost:-2 given_up_the_ghost:-2 knackered_after:-1.5 knackered_within:-1.5 it's_knackered:-1.5
      ${cross("drawer zip zipper button buttons key keys lid", "sticks", -1.2)}`,
  },
  de: {
    product_quality: `gerissen ist_abgebrochen:-1.5 sind_abgebrochen:-1.5 
      gesprungen:-1.5 verrostet:-1.5 rostet:-1.2 angerostet:-1.2 rost_angesetzt:-1.5
      ${cross("flasche trinkflasche thermoskanne kanne dose tube becher", "läuft_aus tropft leckt", -1.5)}
      fusselt:-1.2 fusselt_stark:-1.5 den_geist_aufgegeben:-2 gibt_den_geist_auf:-2 gab_den_geist_auf:-2
      hinüber:-1.5 lädt_nicht_mehr:-1.8 obwohl_es_angegeben:-1.2 obwohl_angegeben:-1.2
      obwohl_es_in_der_beschreibung:-1.2 obwohl_in_der_beschreibung:-1.2 obwohl_es_laut_beschreibung:-1.2
      durchgerostet:-1.8 rostet_durch:-1.5 wird_sehr_heiß:-1.5 wird_extrem_heiß:-1.5 überhitzt:-1.8 durchgebrannt:-1.8
      nur_auf_einem_ohr:-1.5 nur_auf_einer_seite:-1.2 rauscht:-1.2 rauschen:-1.2 papierstau:-1.5
      quietscht:-1.5 quietschen:-1.2 wackelt:-1.5 klappert:-1.5 knarzt:-1.5 knarrt:-1.5 knarzen:-1.2 brummt_laut:-1.5
      ${cross(DE_NOISY, "brummt klappert hakt klemmt", -1.5)}`,
  },
  pl: {
    product_quality: `bubel bubl*
      pękł:-1.5 pękła:-1.5 pękło:-1.5 pękły:-1.5 pęka:-1.2 pękają:-1.2 popękał*:-1.5 pęknięt*:-1.2
      się_złamał*:-1.5 złamał*_się:-1.5 się_połamał*:-1.5 połamał*_się:-1.5
      farba_zeszła:-1.5 farba_schodzi:-1.5 zeszła_farba:-1.5 schodzi_farba:-1.5 lakier_zszedł:-1.5
      lakier_schodzi:-1.5 zszedł_lakier:-1.5 nadruk_zszedł:-1.5 nadruk_schodzi:-1.5 nadruk_się_ściera:-1.5
      rozleciał*:-1.8 rozlatuje_się:-1.5 wystrzępił*:-1.5 strzępi_się:-1.2 się_strzępi*:-1.2
      zardzewiał*:-1.5 rdzewieje:-1.2 rdzewieją:-1.2 cieknie:-1.2 rozdarł*:-1.5 rozerwał*_się:-1.5
      się_rozerwał*:-1.5 podarł*_się:-1.5 się_podarł*:-1.5 padł_po:-1.8 padła_po:-1.8 padło_po:-1.8
      padły_po:-1.8 bateria_padła:-1.8 akumulator_padł:-1.8 nie_włącza_się:-1.5 przestał*_się_włączać:-1.8
      choć_w_opisie:-1.2 chociaż_w_opisie:-1.2 mimo_że_w_opisie:-1.2 mimo_iż_w_opisie:-1.2
      przegrzewa_się:-1.5 się_przegrzewa:-1.5 bardzo_się_nagrzewa:-1.5 nagrzewa_się_bardzo:-1.5 spalił*_się:-1.8
      się_spalił*:-1.8 przepalił*_się:-1.8 się_przepalił*:-1.8 przerdzewiał*:-1.8 pojawiła_się_rdza:-1.5
      tylko_na_jedno_ucho:-1.5 tylko_jedna_słuchawka:-1.5 tylko_z_jednej_strony:-1.2 papier_się_zacina:-1.5
      zacina_się_papier:-1.5
      skrzypi:-1.5 skrzypią:-1.5 trzeszczy:-1.5 trzeszczą:-1.5 piszczy:-1.2 piszczą:-1.2 buczy:-1.8 buczą:-1.8
      grzechocze:-1.5 grzechoczą:-1.5 klekocze:-1.5 się_chwieje:-1.5 się_chwieją:-1.5 chwieją_się:-1.5`,
  },
  fr: {
    product_quality: `s'effiloche*:-1.5 effiloché*:-1.5 rouillé*:-1.5 a_rouillé:-1.5 rouille_déjà:-1.5
      couleurs_ont_passé:-1.5 couleur_a_passé:-1.5 ont_passé_au_lavage:-1.5 a_passé_au_lavage:-1.5
      rendu_l'âme:-2 bouloche*:-1.5 s'est_déchiré*:-1.5 se_déchire:-1.2 s'est_fissuré*:-1.5 fissuré*:-1.2
      alors_que_c'est_indiqué:-1.2 alors_qu'il_est_indiqué:-1.2 alors_que_c'est_écrit:-1.2
      alors_que_la_description:-1.2 alors_que_l'annonce:-1.2
      surchauffe*:-1.5 chauffe_beaucoup:-1.5 chauffe_énormément:-1.5 devient_brûlant*:-1.5 a_grillé:-1.8 a_cramé:-1.8
      d'un_seul_côté:-1.5 un_seul_écouteur_fonctionne:-1.5 bourrage*:-1.5 rouille_partout:-1.5
      grince:-1.5 grincent:-1.5 bancal*:-1.5 branlant*:-1.5 bourdonne:-1.8 bourdonnent:-1.8 bourdonnement:-1.2
      couine:-1.2 couinent:-1.2 cliquetis:-1.2 a_du_jeu:-1.2 ça_claque_à_l'intérieur:-1.2`,
  },
  it: {
    product_quality: `si_sfilaccia*:-1.5 sfilacciat*:-1.5 arrugginit*:-1.5 arrugginisc*:-1.2
      smesso_di_caricare:-1.8 smesso_di_caricarsi:-1.8 non_carica_più:-1.8 non_si_carica_più:-1.8
      non_tiene_la_carica:-1.5 anche_se_dice_che_è_compatibile:-1.2 anche_se_c'è_scritto:-1.2
      anche_se_nella_descrizione:-1.2 nonostante_la_descrizione:-1.2 anche_se_è_indicato:-1.2
      si_surriscalda:-1.5 surriscald*:-1.5 scalda_tantissimo:-1.5 si_è_bruciat*:-1.8 si_è_fuso:-1.5 si_è_fusa:-1.5
      solo_da_un_lato:-1.2 funziona_solo_un:-1.5 si_inceppa*:-1.5 inceppa*:-1.5 pieno_di_ruggine:-1.5
      cigola:-1.5 cigolano:-1.5 traballa:-1.5 traballano:-1.5 traballante:-1.5 ronza:-1.8 ronzano:-1.8 ronzio:-1.2
      scricchiola:-1.5 scricchiolano:-1.5 sbatte_dentro:-1.2
      ${cross("gamba gambe piede piedi ruota ruote manico sedile tavolo sedia", "balla ballano", -1.5)}`,
  },
  es: {
    product_quality: `se_agrietó:-1.5 se_ha_agrietado:-1.5 se_agrieta:-1.2 agrietad*:-1.2 se_deshilacha*:-1.5
      deshilachad*:-1.5 se_ha_deshilachado:-1.5 se_oxidó:-1.5 se_oxida:-1.2 se_ha_oxidado:-1.5 oxidad*:-1.5
      se_rasgó:-1.5 se_ha_rasgado:-1.5 se_rasga:-1.2 se_estropeó:-1.8 se_ha_estropeado:-1.8 se_estropea:-1.2
      aunque_dice_que_es_compatible:-1.2 aunque_pone_que_es_compatible:-1.2 aunque_pone_compatible:-1.2
      aunque_en_la_descripción:-1.2 aunque_la_descripción:-1.2
      se_calienta_mucho:-1.5 se_calienta_muchísimo:-1.5 se_sobrecalienta:-1.8 sobrecalienta*:-1.5 se_quemó:-1.8
      se_ha_quemado:-1.5 se_fundió:-1.5 solo_por_un_lado:-1.2 solo_suen*_por:-1.5 solo_suena_un:-1.5 solo_funciona_un:-1.5 se_atasca*:-1.5
      lleno_de_óxido:-1.5
      chirría:-1.5 chirrían:-1.5 rechina:-1.5 rechinan:-1.5 hace_un_zumbido:-1.5 hace_zumbido:-1.5 zumbido_constante:-1.5 suelto_por_dentro:-1.5 suelta_por_dentro:-1.5
      tiene_holgura:-1.2 ${cross(ES_NOISY, "cruje crujen cojea cojean zumba zumban", -1.5)}
      ${cross("pata patas pie rueda ruedas mango asiento", "baila bailan", -1.5)}`,
  },
};
