/**
 * Dev product and marketplace reviews (bench/data23), written by hand by a fourth writer who did not read the
 * classifier, its rules, its docs nor the other fresh sets (only the line format in bench/data20/types.ts and
 * the topic names), after the held-out set was committed. Genres: reviews as customers post them on Amazon
 * (.com/.de/.fr/.es/.it/.pl), Allegro, Zalando, Idealo, Ceneo, Trustpilot, Google reviews of a shop and app
 * stores — body only or "Title — body"; products from electronics to groceries, and a few reviews of shops.
 * A third short, a third 2–4 sentences, a third long (pros and cons, updates). Mix: en 45, de 45, es 40,
 * fr 40, it 35, pl 35 = 240; about 40% negative, 20% neutral, 40% positive, labelled as the star rating and a
 * careful reader would give them. Complaint only where the shop, seller or maker should make something right.
 * This dev set may be tuned on; the held-out set (heldout.ts) is read once per pass.
 */
import { type FreshText, lines } from "../data20/types.js";

const EN = lines(
  "en",
  `
P - - | Exactly what I needed. Fast shipping too.
N C product_quality | Handle snapped off the first time I lifted the kettle with water in it. Could have scalded myself.
P - - | These leggings are amazing, squat proof and the pocket actually fits my phone. Ordering another pair in black.
N C delivery | Still waiting. Ordered 3 weeks ago, tracking hasn't moved since "label created".
O - - | Does what it says. Nothing more, nothing less.
N C order_error | Ordered the 64GB version, got the 32GB. Same box, different sticker on the bottom. Not cool.
P - - | I've tried a lot of fitness trackers and this is the first one I've kept wearing past the first month. Sleep tracking seems accurate, battery lasts about 9 days, and the app doesn't nag you constantly. The strap gave me a bit of a rash at first but the silicone replacement fixed that. Heart rate during HIIT lags a little behind my chest strap, but for everyday use it's more than enough. Solid buy at this price.
N C product_quality,customer_service | My son's remote control car stopped working after 4 days. One of the wheels just stopped turning. I emailed the seller with a video as they asked and never heard back, two follow ups later still nothing. Looks like they only answer when you're buying. Waste of 45 quid.
P - - | Lovely mug, bigger than expected. Dishwasher safe and the print hasn't faded.
N - - | Not a fan of the flavour, tastes like cardboard to me. My partner finished the box so maybe it's just me.
N C product_quality | The suitcase wheel cracked on its very first trip. Dragged it the rest of the way through the airport. Really poor for a brand name.
O C delivery | Product is fine but it came a week later than promised and the box looked like it had been kicked across the warehouse. Luckily nothing inside was damaged.
N C customer_service | Honestly the worst customer service I've dealt with. Agent was rude, kept saying "that's not my department" and then the chat just ended.
P - - | My tomatoes have never been this good. This fertiliser is the real deal, will be buying again next spring.
P - - | Title: Great for the price — Bought this budget tablet for my dad who just wants to read the news and video call the grandkids. It's snappy enough, screen is bright, and setup took 10 minutes. Wouldn't game on it but that's not what it's for.
N C delivery | Courier left it in the rain on the doorstep. Book was soaked through, pages all wavy. Had to order another copy.
O - - | The colour is a bit different from the photo, more beige than white. Fabric is fine. Keeping it.
N C payment | They charged my card before the item was even in stock, then cancelled the order, and the money's still not back after 10 days.
P - - | Honestly the best noise cancelling headphones I've owned, and I've had the big names. Flights are so much better now.
N C product_quality | UPDATE after 6 weeks: Down from 4 stars to 1. The robot mower worked great for the first month, it followed the boundary wire perfectly and the lawn looked amazing. Then it started stopping in the middle of the garden with a "lift sensor" error, several times a day. I've cleaned it, reset it, re-laid part of the wire. Support sent me a generic troubleshooting PDF. I paid over 800 pounds for something I now have to babysit. Very disappointed.
P - - | Super comfy, true to size, and the colour is gorgeous in person.
N C order_error | Half the order was missing. Paid for 3 items, got 1. The invoice in the box even lists all three.
O - - | It's alright. Bit flimsy but for a kid's desk it's fine.
P - - | Quick delivery, good communication from the seller. Would buy again.
N C product_quality | Lid doesn't seal properly, soup leaked all over my bag on day one. So much for "leakproof".
O - - | Three stars. The pressure cooker itself is brilliant, I use it three times a week for stews and rice, and it's safe and easy to clean. The app that comes with it though is pretty useless, half the recipes won't load and it keeps asking me to log in again. If you just use the buttons on the machine you'll be happy. If you bought it for the smart features, don't bother.
N C returns_refunds | They refused my return because I "opened the packaging". How else was I supposed to find out it didn't fit?
P - - | I was worried about buying a mattress online without trying it, but the 100 night trial convinced me. Three months in and I'm not sending it back. My back pain in the mornings is mostly gone and my partner says I've stopped tossing and turning. It's on the firm side, so if you like soft beds maybe look at their other model. Delivery guys even took the old mattress away. Really good experience overall.
O C product_quality | Bench looks nice and was easy to put together, but the paint started chipping after a month outside and there's rust underneath already. Three stars, it's still usable.
P - - | Works perfectly with my Switch. Charges fast and the cable is long enough to play from the couch.
N C fraud | Fake listing. Paid, got a tracking number for a different city, seller account deleted two days later.
O - - | Haven't used it enough to say. First impressions are fine, it's quiet and fits under my desk.
P - - | Dog food is great, my picky eater actually finishes his bowl now. Coat looks shinier too.
N C product_quality | Came with scratches all over the glass top. Clearly a return being resold as new.
P - - | Cracking little book, read it on the train in a day. Proper laugh out loud in places.
N C outage | App has been down all weekend, can't unlock my smart lock with it. Had to use the physical key like it's 1995. For a paid subscription this is unacceptable.
O C order_error | The lamp is nice but they sent the warm white version instead of daylight. Not worth the hassle of returning it, just a bit annoying.
P - - | Bloody brilliant. Took the dog camping in Scotland and this tent didn't let in a drop of water all week. Packs down small, goes up in 10 minutes once you've done it once, and has room for two adults and a very wet spaniel. Only niggle is the zips are a bit stiff. Would buy again without thinking.
N C price | The "sale" price is higher than what it was last month. Checked on a price tracker. Shady.
P - - | Does the job brilliantly.
O - - | Title: It's a cable — Standard HDMI cable. Picture is fine on my 4K TV, no idea if it's any better than the cheap ones.
P - - | Kids love it, well made.
P - - | Ordered a set of bed sheets from this shop after seeing them recommended on a forum, and I'm honestly impressed. They're 100% cotton, properly breathable, and they've gone through a dozen washes without shrinking or pilling. Delivery to Bangalore took 4 days which is good for a small brand. The packaging was plastic free too, nice touch. Only thing, the fitted sheet is a bit tight on a deep mattress. Will be ordering the duvet cover next.
N - - | Read the first 100 pages and gave up. Plot just goes nowhere. Others seem to love it so maybe it's me.
P - - | Very good quality, my son wears these school trousers every day and they still look new after a term. Knees haven't worn through, which is a first.
`,
);

