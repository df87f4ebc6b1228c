import type { LanguagePack } from "../types.js";

export const de: LanguagePack = {
  code: "de",
  functionWords: `der die das und ist nicht ich du er sie es wir ihr mit von zu auf für den dem des ein eine
    einen einem einer auch noch aber wie was wenn wird wurde sind war habe hat haben bin bei nach aus
    schon nur mal so doch oder mir mich dir uns euch kein keine keinen immer wieder seit über heute dass
    weil noch sehr jetzt hier da ja nein nichts danke bitte`,
  // Words of their own that a lexicon word with "ä"/"ö"/"ü" typed as "a"/"o"/"u" would take (fifteenth pass).
  plainWords: `ware waren halt lost konnt konnte konnten konntet wurden wurdest gute achten fordern fordert
    forderung forderungen gefordert rachen racht rucken satze schatze trage tragen warme warmen tauschen tausche
    tauscht tauschung gedruckt bedruckt drucken losen losung losungen harter mochte mochten musste mussten
    hatte hatten zahlen schwul lugt`,
  negators: `nicht nie niemals kein keine keinen keinem keiner keines nichts niemand ohne weder nirgends nix nich`,
  intensifiers: `sehr total völlig absolut extrem echt wirklich super mega richtig so zu unglaublich
    besonders äußerst höchst ziemlich krass voll total ganz unheimlich wahnsinnig furchtbar`,
  lows: "wenig null",
  notOnly: "nicht_nur",
  diminishers: `etwas bisschen wenig kaum leicht eher einigermaßen teilweise fast relativ`,
  contrast: "aber jedoch doch allerdings obwohl trotzdem dennoch sondern leider_aber",
  positive: `gut:1.9 respekt:2 hut_ab:2.2 gute*:1.9 guter:1.9 gutes:1.9 toll*:2.8 super:2.8 klasse:2.5 prima:2.5 spitze:2.8
    perfekt*:2.7 hervorragend*:3.1 ausgezeichnet*:3.1 exzellent*:3.1 wunderbar*:2.8 großartig*:3
    fantastisch*:2.9 genial*:2.8 schön*:2.2 freundlich*:2.2 hilfsbereit*:2.2 nett*:2 zufrieden*:2.1
    empfehl*:2.3 empfehlenswert*:2.6 danke:1.9 dank:1.4 vielen_dank:2.2 schnell*:1 zuverlässig*:2
    kompetent*:2.2 professionell*:2.2 freu*:2.3 glücklich*:2.7 begeistert*:2.9 liebe:2.5 lieb*:2
    beste:3 besten:3 bester:3 bestes:3 bestem:3 bestens:3 top:2.5 einwandfrei*:2.5 problemlos*:2 reibungslos*:2 wie_beschrieben:1.5
    preiswert*:1.5 günstig*:1.3 lecker*:2.3 cool*:1.3 geil*:2 juhu:2.2 yay:2.2 erfolg*:2 gewonnen:2.1
    gelungen*:2.2 spaß:2.2 hoffnung*:1 lustig*:1.8 sympathisch*:2.2 angenehm*:2 gefällt:2 gefallen:1.8 gefiel*:1.8 mag:1.5 mögen:1.5 lieben:2.5 liebt:2.5
    kann_es_kaum_erwarten:2 besser_geht's_nicht:2.8 besser_gehts_nicht:2.8 besser_geht_es_nicht:2.8`,
  negative: `ohne_grund:-1 ohne_erklärung:-1 ohne_vorwarnung:-1 weiger*:-1.5 verweiger*:-1.5 fake:-1.8 fälschung*:-2.3 gefälscht*:-2.3 plagiat*:-2.3 warum:-0.5 wieso:-0.5 weshalb:-0.5 schlecht*:-2.5 schlimm*:-2.5 furchtbar*:-2.9 schrecklich*:-2.9 katastroph*:-3 mies*:-2.3
    miserabel*:-2.8 enttäusch*:-2.3 ärger*:-2.2 verärgert*:-2.5 wütend*:-2.8 sauer:-2.2 frech*:-2.2
    unfreundlich*:-2.3 unverschämt*:-2.8 inkompetent*:-2.5 unprofessionell*:-2.5 unzuverlässig*:-2.2
    unzufrieden*:-2.3 kaputt*:-2.2 defekt*:-2.2 beschädigt*:-2.1 fehlerhaft*:-2.1 mangelhaft*:-2.3
    verspät*:-1.6 verzöger*:-1.5 verloren*:-1.6 fehlt:-1.5 fehlen:-1.5 fehlend*:-1.5 betrug*:-3 betrüg*:-3
    abzock*:-2.8 abgezockt:-2.8 frechheit:-2.8 sauerei:-2.6 skandal*:-2.9 zumutung:-2.8 unmöglich*:-1.8
    inakzeptabel*:-2.8 nie_wieder:-2.8 finger_weg:-2.8 nicht_empfehlen*:-2.5 nervig*:-2 nerv*:-1.6
    leider:-1.5 schade:-1.6 traurig*:-2.2 angst:-2 hass*:-2.8 mist:-2.2 scheiß*:-2.7 scheiss*:-2.7
    kacke:-2.5 dumm*:-2.1 blöd*:-2 peinlich*:-2.2 problem*:-1.5 fehler*:-1.6 beschwer*:-1.8 reklamation*:-1.6
    storn*:-1.2 gekündigt:-1 nutzlos*:-2.3 wertlos*:-2.4 teuer*:-1.2 überteuert*:-2 wucher*:-2.5
    ignorier*:-2 warte_immer_noch:-2.2 immer_noch_nicht:-1.8 keine_antwort:-2.2 keine_rückmeldung:-2.2
    gestohlen*:-2.5 krank*:-1.8 tot:-2 tote*:-2.3 krieg*:-2.8 gefahr*:-1.8 gefährlich*:-2.1 kritik*:-1.5
    versagen*:-2.3 versagt*:-2.3 pleite*:-2 verlust*:-2 schwach*:-1.5 langweilig*:-1.8 ekel*:-2.7
    widerlich*:-2.8 grausam*:-2.8 übel*:-2 unsinn:-1.8 quatsch:-1.5 lüge*:-2.4 lügt:-2.4 gelogen:-2.4
    sinnlos*:-2 lächerlich*:-2.2 lachhaft*:-2.2 hässlich*:-2.2 jämmerlich*:-2.3 bescheuert*:-2.3
    dämlich*:-2.2 dümmer*:-2.1 deprimierend*:-2.2 anstrengend*:-1.5 mühsam*:-1.5 ätzend*:-2.3
    grauenhaft*:-2.8 grauenvoll*:-2.8 geschmacklos*:-2 unverantwortlich*:-2.3 unseriös*:-2.2
    unbrauchbar*:-2.3 ungenießbar*:-2.3 unnütz*:-2 zeitverschwendung:-2.3 geldverschwendung:-2.3
    kotz*:-2.5 zum_kotzen:-2.8 idiot*:-2.5 depp*:-2.3 arschloch*:-2.8 verarsch*:-2.5 wut:-2.3 genervt*:-2
    erschüttert*:-2 überfordert*:-1.5 schmerz*:-1.8 weh:-1.5 tut_weh:-2 bauchweh:-1.8 lahm*:-1.5
    igitt:-2 bäh:-1.8 pfui:-2 kein_bock:-1.8 keinen_bock:-1.8 keine_lust:-1.5 heul*:-1.8 öde:-1.8
    schlimmer_geht's_nicht:-2.8 schlimmer_gehts_nicht:-2.8 schlimmer_geht_es_nicht:-2.8
    vertröstet*:-2 hingehalten:-2 im_stich_gelassen:-2.5 fehlgeschlagen:-1.8 verschollen:-1.8
    zu_groß:-1.5 zu_klein:-1.5 zu_eng:-1.5 billig*_stoff:-1.8 billig*_plastik:-1.8 billig*_material:-1.8 nicht_wert:-1.8
    wäre_schön_gewesen:-1.8 wäre_nett_gewesen:-1.8 wäre_gut_gewesen:-1.8 wäre_toll_gewesen:-1.8 wär_schön_gewesen:-1.8 wär_nett_gewesen:-1.8`,
  complaint: `beschwerde* beschwer* reklamation* reklamier* warte_immer_noch immer_noch_nicht keine_antwort
    keine_rückmeldung nie_angekommen nicht_angekommen nicht_erhalten wo_bleibt wo_ist_mein wo_ist_meine
    abzocke betrug* unverschämt* frechheit zumutung nicht_empfehlen* finger_weg funktioniert_nicht
    geht_nicht kaputt* defekt* erstattung*`,
  topics: {
    delivery: {
      subject: `paket* lieferung* liefer* geliefert versand* verschick* sendung* zustell* kurier* bote*
        post dhl hermes dpd gls ups fedex sendungsverfolgung tracking`,
      problem: `verspät* verzöger* nie_angekommen nicht_angekommen noch_nicht_angekommen nicht_geliefert
        nie_geliefert nicht_zugestellt noch_nicht_da immer_noch_nicht_da verloren* verloren_gegangen
        beschädigt_angekommen beschädigtes_paket paket_beschädigt wo_bleibt_mein wo_bleibt_meine
        wo_ist_mein_paket lieferung_fehlt falsche_adresse vor_der_tür_abgestellt
        zugestellt_aber
        verschollen hängt_fest steckt_fest hängt_seit hängt_im hängt_in steckt_seit steckt_im festgehangen
        zerdrückt eingedrückt lieferverzug*
        lieferverzögerung* zustellproblem* als_zugestellt_markiert angeblich_zugestellt falsch_zugestellt`,
    },
    product_quality: {
      subject: "produkt* artikel* ware qualität material* gerät* akku* display* größe",
      problem: `defekt* kaputt* beschädigt* fehlerhaft* mangelhaft*
        schlechte_qualität minderwertig* billig_verarbeitet schlecht_verarbeitet fällt_auseinander
        nicht_wie_beschrieben entspricht_nicht fälschung* gefälscht* gerissen zerkratzt abgelaufen*
        verschimmelt* schimmel undicht ausgelaufen
        ausgefranst verfärbt gebrochen zerbrochen nach_einer_woche_kaputt
        sieht_anders_aus
        zu_groß zu_klein zu_eng fällt_klein fällt_groß auseinandergefallen auseinander_gefallen pillt fusselt billig*_stoff billig*_plastik billig*_material nicht_wert`,
    },
    order_error: {
      subject: "bestellung* bestellt* bestell* artikel",
      problem: `statt_der statt_des statt_dem statt_einer statt_eines anstatt_der anstatt_des falsche_artikel falschen_artikel falsches_produkt falsche_ware falsche_größe falsche_farbe
        falsch_geliefert falsches_geliefert fehlt_ein fehlt_der fehlt_die artikel_fehlt artikel_fehlen
        unvollständig* nicht_bestellt nicht_das_was_ich statt_dessen stattdessen teillieferung
        leeres_paket leer_angekommen kam_leer_an fehlteil* teile_fehlen nicht_das_bestellte`,
    },
    customer_service: {
      subject: `kundenservice kundendienst support service hotline mitarbeiter* berater* personal
        verkäufer* kontakt* e-mail* email* mail* telefon* chat
        chatbot bot ticket*`,
      problem: `keine_antwort keine_rückmeldung antwortet_nicht antworten_nicht nicht_erreichbar
        niemand_erreichbar nie_erreichbar ignoriert* unfreundlich* unverschämt* inkompetent* unhöflich*
        warteschleife aufgelegt stunde_in_der_warteschleife niemand_meldet_sich meldet_sich_nicht
        keine_reaktion abgewimmelt
        niemand_hilft keiner_antwortet keiner_meldet_sich`,
    },
    price: {
      subject: "preis* kosten teuer* gebühr* rabatt* gutschein* aktion* versandkosten",
      problem: `überteuert* preiserhöhung* preis_erhöht falscher_preis preisfehler zu_viel_berechnet
        zu_viel_bezahlt mehr_berechnet versteckte_kosten versteckte_gebühr* wucher* abzock* preis_geändert
        gutschein_funktioniert_nicht rabatt_nicht`,
    },
    payment: {
      subject: `zahlung* abgebucht abbuchen belastet bezahl* gezahlt bezahlt kreditkarte* karte paypal überweisung* abbuchung* lastschrift
        transaktion* kasse checkout buchung*
        klarna sofortüberweisung giropay apple_pay google_pay rechnung`,
      problem: `zahlung_fehlgeschlagen zahlung_abgelehnt karte_abgelehnt abgelehnt doppelt_abgebucht
        zwei_abbuchungen 2_abbuchungen doppelte_abbuchung
        doppelt_bezahlt doppelt_berechnet zweimal_abgebucht zweimal_bezahlt zweimal_berechnet
        kann_nicht_bezahlen bezahlen_nicht_möglich zahlungsfehler fehler_bei_der_zahlung bezahlt_aber
        geld_abgebucht_aber abgebucht_aber
        abgebucht_obwohl zweimal_belastet doppelt_belastet wird_abgelehnt zahlung_hängt
        geld_ist_weg geld_weg keine_bestellbestätigung ohne_bestellbestätigung mahnung* zahlungserinnerung*
        inkasso* auf_nicht_bezahlt als_nicht_bezahlt unbezahlt lastschrift_zurück rückbuchung* zurückbuchen chargeback* käuferschutz*
        doppelte_betrag doppelten_betrag hängt_auf_ausstehend zahlung_ausstehend`,
    },
    returns_refunds: {
      subject:
        "rückerstattung* rückzahlung* erstattung* erstatt* rücksendung* retoure* umtausch* rückgabe* geld_zurück widerruf*",
      problem: `keine_rückerstattung keine_erstattung noch_keine_erstattung keine_rückzahlung noch_keine_rückzahlung warte_auf_erstattung
        warte_auf_rückerstattung warte_auf_mein_geld erstattung_verweigert rückgabe_verweigert
        retoure_abgelehnt rücksendung_abgelehnt reklamation_abgelehnt geld_nicht_zurück
        will_mein_geld_zurück wo_bleibt_mein_geld geld_zurück
        ich_will_mein_geld_zurück fordere_mein_geld erstattung_abgelehnt widerruf_ignoriert
        rücksendeetikett`,
    },
    fraud: {
      subject: "betrug* betrüg* abzock* fake* fälsch* chargeback",
      problem: `betrug betrüger* betrügerisch* abzocke abgezockt fake-shop fakeshop fake_shop fake_seite
        betrugsmasche geld_genommen nie_etwas_geschickt scam`,
    },
    security: {
      subject: "konto* passwort* daten* sicherheit* datenleck* phishing",
      problem: `gehackt* hacker* hack datenleck* datenpanne* daten_geleakt daten_gestohlen geleakt*
        phishing phishing-mail* gefälschte_mail* konto_übernommen kreditkartendaten_gestohlen
        unbefugt* identitätsdiebstahl`,
    },
    outage: {
      subject: "website* webseite* seite* app server* login anmeldung* system* onlineshop*",
      problem: `seite_down website_down app_down ist_down nicht_erreichbar lädt_nicht
        kann_mich_nicht_anmelden kann_mich_nicht_einloggen einloggen_nicht_möglich anmeldung_nicht_möglich
        login_geht_nicht kann_nicht_bestellen bestellen_nicht_möglich störung* ausfall* ausgefallen
        serverfehler fehler_500 stürzt_ab abgestürzt
        abstürz* stürzt_ständig_ab hängt_sich_auf down wartungsarbeiten fehlermeldung*
        verbindungsfehler zeitüberschreitung`,
    },
  },
  expected: {
    fraud: "echt echte echten echtes original originale originalen",
    delivery: `angekommen ankommen ankommt eingetroffen geliefert liefern zugestellt versendet versandt verschickt
      losgeschickt abgeschickt kam kommt`,
    customer_service: `geantwortet antwortet antworten beantwortet zurückgerufen zurückrufen meldet gemeldet
      reagiert geholfen`,
    returns_refunds: "erstattet zurückerstattet zurückgezahlt gutgeschrieben zurücküberwiesen",
    outage: "lädt laden einloggen anmelden",
    order_error: "enthalten beigelegt",
    receive: "erhalten bekommen erhielt bekam empfangen",
    work: "funktioniert funktionieren funktionierte geht klappt läuft",
  },
  requests: `wie_storniere wie_kündige wie_tausche wie_schicke wie_sende wie_bezahle wie_erreiche wie_lösche wie_kann wie_können wie_könnt wie_lange wie_viel wie_teuer wie_funktioniert wie_setze wie_ändere
    wie_bekomme was_kostet was_kosten welche welcher welches welchen wann wo_kann wo_finde kann_ich
    können_sie könnt_ihr kann_man darf_ich dürfen_wir ist_es_möglich gibt_es habt_ihr haben_sie
    bietet_ihr bieten_sie liefert_ihr liefern_sie versendet_ihr verschickt_ihr akzeptiert_ihr nehmt_ihr`,
  impatience: "endlich",
  closings:
    "danke danke_schön danke_sehr vielen_dank danke_im_voraus lg liebe_grüße viele_grüße grüße mfg mit_freundlichen_grüßen beste_grüße gruß",
  churnVerbs:
    "bestelle bestellen kaufe kaufen einkaufen buche buchen fliege fliegen empfehle empfehlen weiterempfehlen nutze nutzen benutze benutzen komme kommen wiederkommen",
  again: "mehr wieder",
  thanksFor: "danke_für vielen_dank_für danke_schön_für",
  praiseTails: "gemacht arbeit leistung service",
  wishes: "ich_möchte ich_würde_gerne ich_will ich_muss ich_brauche bitte könnten_sie könntet_ihr",
  ownReasons:
    "aus_versehen versehentlich anders_überlegt mein_fehler nicht_mein_stil nicht_mein_geschmack falsch_bestellt",
  whys: "warum wieso weshalb",
  asks: `wo_bleibt wo_ist_mein* wo_sind_mein* wann_kommt_mein* wann_kommt_die wann_kommt_das wann_bekomme_ich
    wann_erhalte_ich wann_wird_mein* was_ist_mit_mein*
    warte_seit warte_auf warte_immer_noch warten_seit warten_auf wo_ist_der_rest wo_bleibt_der_rest`,
  beside: {
    price: `erhöht erhöhen erhöhung gestiegen steigen angehoben verdoppelt weigern weigert weigerte verweigert
      verweigern`,
    payment: "zweimal doppelt zwei_mal 2_mal 2x x2 doppelte gleiche identische statt anstatt",
    order_error: "storniert annulliert",
    returns_refunds: "verweigert verweigern abgelehnt lehnen_ab weigern weigert versprochen zugesagt",
  },
  crisis: {
    data_breach: "datenleck* datenpanne* daten_geleakt daten_gestohlen datendiebstahl",
    hack: "gehackt* hacker* hackerangriff* cyberangriff* ransomware",
    phishing: "phishing phishing-mail* gefälschte_mail*",
    scam: "betrug betrüger* betrügerisch* abzocke fake-shop fakeshop fake_shop scam",
    poisoning: "lebensmittelvergiftung* vergiftung* vergiftet giftig*",
    recall: "rückruf* zurückgerufen rückrufaktion*",
    injury: "verletzt* verletzung* verbrannt* verbrennung* explodiert* explosion* stromschlag krankenhaus*",
    fire: "brand brände brandgefahr feuer_gefangen in_flammen überhitzt*",
    lawsuit: "klage* verklagen anwalt* gericht* abmahnung*",
    boycott: "boykott*",
    contamination: "verunreinigt* kontaminiert* schimmel* glassplitter insekten",
  },
  suffixes: "e en er es em n s st t et te ten ung ungen lich liche lichen ig ige igen",
  // Modal verbs, particles, prepositions and plain nouns that AFINN's translation scored: "würde" is
  // "would" (not "Würde", dignity), "falls" "if", "laut" "according to", "Herr" "Mr", "klein" small;
  // German words English reads as its own ("hell" is bright, "Bad" a bathroom, "Art" a kind); adverbs
  // of preference and certainty ("lieber" rather, "sicher" surely, "glaube" I think); "Vorsicht" warns;
  // and greetings, which judge nothing.
  neutral: `bitte_sofort gleiche gleichen versprochen würde würden würdest wollte wollten wollt wollen sich ja einfach bitte gerade klar recht gleich
    halt ach falls fall laut trotz klein kleine kleiner kleines kleinen kleinem herr herrn kinder erreicht
    anziehen fast ziemlich irre komisch groß große großer großes großen hilfe frage fragen hell bad art
    vorsicht lieber sicher sicherlich ernst glaube gefühl wahr hoffentlich guten_morgen guten_tag guten_abend
    gute_nacht mode lose oben rein satz`,
};
