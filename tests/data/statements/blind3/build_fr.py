import json
from speakers import *
NB = "\u00a0"
P = []
def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional: d["optional"] = True
    if note: d["note"] = note
    return d
def add(published, title, text, statements, note=None):
    d = {"id": "fr3-%03d" % (len(P) + 1), "language": "fr", "published": published, "title": title, "text": text}
    if note: d["note"] = note
    d["statements"] = statements
    P.append(d)

KOVALENKO = ["Andriï Kovalenko", "Kovalenko", "Andriy Kovalenko", "Andrii Kovalenko", "Andreï Kovalenko", "Андрій Коваленко"]
add("2024-03-26", "Kherson : un centre d'aide touché",
 "Le maire adjoint de Kherson, Andriï Kovalenko, a indiqué lundi qu'un obus avait touché un centre de distribution d'aide humanitaire dans le quartier de Chumensky. M. Kovalenko a ajouté que la distribution reprendrait dans un gymnase voisin.",
 [S(KOVALENKO, "un obus avait touché un centre de distribution d'aide humanitaire dans le quartier de Chumensky", False, "title-name-appositive", "la personne, pas la mairie"),
  S(KOVALENKO, "la distribution reprendrait dans un gymnase voisin", False, "title-name-later-m")])

ZOUBAREVA = ["Natalia Zoubareva", "Zoubareva", "Natalya Zubareva", "Zubareva", "Natalia Zubareva", "Наталья Зубарева"]
add("2024-06-04", "Belgorod : six blessés hospitalisés",
 "La vice-gouverneure de la région de Belgorod chargée de la santé, Natalia Zoubareva, a annoncé l'hospitalisation de six personnes blessées par la chute d'un drone sur un parking de Razoumnoïe. Selon Mme Zubareva, deux d'entre elles sont dans un état grave.",
 [S(ZOUBAREVA, "l'hospitalisation de six personnes blessées par la chute d'un drone sur un parking de Razoumnoïe", False, "title-name-appositive-noun-complement", "complément nominal"),
  S(ZOUBAREVA, "deux d'entre elles sont dans un état grave", False, "selon-mme-spelling-variant")])

MAROUCHTCHAK = ["Oleh Marouchtchak", "Marouchtchak", "Oleh Marushchak", "Marushchak", "Oleg Marouchtchak", "Олег Марущак"]
add("2024-05-14", "Velykyï Bourlouk privé de gaz",
 "Oleh Marouchtchak, chef de la communauté de Velykyï Bourlouk, dans la région de Kharkiv, a fait savoir que des tirs d'artillerie russes avaient endommagé le gazoduc qui alimente la localité. « Il faudra au moins une semaine pour réparer », a prévenu M. Marushchak.",
 [S(MAROUCHTCHAK, "des tirs d'artillerie russes avaient endommagé le gazoduc qui alimente la localité", False, "name-title-appositive"),
  S(MAROUCHTCHAK, "Il faudra au moins une semaine pour réparer", True, "name-spelling-variant")])

MIZRAHI = ["Avi Mizrahi", "Mizrahi", "Avi Mizrachi", "Mizrachi", "אבי מזרחי"]
add("2024-07-03", "Malkia : un missile antichar sur un poulailler",
 "Le responsable de la sécurité du kibboutz Malkia, Avi Mizrahi, a rapporté qu'un missile antichar tiré depuis le Liban avait détruit un poulailler vide. D'après M. Mizrahi, aucun habitant ne se trouvait à proximité.",
 [S(MIZRAHI, "un missile antichar tiré depuis le Liban avait détruit un poulailler vide", False, "title-name-appositive"),
  S(MIZRAHI, "aucun habitant ne se trouvait à proximité", False, "dapres-m")])

ZREIK = ["Ali Zreik", "Zreik", "Ali Zreiq", "Zreiq", "علي زريق"]
add("2024-10-15", "Khiam : la mairie détruite",
 "Le président du conseil municipal de Khiam, Ali Zreik, a affirmé à l'Agence nationale d'information (ANI) qu'une frappe aérienne israélienne avait rasé l'hôtel de ville dans la nuit. « Il ne reste que la façade », a-t-il ajouté.",
 [S(ZREIK, "une frappe aérienne israélienne avait rasé l'hôtel de ville dans la nuit", False, "addressee-agency", "l'ANI est destinataire, pas locuteur"),
  S(ZREIK, "Il ne reste que la façade", True, "pronoun-a-t-il")])