const DE = lines(
  "de",
  `
P - - | Top Produkt, gerne wieder.
N C product_quality | Der Föhn hat nach einem Monat angefangen zu stinken und ist dann einfach ausgegangen. Nie wieder diese Marke.
P - - | Die Jacke ist warm, leicht und sieht super aus. Größe passt genau, ich trage sonst auch L.
N C delivery | Lieferung wurde dreimal verschoben, am Ende kam das Paket neun Tage zu spät. Kein Wort der Entschuldigung.
O - - | Durchschnittlich. Erfüllt seinen Zweck.
N C order_error | Statt der bestellten 2er-Packung kam nur eine Flasche. Bezahlt habe ich natürlich für zwei.
P - - | Ich habe lange überlegt, ob ich so viel Geld für einen Bürostuhl ausgeben soll, aber es hat sich gelohnt. Nach einem Arbeitstag habe ich keine Rückenschmerzen mehr, die Armlehnen lassen sich in alle Richtungen verstellen und die Lordosenstütze ist genau an der richtigen Stelle. Der Aufbau dauerte 20 Minuten. Einziger Minuspunkt: Das Netz am Sitz ist im Sommer angenehm, im Winter etwas kühl. Würde ihn trotzdem sofort wieder kaufen.
N C product_quality,returns_refunds | Die Kopfhörer haben schon nach zwei Wochen auf der rechten Seite keinen Ton mehr. Ich wollte sie innerhalb der 30 Tage zurückgeben, aber der Händler verlangt, dass ich die Rücksendung selbst bezahle und erstattet nur 80 %, weil die Verpackung "beschädigt" sei. Das Gerät ist defekt, nicht ich! Ganz schlechter Service.
P - - | Mein Kater ist ganz verrückt nach diesem Futter. Endlich frisst er wieder ordentlich.
N - - | Die Farbe gefällt mir in echt überhaupt nicht, wirkt irgendwie billig. Ist aber Geschmackssache, die Qualität passt.
N C product_quality | Das Glas der Tischplatte hatte einen Sprung, als ich den Karton öffnete. Außen war der Karton völlig unbeschädigt.
O C delivery | Produkt an sich in Ordnung, aber die Lieferung hat eine Woche länger gedauert als angekündigt. Deshalb nur drei Sterne.
N C customer_service | Ich habe dreimal beim Support angerufen und jedes Mal wurde mir etwas anderes erzählt. Einer meinte, Garantie gilt, der nächste meinte nein. Absolut unprofessionell.
P - - | Die Pfanne ist der Hammer. Braten ohne Anbrennen, und sie lässt sich ganz einfach sauber machen.
P - - | Titel: Sehr gutes Spiel für die ganze Familie — Wir spielen es jeden Samstag mit den Kindern (8 und 11) und allen macht es Spaß. Regeln sind schnell erklärt, eine Runde dauert etwa 30 Minuten. Das Material ist hochwertig.
N C delivery | Hermes hat das Paket angeblich an einen Nachbarn übergeben, den es in unserem Haus gar nicht gibt. Seitdem ist es verschwunden.
O - - | Der Roman ist solide geschrieben, aber das Ende hat mich etwas enttäuscht. Kann man lesen, muss man aber nicht.
N C payment | Bei der Bestellung wurde Ratenzahlung angeboten, danach wurde trotzdem der volle Betrag auf einmal abgebucht. Mein Konto ist jetzt im Minus.
P - - | Sau guat! Des Brot aus der Backmischung schmeckt wie vom Bäcker. Hab scho drei Packerl nachbestellt.
N C product_quality | UPDATE nach 5 Monaten: Ich muss meine Bewertung leider deutlich herabsetzen. Die Waschmaschine lief anfangs tadellos, leise und sparsam. Seit etwa vier Wochen zeigt sie aber ständig den Fehler E21 an und pumpt das Wasser nicht mehr ab. Der Techniker war zweimal da, hat die Pumpe getauscht, und jetzt tritt der Fehler wieder auf. Für ein Gerät dieser Preisklasse ist das inakzeptabel. Ich verlange jetzt den Austausch. Von vier auf einen Stern.
P - - | Sehr gute Hülle, schützt das Handy gut und ist nicht zu dick.
N C order_error | Es kam ein gebrauchtes Gerät mit Fingerabdrücken und Kratzern statt Neuware. Auf der Rechnung steht "neu".
O - - | Preis-Leistung passt. Die Verarbeitung ist nicht perfekt, für den Gartengebrauch aber ausreichend.
P - - | Bestellung bei Zalando lief wie immer reibungslos. Retoure auch total unkompliziert, Geld war schnell zurück.
O C product_quality | Bequeme Schuhe und schönes Leder, aber an einer Seite löst sich nach drei Wochen schon die Sohle. Mal sehen, ob der Händler nachbessert. Drei Sterne.
O - - | Drei Sterne von mir. Das Kinderfahrrad ist stabil und die Kleine fährt gern damit, aber der Aufbau war wirklich eine Zumutung: Die Anleitung ist nur bebildert, die Bremsen mussten komplett neu eingestellt werden und ein Reflektor fehlte. Der Händler hat den Reflektor zwar nachgeschickt, aber ohne Werkzeugkenntnisse hätte ich das Rad nicht fahrbereit bekommen. Für geübte Schrauber ok.
N C returns_refunds | Seit sieben Wochen warte ich auf meine Rückerstattung. Das Paket ist laut Sendungsverfolgung längst angekommen. Kundenservice vertröstet mich immer wieder.
P - - | Ich nutze die App seit einem Jahr für meine Finanzen und bin begeistert. Alle Konten auf einen Blick, die Kategorien werden automatisch erkannt und die Budgets helfen mir wirklich beim Sparen. Das Abo kostet ein paar Euro im Monat, aber das spare ich locker wieder ein. Früher gab es manchmal Probleme mit der Bankverbindung, seit dem letzten Update läuft alles stabil. Volle Empfehlung.
N C fraud | Achtung Betrug! Angebliches Markenparfum war Wasser mit etwas Duft. Händler reagiert nicht mehr.
P - - | Gut verpackt, schnell da, alles bestens.
N C product_quality | Der Akkuschrauber hat schon nach dem zweiten Einsatz Rauch entwickelt. Zum Glück war ich daneben.
P - - | Wunderschöne Bettwäsche, weich und angenehm, auch nach mehreren Wäschen keine Knötchen.
N - - | Mir persönlich ist der Kaffee zu säuerlich. Die Bohnen sind frisch geröstet, daran liegt es nicht.
N C price | Zwei Tage nach dem Kauf ist der Preis um 40 Euro gefallen. Preisanpassung wird verweigert. Kaufe dort nicht mehr.
O - - | Die Lieferung kam heute, alles vollständig. Ausprobiert habe ich den Smoothie-Maker noch nicht.
P - - | Hab das Teil fürs Büro in Zürich bestellt, tiptop! Der Monitorarm hält meinen 32-Zöller problemlos und lässt sich stufenlos verstellen. Montage war in 15 Minuten erledigt. Kabelmanagement ist clever gelöst. Lieferung in die Schweiz ging schneller als gedacht, ohne Zollprobleme. Das einzig Negative: Die Schrauben für die Tischklemme sind etwas kurz für dicke Tischplatten.
O C product_quality | Sieht auf dem Balkon hübsch aus und die Fernbedienung ist praktisch, aber ein Teil der Lämpchen ist schon am zweiten Abend ausgefallen. Mittelmäßig.
O C order_error | Statt Größe 40 kam 41, passt mit dicken Socken aber trotzdem. Schuhe an sich sind gut verarbeitet.
P - - | Bin absolut zufrieden, das Kabel lädt schnell und ist schön robust.
N C outage | Seit zwei Tagen lässt sich die Kamera nicht mehr über die App steuern, "Server nicht erreichbar". Sicherheitskamera ohne Funktion, super.
P - - | Meine Tochter liebt die Puppe, die Haare lassen sich gut kämmen und die Kleider sind liebevoll gemacht.
N C customer_service | Kein Rückruf, obwohl dreimal versprochen. Ich warte seit zwei Wochen auf eine Antwort zur Reparatur.
P - - | Passt perfekt, danke!
P - - | Wir haben das Trampolin für den Garten gekauft und die Kinder sind seitdem kaum noch im Haus. Der Aufbau war zu zweit in gut zwei Stunden erledigt, die Anleitung ist verständlich. Das Sicherheitsnetz ist stabil und die Polsterung über den Federn dick genug. Nach einem Sommer mit Regen und Sonne sieht alles noch gut aus, nichts rostet. Die Leiter ist etwas wackelig, das ist aber das einzige, was mir negativ aufgefallen ist. Klare Kaufempfehlung für Familien.
P - - | Schöner Shop, nette Beratung am Telefon, und das Sofa kam pünktlich zum vereinbarten Termin.
`,
);

