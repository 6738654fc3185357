from speakers import *
import json

NB = "\u00a0"
def G(t):
    """French typography with no-break spaces inside « » and before : and ;"""
    return t.replace("« ", "«" + NB).replace(" »", NB + "»").replace(" :", NB + ":").replace(" ;", NB + ";")

def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional: d["optional"] = True
    if note: d["note"] = note
    return d

P = []
def add(date, title, text, statements, note=None):
    d = {"id": None, "language": "fr", "published": date, "title": title, "text": text}
    if note: d["note"] = note
    if NB in text:
        for st in statements:
            if st["quote"]:
                st["quote"] = G(st["quote"])
    d["statements"] = statements
    P.append(d)

SAVTCHENKO = ["Dmytro Savtchenko", "Savtchenko", "Dmytro Savchenko", "Savchenko", "Dmitri Savtchenko"]
add("2024-02-20", "Kherson : deux bus touchés à Korabel",
 "Le maire adjoint de Kherson, Dmytro Savtchenko, a déclaré que deux bus municipaux avaient été touchés par des tirs d'artillerie dans le quartier de Korabel. M. Savtchenko a précisé que les transports publics y étaient suspendus jusqu'à nouvel ordre.",
 [S(SAVTCHENKO, "deux bus municipaux avaient été touchés par des tirs d'artillerie dans le quartier de Korabel", False, "title-name-appositive", "la personne, pas la mairie ni la ville"),
  S(SAVTCHENKO, "les transports publics y étaient suspendus jusqu'à nouvel ordre", False, "title-name-later-mr")])

TKATCHOUK = ["Oleksandr Tkatchouk", "Tkatchouk", "Oleksandr Tkachuk", "Tkachuk", "Olexandre Tkatchouk", "Aleksandr Tkachuk"]
add("2024-08-09", "Marhanets : une école endommagée",
 G("Le chef de l'administration militaire de Marhanets, Oleksandr Tkatchouk, a indiqué sur Telegram qu'un drone russe avait endommagé le toit d'une école primaire. « Les cours reprendront en ligne dès lundi », a ajouté M. Tkachuk."),
 [S(TKATCHOUK, "un drone russe avait endommagé le toit d'une école primaire", False, "title-name-appositive"),
  S(TKATCHOUK, "Les cours reprendront en ligne dès lundi", True, "name-spelling-variant", "deux translittérations du même nom")])

BELOOUSSOVA = ["Irina Belooussova", "Belooussova", "Irina Belousova", "Belousova", "Iryna Belousova"]
add("2024-08-12", "Koursk : un drone sur un entrepôt",
 "La vice-gouverneure de la région de Koursk, Irina Belooussova, a affirmé qu'un drone ukrainien s'était abattu sur un entrepôt agricole près de Lgov. Selon Mme Belousova, l'incendie a été maîtrisé en fin de matinée.",
 [S(BELOOUSSOVA, "un drone ukrainien s'était abattu sur un entrepôt agricole près de Lgov", False, "title-name-appositive", "la personne, pas la région"),
  S(BELOOUSSOVA, "l'incendie a été maîtrisé en fin de matinée", False, "name-spelling-variant", "« Mme » + autre graphie")])

ABOUJABER = ["Samir Abou Jaber", "Abou Jaber", "Samir Abu Jaber", "Abu Jaber", "docteur Samir Abou Jaber"]
add("2024-01-09", "Jabaliya : l'hôpital al-Awda à court de tout",
 "Le directeur de l'hôpital al-Awda de Jabaliya, le docteur Samir Abou Jaber, a affirmé que ses équipes opéraient à la lumière des téléphones depuis deux nuits. « Nous n'avons plus d'anesthésiants », a-t-il déclaré aux journalistes.",
 [S(ABOUJABER, "ses équipes opéraient à la lumière des téléphones depuis deux nuits", False, "org-hospital-director", "directeur nommé : la personne"),
  S(ABOUJABER, "Nous n'avons plus d'anesthésiants", True, "addressee-reporters", "les journalistes ne sont pas le locuteur")])

NABATIEH_HOSP = ["Nabatieh Governmental Hospital", "Nabatieh government hospital", "hôpital gouvernemental de Nabatieh", "hôpital public de Nabatieh", "hôpital de Nabatieh", "directeur de l'hôpital gouvernemental de Nabatieh"]
add("2024-10-17", "Nabatieh : l'hôpital gouvernemental endommagé",
 "Le directeur de l'hôpital gouvernemental de Nabatieh a indiqué qu'une frappe israélienne à une cinquantaine de mètres du bâtiment avait soufflé les vitres du service de dialyse, estimant que l'établissement ne pourrait plus accueillir de patients en sécurité.",
 [S(NABATIEH_HOSP, "une frappe israélienne à une cinquantaine de mètres du bâtiment avait soufflé les vitres du service de dialyse", False, "org-hospital-director", "directeur sans nom : l'hôpital"),
  S(NABATIEH_HOSP, "l'établissement ne pourrait plus accueillir de patients en sécurité", False, "participle-clause", "« estimant que »")])

