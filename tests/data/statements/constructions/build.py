"""Writes en.jsonl and fr.jsonl (constructions of reported speech; see README.md)."""
import json
from pathlib import Path

HERE = Path(__file__).parent


def st(speaker, quote, pattern, direct=False):
    return {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}


EN = [
    ("2024-06-03", "Pumping station shelled in Vovchansk",
     "Shells hit a water pumping station in the town of Vovchansk on Monday morning, cutting supplies to 4,000 residents, the head of the district administration, Petro Lysenko, said.",
     [st(["Petro Lysenko", "Lysenko"], "Shells hit a water pumping station in the town of Vovchansk on Monday morning, cutting supplies to 4,000 residents", "said-ends-sentence-title-name")]),
    ("2024-07-09", "Drones set Izmail warehouse on fire",
     "Two drones crashed into a warehouse near the port of Izmail overnight, starting a fire that burned for three hours, Hanna Verbytska said on Tuesday.",
     [st(["Hanna Verbytska", "Verbytska"], "Two drones crashed into a warehouse near the port of Izmail overnight, starting a fire that burned for three hours", "said-ends-sentence")]),
    ("2024-08-14", "Market fire in Kherson",
     "Dmytro Koval, who heads the rescue service in Kherson, posted photos of the burnt-out market on Wednesday, saying three traders had been taken to hospital.",
     [st(["Dmytro Koval", "Koval"], "three traders had been taken to hospital", "participle-saying")]),
    ("2024-09-02", "Depot fire contained",
     "Olena Savchuk said the fire at the fuel depot had been contained but warned that smoke could linger over the city for two days.",
     [st(["Olena Savchuk", "Savchuk"], "the fire at the fuel depot had been contained", "said-but-warned"),
      st(["Olena Savchuk", "Savchuk"], "smoke could linger over the city for two days", "said-but-warned")]),
    ("2024-10-21", "Clinic roof hit before dawn",
     "The missile struck the roof of the clinic shortly before dawn, Ihor Bondar said, adding that the staff had already moved patients to the basement.",
     [st(["Ihor Bondar", "Bondar"], "The missile struck the roof of the clinic shortly before dawn", "said-inside-adding"),
      st(["Ihor Bondar", "Bondar"], "the staff had already moved patients to the basement", "said-inside-adding")]),
    ("2024-11-05", "Crater in Bila Tserkva",
     "Ukraine's air force said it had shot down 20 of the 25 drones launched overnight. Kostiantyn Melnyk, the mayor of Bila Tserkva, posted a video of a crater near a kindergarten. \"We were lucky this time,\" he wrote.",
     [st(["Ukrainian Air Force", "Ukraine's air force", "Air Force of Ukraine", "armée de l'air ukrainienne", "Ukraine"], "it had shot down 20 of the 25 drones launched overnight", "indirect-said"),
      st(["Kostiantyn Melnyk", "Melnyk"], "We were lucky this time", "pronoun-after-nonspeech", True)]),
    ("2024-12-11", "Nikopol shelled again",
     "Serhiy Lysak said two people had been injured in Nikopol, warning that shelling of the riverside districts was likely to continue overnight.",
     [st(["Serhiy Lysak", "Lysak"], "two people had been injured in Nikopol", "participle-warning"),
      st(["Serhiy Lysak", "Lysak"], "shelling of the riverside districts was likely to continue overnight", "participle-warning")]),
    ("2025-01-16", "Gas pipeline hit in Konotop",
     "09:42 – Artem Semenikhin wrote on Telegram that a drone had hit a gas pipeline in the east of Konotop.",
     [st(["Artem Semenikhin", "Semenikhin"], "a drone had hit a gas pipeline in the east of Konotop", "live-blog-telegram")]),
    ("2025-02-04", "Blast at Kramatorsk depot",
     "A blast tore through a bus depot in Kramatorsk on Tuesday. Officials did not say whether anyone had been hurt.",
     []),
    ("2025-02-19", "Shelters in Zaporizhzhia",
     "Marta Ivanenko urged residents of the riverside districts to stay in shelters until the all-clear.",
     [st(["Marta Ivanenko", "Ivanenko"], "residents of the riverside districts to stay in shelters until the all-clear", "verb-urge")]),
    ("2025-03-12", "Relayed toll in Odesa",
     "Four people were wounded when a drone hit a supermarket in Odesa, Oleh Kiper said, the Ukrinform agency reported.",
     [st(["Oleh Kiper", "Kiper"], "Four people were wounded when a drone hit a supermarket in Odesa", "relay-agency-once")]),
    ("2025-04-08", "Split quote in Sumy",
     "\"The drone came in low over the river,\" Yurii Marchenko said, \"and nobody heard it until the last second.\"",
     [st(["Yurii Marchenko", "Marchenko"], "The drone came in low over the river and nobody heard it until the last second", "direct-split-verb-inside", True)]),
    ("2025-05-20", "Guided bomb in Kharkiv",
     "A guided bomb hit a printing house in Kharkiv on Tuesday, killing two workers, Oleh Syniehubov wrote on Telegram.",
     [st(["Oleh Syniehubov", "Syniehubov"], "A guided bomb hit a printing house in Kharkiv on Tuesday, killing two workers", "wrote-on-telegram-end")]),
    ("2025-06-02", "No word on casualties",
     "Asked whether the strike had hit the airfield, Yaroslav Hrytsenko declined to comment.",
     []),
]