const ES = lines(
  "es",
  `
P - - | Perfecto, tal cual la foto.
N C product_quality | Las costuras de la mochila se abrieron al mes. Para ir al cole no aguanta nada.
P - - | La cafetera es una maravilla, el café sale cremoso y en nada de tiempo. Muy fácil de limpiar.
N C delivery | El paquete llegó 15 días tarde y encima con la caja rota. Muy mal servicio de envío.
O - - | Correcto. Ni bueno ni malo, hace lo que tiene que hacer.
N C order_error | Pedí el color verde y me mandaron el rosa. La etiqueta decía verde.
P - - | Llevo dos meses con este reloj inteligente y estoy encantado. La batería dura una semana, mide bien los pasos y el sueño, y las notificaciones del móvil llegan al instante. La correa es cómoda incluso para dormir. Lo único que echo en falta es un GPS integrado, pero usando el del teléfono se apaña. Por este precio no he encontrado nada mejor.
N C product_quality,returns_refunds | El secador se quemó a los diez días, olía a plástico quemado y dejó de funcionar. Pedí la devolución y el vendedor me dice que ya pasaron los 7 días de su política, cuando Amazon dice 30. Me parece una tomadura de pelo. No compréis aquí.
P - - | Mis hijos se lo pasan genial con este juego, lo sacamos todas las noches.
N - - | A mí el sabor no me convence, demasiado picante. Pero bueno, es cuestión de gustos.
N C product_quality | El sartén se raya con solo mirarlo. Uso espátula de silicona y aun así ya tiene marcas.
O C delivery | El producto está bien, pero el repartidor lo dejó en la portería sin avisar y tardé tres días en enterarme.
N C customer_service | Nadie contesta en atención al cliente. Llevo una semana intentando cambiar la dirección de entrega.
P - - | Me queda ideal el bañador, la tela es de calidad y el color no se ha ido con el cloro.
P - - | Título: Muy recomendable — La lámpara da una luz cálida muy agradable y se puede regular desde el móvil. La instalación fue muy fácil y la app está en español.
N C delivery | Me dicen que el paquete se perdió en el almacén y que tengo que esperar 15 días más a que "lo investiguen".
O - - | El libro está bien, se lee rápido, pero esperaba más por todo lo que se hablaba de él.
N C payment | Me han cobrado la suscripción anual después de haberla cancelado. Tengo el correo de confirmación de la baja.
P - - | Qué buena onda este vendedor, me mandó el pedido a Guadalajara rapidísimo y bien empacado. Todo llegó perfecto.
N C product_quality | ACTUALIZACIÓN tras 4 meses: le puse 5 estrellas al principio porque la aspiradora funcionaba de lujo y era muy ligera. Pero hace unas semanas la batería empezó a durar cada vez menos y ahora no llega ni a 8 minutos. He contactado al fabricante y me piden el ticket, fotos, vídeo y que la envíe por mi cuenta. Me parece mucho lío para algo que está en garantía. De momento la dejo en 2 estrellas a ver cómo lo resuelven.
P - - | Buena funda, se ajusta perfecto al iPhone y protege la cámara.
N C order_error | Faltaban dos piezas del mueble, no se puede terminar de montar. Estoy esperando que me las manden.
O - - | La calidad es aceptable para el precio. Tampoco esperaba más.
P - - | Tienda muy seria, ya es la tercera vez que compro y siempre todo correcto.
N C product_quality | El pantalón destiñe muchísimo, me manchó el sofá. Lo lavé aparte y sigue soltando tinta.
O - - | Tres estrellas. El patinete eléctrico va bien en llano y tiene buena autonomía, unos 20 km reales. En cuestas se queda muy corto y con mi peso (90 kg) casi no sube. Los frenos funcionan bien y se pliega fácil. Para trayectos cortos por la ciudad cumple, para otra cosa no lo recomendaría.
N C returns_refunds | Devolví las zapatillas hace 5 semanas y el reembolso sigue sin llegar. El servicio de atención solo dice que está "en trámite".
P - - | Compré este cortacésped para el jardín de mis padres y estamos muy contentos. Es ligero, fácil de manejar y corta muy parejo. La bolsa de recogida es grande y se vacía sin problema. La batería da para todo el jardín (unos 200 m²) y aún sobra. Montarlo fue cosa de diez minutos. Muy recomendable.
N C fraud | Estafa total. Me llegó una caja con una piedra dentro en lugar del móvil. El vendedor ya no existe.
P - - | Muy bien, llegó rápido.
N C product_quality | El cable dejó de cargar a la semana, ya van dos que me pasa con esta marca.
P - - | Los pendientes son preciosos, muy delicados y no me han dado alergia. Vienen en una cajita bonita para regalar.
N - - | No me gustó la película, muy lenta y el doblaje es flojo. La edición en sí está bien.
P - - | Increíble la calidad de la sartén, cocina parejo y no se pega nada. Tras varios meses sigue como el primer día. Vale cada euro.
O - - | Lo recibí ayer, todavía no lo he probado. Viene bien protegido.
O - - | Es un abrigo normal, ni muy calentito ni muy fino. Para el otoño en Madrid sirve.
O - - | Título: Ni fu ni fa — El champú limpia bien pero no noto la diferencia con el del súper que cuesta la mitad.
P - - | Genial para la terraza.
P - - | Tenía dudas de comprar una bici plegable por internet, pero ha sido todo un acierto. Viene casi montada, solo hubo que poner los pedales y ajustar el manillar. Es ligera, se pliega en diez segundos y cabe en el maletero de mi coche pequeño. Las marchas cambian suave y los frenos responden bien. La uso a diario para ir al trabajo combinándola con el metro. Por ponerle una pega, el sillín es algo duro, pero se cambia fácil.
P - - | La app de idiomas me encanta, llevo 200 días seguidos practicando francés y ya entiendo series sin subtítulos.
`,
);