add("2024-09-28", "Beyrouth : l'aéroport reste ouvert",
 G("La Direction générale de l'aviation civile libanaise a assuré samedi que l'aéroport de Beyrouth restait ouvert malgré les frappes sur la banlieue sud, affirmant que les pistes n'avaient pas été touchées."),
 [S(LEB_CIVAV, "l'aéroport de Beyrouth restait ouvert malgré les frappes sur la banlieue sud", False, "org-civil-aviation"),
  S(LEB_CIVAV, "les pistes n'avaient pas été touchées", False, "participle-clause", "« affirmant que »")])

add("2024-07-06", "Aéroports de Kazan et d'Oufa fermés",
 "L'agence fédérale russe du transport aérien, Rosaviatsia, a annoncé la fermeture temporaire des aéroports de Kazan et d'Oufa samedi matin, après le signalement de drones au-dessus du Tatarstan.",
 [S(ROSAV, "la fermeture temporaire des aéroports de Kazan et d'Oufa samedi matin", False, "org-civil-aviation", "complément nominal")])

BELGOROD_EMERG = ["services d'urgence de la région de Belgorod", "service régional des situations d'urgence de Belgorod", "direction régionale du ministère des Situations d'urgence de Belgorod", "Belgorod regional emergency services", "Belgorod region emergency service", "Belgorod regional branch of the Emergencies Ministry"] + RU_EMERCOM
add("2024-03-16", "Belgorod : un immeuble en feu",
 G("Les services d'urgence de la région de Belgorod ont indiqué qu'un débris de roquette avait provoqué un incendie dans un immeuble de cinq étages. « Quarante habitants ont été évacués », ont-ils précisé."),
 [S(BELGOROD_EMERG, "un débris de roquette avait provoqué un incendie dans un immeuble de cinq étages", False, "org-regional-emergency"),
  S(BELGOROD_EMERG, "Quarante habitants ont été évacués", True, "pronoun-ils", "« ont-ils précisé »")])

ZAP_EMERG = ["service d'urgence de la région de Zaporijia", "services de secours de la région de Zaporijia", "service régional des urgences de Zaporijia", "Zaporizhzhia regional emergency service", "Zaporizhzhia region emergency services"] + UA_SES
add("2025-01-09", "Zaporijia : un atelier détruit",
 "Le service d'urgence de la région de Zaporijia a fait état de trois morts après la chute de deux bombes guidées sur un atelier de réparation automobile. D'après lui, les recherches se sont poursuivies toute la nuit.",
 [S(ZAP_EMERG, "trois morts après la chute de deux bombes guidées sur un atelier de réparation automobile", False, "org-regional-emergency", "« a fait état de » : le groupe nominal"),
  S(ZAP_EMERG, "les recherches se sont poursuivies toute la nuit", False, "selon-lui", "« D'après lui »")])

add("2023-11-14", "Khan Younès : tirs revendiqués",
 G("Les Brigades al-Qods, branche armée du Jihad islamique, ont affirmé avoir tiré des obus de mortier sur des soldats israéliens à l'est de Khan Younès. « Nos combattants sont revenus sains et saufs », ont-elles ajouté sur Telegram."),
 [S(QUDS_BRIG, "avoir tiré des obus de mortier sur des soldats israéliens à l'est de Khan Younès", False, "org-armed-group", "complément infinitif gardé avec « avoir »"),
  S(QUDS_BRIG, "Nos combattants sont revenus sains et saufs", True, "pronoun-elles")])

add("2025-01-27", "Goma : le M23 accuse l'armée congolaise",
 "Les rebelles du M23 ont accusé l'armée congolaise d'avoir bombardé des quartiers habités de Goma dans la nuit. L'armée congolaise a répliqué que ses tirs visaient uniquement des positions rebelles sur les hauteurs de la ville.",
 [S(FARDC, "ses tirs visaient uniquement des positions rebelles sur les hauteurs de la ville", False, "org-army-fr-name", "« l'armée congolaise » ; verbe « répliquer »"),
  S(M23, "l'armée congolaise d'avoir bombardé des quartiers habités de Goma dans la nuit", False, "accusation-clause")])

add("2024-06-04", "Nord-Kivu : l'armée dit avoir repoussé une attaque",
 G("L'armée congolaise a affirmé avoir repoussé une attaque du M23 contre ses positions près de Kanyabayonga. « La situation est sous contrôle », a déclaré aux journalistes son porte-parole dans le Nord-Kivu."),
 [S(FARDC, "avoir repoussé une attaque du M23 contre ses positions près de Kanyabayonga", False, "org-army-fr-name"),
  S(FARDC, "La situation est sous contrôle", True, "addressee-reporters", "porte-parole sans nom : l'armée")])

add("2024-10-22", "Rakhine : l'armée d'Arakan dénonce un bombardement",
 "L'Armée d'Arakan, un groupe armé ethnique qui combat la junte dans l'État de Rakhine, a dénoncé un « massacre de civils sans défense » après le bombardement d'un village près de Mrauk U par l'aviation birmane.",
 [S(AA, "massacre de civils sans défense", True, "org-armed-group", "« a dénoncé un « … » » : la citation couvre le complément ; voir aussi la paraphrase"),
  ],
 note="la citation d'un seul mot est le complément de « dénoncer »")

