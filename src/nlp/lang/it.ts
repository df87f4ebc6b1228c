import type { LanguagePack } from "../types.js";

export const it: LanguagePack = {
  code: "it",
  functionWords: `il lo la i gli le di del della dei delle un una uno e è non che per con su sono ma come
    anche più questo questa questi quello quella mi ti si ci vi ho ha hanno abbiamo avete era erano sei
    siamo siete nel nella nei al alla ai dal dalla sul sulla io tu lui lei noi voi loro mio mia miei tuo
    suo sua perché quando dove cosa chi ancora già sempre molto tutto tutti niente nulla poi ora oggi
    dell all dall nell sull c è ed o né fa fatto essere stato stata grazie prego`,
  negators: `non né mai niente nulla nessuno nessuna nessun senza neanche nemmeno neppure`,
  intensifiers: `molto troppo davvero veramente proprio super assolutamente totalmente completamente
    estremamente incredibilmente così tanto tantissimo particolarmente decisamente parecchio davvero_molto`,
  lows: "poco zero",
  diminishers: `poco un_po' po' leggermente abbastanza piuttosto quasi appena`,
  contrast: "ma però tuttavia eppure comunque invece anche_se sebbene nonostante",
  positive: `granché:1.5 bene:1.8 buon*:1.9 ottim*:3 eccellent*:3.2 perfett*:2.7 fantastic*:2.9 meraviglios*:2.9
    stupend*:2.9 splendid*:2.8 bellissim*:3 bell*:2.2 grazie:1.9 contento*:2.1 contenta*:2.1 content*:2
    soddisfatt*:2.1 felic*:2.7 consiglio:1.8 consiglia*:2 raccomand*:2 veloc*:1 rapid*:1 puntual*:1.8
    gentil*:2.2 cortes*:2.2 disponibil*:1.5 professional*:2.2 competent*:2.2 affidabil*:2 top:2.5
    super:2.8 bravo:2.4 brava:2.4 bravi:2.4 complimenti:2.5 amo:2.8 adoro:3 piace:2 piaciut*:2
    migliore:3 migliori:3 vittoria:2.2 vinto:2 successo:2.2 evviva:2.5 speranza:1.2 ahah:1 allegr*:2.3
    divertent*:2 simpatic*:2.2 geniale:2.7 grande:1.2 grandi:1.2 fiero:2 orgoglio*:2 pace:1.8 forza:1.5
    conforme:1.5 impeccabil*:2.8
    non_vedo_l'ora:2 non_vediamo_l'ora:2 meno_caro:1 meno_cara:1 meno_cari:1 meno_care:1 costa_meno:1 costano_meno:1`,
  negative: `senza_motivo:-1 senza_spiegazion*:-1 senza_preavviso:-1 contraffa*:-2.3 taroccat*:-2.3 tarocc*:-2.3 falso:-1.8 falsa:-1.8 falsi:-1.8 false:-1.8 senza_vergogna:-2.8 vaffanculo:-2.8 che_palle:-2.2 palle:-1 demenzial*:-2.3 buffon*:-2.3
    porcat*:-2.5 insensat*:-2 deleteri*:-2.3 ciofeca:-2.3 pazzesc*:-1 stufo:-2 stufa:-2
    ancora_non:-1 non_ancora:-1 nessuno_risponde:-2.2 nessuno_mi_risponde:-2.2 mai_arrivato:-2.2
    mai_arrivata:-2.2 non_funziona:-1.8 male:-1.8 mal:-1.5 cattiv*:-2.5 pessim*:-3 orribil*:-2.9 terribil*:-2.9 schif*:-2.9
    vergogn*:-2.8 delus*:-2.3 deludent*:-2.3 insoddisfatt*:-2.3 arrabbiat*:-2.6 incazzat*:-2.9
    scandal*:-2.9 inaccettabil*:-2.8 inammissibil*:-2.8 vergognoso:-2.9 truffa*:-3 truffat*:-3
    truffator*:-3 ladr*:-2.9 rubat*:-2.5 rott*:-2.2 danneggiat*:-2.1 difettos*:-2.3 guast*:-2.2
    ritardo:-1.6 ritardi:-1.6 in_ritardo:-1.6 perso:-1.6 persa:-1.6 smarrit*:-1.8 mancant*:-1.6
    problema:-1.5 problemi:-1.5 errore:-1.6 errori:-1.6 reclamo:-1.8 reclami:-1.8 purtroppo:-1.5
    peccato:-1.5 triste*:-2.2 paura:-2 odio:-2.8 merda:-2.6 cazzo:-2 schifo:-2.9 fa_schifo:-3
    sconsiglio:-2.8 evitate:-2.5 evitare:-1.8 mai_più:-2.8 incompetent*:-2.5 scortes*:-2.3 maleducat*:-2.5
    inutil*:-2 caro:-0.5 costos*:-1 ancora_niente:-1.8 nessuna_risposta:-2.2 attesa:-0.8 morto:-2.2
    morti:-2.2 guerra:-2.8 crisi:-2 pericol*:-2 malat*:-1.8 dolore:-2.2 peggio:-2.5 peggior*:-3
    preoccupat*:-1.8 stanc*:-1.4 basta:-1.5 ridicol*:-2 assurd*:-2 vergognatevi:-3 disastr*:-2.9
    disgust*:-2.8 schifos*:-2.9 minacc*:-2 violenz*:-2.6 attentat*:-3 tasse:-1 ladri:-2.9 crollo:-2
    fallit*:-2 fallimento:-2.3 disoccupa*:-1.8 povert*:-2 falso:-1.8 falsi:-1.8 bugi*:-2.3 sfiga:-2
    incubo:-2.8 rabbia:-2.6
    troppo_grand*:-1.5 troppo_piccol*:-1.5 troppo_strett*:-1.5
    sarebbe_stato_carino:-1.8 sarebbe_stato_bello:-1.8 sarebbe_stato_gentile:-1.8 sarebbe_stato_utile:-1.8 sarebbe_stato_opportuno:-1.8 avreste_potuto:-1.5`,
  complaint: `reclamo reclami reclamare ancora_niente ancora_nessun* nessuna_risposta non_risponde mai_arrivato
    mai_ricevuto non_ricevuto non_arrivato dov'è aspetto_ancora sto_aspettando truffa* vergogn* inaccettabil*
    rimborso non_funziona delus*`,
  topics: {
    delivery: {
      subject: `consegn* spedizion* spedit* pacco pacchi corrier* bartolini brt sda gls dhl ups poste
        postino tracking tracciamento arriv*`,
      problem: `arrivato_aperto arrivata_aperta pacco_aperto bloccato_in_dogana fermo_in_dogana ritardo ritardi in_ritardo mai_arrivato non_arrivato non_è_arrivato ancora_non_arrivato
        non_ancora_arrivato mai_consegnato non_consegnato pacco_perso pacco_smarrito smarrit* perso
        pacco_danneggiato arrivato_rotto arrivato_danneggiato dov'è_il_mio_pacco dov'è_il_mio_ordine
        aspetto_il_pacco aspetto_ancora indirizzo_sbagliato consegnato_ma
        fermo_in fermo_da bloccato_in giacenza schiacciat* ammaccat* segnato_come_consegnato
        risulta_consegnato reso_al_mittente`,
    },
    product_quality: {
      subject: "prodott* articol* qualità material* dispositiv* batteria schermo taglia",
      problem: `difettos* rott* danneggiat* guast* scarsa_qualità bassa_qualità
        pessima_qualità qualità_scadente scadent* non_conforme non_corrisponde diverso_dalla_foto
        contraffatt* falso strappat* graffiat* scadut* muff* perde si_è_rotto si_è_rotta inutilizzabil*
        fatto_male cucito_male scucit* sbiadit* scolorit* crepat*
        non_come_in_foto
        troppo_grand* troppo_piccol* troppo_strett* pallini pelucch*`,
    },
    order_error: {
      subject: "ordin* articol*",
      problem: `articolo_sbagliato prodotto_sbagliato taglia_sbagliata colore_sbagliato ordine_sbagliato
        sbagliato_articolo manca manca_un mancano articolo_mancante articoli_mancanti ordine_incompleto
        incomplet* non_è_quello_che_ho_ordinato al_posto_di invece_di ricevuto_un_altro
        pacco_vuoto scatola_vuota arrivato_vuoto arrivata_vuota pezzi_mancanti pezzo_mancante`,
    },
    customer_service: {
      subject: `servizio_clienti assistenza assistenza_clienti supporto operator* personale addett*
        commess* call_center numero_verde mail* email* telefon* chat
        chatbot bot ticket*`,
      problem: `nessuna_risposta non_risponde non_rispondono non_rispondete irraggiungibil* impossibile_contattare
        impossibile_parlare ignorat* ignora* scortes* maleducat* incompetent* riattaccat* in_attesa
        nessuno_risponde mai_richiamato
        nessuno_richiama risposta_automatica`,
    },
    price: {
      subject: "prezz* cost* tariff* caro cara spese sconto* coupon* codice_sconto promo*",
      problem: `troppo_caro troppo_cara prezzo_aumentato aumento_dei_prezzi aumento_prezzi prezzo_sbagliato
        errore_di_prezzo addebitato_di_più costi_nascosti spese_nascoste sovrapprezz* rincar* sconto_non_applicato
        codice_sconto_non_funziona`,
    },
    payment: {
      subject: `pagament* scalat* pagat* pagare pago carta carta_di_credito paypal bonifico* addebit* transazion*
        prenotazion*
        satispay postepay klarna scalapay apple_pay google_pay`,
      problem: `pagamento_rifiutato pagamento_fallito pagamento_non_riuscito carta_rifiutata rifiutat*
        addebitato_due_volte pagato_due_volte doppio_addebito doppio_pagamento due_addebiti 2_addebiti
        addebito_doppio impossibile_pagare
        non_riesco_a_pagare errore_nel_pagamento errore_di_pagamento pagato_ma addebitato_ma
        addebito_doppio pagamento_bloccato
        soldi_scalati scalati_ma soldi_spariti nessuna_conferma_d'ordine nessuna_conferma_dell'ordine
        risulta_non_pagato non_pagato non_pagata continua_a_chiedermi mi_sollecita sollecito_di_pagamento chargeback contestazione_su_paypal
        apro_una_contestazione pagamento_in_sospeso`,
    },
    returns_refunds: {
      subject: "rimbors* reso resi restitu* sostituzion* soldi_indietro recesso",
      problem: `nessun_rimborso mai_rimborsato non_rimborsato ancora_nessun_rimborso aspetto_il_rimborso
        in_attesa_del_rimborso rimborso_negato rimborso_rifiutato reso_rifiutato rifiutano_il_reso
        rifiutano_il_rimborso dov'è_il_mio_rimborso rivoglio_i_miei_soldi ridatemi_i_soldi soldi_indietro
        voglio_il_rimborso voglio_essere_rimborsato restituitemi etichetta_di_reso`,
    },
    fraud: {
      subject: "truff* frod* fals* chargeback",
      problem: `contraffa* tarocc* truffa truffe truffato truffata truffatori truffator* frode fraudolent* sito_falso
        negozio_falso sito_truffa ladri ladro rubato_i_soldi mai_spedito_nulla scam`,
    },
    security: {
      subject: "account* password dati sicurezza phishing",
      problem: `hackerat* hacker* violat* violazione_dei_dati furto_di_dati dati_rubati fuga_di_dati
        dati_trapelati phishing email_falsa email_false sms_falso account_compromesso compromess*
        furto_d'identità non_autorizzat*`,
    },
    outage: {
      subject: "sito* app applicazion* server* login accesso sistema piattaforma",
      problem: `down sito_down sito_non_funziona app_non_funziona sito_irraggiungibile non_carica
        impossibile_accedere non_riesco_ad_accedere non_riesco_ad_entrare impossibile_ordinare
        non_riesco_a_ordinare disservizio* malfunzionament* guasto bloccat* crash errore_500
        errore_del_server fuori_servizio offline
        si_blocca si_chiude crasha va_in_crash non_si_apre pagina_bianca`,
    },
  },
  expected: {
    fraud: "originale originali autentic* vero vera veri vere",
    delivery: `arrivato arrivata arrivati arrivate arriva arrivano consegnato consegnata consegnati consegnate
      spedito spedita spediti spedite giunto giunta pervenuto pervenuta`,
    customer_service: "risposto risponde rispondono rispondete richiamato richiamano ricontattato aiutato",
    returns_refunds:
      "rimborsato rimborsata rimborsati rimborsano restituito restituita restituiti riaccreditato",
    outage: "carica caricano accedere entrare",
    order_error: "incluso inclusa inclusi",
    receive: "ricevuto ricevuta ricevuti ricevute ricevo",
    work: "funziona funzionano funzionava",
  },
  requests: `come_annullo come_cancello come_cambio come_restituisco come_rendo come_pago come_traccio come_contatto come_posso come_possiamo come_faccio come_si come_devo come_funziona quanto quanta quanti quante
    quale quali qual quando posso possiamo potete si_può è_possibile c'è ci_sono avete offrite spedite
    accettate fate dove_posso`,
  impatience: "finalmente una_buona_volta",
  closings: "grazie grazie_mille grazie_in_anticipo saluti cordiali_saluti distinti_saluti buona_giornata",
  churnVerbs:
    "comprerò compreremo compro comprare ordinerò ordineremo ordino ordinare acquisterò acquistare tornerò torneremo torno tornare consiglierò consigliare userò usare prenoterò prenotare",
  again: "più",
  thanksFor: "grazie_per grazie_di grazie_mille_per",
  praiseTails: "lavoro servizio",
  wishes: "vorrei voglio devo ho_bisogno_di per_favore potreste",
  ownReasons:
    "ho_sbagliato per_errore ho_cambiato_idea cambiato_idea non_è_il_mio_stile non_sono_il_mio_stile mio_errore",
  whys: "perché perchè perche come_mai",
  asks: `dov'è_il_mio dov'è_la_mia dove_è_il_mio dove_è_la_mia dove_sono_i_miei dov'è_finito dov'è_finita
    che_fine_ha_fatto quando_arriva quando_arriverà quando_riceverò quando_avrò
    aspetto_da aspetto_ancora sto_aspettando attendo_da attendo_ancora aspettiamo_da dove_è_finito dove_è_finita dov'è_il_resto dove_è_il_resto`,
  beside: {
    price: `aumentat* aumento aumentano rincar* raddoppiat* rifiut*`,
    payment: "due_volte doppio doppia 2_volte uguali identici duplicat* 2x x2 invece_di",
    order_error: "annullat* cancellat*",
    returns_refunds: "rifiut* negat* nega negano promesso promessa",
  },
  crisis: {
    data_breach: "violazione_dei_dati furto_di_dati dati_rubati fuga_di_dati dati_trapelati data_breach",
    hack: "hackerat* hacker* attacco_informatico cyberattacco ransomware",
    phishing: "phishing email_falsa email_false sms_falso",
    scam: "truffa truffe truffato truffata truffatori frode fraudolent* sito_falso scam",
    poisoning: "intossicazion* avvelenament* avvelenat* tossic*",
    recall: "richiamo_del_prodotto richiamat* ritirato_dal_mercato ritiro_dal_mercato richiamo_prodotto",
    injury: "ferit* ustion* ustionat* esplos* folgorat* ospedale ospedalizzat*",
    fire: "incendio* preso_fuoco in_fiamme surriscald*",
    lawsuit: "causa_legale denuncia* avvocat* tribunale class_action",
    boycott: "boicott*",
    contamination: "contaminat* contaminazion* muffa insetti vetro_nel",
  },
  suffixes:
    "a e i o he hi ità mente amente are ere ire ato ata ati ate ito ita iti ite uto uta uti ute issimo issima",
  // Italian words English reads as its own ("dire", "sue", "fine", "alle") and courtesy and function words
  // the translated list scored ("prego", "scusi", "pure" = also, "subito" = at once, "parte",
  // "questione" = matter); "attenzione" warns; greetings judge nothing.
  neutral: `customer_care gestito gestita gestire carica carico caricare promesso promessa dire sue fine alle pure po certo prego scusa scusi subito aspetta mente parte parti partita
    partito partiti voler interessi attenzione questione chiaro buongiorno buonasera buonanotte vestito foro rosa`,
};