const FR = lines(
  "fr",
  `
P - - | Parfait, rien à dire.
N C product_quality | La fermeture éclair a cassé au bout de trois utilisations. Très déçue.
P - - | Le robot pâtissier est top, il pétrit la pâte à pain sans forcer et il est plutôt silencieux. Je recommande.
N C delivery | Livraison prévue en 48h, reçu au bout de 10 jours. Le suivi n'a jamais été mis à jour.
O - - | Moyen. Le produit est correct mais sans plus.
N C order_error | J'ai reçu une taille 40 au lieu du 38 commandé. L'étiquette de la boîte indiquait pourtant 38.
P - - | Après des années à utiliser des rasoirs jetables, je suis passé à cette tondeuse et je ne reviendrai pas en arrière. La coupe est précise, la batterie tient plus d'un mois, et les sabots sont faciles à changer. Elle est étanche, donc je peux l'utiliser sous la douche. Le seul défaut est l'étui, un peu fragile. Pour le prix, c'est un excellent achat.
N C product_quality,customer_service | L'imprimante n'a jamais fonctionné correctement : bourrages papier à chaque impression et la connexion Wi-Fi se coupe sans arrêt. J'ai contacté le service client qui m'a fait réinstaller trois fois le pilote, puis m'a dit que c'était ma box internet. Personne ne veut reconnaître le défaut. À fuir.
P - - | Mes enfants adorent ces livres, on les lit le soir avant de dormir.
N - - | Je n'aime pas du tout l'odeur de ce gel douche, trop chimique à mon goût. Question de préférence.
N C product_quality | Le pied de la table était tordu à la livraison, elle est bancale. Impossible de la redresser.
O C delivery | Bon produit mais livré avec une semaine de retard. J'aurais mis 5 étoiles sinon.
N C customer_service | Service client très désagréable au téléphone. On m'a raccroché au nez quand j'ai demandé un remboursement.
P - - | Excellent café, bien corsé sans être amer. Je le prends en grains et c'est un régal.
P - - | Titre : Belle surprise — Je n'attendais pas grand-chose de ces enceintes à ce prix, mais le son est clair et les basses sont présentes. Le Bluetooth s'appaire sans souci et la portée est bonne.
N C delivery | Colis marqué "livré" alors que je n'ai rien reçu. Aucune photo de livraison, aucune signature.
O - - | Le roman se lit bien mais la fin est bâclée. Je m'attendais à mieux de cet auteur.
N C payment | Prélèvement de 29,99 € pour un abonnement que je n'ai jamais souscrit. Impossible de trouver comment résilier.
P - - | Une fois la jardinière montée, c'est vraiment chouette. Solide, belle finition, je suis contente. Allez-y les yeux fermés, comme on dit chez nous à Liège.
N C product_quality | MISE À JOUR après 3 mois : je baisse ma note de 4 à 1 étoile. Au début la montre connectée était parfaite, écran lumineux, GPS précis, bonne autonomie. Mais depuis un mois l'écran reste noir de façon aléatoire et il faut la redémarrer plusieurs fois par jour. J'ai contacté le fabricant qui m'a demandé de réinitialiser, ce que j'avais déjà fait trois fois. Maintenant ils me disent de l'envoyer en réparation avec un délai de 4 à 6 semaines. Je n'ai plus de montre pendant tout ce temps. Dommage, le produit était prometteur.
P - - | Coque très solide, mon téléphone est tombé plusieurs fois sans aucun dégât.
N C order_error | Il manquait la notice et la télécommande dans le carton. Le produit est inutilisable sans.
O - - | Correct pour le prix. Les finitions sont un peu limites, mais ça fait l'affaire.
P - - | Boutique sérieuse, colis bien emballé et arrivé en 2 jours. Je recommande sans hésiter.
N C product_quality | Le t-shirt a rétréci de deux tailles au premier lavage à 30°C. Du grand n'importe quoi.
O - - | Trois étoiles. Le vélo d'appartement est stable et silencieux, ce qui est appréciable en appartement. En revanche l'écran est très basique et les programmes intégrés sont peu nombreux. La selle est inconfortable après 20 minutes, j'ai dû en acheter une autre. Le montage a pris une heure à deux. Pour faire du cardio tranquille ça va, pour un usage intensif je passerais mon chemin.
N C returns_refunds | Retour effectué il y a un mois, colis bien reçu par le vendeur, toujours aucun remboursement. Je commence à m'inquiéter.
P - - | J'adore cette crème, elle hydrate bien sans graisser. J'ai la peau sensible et je n'ai eu aucune réaction. L'odeur est légère et agréable. Le flacon pompe est pratique et dure environ deux mois. Je l'ai déjà recommandée à plusieurs amies. Franchement, c'est ma crème préférée depuis des années.
N C fraud | Arnaque. Les écouteurs "originaux" sont des faux, la boîte est mal imprimée et le son est horrible. Le vendeur ne répond plus.
P - - | Très bon produit, je suis satisfait.
N C product_quality | La poussette a une roue qui se bloque sans arrêt, c'est dangereux dans la rue.
P - - | Super achat pour mon chien, le harnais est réglable et il ne peut plus s'en échapper. Matériaux solides.
N - - | Je n'ai pas accroché à ce jeu vidéo, trop répétitif pour moi. Techniquement il n'y a rien à redire.
P - - | Ma fille est aux anges avec son nouveau vélo. Il est léger, les freins sont efficaces et la couleur est superbe. Le montage a pris 20 minutes. Elle le prend tous les jours pour aller à l'école.
O - - | Bien reçu, emballage correct. Je donnerai mon avis après utilisation.
O - - | Un ouvre-boîte comme un autre. Il fonctionne, c'est déjà ça.
O - - | Titre : Mitigé — Le goût du thé est agréable mais il est trop léger à mon goût, il faut mettre deux sachets. L'emballage est joli.
P - - | Impeccable, merci.
P - - | J'ai acheté ce canapé convertible pour notre petit appartement à Montréal et c'est exactement ce qu'il nous fallait. Le tissu est doux et semble résistant, même avec le chat. Le mécanisme pour le transformer en lit est simple, ma mère a pu le faire seule quand elle est venue dormir chez nous. Le matelas est correct pour quelques nuits, pas plus. La livraison a été faite à l'heure prévue et les livreurs l'ont monté au troisième. Très satisfaits.
P - - | L'appli est super pratique pour faire mes courses, je gagne un temps fou chaque semaine.
`,
);