add("2024-05-16", "Briansk : retards sur les chemins de fer",
 "Les chemins de fer russes (RZD) ont annoncé des retards de plusieurs heures pour six trains de voyageurs après qu'un drone a endommagé une ligne de contact près de Briansk.",
 [S(RZD, "des retards de plusieurs heures pour six trains de voyageurs", False, "org-railway", "complément nominal")])

add("2024-11-18", "Oukrzaliznytsia : une gare touchée",
 "La compagnie ferroviaire ukrainienne Ukrzaliznytsia a publié des photos de la gare de Lozova après une frappe de missile. « Aucun passager n'a été blessé ; les trains passent par un itinéraire de délestage », a-t-elle écrit.",
 [S(UZ, "Aucun passager n'a été blessé ; les trains passent par un itinéraire de délestage", True, "pronoun-after-nonspeech", "« a publié des photos » n'est pas un verbe de parole ; « elle » = la compagnie")])

add("2023-09-26", "Odessa : le port visé par des drones",
 G("L'Administration des ports maritimes d'Ukraine (USPA) a indiqué que des drones russes avaient endommagé un silo à grains du port d'Odessa, tout en assurant que le trafic des navires n'était pas interrompu."),
 [S(USPA, "des drones russes avaient endommagé un silo à grains du port d'Odessa", False, "org-port-authority"),
  S(USPA, "le trafic des navires n'était pas interrompu", False, "two-statements-one-sentence", "« tout en assurant que »")])

add("2025-05-08", "Hodeïda : le port de nouveau frappé",
 "L'autorité portuaire de Hodeïda, contrôlée par les houthistes, a affirmé que les frappes israéliennes avaient mis hors service trois des quais du port. Pour elle, il s'agit d'une « punition collective » visant les importations de nourriture.",
 [S(RSPC, "les frappes israéliennes avaient mis hors service trois des quais du port", False, "org-port-authority"),
  S(RSPC, "il s'agit d'une « punition collective » visant les importations de nourriture", False, "pour-x", "« Pour elle, … » ; citation partielle")])

add("2024-10-29", "L'état-major ukrainien fait état de frappes",
 "L'état-major ukrainien a indiqué aujourd'hui que ses drones avaient touché une raffinerie dans la région russe de Riazan. Il a précisé que l'opération avait été menée avec le renseignement militaire.",
 [S(UA_GS, "ses drones avaient touché une raffinerie dans la région russe de Riazan", False, "tokenizer-etat-major", "« l'état-major » et « aujourd'hui »"),
  S(UA_GS, "l'opération avait été menée avec le renseignement militaire", False, "pronoun-il")])

add("2024-11-03", "Liban-Sud : l'armée israélienne dit avoir frappé des dépôts",
 G("Selon l'état-major de l'armée israélienne, des avions ont frappé aujourd'hui une vingtaine de dépôts d'armes du Hezbollah dans la région de Tyr."),
 [S(IDF, "des avions ont frappé aujourd'hui une vingtaine de dépôts d'armes du Hezbollah dans la région de Tyr", False, "tokenizer-etat-major", "« Selon l'état-major » en tête")])

add("2024-03-02", "Odessa : un immeuble éventré",
 "« Aujourd'hui, nous avons sorti onze corps des décombres, dont celui d'un bébé de quatre mois », a écrit sur Telegram le porte-parole des secours d'Odessa, Ihor Martchouk.",
 [S(["Ihor Martchouk", "Martchouk", "Ihor Marchuk", "Marchuk", "Igor Martchouk"], "Aujourd'hui, nous avons sorti onze corps des décombres, dont celui d'un bébé de quatre mois", True, "tokenizer-aujourdhui", "« Aujourd'hui » en tête de citation ; verbe avant le locuteur")])

HRYTSENKO = ["Mykola Hrytsenko", "Hrytsenko", "Mykola Grytsenko", "Nikolaï Gritsenko", "Mykola Hrytsénko"]
add("2024-06-11", "Soumy : une station de pompage détruite",
 G("Une station de pompage a été détruite par un missile dans la banlieue de Soumy. « Une partie de la ville sera privée d'eau pendant au moins trois jours », a précisé sur Telegram le gouverneur adjoint de la région, Mykola Hrytsenko."),
 [S(HRYTSENKO, "Une partie de la ville sera privée d'eau pendant au moins trois jours", True, "verb-before-speaker-phrase-between", "« a précisé sur Telegram le gouverneur adjoint…, X »")])

add("2024-07-19", "Tel-Aviv : un drone lancé depuis le Yémen",
 "Un drone a frappé un immeuble de Tel-Aviv dans la nuit, a affirmé vendredi matin dans un communiqué l'armée israélienne, en précisant qu'il avait été lancé depuis le Yémen.",
 [S(IDF, "Un drone a frappé un immeuble de Tel-Aviv dans la nuit", False, "verb-before-speaker-phrase-between", "incise inversée avec compléments entre verbe et sujet"),
  S(IDF, "il avait été lancé depuis le Yémen", False, "participle-clause", "« en précisant que »")])

