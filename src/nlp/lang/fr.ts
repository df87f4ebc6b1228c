import type { LanguagePack } from "../types.js";

export const fr: LanguagePack = {
  code: "fr",
  functionWords: `le la les de des du un une et est pas ne je tu il elle nous vous ils elles ce cette ces
    que qui quoi pour dans sur avec mais ou où au aux mon ma mes ton ta tes son sa ses leur leurs
    c j n l qu d m s très plus bien être avoir ai as avons avez ont été suis es sommes êtes sont fait
    tout tous rien toujours encore déjà aussi comme chez moi toi lui y en on merci`,
  negators: `ne n pas jamais rien aucun aucune sans ni guère nullement plus_jamais zéro`,
  intensifiers: `très trop vraiment tellement totalement complètement absolument extrêmement super hyper
    vachement grave hyper-vraiment particulièrement incroyablement tant fort carrément`,
  diminishers: `peu un_peu légèrement assez plutôt presque moyennement quelque_peu`,
  contrast: "mais cependant pourtant toutefois néanmoins quoique malgré sauf",
  positive: `bien:1.6 bon:1.9 bonne*:1.9 bons:1.9 super:2.8 génial*:3 excellent*:3.2 parfait*:2.7
    formidable*:3 magnifique*:2.9 merveilleu*:2.9 superbe*:2.9 top:2.5 bravo:2.5 merci:1.9 content*:2.1
    satisfait*:2.1 heureu*:2.7 ravi*:2.7 aime:2.6 adore*:3 j'adore:3 recommand*:2.2 rapide*:1
    rapidement:1 efficace*:2 fiable*:1.8 sympa*:2 gentil*:2.2 aimable*:2.2 agréable*:2.2 professionnel*:2.2
    impeccable*:2.8 nickel:2.5 conforme*:1.5 joli*:2 beau:2.2 belle*:2.2 cool:1.3 chouette:2.2 meilleur*:3
    félicit*:2.5 plaisir:2.2 bonheur:2.8 espoir:1.2 réussi*:2.2 génialissime:3 enfin:0.5 mdr:1 lol:1
    drôle*:1.8 gagné*:2 victoire*:2.2 contente:2.1 fier*:2 incroyable*:1.5 extra:2.3 cool:1.3
    j'ai_hâte:2 vivement:1.5 moins_cher:1 moins_chère:1 moins_chers:1 moins_chères:1`,
  negative: `sans_raison:-1 sans_explication:-1 sans_prévenir:-1 contrefaçon*:-2.3 contrefait*:-2.3 faux:-1.2 fausse:-1.2 mauvais*:-2.5 mal:-1.8 nul:-2.5 nulle*:-2.5 nuls:-2.5 horrible*:-2.9 affreu*:-2.9 terrible*:-2.5
    catastroph*:-3 lamentable*:-2.8 déçu*:-2.3 décevant*:-2.3 déception*:-2.3 mécontent*:-2.3
    insatisfait*:-2.3 énervé*:-2.3 furieu*:-2.9 colère:-2.5 scandal*:-2.9 honte*:-2.7 inadmissible*:-2.8
    inacceptable*:-2.8 arnaque*:-3 arnaqué*:-3 escroc*:-3 escroquer*:-3 voleur*:-2.9 volé*:-2.5
    cassé*:-2.2 endommagé*:-2.1 abîmé*:-2.1 défectueu*:-2.3 retard*:-1.6 perdu*:-1.6 manquant*:-1.6
    problème*:-1.5 souci*:-1.3 erreur*:-1.6 plainte*:-1.8 réclamation*:-1.6 malheureusement:-1.5
    dommage:-1.5 triste*:-2.2 peur:-2 haine:-2.8 déteste*:-2.7 merde*:-2.6 putain:-2 chiant*:-2.3
    pourri*:-2.6 naze*:-2.3 grave:-0.5 fuyez:-3 à_éviter:-2.8 éviter:-1.5 jamais_plus:-2.8 plus_jamais:-2.8
    incompétent*:-2.5 impoli*:-2.3 désagréable*:-2.3 méprisant*:-2.5 inutile*:-2 cher:-0.8 chère*:-0.8
    trop_cher:-2 hors_de_prix:-2.3 toujours_pas:-1.8 aucune_réponse:-2.2 pas_de_réponse:-2.2
    sans_réponse:-2.2 attente*:-1 attendre:-0.8 mort*:-2.2 tué*:-2.6 guerre*:-2.8 crise*:-2 danger*:-2
    malade*:-1.8 douleur*:-2.2 pire*:-3 inquiet*:-1.8 inquiétude*:-1.8 stress*:-1.8 fatigué*:-1.4
    galère*:-2.2 marre:-2.3 ras_le_bol:-2.5 dégoût*:-2.7 dégueulasse*:-2.8 débile*:-2.2 con:-2 conne*:-2
    connard*:-2.8 chômage:-1.8 menace*:-2 attentat*:-3 violence*:-2.6 hélas:-1.5 bof:-1
    trop_grand*:-1.5 trop_petit*:-1.5 trop_serré*:-1.5 ne_vaut_pas:-1.8 vaut_pas:-1.8
    aurait_été_bien:-1.8 aurait_été_sympa:-1.8 aurait_été_gentil:-1.8 aurait_été_bon:-1.8 aurait_été_agréable:-1.8 aurait_été_appréciable:-1.8 auriez_pu:-1.5`,
  complaint: `plainte* réclamation* toujours_pas toujours_rien aucune_réponse pas_de_réponse sans_réponse
    jamais_reçu pas_reçu jamais_arrivé pas_arrivé où_est j'attends attends_toujours arnaque* inadmissible*
    inacceptable* remboursement* ne_fonctionne_pas marche_pas fonctionne_pas déçu*`,
  topics: {
    delivery: {
      subject: `livraison* livr* colis envoi* expédi* transporteur* livreur* coursier* poste la_poste
        chronopost colissimo dhl ups dpd gls fedex mondial_relay suivi* point_relais`,
      problem: `arrivé_ouvert colis_ouvert bloqué_en_douane bloqué_à_la_douane livré_chez_un_voisin laissé_chez_un_voisin sans_avis_de_passage retard* en_retard jamais_reçu pas_reçu pas_encore_reçu jamais_arrivé pas_arrivé
        toujours_pas_reçu toujours_pas_arrivé jamais_livré pas_livré non_livré colis_perdu perdu*
        colis_endommagé colis_abîmé arrivé_cassé arrivé_abîmé où_est_mon_colis où_est_ma_commande
        j'attends_mon_colis j'attends_ma_commande mauvaise_adresse déposé_devant livré_mais
        bloqué_en bloqué_au bloqué_depuis colis_bloqué égaré* écrasé* marqué_comme_livré
        indiqué_livré retourné_à_l'expéditeur`,
    },
    product_quality: {
      subject: "produit* article* qualité matériel* appareil* batterie* écran* taille",
      problem: `défectueu* cassé* endommagé* abîmé*
        mauvaise_qualité qualité_médiocre piètre_qualité de_mauvaise_qualité bas_de_gamme
        pas_conforme non_conforme contrefaçon* faux_produit déchiré* rayé* périmé* moisi* fuit fuite
        tombé_en_panne en_panne inutilisable*
        mal_fini mal_cousu décousu* délavé* décoloré* fissuré*
        pas_comme_sur_la_photo ne_ressemble_pas
        décoll*
        trop_grand* trop_petit* trop_serré* bouloch* tombé_en_morceaux ne_vaut_pas vaut_pas`,
    },
    order_error: {
      subject: "commande* commandé* article*",
      problem: `mauvais_article mauvaise_taille mauvaise_couleur mauvais_produit erreur_de_commande
        erreur_dans_ma_commande article_manquant articles_manquants il_manque manque_un manque_une
        commande_incomplète incomplet* pas_ce_que_j'ai_commandé au_lieu_du au_lieu_de_la reçu_un_autre
        colis_vide boîte_vide arrivé_vide arrivée_vide pièce_manquante pièces_manquantes`,
    },
    customer_service: {
      subject: `service_client service_clients sav support conseiller* conseillère* hotline standard
        personnel vendeu* agent* mail* e-mail* courriel* téléphone* chat
        chatbot bot ticket*`,
      problem: `aucune_réponse pas_de_réponse sans_réponse ne_répond_pas répond_pas ne_répondent_pas
        répondent_pas injoignable* impossible_de_joindre impossible_à_joindre ignor* impoli* désagréable*
        incompétent* méprisant* raccroch* en_attente personne_ne_répond toujours_aucune_nouvelle
        aucune_nouvelle jamais_rappelé
        personne_ne_rappelle réponse_automatique`,
    },
    price: {
      subject: "prix tarif* coût* frais cher chère réduction* code_promo promo* coupon*",
      problem: `trop_cher hors_de_prix augmentation_de_prix prix_augmenté hausse_des_prix erreur_de_prix
        mauvais_prix prix_affiché facturé_plus surfactur* frais_cachés frais_supplémentaires arnaque_sur_le_prix
        code_promo_ne_fonctionne_pas réduction_non_appliquée`,
    },
    payment: {
      subject: `paiement* prélev* payé* payer paye carte carte_bancaire cb paypal virement* prélèvement* transaction*
        débit* débité* réservation*
        klarna apple_pay google_pay paylib 3d_secure a_facturé avez_facturé ont_facturé été_facturé été_facturée`,
      problem: `paiement_ne_passe_pas carte_ne_passe_pas paiement_refusé paiement_échoué échec_du_paiement carte_refusée refusé débité_deux_fois
        prélevé_deux_fois payé_deux_fois double_paiement double_prélèvement deux_prélèvements deux_débits 2_prélèvements
        2_débits double_débit impossible_de_payer
        erreur_de_paiement erreur_lors_du_paiement payé_mais débité_mais prélevé_mais
        paiement_bloqué problème_de_paiement arrive_pas_à_payer
        argent_prélevé argent_a_disparu argent_disparu aucune_confirmation_de_commande pas_de_confirmation_de_commande
        non_payée non_payé impayé* marquée_comme_non_payée me_relance_pour me_relancent_pour relance_de_paiement
        recouvrement fais_opposition faire_opposition ferai_opposition faire_une_opposition
        opposition_bancaire litige_paypal ouvrir_un_litige chargeback facturé_deux_fois paiement_bloqué_en_attente`,
    },
    returns_refunds: {
      subject: "rembours* retour* renvoy* échange* avoir argent* rétractation",
      problem: `pas_remboursé toujours_pas_remboursé jamais_remboursé aucun_remboursement
        pas_de_remboursement attends_mon_remboursement attente_de_remboursement remboursement_refusé
        retour_refusé refusent_le_retour refusent_de_rembourser refus_de_remboursement
        où_est_mon_remboursement rendre_mon_argent récupérer_mon_argent
        je_veux_être_remboursé je_veux_un_remboursement remboursez_moi
        exige_le_remboursement rendez_moi_mon_argent étiquette_de_retour`,
    },
    fraud: {
      subject: "arnaque* escroc* escroquerie* fraude* frauduleu* faux chargeback",
      problem: `arnaque arnaqué* arnaqueur* escroc* escroquerie* fraude frauduleu* faux_site faux_magasin
        site_frauduleux boutique_fantôme voleur* volé_mon_argent jamais_rien_envoyé scam`,
    },
    security: {
      subject: "compte* mot_de_passe données* sécurité fuite* phishing hameçonnage",
      problem: `piraté* pirate* piratage* hacké* hacker* fuite_de_données données_volées données_piratées
        fuite_des_données phishing hameçonnage faux_mail* faux_sms compte_compromis compromis*
        usurpation_d'identité non_autorisé*`,
    },
    outage: {
      subject: "site* appli* application* serveur* connexion* système* page*",
      problem: `site_en_panne site_down site_inaccessible appli_ne_marche_pas application_ne_fonctionne_pas
        ne_charge_pas impossible_de_se_connecter impossible_de_me_connecter connexion_impossible
        impossible_de_commander impossible_de_passer_commande panne* en_panne bug* bugue plantage plante
        erreur_500 erreur_serveur inaccessible* hors_service hors_ligne
        crash* page_blanche arrive_pas_à_me_connecter arrive_pas_à_commander
        arrive_pas_à_accéder`,
    },
  },
  expected: {
    fraud: "vrai vraie vrais vraies original originale originaux authentique authentiques",
    delivery: `arrivé arrivée arrivés arrivées livré livrée livrés livrées expédié expédiée expédiés envoyé
      envoyée envoyés parvenu parvenue`,
    customer_service: "répondu répond répondent rappelé rappelée rappeler recontacté aidé",
    returns_refunds: "remboursé remboursée remboursés rembourse remboursent recrédité",
    outage: "charge connecter",
    order_error: "inclus incluse",
    receive: "reçu reçue reçus reçues recevoir reçois reçoit",
    work: "fonctionne fonctionnent fonctionnait marche marchent marchait",
  },
  requests: `comment_je_fais comment_on_fait comment combien quand quel quelle quels quelles est_ce_que est_ce_qu puis_je je_peux peut_on on_peut
    pouvez_vous avez_vous vous_avez vous_livrez livrez_vous vous_acceptez acceptez_vous vous_proposez
    proposez_vous vous_faites faites_vous vous_expédiez expédiez_vous y_a_t_il il_y_a est_il_possible
    c'est_possible où_puis_je où_trouver`,
  impatience: "enfin",
  closings:
    "merci merci_beaucoup merci_d'avance cordialement bien_à_vous bonne_journée bonne_soirée salutations",
  churnVerbs:
    "commanderai commanderons commander achèterai achèterons achète acheter reviendrai reviendrons revenir recommanderai recommanderons recommander utiliserai utiliser",
  again: "plus",
  thanksFor: "merci_pour merci_de merci_d",
  praiseTails: "travail boulot service",
  wishes:
    "je_voudrais je_souhaite je_souhaiterais je_veux j'aimerais je_dois merci_de pourriez_vous svp s'il_vous_plaît",
  ownReasons:
    "par_erreur me_suis_trompé me_suis_trompée suis_trompé suis_trompée changé_d'avis pas_mon_style mon_erreur",
  whys: "pourquoi",
  asks: `où_est_mon où_est_ma où_sont_mes où_en_est où_est_passé où_est_passée quand_vais_je quand_recevrai
    quand_arrivera
    j'attends attends_depuis attends_toujours attendons_depuis est_où_mon est_où_ma sont_où_mes est_ou_mon est_ou_ma où_est_la_suite où_est_le_reste`,
  beside: {
    price: `augmenté augmentée augmentés augmentées augmentent augmentation hausse doublé refus*`,
    payment: "deux_fois double 2_fois en_double doublon identiques 2x x2 deux_reprises au_lieu_de",
    order_error: "annulé annulée annulés annulées",
    returns_refunds: "refus* rejet* rejeté rejetée promis promise",
  },
  crisis: {
    data_breach: "fuite_de_données fuite_des_données données_volées données_piratées vol_de_données",
    hack: "piraté* piratage* hacké* hacker* cyberattaque* ransomware rançongiciel",
    phishing: "phishing hameçonnage faux_mail* faux_sms",
    scam: "arnaque arnaqué* arnaqueur* escroc* escroquerie* fraude frauduleu* faux_site scam",
    poisoning: "intoxication* empoisonn* toxique*",
    recall: "rappel_de_produit* rappel_produit* rappelé* rappel_conso* retiré_de_la_vente retrait_du_marché",
    injury: "blessé* blessure* brûlé* brûlure* explos* électrocut* hospitalisé* hôpital",
    fire: "incendie* pris_feu en_feu surchauffe*",
    lawsuit: "procès plainte_contre avocat* tribunal* poursuite*_judiciaire* action_en_justice",
    boycott: "boycott*",
    contamination: "contaminé* contamination* moisi* insectes verre_dans",
  },
  suffixes: "s x e es ée ées és ment ements er ez ait aient ions eux euse euses ive ives if ifs",
  // "promis" is the translated lexicon's "promise": a refund promised is owed, no praise. "Mot de passe"
  // and "commande passée" name a password and an order placed ("passe" −0.8 in the translated lexicon).
  neutral: "promis promise promises mot_de_passe commande_passée",
};
