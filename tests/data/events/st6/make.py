"""Write tests/data/events/st6/{en,fr}.jsonl: passages per KIND of non-event (branch st6).

Invented incidents. Kinds (pattern prefix or id note):
K7 a claim then denied by the side said to be hit (no asserted event), with near misses where the
   attack stands (a denial of involvement, a denial of casualties);
K8 an explosion whose attack cause is ruled out (gas leak, accident), near miss: a gas leak ruled
   out and a drone named;
K9 photo captions ("Caption:", "Photo:", "File photo", "Légende :", "(Photo d'archives)"), with a
   news paragraph after some of them that still counts.
Run: python tests/data/events/st6/make.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-05-14"  # a Wednesday: Monday 12, Sunday 11, Saturday 10, Tuesday 13


def ev(type_, place, country, date, perp, status, pattern):
    return {"type": type_, "place": place, "country": country, "date": date, "perpetrator": perp,
            "perpetrator_status": status, "pattern": pattern}


ODESA = ["Odesa", "Odessa", "Odesa region", "Odesa Oblast", "région d'Odessa"]
TUAPSE = ["Tuapse", "Touapsé", "Krasnodar Krai", "kraï de Krasnodar"]
KHARKIV = ["Kharkiv", "Kharkov", "Kharkiv region", "Kharkiv Oblast", "région de Kharkiv"]
ZAP = ["Zaporizhzhia", "Zaporijjia", "Zaporizhzhia region", "Zaporizhzhia Oblast", "région de Zaporijjia"]

EN = [
    ("Depot claim", "Pro-Ukrainian Telegram channels claimed on Tuesday that missiles had destroyed an ammunition depot near Dzhankoi in Crimea. The Russian-installed authorities said no missile had reached the base and that the reports were fabrications.",
     [], "negative K7: a claim the side said to be hit denies"),
    ("Refinery rumour", "Local media reported that a drone had struck the refinery in Tuapse on Sunday. The regional governor denied it, saying nothing had been hit and the plant was working normally.",
     [], "negative K7: claim denied"),
    ("Airfield claim", "Ukrainian bloggers said on Monday that drones had hit the Millerovo airfield, but the Russian defence ministry dismissed the claim as false, saying all the drones had been shot down far from the base.",
     [], "negative K7: claim dismissed as false"),
    ("Tuapse depot", "Ukrainian drones hit an oil depot in Tuapse on Sunday, the regional governor said, adding that no one had been hurt.",
     [ev("DroneStrike", TUAPSE, "RU", "2025-05-11", "UA", "alleged", "K7-near-miss-no-casualties")], None),
    ("Port denial", "A Russian missile struck the port of Odesa on Monday. Moscow denied targeting civilian infrastructure.",
     [ev("MissileStrike", ODESA, "UA", "2025-05-12", "RU", "fact", "K7-near-miss-denial-of-intent")], None),
    ("Gas blast", "An explosion tore through an apartment building in Dnipro on Monday. Emergency services said a gas leak was the cause and ruled out any shelling.",
     [], "negative K8: attack ruled out"),
    ("Shop blast", "A blast destroyed a shop in Kherson on Friday. Police ruled out a strike, saying a gas cylinder had exploded.",
     [], "negative K8: attack ruled out"),
    ("Boiler", "A powerful explosion shook a boiler house in Zaporizhzhia on Saturday. Officials said the blast was an accident and not the result of a drone attack.",
     [], "negative K8: not the result of an attack"),
    ("Not a gas leak", "A blast wrecked a house in Kharkiv on Sunday. Investigators ruled out a gas leak and said a Russian drone had hit the building.",
     [ev("DroneStrike", KHARKIV, "UA", "2025-05-11", "RU", "fact", "K8-near-miss-gas-leak-ruled-out")], None),
    ("Firefighters", "Caption: Firefighters work at the site of a drone strike in Kharkiv on 12 May 2025.",
     [], "negative K9: caption"),
    ("Archive", "File photo: A damaged building after shelling in Kherson, Ukraine.",
     [], "negative K9: caption"),
    ("Photo smoke", "Photo: Smoke rises after an airstrike on Khan Younis in the southern Gaza Strip.",
     [], "negative K9: caption"),
    ("Caption then news", "Caption: Rescuers at the site of a missile strike in Kharkiv.\n\nRussian missiles hit a power plant in the Zaporizhzhia region on Sunday, regional officials said.",
     [ev("MissileStrike", ZAP, "UA", "2025-05-11", "RU", "fact", "K9-news-after-caption")], "the caption's Kharkiv strike is no event"),
]

FR = [
    ("Dépôt démenti", "Des chaînes Telegram pro-ukrainiennes ont affirmé mardi que des missiles avaient détruit un dépôt de munitions près de Djankoï, en Crimée. Le gouverneur installé par Moscou a démenti, assurant que « rien n'a été touché ».",
     [], "négatif K7 : affirmation démentie"),
    ("Raffinerie", "Des médias locaux ont rapporté qu'un drone avait frappé la raffinerie de Touapsé dimanche. Le gouverneur régional a démenti ces informations, affirmant que l'usine fonctionnait normalement.",
     [], "négatif K7 : démenti"),
    ("Aérodrome", "Des blogueurs ukrainiens ont assuré lundi que des drones avaient touché l'aérodrome de Millerovo, mais le ministère russe de la Défense a qualifié ces affirmations de fausses, tous les drones ayant été abattus loin de la base.",
     [], "négatif K7 : qualifié de faux"),
    ("Dépôt de Touapsé", "Des drones ukrainiens ont touché un dépôt pétrolier à Touapsé dimanche, a indiqué le gouverneur régional, précisant que personne n'avait été blessé.",
     [ev("DroneStrike", TUAPSE, "RU", "2025-05-11", "UA", "alleged", "K7-quasi-sans-victimes")], None),
    ("Port", "Un missile russe a frappé le port d'Odessa lundi. Moscou a démenti avoir visé des infrastructures civiles.",
     [ev("MissileStrike", ODESA, "UA", "2025-05-12", "RU", "fact", "K7-quasi-dementi-intention")], None),
    ("Fuite de gaz", "Une explosion a soufflé un immeuble de Dnipro lundi. Les secours ont écarté la piste d'une frappe et évoqué une fuite de gaz.",
     [], "négatif K8 : frappe écartée"),
    ("Commerce", "Une déflagration a détruit un commerce à Kherson vendredi. La police a exclu un bombardement, évoquant l'explosion d'une bouteille de gaz.",
     [], "négatif K8 : bombardement exclu"),
    ("Chaufferie", "Une forte explosion a secoué une chaufferie de Zaporijjia samedi. Selon les autorités, il s'agit d'un accident et non d'une attaque de drone.",
     [], "négatif K8 : pas une attaque"),
    ("Pas le gaz", "Une explosion a détruit une maison à Kharkiv dimanche. Les enquêteurs ont écarté la piste d'une fuite de gaz et affirmé qu'un drone russe avait touché le bâtiment.",
     [ev("DroneStrike", KHARKIV, "UA", "2025-05-11", "RU", "fact", "K8-quasi-gaz-ecarte")], None),
    ("Pompiers", "Légende : des pompiers sur le site d'une frappe de drone à Kharkiv, le 12 mai 2025.",
     [], "négatif K9 : légende"),
    ("Archives", "(Photo d'archives) Un immeuble endommagé par un bombardement à Kherson.",
     [], "négatif K9 : légende"),
    ("Fumée", "Photo : de la fumée s'élève après une frappe aérienne sur Khan Younès, dans le sud de la bande de Gaza.",
     [], "négatif K9 : légende"),
    ("Légende puis dépêche", "Légende : des secouristes sur le site d'une frappe de missile à Kharkiv.\n\nDes missiles russes ont touché une centrale électrique dans la région de Zaporijjia dimanche, selon les autorités régionales.",
     [ev("MissileStrike", ZAP, "UA", "2025-05-11", "RU", "fact", "K9-depeche-apres-legende")], "la frappe de la légende n'est pas un événement"),
]

# round 2 (written after the fixes, not tuned on)
SUMY = ["Sumy", "Soumy", "Sumy region", "Sumy Oblast", "région de Soumy"]
EN2 = [
    ("Command post", "Russian war bloggers said a Ukrainian missile had hit a command post in Donetsk on Monday; the local authorities said the claim was false.",
     [], "negative K7: claim called false"),
    ("Pump", "Residents reported an explosion at a petrol station in Mykolaiv on Friday. Police said a faulty pump had caused it and ruled out a drone strike.",
     [], "negative K8: attack ruled out"),
    ("Smoke", "Photo caption: Smoke rises over Kharkiv after a missile strike.", [], "negative K9: caption"),
    ("Evacuation", "Officials denied reports that the hospital had been evacuated after the missile strike on Sumy on Monday.",
     [ev("MissileStrike", SUMY, "UA", "2025-05-12", None, None, "K7-r2-near-miss-denial-of-something-else")], None),
]
FR2 = [
    ("Poste de commandement", "Des blogueurs militaires russes ont affirmé lundi qu'un missile ukrainien avait touché un poste de commandement à Donetsk ; les autorités locales ont assuré que cette information était fausse.",
     [], "négatif K7 : information dite fausse"),
    ("Station-service", "Une explosion a détruit une station-service à Mykolaïv vendredi. Les pompiers ont exclu une attaque de drone et évoqué une pompe défectueuse.",
     [], "négatif K8 : attaque exclue"),
    ("Fumée r2", "Légende photo : de la fumée au-dessus de Kharkiv après une frappe de missile.", [], "négatif K9 : légende"),
    ("Évacuation", "Les autorités ont démenti que l'hôpital ait été évacué après la frappe de missile sur Soumy lundi.",
     [ev("MissileStrike", SUMY, "UA", "2025-05-12", None, None, "K7-r2-quasi-dementi-autre-chose")], None),
]


def write(lang: str, rows) -> None:
    lines = []
    for i, (title, text, events, note) in enumerate(rows, 1):
        d = {"id": f"st6-ev-{lang}-{i:02d}", "language": lang, "published": PUB, "title": title, "text": text, "events": events}
        if note:
            d["note"] = note
        lines.append(json.dumps(d, ensure_ascii=False))
    (HERE / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write("en", EN + EN2)
    write("fr", FR + FR2)
