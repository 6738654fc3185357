# Writes fr.jsonl: 30 French statement passages (blind6). Run from this folder.
import json
P = []
N = "\u00a0"
def p(i, pub, title, text, st, note=None):
    d = {"id": "fr6-%03d" % i, "language": "fr", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["statements"] = st
    P.append(d)
def s(sp, q, direct, pat, note=None, **kw):
    d = {"speaker": sp, "quote": q, "direct": direct, "pattern": pat}
    if note: d["note"] = note
    d.update(kw)
    return d
UAF = ["armée de l'air ukrainienne", "Ukrainian Air Force", "Ukraine's air force", "Air Force of Ukraine", "Повітряні сили України"]
RUMOD = ["ministère russe de la Défense", "ministère de la Défense russe", "Russian Ministry of Defence", "Russian Defence Ministry", "Минобороны России"]
IDF = ["armée israélienne", "Tsahal", "Israel Defense Forces", "IDF", "Israeli army"]
HEZ = ["Hezbollah", "Hizbollah", "mouvement chiite libanais", "Hizballah"]
RSF = ["Forces de soutien rapide", "FSR", "Rapid Support Forces", "RSF", "paramilitaires"]

sp = ["Volodymyr Tkatchouk", "Tkatchouk", "Volodymyr Tkachuk", "Tkachuk", "Володимир Ткачук"]
p(1, "2025-02-12", "Odessa : un entrepôt en feu",
  f"ODESSA (Ukraine), 12 février (AFP) - Un entrepôt de céréales a pris feu dans le port d'Odessa après une attaque de drones russes dans la nuit de mardi à mercredi, a indiqué le porte-parole de l'administration militaire régionale, Volodymyr Tkatchouk. «{N}Les pompiers ont travaillé jusqu'à l'aube{N}», a-t-il ajouté, précisant qu'aucun navire n'avait été endommagé.",
  [s(sp, "Un entrepôt de céréales a pris feu dans le port d'Odessa après une attaque de drones russes dans la nuit de mardi à mercredi", False, "inverted-title-name-after", "porte-parole inventé"),
   s(sp, "Les pompiers ont travaillé jusqu'à l'aube", True, "direct-a-t-il-ajoute"),
   s(sp, "aucun navire n'avait été endommagé", False, "participe-precisant-que")])

p(2, "2024-11-14", "Koursk : le gouverneur accuse Kiev",
  "Selon le gouverneur de la région de Koursk, une frappe de drone ukrainienne a endommagé mercredi soir une sous-station électrique à Rylsk, privant de courant près de 3 000 foyers. Il a accusé l'armée ukrainienne de «\u00a0terroriser la population\u00a0».",
  [s(["gouverneur de la région de Koursk", "gouverneur de Koursk", "Kursk governor", "governor of the Kursk region", "administration régionale de Koursk", "Kursk regional administration"], "une frappe de drone ukrainienne a endommagé mercredi soir une sous-station électrique à Rylsk, privant de courant près de 3 000 foyers", False, "selon-start-untitled-governor"),
   s(["gouverneur de la région de Koursk", "gouverneur de Koursk", "Kursk governor", "governor of the Kursk region", "administration régionale de Koursk", "Kursk regional administration"], "terroriser la population", True, "accuse-de-citation-pronom-il")])

p(3, "2025-03-12", "Gaza : frappe à Deir el-Balah",
  "Au moins une famille entière a été ensevelie sous les décombres de sa maison à Deir el-Balah, dans le centre de la bande de Gaza, après une frappe aérienne israélienne survenue peu avant l'aube, a déclaré mercredi à l'AFP Basel Abou Jarad, un secouriste de la défense civile. L'armée israélienne, interrogée, a indiqué «\u00a0examiner les informations\u00a0».",
  [s(["Basel Abou Jarad", "Abou Jarad", "Basel Abu Jarad", "Abu Jarad"], "Au moins une famille entière a été ensevelie sous les décombres de sa maison à Deir el-Balah, dans le centre de la bande de Gaza, après une frappe aérienne israélienne survenue peu avant l'aube", False, "a-declare-a-l-afp-nom-role", "secouriste inventé"),
   s(IDF, "examiner les informations", True, "infinitif-cite-participe-interrogee")])

p(4, "2024-10-08", "Kryvyï Rih : les secours",
  "Sur cette photo diffusée par le service de presse de la présidence ukrainienne, des secouristes fouillent les ruines d'un immeuble à Kryvyï Rih. (Photo AFP / Service de presse)",
  [], note="légende photo : aucune déclaration")

p(5, "2025-01-21", "Liban : Tsahal dit viser un dépôt",
  "L'armée israélienne a affirmé mardi avoir frappé «\u00a0un dépôt d'armes du Hezbollah\u00a0» près de Tyr, dans le sud du Liban. Le mouvement chiite, lui, n'a pas réagi. D'après l'Agence nationale d'information (ANI, officielle), le raid a touché un hangar agricole et blessé deux ouvriers syriens.",
  [s(IDF, "avoir frappé «\u00a0un dépôt d'armes du Hezbollah\u00a0» près de Tyr, dans le sud du Liban", False, "infinitif-avoir-mixed"),
   s(["Agence nationale d'information", "ANI", "National News Agency", "NNA"], "le raid a touché un hangar agricole et blessé deux ouvriers syriens", False, "d-apres-acronyme-parenthese", "'n'a pas réagi' n'est pas une déclaration")])

p(6, "2024-12-17", "Mer Rouge : les houthis revendiquent",
  f"Les rebelles houthis du Yémen ont revendiqué lundi soir une attaque de drones contre un pétrolier en mer Rouge, au large de Hodeïda. «{N}Le navire a été touché directement{N}», a affirmé leur porte-parole militaire dans une allocution télévisée, sans donner le nom du bâtiment. Un responsable de la sécurité maritime de la région, sous couvert d'anonymat, a assuré de son côté qu'aucune avarie n'avait été signalée.",
  [s(["houthis", "rebelles houthis", "Houthis", "Ansar Allah"], "Le navire a été touché directement", True, "direct-porte-parole-leur"),
   s(["houthis", "rebelles houthis", "Houthis", "Ansar Allah"], "une attaque de drones contre un pétrolier en mer Rouge, au large de Hodeïda", False, "revendique-groupe-nominal"),
   s(["responsable de la sécurité maritime", "sécurité maritime"], "aucune avarie n'avait été signalée", False, "anonyme-sans-organisation", optional=True)])

p(7, "2025-04-09", "Soudan : El-Fasher pilonnée",
  "Les paramilitaires des Forces de soutien rapide (FSR) ont pilonné mardi le camp de déplacés d'Abou Chouk, près d'El-Fasher, a rapporté la salle d'intervention d'urgence locale, un réseau de bénévoles. Selon elle, les obus sont tombés près d'une cuisine collective à l'heure de la distribution. Les FSR ont pour leur part accusé l'armée d'utiliser le camp «\u00a0comme bouclier\u00a0».",
  [s(["salle d'intervention d'urgence", "salle d'intervention d'urgence locale", "emergency response room", "Abu Shouk emergency response room"], "Les paramilitaires des Forces de soutien rapide (FSR) ont pilonné mardi le camp de déplacés d'Abou Chouk, près d'El-Fasher", False, "inverted-body-apposition"),
   s(["salle d'intervention d'urgence", "salle d'intervention d'urgence locale", "emergency response room", "Abu Shouk emergency response room"], "les obus sont tombés près d'une cuisine collective à l'heure de la distribution", False, "selon-elle"),
   s(RSF, "utiliser le camp «\u00a0comme bouclier\u00a0»", False, "accuse-de-acte-mixed")])

p(8, "2024-08-27", "Kharkiv : bombe guidée",
  "Une bombe aérienne guidée a frappé lundi après-midi un supermarché du quartier de Kholodnohirsky, à Kharkiv. Pour le maire adjoint Oleksandr Pylypenko, joint par téléphone, «\u00a0c'est un miracle que le bâtiment était presque vide\u00a0». M. Pylypenko a ajouté que les employés avaient eu le temps de rejoindre l'abri.",
  [s(["Oleksandr Pylypenko", "Pylypenko", "Alexandre Pylypenko", "Олександр Пилипенко"], "c'est un miracle que le bâtiment était presque vide", True, "pour-x-citation", "maire adjoint inventé"),
   s(["Oleksandr Pylypenko", "Pylypenko", "Alexandre Pylypenko", "Олександр Пилипенко"], "les employés avaient eu le temps de rejoindre l'abri", False, "m-nom-a-ajoute")])

p(9, "2025-05-13", "Frappes sur la région de Moscou",
  "À lire aussi\u00a0: Guerre en Ukraine : ce que l'on sait des frappes de drones sur la région de Moscou",
  [], note="teaser « À lire aussi »")

p(10, "2024-06-25", "Incendie",
  "Un incendie s'est déclaré dans la nuit dans un entrepôt de pneus de la banlieue de Donetsk, et les images qui circulent sur les réseaux sociaux racontent une nuit de chaos.",
  [], note="« s'est déclaré » et « racontent » inanimé : aucune déclaration")

p(11, "2025-03-03", "Moscou : drones abattus",
  "Le maire de Moscou a fait état dimanche soir de deux drones abattus à l'approche de la capitale, sans faire état de dégâts. Les débris sont tombés près de Domodedovo, selon la même source.",
  [s(["maire de Moscou", "mairie de Moscou", "Mayor of Moscow", "Moscow mayor"], "deux drones abattus à l'approche de la capitale", False, "fait-etat-de-titre-sans-nom"),
   s(["maire de Moscou", "mairie de Moscou", "Mayor of Moscow", "Moscow mayor"], "Les débris sont tombés près de Domodedovo", False, "selon-la-meme-source", "« sans faire état de dégâts » : aucune")])

sp = ["Iryna Moroz", "Moroz", "Ірина Мороз", "Irina Moroz"]
p(12, "2024-09-18", "Zaporijjia : un jardin d'enfants",
  f"«{N}Il n'y avait heureusement personne à l'intérieur{N}», a souligné Iryna Moroz, directrice du jardin d'enfants touché mardi par un missile à Zaporijjia. «{N}Nous allons déménager dans le sous-sol de l'école voisine.{N}» Selon elle, la façade et le toit sont entièrement détruits.",
  [s(sp, "Il n'y avait heureusement personne à l'intérieur", True, "direct-nom-role-apres"),
   s(sp, "Nous allons déménager dans le sous-sol de l'école voisine", True, "direct-continuation"),
   s(sp, "la façade et le toit sont entièrement détruits", False, "selon-elle")])

p(13, "2025-01-30", "Syrie : frappe près de Homs",
  "Des frappes aériennes attribuées à Israël ont visé jeudi à l'aube un site militaire près de Homs, a rapporté l'agence officielle Sana, citant une source militaire. L'Observatoire syrien des droits de l'homme (OSDH), basé au Royaume-Uni et qui dispose d'un vaste réseau de sources en Syrie, a dit que le site abritait des drones.",
  [s(["Sana", "SANA", "agence officielle Sana", "Syrian Arab News Agency"], "Des frappes aériennes attribuées à Israël ont visé jeudi à l'aube un site militaire près de Homs", False, "inverted-agency-citant"),
   s(["Observatoire syrien des droits de l'homme", "OSDH", "Syrian Observatory for Human Rights", "SOHR"], "le site abritait des drones", False, "long-apposition-relative")])

p(14, "2024-07-16", "Belgorod : bilan",
  "Des tirs d'artillerie ukrainiens ont visé mardi matin le village de Novaïa Tavolzhanka, a annoncé l'administration régionale de Belgorod sur Telegram, ajoutant que deux maisons avaient brûlé. Kiev, qui ne commente généralement pas ce type d'accusations, n'a pas réagi.",
  [s(["administration régionale de Belgorod", "Belgorod regional administration", "autorités de la région de Belgorod"], "Des tirs d'artillerie ukrainiens ont visé mardi matin le village de Novaïa Tavolzhanka", False, "inverted-administration"),
   s(["administration régionale de Belgorod", "Belgorod regional administration", "autorités de la région de Belgorod"], "deux maisons avaient brûlé", False, "participe-ajoutant-que")])

p(15, "2025-06-03", "Newsletter",
  "Recevez chaque matin l'essentiel de l'actualité internationale. Inscrivez-vous à notre lettre d'information\u00a0: en cliquant, vous acceptez nos conditions générales, qui précisent l'usage de vos données.",
  [], note="bannière lettre d'information : mobilier de page")

p(16, "2024-10-29", "RDC : Goma",
  "«\u00a0Les bombes sont tombées pendant que les enfants faisaient la queue pour l'eau\u00a0», raconte Espérance Kahindo, mère de quatre enfants, réfugiée dans le camp de Bulengo, près de Goma, touché lundi par des tirs d'obus. L'armée congolaise et le M23 se rejettent la responsabilité du bombardement. Le porte-parole militaire du gouverneur du Nord-Kivu a accusé les rebelles d'avoir «\u00a0tiré délibérément sur des civils\u00a0».",
  [s(["Espérance Kahindo", "Kahindo"], "Les bombes sont tombées pendant que les enfants faisaient la queue pour l'eau", True, "raconte-inverse-nom-apposition", "déplacée inventée"),
   s(["gouverneur du Nord-Kivu", "gouvernorat du Nord-Kivu", "North Kivu governor", "North Kivu provincial government"], "avoir «\u00a0tiré délibérément sur des civils\u00a0»", False, "accuse-d-avoir-mixed")],
  note="« se rejettent la responsabilité » : accusation réciproque sans paroles, non annotée")

p(17, "2025-02-18", "Niger : attaque à Tillabéri",
  "Des hommes armés ont attaqué dimanche une position de l'armée près de Téra, dans la région de Tillabéri, a annoncé lundi soir le ministère nigérien de la Défense dans un communiqué lu à la télévision publique. Le ministère a affirmé que l'assaut avait été «\u00a0repoussé avec vigueur\u00a0» et que «\u00a0de nombreux assaillants\u00a0» avaient été tués.",
  [s(["ministère nigérien de la Défense", "ministère de la Défense du Niger", "Niger's defence ministry", "Ministry of Defence of Niger"], "Des hommes armés ont attaqué dimanche une position de l'armée près de Téra, dans la région de Tillabéri", False, "inverted-ministry-communique"),
   s(["ministère nigérien de la Défense", "ministère de la Défense du Niger", "Niger's defence ministry", "Ministry of Defence of Niger"], "l'assaut avait été «\u00a0repoussé avec vigueur\u00a0»", False, "le-ministere-mixed"),
   s(["ministère nigérien de la Défense", "ministère de la Défense du Niger", "Niger's defence ministry", "Ministry of Defence of Niger"], "«\u00a0de nombreux assaillants\u00a0» avaient été tués", False, "et-que-mixed")])

p(18, "2024-05-22", "Soldat et désinformation",
  "Le ministère russe de la Défense n'a pas commenté les informations faisant état d'une frappe sur un aérodrome de Crimée. Contacté, le ministère ukrainien de la Défense n'a pas donné de détails.",
  [], note="paroles niées : « n'a pas commenté », « n'a pas donné de détails »")

p(19, "2025-04-24", "Kiev : missiles balistiques",
  "Au moins neuf missiles balistiques ont été tirés sur Kiev dans la nuit de mercredi à jeudi, a annoncé l'armée de l'air ukrainienne, qui dit en avoir intercepté sept. Le chef de l'administration militaire de la ville, Tymour Kovalenko, a appelé les habitants à «\u00a0ne pas ignorer les alertes\u00a0», estimant que les tirs visaient des quartiers résidentiels.",
  [s(UAF, "Au moins neuf missiles balistiques ont été tirés sur Kiev dans la nuit de mercredi à jeudi", False, "inverted-air-force"),
   s(UAF, "en avoir intercepté sept", False, "relative-qui-dit-infinitif"),
   s(["Tymour Kovalenko", "Kovalenko", "Tymur Kovalenko", "Тимур Коваленко"], "ne pas ignorer les alertes", True, "a-appele-a-citation", optional=True, note="appel : acte de parole douteux"),
   s(["Tymour Kovalenko", "Kovalenko", "Tymur Kovalenko", "Тимур Коваленко"], "les tirs visaient des quartiers résidentiels", False, "participe-estimant-que")])

p(20, "2024-12-09", "Birmanie : raid aérien",
  "Un raid aérien de la junte a touché samedi un marché de la commune de Kyauktaw, dans l'État de l'Arakan, selon l'Armée d'Arakan, qui contrôle la zone. Un porte-parole de la junte, joint par l'AFP, a démenti que l'aviation ait visé des civils, affirmant qu'elle avait frappé «\u00a0des positions terroristes\u00a0».",
  [s(["Armée d'Arakan", "Arakan Army", "AA"], "Un raid aérien de la junte a touché samedi un marché de la commune de Kyauktaw, dans l'État de l'Arakan", False, "selon-final-relative"),
   s(["junte", "junte birmane", "Myanmar junta", "Myanmar military", "armée birmane", "Tatmadaw"], "l'aviation ait visé des civils", False, "a-dementi-que"),
   s(["junte", "junte birmane", "Myanmar junta", "Myanmar military", "armée birmane", "Tatmadaw"], "elle avait frappé «\u00a0des positions terroristes\u00a0»", False, "participe-affirmant-mixed")])

p(21, "2025-05-27", "Rappel",
  "Il y a un an, le 26 mai 2024, une frappe sur un marché couvert de Pokrovsk avait fait onze morts. Le bâtiment, rasé, n'a jamais été reconstruit.",
  [], note="rappel historique d'une attaque passée, sans verbe de parole",)

p(22, "2024-08-06", "Liban : Hezbollah revendique",
  "Le Hezbollah a revendiqué lundi des tirs de roquettes sur la caserne israélienne de Kiryat Shmona, «\u00a0en riposte à l'assassinat\u00a0» d'un de ses commandants. Selon les services de secours israéliens, Magen David Adom, un homme de 40 ans a été légèrement blessé par des éclats.",
  [s(HEZ, "des tirs de roquettes sur la caserne israélienne de Kiryat Shmona, «\u00a0en riposte à l'assassinat\u00a0» d'un de ses commandants", False, "revendique-mixed"),
   s(["Magen David Adom", "MDA", "services de secours israéliens"], "un homme de 40 ans a été légèrement blessé par des éclats", False, "selon-description-apposition-nom")])

p(23, "2025-03-25", "Somalie : frappe américaine",
  "Le commandement militaire américain pour l'Afrique (Africom) a indiqué avoir mené dimanche une frappe aérienne contre des combattants de l'État islamique dans les montagnes de Golis, au Puntland, «\u00a0en coordination avec le gouvernement fédéral somalien\u00a0». Il a assuré qu'aucun civil n'avait été blessé.",
  [s(["Africom", "AFRICOM", "US Africa Command", "U.S. Africa Command", "commandement militaire américain pour l'Afrique"], "avoir mené dimanche une frappe aérienne contre des combattants de l'État islamique dans les montagnes de Golis, au Puntland, «\u00a0en coordination avec le gouvernement fédéral somalien\u00a0»", False, "infinitif-avoir-mixed-acronyme"),
   s(["Africom", "AFRICOM", "US Africa Command", "U.S. Africa Command", "commandement militaire américain pour l'Afrique"], "aucun civil n'avait été blessé", False, "pronom-il-assure")])

p(24, "2024-11-26", "Contact sans réponse",
  "Sollicitée à plusieurs reprises par notre rédaction, la porte-parole de l'état-major n'a pas répondu à nos questions sur la frappe de samedi.",
  [], note="contact sans réponse")

p(25, "2025-01-13", "Nigeria : attaque jihadiste",
  "Des jihadistes présumés ont attaqué samedi soir une base militaire à Sabon Gari, dans l'État de Borno, a affirmé à l'AFP un chef de milice locale, Babakura Kolo, ajoutant que les assaillants étaient arrivés «\u00a0à bord d'une vingtaine de motos\u00a0». L'armée nigériane a, elle, évoqué une attaque «\u00a0repoussée\u00a0».",
  [s(["Babakura Kolo", "Kolo"], "Des jihadistes présumés ont attaqué samedi soir une base militaire à Sabon Gari, dans l'État de Borno", False, "a-affirme-a-l-afp-role-nom", "milicien inventé"),
   s(["Babakura Kolo", "Kolo"], "les assaillants étaient arrivés «\u00a0à bord d'une vingtaine de motos\u00a0»", False, "ajoutant-que-mixed"),
   s(["armée nigériane", "Nigerian army", "Nigerian Army", "Nigerian military"], "une attaque «\u00a0repoussée\u00a0»", False, "evoque-groupe-nominal-elle")])

sp = ["Mykola Stasiouk", "Stasiouk", "Mykola Stasiuk", "Stasiuk", "Микола Стасюк"]
p(26, "2025-06-10", "Dnipro : une usine touchée",
  f"L'attaque a visé «{N}une entreprise civile, pas une usine d'armement{N}», a insisté Mykola Stasiouk, le directeur de l'usine de Dnipro touchée lundi par un missile de croisière. «{N}Nous fabriquions des pièces pour tracteurs{N}, a-t-il poursuivi. Trente ans de travail ont brûlé en une nuit.{N}»",
  [s(sp, "une entreprise civile, pas une usine d'armement", True, "mixed-quote-inverted-name-role", "la citation couvre le complément, sujet hors citation"),
   s(sp, "Nous fabriquions des pièces pour tracteurs", True, "split-quote-first"),
   s(sp, "Trente ans de travail ont brûlé en une nuit", True, "split-quote-second")])

p(27, "2024-09-03", "Pakistan : attaque au Baloutchistan",
  "Des hommes armés ont ouvert le feu lundi sur un bus de passagers à Musakhel, dans la province du Baloutchistan, a déclaré un haut responsable local, Najibullah Kakar, cité par l'agence APP. L'Armée de libération du Baloutchistan (BLA) a revendiqué l'attaque dans un message transmis aux médias.",
  [s(["Najibullah Kakar", "Kakar"], "Des hommes armés ont ouvert le feu lundi sur un bus de passagers à Musakhel, dans la province du Baloutchistan", False, "inverted-role-name-cite-par"),
   s(["Armée de libération du Baloutchistan", "BLA", "Balochistan Liberation Army"], "l'attaque", False, "revendique-l-attaque", optional=True, note="revendication nominale courte")])

p(28, "2025-02-24", "Haïti : gangs",
  "Les gangs de la coalition Viv Ansanm ont attaqué dimanche le quartier de Tabarre, dans l'est de Port-au-Prince, a dénoncé la police nationale d'Haïti, qui parle d'«\u00a0une offensive coordonnée\u00a0». Des habitants ont raconté avoir fui à pied vers Pétion-Ville.",
  [s(["police nationale d'Haïti", "PNH", "Haitian National Police", "Police nationale d'Haïti"], "Les gangs de la coalition Viv Ansanm ont attaqué dimanche le quartier de Tabarre, dans l'est de Port-au-Prince", False, "a-denonce-inverse"),
   s(["police nationale d'Haïti", "PNH", "Haitian National Police", "Police nationale d'Haïti"], "une offensive coordonnée", True, "parle-d-citation"),
   s(["habitants", "residents"], "avoir fui à pied vers Pétion-Ville", False, "habitants-optionnels", optional=True)])

p(29, "2024-07-02", "Iran : explosion",
  "Selon un communiqué des Gardiens de la révolution, un drone «\u00a0hostile\u00a0» a été abattu lundi au-dessus de la province du Kurdistan iranien. Téhéran n'a accusé aucun pays.",
  [s(["Gardiens de la révolution", "Corps des Gardiens de la révolution islamique", "IRGC", "Islamic Revolutionary Guard Corps", "pasdaran"], "un drone «\u00a0hostile\u00a0» a été abattu lundi au-dessus de la province du Kurdistan iranien", False, "selon-un-communique-de")],
  note="« n'a accusé aucun pays » : accusation niée, aucune déclaration")

p(30, "2025-04-15", "Khan Younès : évacuation",
  "Légende\u00a0: Des secouristes palestiniens évacuent un blessé après une frappe israélienne à Khan Younès, le 14 avril 2025. © Samir Haddad / AFP",
  [], note="légende photo avec crédit")

with open("fr.jsonl", "w", encoding="utf-8") as f:
    for d in P:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P))
