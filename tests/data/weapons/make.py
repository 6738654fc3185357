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

for lang, rows in (("en", EN), ("fr", FR)):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as out:
        for n, (pub, title, text, counts) in enumerate(rows, 1):
            out.write(json.dumps({"id": f"wpn-{lang}-{n:03d}", "language": lang, "published": pub, "title": title,
                                  "text": text, "weapons": counts}, ensure_ascii=False) + "\n")