FAOUR = ["Hussein Faour", "Faour", "Hussein Faour", "docteur Hussein Faour", "Hussein Fawr", "حسين فاعور"]
add("2024-10-30", "Nabatiyé : l'hôpital gouvernemental sous pression",
 "Le docteur Hussein Faour, directeur de l'hôpital gouvernemental de Nabatiyé, a déclaré que son service des urgences avait reçu 23 blessés après les frappes de la matinée. Il a précisé que deux patients avaient été transférés à Saïda.",
 [S(FAOUR, "son service des urgences avait reçu 23 blessés après les frappes de la matinée", False, "org-hospital-director", "directeur nommé = la personne"),
  S(FAOUR, "deux patients avaient été transférés à Saïda", False, "pronoun-il-a-precise")])

NAO = ["hôpital Al-Nao", "hôpital Al-Nao d'Omdurman", "Al-Nao hospital", "Al Nao Hospital", "Al-Nau hospital", "مستشفى النو"]
add("2025-02-02", "Omdurman : le marché de Sabreen bombardé",
 "L'hôpital Al-Nao d'Omdurman a fait état de 31 morts et de plus de 70 blessés après des tirs d'obus sur le marché de Sabreen, samedi. L'établissement a précisé manquer de chirurgiens.",
 [S(NAO, "31 morts et de plus de 70 blessés après des tirs d'obus sur le marché de Sabreen, samedi", False, "org-hospital-noun-complement", "complément nominal après « a fait état de »"),
  S(NAO, "manquer de chirurgiens", False, "definite-description-infinitive")])

SES_ZAP = ["service régional des situations d'urgence de Zaporijjia", "services d'urgence de la région de Zaporijjia", "Zaporizhzhia regional emergency service", "State Emergency Service in the Zaporizhzhia region"] + UA_SES
add("2024-11-08", "Zaporijjia : un immeuble éventré",
 "Le service régional des situations d'urgence de Zaporijjia a indiqué que les secouristes avaient dégagé trois corps des décombres d'un immeuble touché par une bombe planante, jeudi soir. Les recherches se poursuivent, a-t-il précisé.",
 [S(SES_ZAP, "les secouristes avaient dégagé trois corps des décombres d'un immeuble touché par une bombe planante, jeudi soir", False, "org-regional-emergency"),
  S(SES_ZAP, "Les recherches se poursuivent", False, "pronoun-a-t-il-inverted")])

SRC = ["Société des chemins de fer du Soudan", "chemins de fer soudanais", "Sudan Railways Corporation", "Sudan Railways", "هيئة سكك حديد السودان"]
add("2025-04-22", "Atbara : le trafic ferroviaire suspendu",
 "La Société des chemins de fer du Soudan a annoncé la suspension des trains de marchandises entre Atbara et Port-Soudan après une attaque de drones contre le dépôt de locomotives d'Atbara.",
 [S(SRC, "la suspension des trains de marchandises entre Atbara et Port-Soudan après une attaque de drones contre le dépôt de locomotives d'Atbara", False, "org-railway-noun-complement")])

LATTAKIA_PORT = ["direction du port de Lattaquié", "port de Lattaquié", "Compagnie générale du port de Lattaquié", "Latakia Port", "Latakia Port General Company", "port of Latakia", "الشركة العامة لمرفأ اللاذقية"]
add("2024-12-11", "Lattaquié : des quais endommagés",
 "La direction du port de Lattaquié a assuré mardi que deux quais seulement avaient été touchés par les frappes de la nuit. Les navires marchands pourront accoster dès jeudi, a-t-elle indiqué.",
 [S(LATTAKIA_PORT, "deux quais seulement avaient été touchés par les frappes de la nuit", False, "org-port-authority"),
  S(LATTAKIA_PORT, "Les navires marchands pourront accoster dès jeudi", False, "pronoun-a-t-elle-inverted", "elle = la direction du port")])

