/**
 * Held-out product and marketplace reviews (bench/data23), written by hand by a fourth writer who did not read
 * the classifier, its rules, its docs nor the other fresh sets (only the line format in bench/data20/types.ts
 * and the topic names). Genres: reviews as customers post them on Amazon (.com/.de/.fr/.es/.it/.pl), Allegro,
 * Zalando, Idealo, Ceneo, Trustpilot, Google reviews of a shop and app stores — body only or "Title — body";
 * products from electronics to groceries, and a few reviews of shops. A third short, a third 2–4 sentences,
 * a third long (pros and cons, updates). Mix: en 45, de 45, es 40, fr 40, it 35, pl 35 = 240; about 40%
 * negative, 20% neutral, 40% positive, labelled as the star rating and a careful reader would give them.
 * Complaint only where the shop, seller or maker should make something right. Dev may be tuned on; this
 * held-out set is read once per pass.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
N C product_quality | Stopped charging after 2 weeks. Cable is fine, it's the port on the earbuds case.
P - - | Works as described.
N C product_quality | Zipper broke the first time I used it. Cheap plastic teeth, should have known.
P - - | Great little knife, holds an edge way better than my old set. Bought a second one for my mum.
O - - | It's ok. Does the job but nothing special for the price.
N C delivery | Ordered on the 3rd, "guaranteed by the 6th", arrived on the 15th. The gift was for a birthday that had already passed by then. Package was fine, but what's the point of paying for Prime.
N C order_error | Received a size 8 instead of the 10 I ordered. Box was labeled 10 so someone just stuck the wrong shoes in it.
P - - | My kids (6 and 9) have been playing with this every day since Christmas. Pieces fit together well, instructions are clear and there were no missing parts which is rare with these big sets. Only downside is the box is huge and we had nowhere to store it, but that's hardly the toy's fault. Would buy again.
N C product_quality,returns_refunds | Blender jug cracked along the bottom after about a month, leaks everywhere. Contacted the seller through Amazon twice and was told it's "outside the return window" even though it's clearly a manufacturing defect. Not impressed. Avoid.
O - - | Decent phone case. The grip is nice but it adds a lot of bulk, I'd go for the slim version next time.
P - - | Five stars, arrived a day early and the dog went straight for it lol
N - - | Honestly just didn't like the taste. Way too sweet and artificial for me, the vanilla one is better. Nothing wrong with the product itself I guess, just not for me.
N C product_quality | Total rubbish. The screen protector had bubbles no matter what I did and the "easy install frame" doesn't even line up with the camera cutout on the Pixel 8. Two out of three in the pack went in the bin.
P - - | Love this hoodie!! Super soft inside, washed it 4 times already and no pilling. True to size for me (usually a M in UK sizes).
N C customer_service | Tried to reach their support for 3 weeks about a warranty claim. The chat bot just loops, emails get an automated reply and nothing else. Product might be fine but the service is non existent.
P - - | Title: Does exactly what it says — Bought it to replace the battery in my car key fob. Fit perfectly, easy to swap.
O - - | Book arrived in good condition. Haven't read it yet, it's for book club next month.
N C payment | Got charged twice for the same annual subscription, 59.99 each. Their FAQ says refunds take 5-10 days, it's been 3 weeks. Still waiting.
P - - | Good value for money. Sturdy frame, took me about 40 mins to assemble on my own. Slight wobble on one leg but tightening the screws sorted it.
N C product_quality | UPDATE after 3 months: I originally gave this 5 stars but I have to change that. The non-stick coating has started peeling in the middle of the pan and I've only ever used wooden and silicone utensils on it, hand washed every time. It was great for the first few weeks, eggs slid right off. Now there are black flakes in the food which frankly worries me. For the price I expected it to last at least a couple of years. Dropping to 1 star until the manufacturer responds.
P - - | Bought for my wife's garden and she's thrilled. The hose reel winds smoothly and hasn't tangled once.
O - - | Fits my 2019 Corolla. Sound quality is average, the bluetooth connection drops maybe once a week. For 25 bucks it's about what you'd expect.
N C delivery | Parcel shows as delivered but it's nowhere. Not with neighbours, not in the bin, nothing. Courier has no photo. Now I have to chase it myself.
P - - | Fantastic app, been using it for budgeting for a year and it's honestly changed how I handle money.
N C product_quality | Smells strongly of chemicals, even after airing it out for a week on the balcony. Gave my daughter a headache. Can't use it in a kids room.
P - - | Really good quality for the price. Stitching is solid, the leather feels real (it is), and the colour is exactly like in the photos. Took a while to arrive from the UK warehouse but it was worth the wait.
N C order_error,returns_refunds | The package had an old used charger in it, not the new one in the listing. Sent it back with tracking and the seller claims they never received it, so no refund. Amazon A-to-Z claim is open. Extremely shady.
O - - | Meh. It's a mouse. Clicks are a bit loud, the scroll wheel is fine. Three stars.
P - - | Ordered from this shop for the first time and was pleasantly surprised: well packed, tracking updated every step, and a handwritten thank you note in the box. Small business doing things right.
N C product_quality | The seams on the seat cushion ripped within a week of normal use. Foam is coming out.
P - - | Perfect fit for my Samsung A54, buttons are easy to press through the case.
N C fraud | This seller is a scam. Listing says "genuine Apple", what came is obviously a knock-off, wrong font on the box, no serial number that checks out on Apple's site. Reported to Amazon.
O - - | 3 stars. The vacuum works well on hard floors but struggles on our thick rug and the battery only does about 20 minutes on max. Light and easy to empty though, and the wall mount is handy. If you have mostly tile or wood it's probably a good buy; for carpets I'd look elsewhere.
P - - | Great read. Couldn't put it down, finished it in two nights.
N C returns_refunds | Returned the jacket in the original packaging within the 30 days as stated on their site. Five weeks later still no refund and their customer service keeps telling me it's "being processed". I have the tracking showing it was delivered to their warehouse on the 12th. I'll be going through my bank for a chargeback if this isn't sorted this week.
P - - | Solid drill, plenty of torque, two batteries included. Used it to put up shelves all over the house, no complaints.
O C product_quality | Arrived with a dead pixel right in the middle of the screen, very noticeable on dark backgrounds. Otherwise it's a decent monitor for the money: colours look good out of the box, the stand is sturdy and it has enough ports. I'm keeping it because sending a 27 inch monitor back is a pain, but I'm not happy about it. Three stars.
O - - | Not bad, not great. The yoga mat is thick enough but slips a bit on wooden floors. I put a towel on top for hot yoga and that fixes it. Smell went away after a few days.
P - - | Brilliant customer service. One of the glasses arrived chipped, I sent a photo and they posted a replacement the same day, no need to send anything back. Will definitely order from them again.
N C price | Price went up from 12.99 to 24.99 the day after I added it to my subscribe & save. Classic bait and switch. Cancelled.
P - - | Cat loves it. That's all that matters really 🐱
N C product_quality | Bulb flickers constantly with my dimmer even though the box says "dimmable". Tried two different dimmer switches, same thing. Would not recommend.
O - - | The instructions were only in German and Chinese, had to find a video on YouTube. Once it was set up the thermostat works as it should.
P - - | Title: Best purchase of the year — I was sceptical about a 40 dollar air fryer but this thing is great. Wings come out crispy in 20 minutes, fries in 15, and I've even done salmon in it. The basket is non stick and goes in the dishwasher. It's quieter than I expected too. Only thing I'd change is the beeping, it's loud enough to wake the baby. Still five stars from me.
P - - | Very comfy running shoes. Did a half marathon in them straight out of the box, no blisters at all. Runs a bit narrow so if you have wide feet size up half.
`,
);

const DE = lines(
  "de",
  `
P - - | Funktioniert einwandfrei, schnelle Lieferung.
N C product_quality | Nach drei Wochen ist der Akku hinüber. Lädt nicht mehr über 40 %. Sehr enttäuschend.
P - - | Super bequeme Schuhe, passen wie angegossen. Bestelle ich gerne wieder in einer anderen Farbe.
N C delivery | Lieferung hat fast zwei Wochen gedauert, obwohl 2-3 Werktage angegeben waren. Auf Nachfrage kam keine Antwort.
O - - | Ganz okay. Die Qualität ist in Ordnung, aber für den Preis hätte ich etwas mehr erwartet.
N C order_error | Falsche Farbe geliefert. Bestellt habe ich dunkelblau, bekommen habe ich ein helles Grau. Auf dem Karton stand sogar die richtige Artikelnummer.
P - - | Die Kaffeemaschine macht richtig guten Espresso, der Milchschäumer ist etwas laut aber das stört mich nicht. Reinigung ist einfach, alles spülmaschinenfest. Nach zwei Monaten täglicher Nutzung bin ich immer noch begeistert. Klare Kaufempfehlung!
N C product_quality,returns_refunds | Der Staubsauger ist nach 5 Wochen kaputt gegangen, Motor macht nur noch ein Brummgeräusch. Habe den Händler kontaktiert, der will ihn aber nicht zurücknehmen, weil die Originalverpackung fehlt. Das ist doch ein Garantiefall! Nie wieder bei diesem Verkäufer.
P - - | Sehr schönes Buch, toll illustriert. Meine Tochter (4) will es jeden Abend vorgelesen bekommen.
N - - | Geschmacklich leider gar nicht meins, viel zu salzig. Die Verpackung ist aber schön und die Lieferung war schnell.
N C product_quality | Die Hose hat nach der ersten Wäsche (30 Grad, wie auf dem Etikett) komplett abgefärbt und ist jetzt eine Nummer kleiner. Frechheit bei dem Preis.
O - - | Hält was es verspricht, mehr aber auch nicht. Für gelegentliche Heimwerkerarbeiten reicht der Bohrer, für Beton ist er zu schwach.
N C customer_service | Kundenservice ist eine Katastrophe. Seit einem Monat schreibe ich wegen eines defekten Displays und bekomme immer nur Textbausteine zurück. Telefonisch ist niemand erreichbar.
P - - | Klasse Teil! Mein Hund liebt das Kauspielzeug und es hat seine Zähne jetzt schon drei Wochen überlebt.
P - - | Gut verarbeitet, stabile Nähte. Der Rucksack hat genug Platz für Laptop und Sportsachen.
O C delivery | Ware selbst top, die Gläser sind schön und schwer. Das Paket kam aber völlig zerdrückt an, ohne Polsterung, nur durch Glück ist nichts kaputt gegangen. So verschickt man keine Gläser.
P - - | Titel: Endlich ein Ladegerät das hält — Nach drei billigen Kabeln, die nach wenigen Wochen kaputt waren, endlich eins das seit einem halben Jahr täglich funktioniert. Lädt mein iPhone und das iPad gleichzeitig, wird nur minimal warm.
N C payment | Abo gekündigt, trotzdem wurde mir der nächste Monat abgebucht. Im Kundenkonto steht "gekündigt zum 31.", die Abbuchung kam am 2. Ich will mein Geld zurück.
O - - | Die Matratze ist recht fest, das war mir vorher nicht klar. Man gewöhnt sich dran. Geruch war die ersten Tage deutlich, ist jetzt weg.
N C product_quality | Leider Schrott. Der Griff vom Topf hat sich nach ein paar Mal benutzen gelockert, die Schraube lässt sich nicht nachziehen weil das Gewinde ausgerissen ist. Der Topf selbst wäre gut gewesen, heizt gleichmäßig. Aber so ist er gefährlich mit heißem Inhalt. Zurückgeschickt.
P - - | Hab ich für meinen Balkon bestellt, die Pflanzen wachsen prächtig in den Kästen. Wasserspeicher funktioniert super, ich muss nur alle drei Tage gießen.
P - - | Anfangs fehlte ein Stuhlbein im Paket, der Kundenservice hat es aber innerhalb von zwei Tagen nachgeschickt. Die Stühle sind bequem, stabil und sehen edel aus. Gerne wieder.
P - - | Tolle App, übersichtlich und ohne nervige Werbung. Das Abo ist seinen Preis wert.
O - - | Passt. Die Farbe ist etwas dunkler als auf den Bildern, stört mich aber nicht.
N C product_quality | UPDATE nach 4 Monaten: Anfangs war ich mit dem Saugroboter sehr zufrieden und hätte fünf Sterne gegeben. Er findet zuverlässig zur Station zurück und die App ist gut gemacht. Inzwischen bleibt er aber ständig mit der Fehlermeldung "Rad blockiert" stehen, obwohl nichts blockiert ist. Ich habe die Räder gereinigt, die Firmware aktualisiert und ihn zurückgesetzt. Hilft alles nichts. Der Support hat mir nur eine Anleitung geschickt, die ich schon kannte. Jetzt zwei Sterne.
P - - | Oida, der Grill is a Wahnsinn! Steaks werden perfekt und die Reinigung is auch easy. Hab ihn schon dem Schwager empfohlen.
N C delivery | Sendung seit 10 Tagen "in Zustellung". DHL sagt, der Händler muss den Nachforschungsauftrag stellen, der Händler sagt, ich soll DHL anrufen. Toll.
O - - | Für Anfänger ganz brauchbar. Die Erklärungen im Buch sind teilweise etwas oberflächlich, aber die Übungen sind gut.
O C product_quality | Die Uhr läuft pro Tag etwa 2 Minuten nach, für eine Funkuhr eigentlich ein Witz. Sonst schön verarbeitet, gut ablesbar und das Armband ist bequem. Drei Sterne.
P - - | Habe hier schon öfter bestellt und bin jedes Mal zufrieden. Rückgabe lief auch problemlos, Geld war nach 3 Tagen wieder da.
N C returns_refunds | Rücksendung vor 6 Wochen abgegeben, Sendungsverfolgung zeigt Zustellung beim Händler. Erstattung? Fehlanzeige. Auf drei E-Mails keine Antwort. Ich habe jetzt PayPal-Käuferschutz beantragt.
P - - | Grüezi, bin sehr zufrieden mit dem Velohelm. Leicht, gut belüftet und die Grösse lässt sich mit dem Rädli hinten gut einstellen. Lieferung in die Schweiz hat eine Woche gedauert, das ist ok.
N - - | Der Film war einfach langweilig. Zwei Stunden meines Lebens, die ich nicht zurückbekomme. Blu-ray Qualität war gut, das muss man sagen.
N C product_quality | Nach zwei Monaten fallen die Borsten der Zahnbürste aus. Das sollte nicht passieren.
O - - | Drei Sterne: Der Tisch sieht gut aus und ist stabil, aber der Aufbau war mühsam. Die Löcher für die Schrauben waren nicht vorgebohrt, ich musste selbst nachbohren. Mit etwas Geschick machbar, aber das sollte bei einem Möbel in dieser Preisklasse nicht nötig sein. Wer zwei linke Hände hat, sollte lieber den Aufbauservice dazubuchen.
P - - | Schmeckt super, auch den Kindern. Endlich ein Müsli ohne so viel Zucker.
N C fraud | Vorsicht, Fake-Shop! Bezahlt per Vorkasse, nie etwas bekommen. Die Website ist inzwischen offline, Telefonnummer existiert nicht.
P - - | Die Hülle passt perfekt aufs Pixel, Kamera ist gut geschützt.
N C product_quality | Der Reißverschluss am Koffer ist schon beim ersten Urlaub aufgeplatzt, am Flughafen mussten wir ihn mit Klebeband sichern. Rollen sind ok, aber das reicht nicht.
O - - | Lieferung kam pünktlich, Ware wie beschrieben. Ob sich die Creme bewährt, kann ich erst in ein paar Wochen sagen.
N C customer_service | Sehr unfreundliche Mitarbeiterin an der Hotline. Hat mich mitten im Satz unterbrochen und dann einfach aufgelegt, als ich nach einem Ersatzteil gefragt habe.
P - - | Top Preis-Leistungs-Verhältnis bei Idealo gefunden, der Händler hat schnell geliefert und alles war originalverpackt. Der Fernseher hat ein super Bild, auch bei Sport ruckelt nichts. Einzig die Lautsprecher sind etwas schwach, aber ich nutze sowieso eine Soundbar. Würde wieder dort kaufen.
N C outage | Die App stürzt seit dem letzten Update bei jedem Start ab. Ich kann nicht mal mehr mein Konto öffnen und zahle trotzdem weiter.
P - - | Sehr zufrieden, genau wie beschrieben.
P - - | Ich war skeptisch, ob sich ein E-Book-Reader für mich lohnt, weil ich eigentlich gedruckte Bücher liebe. Nach drei Monaten muss ich sagen: Ich lese so viel wie seit Jahren nicht mehr. Das Display ist angenehm für die Augen, auch abends im Bett mit der warmen Beleuchtung. Der Akku hält wochenlang. Die Bibliotheks-Ausleihe über die Onleihe klappt problemlos. Einziger Kritikpunkt: Die Hülle muss man extra kaufen, und die ist überteuert. Trotzdem volle Punktzahl.
`,
);

const ES = lines(
  "es",
  `
P - - | Muy buena calidad, llegó antes de lo previsto.
N C product_quality | Se rompió a la semana. El plástico es muy frágil, no lo recomiendo.
P - - | Me encanta este vestido, la tela es fresquita y el corte favorece mucho. Lo he lavado varias veces y sigue como nuevo.
N C delivery | El pedido tardó casi un mes en llegar y nadie me avisó del retraso. Cuando por fin llegó, la caja estaba abierta.
O - - | Está bien, cumple su función. No es nada del otro mundo.
N C order_error | Pedí la talla 38 y me llegó una 42. Ahora tengo que devolverla y esperar otra vez.
P - - | Muy contenta con la freidora de aire. Las patatas quedan crujientes sin casi aceite y se limpia facilísimo. Es algo grande para mi cocina, eso sí, pero merece la pena. La uso casi todos los días.
N C product_quality,customer_service | Los auriculares dejaron de funcionar del lado izquierdo al mes y medio. Escribí al vendedor y me contestaron que era culpa mía por mojarlos, cuando ni siquiera los he usado bajo la lluvia. Una vergüenza, no compraré más a esta tienda.
P - - | Perfectos para mi hijo, los usa para el fútbol todos los fines de semana.
N - - | No me ha gustado el olor, demasiado fuerte para mi gusto. Supongo que a otra persona le encantará.
O C product_quality | La silla es cómoda y el respaldo sujeta bien la espalda, pero se hunde sola al cabo de una hora, el pistón de gas no aguanta y tengo que estar subiéndola. Le doy tres estrellas porque lo demás está bien.
O - - | Lo compré para regalo. Llegó bien empaquetado, no sé todavía si le gustará.
N C returns_refunds | Devolví el producto hace un mes y todavía no me han reembolsado el dinero. Cada vez que llamo me dicen que espere 48 horas más.
P - - | Excelente libro, muy bien escrito y con una historia que engancha desde la primera página.
P - - | Título: Calidad-precio inmejorable — No esperaba tanto por este precio. La mochila es resistente, tiene muchos bolsillos y el portátil de 15" cabe sin problema. Llevo tres meses usándola para ir a la uni y ni una costura suelta.
N C delivery | Pone entregado pero yo no he recibido nada. Estuve en casa toda la mañana y nadie tocó el timbre.
O - - | La crema hidrata bien pero deja la piel un poco grasa. Para la noche está bien, para el día no me convence. Probaré otra.
N C payment | Me cobraron el envío dos veces en el mismo pedido. Ya reclamé y nadie responde.
P - - | Qué chévere, le quedó perfecto a mi celular. Llegó rapidísimo a Bogotá, súper recomendado.
N C product_quality | ACTUALIZACIÓN después de 2 meses: al principio estaba encantada con el robot de cocina, hacía de todo y la app de recetas es muy completa. Pero hace una semana empezó a dar un error de temperatura y ya no calienta. La garantía dice que hay que enviarlo al servicio técnico, y el envío corre de mi cuenta. Por casi 300 euros esperaba algo más duradero. Bajo la valoración a 2 estrellas.
P - - | Las zapatillas son comodísimas, las uso para correr y para el día a día. Talla correcta.
N C order_error | Venía el manual y la caja, pero faltaba el cargador. Sin cargador el aparato no sirve para nada.
O - - | Normalito. Sabe bien pero la bolsa trae bastante menos de lo que parece por la foto.
P - - | Mi perro está feliz con la cama nueva, ya no quiere dormir en el sofá jaja.
O C product_quality | La funda protege bien y el color es bonito, pero se despegó en los bordes a las dos semanas. Por el precio tampoco esperaba milagros.
O - - | Tiene cosas buenas y malas. La tablet va fluida para ver series y leer, la pantalla se ve bien y la batería dura todo el día. Pero para juegos se queda corta y la cámara es bastante mala. Por lo que cuesta, no está mal si no le pides mucho. Tres estrellas.
N C customer_service | Atención al cliente pésima. Me colgaron dos veces y en el chat solo me mandan respuestas automáticas.
P - - | Compré la estantería para el salón y quedó genial. Las instrucciones son claras y el montaje fue sencillo, unos 30 minutos. Los tornillos venían numerados, un detalle que se agradece. La madera parece de buena calidad y aguanta bien el peso de los libros.
N C product_quality | No funciona. Lo enchufé y nada, ni una luz. Pedí la devolución.
P - - | Genial, tal y como se describe.
N C delivery,customer_service | Tienda online que no recomiendo para nada. Hice un pedido con envío urgente, pagué 8 euros extra y tardó 9 días. Cuando pregunté, me dijeron que el urgente "no está garantizado". Pues entonces no lo cobren. Además la chica del teléfono fue bastante borde.
O - - | El juego está entretenido pero se termina muy rápido, en dos tardes lo acabamos.
P - - | La app funciona de maravilla, me ha ayudado a organizar las comidas de toda la semana.
N C price | En la web ponía 49,99 y al pagar me cobraron 64,99 sin explicación. Engañoso.
P - - | Muy buena compra, se nota que es de calidad. El taladro es potente y la batería dura bastante.
N C product_quality | El colchón llegó con una mancha enorme en un lateral y huele a humedad. Parece devuelto por otro cliente.
P - - | Regalo para mi abuela y le encantó, dice que la manta abriga muchísimo.
P - - | Lo compré para el cumple de mi sobrina y acerté de pleno. El kit de manualidades trae de todo: pinturas, pinceles, pegatinas y hasta un delantal. Las instrucciones vienen en español, algo que no siempre pasa. Estuvo toda la tarde entretenida y al día siguiente quería seguir. La caja es resistente y sirve para guardar todo después. Repetiré para otros cumpleaños.
P - - | Buen cargador, carga rápido el móvil y no se calienta.
N - - | La novela no me enganchó para nada, los personajes me parecieron planos y el final predecible. Será cuestión de gustos.
`,
);

const FR = lines(
  "fr",
  `
P - - | Conforme à la description, rien à redire.
N C product_quality | L'écran s'est fissuré tout seul au bout de 10 jours, sans chute. Qualité déplorable.
P - - | Très belles chaussures, confortables dès le premier jour. Je recommande vivement.
N C delivery | Colis reçu avec 12 jours de retard et sans aucune information du vendeur entre-temps.
O - - | Correct sans plus. La théière fait le travail mais le couvercle tient mal.
N C order_error | J'ai commandé un lot de 6 verres, j'en ai reçu 4. Le bon de livraison indique bien 6.
P - - | Super aspirateur balai, léger et puissant. Je l'utilise tous les jours avec deux chats à la maison et il ramasse tous les poils, même sur le canapé. L'autonomie est suffisante pour tout l'appartement. Seul bémol : le bac est un peu petit.
N C product_quality,returns_refunds | La doudoune a perdu ses plumes dès la première semaine, il y en avait partout dans la voiture. J'ai demandé un retour et le vendeur me propose seulement un bon d'achat de 10 €, pas de remboursement. Inacceptable pour un article à 120 €.
P - - | Livre magnifique, les photos sont superbes. Parfait pour offrir.
N - - | Pas du tout à mon goût, trop amer. Mon mari l'aime bien par contre.
N C product_quality | Le mixeur chauffe et sent le brûlé au bout de deux minutes d'utilisation. Je n'ose plus m'en servir.
O - - | Reçu hier, bien emballé. Je mettrai à jour mon avis après quelques semaines d'utilisation.
N C customer_service | Service client injoignable. Trois mails, deux appels, aucune réponse. Mon produit est toujours en panne.
P - - | Mon fils adore ce jeu de société, on y joue en famille tous les dimanches. Règles simples et parties rapides.
P - - | Titre : Excellent rapport qualité prix — Les écouteurs ont un très bon son pour le prix, la réduction de bruit est efficace dans le métro. L'étui de charge est compact. Je les ai depuis 4 mois et la batterie tient toujours très bien.
O C delivery | Le produit est correct, rien à dire là-dessus. Par contre le livreur a laissé le colis devant la porte de l'immeuble sans sonner, heureusement une voisine l'a récupéré, mais le carton était trempé.
O - - | Le pull est joli mais taille petit, prenez une taille au-dessus. Matière agréable malgré tout.
N C payment | J'ai été débité alors que la commande a été annulée par le site pour rupture de stock. Toujours pas remboursé après trois semaines.
P - - | Tiguidou! Le support pour vélo s'installe en 5 minutes pis il est ben solide. Content de mon achat.
N C product_quality | MISE À JOUR après 2 mois : au départ j'étais ravie de cette machine à café, le café était bon et la mousse de lait parfaite. Mais depuis quelques jours elle fuit par le dessous à chaque utilisation et affiche un voyant rouge que le manuel n'explique pas. J'ai fait le détartrage, rien n'y fait. Le SAV me demande de l'envoyer à mes frais. Franchement déçue, je passe de 5 à 2 étoiles.
P - - | Croquettes de très bonne qualité, mon chien les mange avec appétit et digère bien.
N C order_error | Reçu un article complètement différent : une coque pour iPhone 12 au lieu du Galaxy S23 commandé.
O - - | Ça fait le job. Rien d'exceptionnel, mais pour le prix on ne peut pas trop se plaindre.
P - - | Très satisfaite de ma commande chez ce site, livraison rapide et emballage soigné. Je repasserai commande.
N C product_quality | Les coutures du sac à main ont lâché au bout d'un mois. Pour du "cuir véritable" c'est décevant.
O - - | Avis mitigé. La perceuse est puissante et les batteries se rechargent vite, mais elle est lourde et le mandrin a un peu de jeu. Pour un bricoleur du dimanche comme moi ça suffit, un pro serait sans doute déçu. Trois étoiles.
N C returns_refunds | Retour refusé parce que "l'emballage a été ouvert". Comment voulez-vous essayer une paire de chaussures sans ouvrir la boîte ?
P - - | Cette application est géniale, elle m'a motivé à courir trois fois par semaine. L'abonnement annuel vaut le coup. Les plans d'entraînement s'adaptent à mon niveau et les rappels ne sont pas trop envahissants. Quelques petits bugs au début mais corrigés avec la dernière mise à jour.
N C delivery | Une fois, ça va, mais c'est la troisième commande qui arrive en retard chez ce marchand. Je vais voir ailleurs, en Belgique on a d'autres options.
P - - | Nickel, je recommande.
N C fraud | Vendeur frauduleux : le parfum reçu est une contrefaçon, l'odeur n'a rien à voir et il ne tient pas une heure. Signalé à Amazon.
O - - | La série de romans est sympa mais ce tome-ci est un peu long, il ne se passe pas grand-chose au milieu.
P - - | Produit de qualité, la poêle chauffe uniformément et rien n'accroche.
O C product_quality | Jolie lampe de jardin, facile à installer, mais elle ne s'allume que 20 minutes le soir même après une journée de plein soleil. Trois étoiles pour le look.
P - - | J'ai offert cette trottinette à ma fille pour ses 8 ans, elle est ravie. Solide, facile à plier, et les roues lumineuses font leur petit effet. Le guidon se règle en hauteur, elle pourra la garder plusieurs années.
N C outage | Depuis la mise à jour, impossible de me connecter à l'appli, message "erreur serveur" en boucle. Ça fait 4 jours.
P - - | Bon produit, conforme, arrivé rapidement.
P - - | Je suis au Québec et je commande souvent des jouets en ligne, mais ce robot programmable est vraiment une belle surprise. Mon garçon de 10 ans a appris les bases du codage en une fin de semaine avec l'application. Les pièces sont solides et s'emboîtent bien. L'application est en français, ce qui n'est pas toujours le cas. La batterie est rechargeable par USB-C, pas besoin de piles. Cinq étoiles sans hésiter.
P - - | Top, ma femme adore son nouveau sac.
N - - | La crème a une texture trop épaisse pour ma peau mixte, je ne l'aime pas. Rien à reprocher à l'envoi.
`,
);

const IT = lines(
  "it",
  `
P - - | Ottimo prodotto, consegna rapidissima.
N C product_quality | Dopo due settimane la batteria non tiene più la carica. Pessimo acquisto.
P - - | Scarpe comodissime, le porto tutto il giorno senza problemi. Taglia giusta.
O C delivery | Il prodotto in sé va bene, però il pacco è arrivato con 10 giorni di ritardo e la scatola era tutta ammaccata.
O - - | Niente di speciale. Fa il suo lavoro ma mi aspettavo qualcosa di più.
N C order_error | Ho ordinato il colore nero e mi è arrivato marrone. Sulla confezione c'era scritto nero, boh.
P - - | La moka è fatta bene, il caffè viene cremoso e la guarnizione chiude perfettamente. L'ho presa per sostituire quella vecchia di mia nonna e devo dire che non ha niente da invidiarle. Consigliatissima.
N C product_quality,customer_service | Il tostapane si è bruciato dopo un mese, ha fatto anche un po' di fumo. Ho scritto al venditore che mi ha risposto solo dopo 10 giorni chiedendomi foto e scontrino, poi più niente. Vergognoso.
P - - | Bellissimo libro, l'ho letto tutto d'un fiato.
N - - | A me non piace il sapore, troppo dolce. Ma mia figlia ne va matta, quindi de gustibus.
N C product_quality | La maglietta si è ristretta al primo lavaggio a 30 gradi. Ora la può mettere solo mio figlio di 10 anni.
O - - | Arrivato in tempo, imballato bene. Non l'ho ancora provato, è un regalo.
N C customer_service | Assistenza clienti inesistente. Ho aperto tre ticket per un problema alla garanzia e nessuno mi ha mai risposto.
P - - | Il mio gatto ci dorme sopra tutto il giorno, lo adora. Materiale morbido e lavabile.
P - - | Titolo: Vale ogni centesimo — Ho preso questo trapano avvitatore per lavori in casa e sono rimasto colpito. Leggero ma potente, due batterie incluse che durano tanto. La valigetta è comoda per tenere tutto in ordine.
N C delivery | Il corriere ha segnato "destinatario assente" ma io ero a casa tutto il giorno. Ora devo andare a ritirarlo in un punto a 15 km da casa mia.
O - - | Il materasso è buono, forse un po' troppo rigido per i miei gusti. Ci si abitua.
N C payment | Addebito doppio sulla carta per un solo ordine. Ho chiamato la banca, il negozio non risponde.
P - - | Ammazza che bella 'sta lampada! Fa una luce calda perfetta per il salotto, e si monta in due minuti.
N C product_quality | AGGIORNAMENTO dopo 3 mesi: all'inizio ero entusiasta di questa macchina per il pane, il pane veniva buonissimo e i programmi sono tanti. Ora però la pala si è bloccata e il motore gira a vuoto facendo un rumore terribile. L'ho usata forse 20 volte in tutto. Ho contattato l'assistenza e mi hanno detto che la spedizione per la riparazione è a mio carico. Per un prodotto di questo prezzo mi aspettavo ben altra durata. Tolgo tre stelle.
P - - | Perfetta per il mio Xiaomi, protegge bene e non scivola dalle mani.
N C order_error | Mancavano le viti nel pacco, impossibile montare il mobile. Ho dovuto comprarle a parte al ferramenta.
O - - | Buono il rapporto qualità prezzo, ma le istruzioni sono solo in inglese e non si capiscono bene.
P - - | Shop serio, spedizione veloce e prodotto ben imballato. Tornerò sicuramente ad acquistare.
O C product_quality | Suono buono per il prezzo e sono comode, però dopo poche settimane gracchiano a volume alto. Tre stelle, vediamo se peggiora.
O - - | Tre stelle perché la tenda da campeggio è facile da montare e abbastanza spaziosa per due persone, ma con la pioggia forte di sabato è entrata un po' d'acqua dalle cuciture. Con un telo sopra va bene. Per il campeggio estivo ok, per la montagna non la consiglierei.
N C returns_refunds | Ho fatto il reso come da procedura, il pacco risulta consegnato al magazzino da un mese e il rimborso non arriva. Nessuna risposta alle mail.
P - - | Crema fantastica, la pelle è morbidissima e il profumo è delicato. Ormai la ricompro sempre. La uso la sera dopo la doccia e al mattino la pelle è ancora idratata. Anche mia sorella l'ha provata e ora la compra pure lei.
N C price | Al carrello il prezzo era 39 euro, alla fine mi hanno addebitato 52 con "spese di gestione" mai indicate prima. Poco trasparente.
P - - | Tutto perfetto, come da descrizione.
N C product_quality | Il pallone si è sgonfiato dopo due partite. Valvola difettosa.
P - - | Gioco bellissimo, i miei bimbi ci passano i pomeriggi. Pezzi robusti e colorati.
P - - | Ero indecisa tra questo robot aspirapolvere e uno più caro, alla fine ho preso questo e non me ne pento. Mappa la casa in modo preciso, evita i cavi e i tappeti li pulisce bene. La app è in italiano e si programma facilmente. Con due cani il contenitore si riempie in fretta, ma lo svuoto ogni due giorni e va bene così. In due mesi nessun problema. Lo consiglio.
P - - | Spedizione velocissima, in Sicilia è arrivato in due giorni. Prodotto perfetto.
N - - | Il libro è scritto bene ma la storia non mi ha preso per niente, l'ho mollato a metà.
`,
);

const PL = lines(
  "pl",
  `
P - - | Wszystko zgodnie z opisem, polecam.
N C product_quality | Po tygodniu przestał działać. Nie da się go nawet włączyć.
P - - | Buty bardzo wygodne, rozmiar idealny. Szybka wysyłka, sprzedawca godny polecenia.
O C delivery | Słuchawki same w sobie w porządku, ale paczka szła prawie dwa tygodnie, a w aukcji było napisane wysyłka w 24h.
O - - | Produkt ok, ale nic specjalnego. Za tę cenę spodziewałem się trochę więcej.
N C order_error | Zamówiłam rozmiar M, przyszło XL. Muszę teraz odsyłać na własny koszt.
P - - | Ekspres do kawy spisuje się świetnie, kawa jest gorąca i aromatyczna, a mleko spienia się bardzo ładnie. Obsługa jest intuicyjna, a czyszczenie zajmuje chwilę. Używam codziennie od trzech miesięcy i nie mam żadnych zastrzeżeń. Polecam każdemu kawoszowi.
N C product_quality,returns_refunds | Kurtka przemaka po 10 minutach deszczu, mimo że w opisie stoi "wodoodporna". Chciałem ją zwrócić, ale sprzedawca odrzucił zwrot, bo rzekomo była noszona. Oczywiście, że była, inaczej bym nie wiedział, że przemaka! Odradzam.
P - - | Super książka, wciąga od pierwszej strony. Czytałam do trzeciej w nocy.
N - - | Smak zupełnie nie dla mnie, za bardzo ziołowy. Ale to kwestia gustu, opakowanie ładne.
N C product_quality | Ładowarka grzeje się tak, że nie da się jej dotknąć. Boję się zostawić na noc.
O - - | Dotarło w terminie, dobrze zapakowane. Na razie nie testowałem, dam znać.
N C customer_service | Kontakt ze sprzedawcą zerowy. Piszę od tygodnia przez Allegro i cisza.
P - - | Mój pies jest zachwycony nową zabawką, nie odstępuje jej na krok.
P - - | Tytuł: Świetny stosunek jakości do ceny — Słuchawki grają czysto, basy są mocne, ale nie dudnią. Bateria wytrzymuje spokojnie tydzień. Jedyny minus to trochę ciasny pałąk, ale po kilku dniach się rozchodził.
N C delivery | Kurier zostawił paczkę pod drzwiami bez dzwonienia, a w środku była szklana lampa. Rozbita.
O - - | Bluza fajna, ale kolor w rzeczywistości bardziej szary niż niebieski. Materiał miły.
N C payment | Zapłaciłem BLIKiem, pieniądze zeszły z konta, a zamówienie nadal widnieje jako nieopłacone. Obsługa nie odpowiada.
P - - | Sztos! Najlepszy blender jaki miałam, kruszy lód bez problemu.
N C product_quality | AKTUALIZACJA po 2 miesiącach: Na początku byłem zadowolony z odkurzacza, ssie mocno i jest cichy. Niestety po ośmiu tygodniach akumulator wytrzymuje już tylko 5 minut zamiast 40. Zgłosiłem reklamację, producent każe wysłać cały odkurzacz do serwisu i czekać nawet 30 dni. Przez ten czas nie mam czym sprzątać. Obniżam ocenę do jednej gwiazdki.
P - - | Etui idealnie pasuje do mojego iPhone'a 14, przyciski chodzą lekko.
N C order_error | W paczce brakowało ładowarki, która była w zestawie według opisu.
O - - | Przeciętny. Smaczny, ale porcja bardzo mała jak na tę cenę.
P - - | Sklep godny polecenia, zamawiam tu już kolejny raz i zawsze wszystko dochodzi na czas.
O C product_quality | Spodnie wygodne i dobrze leżą, ale szew przy kieszeni puścił po drugim założeniu, musiałam zaszyć sama. Trzy gwiazdki.
O - - | Trzy gwiazdki. Biurko wygląda ładnie i jest stabilne, ale montaż zajął mi ponad dwie godziny, bo instrukcja składa się z samych obrazków, często niejasnych. Kilka otworów było nierówno nawierconych, ale dało się to obejść. Jak ktoś ma cierpliwość, to będzie zadowolony.
N C returns_refunds | Zwrot odesłany miesiąc temu, paczka odebrana przez sklep, a pieniędzy dalej brak. Na Ceneo nie polecam.
P - - | Aplikacja działa bez zarzutu, bardzo ułatwia mi planowanie treningów. Warto wykupić wersję premium, bo dostaje się plany dopasowane do własnego tempa. Synchronizacja z zegarkiem działa od razu. Jedynie powiadomienia są trochę za częste, ale można je wyłączyć w ustawieniach.
N C fraud | Oszust! Sprzedawca wysłał pusty karton, a teraz nie odpisuje. Zgłoszone do Allegro i na policję.
P - - | Wszystko ok, szybko i sprawnie.
N C product_quality | Karma dla kota przyszła z terminem ważności za tydzień. Tak się nie wysyła towaru.
P - - | Kupiłam córce na urodziny, jest zachwycona. Klocki dobrej jakości, nic nie brakowało.
P - - | Długo szukałam fotelika rowerowego dla syna i w końcu trafiłam na ten. Montaż na ramie zajął mi kwadrans, bez żadnych dodatkowych narzędzi. Pasy regulują się łatwo, a podnóżki mają kilka poziomów, więc posłuży nam jeszcze dwa, trzy sezony. Syn siedzi wygodnie i nie marudzi nawet na dłuższych trasach. Cena była niższa niż w sklepach stacjonarnych. Jestem bardzo zadowolona.
P - - | Szybka dostawa, towar bez zarzutu. Polecam sprzedawcę.
N - - | Nie podoba mi się ten zapach, za słodki i duszący. Mąż twierdzi, że ładny, więc może to tylko ja.
`,
);

export const HELDOUT23: FreshText[] = [...EN, ...DE, ...ES, ...FR, ...IT, ...PL];