add("2024-09-02", "Kiev : les débris d'un missile sur une école",
 "« Nous avons perdu le gymnase », a déclaré mardi devant les parents d'élèves la directrice de l'école no 45 de Kiev, Larissa Bondar, « mais les classes sont intactes. »",
 [S(["Larissa Bondar", "Bondar", "Larysa Bondar", "Larisa Bondar"], "Nous avons perdu le gymnase", True, "direct-split-verb-inside", "citation coupée par le verbe, phrase entre verbe et locuteur ; deux déclarations, comme dans l'or de dev2"),
  S(["Larissa Bondar", "Bondar", "Larysa Bondar", "Larisa Bondar"], "mais les classes sont intactes", True, "direct-split-verb-inside", "deux déclarations, comme dans l'or de dev2")])

add("2024-08-31", "Kharkiv : une aire de jeux frappée",
 G("« On entendait les enfants rire deux minutes avant », a raconté Oksana Lytvyn, une voisine, « et puis plus rien, seulement la fumée. »"),
 [S(["Oksana Lytvyn", "Lytvyn", "Oksana Litvin", "Litvine"], "On entendait les enfants rire deux minutes avant", True, "direct-split-verb-inside", "deux déclarations, comme dans l'or de dev2"),
  S(["Oksana Lytvyn", "Lytvyn", "Oksana Litvin", "Litvine"], "et puis plus rien, seulement la fumée", True, "direct-split-verb-inside", "deux déclarations, comme dans l'or de dev2")])

add("2024-04-26", "Nikopol : des maisons privées touchées",
 "Pour le chef de la communauté de Pokrovské, Serhiy Kovalenko, les tirs de la nuit étaient « les plus violents depuis le printemps ». Selon lui, une quinzaine de maisons ont été endommagées.",
 [S(["Serhiy Kovalenko", "Kovalenko", "Serhii Kovalenko", "Sergueï Kovalenko"], "les tirs de la nuit étaient « les plus violents depuis le printemps »", False, "pour-x", "« Pour X, … » + citation partielle"),
  S(["Serhiy Kovalenko", "Kovalenko", "Serhii Kovalenko", "Sergueï Kovalenko"], "une quinzaine de maisons ont été endommagées", False, "selon-lui")])

add("2024-02-14", "Rafah : une enseignante témoigne",
 "Mariam Haddad, une enseignante réfugiée dans une école de Rafah, a été jointe par téléphone après la frappe. D'après elle, plus de cent familles dormaient dans le bâtiment au moment de l'explosion.",
 [S(["Mariam Haddad", "Haddad", "Maryam Haddad"], "plus de cent familles dormaient dans le bâtiment au moment de l'explosion", False, "selon-lui", "« D'après elle » renvoie à Mariam Haddad, introduite sans verbe de parole"),
  ],
 note="« a été jointe par téléphone » n'est pas un verbe de parole")

add("2024-03-30", "Alep : une frappe sur un dépôt",
 "Pour l'Observatoire syrien des droits de l'homme, la frappe de la nuit sur un dépôt près de l'aéroport d'Alep est « la plus meurtrière depuis des mois ».",
 [S(["Observatoire syrien des droits de l'homme", "OSDH", "Syrian Observatory for Human Rights", "SOHR", "Observatoire syrien"], "la frappe de la nuit sur un dépôt près de l'aéroport d'Alep est « la plus meurtrière depuis des mois »", False, "pour-x")])

add("2024-05-07", "Rafah : Le Caire réagit",
 G("« Cette offensive met en danger la vie d'un million de déplacés », a réagi le ministère égyptien des Affaires étrangères, qui a appelé à « un cessez-le-feu immédiat et durable »."),
 [S(EGY_FM, "Cette offensive met en danger la vie d'un million de déplacés", True, "verb-varied", "réagir"),
  S(EGY_FM, "un cessez-le-feu immédiat et durable", True, "verb-varied", "appeler à « … »")])

add("2024-12-02", "Soudan : l'armée fustige les FSR",
 "L'armée soudanaise a fustigé des « crimes de guerre » après un bombardement sur un marché de Kosti qu'elle a attribué aux Forces de soutien rapide, et a salué le courage des équipes médicales de la ville.",
 [S(SAF, "crimes de guerre", True, "verb-varied", "fustiger des « … »"),
  S(SAF, "le courage des équipes médicales de la ville", False, "verb-varied", "saluer + groupe nominal"),
  S(SAF, None, False, "accusation-armed-group-accused", "« qu'elle a attribué aux FSR » : accusation sans propos, visant un groupe armé")])

add("2023-10-18", "Liban : le Hezbollah dit avoir visé des positions israéliennes",
 "Le Hezbollah a affirmé avoir visé trois positions de l'armée israélienne le long de la frontière, assurant que ses combattants avaient « atteint leurs cibles avec précision ».",
 [S(HEZBOLLAH, "avoir visé trois positions de l'armée israélienne le long de la frontière", False, "indirect-avoir-infinitive"),
  S(HEZBOLLAH, "ses combattants avaient « atteint leurs cibles avec précision »", False, "participle-clause", "« assurant que » + citation partielle")])

