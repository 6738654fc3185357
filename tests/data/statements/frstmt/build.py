"""Source of frstmt/en.jsonl and frstmt/fr.jsonl: `python3 build.py` from this folder.

Passages per KIND of statement error measured on held-out French (and English) news (see
README.md): K1 a named person before a role in apposition, K2 a bare "l'armée"/"the army",
K3 "la même source" and other generic nouns that refer back, K4 inverted direct quotes with an
incise, K5 a verb with its addressee before an inverted subject ("a déclaré à l'AFP X"),
K6 "Pour X, …" as attribution (with negatives), K7 quote spans ("a appelé X à", "ce qu'il a
qualifié de", "a fait état de", "s'est dit préoccupé par"). Invented incidents and people; real
institutions.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


EN, FR = [], []


def add(out, date, title, text, statements, note=None):
    lang = "en" if out is EN else "fr"
    d = {"id": f"frstmt-{lang}-{len(out) + 1:03d}", "language": lang, "published": date,
         "title": title, "text": text}
    if note:
        d["note"] = note
    d["statements"] = statements
    out.append(d)


ICRC = ["International Committee of the Red Cross", "ICRC", "CICR", "Comité international de la Croix-Rouge", "Red Cross"]
RU = ["Russia", "Moscow", "Moscou", "Russie", "Russian authorities", "autorités russes"]
UA = ["Ukraine", "Kyiv", "Kiev", "Ukrainian authorities", "autorités ukrainiennes"]
IDF = ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "armée israélienne", "Tsahal"]
UA_ARMY = ["Armed Forces of Ukraine", "Ukrainian Armed Forces", "Ukrainian army", "Ukraine's armed forces",
           "Forces armées ukrainiennes", "armée ukrainienne", "forces armées de l'Ukraine"]
RU_ARMY = ["Russian Armed Forces", "Armed Forces of the Russian Federation", "Russian army", "Russian military",
           "armée russe", "Forces armées russes", "forces armées de la Fédération de Russie"]
RU_MOD = ["Russian Ministry of Defence", "Russian Defence Ministry", "Ministry of Defence of the Russian Federation",
          "ministère russe de la Défense", "Russian Ministry of Defense"] + RU_ARMY
UA_MOD = ["Ministry of Defence of Ukraine", "Ukrainian Defence Ministry", "ministère ukrainien de la Défense",
          "Ukrainian Ministry of Defence", "Ministry of Defense of Ukraine"] + UA_ARMY
SUDAN_ARMY = ["Sudanese Armed Forces", "Sudanese army", "SAF", "armée soudanaise", "Forces armées soudanaises"]
LB_ARMY = ["Lebanese Armed Forces", "Lebanese army", "armée libanaise", "Forces armées libanaises"]
SANA = ["SANA", "Syrian Arab News Agency", "Syria's official news agency SANA", "agence officielle syrienne SANA", "agence SANA", "agence de presse officielle syrienne"]
GAZA_MOH = ["Gaza Health Ministry", "Ministry of Health in Gaza", "ministère de la Santé de Gaza", "Gaza health ministry",
            "ministère de la Santé du Hamas", "Hamas-run health ministry", "ministère de la Santé"]
LB_MOH = ["Lebanese Health Ministry", "Lebanon's Health Ministry", "ministère libanais de la Santé", "Ministry of Public Health",
          "ministère de la Santé libanais", "Lebanese Ministry of Public Health"]
WHO = ["World Health Organization", "WHO", "OMS", "Organisation mondiale de la santé"]
DSNS = ["State Emergency Service of Ukraine", "State Emergency Service", "DSNS", "SES",
        "Service d'urgence de l'État", "services de secours ukrainiens", "Service national des situations d'urgence",
        "Service ukrainien des situations d'urgence", "Ukraine's State Emergency Service"]
MSF = ["Médecins sans frontières", "MSF", "Doctors Without Borders"]
UNICEF = ["UNICEF", "Unicef", "United Nations Children's Fund", "Fonds des Nations unies pour l'enfance"]
UNRWA = ["UNRWA", "Unrwa", "United Nations Relief and Works Agency", "UN agency for Palestinian refugees",
         "agence de l'ONU pour les réfugiés palestiniens"]
IL_MFA = ["Ministry of Foreign Affairs of Israel", "Israeli Foreign Ministry", "Israel's foreign ministry",
          "ministère israélien des Affaires étrangères", "Israeli Ministry of Foreign Affairs"]
KHARKIV_POLICE = ["National Police of Ukraine", "Ukrainian police", "police ukrainienne", "police de Kharkiv",
                  "Kharkiv police", "police régionale de Kharkiv", "police"]

# ============================== FRENCH ==============================

# --- K1. a named person, then the role in apposition ---
KOV = ["Iryna Kovalenko", "Kovalenko"]
add(FR, "2024-07-03", "Frappes de drones sur Soumy",
    "Iryna Kovalenko, porte-parole de l'administration régionale de Soumy, a déclaré mercredi que trois maisons avaient été détruites par des drones dans la nuit. Aucune victime n'a été signalée.",
    [S(KOV, "trois maisons avaient été détruites par des drones dans la nuit", False, "K1-name-role-said")])
BONDAR = ["Oleh Bondar", "Bondar"]
add(FR, "2024-08-19", "Nikopol sous les obus",
    "« Les secours sont toujours sur place et l'électricité est coupée dans deux quartiers », a affirmé Oleh Bondar, chef de l'administration militaire de la ville de Nikopol.",
    [S(BONDAR, "Les secours sont toujours sur place et l'électricité est coupée dans deux quartiers", True, "K1-quote-verb-name-role")])
LYT = ["Maryna Lytvyn", "Lytvyn"]
add(FR, "2024-09-05", "Blessés admis à l'hôpital",
    "Selon Maryna Lytvyn, directrice de l'hôpital régional de Kherson, quatre blessés ont été admis dans la nuit, dont un enfant.",
    [S(LYT, "quatre blessés ont été admis dans la nuit, dont un enfant", False, "K1-selon-name-role")])
SALEH = ["Ahmed Saleh", "Saleh"]
add(FR, "2024-03-12", "Bilan à Rafah",
    "Ahmed Saleh, porte-parole du ministère de la Santé de Gaza, a indiqué lundi que onze personnes avaient été tuées dans une frappe sur une maison de Rafah. Il a ajouté que des secouristes cherchaient encore des survivants.",
    [S(SALEH, "onze personnes avaient été tuées dans une frappe sur une maison de Rafah", False, "K1-name-role-said"),
     S(SALEH, "des secouristes cherchaient encore des survivants", False, "K1-pronoun-after")])
SAV = ["Petro Savchenko", "Savchenko"]
add(FR, "2024-05-27", "Kramatorsk frappée",
    "Une frappe de missile a endommagé un immeuble de Kramatorsk. Petro Savchenko, maire adjoint de la ville, a précisé sur Telegram que deux personnes avaient été blessées.",
    [S(SAV, "deux personnes avaient été blessées", False, "K1-name-role-said")])
HOURANI = ["Samir Hourani", "Hourani"]
add(FR, "2024-10-14", "Défense civile libanaise",
    "Le responsable de la défense civile à Nabatiyé, Samir Hourani, a raconté que les équipes avaient travaillé toute la nuit. Samira Khalil, porte-parole de la Croix-Rouge libanaise, a pour sa part indiqué que six ambulances avaient été mobilisées.",
    [S(HOURANI, "les équipes avaient travaillé toute la nuit", False, "K1-role-then-name"),
     S(["Samira Khalil", "Khalil"], "six ambulances avaient été mobilisées", False, "K1-name-role-said")])

# --- K2. "l'armée" with no nationality ---
add(FR, "2024-10-02", "Frappes au Liban-Sud",
    "Des frappes ont visé plusieurs villages du Liban-Sud, a indiqué le ministère libanais de la Santé, qui a fait état de cinq morts. L'armée israélienne a dit avoir visé des dépôts d'armes du Hezbollah. L'armée a ajouté que des roquettes avaient été tirées depuis la zone.",
    [S(LB_MOH, "Des frappes ont visé plusieurs villages du Liban-Sud", False, "K2-context"),
     S(LB_MOH, "cinq morts", False, "K2-context"),
     S(IDF, "avoir visé des dépôts d'armes du Hezbollah", False, "K2-context"),
     S(IDF, "des roquettes avaient été tirées depuis la zone", False, "K2-army-bare-after-named")])
add(FR, "2024-11-20", "Drones abattus",
    "Le ministère russe de la Défense a affirmé mercredi avoir abattu 25 drones ukrainiens au-dessus de la région de Briansk. Selon l'armée, aucun dégât n'a été enregistré.",
    [S(RU_MOD, "avoir abattu 25 drones ukrainiens au-dessus de la région de Briansk", False, "K2-context"),
     S(RU_MOD, "aucun dégât n'a été enregistré", False, "K2-army-bare-official-country")])
add(FR, "2024-06-08", "Combats à El-Facher",
    "L'armée soudanaise a repoussé une attaque des Forces de soutien rapide à El-Facher, selon un communiqué militaire. L'armée a précisé que ses avions avaient bombardé des positions paramilitaires à l'est de la ville.",
    [S(SUDAN_ARMY, "repoussé une attaque des Forces de soutien rapide à El-Facher", False, "K2-context", optional=True),
     S(SUDAN_ARMY, "ses avions avaient bombardé des positions paramilitaires à l'est de la ville", False, "K2-army-bare-after-named")])
add(FR, "2024-04-16", "Attaque sur Odessa",
    "Des missiles ont frappé le port d'Odessa dans la nuit, a annoncé le ministère ukrainien de la Défense. L'armée a affirmé avoir intercepté deux des cinq missiles tirés par la Russie.",
    [S(UA_MOD, "Des missiles ont frappé le port d'Odessa dans la nuit", False, "K2-context"),
     S(UA_MOD, "avoir intercepté deux des cinq missiles tirés par la Russie", False, "K2-army-bare-official-country")])

add(FR, "2024-09-02", "Frappe en Syrie",
    "Le ministère israélien des Affaires étrangères a affirmé que la frappe avait visé un dépôt d'armes près de Damas. L'armée a précisé que deux de ses avions y avaient pris part.",
    [S(IL_MFA, "la frappe avait visé un dépôt d'armes près de Damas", False, "K2-context"),
     S(IDF, "deux de ses avions y avaient pris part", False, "K2-army-bare-official-country",
       note="Israel's army (the country whose ministry spoke), not Syria's where the strike fell")])
add(FR, "2024-06-21", "Kharkiv visée",
    "Des missiles russes ont frappé Kharkiv dans la nuit. Le gouverneur de la région de Kharkiv, Oleh Petrenko, a indiqué que deux personnes avaient été blessées. Selon l'armée, onze missiles sur quinze ont été abattus.",
    [S(["Oleh Petrenko", "Petrenko"], "deux personnes avaient été blessées", False, "K2-context"),
     S(UA_ARMY, "onze missiles sur quinze ont été abattus", False, "K2-army-bare-official-country")])

# --- K3. "la même source" and generic nouns that refer back ---
add(FR, "2024-02-21", "Frappe près de Homs",
    "Une frappe aérienne a touché un dépôt près de Homs, selon l'agence officielle syrienne SANA. Selon la même source, deux soldats ont été blessés.",
    [S(SANA, "Une frappe aérienne a touché un dépôt près de Homs", False, "K3-context"),
     S(SANA, "deux soldats ont été blessés", False, "K3-meme-source-selon")])
add(FR, "2024-01-09", "Bilan à Khan Younès",
    "Le ministère de la Santé de Gaza a fait état de quatorze morts dans des frappes sur Khan Younès. La même source a ajouté que plusieurs corps se trouvaient encore sous les décombres.",
    [S(GAZA_MOH, "quatorze morts dans des frappes sur Khan Younès", False, "K3-context"),
     S(GAZA_MOH, "plusieurs corps se trouvaient encore sous les décombres", False, "K3-meme-source-subject")])
add(FR, "2024-03-30", "Alep sous les frappes",
    "D'après l'agence SANA, des frappes ont visé les environs de l'aéroport d'Alep. Trois civils ont été blessés, a précisé la même source.",
    [S(SANA, "des frappes ont visé les environs de l'aéroport d'Alep", False, "K3-context"),
     S(SANA, "Trois civils ont été blessés", False, "K3-meme-source-inverted")])
add(FR, "2024-09-11", "L'OMS alerte",
    "L'Organisation mondiale de la santé (OMS) a indiqué que deux hôpitaux du nord de Gaza avaient cessé de fonctionner. L'organisme a ajouté que les stocks de carburant étaient épuisés.",
    [S(WHO, "deux hôpitaux du nord de Gaza avaient cessé de fonctionner", False, "K3-context"),
     S(WHO, "les stocks de carburant étaient épuisés", False, "K3-organisme")])
add(FR, "2024-12-02", "Incendie après une frappe",
    "Le Service d'urgence de l'État (DSNS) a annoncé qu'un incendie s'était déclaré dans un entrepôt de Kharkiv après une frappe. Le service a précisé que le feu avait été maîtrisé au bout de trois heures.",
    [S(DSNS, "un incendie s'était déclaré dans un entrepôt de Kharkiv après une frappe", False, "K3-context"),
     S(DSNS, "le feu avait été maîtrisé au bout de trois heures", False, "K3-service")])
add(FR, "2024-08-26", "Frappe sur Izioum",
    "Un responsable de la police de Kharkiv a indiqué que deux obus avaient touché le centre d'Izioum. Le responsable a ajouté qu'une femme avait été blessée.",
    [S(KHARKIV_POLICE, "deux obus avaient touché le centre d'Izioum", False, "K3-context"),
     S(KHARKIV_POLICE, "une femme avait été blessée", False, "K3-responsable")],
    note="the speaker is the police of Kharkiv, not the town's administration")
add(FR, "2024-05-04", "Source sécuritaire",
    "Deux drones ont visé une base près de Deir ez-Zor, a indiqué une source sécuritaire. La source a ajouté que les défenses aériennes avaient été activées.",
    [], note="a security source with no organisation: nothing, and never a node named 'source'")

# --- K4. inverted direct quotes with an incise ---
HRYTS = ["Olena Hrytsenko", "Hrytsenko"]
add(FR, "2024-07-22", "Nuit d'explosions",
    "« Nous avons entendu trois explosions, puis plus rien », raconte Olena Hrytsenko, infirmière à l'hôpital de Zaporijjia. « Les vitres du service ont volé en éclats », a-t-elle ajouté.",
    [S(HRYTS, "Nous avons entendu trois explosions, puis plus rien", True, "K4-raconte-name-role"),
     S(HRYTS, "Les vitres du service ont volé en éclats", True, "K4-a-t-elle-ajoute")])
MOROZ = ["Svitlana Moroz", "Moroz"]
add(FR, "2024-09-30", "Devant sa maison détruite",
    "Svitlana Moroz, 62 ans, n'a pas quitté son village malgré les frappes. « Il n'y a plus d'eau, poursuit-elle, et les enfants ont peur la nuit. »",
    [S(MOROZ, "Il n'y a plus d'eau", True, "K4-split-poursuit-elle"),
     S(MOROZ, "et les enfants ont peur la nuit", True, "K4-split-poursuit-elle")])
HADDAD = ["Karim Haddad", "Haddad"]
add(FR, "2024-10-25", "À Tyr, les secours débordés",
    "Le chef des secouristes de Tyr, Karim Haddad, décrit des journées sans fin. « Nous manquons de tout », confie-t-il. « On creuse à la main », ajoute-t-il.",
    [S(HADDAD, "des journées sans fin", False, "K4-context", optional=True, note="'décrit' + a noun: may be told as speech"),
     S(HADDAD, "Nous manquons de tout", True, "K4-confie-t-il"),
     S(HADDAD, "On creuse à la main", True, "K4-ajoute-t-il")])
PAVLO = ["Pavlo Ivanchuk", "Ivanchuk"]
add(FR, "2024-03-03", "Le marché détruit",
    "« Il ne reste rien du marché », lance Pavlo Ivanchuk, commerçant de 54 ans, en montrant les étals calcinés.",
    [S(PAVLO, "Il ne reste rien du marché", True, "K4-lance-name-age")])
NADIA = ["Nadia Boulos", "Boulos"]
add(FR, "2024-11-06", "Les déplacés de Baalbek",
    "« Nous sommes partis avec nos papiers et rien d'autre », témoigne Nadia Boulos, enseignante, réfugiée dans une école de Beyrouth. « Nous ne savons pas quand nous pourrons rentrer », souligne-t-elle.",
    [S(NADIA, "Nous sommes partis avec nos papiers et rien d'autre", True, "K4-temoigne-name-role"),
     S(NADIA, "Nous ne savons pas quand nous pourrons rentrer", True, "K4-souligne-t-elle")])

# --- K5. verb, addressee, inverted subject ---
IVANENKO = ["Mykola Ivanenko", "Ivanenko"]
add(FR, "2024-06-17", "Immeuble effondré",
    "« Le bâtiment s'est effondré en quelques secondes », a déclaré à l'AFP Mykola Ivanenko, un secouriste présent sur place.",
    [S(IVANENKO, "Le bâtiment s'est effondré en quelques secondes", True, "K5-verb-a-l-AFP-name")])
HORB = ["Ivan Horbenko", "Horbenko"]
add(FR, "2024-02-13", "Coupures d'électricité",
    "La moitié de la ville est privée d'électricité, a affirmé à Reuters le maire de Pavlohrad, Ivan Horbenko. Les réparations prendront plusieurs jours, a-t-il dit.",
    [S(HORB, "La moitié de la ville est privée d'électricité", False, "K5-verb-a-Reuters-title-name"),
     S(HORB, "Les réparations prendront plusieurs jours", False, "K5-context")])
DAHER = ["Youssef Daher", "Daher"]
add(FR, "2024-10-08", "Frappe à Saïda",
    "« C'était un immeuble d'habitation, il n'y avait que des familles », a expliqué Youssef Daher à la télévision libanaise. Il a affirmé avoir perdu deux voisins.",
    [S(DAHER, "C'était un immeuble d'habitation, il n'y avait que des familles", True, "K5-verb-name-a-la-television"),
     S(DAHER, "avoir perdu deux voisins", False, "K5-context")])
add(FR, "2024-04-29", "Explosion à Deir el-Balah",
    "« Nous avons reçu dix-sept corps », a indiqué à l'AFP Mahmoud Abou Salem, médecin à l'hôpital Al-Aqsa.",
    [S(["Mahmoud Abou Salem", "Abou Salem", "Mahmoud Abu Salem"], "Nous avons reçu dix-sept corps", True, "K5-verb-a-l-AFP-name")])

# --- K6. "Pour X, …" ---
add(FR, "2024-08-14", "Le CICR inquiet",
    "Les combats se sont intensifiés autour de Khartoum. Pour le CICR, la situation humanitaire est devenue intenable dans plusieurs quartiers.",
    [S(ICRC, "la situation humanitaire est devenue intenable dans plusieurs quartiers", False, "K6-pour-org")])
add(FR, "2024-05-15", "Moscou dénonce",
    "Des drones ont visé une raffinerie de la région de Krasnodar. Pour Moscou, il s'agit d'une attaque terroriste visant des infrastructures civiles.",
    [S(RU, "il s'agit d'une attaque terroriste visant des infrastructures civiles", False, "K6-pour-capital")])
add(FR, "2024-07-09", "Kiev accuse",
    "Un hôpital pour enfants a été touché à Kiev. Pour le ministère ukrainien des Affaires étrangères, cette frappe constitue un crime de guerre.",
    [S(["Ministry of Foreign Affairs of Ukraine", "Ukrainian Foreign Ministry", "ministère ukrainien des Affaires étrangères",
        "Ukraine's Foreign Ministry"] + UA, "cette frappe constitue un crime de guerre", False, "K6-pour-ministry")])
add(FR, "2024-03-19", "Convoi humanitaire",
    "Un convoi de dix camions est parti pour Kherson. Pour la deuxième nuit consécutive, des drones ont visé la ville. Une aide de deux millions d'euros a été débloquée pour le CICR. Pour reconstruire l'école, la mairie a besoin de fonds.",
    [], note="'pour' of destination, time, beneficiary and purpose: no statement")
add(FR, "2024-11-28", "Le train de Moscou",
    "Le train partait pour Moscou lorsque la frappe a eu lieu. Pour la première fois depuis le début de la guerre, la gare a été fermée.",
    [], note="'pour Moscou' as destination, 'pour la première fois': no statement")

# --- K7. quote spans ---
KRAV = ["Oksana Kravets", "Kravets"]
add(FR, "2024-01-25", "Alerte à Tchernihiv",
    "La maire de Tchernihiv, Oksana Kravets, a appelé les habitants à rester dans les abris jusqu'à la fin de l'alerte.",
    [S(KRAV, "les habitants à rester dans les abris jusqu'à la fin de l'alerte", False, "K7-appele-X-a")])
add(FR, "2024-10-30", "Condamnation libanaise",
    "Le ministère libanais des Affaires étrangères a dénoncé ce qu'il a qualifié de « massacre délibéré de civils » après la frappe sur Aïtaroun.",
    [S(["Lebanese Foreign Ministry", "ministère libanais des Affaires étrangères", "Lebanon's Foreign Ministry",
        "Ministry of Foreign Affairs of Lebanon"], "massacre délibéré de civils", True, "K7-ce-qu-il-a-qualifie-de")])
add(FR, "2024-02-06", "Bilan à Marioupol",
    "Les autorités installées par la Russie à Marioupol ont fait état de trois blessés après des tirs sur le port. L'Unicef s'est dit préoccupé par l'escalade des combats dans la région.",
    [S(["Russian-installed authorities", "autorités installées par la Russie", "autorités installées par la Russie à Marioupol"] + RU, "trois blessés après des tirs sur le port", False, "K7-fait-etat-de", optional=True),
     S(UNICEF, "préoccupé par l'escalade des combats dans la région", False, "K7-s-est-dit-preoccupe")])
add(FR, "2024-09-18", "MSF alarmé",
    "Médecins sans frontières s'est dite très inquiète de la situation à l'hôpital de Nyala et a exhorté les belligérants à épargner les structures de santé.",
    [S(MSF, "très inquiète de la situation à l'hôpital de Nyala", False, "K7-s-est-dit-inquiet"),
     S(MSF, "les belligérants à épargner les structures de santé", False, "K7-exhorte-X-a")])

# ============================== ENGLISH ==============================

# --- K1 ---
add(EN, "2024-07-03", "Drone strikes on Odesa region",
    "Iryna Melnyk, spokeswoman for the Odesa regional administration, said on Wednesday that a grain warehouse had burned down after the strike. No one was hurt.",
    [S(["Iryna Melnyk", "Melnyk"], "a grain warehouse had burned down after the strike", False, "K1-name-role-said")])
add(EN, "2024-08-19", "Dnipro rescuers",
    "“We are still digging people out of the rubble,” said Andriy Koval, head of the Dnipro city military administration.",
    [S(["Andriy Koval", "Koval"], "We are still digging people out of the rubble", True, "K1-quote-verb-name-role")])
add(EN, "2024-09-05", "Hospital overwhelmed",
    "According to Layla Mansour, director of the Nasser hospital in Khan Younis, thirty wounded people arrived within an hour.",
    [S(["Layla Mansour", "Mansour"], "thirty wounded people arrived within an hour", False, "K1-according-name-role")])
add(EN, "2024-10-14", "Civil defence at work",
    "Samir Khoury, a spokesman for the Lebanese civil defence, told reporters that two buildings had collapsed in Nabatieh. He said rescue teams had pulled out four survivors.",
    [S(["Samir Khoury", "Khoury"], "two buildings had collapsed in Nabatieh", False, "K1-name-role-told"),
     S(["Samir Khoury", "Khoury"], "rescue teams had pulled out four survivors", False, "K1-pronoun-after")])

# --- K2 ---
add(EN, "2024-10-02", "Strikes in south Lebanon",
    "Strikes hit several villages in south Lebanon, Lebanon's health ministry said. The Israeli military said it had targeted Hezbollah weapons depots. The military added that rockets had been fired from the area.",
    [S(LB_MOH, "Strikes hit several villages in south Lebanon", False, "K2-context"),
     S(IDF, "it had targeted Hezbollah weapons depots", False, "K2-context"),
     S(IDF, "rockets had been fired from the area", False, "K2-army-bare-after-named")])
add(EN, "2024-06-08", "Fighting in El Fasher",
    "Sudan's army said on Monday it had repelled an attack by the Rapid Support Forces on El Fasher. The army said its aircraft had struck paramilitary positions east of the city.",
    [S(SUDAN_ARMY, "it had repelled an attack by the Rapid Support Forces on El Fasher", False, "K2-context"),
     S(SUDAN_ARMY, "its aircraft had struck paramilitary positions east of the city", False, "K2-army-bare-after-named")])
add(EN, "2024-11-20", "Drones downed over Bryansk",
    "Russia's defence ministry said it had shot down 25 Ukrainian drones over the Bryansk region. According to the army, no damage was recorded.",
    [S(RU_MOD, "it had shot down 25 Ukrainian drones over the Bryansk region", False, "K2-context"),
     S(RU_MOD, "no damage was recorded", False, "K2-army-bare-official-country")])

add(EN, "2024-09-02", "Strike in Syria",
    "Israel's foreign ministry said the strike had targeted a weapons depot near Damascus. The military said two of its aircraft took part.",
    [S(IL_MFA, "the strike had targeted a weapons depot near Damascus", False, "K2-context"),
     S(IDF, "two of its aircraft took part", False, "K2-army-bare-official-country",
       note="Israel's army (the country whose ministry spoke), not Syria's where the strike fell")])
add(EN, "2024-10-03", "Rockets and retaliation",
    "Hezbollah fired rockets at northern Israel, the Israeli military said. Lebanon's health ministry reported three deaths in retaliatory strikes. The army said it had struck rocket launchers.",
    [S(IDF, "Hezbollah fired rockets at northern Israel", False, "K2-context"),
     S(LB_MOH, "three deaths in retaliatory strikes", False, "K2-context"),
     S(IDF, "it had struck rocket launchers", False, "K2-army-bare-after-named",
       note="the army that spoke before, not Lebanon's after the Lebanese ministry")])

# --- K3 ---
add(EN, "2024-02-21", "Strike near Homs",
    "An air strike hit a depot near Homs, according to Syria's official news agency SANA. According to the same source, two soldiers were wounded.",
    [S(SANA, "An air strike hit a depot near Homs", False, "K3-context"),
     S(SANA, "two soldiers were wounded", False, "K3-same-source-according")])
add(EN, "2024-01-09", "Toll in Khan Younis",
    "Gaza's health ministry reported fourteen deaths in strikes on Khan Younis. The same source added that several bodies were still under the rubble.",
    [S(GAZA_MOH, "fourteen deaths in strikes on Khan Younis", False, "K3-context", optional=True),
     S(GAZA_MOH, "several bodies were still under the rubble", False, "K3-same-source-subject")])
add(EN, "2024-09-11", "WHO warns",
    "The World Health Organization said two hospitals in northern Gaza had stopped working. The agency added that fuel stocks had run out.",
    [S(WHO, "two hospitals in northern Gaza had stopped working", False, "K3-context"),
     S(WHO, "fuel stocks had run out", False, "K3-agency")])
add(EN, "2024-05-04", "Security source",
    "Two drones targeted a base near Deir ez-Zor, a security source said. The source added that air defences had been activated.",
    [], note="a security source with no organisation: nothing, and never a node named 'source'")

# --- K4 ---
add(EN, "2024-07-22", "Night of explosions",
    "\"We heard three blasts, then silence,\" said Olena Hrytsenko, a nurse at the Zaporizhzhia hospital. \"The windows of the ward were blown out,\" she added.",
    [S(HRYTS, "We heard three blasts, then silence", True, "K4-said-name-role"),
     S(HRYTS, "The windows of the ward were blown out", True, "K4-she-added")])
add(EN, "2024-09-30", "In front of her ruined house",
    "Svitlana Moroz, 62, has not left her village despite the strikes. “There is no water,” she told reporters, “and the children are afraid at night.”",
    [S(MOROZ, "There is no water", True, "K4-split-told-reporters"),
     S(MOROZ, "and the children are afraid at night", True, "K4-split-told-reporters")])
add(EN, "2024-10-25", "Rescuers in Tyre",
    "The head of the Tyre rescue teams, Karim Haddad, described endless days. \"We are short of everything,\" he said. \"We dig by hand,\" he went on.",
    [S(HADDAD, "We are short of everything", True, "K4-he-said"),
     S(HADDAD, "We dig by hand", True, "K4-he-went-on")])

# --- K5 ---
add(EN, "2024-06-17", "Building collapses",
    "\"The building came down in seconds,\" Mykola Ivanenko, a rescuer at the scene, told AFP.",
    [S(IVANENKO, "The building came down in seconds", True, "K5-name-role-told-AFP")])
add(EN, "2024-02-13", "Power cuts",
    "Half the town has no electricity, the mayor of Pavlohrad, Ivan Horbenko, told Reuters by phone.",
    [S(HORB, "Half the town has no electricity", False, "K5-title-name-told-Reuters")])

# --- K6 ---
add(EN, "2024-08-14", "ICRC concerned",
    "Fighting intensified around Khartoum. For the ICRC, the humanitarian situation has become untenable in several districts.",
    [S(ICRC, "the humanitarian situation has become untenable in several districts", False, "K6-for-org")])
add(EN, "2024-05-15", "Moscow condemns",
    "Drones targeted a refinery in the Krasnodar region. For Moscow, the strike was a terrorist attack on civilian infrastructure.",
    [S(RU, "the strike was a terrorist attack on civilian infrastructure", False, "K6-for-capital")])
add(EN, "2024-03-19", "Aid convoy",
    "A convoy of ten trucks left for Kherson. For the second night in a row, drones targeted the city. Two million euros were released for the ICRC. For the school to reopen, the town needs funds.",
    [], note="'for' of destination, time, beneficiary and purpose: no statement")

# --- K7 ---
add(EN, "2024-01-25", "Alert in Chernihiv",
    "The mayor of Chernihiv, Oksana Kravets, urged residents to stay in shelters until the alert was over.",
    [S(KRAV, "residents to stay in shelters until the alert was over", False, "K7-urged-X-to")])
add(EN, "2024-10-30", "Lebanese condemnation",
    "Lebanon's foreign ministry condemned what it called a \"deliberate massacre of civilians\" after the strike on Aitaroun.",
    [S(["Lebanese Foreign Ministry", "ministère libanais des Affaires étrangères", "Lebanon's Foreign Ministry",
        "Ministry of Foreign Affairs of Lebanon"], "deliberate massacre of civilians", True, "K7-what-it-called")])
add(EN, "2024-02-06", "UNICEF concerned",
    "UNICEF said it was deeply concerned by the escalation of fighting in the region and called on all parties to protect children.",
    [S(UNICEF, "it was deeply concerned by the escalation of fighting in the region", False, "K7-said-concerned"),
     S(UNICEF, "all parties to protect children", False, "K7-called-on-X-to")])


# ============================== SECOND BATCH (other wordings, written after the first fixes) ==============================
UN = ["United Nations", "UN", "ONU", "Organisation des Nations unies", "Nations unies"]
HRW = ["Human Rights Watch", "HRW"]
UA_AIR = ["Ukrainian Air Force", "Air Force of Ukraine", "armée de l'air ukrainienne", "Forces aériennes ukrainiennes"] + UA_ARMY
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
RU_MFA = ["Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia", "ministère russe des Affaires étrangères",
          "Russian Ministry of Foreign Affairs"] + RU

# --- K1 (FR) ---
add(FR, "2024-04-02", "École touchée",
    "Natalia Hromova, la directrice de l'école, a raconté que les élèves étaient descendus à l'abri avant l'impact.",
    [S(["Natalia Hromova", "Hromova"], "les élèves étaient descendus à l'abri avant l'impact", False, "K1-name-role-said")])
add(FR, "2024-04-09", "Nuit à Soumy",
    "« Nous avons dû évacuer deux immeubles », a souligné Vasyl Tkatchenko, le chef de la police régionale.",
    [S(["Vasyl Tkatchenko", "Tkatchenko", "Vasyl Tkachenko"], "Nous avons dû évacuer deux immeubles", True, "K1-quote-verb-name-role")])
add(FR, "2024-04-16", "Défense civile à Gaza",
    "Youssef Karam, un porte-parole de la défense civile de Gaza, a affirmé que six corps avaient été retirés des décombres. D'après Rami Nassar, médecin à l'hôpital Nasser, plusieurs blessés sont dans un état grave.",
    [S(["Youssef Karam", "Karam"], "six corps avaient été retirés des décombres", False, "K1-name-role-said"),
     S(["Rami Nassar", "Nassar"], "plusieurs blessés sont dans un état grave", False, "K1-selon-name-role")])
# --- K2 (FR) ---
add(FR, "2024-05-07", "Moscou dénonce une attaque",
    "Le ministère russe des Affaires étrangères a dénoncé une attaque « terroriste » contre la région de Koursk. Selon l'armée, 14 drones ont été détruits.",
    [S(RU_MFA, "une attaque « terroriste » contre la région de Koursk", False, "K2-context", optional=True),
     S(RU_MFA + RU_ARMY, "14 drones ont été détruits", False, "K2-army-bare-official-country")])
add(FR, "2024-05-14", "El-Obeid bombardée",
    "L'armée soudanaise a accusé les FSR d'avoir bombardé El-Obeid. Les FSR ont affirmé avoir abattu un drone. L'armée a répliqué que ses défenses avaient repoussé l'attaque.",
    [S(SUDAN_ARMY, "avoir bombardé El-Obeid", False, "K2-context"),
     S(RSF, "avoir abattu un drone", False, "K2-context"),
     S(SUDAN_ARMY, "ses défenses avaient repoussé l'attaque", False, "K2-army-bare-after-named")])
# --- K3 (FR) ---
add(FR, "2024-05-21", "Bilan à Deir el-Balah",
    "Selon l'agence palestinienne Wafa, neuf personnes ont été tuées à Deir el-Balah. Parmi elles figurent trois enfants, a ajouté la même source.",
    [S(["Wafa", "agence palestinienne Wafa", "WAFA", "agence Wafa"], "neuf personnes ont été tuées à Deir el-Balah", False, "K3-context"),
     S(["Wafa", "agence palestinienne Wafa", "WAFA", "agence Wafa"], "Parmi elles figurent trois enfants", False, "K3-meme-source-inverted")])
add(FR, "2024-05-28", "HRW dénonce",
    "Human Rights Watch a indiqué avoir documenté quatre frappes sur des écoles. L'organisation a ajouté que ces frappes pourraient constituer des crimes de guerre. Toujours selon la même source, aucune cible militaire n'a été identifiée.",
    [S(HRW, "avoir documenté quatre frappes sur des écoles", False, "K3-context"),
     S(HRW, "ces frappes pourraient constituer des crimes de guerre", False, "K3-organisation"),
     S(HRW, "aucune cible militaire n'a été identifiée", False, "K3-toujours-selon-meme-source")])
add(FR, "2024-06-04", "Sans source",
    "Selon la même source, les tirs ont repris dans la soirée.",
    [], note="'la même source' with no source before: nothing")
# --- K4 (FR) ---
add(FR, "2024-06-11", "Mère de deux enfants",
    "« On ne dort plus, on attend la prochaine alerte », explique Mariia Koval, 34 ans, mère de deux enfants. « Les petits pleurent dès qu'ils entendent un moteur », s'inquiète-t-elle.",
    [S(["Mariia Koval", "Koval"], "On ne dort plus, on attend la prochaine alerte", True, "K4-explique-name-age"),
     S(["Mariia Koval", "Koval"], "Les petits pleurent dès qu'ils entendent un moteur", True, "K4-s-inquiete-t-elle")])
add(FR, "2024-06-18", "Le médecin de garde",
    "Le docteur Omar Khatib était de garde cette nuit-là. « Nous avons opéré jusqu'à l'aube, dit-il. Certains blessés n'ont pas survécu. »",
    [S(["Omar Khatib", "Khatib"], "Nous avons opéré jusqu'à l'aube", True, "K4-split-dit-il"),
     S(["Omar Khatib", "Khatib"], "Certains blessés n'ont pas survécu.", True, "K4-split-dit-il")])
# --- K5 (FR) ---
add(FR, "2024-06-25", "Maison touchée",
    "« Le toit s'est effondré sur la cuisine », a confié à l'AFP Ahmad Salem, un habitant du quartier.",
    [S(["Ahmad Salem", "Salem"], "Le toit s'est effondré sur la cuisine", True, "K5-verb-a-l-AFP-name")])
add(FR, "2024-07-02", "Le maire s'exprime",
    "Trois écoles resteront fermées cette semaine, a déclaré jeudi à la presse le maire de Konotop, Artem Semenikhine.",
    [S(["Artem Semenikhine", "Semenikhine", "Artem Semenikhin"], "Trois écoles resteront fermées cette semaine", False, "K5-verb-a-la-presse-title-name")])
# --- K6 (FR) ---
add(FR, "2024-07-09", "L'ONU s'alarme",
    "Plusieurs écoles ont été touchées à Gaza. Pour l'ONU, ces frappes pourraient constituer des crimes de guerre.",
    [S(UN, "ces frappes pourraient constituer des crimes de guerre", False, "K6-pour-org")])
add(FR, "2024-07-16", "Kiev accuse Moscou",
    "Un centre commercial a été détruit à Kharkiv. Pour Kiev, cette attaque prouve que la Russie vise délibérément les civils.",
    [S(UA, "cette attaque prouve que la Russie vise délibérément les civils", False, "K6-pour-capital")])
add(FR, "2024-07-23", "Nuit blanche",
    "Pour l'heure, aucun bilan n'a été communiqué. Pour Kharkiv, c'est la troisième attaque en une semaine. Pour les habitants, la nuit a été longue.",
    [], note="'pour l'heure', a town, residents: no statement")
# --- K7 (FR) ---
add(FR, "2024-07-30", "Appel de l'UNRWA",
    "L'UNRWA a exhorté la communauté internationale à agir pour protéger les abris. L'agence a dénoncé ce qu'elle a appelé une « punition collective ».",
    [S(UNRWA, "la communauté internationale à agir pour protéger les abris", False, "K7-exhorte-X-a"),
     S(UNRWA, "punition collective", True, "K7-ce-qu-elle-a-appele")])
add(FR, "2024-08-06", "Inquiétude du CICR",
    "Le CICR s'est déclaré « profondément préoccupé » par les combats autour de Zaporijjia.",
    [S(ICRC, "profondément préoccupé", True, "K7-s-est-declare-quote")])

# --- K1 (EN) ---
add(EN, "2024-04-02", "School hit",
    "Tetiana Bilyk, the city's deputy mayor, said pupils had gone down to the shelter before the impact.",
    [S(["Tetiana Bilyk", "Bilyk"], "pupils had gone down to the shelter before the impact", False, "K1-name-role-said")])
add(EN, "2024-04-09", "Night in Sumy",
    "\"We had to evacuate two buildings,\" said Vasyl Tkachenko, the regional police chief.",
    [S(["Vasyl Tkachenko", "Tkachenko"], "We had to evacuate two buildings", True, "K1-quote-verb-name-role")])
add(EN, "2024-04-16", "Gaza civil defence",
    "Six bodies were pulled from the rubble, Youssef Karam, a spokesman for Gaza's civil defence, said.",
    [S(["Youssef Karam", "Karam"], "Six bodies were pulled from the rubble", False, "K1-final-name-role-said")])
# --- K2 (EN) ---
add(EN, "2024-05-07", "Moscow condemns attack",
    "Russia's foreign ministry condemned what it called a terrorist attack on the Kursk region. The army said 14 drones had been destroyed.",
    [S(RU_MFA, "a terrorist attack on the Kursk region", False, "K2-context", optional=True),
     S(RU_MFA + RU_ARMY, "14 drones had been destroyed", False, "K2-army-bare-official-country")])
# --- K3 (EN) ---
add(EN, "2024-05-21", "Toll in Deir al-Balah",
    "Nine people were killed in Deir al-Balah, the Palestinian news agency Wafa reported. Three children were among them, the same source added.",
    [S(["Wafa", "Palestinian news agency Wafa", "WAFA"], "Nine people were killed in Deir al-Balah", False, "K3-context"),
     S(["Wafa", "Palestinian news agency Wafa", "WAFA"], "Three children were among them", False, "K3-same-source-inverted")])
add(EN, "2024-05-28", "HRW report",
    "Human Rights Watch said it had documented four strikes on schools. The organisation said the strikes could amount to war crimes.",
    [S(HRW, "it had documented four strikes on schools", False, "K3-context"),
     S(HRW, "the strikes could amount to war crimes", False, "K3-organisation")])
# --- K4 (EN) ---
add(EN, "2024-06-11", "Mother of two",
    "\"We no longer sleep, we wait for the next alert,\" said Mariia Koval, 34, a mother of two. \"The little ones cry when they hear an engine,\" she said.",
    [S(["Mariia Koval", "Koval"], "We no longer sleep, we wait for the next alert", True, "K4-said-name-age"),
     S(["Mariia Koval", "Koval"], "The little ones cry when they hear an engine", True, "K4-she-said")])
# --- K5 (EN) ---
add(EN, "2024-06-25", "House hit",
    "\"The roof fell onto the kitchen,\" a resident, Ahmad Salem, told AFP.",
    [S(["Ahmad Salem", "Salem"], "The roof fell onto the kitchen", True, "K5-role-name-told-AFP")])
# --- K6 (EN) ---
add(EN, "2024-07-09", "UN alarmed",
    "Several schools were hit in Gaza. For the UN, the strikes could amount to war crimes.",
    [S(UN, "the strikes could amount to war crimes", False, "K6-for-org")])
add(EN, "2024-07-16", "Kyiv accuses Moscow",
    "A shopping centre was destroyed in Kharkiv. For Kyiv, the attack proves that Russia deliberately targets civilians.",
    [S(UA, "the attack proves that Russia deliberately targets civilians", False, "K6-for-capital")])
add(EN, "2024-07-23", "Sleepless night",
    "For now, no toll has been given. For Kharkiv, it was the third attack in a week. For residents, the night was long.",
    [], note="'for now', a town, residents: no statement")
# --- K7 (EN) ---
add(EN, "2024-07-30", "UNRWA appeal",
    "UNRWA called on the international community to act to protect the shelters. The agency denounced what it described as \"collective punishment\".",
    [S(UNRWA, "the international community to act to protect the shelters", False, "K7-called-on-X-to"),
     S(UNRWA, "collective punishment", True, "K7-what-it-described-as")])


# ============================== THIRD BATCH (probes after the second fixes) ==============================
IQ_MOI = ["Ministry of Interior of Iraq", "Iraqi Interior Ministry", "ministère irakien de l'Intérieur", "Iraq's interior ministry"]
add(FR, "2024-08-13", "Voisins de Khan Younès",
    "« Ils ont tiré sur tout ce qui bougeait », lâche Ibrahim Saad, un habitant de Khan Younès. « Nous n'avons plus rien », s'exclame sa voisine, Amal Darwish.",
    [S(["Ibrahim Saad", "Saad"], "Ils ont tiré sur tout ce qui bougeait", True, "K4-lance-name-role"),
     S(["Amal Darwish", "Darwish"], "Nous n'avons plus rien", True, "K4-s-exclame-description-name",
       note="a second resident: never the first one's words")])
add(FR, "2024-08-20", "Le chauffeur de bus",
    "Mykhaïlo Koval, 45 ans, chauffeur de bus, a vu l'explosion. « J'ai freiné et tout a tremblé », se souvient-il.",
    [S(["Mykhaïlo Koval", "Koval", "Mykhailo Koval"], "J'ai freiné et tout a tremblé", True, "K4-se-souvient-il")])
add(FR, "2024-08-27", "Roquettes sur Kiryat Shmona",
    "Des roquettes ont été tirées sur Kiryat Shmona. Pour l'armée israélienne, le Hezbollah porte l'entière responsabilité de l'escalade. Aux yeux de Moscou, ces frappes sont inacceptables. Pour la population locale, la situation est devenue insupportable.",
    [S(IDF, "le Hezbollah porte l'entière responsabilité de l'escalade", False, "K6-pour-army-adjective"),
     S(RU, "ces frappes sont inacceptables", False, "K6-aux-yeux-de-capital")],
    note="'Pour la population locale': no one the tables know, no statement")
add(FR, "2024-09-03", "Roquettes près de Bagdad",
    "Un haut responsable du ministère irakien de l'Intérieur a indiqué que deux roquettes étaient tombées près de l'aéroport. Le même responsable a précisé qu'il n'y avait pas de victimes.",
    [S(IQ_MOI, "deux roquettes étaient tombées près de l'aéroport", False, "K3-context"),
     S(IQ_MOI, "il n'y avait pas de victimes", False, "K3-meme-responsable")])
add(EN, "2024-08-27", "Rockets on Kiryat Shmona",
    "Rockets were fired at Kiryat Shmona. For the Israeli army, Hezbollah bears full responsibility for the escalation. For the local population, life has become unbearable.",
    [S(IDF, "Hezbollah bears full responsibility for the escalation", False, "K6-for-army-adjective")],
    note="'For the local population': no one the tables know, no statement")
add(EN, "2024-09-03", "Rockets near Baghdad",
    "A senior official at Iraq's interior ministry said two rockets had landed near the airport. The same official added that there were no casualties.",
    [S(IQ_MOI, "two rockets had landed near the airport", False, "K3-context"),
     S(IQ_MOI, "there were no casualties", False, "K3-same-official")])
add(EN, "2024-09-10", "Neighbours in Khan Younis",
    "\"They shot at everything that moved,\" said Ibrahim Saad, a resident of Khan Younis. \"We have nothing left,\" exclaimed his neighbour, Amal Darwish.",
    [S(["Ibrahim Saad", "Saad"], "They shot at everything that moved", True, "K4-said-name-role"),
     S(["Amal Darwish", "Darwish"], "We have nothing left", True, "K4-exclaimed-description-name")])

add(FR, "2024-09-17", "Appel à une enquête",
    "Le secrétaire général de l'ONU a appelé à la retenue et a réclamé une enquête indépendante sur la frappe de Jabalia.",
    [S(UN, "la retenue", False, "K7-appele-a-noun", optional=True),
     S(UN, "une enquête indépendante sur la frappe de Jabalia", False, "K7-reclame-noun")])
add(EN, "2024-09-17", "Call for an inquiry",
    "The UN secretary-general urged restraint and demanded an independent investigation into the Jabalia strike.",
    [S(UN, "restraint", False, "K7-urged-noun", optional=True),
     S(UN, "an independent investigation into the Jabalia strike", False, "K7-demanded-noun",
       note="two speech acts: 'urged restraint' is not followed by the second verb's object")])


if __name__ == "__main__":
    for name, rows in (("en.jsonl", EN), ("fr.jsonl", FR)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows), "passages,", sum(len(r["statements"]) for r in rows), "statements")
