"""Writes en.jsonl and fr.jsonl: invented incidents, written for geokg (see README.md). Run from this folder."""
import json

A = "article"


def w(action, count, bound="Exact", source=A, place=None, weapon="DroneStrike", pattern=""):
    return {"kind": action, "count": count, "bound": bound, "source": source, "place": place or [],
            "weapon": weapon, "pattern": pattern}


UAF = ["Ukrainian Air Force", "Ukraine's air force", "armée de l'air ukrainienne", "UA"]
RUMOD = ["Russia's defence ministry", "ministère russe de la Défense", "Ministry of Defence of the Russian Federation", "RU"]
IDF = ["Israeli military", "Israel Defense Forces", "armée israélienne", "IL"]

EN = [
    ("2025-03-04", "Drones over Kharkiv region",
     "Ukraine's air force said its air defences shot down 41 of 45 Russian drones over the Kharkiv region overnight.",
     [w("intercepted", 41, source=UAF, place=["Kharkiv Oblast", "Kharkiv region"], pattern="n-of-m"),
      w("launched", 45, source=UAF, place=["Kharkiv Oblast", "Kharkiv region"], pattern="n-of-m-whole")]),
    ("2025-03-09", "Bryansk drones",
     "Russia's defence ministry said air defences destroyed 27 Ukrainian drones over the Bryansk region overnight.",
     [w("intercepted", 27, source=RUMOD, place=["Bryansk Oblast", "Bryansk region"], pattern="destroyed-object")]),
    ("2025-04-02", "Odesa attacked",
     "Russia launched 60 Shahed drones and four Iskander missiles at Odesa overnight, the Ukrainian air force said.",
     [w("launched", 60, source=UAF, place=["Odesa", "Odessa"], pattern="launched-object"),
      w("launched", 4, source=UAF, place=["Odesa", "Odessa"], weapon="MissileStrike", pattern="launched-conjunct")]),
    ("2025-05-12", "Rockets on Kiryat Shmona",
     "Hezbollah fired about 30 rockets at Kiryat Shmona on Monday, the Israeli military said.",
     [w("launched", 30, "Approximate", IDF, ["Kiryat Shmona"], "Shelling", "fired-about")]),
    ("2025-05-21", "Drones over Belgorod region",
     "At least 12 drones were destroyed over the Belgorod region on Tuesday night, Governor Pavel Sorokin said.",
     [w("intercepted", 12, "AtLeast", ["Pavel Sorokin", "Sorokin"], ["Belgorod Oblast", "Belgorod region"], pattern="passive-at-least")]),
    ("2025-06-03", "Drone plant",
     "The plant in Yelabuga produces up to 300 drones a month, according to the company.",
     []),
    ("2025-06-10", "Dnipro warehouse hit",
     "A Russian missile hit a warehouse in Dnipro on Sunday after air defences intercepted two other missiles, regional governor Serhiy Lesyk said.",
     [w("intercepted", 2, source=["Serhiy Lesyk", "Lesyk"], place=["Dnipro"], weapon="MissileStrike", pattern="other-missiles")]),
    ("2025-07-01", "Weekly tally",
     "Over the past week, Russia launched more than 500 drones at Ukraine, the president said in his evening address.",
     []),
    ("2025-07-15", "Voronezh drones",
     "Nineteen Ukrainian drones were shot down over the Voronezh region overnight, the Russian defence ministry said.",
     [w("intercepted", 19, source=RUMOD, place=["Voronezh Oblast", "Voronezh region"], pattern="word-number-passive")]),
    ("2025-08-07", "Missiles over Kyiv",
     "Air defences downed 15 of the 20 missiles fired at Kyiv early on Thursday, said Serhiy Poplavskyi, head of the city's military administration.",
     [w("intercepted", 15, source=["Serhiy Poplavskyi", "Poplavskyi"], place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-of-the-m"),
      w("launched", 20, source=["Serhiy Poplavskyi", "Poplavskyi"], place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-of-the-m-whole")]),
    ("2025-08-20", "Pilots trained",
     "Ten pilots finished their training on the new fighter jets in Lviv on Tuesday.",
     []),
    ("2025-09-02", "Rockets on Metula",
     "Hezbollah launched a dozen rockets at Metula on Sunday evening, the Israeli military said, adding that no one was hurt.",
     [w("launched", 12, "Approximate", IDF, ["Metula"], "Shelling", "a-dozen")]),
]

FR = [
    ("2025-03-04", "Drones sur la région de Kharkiv",
     "L'armée de l'air ukrainienne a annoncé que la défense antiaérienne avait abattu 41 des 45 drones russes lancés dans la nuit sur la région de Kharkiv.",
     [w("intercepted", 41, source=UAF, place=["Kharkiv Oblast", "région de Kharkiv"], pattern="n-des-m"),
      w("launched", 45, source=UAF, place=["Kharkiv Oblast", "région de Kharkiv"], pattern="n-des-m-tout")]),
    ("2025-03-09", "Drones sur Briansk",
     "Le ministère russe de la Défense a affirmé avoir détruit dans la nuit 27 drones ukrainiens au-dessus de la région de Briansk.",
     [w("intercepted", 27, source=RUMOD, place=["Bryansk Oblast", "région de Briansk"], pattern="verbe-avant-nombre")]),
    ("2025-04-02", "Odessa attaquée",
     "La Russie a lancé dans la nuit 60 drones Shahed et quatre missiles Iskander sur Odessa, selon l'armée de l'air ukrainienne.",
     [w("launched", 60, source=UAF, place=["Odesa", "Odessa"], pattern="lance-objet"),
      w("launched", 4, source=UAF, place=["Odesa", "Odessa"], weapon="MissileStrike", pattern="lance-coordonne")]),
    ("2025-05-12", "Roquettes sur Kiryat Shmona",
     "Le Hezbollah a tiré lundi une trentaine de roquettes sur Kiryat Shmona, a indiqué l'armée israélienne.",
     [w("launched", 30, "Approximate", IDF, ["Kiryat Shmona"], "Shelling", "une-trentaine")]),
    ("2025-05-21", "Drones au-dessus de la région de Belgorod",
     "Au moins 12 drones ont été détruits mardi soir au-dessus de la région de Belgorod, a indiqué le gouverneur Pavel Sorokine.",
     [w("intercepted", 12, "AtLeast", ["Pavel Sorokine", "Sorokine"], ["Belgorod Oblast", "région de Belgorod"], pattern="passif-au-moins")]),
    ("2025-06-03", "Usine de drones",
     "L'usine d'Ielabouga produit jusqu'à 300 drones par mois, selon l'entreprise.",
     []),
    ("2025-06-10", "Un entrepôt touché à Dnipro",
     "Un missile russe a frappé dimanche un entrepôt de Dnipro après que la défense antiaérienne a intercepté deux autres missiles, a indiqué le gouverneur régional, Serhiï Lessyk.",
     [w("intercepted", 2, source=["Serhiï Lessyk", "Lessyk"], place=["Dnipro"], weapon="MissileStrike", pattern="autres-missiles")]),
    ("2025-07-01", "Bilan hebdomadaire",
     "Au cours de la semaine écoulée, la Russie a lancé plus de 500 drones contre l'Ukraine, a déclaré le président dans son allocution du soir.",
     []),
    ("2025-07-15", "Drones sur Voronej",
     "Dix-neuf drones ukrainiens ont été abattus dans la nuit au-dessus de la région de Voronej, a annoncé le ministère russe de la Défense.",
     [w("intercepted", 19, source=RUMOD, place=["Voronezh Oblast", "région de Voronej"], pattern="nombre-en-lettres-passif")]),
    ("2025-08-07", "Missiles sur Kyiv",
     "La défense antiaérienne a abattu 15 des 20 missiles tirés jeudi à l'aube sur Kyiv, a déclaré Serhiï Poplavskyi, chef de l'administration militaire de la ville.",
     [w("intercepted", 15, source=["Serhiï Poplavskyi", "Poplavskyi"], place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-des-m"),
      w("launched", 20, source=["Serhiï Poplavskyi", "Poplavskyi"], place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-des-m-tout")]),
    ("2025-08-20", "Pilotes formés",
     "Dix pilotes ont achevé mardi à Lviv leur formation sur les nouveaux avions de chasse.",
     []),
    ("2025-09-02", "Roquettes sur Metoula",
     "Le Hezbollah a tiré dimanche soir une douzaine de roquettes sur Metoula, a indiqué l'armée israélienne, ajoutant que personne n'avait été blessé.",
     [w("launched", 12, "Approximate", IDF, ["Metula", "Metoula"], "Shelling", "une-douzaine")]),
]


# Written after the first measurement of the 12 above (branch counts20): "N of M over several
# regions", "launched M drones, N of which were shot down" / "dont N ont été abattus", missiles
# and drones counted in one sentence, "neutralisé", "interceptés", "détruits", "abattus",
# numbers in words, "up to"/"jusqu'à", a date and a number of houses beside a count, a second
# region in an elliptic conjunct, and negatives (production plans, houses damaged).
GEN = ["Ukraine's general staff", "état-major ukrainien", "General Staff of the Armed Forces of Ukraine", "Armed Forces of Ukraine", "UA"]

EN2 = [
    ("2025-03-18", "Drones over Russian regions",
     "Russia's defence ministry said air defences destroyed 41 of 45 Ukrainian drones over the Kursk, Bryansk and Belgorod regions overnight.",
     [w("intercepted", 41, source=RUMOD, place=["Kursk Oblast", "Kursk region", "Bryansk Oblast", "Belgorod Oblast", "Russia"], pattern="n-of-m-several-regions"),
      w("launched", 45, source=RUMOD, place=["Kursk Oblast", "Kursk region", "Bryansk Oblast", "Belgorod Oblast", "Russia"], pattern="n-of-m-several-regions-whole")]),
    ("2025-04-09", "Shaheds over Odesa region",
     "Russia launched 30 Shahed drones at the Odesa region overnight, 25 of which were shot down, the Ukrainian air force said.",
     [w("launched", 30, source=UAF, place=["Odesa Oblast", "Odesa region", "Odessa Oblast"], pattern="launched-m-n-of-which"),
      w("intercepted", 25, source=UAF, place=["Odesa Oblast", "Odesa region", "Odessa Oblast"], pattern="n-of-which-shot-down")]),
    ("2025-04-25", "Cruise missiles over Kyiv",
     "Ukraine's air force said it had intercepted 12 of the 16 cruise missiles fired at Kyiv on Friday.",
     [w("intercepted", 12, source=UAF, place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="missiles-n-of-the-m"),
      w("launched", 16, source=UAF, place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="missiles-n-of-the-m-whole")]),
    ("2025-05-06", "Drones and missiles on Kharkiv",
     "Russia fired 40 drones and six ballistic missiles at Kharkiv overnight, and air defences shot down 35 drones and four missiles, Governor Oleh Synyehubov said.",
     [w("launched", 40, source=["Oleh Synyehubov", "Synyehubov"], place=["Kharkiv"], pattern="fired-drones"),
      w("launched", 6, source=["Oleh Synyehubov", "Synyehubov"], place=["Kharkiv"], weapon="MissileStrike", pattern="fired-missiles-conjunct"),
      w("intercepted", 35, source=["Oleh Synyehubov", "Synyehubov"], place=["Kharkiv"], pattern="shot-down-drones"),
      w("intercepted", 4, source=["Oleh Synyehubov", "Synyehubov"], place=["Kharkiv"], weapon="MissileStrike", pattern="shot-down-missiles-conjunct")]),
    ("2025-05-17", "Drones downed over Kursk region",
     "Eleven drones were downed over the Kursk region on Friday night, Governor Pavel Gorin said.",
     [w("intercepted", 11, source=["Pavel Gorin", "Gorin"], place=["Kursk Oblast", "Kursk region"], pattern="word-number-downed")]),
    ("2025-06-01", "Rockets at Nahariya",
     "Hezbollah fired 20 rockets at Nahariya on Sunday, most of which were intercepted, the Israeli military said.",
     [w("launched", 20, source=IDF, place=["Nahariya"], weapon="Shelling", pattern="fired-most-of-which")]),
    ("2025-06-12", "Drone production",
     "Ukraine plans to build 30,000 long-range drones next year, the defence minister said on Tuesday.",
     []),
    ("2025-06-24", "Houses damaged in Sumy",
     "A Russian drone attack on Sumy damaged 14 houses on Tuesday night, the city council said.",
     []),
    ("2025-07-08", "Drones at Dnipro",
     "Russia launched up to 50 drones at Dnipro overnight, and fires broke out in two districts.",
     [w("launched", 50, "AtMost", place=["Dnipro"], pattern="up-to-article")]),
    ("2025-07-19", "Drones over Rostov and Crimea",
     "The Russian defence ministry said its air defences had destroyed 18 Ukrainian drones over the Rostov region on Friday night.",
     [w("intercepted", 18, source=RUMOD, place=["Rostov Oblast", "Rostov region"], pattern="had-destroyed")]),
    ("2025-08-02", "Missiles over Lviv",
     "Two cruise missiles were intercepted over Lviv on Wednesday morning, the city's mayor, Ostap Hnatyk, said.",
     [w("intercepted", 2, source=["Ostap Hnatyk", "Hnatyk"], place=["Lviv"], weapon="MissileStrike", pattern="word-number-intercepted")]),
    ("2025-08-15", "Drones on Zaporizhzhia",
     "Russia launched 25 drones at Zaporizhzhia on 12 August, Governor Ivan Fedak said on Wednesday.",
     [w("launched", 25, source=["Ivan Fedak", "Fedak"], place=["Zaporizhzhia"], pattern="date-beside-count")]),
]

FR2 = [
    ("2025-03-18", "Drones au-dessus de régions russes",
     "Le ministère russe de la Défense a annoncé que la défense antiaérienne avait neutralisé 23 drones ukrainiens au-dessus de la région de Koursk dans la nuit.",
     [w("intercepted", 23, source=RUMOD, place=["Kursk Oblast", "région de Koursk"], pattern="neutralise")]),
    ("2025-04-09", "Des Shahed sur la région d'Odessa",
     "La Russie a lancé dans la nuit 30 drones Shahed sur la région d'Odessa, dont 25 ont été abattus, a indiqué l'armée de l'air ukrainienne.",
     [w("launched", 30, source=UAF, place=["Odesa Oblast", "région d'Odessa", "Odessa Oblast"], pattern="lance-dont-abattus"),
      w("intercepted", 25, source=UAF, place=["Odesa Oblast", "région d'Odessa", "Odessa Oblast"], pattern="dont-n-abattus")]),
    ("2025-04-25", "Missiles de croisière sur Kyiv",
     "Douze des seize missiles de croisière tirés vendredi sur Kyiv ont été interceptés, a affirmé l'armée de l'air ukrainienne.",
     [w("intercepted", 12, source=UAF, place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-des-m-interceptes"),
      w("launched", 16, source=UAF, place=["Kyiv", "Kiev"], weapon="MissileStrike", pattern="n-des-m-tout-lettres")]),
    ("2025-05-06", "Drones et missiles sur Kharkiv",
     "La Russie a tiré dans la nuit 40 drones et six missiles balistiques sur Kharkiv, et la défense antiaérienne a abattu 35 drones et quatre missiles, a indiqué le gouverneur Oleh Synehoubov.",
     [w("launched", 40, source=["Oleh Synehoubov", "Synehoubov"], place=["Kharkiv"], pattern="tire-drones"),
      w("launched", 6, source=["Oleh Synehoubov", "Synehoubov"], place=["Kharkiv"], weapon="MissileStrike", pattern="tire-missiles-coordonnes"),
      w("intercepted", 35, source=["Oleh Synehoubov", "Synehoubov"], place=["Kharkiv"], pattern="abattu-drones"),
      w("intercepted", 4, source=["Oleh Synehoubov", "Synehoubov"], place=["Kharkiv"], weapon="MissileStrike", pattern="abattu-missiles-coordonnes")]),
    ("2025-05-17", "Drones détruits au-dessus de la région de Koursk",
     "Onze drones ont été détruits vendredi soir au-dessus de la région de Koursk, a indiqué le gouverneur Pavel Gorine.",
     [w("intercepted", 11, source=["Pavel Gorine", "Gorine"], place=["Kursk Oblast", "région de Koursk"], pattern="lettres-detruits")]),
    ("2025-06-01", "Roquettes sur Nahariya",
     "Le Hezbollah a tiré dimanche une vingtaine de roquettes sur Nahariya, dont la plupart ont été interceptées, a indiqué l'armée israélienne.",
     [w("launched", 20, "Approximate", IDF, ["Nahariya"], "Shelling", "vingtaine-dont-la-plupart")]),
    ("2025-06-12", "Production de drones",
     "L'Ukraine prévoit de produire 30 000 drones à longue portée l'an prochain, a déclaré mardi le ministre de la Défense.",
     []),
    ("2025-06-24", "Des maisons endommagées à Soumy",
     "Une attaque de drones russes contre Soumy a endommagé 14 maisons mardi soir, selon le conseil municipal.",
     []),
    ("2025-07-08", "Des drones sur Dnipro",
     "Jusqu'à 50 drones ont été lancés dans la nuit sur Dnipro, où des incendies se sont déclarés dans deux quartiers.",
     [w("launched", 50, "AtMost", place=["Dnipro"], pattern="jusqu-a-passif")]),
    ("2025-07-19", "Drones au-dessus de la région de Rostov",
     "Selon le ministère russe de la Défense, 18 drones ukrainiens ont été interceptés et détruits vendredi soir au-dessus de la région de Rostov.",
     [w("intercepted", 18, source=RUMOD, place=["Rostov Oblast", "région de Rostov"], pattern="interceptes-et-detruits")]),
    ("2025-08-02", "Missiles au-dessus de Lviv",
     "Deux missiles de croisière ont été interceptés mercredi matin au-dessus de Lviv, a indiqué le maire de la ville, Ostap Hnatyk.",
     [w("intercepted", 2, source=["Ostap Hnatyk", "Hnatyk"], place=["Lviv"], weapon="MissileStrike", pattern="lettres-interceptes")]),
    ("2025-08-15", "Des drones sur Zaporijia",
     "Le 12 août, la Russie a lancé 25 drones sur Zaporijia, a indiqué mercredi le gouverneur Ivan Fedak.",
     [w("launched", 25, source=["Ivan Fedak", "Fedak"], place=["Zaporizhzhia", "Zaporijia"], pattern="date-a-cote")]),
]

for lang, rows in (("en", EN), ("fr", FR)):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as out:
        for n, (pub, title, text, counts) in enumerate(rows, 1):
            out.write(json.dumps({"id": f"wpn-{lang}-{n:03d}", "language": lang, "published": pub, "title": title,
                                  "text": text, "weapons": counts}, ensure_ascii=False) + "\n")
for lang, rows in (("en", EN2), ("fr", FR2)):
    with open(f"{lang}.jsonl", "a", encoding="utf-8") as out:
        for n, (pub, title, text, counts) in enumerate(rows, 1):
            out.write(json.dumps({"id": f"counts20-wpn-{lang}-{n:03d}", "language": lang, "published": pub, "title": title,
                                  "text": text, "weapons": counts}, ensure_ascii=False) + "\n")