add("2024-01-03", "Ukraine : l'armée de l'air alerte",
 "L'armée de l'air ukrainienne a publié une carte des trajectoires des missiles tirés dans la nuit. « Plusieurs missiles de croisière ont changé de cap au-dessus de Kirovohrad », a-t-elle écrit, en appelant la population à rester dans les abris.",
 [S(UA_AIRFORCE, "Plusieurs missiles de croisière ont changé de cap au-dessus de Kirovohrad", True, "pronoun-after-nonspeech", "« a publié une carte » puis « a-t-elle écrit »"),
  S(UA_AIRFORCE, "la population à rester dans les abris", False, "verb-varied", "appeler à")])

add("2024-07-24", "Odessa : une bénévole rassure",
 "Vira Sydorenko, bénévole dans un centre d'accueil d'Odessa, a diffusé une vidéo depuis la cave du bâtiment. « Tout le monde va bien, on attend la fin de l'alerte », a-t-elle écrit sous la vidéo.",
 [S(["Vira Sydorenko", "Sydorenko", "Vira Sidorenko", "Sidorenko"], "Tout le monde va bien, on attend la fin de l'alerte", True, "pronoun-after-nonspeech")])

add("2024-09-10", "Beyrouth : un témoin",
 "« Le deuxième missile est tombé quand les secouristes étaient déjà là », a déclaré aux journalistes Ali Hammoud, un commerçant du quartier de Haret Hreik.",
 [S(["Ali Hammoud", "Hammoud", "Ali Hamoud"], "Le deuxième missile est tombé quand les secouristes étaient déjà là", True, "addressee-reporters", "« aux journalistes » est le destinataire")])

add("2024-02-27", "Donetsk : l'administration d'occupation",
 "Le responsable installé par Moscou à Horlivka, Ivan Prikhodko, a affirmé aux journalistes présents sur place que des tirs ukrainiens avaient touché un arrêt de bus, faisant trois blessés.",
 [S(["Ivan Prikhodko", "Prikhodko", "Ivan Prykhodko", "Prykhodko"], "des tirs ukrainiens avaient touché un arrêt de bus, faisant trois blessés", False, "addressee-reporters")])

add("2024-05-14", "Gaza : le BCAH alerte sur le carburant",
 G("Le Bureau de la coordination des affaires humanitaires de l'ONU (Ocha) a indiqué que les derniers camions-citernes n'avaient pas pu entrer dans Gaza depuis six jours. « Sans carburant, pas d'eau potable », a résumé l'agence."),
 [S(OCHA, "les derniers camions-citernes n'avaient pas pu entrer dans Gaza depuis six jours", False, "un-agency", "Ocha, pas l'ONU"),
  S(OCHA, "Sans carburant, pas d'eau potable", True, "un-agency")])

add("2024-11-27", "Soudan : l'Unicef et l'OMS inquiètes",
 "L'Unicef a affirmé que des dizaines d'enfants avaient été tués lors du bombardement d'un camp de déplacés près d'El-Facher, tout en mettant en garde contre une épidémie de choléra dans le camp. L'OMS a pour sa part annoncé l'envoi de dix tonnes de matériel médical.",
 [S(UNICEF, "des dizaines d'enfants avaient été tués lors du bombardement d'un camp de déplacés près d'El-Facher", False, "un-agency"),
  S(UNICEF, "une épidémie de choléra dans le camp", False, "two-statements-one-sentence", "« tout en mettant en garde contre » + groupe nominal"),
  S(WHO, "l'envoi de dix tonnes de matériel médical", False, "un-agency", "OMS, pas l'ONU")])

add("2024-06-20", "Zaporijia : l'AIEA signale des tirs",
 G("L'Agence internationale de l'énergie atomique (AIEA) a fait savoir que ses inspecteurs avaient entendu des tirs d'artillerie près de la centrale de Zaporijia. Le gendarme onusien du nucléaire a appelé les deux parties à « la plus grande retenue »."),
 [S(IAEA, "ses inspecteurs avaient entendu des tirs d'artillerie près de la centrale de Zaporijia", False, "un-agency", "l'AIEA, pas l'ONU"),
  S(IAEA, "les deux parties à « la plus grande retenue »", False, "verb-varied", "appeler X à « … » ; désignation descriptive")])

add("2024-09-01", "Russie : le renseignement ukrainien revendique une frappe",
 "Le renseignement militaire ukrainien (GUR) a affirmé qu'un de ses drones avait détruit un hélicoptère Mi-8 sur un aérodrome de la région de Krasnodar. L'armée ukrainienne n'a pas commenté.",
 [S(HUR, "un de ses drones avait détruit un hélicoptère Mi-8 sur un aérodrome de la région de Krasnodar", False, "military-intelligence", "GUR, pas les forces armées")])