QASSAM = ["Brigades Ezzedine al-Qassam", "Brigades al-Qassam", "Ezzedine al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades", "branche armée du Hamas", "Hamas", "كتائب عز الدين القسام"]
add("2024-04-30", "Gaza : les Brigades al-Qassam revendiquent un tir",
 "Les Brigades Ezzedine al-Qassam, branche armée du Hamas, ont affirmé avoir tiré des obus de mortier sur un poste militaire israélien près du point de passage de Kerem Shalom.",
 [S(QASSAM, "avoir tiré des obus de mortier sur un poste militaire israélien près du point de passage de Kerem Shalom", False, "org-armed-group-avoir-infinitive")])

FAL = ["Forces armées libanaises", "FAL", "armée libanaise", "Lebanese Armed Forces", "Lebanese army", "LAF", "الجيش اللبناني"]
add("2024-11-12", "Deux soldats libanais tués",
 "Les Forces armées libanaises ont annoncé que deux de leurs soldats avaient été tués par une frappe israélienne contre un poste de l'armée à Amriyé, dans le sud. L'armée a démenti toute présence de combattants du Hezbollah sur le site.",
 [S(FAL, "deux de leurs soldats avaient été tués par une frappe israélienne contre un poste de l'armée à Amriyé, dans le sud", False, "org-army-fr-name"),
  S(FAL, "toute présence de combattants du Hezbollah sur le site", False, "definite-description-denied-noun", "démenti + complément nominal : une déclaration")])

LB_DGAC = ["Direction générale de l'aviation civile", "DGAC libanaise", "aviation civile libanaise", "Lebanese Directorate General of Civil Aviation", "Lebanon's civil aviation authority", "المديرية العامة للطيران المدني"]
add("2024-09-26", "Beyrouth : les vols maintenus",
 "La Direction générale de l'aviation civile libanaise a fait savoir que l'aéroport de Beyrouth restait ouvert malgré les frappes sur la banlieue sud. Certaines compagnies étrangères ont toutefois annulé leurs vols jusqu'à la fin du mois, selon elle.",
 [S(LB_DGAC, "l'aéroport de Beyrouth restait ouvert malgré les frappes sur la banlieue sud", False, "org-civil-aviation"),
  S(LB_DGAC, "Certaines compagnies étrangères ont toutefois annulé leurs vols jusqu'à la fin du mois", False, "selon-elle-final")])

PERVY = ["Pervy Kanal", "Perviy Kanal", "Première chaîne", "Channel One", "Channel One Russia", "télévision publique russe", "Первый канал"]
add("2025-03-12", "Moscou : la télévision publique montre les dégâts",
 "La télévision publique russe Pervy Kanal a diffusé des images d'un immeuble endommagé à Vidnoïe, au sud de Moscou, en affirmant qu'un drone ukrainien l'avait percuté à l'aube.",
 [S(PERVY, "un drone ukrainien l'avait percuté à l'aube", False, "state-television-participle", "jamais l'État lui-même")])

add("2024-07-23", "Gaza : une école de l'UNRWA touchée",
 "L'UNRWA a indiqué qu'une de ses écoles transformées en abri à Khan Younès avait été touchée par des tirs d'artillerie, faisant au moins quatre morts. L'agence onusienne a rappelé que les coordonnées du bâtiment avaient été communiquées à l'armée israélienne.",
 [S(UNRWA, "une de ses écoles transformées en abri à Khan Younès avait été touchée par des tirs d'artillerie, faisant au moins quatre morts", False, "un-agency"),
  S(UNRWA, "les coordonnées du bâtiment avaient été communiquées à l'armée israélienne", False, "definite-description-agence")])

add("2024-10-11", "La FINUL dénonce des tirs sur ses positions",
 "La FINUL a dénoncé des tirs « délibérés » d'un char israélien sur une tour d'observation de son quartier général de Naqoura, qui ont blessé deux Casques bleus.",
 [S(UNIFIL, "des tirs « délibérés » d'un char israélien sur une tour d'observation de son quartier général de Naqoura", False, "un-mission-mixed-quotation", "fragment cité dans un complément nominal")])

add("2024-10-25", "Crimée : le renseignement ukrainien revendique",
 "Le renseignement militaire ukrainien (GUR) a affirmé vendredi que ses drones avaient touché une station radar près de Tchornomorské, dans l'ouest de la Crimée.",
 [S(HUR, "ses drones avaient touché une station radar près de Tchornomorské, dans l'ouest de la Crimée", False, "military-intelligence")])