const IT = lines(
  "it",
  `
P - - | Tutto ok, consigliato.
N C product_quality | Il manico della valigia si è rotto al primo viaggio. Qualità scadente.
P - - | Il piumino è caldissimo e leggero, l'ho usato in montagna a -10 e non ho sentito freddo.
N C delivery | Doveva arrivare in 3 giorni, ne sono passati 12. Il tracking è fermo da una settimana.
O - - | Normale. Fa quello che deve fare, niente di più.
N C order_error | Ho ricevuto una sola confezione invece delle tre ordinate e pagate.
P - - | Uso questa friggitrice ad aria da tre mesi quasi ogni giorno e ne sono davvero soddisfatta. Le patatine vengono croccanti, il pollo resta morbido dentro e la cucina non puzza di fritto. Il cestello si lava facilmente anche in lavastoviglie. L'unico difetto è che è un po' ingombrante sul piano di lavoro. Per il resto la ricomprerei subito.
N C product_quality,returns_refunds | Lo smartphone si spegne da solo più volte al giorno, anche con la batteria carica. Ho chiesto la sostituzione entro i 14 giorni e il venditore ha rifiutato dicendo che è un problema software e che devo rivolgermi al produttore. Ma il telefono l'ho comprato da loro! Assurdo.
P - - | Ottimo giocattolo, il mio bimbo di due anni ci gioca tutto il giorno.
N - - | Il profumo non fa per me, troppo intenso. Mia moglie invece lo trova buono.
N C product_quality | La padella ha iniziato a perdere il rivestimento dopo un mese. Ora attacca tutto.
O C delivery | Prodotto buono ma la consegna è arrivata con una settimana di ritardo, senza nessun avviso.
N C customer_service | Servizio clienti maleducato. Mi hanno risposto in modo sgarbato e mi hanno chiuso la chiamata in faccia.
P - - | Il caffè è buonissimo, aroma intenso e cremoso. Lo compro ogni mese.
P - - | Titolo: Bellissima sorpresa — Non mi aspettavo una qualità così alta da questo zaino. Tessuto resistente, cerniere robuste e tante tasche utili. Lo uso per andare al lavoro in bici e anche sotto la pioggia il contenuto resta asciutto.
N C delivery | Il pacco risulta consegnato, ma io non ho ricevuto niente. Il corriere non risponde.
O - - | Il romanzo si legge, ma è lento e ripetitivo in alcuni punti. Non il suo migliore.
N C payment | Mi hanno addebitato l'abbonamento anche dopo la disdetta. Ho la mail di conferma della cancellazione.
P - - | Uè, sti cuscini so' proprio comodi! Li ho messi sul divano e non me li tolgo più di dosso. Consigliati.
N C product_quality | AGGIORNAMENTO dopo 2 mesi: all'inizio avevo dato 5 stelle perché il monitor era perfetto, colori brillanti e nessun pixel morto. Ora però compaiono delle righe verticali sullo schermo che vanno e vengono. Ho provato un altro cavo e un altro computer, stesso problema. Ho aperto una richiesta di assistenza e mi dicono di attendere fino a 30 giorni per la riparazione. Per lavoro mi serve ogni giorno, quindi sono costretto a comprarne un altro nel frattempo. Scendo a una stella.
P - - | Cover perfetta, si vede che è di qualità. Ottimo acquisto.
N C order_error | Nella scatola mancava il caricabatterie, nonostante fosse indicato nella descrizione.
O - - | Prezzo giusto, qualità nella media. Non mi lamento.
P - - | Negozio affidabile, ho ordinato più volte e sempre arrivato tutto in perfette condizioni.
O C product_quality | Il maglione è morbido e il colore è bello, però ha fatto i pallini dopo due lavaggi a mano. Tre stelle.
O - - | Tre stelle perché la macchina per la pasta fa il suo lavoro ma è difficile da pulire, la farina si infila ovunque. Il motore è robusto e le trafile sono diverse. Con un po' di pazienza si ottengono buoni risultati, ma il tempo di pulizia supera quello di preparazione. Non so se la ricomprerei.
N C returns_refunds | Ho restituito l'articolo un mese fa e non ho ancora ricevuto il rimborso. Ogni volta mi dicono di aspettare.
P - - | Questa crema solare è fantastica, non unge e protegge benissimo. L'ho usata tutta l'estate al mare con i bambini e nessuno si è scottato. Si assorbe in fretta e non lascia la patina bianca. Il profumo è leggero. Il prezzo è un po' alto, ma la qualità si sente. La riprenderò l'anno prossimo.
N C fraud | Truffa! Ho pagato e mi è arrivato un pacco vuoto. Il venditore è sparito.
P - - | Perfetto, arrivato in due giorni.
O - - | È un normale tappetino per il mouse, né meglio né peggio di altri.
P - - | Buonissimi questi biscotti, finiti in due giorni!
P - - | Le scarpe da trekking sono comodissime fin dal primo utilizzo.
P - - | Ho comprato questo set di pentole dopo aver cambiato il piano a induzione e sono molto soddisfatto. Scaldano in modo uniforme e il fondo non si deforma. I manici restano freddi e i coperchi in vetro sono comodi per controllare la cottura. Si lavano bene anche in lavastoviglie, anche se a mano restano più lucide. L'unica pecca è che la padella più piccola è davvero piccola. Nel complesso un ottimo acquisto per il prezzo pagato.
N - - | Non mi è piaciuto il libro, troppo lento e pieno di descrizioni inutili. Lo sconsiglio a chi cerca azione.
`,
);

