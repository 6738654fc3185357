"""Write en.jsonl and fr.jsonl (the local-body casualty passages; see README.md).
Run from this folder: python make.py"""
import json

MYK = ["Mykolaiv city council", "conseil municipal de Mykolaïv"]
KHE = ["Kherson city military administration", "Kherson city administration",
       "administration militaire de la ville de Kherson", "administration municipale de Kherson"]
ZAP = ["Zaporizhzhia regional military administration", "Zaporizhzhia regional administration",
       "administration militaire régionale de Zaporijjia", "administration régionale de Zaporijjia"]
KHA_PROS = ["Kharkiv regional prosecutor's office", "parquet régional de Kharkiv"]
KUT = ["Kutum emergency response room", "salle d'intervention d'urgence de Koutoum"]
GCD = ["Gaza civil defence", "Palestinian Civil Defence (Gaza)", "défense civile de Gaza"]
KUR = ["Kursk regional authorities", "Kursk regional administration", "autorités régionales de Koursk",
       "administration régionale de Koursk"]
ODE = ["Odesa city administration", "Odesa mayor's office", "administration municipale d'Odessa", "mairie d'Odessa"]
SUM = ["Sumy city council", "conseil municipal de Soumy"]


def f(kind, count, source, place, pattern, bound="Exact"):
    return {"kind": kind, "count": count, "bound": bound, "source": source, "place": place, "pattern": pattern}


EN = [
    ("01", "Apartment block", "A Russian drone struck an apartment block in Mykolaiv on Tuesday night, killing two residents and injuring seven, the Mykolaiv city council said.",
     [f("killed", 2, MYK, ["Mykolaiv"], "city-council-named"), f("injured", 7, MYK, ["Mykolaiv"], "city-council-named")]),
    ("02", "Korabel", "Russian shelling of Kherson on Monday wounded four people, according to the Kherson city military administration.",
     [f("injured", 4, KHE, ["Kherson"], "city-military-admin")]),
    ("03", "Industrial site", "A Russian missile hit an industrial site in Zaporizhzhia on Wednesday. Three workers were killed, the Zaporizhzhia regional military administration said.",
     [f("killed", 3, ZAP, ["Zaporizhzhia"], "regional-military-admin")]),
    ("04", "Shopping centre", "A Russian glide bomb struck a shopping centre in Kharkiv on Sunday. The regional prosecutor's office said five people were killed.",
     [f("killed", 5, KHA_PROS, ["Kharkiv"], "bare-prosecutor-one-region")]),
    ("05", "Market", "A drone strike on a market in Kutum on Saturday killed 11 civilians, the Kutum emergency response room said.",
     [f("killed", 11, KUT, ["Kutum"], "emergency-response-room")]),
    ("06", "Nuseirat", "An Israeli air strike on a home in Nuseirat killed six people on Thursday, Gaza civil defence said.",
     [f("killed", 6, GCD, ["Nuseirat"], "civil-defence")]),
    ("07", "Lgov", "Kursk regional authorities said a Ukrainian drone attack on the town of Lgov on Friday had injured three people.",
     [f("injured", 3, KUR, ["Lgov"], "regional-authorities")]),
    ("08", "Port", "A Russian drone attack on Odesa on Saturday injured two people, the city's mayor's office said.",
     [f("injured", 2, ODE, ["Odesa"], "bare-mayors-office")]),
    ("09", "Both cities", "Russian drones hit Kharkiv and Sumy overnight into Monday. The regional prosecutor's office said two people were injured.",
     [], "negative: the bare prosecutor's office may be Kharkiv's or Sumy's: no actor, so the figure is left out"),
    ("10", "School gym", "A Russian missile strike on a school in Sumy on Monday wounded nine people, the Sumy city council said.",
     [f("injured", 9, SUM, ["Sumy"], "city-council-named")]),
    ("11", "Chamber", "Members of the Mykolaiv city council met on Monday in a shelter to vote on a budget of 12 million hryvnias.",
     [], "negative: the council as a subject, numbers that are no figures"),
]

FR = [
    ("01", "Immeuble", "Une frappe de drone russe sur un immeuble de Mykolaïv a tué deux habitants et en a blessé sept mardi soir, a indiqué le conseil municipal de Mykolaïv.",
     [f("killed", 2, MYK, ["Mykolaiv"], "city-council-named"), f("injured", 7, MYK, ["Mykolaiv"], "city-council-named")]),
    ("02", "Korabel", "Des bombardements russes sur Kherson ont blessé quatre personnes lundi, selon l'administration militaire de la ville de Kherson.",
     [f("injured", 4, KHE, ["Kherson"], "city-military-admin")]),
    ("03", "Site industriel", "Un missile russe a frappé un site industriel de Zaporijjia mercredi. Trois ouvriers ont été tués, a annoncé l'administration militaire régionale de Zaporijjia.",
     [f("killed", 3, ZAP, ["Zaporizhzhia"], "regional-military-admin")]),
    ("04", "Centre commercial", "Une bombe planante russe a frappé dimanche un centre commercial de Kharkiv. Le parquet régional a fait état de cinq morts.",
     [f("killed", 5, KHA_PROS, ["Kharkiv"], "bare-prosecutor-one-region")]),
    ("05", "Marché", "Une frappe de drone sur un marché de Koutoum a tué 11 civils samedi, selon la salle d'intervention d'urgence de Koutoum.",
     [f("killed", 11, KUT, ["Kutum"], "emergency-response-room")]),
    ("06", "Nousseirat", "Une frappe aérienne israélienne sur une maison de Nousseirat a tué six personnes jeudi, selon la défense civile de Gaza.",
     [f("killed", 6, GCD, ["Nuseirat"], "civil-defence")]),
    ("07", "Lgov", "Les autorités régionales de Koursk ont indiqué qu'une attaque de drones ukrainiens sur la ville de Lgov avait blessé trois personnes vendredi.",
     [f("injured", 3, KUR, ["Lgov"], "regional-authorities")]),
    ("08", "Port", "Une attaque de drones russes sur Odessa a blessé deux personnes samedi, a indiqué la mairie de la ville.",
     [f("injured", 2, ODE, ["Odesa"], "bare-mairie")]),
    ("09", "Deux villes", "Des drones russes ont frappé Kharkiv et Soumy dans la nuit de dimanche à lundi. Le parquet régional a fait état de deux blessés.",
     [], "négatif : le parquet régional peut être celui de Kharkiv ou de Soumy : aucun acteur, le bilan est laissé de côté"),
    ("10", "Gymnase", "Une frappe de missile russe sur une école de Soumy a blessé neuf personnes lundi, a indiqué le conseil municipal de Soumy.",
     [f("injured", 9, SUM, ["Sumy"], "city-council-named")]),
    ("11", "Séance", "Les membres du conseil municipal de Mykolaïv se sont réunis lundi dans un abri pour voter un budget de 12 millions de hryvnias.",
     [], "négatif : le conseil comme sujet, des nombres qui ne sont pas des bilans"),
]


def write(rows, lang, published):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            num, title, text, figures, *note = row
            rec = {"id": f"localbodies-cas-{lang}-{num}", "language": lang, "published": published,
                   "title": title, "text": text, "casualties": figures}
            if note:
                rec["note"] = note[0]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


write(EN, "en", "2024-10-08")
write(FR, "fr", "2024-10-08")