RU_MFA = ["Russian Ministry of Foreign Affairs", "Russian foreign ministry", "ministère russe des Affaires étrangères", "diplomatie russe", "porte-parole de la diplomatie russe", "МИД России"]
add("2024-08-21", "Moscou dénonce une attaque sur Koursk",
 f"«{NB}C'est une attaque terroriste contre une population civile{NB}», a déclaré mercredi, lors de son point de presse hebdomadaire à Moscou, la porte-parole de la diplomatie russe, à propos de la frappe sur un immeuble de Koursk.",
 [S(RU_MFA, "C'est une attaque terroriste contre une population civile", True, "verb-before-speaker-phrase-between", "porte-parole non nommée = le ministère")])

add("2025-06-15", "Téhéran condamne la frappe sur Ispahan",
 "Le ministère iranien des Affaires étrangères a dénoncé une « agression caractérisée » contre le site d'Ispahan, estimant que l'AIEA aurait dû condamner la frappe.",
 [S(IR_MFA, "agression caractérisée", True, "denonce-une-direct"),
  S(IR_MFA, "l'AIEA aurait dû condamner la frappe", False, "participle-estimant")])

add("2024-09-18", "Tsahal dit avoir visé un lanceur à Tyr",
 "L'armée israélienne a affirmé avoir frappé un lanceur de roquettes du Hezbollah à Tyr, ajoutant que celui-ci venait de tirer sur la Haute-Galilée.",
 [S(IDF, "avoir frappé un lanceur de roquettes du Hezbollah à Tyr", False, "indirect-avoir-infinitive"),
  S(IDF, "celui-ci venait de tirer sur la Haute-Galilée", False, "participle-ajoutant")])

add("2025-05-06", "Port-Soudan : l'armée assure avoir repoussé des drones",
 "L'armée soudanaise a assuré avoir abattu l'essentiel des drones lancés contre Port-Soudan, tout en reconnaissant qu'un dépôt de carburant avait pris feu.",
 [S(SAF, "avoir abattu l'essentiel des drones lancés contre Port-Soudan", False, "two-statements-one-sentence"),
  S(SAF, "un dépôt de carburant avait pris feu", False, "two-statements-one-sentence", "« tout en reconnaissant que »")])

HAMDAN = ["Khaled Hamdan", "Hamdan", "Khalid Hamdan", "خالد حمدان"]
add("2024-12-19", "Marea : les tirs de la nuit",
 f"Khaled Hamdan, un enseignant de Marea, au nord d'Alep, se trouvait chez lui pendant les bombardements. «{NB}Nous avons entendu trois explosions, a-t-il raconté, puis plus rien pendant une heure.{NB}»",
 [S(HAMDAN, "Nous avons entendu trois explosions, puis plus rien pendant une heure", True, "direct-split-verb-inside", "pronom après un verbe non déclaratif (se trouvait)")])

add("2024-02-15", "Pour l'armée, les FSR visent les civils",
 "Pour l'armée soudanaise, les paramilitaires cherchent à vider El-Obeid de ses habitants en bombardant ses marchés.",
 [S(SAF, "les paramilitaires cherchent à vider El-Obeid de ses habitants en bombardant ses marchés", False, "pour-x")])

TKATCHUK = ["Ivan Tkatchouk", "Tkatchouk", "Ivan Tkachuk", "Tkachuk", "Іван Ткачук"]
add("2024-09-05", "Poltava : un témoin de la frappe",
 "Ivan Tkatchouk, un cadet de l'institut militaire de Poltava, a survécu à la frappe de missiles de mardi. Selon lui, l'alerte n'a retenti qu'une minute avant l'impact.",
 [S(TKATCHUK, "l'alerte n'a retenti qu'une minute avant l'impact", False, "selon-lui")])

UNICEF = ["UNICEF", "Unicef", "Fonds des Nations unies pour l'enfance", "United Nations Children's Fund", "agence de l'ONU pour l'enfance", "UN children's agency"]
add("2025-01-21", "L'Unicef appelle à épargner les écoles",
 "L'Unicef a appelé les belligérants à épargner les écoles du Nord-Kivu après qu'un obus est tombé sur une salle de classe à Kanyabayonga.",
 [S(UNICEF, "les belligérants à épargner les écoles du Nord-Kivu", False, "appele-a")])