add("2025-03-04", "Crimée : une source au sein du GUR",
 "Une source au sein de la direction du renseignement militaire ukrainien a déclaré à l'AFP qu'un dépôt de carburant avait été incendié près de Feodossia. Selon cette source, les pompiers russes n'étaient toujours pas parvenus à éteindre le feu jeudi soir.",
 [S(HUR, "un dépôt de carburant avait été incendié près de Feodossia", False, "military-intelligence", "source interne : l'organisation ; l'AFP est destinataire"),
  S(HUR, "les pompiers russes n'étaient toujours pas parvenus à éteindre le feu jeudi soir", False, "selon-lui", "« Selon cette source »")])

add("2024-01-22", "Donetsk : la télévision russe accuse Kiev",
 "La chaîne publique russe Rossia-24 a affirmé qu'un obus ukrainien avait frappé un marché de la banlieue de Donetsk, tuant treize personnes. Moscou a imputé l'attaque à l'armée ukrainienne.",
 [S(RU_TV, "un obus ukrainien avait frappé un marché de la banlieue de Donetsk, tuant treize personnes", False, "state-television", "la chaîne, pas l'État russe"),
  S(RU_STATE, None, False, "accusation-null", "« Moscou a imputé l'attaque à … »")])

add("2024-04-19", "Ispahan : la télévision iranienne minimise",
 "La télévision d'État iranienne a assuré que les explosions entendues près d'Ispahan provenaient de la défense antiaérienne, qui aurait abattu « quelques petits objets volants ».",
 [S(IRIB, "les explosions entendues près d'Ispahan provenaient de la défense antiaérienne, qui aurait abattu « quelques petits objets volants »", False, "state-television", "la télévision, pas l'Iran")])

add("2024-12-31", "Birmanie : la télévision d'État accuse les rebelles",
 "Selon la télévision d'État birmane MRTV, des combattants de l'Armée pour l'indépendance kachin ont tiré des roquettes sur un poste de police de Bhamo. Les rebelles n'ont pas souhaité réagir.",
 [S(MRTV, "des combattants de l'Armée pour l'indépendance kachin ont tiré des roquettes sur un poste de police de Bhamo", False, "state-television", "« Selon la télévision d'État » ; refus de réagir : pas d'énoncé")])

add("2024-01-13", "Yémen : Pékin et Islamabad réagissent",
 G("Le porte-parole du ministère chinois des Affaires étrangères a appelé à « cesser toute attaque contre les navires civils » en mer Rouge. Son homologue pakistanaise a déclaré qu'Islamabad suivait « avec préoccupation » les frappes américaines et britanniques au Yémen."),
 [S(CHINA_MFA, "cesser toute attaque contre les navires civils", True, "mfa-spokesperson", "appeler à « … » : la citation couvre le complément"),
  S(PAK_MFA, "Islamabad suivait « avec préoccupation » les frappes américaines et britanniques au Yémen", False, "mfa-spokesperson", "« son homologue pakistanaise » = porte-parole du ministère pakistanais")])

add("2024-10-02", "Téhéran et Ankara après les frappes au Liban",
 "Le porte-parole de la diplomatie iranienne a dénoncé jeudi « une agression sauvage » contre le Liban. À Ankara, le ministère turc des Affaires étrangères a estimé que la région était « au bord d'une guerre totale ».",
 [S(IRAN_MFA, "une agression sauvage", True, "mfa-spokesperson", "dénoncer « … »"),
  S(TR_MFA, "la région était « au bord d'une guerre totale »", False, "mfa-spokesperson", "« a estimé que » + citation partielle")])

add("2024-07-16", "Gaza : les ministres turc et iranien à Ankara",
 "Lors d'une conférence de presse commune, le ministre turc des Affaires étrangères a affirmé que la frappe sur le camp d'al-Mawasi était « un crime contre l'humanité », tandis que son homologue iranien a jugé que les pays de la région devaient « agir et non plus parler ».",
 [S(TR_FM, "la frappe sur le camp d'al-Mawasi était « un crime contre l'humanité »", False, "two-foreign-ministers", "citation partielle"),
  S(IRAN_FM, "les pays de la région devaient « agir et non plus parler »", False, "two-foreign-ministers", "« son homologue iranien »")])

add("2024-02-08", "Mer Rouge : Pékin et Islamabad s'entretiennent",
 G("Le chef de la diplomatie pakistanaise a déclaré que son pays était « prêt à contribuer à la sécurité de la navigation ». Son homologue chinois a répondu que Pékin refusait « toute escalade » en mer Rouge."),
 [S(PAK_FM, "son pays était « prêt à contribuer à la sécurité de la navigation »", False, "two-foreign-ministers"),
  S(CHINA_FM, "Pékin refusait « toute escalade » en mer Rouge", False, "two-foreign-ministers", "« Son homologue chinois »")])

