"""Write tests/data/statements/st6/{en,fr}.jsonl: passages per KIND of wrong speaker (branch st6).

Invented incidents and people (real institutions). Kinds (pattern prefix):
K1 an unnamed spokesperson/official of a body: the body, or nothing (never a node named by the role);
K2 a title and a name in apposition: the person;
K3 UN agencies: the agency, not the UN;
K4 a bare "the military"/"l'armée": only the speaker history or an adjective resolves it, never a place;
K5 pronouns of armed groups: the group, not the state;
K6 state media and "the Pakistani military": the media / the military, not the state;
K9 photo captions: no statement.
Run: python tests/data/statements/st6/make.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-05-14"

MYK = ["Mykolaiv regional military administration", "Mykolaiv regional administration", "Mykolaiv Oblast", "Mykolaiv region",
       "administration militaire régionale de Mykolaïv", "administration régionale de Mykolaïv", "région de Mykolaïv", "oblast de Mykolaïv"]
KHARKIV_CITY = ["Kharkiv city military administration", "Kharkiv city administration", "Kharkiv city council", "Kharkiv mayor's office",
                "administration militaire de la ville de Kharkiv", "administration municipale de Kharkiv", "mairie de Kharkiv", "conseil municipal de Kharkiv"]
DNIPRO_REG = ["Dnipropetrovsk regional military administration", "Dnipropetrovsk regional administration", "Dnipropetrovsk Oblast", "Dnipropetrovsk region",
              "administration militaire régionale de Dnipropetrovsk", "administration régionale de Dnipropetrovsk", "région de Dnipropetrovsk", "oblast de Dnipropetrovsk"]
SUMY_REG = ["Sumy regional military administration", "Sumy regional administration", "Sumy Oblast", "Sumy region",
            "administration militaire régionale de Soumy", "administration régionale de Soumy", "région de Soumy", "oblast de Soumy"]
NIKOPOL_CITY = ["Nikopol city military administration", "Nikopol city administration", "Nikopol city council", "Nikopol mayor's office",
                "administration militaire de la ville de Nikopol", "administration municipale de Nikopol", "mairie de Nikopol", "conseil municipal de Nikopol"]
ODESA_CITY = ["Odesa city military administration", "Odesa city administration", "Odesa city council", "Odesa mayor's office",
              "administration militaire de la ville d'Odessa", "administration municipale d'Odessa", "mairie d'Odessa", "conseil municipal d'Odessa"]
KATSINA = ["Katsina State", "Katsina state government", "Katsina", "État de Katsina", "gouvernement de l'État de Katsina"]
UNHCR = ["UNHCR", "UN Refugee Agency", "UN Refugee Agency (UNHCR)", "HCR", "Haut-Commissariat des Nations unies pour les réfugiés"]
OCHA = ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "Bureau de la coordination des affaires humanitaires de l'ONU"]
UNICEF = ["UNICEF", "Unicef"]
WFP = ["World Food Programme", "WFP", "Programme alimentaire mondial", "PAM"]
WHO = ["World Health Organization", "WHO", "Organisation mondiale de la santé", "OMS"]
UN = ["United Nations", "UN", "Nations unies", "ONU", "Organisation des Nations unies"]
IDF = ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "armée israélienne", "Forces de défense d'Israël", "Tsahal"]
IL_MFA = ["Israeli foreign ministry", "Ministry of Foreign Affairs of Israel", "Israel's foreign ministry", "ministère israélien des Affaires étrangères",
          "Ministry of Foreign Affairs (Israel)"]
RU_ARMY = ["Russian Ministry of Defence", "Ministry of Defence of the Russian Federation", "Russian defence ministry", "ministère russe de la Défense",
           "Armed Forces of the Russian Federation", "forces armées russes", "Russian army", "armée russe", "Russian military"]
BELGOROD_GOV = ["Belgorod governor", "governor of the Belgorod region", "Belgorod regional administration", "Belgorod Oblast", "Belgorod region",
                "gouverneur de la région de Belgorod", "administration régionale de Belgorod", "région de Belgorod", "oblast de Belgorod", "regional governor"]
SHABAAB = ["Al-Shabaab", "Shebab (Al-Shabaab)", "Shebab", "al-Shabab"]
HOUTHIS = ["Houthis", "Houthis (Ansar Allah)", "Ansar Allah"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Groupe de soutien à l'islam et aux musulmans (GSIM/JNIM)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM", "Groupe de soutien à l'islam et aux musulmans"]
ISWAP = ["Islamic State West Africa Province (ISWAP)", "État islamique en Afrique de l'Ouest (Iswap)", "ISWAP", "Islamic State West Africa Province", "Iswap", "État islamique en Afrique de l'Ouest", "Etat islamique en Afrique de l'Ouest"]
TTP = ["Tehrik-i-Taliban Pakistan (TTP)", "Mouvement des talibans du Pakistan (TTP)", "TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "talibans pakistanais", "Mouvement des talibans du Pakistan"]
BOKO = ["Boko Haram"]
M23 = ["M23", "M23 (March 23 Movement)", "M23 (Mouvement du 23 mars)"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
SY_MEDIA = ["Syrian state media", "médias d'État syriens", "médias officiels syriens", "Syrian official media"]
IR_MEDIA = ["Iranian state media", "médias d'État iraniens", "médias officiels iraniens", "Islamic Republic of Iran Broadcasting (IRIB)",
            "Radio-télévision de la République islamique d'Iran (IRIB)"]
RU_MEDIA = ["Russian state media", "médias d'État russes", "médias officiels russes"]
PK_ARMY = ["Pakistan Armed Forces", "Pakistani military", "Pakistan's military", "Pakistan Army", "Pakistani army", "armée pakistanaise",
           "forces armées pakistanaises", "ISPR", "Inter-Services Public Relations"]


def st(speaker, quote, pattern, direct=False, optional=False, note=None):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


EN = [
    # K1: unnamed spokesperson / official of a body
    ("Grain depot", "Russian drones struck a grain depot in the Mykolaiv region overnight. A spokeswoman for the regional military administration said two workers had been injured.",
     [st(MYK, "two workers had been injured", "K1-spokeswoman-for-regional-body")]),
    ("Industrial site", "A missile hit an industrial site in the Dnipropetrovsk region on Thursday. The regional governor's spokesman said the fire had been put out by morning.",
     [st(DNIPRO_REG, "the fire had been put out by morning", "K1-governors-spokesman", optional=True,
         note="the regional administration, or nothing; never a node named 'spokesman'")]),
    ("Village raid", "Gunmen stormed a village in Katsina state on Sunday and abducted dozens of farmers, the state governor's spokesman said.",
     [st(KATSINA, "Gunmen stormed a village in Katsina state on Sunday and abducted dozens of farmers", "K1-state-governors-spokesman", optional=True,
         note="the state, or nothing; never 'spokesman'")]),
    ("Metro closed", "An official at the Kharkiv city military administration said the metro would stay closed until noon.",
     [st(KHARKIV_CITY, "the metro would stay closed until noon", "K1-official-at-city-body")]),
    ("Power cut", "Shells hit the centre of Nikopol on Saturday. The deputy mayor said three buildings had lost power.",
     [st(NIKOPOL_CITY, "three buildings had lost power", "K1-bare-deputy-mayor", optional=True,
         note="the town's administration, or nothing; 'deputy mayor' alone is no actor")]),
    ("Talks", "A spokesman said the ceasefire talks would resume next week.", []),
    ("Bridge", "The road bridge near Shostka will stay closed for repairs, a spokesperson for the Sumy regional military administration said on Friday.",
     [st(SUMY_REG, "The road bridge near Shostka will stay closed for repairs", "K1-spokesperson-for-named-body")]),
    ("Port", "Drones damaged warehouses in the port of Odesa overnight. A city hall official said the fire was under control.",
     [st(ODESA_CITY, "the fire was under control", "K1-city-hall-official", optional=True)]),
    # K2: title and name in apposition
    ("Houses burned", "Shelling set fire to several homes near Pavlohrad on Monday. The head of the Pavlohrad district council, Oleksandr Verbytskyi, said three houses had burned down.",
     [st(["Oleksandr Verbytskyi", "Verbytskyi", "Oleksandr Verbytsky", "Verbytsky"], "three houses had burned down", "K2-head-of-council-comma-name")]),
    ("Tram depot", "According to Mykola Tereshchuk, Kherson's deputy mayor, the tram depot was hit twice during the night.",
     [st(["Mykola Tereshchuk", "Tereshchuk", "Mykola Tereshchouk", "Terechtchouk"], "the tram depot was hit twice during the night", "K2-according-name-possessive-title")]),
    ("Bridge closed", "Ivan Hordiienko, deputy head of the Sumy regional council, said the bridge would remain closed to lorries.",
     [st(["Ivan Hordiienko", "Hordiienko", "Ivan Hordienko", "Hordienko"], "the bridge would remain closed to lorries", "K2-name-comma-title-of-council")]),
    ("School", "“The school is gone,” said the secretary of the Nikopol city council, Taras Yaremenko.",
     [st(["Taras Yaremenko", "Yaremenko"], "The school is gone", "K2-inverted-title-comma-name", direct=True)]),
    ("Water station", "The mayor of Kupiansk, Petro Danylenko, told reporters that the water station had been hit by a glide bomb.",
     [st(["Petro Danylenko", "Danylenko"], "the water station had been hit by a glide bomb", "K2-mayor-of-town-comma-name")]),
    # K3: UN agencies
    ("Crossings", "UNHCR said more than 3,000 people had crossed into Chad in a single week.",
     [st(UNHCR, "more than 3,000 people had crossed into Chad in a single week", "K3-acronym")]),
    ("Displaced", "Fighting around El Fasher has displaced 20,000 people since Monday, the UN refugee agency said.",
     [st(UNHCR, "Fighting around El Fasher has displaced 20,000 people since Monday", "K3-un-refugee-agency")]),
    ("Convoys", "OCHA said aid convoys had been blocked at the Adre crossing for four days.",
     [st(OCHA, "aid convoys had been blocked at the Adre crossing for four days", "K3-acronym")]),
    ("Children", "UNICEF said at least 12 children were among the dead in the strike on the market.",
     [st(UNICEF, "at least 12 children were among the dead in the strike on the market", "K3-acronym")]),
    ("Stocks", "The World Food Programme warned that food stocks in the camp would run out by the end of the month.",
     [st(WFP, "food stocks in the camp would run out by the end of the month", "K3-full-name")]),
    ("Fuel", "The hospital has no fuel left for its generators, the World Health Organization said on Tuesday.",
     [st(WHO, "The hospital has no fuel left for its generators", "K3-full-name")]),
    ("Alarm", "The United Nations said it was deeply alarmed by the attack on the displacement camp.",
     [st(UN, "it was deeply alarmed by the attack on the displacement camp", "K3-near-miss-the-un")]),
    # K4: a bare "the military"
    ("Khiam", "Israeli strikes hit Khiam in southern Lebanon on Monday. The military said it had targeted Hezbollah rocket launchers.",
     [st(IDF, "it had targeted Hezbollah rocket launchers", "K4-military-after-adjective-on-attack", optional=True,
         note="Israel's army or nothing: never the Lebanese army of the place")]),
    ("Nabatieh", "An airstrike destroyed a house in the Lebanese town of Nabatieh on Sunday. The military said the building had housed a weapons depot.", [],
     "negative: only a place (Lebanon) could resolve 'the military': no statement"),
    ("Rockets", "Israel's foreign ministry said the rocket fire from Lebanon was a grave escalation. The army said it had struck launch sites near Tyre in response.",
     [st(IL_MFA, "the rocket fire from Lebanon was a grave escalation", "K4-history-first-speaker"),
      st(IDF, "it had struck launch sites near Tyre in response", "K4-army-after-speaker-of-country")]),
    ("Kupiansk", "Shells fell on the outskirts of Kupiansk on Tuesday. The army said the town's defences had held.", [],
     "negative: only a place could resolve 'the army'"),
    ("Depot", "The Israeli military said it had struck a Hezbollah weapons depot near Nabatieh in southern Lebanon.",
     [st(IDF, "it had struck a Hezbollah weapons depot near Nabatieh in southern Lebanon", "K4-explicit-adjective")]),
    # K5: pronouns of armed groups
    ("Checkpoint", "A car bomb exploded near a checkpoint in Mogadishu on Tuesday. Al-Shabaab said it was behind the attack. It said its fighters had killed ten soldiers.",
     [st(SHABAAB, "it was behind the attack", "K5-group-said-it"), st(SHABAAB, "its fighters had killed ten soldiers", "K5-pronoun-it-group")]),
    ("Ship", "The Houthis said they had targeted a container ship in the Gulf of Aden with two missiles. They added that the vessel had been hit.",
     [st(HOUTHIS, "they had targeted a container ship in the Gulf of Aden with two missiles", "K5-group-said-they"),
      st(HOUTHIS, "the vessel had been hit", "K5-pronoun-they-group")]),
    ("Convoy ambush", "Gunmen ambushed an army convoy near Menaka in Mali on Saturday. JNIM said in a statement that it had killed 15 soldiers.",
     [st(JNIM, "it had killed 15 soldiers", "K5-group-acronym-new")]),
    ("Base raid", "Fighters raided a military base in Borno state on Sunday. ISWAP said it had seized weapons and vehicles, and the group added that none of its men had died.",
     [st(ISWAP, "it had seized weapons and vehicles", "K5-group-acronym-new"), st(ISWAP, "none of its men had died", "K5-the-group")]),
    ("Police station", "The TTP claimed the attack on a police station in Bannu. It said four of its fighters had died in the assault.",
     [st(TTP, "the attack on a police station in Bannu", "K5-claim", optional=True), st(TTP, "four of its fighters had died in the assault", "K5-pronoun-it-group")]),
    ("Abductions", "Boko Haram said it had abducted the villagers because they had helped the army.",
     [st(BOKO, "it had abducted the villagers because they had helped the army", "K5-group-said-it")]),
    ("Masisi", "M23 rebels said they had taken control of Masisi, a town in North Kivu.",
     [st(M23, "they had taken control of Masisi, a town in North Kivu", "K5-group-said-they")]),
    ("Nyala", "The RSF said it had repelled an army assault on Nyala. It added that dozens of soldiers had been captured.",
     [st(RSF, "it had repelled an army assault on Nyala", "K5-group-said-it"), st(RSF, "dozens of soldiers had been captured", "K5-pronoun-it-group")]),
    # K6: state media and the Pakistani military
    ("Homs", "Syrian state media reported that an Israeli strike had hit a military site near Homs.",
     [st(SY_MEDIA, "an Israeli strike had hit a military site near Homs", "K6-state-media")]),
    ("Isfahan", "Iranian state media said air defences had been activated over Isfahan.",
     [st(IR_MEDIA, "air defences had been activated over Isfahan", "K6-state-media")]),
    ("Waziristan", "The Pakistani military said it had killed eight militants in North Waziristan.",
     [st(PK_ARMY, "it had killed eight militants in North Waziristan", "K6-demonym-military")]),
    ("Border post", "Pakistan's military said its troops had repelled an attack on a border post in Kurram.",
     [st(PK_ARMY, "its troops had repelled an attack on a border post in Kurram", "K6-possessive-military")]),
    ("Kursk", "According to Russian state media, air defences shot down 20 drones over the Kursk region.",
     [st(RU_MEDIA, "air defences shot down 20 drones over the Kursk region", "K6-according-state-media")]),
    # K9: captions
    ("Rubble", "Photo: A rescuer says survivors are still trapped under the rubble in Kharkiv.", [], "negative: a caption"),
    ("Front", "File photo: Soldiers say the front line near Pokrovsk has not moved in weeks.", [], "negative: a caption"),
    ("Rescuers", "Caption: Rescuers said the fire in the Odesa warehouse burned for six hours.", [], "negative: a caption"),
]


# round 2 (written after the fixes, not tuned on: other wordings of the same kinds)
ZAP_REG = ["Zaporizhzhia regional military administration", "Zaporizhzhia regional administration", "Zaporizhzhia Oblast",
           "Zaporizhzhia region", "administration militaire régionale de Zaporijjia", "administration régionale de Zaporijjia",
           "région de Zaporijjia", "oblast de Zaporijjia"]
ODESA_COUNCIL = ["Odesa city council", "conseil municipal d'Odessa"] + ODESA_CITY
ISRAELI_MEDIA = ["Israeli media", "médias israéliens"]
UA_AIR = ["Ukrainian Air Force", "armée de l'air ukrainienne", "Ukraine's air force", "Ukrainian air force"]
HEZBOLLAH = ["Hezbollah"]
EN2 = [
    ("Bridges", "According to a spokesperson for the Zaporizhzhia regional administration, two bridges were damaged overnight.",
     [st(ZAP_REG, "two bridges were damaged overnight", "K1-r2-according-spokesperson-for-body")]),
    ("Convoy", "An official said the convoy had turned back at the checkpoint.", [], "negative: an official of no body"),
    ("Ferry", "An Odesa city council spokeswoman said the ferry terminal had been hit.",
     [st(ODESA_COUNCIL, "the ferry terminal had been hit", "K1-r2-body-before-role")]),
    ("Windows", "According to the head of the Bilozerka community, Oleh Tkachenko, the school had no windows left.",
     [st(["Oleh Tkachenko", "Tkachenko", "Oleh Tkatchenko", "Tkatchenko"], "the school had no windows left", "K2-r2-according-title-comma-name")]),
    ("Reopening", "“The market will reopen on Monday,” said Olha Zinchenko, secretary of the Sumy city council.",
     [st(["Olha Zinchenko", "Zinchenko", "Olha Zintchenko", "Zintchenko"], "The market will reopen on Monday", "K2-r2-name-comma-title-inverted", direct=True)]),
    ("Schools", "The UN children's agency said 300 schools had closed in the province.",
     [st(UNICEF, "300 schools had closed in the province", "K3-r2-un-childrens-agency")]),
    ("Border", "The U.N. refugee agency said the border crossing had been shut for a week.",
     [st(UNHCR, "the border crossing had been shut for a week", "K3-r2-un-refugee-agency")]),
    ("Belgorod drones", "Drones struck a base in the Belgorod region overnight. The military said it had downed 20 of them.",
     [st(RU_ARMY, "it had downed 20 of them", "K4-r2-military-after-place-only", optional=True,
         note="only the place resolves 'the military': no statement (or Russia's, never guessed)")]),
    ("Air force", "The Ukrainian air force said 40 drones had been shot down. The air force added that two had hit a warehouse.",
     [st(UA_AIR, "40 drones had been shot down", "K4-r2-explicit-adjective"),
      st(UA_AIR, "two had hit a warehouse", "K4-r2-bare-after-named")]),
    ("Barracks", "Hezbollah said it had fired rockets at a barracks in northern Israel. It added that the barracks had been hit.",
     [st(HEZBOLLAH, "it had fired rockets at a barracks in northern Israel", "K5-r2-group-said-it"),
      st(HEZBOLLAH, "the barracks had been hit", "K5-r2-pronoun-it-group")]),
    ("Reservists", "Israeli media reported that the army had called up two reserve brigades.",
     [st(ISRAELI_MEDIA, "the army had called up two reserve brigades", "K6-r2-media-not-state")]),
    ("Caption r2", "Image caption: Residents say the power has been out for three days in Kherson.", [], "negative: a caption"),
]

FR = [
    # K1
    ("Dépôt de grain", "Des drones russes ont frappé un dépôt de grain dans la région de Mykolaïv pendant la nuit. Une porte-parole de l'administration militaire régionale a indiqué que deux ouvriers avaient été blessés.",
     [st(MYK, "deux ouvriers avaient été blessés", "K1-porte-parole-de-organe-regional")]),
    ("Site industriel", "Un missile a touché un site industriel dans la région de Dnipropetrovsk jeudi. Le porte-parole du gouverneur régional a assuré que l'incendie avait été maîtrisé au matin.",
     [st(DNIPRO_REG, "l'incendie avait été maîtrisé au matin", "K1-porte-parole-du-gouverneur", optional=True)]),
    ("Village", "Des hommes armés ont attaqué un village de l'État de Katsina dimanche et enlevé des dizaines d'agriculteurs, a déclaré le porte-parole du gouverneur de l'État.",
     [st(KATSINA, "Des hommes armés ont attaqué un village de l'État de Katsina dimanche et enlevé des dizaines d'agriculteurs", "K1-porte-parole-gouverneur-etat", optional=True)]),
    ("Métro", "Un responsable de l'administration militaire de la ville de Kharkiv a précisé que le métro resterait fermé jusqu'à midi.",
     [st(KHARKIV_CITY, "le métro resterait fermé jusqu'à midi", "K1-responsable-organe-ville")]),
    ("Coupure", "Des obus ont frappé le centre de Nikopol samedi. L'adjoint au maire a indiqué que trois immeubles étaient privés d'électricité.",
     [st(NIKOPOL_CITY, "trois immeubles étaient privés d'électricité", "K1-adjoint-au-maire-seul", optional=True)]),
    ("Pourparlers", "Un porte-parole a indiqué que les pourparlers de cessez-le-feu reprendraient la semaine prochaine.", []),
    ("Pont", "Le pont routier près de Chostka restera fermé pour travaux, a fait savoir vendredi un porte-parole de l'administration militaire régionale de Soumy.",
     [st(SUMY_REG, "Le pont routier près de Chostka restera fermé pour travaux", "K1-porte-parole-organe-nomme")]),
    ("Port", "Des drones ont endommagé des entrepôts du port d'Odessa pendant la nuit. Selon un responsable de la mairie, l'incendie était maîtrisé.",
     [st(ODESA_CITY, "l'incendie était maîtrisé", "K1-responsable-mairie", optional=True)]),
    # K2
    ("Maisons", "Des bombardements ont incendié plusieurs maisons près de Pavlohrad lundi. Le chef du conseil du district de Pavlohrad, Oleksandr Verbytsky, a déclaré que trois maisons avaient brûlé.",
     [st(["Oleksandr Verbytsky", "Verbytsky", "Oleksandr Verbytskyi", "Verbytskyi"], "trois maisons avaient brûlé", "K2-chef-du-conseil-virgule-nom")]),
    ("Dépôt de tramways", "Selon Mykola Terechtchouk, adjoint au maire de Kherson, le dépôt de tramways a été touché deux fois pendant la nuit.",
     [st(["Mykola Terechtchouk", "Terechtchouk", "Mykola Tereshchuk", "Tereshchuk"], "le dépôt de tramways a été touché deux fois pendant la nuit", "K2-selon-nom-adjoint-au-maire")]),
    ("Pont fermé", "Ivan Hordiienko, vice-président du conseil régional de Soumy, a affirmé que le pont resterait fermé aux camions.",
     [st(["Ivan Hordiienko", "Hordiienko", "Ivan Hordienko", "Hordienko"], "le pont resterait fermé aux camions", "K2-nom-virgule-titre-conseil")]),
    ("École", "« L'école n'existe plus », a déclaré la secrétaire du conseil municipal de Nikopol, Olena Savtchouk.",
     [st(["Olena Savtchouk", "Savtchouk", "Olena Savchuk", "Savchuk"], "L'école n'existe plus", "K2-inverse-titre-virgule-nom", direct=True)]),
    ("Station de pompage", "Le maire de Koupiansk, Petro Danylenko, a indiqué à la presse que la station de pompage avait été touchée par une bombe planante.",
     [st(["Petro Danylenko", "Danylenko"], "la station de pompage avait été touchée par une bombe planante", "K2-maire-de-ville-virgule-nom")]),
    # K3
    ("Passages", "L'agence des Nations unies pour les réfugiés a indiqué que plus de 3 000 personnes étaient entrées au Tchad en une semaine.",
     [st(UNHCR, "plus de 3 000 personnes étaient entrées au Tchad en une semaine", "K3-agence-onu-refugies")]),
    ("Déplacés", "Selon le HCR, les combats autour d'El-Fasher ont déplacé 20 000 personnes depuis lundi.",
     [st(UNHCR, "les combats autour d'El-Fasher ont déplacé 20 000 personnes depuis lundi", "K3-sigle")]),
    ("Convois", "Le Bureau de la coordination des affaires humanitaires de l'ONU (Ocha) a affirmé que les convois d'aide étaient bloqués au poste d'Adré depuis quatre jours.",
     [st(OCHA, "les convois d'aide étaient bloqués au poste d'Adré depuis quatre jours", "K3-nom-complet-onu")]),
    ("Enfants", "L'Unicef a assuré qu'au moins 12 enfants figuraient parmi les morts de la frappe sur le marché.",
     [st(UNICEF, "au moins 12 enfants figuraient parmi les morts de la frappe sur le marché", "K3-sigle")]),
    ("Stocks", "Le Programme alimentaire mondial a averti que les stocks du camp seraient épuisés à la fin du mois.",
     [st(WFP, "les stocks du camp seraient épuisés à la fin du mois", "K3-nom-complet")]),
    ("Carburant", "L'hôpital n'a plus de carburant pour ses générateurs, a déclaré mardi l'Organisation mondiale de la santé.",
     [st(WHO, "L'hôpital n'a plus de carburant pour ses générateurs", "K3-nom-complet")]),
    ("Alarme", "L'ONU s'est dite profondément inquiète après l'attaque contre le camp de déplacés.",
     [st(UN, "profondément inquiète après l'attaque contre le camp de déplacés", "K3-onu-elle-meme", optional=True)]),
    ("Agence enfance", "Selon l'agence de l'ONU pour l'enfance, 40 écoles ont été endommagées depuis janvier.",
     [st(UNICEF, "40 écoles ont été endommagées depuis janvier", "K3-agence-onu-enfance")]),
    # K4
    ("Khiam", "Des frappes israéliennes ont visé Khiam, dans le sud du Liban, lundi. L'armée a affirmé avoir ciblé des lance-roquettes du Hezbollah.",
     [st(IDF, "avoir ciblé des lance-roquettes du Hezbollah", "K4-armee-apres-adjectif-attaque", optional=True,
         note="l'armée israélienne ou rien: jamais l'armée libanaise du lieu")]),
    ("Nabatiyé", "Une frappe aérienne a détruit une maison dans la ville libanaise de Nabatiyé dimanche. L'armée a indiqué que le bâtiment abritait un dépôt d'armes.", [],
     "negative: seul un lieu (le Liban) pourrait résoudre « l'armée »"),
    ("Roquettes", "Le ministère israélien des Affaires étrangères a affirmé que les tirs de roquettes venus du Liban constituaient une grave escalade. L'armée a indiqué avoir frappé des sites de lancement près de Tyr en riposte.",
     [st(IL_MFA, "les tirs de roquettes venus du Liban constituaient une grave escalade", "K4-historique-premier-locuteur"),
      st(IDF, "avoir frappé des sites de lancement près de Tyr en riposte", "K4-armee-apres-locuteur-du-pays")]),
    ("Koupiansk", "Des obus sont tombés sur la périphérie de Koupiansk mardi. L'armée a assuré que les défenses de la ville avaient tenu.", [],
     "negative: seul un lieu pourrait résoudre « l'armée »"),
    ("Dépôt", "L'armée israélienne a annoncé avoir frappé un dépôt d'armes du Hezbollah près de Nabatiyé, dans le sud du Liban.",
     [st(IDF, "avoir frappé un dépôt d'armes du Hezbollah près de Nabatiyé, dans le sud du Liban", "K4-adjectif-explicite")]),
    # K5
    ("Barrage", "Une voiture piégée a explosé près d'un barrage à Mogadiscio mardi. Les shebab ont revendiqué l'attaque. Ils ont affirmé que leurs combattants avaient tué dix soldats.",
     [st(SHABAAB, "l'attaque", "K5-revendication", optional=True), st(SHABAAB, "leurs combattants avaient tué dix soldats", "K5-pronom-ils-groupe")]),
    ("Navire", "Les Houthis ont affirmé avoir visé un porte-conteneurs dans le golfe d'Aden avec deux missiles. Ils ont ajouté que le navire avait été touché.",
     [st(HOUTHIS, "avoir visé un porte-conteneurs dans le golfe d'Aden avec deux missiles", "K5-groupe-affirme-avoir"),
      st(HOUTHIS, "le navire avait été touché", "K5-pronom-ils-groupe")]),
    ("Embuscade", "Des hommes armés ont tendu une embuscade à un convoi de l'armée près de Ménaka, au Mali, samedi. Le JNIM a affirmé dans un communiqué avoir tué 15 soldats.",
     [st(JNIM, "avoir tué 15 soldats", "K5-sigle-groupe-nouveau")]),
    ("Base", "Des combattants ont attaqué une base militaire dans l'État de Borno dimanche. L'Iswap a affirmé avoir saisi des armes et des véhicules.",
     [st(ISWAP, "avoir saisi des armes et des véhicules", "K5-sigle-groupe-nouveau")]),
    ("Commissariat", "Le TTP a revendiqué l'attaque contre un commissariat de Bannu. Il a affirmé que quatre de ses combattants étaient morts dans l'assaut.",
     [st(TTP, "l'attaque contre un commissariat de Bannu", "K5-revendication", optional=True), st(TTP, "quatre de ses combattants étaient morts dans l'assaut", "K5-pronom-il-groupe")]),
    ("Enlèvements", "Boko Haram a affirmé avoir enlevé les villageois parce qu'ils avaient aidé l'armée.",
     [st(BOKO, "avoir enlevé les villageois parce qu'ils avaient aidé l'armée", "K5-groupe-affirme-avoir")]),
    ("Masisi", "Les rebelles du M23 ont assuré qu'ils contrôlaient Masisi, une ville du Nord-Kivu.",
     [st(M23, "ils contrôlaient Masisi, une ville du Nord-Kivu", "K5-groupe-assure-qu-ils")]),
    ("Nyala", "Les Forces de soutien rapide ont affirmé avoir repoussé un assaut de l'armée sur Nyala. Elles ont ajouté que des dizaines de soldats avaient été capturés.",
     [st(RSF, "avoir repoussé un assaut de l'armée sur Nyala", "K5-groupe-affirme-avoir"), st(RSF, "des dizaines de soldats avaient été capturés", "K5-pronom-elles-groupe")]),
    # K6
    ("Homs", "Les médias d'État syriens ont rapporté qu'une frappe israélienne avait touché un site militaire près de Homs.",
     [st(SY_MEDIA, "une frappe israélienne avait touché un site militaire près de Homs", "K6-medias-d-etat")]),
    ("Ispahan", "Selon les médias d'État iraniens, la défense aérienne a été activée au-dessus d'Ispahan.",
     [st(IR_MEDIA, "la défense aérienne a été activée au-dessus d'Ispahan", "K6-selon-medias-d-etat")]),
    ("Waziristan", "L'armée pakistanaise a affirmé avoir tué huit militants dans le Waziristan du Nord.",
     [st(PK_ARMY, "avoir tué huit militants dans le Waziristan du Nord", "K6-armee-adjectif")]),
    ("Poste frontière", "Les militaires pakistanais ont assuré que leurs troupes avaient repoussé une attaque contre un poste frontière du Kurram.",
     [st(PK_ARMY, "leurs troupes avaient repoussé une attaque contre un poste frontière du Kurram", "K6-militaires-adjectif", optional=True)]),
    ("Koursk", "D'après les médias d'État russes, la défense aérienne a abattu 20 drones au-dessus de la région de Koursk.",
     [st(RU_MEDIA, "la défense aérienne a abattu 20 drones au-dessus de la région de Koursk", "K6-d-apres-medias-d-etat")]),
    # K9
    ("Décombres", "Légende : un secouriste affirme que des survivants sont encore coincés sous les décombres à Kharkiv.", [], "negative: une légende"),
    ("Front", "(Photo d'archives) Des soldats disent que la ligne de front près de Pokrovsk n'a pas bougé depuis des semaines.", [], "negative: une légende"),
    ("Secours", "Photo : les secouristes ont indiqué que l'incendie de l'entrepôt d'Odessa avait duré six heures.", [], "negative: une légende"),
]


FR2 = [
    ("Ponts", "Selon une porte-parole de l'administration régionale de Zaporijjia, deux ponts ont été endommagés pendant la nuit.",
     [st(ZAP_REG, "deux ponts ont été endommagés pendant la nuit", "K1-r2-selon-porte-parole-organe")]),
    ("Convoi", "Un responsable a indiqué que le convoi avait fait demi-tour au poste de contrôle.", [], "negative: un responsable sans organe"),
    ("Marché", "« Le marché rouvrira lundi », a affirmé Olha Zintchenko, secrétaire du conseil municipal de Soumy.",
     [st(["Olha Zintchenko", "Zintchenko", "Olha Zinchenko", "Zinchenko"], "Le marché rouvrira lundi", "K2-r2-nom-virgule-titre-inverse", direct=True)]),
    ("Fenêtres", "Selon le chef de la communauté de Bilozerka, Oleh Tkatchenko, l'école n'a plus de fenêtres.",
     [st(["Oleh Tkatchenko", "Tkatchenko", "Oleh Tkachenko", "Tkachenko"], "l'école n'a plus de fenêtres", "K2-r2-selon-titre-virgule-nom")]),
    ("Écoles", "Le Fonds des Nations unies pour l'enfance a indiqué que 300 écoles avaient fermé dans la province.",
     [st(UNICEF, "300 écoles avaient fermé dans la province", "K3-r2-nom-complet")]),
    ("Frontière", "L'agence onusienne pour les réfugiés a averti que le poste frontière était fermé depuis une semaine.",
     [st(UNHCR, "le poste frontière était fermé depuis une semaine", "K3-r2-agence-onusienne")]),
    ("Drones de Belgorod", "Des drones ont frappé une base dans la région de Belgorod pendant la nuit. L'armée a affirmé en avoir abattu 20.",
     [st(RU_ARMY, "en avoir abattu 20", "K4-r2-armee-apres-lieu-seul", optional=True)]),
    ("Armée de l'air", "L'armée de l'air ukrainienne a indiqué que 40 drones avaient été abattus. L'armée de l'air a ajouté que deux avaient touché un entrepôt.",
     [st(UA_AIR, "40 drones avaient été abattus", "K4-r2-adjectif-explicite"),
      st(UA_AIR, "deux avaient touché un entrepôt", "K4-r2-nue-apres-nommee")]),
    ("Caserne", "Le Hezbollah a affirmé avoir tiré des roquettes sur une caserne du nord d'Israël. Il a ajouté que la caserne avait été touchée.",
     [st(HEZBOLLAH, "avoir tiré des roquettes sur une caserne du nord d'Israël", "K5-r2-groupe-affirme-avoir"),
      st(HEZBOLLAH, "la caserne avait été touchée", "K5-r2-pronom-il-groupe")]),
    ("Réservistes", "Les médias israéliens ont rapporté que l'armée avait rappelé deux brigades de réservistes.",
     [st(ISRAELI_MEDIA, "l'armée avait rappelé deux brigades de réservistes", "K6-r2-medias-pas-etat")]),
    ("Légende r2", "Légende photo : des habitants affirment que le courant est coupé depuis trois jours à Kherson.", [], "negative: une légende"),
]


def write(lang: str, rows) -> None:
    lines = []
    for i, row in enumerate(rows, 1):
        title, text, stmts = row[:3]
        d = {"id": f"st6-st-{lang}-{i:02d}", "language": lang, "published": PUB, "title": title, "text": text, "statements": stmts}
        if len(row) > 3:
            d["note"] = row[3]
        elif not stmts:
            d["note"] = "negative: no body or a caption"
        lines.append(json.dumps(d, ensure_ascii=False))
    (HERE / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write("en", EN + EN2)
    write("fr", FR + FR2)