add("2024-04-20", "Kiev dénonce une frappe sur Tchernihiv",
 "Le ministère ukrainien des Affaires étrangères a qualifié de « terrorisme à l'état pur » la frappe de missiles qui a touché le centre de Tchernihiv mercredi.",
 [S(UA_MFA, "terrorisme à l'état pur", True, "qualifie-de")])

add("2024-10-03", "Israël : une roquette sur Kiryat Ata",
 f"«{NB}Une roquette est tombée près d'une école maternelle vide. Nos équipes ont soigné deux personnes pour des éclats{NB}», a indiqué Magen David Adom dans un communiqué.",
 [S(MDA, "Une roquette est tombée près d'une école maternelle vide. Nos équipes ont soigné deux personnes pour des éclats", True, "direct-multi-sentence")])

SOKOLOV = ["Igor Sokolov", "Sokolov", "Igor Sokolof", "Игорь Соколов"]
add("2025-01-20", "Briansk : un poste électrique en feu",
 "« Le poste électrique de Pogar a été touché deux fois en une heure », a déclaré Igor Sokolov, chef de l'administration du district. « Nous avons coupé le courant dans onze villages pour éviter un incendie plus grave. »",
 [S(SOKOLOV, "Le poste électrique de Pogar a été touché deux fois en une heure", True, "direct-name-title-after"),
  S(SOKOLOV, "Nous avons coupé le courant dans onze villages pour éviter un incendie plus grave", True, "direct-continuation")])

IVANOVA = ["Elena Ivanova", "Ivanova", "Ielena Ivanova", "Yelena Ivanova", "Елена Иванова"]
add("2024-10-29", "Lipetsk : un entrepôt incendié",
 "La directrice de l'usine, Elena Ivanova, a confirmé qu'un drone avait frappé l'entrepôt de produits finis. Elle a ajouté que la production n'avait pas été interrompue.",
 [S(IVANOVA, "un drone avait frappé l'entrepôt de produits finis", False, "title-name-appositive"),
  S(IVANOVA, "la production n'avait pas été interrompue", False, "elle-a-ajoute-que")])

DIDENKO = ["Mykhaïlo Didenko", "Didenko", "Mykhailo Didenko", "Mikhaïl Didenko", "Михайло Діденко"]
add("2024-06-19", "Soumy : une vidéo du maire adjoint",
 "Le maire adjoint de Soumy, Mykhaïlo Didenko, a publié mardi une vidéo tournée devant la piscine municipale éventrée. « Les enfants s'y entraînaient encore la semaine dernière », a-t-il écrit.",
 [S(DIDENKO, "Les enfants s'y entraînaient encore la semaine dernière", True, "pronoun-after-nonspeech")])

add("2024-08-27", "Kharkiv : le bilan d'un service d'urgence",
 "Un porte-parole du service national des situations d'urgence a déclaré aux journalistes, sur les lieux, que l'incendie du centre commercial de Kharkiv était maîtrisé.",
 [S(UA_SES, "l'incendie du centre commercial de Kharkiv était maîtrisé", False, "addressee-journalistes", "porte-parole non nommé = le service")])

add("2024-09-11", "Drones sur Moscou et sur Kiev",
 "Kiev a fait état de 46 drones abattus pendant la nuit, tandis que le ministère russe de la Défense a affirmé avoir intercepté 20 drones au-dessus de la région de Moscou.",
 [S(UA, "46 drones abattus pendant la nuit", False, "two-speakers-one-sentence", "capitale = l'État"),
  S(RU_MOD, "avoir intercepté 20 drones au-dessus de la région de Moscou", False, "two-speakers-one-sentence")])

add("2024-08-09", "Koursk : Moscou accuse Kiev",
 "Un supermarché de Koursk a été touché par un missile jeudi soir. Moscou a imputé la frappe à Kiev.",
 [S(RU, None, False, "accusation-null-imputer")])

add("2024-09-03", "Le Hezbollah tient Israël pour responsable",
 "Trois secouristes ont été tués dans une frappe contre un centre de la défense civile à Faroun. Le Hezbollah a tenu Israël pour responsable de leur mort.",
 [S(HEZ, None, False, "accusation-null-tenir-responsable")])