FR = [
    ("2024-06-03", "Station de pompage touchée",
     "Des obus ont touché lundi matin une station de pompage à Vovtchansk, privant d'eau quelque 4 000 habitants, a indiqué le chef de l'administration du district, Petro Lyssenko.",
     [st(["Petro Lyssenko", "Lyssenko", "Petro Lysenko"], "Des obus ont touché lundi matin une station de pompage à Vovtchansk, privant d'eau quelque 4 000 habitants", "verb-ends-sentence-title-name")]),
    ("2024-07-09", "Nuit bruyante à Soumy",
     "« La nuit a été bruyante, mais personne n'a été blessé », a écrit sur sa chaîne Telegram Oleksandr Tkatch.",
     [st(["Oleksandr Tkatch", "Tkatch"], "La nuit a été bruyante, mais personne n'a été blessé", "inverted-phrase-between", True)]),
    ("2024-08-14", "Maisons endommagées à Nikopol",
     "Trois maisons ont été endommagées à Nikopol, a précisé sur Telegram Serhiï Lyssak.",
     [st(["Serhiï Lyssak", "Lyssak"], "Trois maisons ont été endommagées à Nikopol", "inverted-phrase-between")]),
    ("2024-09-02", "Deux cheminots blessés",
     "Olena Savtchouk a indiqué que deux cheminots avaient été blessés, estimant que la gare avait été visée de manière délibérée.",
     [st(["Olena Savtchouk", "Savtchouk"], "deux cheminots avaient été blessés", "participle-estimant"),
      st(["Olena Savtchouk", "Savtchouk"], "la gare avait été visée de manière délibérée", "participle-estimant")]),
    ("2024-10-21", "Entrepôt en feu à Izmaïl",
     "Deux drones se sont écrasés sur un entrepôt du port d'Izmaïl pendant la nuit, a déclaré Hanna Verbytska, ajoutant que l'incendie avait été maîtrisé à l'aube.",
     [st(["Hanna Verbytska", "Verbytska"], "Deux drones se sont écrasés sur un entrepôt du port d'Izmaïl pendant la nuit", "verb-ends-clause-ajoutant"),
      st(["Hanna Verbytska", "Verbytska"], "l'incendie avait été maîtrisé à l'aube", "verb-ends-clause-ajoutant")]),
    ("2024-11-05", "Coupures d'électricité",
     "Ihor Bondar a assuré que la situation était sous contrôle mais a prévenu que les coupures d'électricité pourraient durer plusieurs jours.",
     [st(["Ihor Bondar", "Bondar"], "la situation était sous contrôle", "assure-mais-previent"),
      st(["Ihor Bondar", "Bondar"], "les coupures d'électricité pourraient durer plusieurs jours", "assure-mais-previent")]),
    ("2024-12-11", "Défenses insuffisantes",
     "Pour Marta Ivanenko, cette attaque montre que les défenses de la ville restent insuffisantes.",
     [st(["Marta Ivanenko", "Ivanenko"], "cette attaque montre que les défenses de la ville restent insuffisantes", "pour-x")]),
    ("2025-01-16", "Secouristes à l'œuvre",
     "Dmytro Koval s'est rendu mardi sur les lieux de la frappe. Les secouristes ont, selon lui, dégagé douze personnes des décombres.",
     [st(["Dmytro Koval", "Koval"], "Les secouristes ont dégagé douze personnes des décombres", "selon-lui-inside")]),
    ("2025-02-04", "Vidéo du cratère",
     "L'armée de l'air ukrainienne a affirmé avoir abattu vingt drones. Kostiantyn Melnyk, le maire de Bila Tserkva, a publié une vidéo du cratère mardi soir. « Nous avons eu de la chance cette fois », a-t-il écrit.",
     [st(["armée de l'air ukrainienne", "Ukrainian Air Force", "Ukraine's air force", "Ukraine"], "avoir abattu vingt drones", "indirect-infinitive"),
      st(["Kostiantyn Melnyk", "Melnyk"], "Nous avons eu de la chance cette fois", "pronoun-after-nonspeech", True)]),
    ("2025-02-19", "Bilan non confirmé",
     "Jointe mardi par téléphone, Iryna Bondarenko n'a pas été en mesure de confirmer le bilan de la frappe.",
     []),
    ("2025-03-12", "Sans précision",
     "Un drone a frappé un dépôt de bus à Kramatorsk mardi. Les autorités n'ont pas précisé si des civils figuraient parmi les victimes.",
     []),
    ("2025-04-08", "Gazoduc touché à Konotop",
     "09 h 42 – Artem Semenikhine a écrit sur Telegram qu'un drone avait touché un gazoduc dans l'est de Konotop.",
     [st(["Artem Semenikhine", "Semenikhine"], "un drone avait touché un gazoduc dans l'est de Konotop", "live-blog-telegram")]),
    ("2025-05-20", "Abris",
     "Marta Ivanenko a exhorté les habitants des quartiers riverains à rester dans les abris jusqu'à la fin de l'alerte.",
     [st(["Marta Ivanenko", "Ivanenko"], "les habitants des quartiers riverains à rester dans les abris jusqu'à la fin de l'alerte", "verb-exhorter")]),
    ("2025-06-02", "Réaction",
     "Iryna Verechtchouk a dénoncé une « attaque barbare contre des civils ».",
     [st(["Iryna Verechtchouk", "Verechtchouk"], "attaque barbare contre des civils", "verb-denoncer-quote", True)]),
    ("2025-06-17", "Relais d'agence",
     "Quatre personnes ont été blessées lorsqu'un drone a touché un supermarché à Odessa, a déclaré Oleh Kiper, cité par l'agence Ukrinform.",
     [st(["Oleh Kiper", "Kiper"], "Quatre personnes ont été blessées lorsqu'un drone a touché un supermarché à Odessa", "relay-agency-once")]),
]

for lang, rows in (("en", EN), ("fr", FR)):
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for n, (pub, title, text, sts) in enumerate(rows, 1):
            p = {"id": f"c{lang}-{n:03d}", "language": lang, "published": pub, "title": title, "text": text,
                 "statements": sts}
            if not sts:
                p["note"] = "negated or absent speech: no statement"
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
