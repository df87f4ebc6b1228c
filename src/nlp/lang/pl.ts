import type { LanguagePack } from "../types.js";

export const pl: LanguagePack = {
  code: "pl",
  functionWords: `i w z na do się nie jest to że o od po za jak ale czy co już tak jestem są był była było
    mi mnie mój moja moje się przez przy dla jego jej ich tylko bardzo jeszcze który która które też oraz
    by bo gdy kiedy tego tym ten ta te tej jako może można nic nikt żeby aby więc dlaczego gdzie ze we
    został została zostało mam ma miał miała dzięki dziękuję proszę`,
  negators: `nie ani nigdy nic nikt żaden żadna żadne żadnego żadnych żadnej żadnym żadnymi bez brak braku`,
  intensifiers: `bardzo mega super naprawdę totalnie całkowicie kompletnie zupełnie strasznie niesamowicie
    wyjątkowo szczególnie ogromnie niezwykle absolutnie wielce wręcz najbardziej tak taki taka takie zbyt
    za_bardzo`,
  lows: "mało zero",
  notOnly: "nie_tylko",
  diminishers: `trochę nieco lekko troszkę raczej dość dosyć prawie`,
  contrast: "ale lecz jednak jednakże natomiast chociaż choć mimo_że aczkolwiek tylko_że",
  positive: `dobr*:1.9 dobrze:1.9 świetn*:3 super:2.8 rewelac*:3.1 doskonał*:3.2 wspaniał*:3 znakomit*:3
    idealn*:2.7 polecam:2.8 poleca*:2.5 godn*_polecenia:2.8 zadowolon*:2.1 zadowoleni:2.1 dziękuję:1.9
    dziękuje:1.9 dzięki:1.6 dziekuje:1.9 podziękowa*:1.8 szybk*:1 szybko:1.1 sprawn*:1.6 miły:2.2 miła:2.2
    miło:2 miłe:2 mili:2 miłym:2 uprzejm*:2 pomocn*:1.8 profesjonaln*:2.3 fachow*:2 kompetentn*:2.2
    rzeteln*:2 solidn*:1.6 życzliw*:2.3 sympatyczn*:2.3 cierpliw*:1.5 dokładn*:1.4 ciepł*:1 kochan*:2.5
    kocham:3 uwielbiam:3 najlepsz*:3.1 piękn*:2.6 fajn*:1.9 ok:0.8 okej:0.8 spoko:1.2 wygodn*:1.7
    zgodn*_z_opisem:1.8 bezproblemow*:2 bez_problemu:1.8 bez_problemów:1.8 cudown*:2.9 pozytywn*:2
    zaufanie*:1.5 ufam:1.8 wyleczy*:2 pomógł:2 pomogła:2 pomogli:2 pomaga:1.5 wysłuch*:1 uśmiech*:1.6
    brawo:2.5 gratul*:2.3 szczęśliw*:2.7 ciesz*:2 radość:2.5 zachwycon*:3 wart_polecenia:2.8 warto:1.6
    bezpieczn*:1.5 czyst*:1.2 tani*:0.6 okazja:1 ulubion*:2.2 wyjątkow*:1.5 przyjemn*:2 rzeczowo:1.2
    konkretn*:1 świetnie:3 doskonale:3 wspaniale:3
    nie_mogę_się_doczekać:2 nie_możemy_się_doczekać:2`,
  negative: `jak_nie_było_tak_nie_ma:-1.6 jak_nie_było_tak_nie_było:-1.6 bez_powodu:-1 bez_podania_przyczyny:-1 bez_wyjaśnienia:-1 bez_uprzedzenia:-1 dlaczego:-0.5 czemu:-0.5 musiał*:-0.6 musieli*:-0.6 czekał*:-0.8 czekali*:-0.8 ciągle:-0.5 nigdy_więcej:-2.8 nawet_nie:-1.6 nawet_mi_nie:-1.6 nawet_mnie_nie:-1.6 nawet_się_nie:-1.6 nawet_go_nie:-1.6 nawet_jej_nie:-1.6 zero:-1 zły:-2.3 zła:-2.3 złego:-2.3 złej:-2.3 złym:-2.3 złą:-2.3 złych:-2.3 złe:-2.3 źle:-2.3 słab*:-2 fataln*:-3 tragiczn*:-3 tragedia:-3 beznadziejn*:-3
    okropn*:-3 straszn*:-2.6 koszmar*:-3 żenu*:-2.7 żenad*:-2.7 porażk*:-2.8 skandal*:-3 oszust*:-3
    oszukan*:-3 oszukał*:-3 oszukuj*:-3 oszczust*:-3 naciąg*:-2.5 rozczarow*:-2.3 zawiedzion*:-2.3
    zawiod*:-2.2 niezadowol*:-2.3 nieprzyjemn*:-2.3 niemił*:-2.3 niegrzeczn*:-2.3 chamsk*:-2.7 cham*:-2.5
    arogan*:-2.5 opryskliw*:-2.6 nieuprzejm*:-2.3 niekompetent*:-2.5 nieprofesjonaln*:-2.5 lekceważ*:-2.3
    zignorow*:-2 ignoruj*:-2 olewa*:-2.2 olał*:-2.2 zepsut*:-2.2 uszkodzon*:-2.2 wadliw*:-2.3 zniszczon*:-2.2
    popsut*:-2.2 pęknięt*:-1.8 brak_odpowiedzi:-2.2 brak_kontaktu:-2 opóźni*:-1.6 spóźni*:-1.5 zgubion*:-1.8
    zaginęł*:-1.8 zaginion*:-1.8 nie_dotarł*:-2.4 nie_doszł*:-2.4 nie_otrzymał*:-2.2 nadal_czekam:-2.2
    wciąż_czekam:-2.2 dalej_czekam:-2 reklamac*:-1.6 skarg*:-1.8 problem*:-1.5 kłopot*:-1.6 błąd:-1.6
    błędy:-1.6 błędn*:-1.6 pomyłk*:-1.5 niestety:-1.5 szkoda:-1.4 odradzam:-2.8 nie_polecam:-2.8
    unikać:-2 unikajcie:-2.5 omijać:-2 omijajcie:-2.5 strata:-2 stracon*:-2 marnowanie:-2 zmarnowa*:-2.3
    drogo:-1 drożyzna:-1.8 zawyżon*:-1.8 nieuczciw*:-2.7 kradzież:-2.8 okradli:-3 złodziej*:-3 bezczeln*:-2.7
    wkurz*:-2.6 wściekł*:-2.9 zdenerwow*:-2.2 denerwuj*:-2 irytuj*:-2 smut*:-2 przykr*:-2 przykro:-1.5
    ból*:-1.8 bolał*:-1.5 cierpi*:-2 płak*:-2 płacz*:-2 strach:-2 bałam:-1.5 bałem:-1.5
    niestosown*:-2 niedopuszczaln*:-2.8 karygodn*:-3 skandaliczn*:-3 nieodpowiedzialn*:-2.5
    nieprzygotowan*:-2 niedokładn*:-1.8 obojętn*:-1.8 niechętn*:-1.8 bezradn*:-1.6 oburz*:-2.6
    zawód:-2.2 masakra:-2.8 dramat:-2.5 gorsz*:-2.1 najgorsz*:-3.1 kiepsk*:-2 marn*:-2 nędzn*:-2.3
    niekulturaln*:-2.5 niedbał*:-2.2 zaniedb*:-2.2 pośpiech*:-1 pospiesz*:-0.8 zbył*:-2 zbywa*:-2
    krzycz*:-2 nakrzycza*:-2.5 nie_wiem:-0.3 bezużyteczn*:-2.3 nie_działa*:-2 nie_działa:-2 nie_zgadza*:-1.5
    nie_pomógł:-2 nie_pomogła:-2 nie_pomogli:-2 nie_wyleczył*:-2.2 źle_zdiagnoz*:-2.5
    za_duży:-1.5 za_duża:-1.5 za_duże:-1.5 za_mały:-1.5 za_mała:-1.5 za_małe:-1.5 za_ciasny:-1.5 za_ciasna:-1.5 za_ciasne:-1.5
    mogliście_uprzedzić:-1.8 mogliście_poinformować:-1.8 można_było_uprzedzić:-1.8 można_było_poinformować:-1.8 mogli_państwo_uprzedzić:-1.8`,
  complaint: `reklamac* skarg* niedopuszczaln* nadal_czekam wciąż_czekam dalej_czekam nie_dotarł* nie_doszł*
    nie_otrzymał* gdzie_jest brak_odpowiedzi brak_kontaktu nikt_nie oszuk* odradzam nie_polecam
    rozczarow* zwrot* nie_działa* zepsut* uszkodzon*`,
  topics: {
    delivery: {
      subject: `przesyłk* paczk* paczek kurier* dostaw* dostarcz* wysyłk* wysłan* wysyła* nadan* inpost
        paczkomat* poczt* listonosz* dhl dpd gls ups fedex list*_przewozow* śledzen* tracking doręcz*
        allegro_one orlen_paczka pocztex awizo`,
      problem: `opóźni* spóźni* nie_dotarł* nie_doszł* nie_przyszł* nie_dostarczy* nadal_nie_ma wciąż_nie_ma
        dalej_nie_ma zgubion* zgubił* zaginęł* zaginion* uszkodzon*_paczk* uszkodzon*_przesyłk*
        zniszczon*_paczk* czekam_na_paczk*
        czekam_na_przesyłk* tydzień_czekam dwa_tygodnie zwrócon*_do_nadawcy
        utknęł* zagubion* zgniecion* rozbit*_paczk* wróciła_do_nadawcy wrócił*_do_nadawcy
        błędny_adres zły_adres zostawił_awizo nie_było_próby
        zginęł*`,
    },
    product_quality: {
      subject: `produkt* towar* jakość jakości materiał* sprzęt* urządzeni* bateri* ekran* rozmiar*`,
      problem: `wadliw* uszkodzon* zepsut* popsut* zepsuł* popsuł* przestał*_działać
        słab*_jakoś* kiepsk*_jakoś* niska_jakość niskiej_jakości tandeta tandetn* rozpadł* rozlatuje*
        niezgodn*_z_opisem podróbk* podrob* pęknięt* porysowan* rozdart* przeterminowan* zepsut*_jedzenie
        śmierdz* cieknie przecieka wyciekł wyciekła wyciekło wyciekły pleśń spleśniał*
        rozbit* stłuczon* potłuczon* rozkleił* rozpruł* odbarwił* sprał* farbuje pęka pęknięci*
        kiepsko_wykonan* źle_wykonan* byle_jak nie_jak_na_zdjęciu inny_niż_na_zdjęciu
        za_duży za_duża za_duże za_mały za_mała za_małe za_ciasny za_ciasna za_ciasne mechac* pruj* prują`,
    },
    order_error: {
      subject: "zamówieni* zamówił* zamawia*",
      problem: `zły_produkt zły_rozmiar zły_kolor inny_produkt inny_kolor inny_rozmiar nie_ten_produkt
        nie_ten_rozmiar nie_ten_kolor brakuje brak_produktu brakowało brakujące niekompletn* pomylon*
        pomylili pomyłk*_w_zamówieniu wysłali_nie_to przysłali_nie_to dostałem_nie_to dostałam_nie_to
        zamiast niepełn*
        nie_to_co_zamówiłem nie_to_co_zamówiłam brak_części brakowało_części pusta_paczka przyszła_pusta przyszło_puste doszła_pusta
        puste_pudełko`,
    },
    customer_service: {
      subject: `obsług* obsługa_klienta infolinia* infolinii konsultant* pracowni* personel* sprzedawc*
        biuro_obsługi kontakt* mail* e-mail* telefon* czat* pani_z pan_z rejestracj* recepcj*
        bot czatbot chatbot zgłoszeni*`,
      problem: `brak_odpowiedzi brak_kontaktu nie_odpowiada* nie_odpisuj* nie_odpisał* nie_odbiera* nikt_nie_odbiera
        nikt_nie_odpowiada ignoruj* zignorow* olewa* olali olał* niemił* niegrzeczn* chamsk* opryskliw*
        nieuprzejm* arogan* niekompetent* rozłącz* nie_da_się_dodzwonić nie_można_się_dodzwonić
        nie_mogę_się_dodzwonić czekam_na_odpowiedź zbył* zbywa* lekceważ*
        nikt_nie_oddzwania zero_kontaktu zero_odpowiedzi`,
    },
    price: {
      subject:
        "cena ceny cenie cenę cen cenach cenami koszt* opłat* drogo drogie drogich rabat* kod_rabatow* promocj* kupon*",
      problem: `zawyżon* podnieśli_cen* podwyżk* zmienił*_cen* zła_cena błędn*_cen* błąd_ceny wyższ*_cen*
        dopłat* ukryt*_opłat* ukryt*_koszt* naliczy* przepłaci* za_drogo drożyzna zdzierstwo naciąg*
        kod_nie_działa rabat_nie_został`,
    },
    payment: {
      subject: `płatnoś* platnos* zaplacil* pobra* pobrano płatnic* zapłaci* zapłaci* zapłata płacę płaci* przelew* blik karta kartą karty
        paypal transakcj* obciąż* kasa kasie rezerwacj*
        klarna payu przelewy24 p24 google_pay apple_pay tpay paypo`,
      problem: `płatność_nie płatność_odrzucon* odrzucon*_płatnoś* transakcja_odrzucon* podwójn*_płatnoś*
        podwójnie_obciąż* pobrali_dwa_razy pobrano_dwa_razy zapłaciłem_dwa_razy zapłaciłam_dwa_razy dwukrotnie
        nie_mogę_zapłacić nie_da_się_zapłacić błąd_płatności błąd_przy_płatności pobrali_pieniądze
        zapłaciłem_a zapłaciłam_a zapłacone_a nie_przeszł*
        karta_odrzucon* kartę_odrzucon* karta_została_odrzucona odrzuca_kartę odrzuca_płatność
        pobrało_dwa_razy pobrało_podwójnie podwójnie_pobran* obciążył*_dwa obciążon*_dwa obciążyli_mnie_dwa
        pieniądze_zeszły kasa_zeszła zeszły_z_konta zeszło_z_konta zeszła_z_konta pieniądze_pobrane
        nieopłacon* dwie_takie_same_płatności dwie_płatności dwa_obciążenia dwie_transakcje wezwanie_do_zapłaty
        wezwania_do_zapłaty monit monity monitu windykacj* chargeback* płatność_wisi płatność_się_nie_udała
        naliczył*_opłatę naliczyło_opłatę zniknęł*_z_konta`,
    },
    returns_refunds: {
      subject: "zwrot* zwróci* oddać zwracać pieniądz* odstąpieni* wymian* korekt* reklamacj*",
      problem: `brak_zwrotu nie_zwrócili nie_oddali nadal_nie_otrzymałem_zwrotu czekam_na_zwrot
        czekam_na_pieniądze odmówi*_zwrotu odmow*_zwrotu nie_przyjęli_zwrotu odrzucili_zwrot odrzucon*_reklamac*
        nie_uznali_reklamacji reklamacja_odrzucona gdzie_moje_pieniądze chcę_zwrot
        nie_chcą_oddać
        odmowa_zwrotu odmowa_reklamacji odmówili_przyjęcia chcę_zwrot* żądam_zwrotu
        oddajcie_pieniądze proszę_o_zwrot`,
    },
    fraud: {
      subject: "oszust* oszuk* oszczust* wyłudz* chargeback fałszyw*",
      problem: `oszustwo oszuści oszust oszukan* oszukał* oszukuj* wyłudzeni* wyłudz* fałszyw*_sklep
        fałszyw*_stron* ukradli złodzieje złodziej* naciągacz* scam`,
    },
    security: {
      subject: "konto konta koncie kontem hasł* dane dan*_osobow* wyciek* bezpieczeńst* phishing",
      problem: `wyciek*_danych wyciekły wyciekł* włamani* włamał* zhakowan* shakowan* hack* haker* przejęt*_konto
        przejęli phishing fałszyw*_mail* fałszyw*_sms* podejrzan*_mail* wykradzion* kradzież_danych
        kradzież_tożsamości nieautoryzowan*`,
    },
    outage: {
      subject: "stron* aplikacj* serwis* logowani* system* sklep_internetow*",
      problem: `strona_nie_działa aplikacja_nie_działa nie_działa_strona nie_działa_aplikacja nie_mogę_się_zalogować
        nie_da_się_zalogować nie_można_się_zalogować nie_mogę_zamówić nie_da_się_zamówić nie_ładuje
        nie_wczytuje awaria* awari* przestała_działać błąd_500 błąd_serwera nie_można_złożyć wywala
        zawiesza_się niedostępn*
        nie_ładuje_się strona_leży leży_strona serwer_leży serwer_padł strona_padła padła_strona
        wysypuje* crashuje sypie_błędami błąd_logowania nie_mogę_wejść nie_da_się_wejść`,
    },
  },
  expected: {
    fraud: "oryginaln* oryginał*",
    delivery: `dotar* doszł* doszed* doszło przyszł* przyszed* dostarcz* doręcz* dojecha* przyjecha* wysła*
      wysłan* nadan* dotrze dojdzie przyjdzie`,
    customer_service: `odpowiedzi* odpowiedział* odpowiada* odpowiedzą odpisa* odpisu* oddzwoni* odebra* odbier*
      skontaktowa* kontaktuj* pomógł pomogła pomogli`,
    returns_refunds: "zwróci* zwrócon* zwracaj* oddal* oddadzą oddano zwrócono",
    outage: "ładuj* wczytuj* otwiera* załaduj* zalogowa* logowa*",
    order_error: "dołączon* dołączyli",
    receive: "dosta* otrzyma*",
    work: "dział* funkcjonuj*",
  },
  requests: `jak jaki jaka jakie jakich jakim ile czy kiedy gdzie_mogę gdzie_można którą który która które mogę
    można w_jaki_sposób co_zrobić co_mam_zrobić`,
  impatience: "wreszcie nareszcie w_końcu",
  closings: "dziękuję dzięki z_góry_dziękuję pozdrawiam pozdrowienia dziekuje pozdr miłego_dnia",
  churnVerbs:
    "zamówię zamówimy zamawiać zamawiam kupię kupimy kupować kupuję skorzystam skorzystamy korzystać polecę polecimy polecać wrócę wrócimy przyjdę przyjdziemy",
  again: "więcej już",
  thanksFor: "dzięki_za dziękuję_za dziekuje_za",
  praiseTails: "robota robotę praca pracę obsługa obsluga",
  wishes:
    "chcę chce chciałbym chciałabym chciałem chciałam proszę prosze poproszę poprosze muszę musze potrzebuję",
  ownReasons:
    "pomyliłam pomyliłem pomylilam pomylilem pomyłkowo przez_pomyłkę omyłkowo zmieniłam_zdanie zmieniłem_zdanie zmienilam_zdanie zmienilem_zdanie rozmyśliłam_się rozmyśliłem_się nie_w_moim_stylu nie_mój_styl",
  whys: "dlaczego czemu",
  asks: `gdzie_jest_moj* gdzie_jest_mój gdzie_są_moj* gdzie_moj* gdzie_mój gdzie_jest_paczk* gdzie_jest_przesyłk*
    gdzie_jest_zamówieni* gdzie_jest_zwrot gdzie_są_pieniądze gdzie_pieniądze kiedy_dostanę kiedy_otrzymam
    kiedy_dotrze kiedy_przyjdzie kiedy_dojdzie kiedy_wyślecie kiedy_zostanie_wysłan* co_z_moim co_z_moją
    co_z_moimi co_się_dzieje_z_moim co_się_dzieje_z_moją
    czekam_na czekam_już czekam_od czekam_ponad czekamy_na nadal_czekam_na wciąż_czekam_na gdzie_jest_reszta gdzie_reszta`,
  beside: {
    price: `podnieśli podniósł podniosła podniesion* wzrosł* wzrost* podwyższ* poszły_w_górę poszła_w_górę
      podrożał* zdrożał* odmówi* odmawia*`,
    payment: "dwa_razy dwukrotnie podwójnie 2_razy dwie_takie_same identyczn* zdublowan* 2x x2 zamiast",
    order_error: "anulowano anulowan* anulowali* anulował*",
    returns_refunds: "odmówi* odmawia* odrzuc* odrzucon* odrzucono obiecany obiecana obiecali obiecano",
  },
  crisis: {
    data_breach: "wyciek*_danych wyciekły_dane dane_wyciekły kradzież_danych naruszeni*_danych",
    hack: "włamani* zhakowan* shakowan* haker* atak_hakerski cyberatak* ransomware",
    phishing: "phishing fałszyw*_mail* fałszyw*_sms* wyłudzeni*_danych",
    scam: "oszustwo oszuści oszust oszukan* fałszyw*_sklep wyłudzeni* scam",
    poisoning: "zatrucie zatruci* zatruł* zatruła* toksyczn*",
    recall: "wycofan*_z_rynku wycofani*_produkt* wycofuje*_produkt* akcja_serwisowa",
    injury: "obrażeni* poparzeni* poparzył* wybuch* eksplod* poraż*_prądem szpital*",
    fire: "zapalił*_się pożar* przegrzewa* przegrzał*",
    lawsuit: "pozew pozw* prawnik* sąd* kancelari* uokik",
    boycott: "bojkot*",
    contamination: "skażon* skażeni* pleśń robaki szkło_w",
  },
  suffixes: `ami ach ami ego emu ej ym ymi ich imi ie iu ów om em owi ą ę a e i o u y ość ości ościami ością
    ach owa owe owy owej owych ego iego ych ich`,
  // Translated-list valences these words do not carry in Polish: "na" (on), "tak" (yes, so), "czas"
  // (time), "razy" (times), "dość" (rather: a diminisher, not "fed up"), "duży" (big).
  neutral: `na tak czas razy dość duży kolejny zdanie badanie przyjmuje udać usunąć przyznać oczekuje wykorzystać`,
};