const PL = lines(
  "pl",
  `
P - - | Super, polecam!
N C product_quality | Czajnik przecieka od spodu po dwóch tygodniach. Nie nadaje się do użytku.
P - - | Kurtka ciepła i lekka, świetnie sprawdza się na rower. Rozmiar zgodny z tabelą.
N C delivery | Zamówienie szło 10 dni, a sprzedawca przez cały czas nie odpowiadał na wiadomości.
O - - | Średnio. Spełnia swoje zadanie, ale szału nie ma.
N C order_error | Przyszedł zły model telefonu. Zamawiałem wersję 128 GB, a dostałem 64 GB.
P - - | Kupiłem ten robot sprzątający po długich poszukiwaniach i jestem bardzo zadowolony. Dobrze mapuje mieszkanie, omija kable i nie gubi się pod łóżkiem. Mopowanie jest raczej do odświeżenia podłogi niż do prawdziwego mycia, ale tego się spodziewałem. Aplikacja jest po polsku i działa bez problemów. Po trzech miesiącach wszystko działa jak pierwszego dnia.
N C product_quality,customer_service | Zegarek przestał się ładować po miesiącu. Napisałem do sprzedawcy, ten odesłał mnie do producenta, a producent z powrotem do sprzedawcy. Od trzech tygodni nikt nie chce się tym zająć. Żenada.
P - - | Córka jest zachwycona lalką, bawi się nią codziennie.
N - - | Herbata zupełnie nie w moim guście, za bardzo owocowa. Jakość pewnie dobra.
O C product_quality | Patelnia dobrze smaży i nic nie przywiera, ale rączka zaczęła się chwiać po tygodniu. Dokręciłem, zobaczymy na jak długo.
O C delivery | Towar w porządku, ale dostawa opóźniła się o tydzień bez żadnej informacji.
N C customer_service | Obsługa klienta nieuprzejma, na pytanie o gwarancję usłyszałem, że to nie ich problem.
P - - | Świetna kawa, aromatyczna i niezbyt kwaśna. Zamawiam regularnie.
P - - | Tytuł: Warte swojej ceny — Plecak jest pojemny, wygodny i ma dużo kieszeni. Używam go codziennie do pracy i na siłownię. Szwy solidne, zamki chodzą gładko.
N C delivery | InPost zgubił paczkę, a sprzedawca twierdzi, że to nie jego sprawa. Czekam już trzeci tydzień.
O - - | Książka ciekawa, ale druga połowa mocno się dłuży.
N C payment | Pieniądze pobrane dwa razy za to samo zamówienie. Sklep milczy.
P - - | Mega sprawa ten blender! Koktajle robią się w minutę i łatwo go umyć.
N C product_quality | AKTUALIZACJA po 3 miesiącach: początkowo byłam zachwycona ekspresem, kawa była pyszna, a obsługa prosta. Niestety od miesiąca cieknie woda spod urządzenia i pojawia się komunikat o błędzie, którego nie ma w instrukcji. Odkamienianie nic nie dało. Serwis kazał wysłać ekspres na własny koszt i czekać do 21 dni roboczych. Za taką cenę spodziewałam się czegoś trwalszego. Zmieniam ocenę z pięciu na dwie gwiazdki.
P - - | Etui pasuje idealnie, dobrze chroni aparat. Polecam.
N C order_error | Zamiast czarnych butów przyszły brązowe. Na pudełku naklejka z dobrym kolorem.
O - - | Cena w porządku, jakość przeciętna. Do domu wystarczy.
P - - | Sprzedawca bardzo pomocny, doradził mi odpowiedni rozmiar. Paczka przyszła następnego dnia.
N C product_quality | Koszulka zafarbowała całe pranie na różowo. Prana w 30 stopniach, zgodnie z metką.
O - - | Trzy gwiazdki. Hulajnoga jest szybka i dobrze się prowadzi, ale bateria wystarcza na połowę zasięgu podanego w opisie. Hamulce działają dobrze, składanie też proste. Na krótkie dojazdy do pracy wystarcza, na dłuższe trasy już nie. Za tę cenę spodziewałem się więcej.
N C returns_refunds | Zwrot odrzucony, bo "produkt nosił ślady użytkowania". Buty przymierzyłem raz w domu na dywanie.
P - - | Jestem bardzo zadowolona z tego kremu. Skóra jest nawilżona przez cały dzień, a makijaż dobrze się trzyma. Nie zapycha porów, co przy mojej cerze jest najważniejsze. Zapach jest delikatny. Opakowanie wystarcza na prawie trzy miesiące. Na pewno kupię ponownie i polecam każdemu z cerą mieszaną.
N C fraud | Uwaga na tego sprzedawcę na Allegro. Przysłał podróbkę perfum, a teraz usunął konto.
P - - | Wszystko przyszło szybko i w idealnym stanie.
O - - | Zwykła ładowarka, ładuje normalnie, nic więcej nie da się powiedzieć.
P - - | Piękne kolczyki, żona zachwycona.
P - - | Aplikacja bankowa w końcu działa jak należy, przelewy błyskawiczne.
P - - | Zamówiłam rozkładany namiot ogrodowy na wesele córki w ogrodzie i spisał się na medal. Rozstawienie zajęło we dwójkę niecałe pół godziny. Materiał jest gruby, a ścianki boczne można odpiąć, co przy upale było zbawienne. W nocy trochę popadało i w środku było sucho. Po imprezie złożyliśmy go bez problemu do torby. Sprzedawca odpowiadał na pytania jeszcze przed zakupem, bardzo miły kontakt.
N - - | Serial na DVD zupełnie mi się nie spodobał, nudny i przewidywalny. Płyty działają bez zarzutu.
`,
);

export const DEV23: FreshText[] = [...EN, ...DE, ...ES, ...FR, ...IT, ...PL];