add("2024-10-06", "Liban-Sud : la Finul inquiète",
 "La Force intérimaire des Nations unies au Liban (Finul) a affirmé qu'un de ses postes avait été touché par des tirs près de Naqoura, tout en mettant en garde contre « une escalade incontrôlable » dans le sud du pays.",
 [S(["UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "Finul", "FINUL", "Force intérimaire des Nations unies au Liban", "Casques bleus au Liban"], "un de ses postes avait été touché par des tirs près de Naqoura", False, "un-agency", "la Finul, pas l'ONU"),
  S(["UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "Finul", "FINUL", "Force intérimaire des Nations unies au Liban", "Casques bleus au Liban"], "une escalade incontrôlable", True, "two-statements-one-sentence", "« tout en mettant en garde contre « … » »")])

add("2023-12-19", "Kiev : la mairie rassure",
 "La mairie de Kiev a affirmé qu'aucun immeuble d'habitation n'avait été touché pendant l'attaque de drones, tout en avertissant que des débris pouvaient encore se trouver dans les parcs du quartier de Darnytsia.",
 [S(["Kyiv city council", "Kyiv city administration", "Kyiv City State Administration", "Kyiv mayor's office", "mairie de Kiev", "administration municipale de Kiev", "conseil municipal de Kiev", "administration militaire de Kiev"], "aucun immeuble d'habitation n'avait été touché pendant l'attaque de drones", False, "indirect-said"),
  S(["Kyiv city council", "Kyiv city administration", "Kyiv City State Administration", "Kyiv mayor's office", "mairie de Kiev", "administration municipale de Kiev", "conseil municipal de Kiev", "administration militaire de Kiev"], "des débris pouvaient encore se trouver dans les parcs du quartier de Darnytsia", False, "two-statements-one-sentence", "« tout en avertissant que »")])

add("2024-03-24", "Belgorod : Moscou accuse Kiev",
 "Moscou a accusé Kiev d'avoir visé le centre de Belgorod avec des roquettes Vampire samedi soir.",
 [S(RU_STATE, "Kiev d'avoir visé le centre de Belgorod avec des roquettes Vampire samedi soir", False, "accusation-clause", "« Moscou » = la Russie")])

add("2024-08-23", "Kinshasa accuse le M23",
 "Le gouvernement congolais a imputé au M23 le bombardement d'un camp de déplacés à Mugunga, qui a fait au moins huit morts.",
 [S(DRC, None, False, "accusation-armed-group-accused", "accusé : un groupe armé ; aucun propos rapporté")])

add("2024-06-30", "Khartoum : les FSR accusées",
 "Les autorités soudanaises ont accusé les paramilitaires des Forces de soutien rapide d'avoir tiré des obus sur l'hôpital universitaire d'Omdourman.",
 [S(SUDAN, "les paramilitaires des Forces de soutien rapide d'avoir tiré des obus sur l'hôpital universitaire d'Omdourman", False, "accusation-armed-group-accused", "autorités soudanaises = le Soudan ; accusé : un groupe armé")])

add("2024-01-29", "Koursk : 20 drones abattus",
 "Le ministère russe de la Défense a déclaré avoir abattu vingt drones ukrainiens au-dessus de la région de Koursk, a rapporté l'agence Interfax.",
 [S(RU_MOD, "avoir abattu vingt drones ukrainiens au-dessus de la région de Koursk", False, "relay-agency", "un seul énoncé : Interfax ne fait que relayer")])

add("2024-11-29", "Idleb : frappes rapportées par SANA",
 G("Le ministère syrien de la Défense a indiqué que des frappes aériennes avaient visé des positions de groupes armés dans la campagne d'Idleb, rapporte l'agence officielle SANA."),
 [S(["Syrian Ministry of Defence", "Syrian Ministry of Defense", "Syrian Defence Ministry", "Syria's defence ministry", "Syrian Defense Ministry", "ministère syrien de la Défense", "ministère de la Défense syrien"], "des frappes aériennes avaient visé des positions de groupes armés dans la campagne d'Idleb", False, "relay-agency", "SANA relaie")])

add("2024-04-30", "Hodeïda : les houthistes revendiquent",
 "Les houthistes ont affirmé avoir visé un porte-conteneurs dans le golfe d'Aden, selon la chaîne al-Massirah, qu'ils contrôlent.",
 [S(HOUTHIS, "avoir visé un porte-conteneurs dans le golfe d'Aden", False, "relay-agency", "« selon la chaîne » relaie les houthistes ; un seul énoncé")])

add("2024-10-01", "Ukraine : bilan des autorités",
 "Les autorités ukrainiennes ont annoncé que onze personnes avaient été tuées dans une frappe de missile sur une gare routière de Dnipro.",
 [S(UA_STATE, "onze personnes avaient été tuées dans une frappe de missile sur une gare routière de Dnipro", False, "collective-tied", "« les autorités ukrainiennes » = l'Ukraine")])

MYKOLAIV_ADM = ["administration régionale de Mykolaïv", "administration militaire régionale de Mykolaïv", "région de Mykolaïv", "oblast de Mykolaïv", "autorités régionales de Mykolaïv", "Mykolaiv regional administration", "Mykolaiv regional military administration", "Mykolaiv region", "Mykolaiv Oblast", "Mykolaiv regional officials"]
add("2024-05-27", "Mykolaïv : des entrepôts touchés",
 G("Des entrepôts agricoles ont été détruits par des drones dans la région de Mykolaïv, ont indiqué les autorités régionales, qui ont fait état de deux blessés."),
 [S(MYKOLAIV_ADM, "Des entrepôts agricoles ont été détruits par des drones dans la région de Mykolaïv", False, "collective-tied", "incise inversée ; « autorités régionales » = l'administration régionale"),
  S(MYKOLAIV_ADM, "deux blessés", False, "collective-tied", "« ont fait état de » : groupe nominal")])

add("2025-02-03", "Syrie : des responsables évoquent une frappe",
 "Une frappe de drone a tué quatre personnes dans un village à l'est de Deraa, ont indiqué des responsables locaux, sans préciser l'origine de l'appareil. Les autorités israéliennes ont assuré que l'armée avait visé « une cellule terroriste ».",
 [S(["responsables locaux", "local officials", "officials", "responsables"], "Une frappe de drone a tué quatre personnes dans un village à l'est de Deraa", False, "collective-untied", "aucune organisation désignée", optional=True),
  S(ISRAEL, "l'armée avait visé « une cellule terroriste »", False, "collective-tied", "« les autorités israéliennes » = Israël")])

add("2024-07-12", "Kharkiv : les habitants racontent",
 "Selon des habitants, la première explosion a retenti vers 4 heures du matin. Les autorités russes ont pour leur part affirmé que leurs forces avaient frappé « un dépôt de munitions » dans le quartier.",
 [S(["habitants", "residents", "des habitants", "local residents"], "la première explosion a retenti vers 4 heures du matin", False, "collective-untied", "témoins sans organisation", optional=True),
  S(RU_STATE, "leurs forces avaient frappé « un dépôt de munitions » dans le quartier", False, "collective-tied", "« Les autorités russes » = la Russie")])

# ---- négatifs
add("2024-03-12", "Sébastopol : explosions entendues",
 "Des explosions ont été entendues dans la nuit à Sébastopol. Les autorités installées par Moscou n'ont pas été en mesure de confirmer si des navires avaient été touchés.",
 [], note="négatif (parole niée) : « n'ont pas été en mesure de confirmer »")
add("2024-08-17", "Deir el-Balah : pas de commentaire",
 "Contactée par notre rédaction, l'armée israélienne n'a pas souhaité s'exprimer sur la frappe qui a visé une école de Deir el-Balah samedi.",
 [], note="négatif (pas de commentaire) : « n'a pas souhaité s'exprimer »")
add("2024-10-13", "Encadré de renvoi vers un article sur le Hezbollah",
 G("À lire aussi : Liban : le Hezbollah affirme avoir visé une base près de Haïfa"),
 [], note="négatif (teaser) : « À lire aussi », même avec « affirme »")
add("2024-06-18", "Légende photo Kharkiv",
 G("Photo : Des secouristes fouillent les décombres d'un supermarché de Kharkiv touché, selon les autorités locales, par une bombe guidée russe, le 25 mai 2024. © Anna Koval / Agence Méridienne"),
 [], note="négatif (légende) : légende photo, même avec « selon les autorités locales »")
add("2024-12-10", "Odessa : le port au matin",
 "ODESSA (Ukraine) — Une épaisse fumée noire planait encore mardi matin au-dessus du port, au lendemain d'une attaque de drones. Les grues étaient à l'arrêt et des dockers balayaient les éclats de verre.",
 [], note="négatif (dateline) : la dateline n'est pas un locuteur ; aucune parole")
add("2024-09-18", "Incendie à Toropets",
 G("Un incendie s'est déclaré dans un dépôt de munitions près de Toropets après une attaque de drones ; les autorités régionales n'ont pas précisé l'ampleur des dégâts, ni donné de bilan."),
 [], note="négatif (autre sens, parole niée) : « s'est déclaré », « n'ont pas précisé », « ni donné de bilan »")
add("2024-05-04", "El-Facher : les FSR injoignables",
 "Les Forces de soutien rapide n'ont pas répondu aux sollicitations de l'AFP au sujet du bombardement du marché d'El-Facher, et aucun bilan officiel n'a été communiqué.",
 [], note="négatif (pas de réponse) : « n'ont pas répondu aux sollicitations »")
add("2025-04-15", "Goma : silence des deux camps",
 "Ni l'armée congolaise ni le M23 n'ont commenté les tirs d'artillerie entendus lundi soir au nord de Goma, dont l'origine reste inconnue.",
 [], note="négatif (parole niée) : « n'ont commenté »")
add("2024-02-06", "Légende archive Rafah",
 "PHOTO D'ARCHIVE : Des Palestiniens inspectent une maison détruite à Rafah, où l'armée israélienne dit avoir visé un commandant du Hamas, le 12 janvier 2024. REUTERS/Stringer",
 [], note="négatif (légende) : « PHOTO D'ARCHIVE », même avec « dit avoir visé »")
add("2024-11-22", "Images satellite de la base d'Engels",
 "Les images satellite publiées jeudi montrent trois bombardiers calcinés sur le tarmac de la base d'Engels. Elles racontent une nuit que le ministère russe de la Défense a passée sous silence.",
 [], note="négatif (inanimé) : « montrent », « racontent » ; « passée sous silence » n'est pas une déclaration")

for i, p in enumerate(P, 1):
    p["id"] = f"fr2-{i:03d}"
with open("fr.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "passages")