add("2025-06-06", "El-Fasher : l'armée accuse les FSR",
 "L'armée soudanaise a accusé les Forces de soutien rapide d'avoir bombardé l'hôpital saoudien d'El-Fasher pendant la nuit.",
 [S(SAF, "les Forces de soutien rapide d'avoir bombardé l'hôpital saoudien d'El-Fasher pendant la nuit", False, "accusation-clause")])

add("2024-02-27", "Kinshasa accuse le M23",
 "Le gouvernement congolais a accusé le M23 de « crimes de guerre » après la chute d'obus sur un camp de déplacés à Mugunga.",
 [S(CD, "le M23 de « crimes de guerre » après la chute d'obus sur un camp de déplacés à Mugunga", False, "accusation-quoted-words-armed-group")])

add("2024-03-19", "Belgorod : des autorités régionales",
 "Deux maisons ont été détruites à Grayvoron par des tirs d'artillerie, ont annoncé les autorités régionales de Belgorod. Des habitants ont raconté avoir passé la nuit dans les caves.",
 [S(["autorités régionales de Belgorod", "administration régionale de Belgorod", "Belgorod regional administration", "Belgorod regional authorities", "Belgorod region"], "Deux maisons ont été détruites à Grayvoron par des tirs d'artillerie", False, "collective-tied"),
  S(["habitants", "des habitants", "residents"], "avoir passé la nuit dans les caves", False, "collective-untied", "aucune organisation", optional=True)])

add("2024-11-26", "Marioupol : des responsables locaux",
 "Selon des responsables locaux, un dépôt de munitions a explosé près de Marioupol après une attaque de drones. Les autorités d'occupation russes ont affirmé que l'incendie était circonscrit.",
 [S(["responsables locaux", "des responsables locaux", "local officials", "officials"], "un dépôt de munitions a explosé près de Marioupol après une attaque de drones", False, "collective-untied", optional=True),
  S(["autorités d'occupation russes", "autorités installées par la Russie", "Russian-installed authorities", "Russian occupation authorities"], "l'incendie était circonscrit", False, "collective-tied")])

add("2024-07-15", "Briansk : relais de RIA Novosti",
 "Le gouvernement de la région de Briansk a indiqué qu'un drone ukrainien avait touché une station-service à Klintsy, a rapporté l'agence RIA Novosti.",
 [S(["gouvernement de la région de Briansk", "administration régionale de Briansk", "Bryansk regional government", "Bryansk regional administration"], "un drone ukrainien avait touché une station-service à Klintsy", False, "relay-agency", "RIA Novosti relaie, ce n'est pas le locuteur")])

SY_ARMY = ["armée syrienne", "Syrian army", "Syrian Arab Army", "Armée arabe syrienne", "الجيش العربي السوري"]
add("2024-04-02", "Damas : frappe près de l'aéroport, selon SANA",
 "La défense antiaérienne a intercepté plusieurs missiles visant les environs de Damas, rapporte l'agence officielle SANA, citant une source militaire.",
 [S(SY_ARMY, "La défense antiaérienne a intercepté plusieurs missiles visant les environs de Damas", False, "relay-citing-source", "source militaire = l'armée ; SANA relaie")])

add("2024-06-25", "L'OMS sur l'hôpital de Kamal Adwan",
 "L'OMS a indiqué que l'hôpital Kamal Adwan, dans le nord de Gaza, ne fonctionnait plus « qu'au minimum » après les bombardements des derniers jours.",
 [S(WHO, "l'hôpital Kamal Adwan, dans le nord de Gaza, ne fonctionnait plus « qu'au minimum » après les bombardements des derniers jours", False, "mixed-quotation")])

AUNG = ["Daw Nilar Aung", "Nilar Aung", "ဒေါ်နီလာအောင်"]
add("2024-09-17", "Sagaing : un monastère bombardé",
 "Daw Nilar Aung, responsable d'un groupe d'entraide de Kani, dans la région de Sagaing, a raconté qu'un avion de l'armée avait largué trois bombes sur un monastère où dormaient des déplacés. La junte a assuré n'avoir visé que des « terroristes ».",
 [S(AUNG, "un avion de l'armée avait largué trois bombes sur un monastère où dormaient des déplacés", False, "honorific-name-title"),
  S(MM_JUNTA, "n'avoir visé que des « terroristes »", False, "mixed-quotation-infinitive")])

KARA = ["Jean-Pierre Kabasele", "Kabasele", "J.-P. Kabasele"]
add("2025-02-24", "Bukavu : l'administrateur s'exprime",
 "« Les obus sont tombés sur le marché à l'heure de la plus forte affluence », a déploré, depuis son bureau de Kabare, l'administrateur du territoire, Jean-Pierre Kabasele.",
 [S(KARA, "Les obus sont tombés sur le marché à l'heure de la plus forte affluence", True, "verb-before-speaker-phrase-between-title")])

add("2024-12-16", "La FAO sur les récoltes",
 "La FAO a averti que les frappes de drones sur les silos de Sennar menaçaient les réserves de semences de toute la région, et a demandé un accès humanitaire immédiat.",
 [S(FAO, "les frappes de drones sur les silos de Sennar menaçaient les réserves de semences de toute la région", False, "un-agency-verb-averti"),
  S(FAO, "un accès humanitaire immédiat", False, "et-a-demande-noun")])

add("2024-05-21", "Le Kremlin sur la frappe de Belgorod",
 "Le Kremlin a dénoncé ce qu'il a qualifié d'« acte barbare » après la frappe sur un entrepôt à Belgorod.",
 [S(KREMLIN, "acte barbare", True, "denonce-ce-qu-il-a-qualifie")])

# ---------------- négatifs
add("2024-08-13", "Bryansk : le ministère discret",
 "Le ministère russe de la Défense n'a pas précisé combien de drones avaient été lancés contre la région de Briansk.",
 [], note="négatif (parole niée : « n'a pas précisé »)")
add("2024-12-03", "Tartous : silence de l'armée",
 "Contactée, l'armée israélienne n'a fait aucun commentaire sur une frappe présumée près de Tartous.",
 [], note="négatif (pas de commentaire)")
add("2024-11-19", "Odessa : image du jour",
 "Légende : des pompiers devant un entrepôt d'Odessa touché par un drone, qui selon le gouverneur a blessé deux gardiens. (Photo Agence Méridienne)",
 [], note="négatif (légende avec « selon » : une légende ne donne pas de déclaration)")
add("2025-03-16", "Briansk : à lire",
 "À lire aussi : Le Kremlin juge les pourparlers « hors de propos » après l'attaque de Briansk",
 [], note="négatif (teaser « À lire aussi »)")
add("2024-03-13", "Beyrouth : coupure de courant",
 "BEYROUTH, 12 mars (Agence Méridienne) – Une frappe aérienne a touché un entrepôt à Nabatiyé dans la nuit, privant d'électricité une partie du quartier.",
 [], note="négatif (dateline, aucune parole rapportée)")
add("2025-02-11", "Engels : des questions",
 "On ignore ce que dirait Moscou si la frappe sur le dépôt d'Engels était confirmée par des images satellites.",
 [], note="négatif (conditionnel hypothétique « dirait »)")
add("2024-07-25", "Donetsk : un incendie",
 "Un incendie s'est déclaré dans un immeuble de Makiïvka après des tirs, sans faire de victimes selon les premiers éléments de l'enquête.",
 [], note="négatif (autre sens : « s'est déclaré » ; « selon les premiers éléments » n'est pas un locuteur)")
add("2024-10-31", "Kosti : pas de réponse",
 "L'armée soudanaise n'a pas répondu aux sollicitations de notre correspondant au sujet de la frappe de drones sur Kosti.",
 [], note="négatif (pas de réponse à un journaliste)")
add("2025-06-07", "Khartoum : images satellites",
 "Les images satellites prises jeudi montrent des traces de brûlure sur tout le dépôt de carburant d'al-Chajara et laissent penser qu'au moins quatre cuves ont été détruites.",
 [], note="négatif (inanimé : « montrent », « laissent penser »)")
add("2024-09-02", "Zaporijjia : pas de bilan",
 "Les autorités régionales n'ont pas donné de bilan après la chute d'un drone sur un marché de Zaporijjia, et le gouverneur ne s'est pas exprimé.",
 [], note="négatif (parole niée : « n'ont pas donné de bilan », « ne s'est pas exprimé »)")

with open("fr.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), sum(1 for p in P if not p["statements"]), sum(len(p["statements"]) for p in P))
