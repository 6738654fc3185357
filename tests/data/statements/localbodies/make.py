"""Write en.jsonl and fr.jsonl (the local-body statement passages; see README.md).
Run from this folder: python make.py"""
import json

MYK = ["Mykolaiv city council", "conseil municipal de Mykolaïv"]
KHE = ["Kherson city military administration", "Kherson city administration",
       "administration militaire de la ville de Kherson", "administration municipale de Kherson"]
KHE_PROS = ["Kherson regional prosecutor's office", "parquet régional de Kherson"]
ZAP = ["Zaporizhzhia regional military administration", "Zaporizhzhia regional administration",
       "administration militaire régionale de Zaporijjia", "administration régionale de Zaporijjia"]
KUR = ["Kursk regional authorities", "Kursk regional administration", "autorités régionales de Koursk",
       "administration régionale de Koursk"]
KUT = ["Kutum emergency response room", "salle d'intervention d'urgence de Koutoum"]
ODE = ["Odesa city administration", "Odesa mayor's office", "administration municipale d'Odessa", "mairie d'Odessa"]
SUM = ["Sumy city council", "conseil municipal de Soumy"]
GMOH = ["Gaza Health Ministry", "Hamas-run health ministry", "ministère de la Santé de Gaza"]
HMOH = ["Houthi-run health ministry", "ministère de la Santé des Houthis"]
GCD = ["Gaza civil defence", "Palestinian Civil Defence (Gaza)", "défense civile de Gaza"]
NIK = ["Nikopol city military administration", "Nikopol city administration",
       "administration militaire de la ville de Nikopol", "administration municipale de Nikopol"]
KHA_PROS = ["Kharkiv regional prosecutor's office", "parquet régional de Kharkiv"]


def st(speaker, quote, direct, pattern):
    return {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}


EN = [
    ("01", "Warehouse fire", "A Russian drone hit a warehouse in Mykolaiv late on Wednesday, starting a fire that burned through the night. The Mykolaiv city council said no one was hurt.",
     [st(MYK, "no one was hurt", False, "city-council-named")]),
    ("02", "Rubble", "“Emergency crews are still clearing the rubble,” the Kherson city military administration wrote on Telegram after shelling hit the Dniprovskyi district on Friday.",
     [st(KHE, "Emergency crews are still clearing the rubble", True, "city-military-admin")]),
    ("03", "Investigation", "Russian troops shelled the village of Bilozerka in the Kherson region on Saturday. The regional prosecutor's office said it had opened a war crimes investigation.",
     [st(KHE_PROS, "it had opened a war crimes investigation", False, "bare-prosecutor-one-region")]),
    ("04", "Two regions", "Drones struck Kharkiv and Sumy overnight into Tuesday, damaging homes in both cities. The regional prosecutor's office said an investigation had been opened.",
     [], "negative: the bare prosecutor's office may be Kharkiv's or Sumy's: no actor, no statement"),
    ("05", "School", "According to the Zaporizhzhia regional military administration, a guided bomb damaged a school in the north of Zaporizhzhia on Thursday.",
     [st(ZAP, "a guided bomb damaged a school in the north of Zaporizhzhia on Thursday", False, "according-regional-military-admin")]),
    ("06", "Depot", "Kursk regional authorities said on Monday that a Ukrainian drone had set fire to a fuel depot near the town of Lgov.",
     [st(KUR, "a Ukrainian drone had set fire to a fuel depot near the town of Lgov", False, "regional-authorities")]),
    ("07", "Camp", "Paramilitary shelling hit a displacement camp near Kutum on Tuesday, the Kutum emergency response room said.",
     [st(KUT, "Paramilitary shelling hit a displacement camp near Kutum on Tuesday", False, "emergency-response-room")]),
    ("08", "Power", "A drone attack knocked out power in parts of Odesa on Saturday. The city's mayor's office said electricity had been restored to most homes by Sunday morning.",
     [st(ODE, "electricity had been restored to most homes by Sunday morning", False, "bare-mayors-office")]),
    ("09", "Reopening", "The Sumy city council announced on Tuesday that the damaged school would reopen in January.",
     [st(SUM, "the damaged school would reopen in January", False, "city-council-named")]),
    ("10", "Bodies", "Gaza's civil defence agency said its crews had pulled three bodies from the rubble of a house in Deir al-Balah on Friday.",
     [st(GCD, "its crews had pulled three bodies from the rubble of a house in Deir al-Balah on Friday", False, "civil-defence")]),
    ("11", "Bus stop", "Russian artillery hit a bus stop in Nikopol on Thursday morning. The city military administration said the shelling lasted about an hour.",
     [st(NIK, "the shelling lasted about an hour", False, "bare-city-military-admin")]),
    ("12", "Strike on centre", "A Russian glide bomb struck a shopping centre in Kharkiv on Sunday afternoon. “This was a deliberate strike on civilians,” the Kharkiv regional prosecutor's office said.",
     [st(KHA_PROS, "This was a deliberate strike on civilians", True, "prosecutor-named")]),
    ("15", "Bus", "According to the Kherson regional prosecutor's office, which opened a war crimes investigation, a drone dropped explosives on a bus in Kherson on Tuesday.",
     [st(KHE_PROS, "a drone dropped explosives on a bus in Kherson on Tuesday", False, "according-relative-clause")]),
    ("16", "Two towns", "Drones hit homes in Kharkiv and in Sumy overnight. The city's mayor's office said that heating would be restored by the evening.",
     [], "negative: the bare mayor's office may be Kharkiv's or Sumy's, the last town named is no proof: no actor"),
    ("17", "School", "An Israeli strike on a school in Gaza City killed 15 people, the health ministry in Hamas-run Gaza said on Sunday.",
     [st(GMOH, "An Israeli strike on a school in Gaza City killed 15 people", False, "ministry-in-group-run-place")]),
    ("18", "Sanaa", "A US strike on a power station near Sanaa killed three workers, according to the health ministry of the Houthi rebels.",
     [st(HMOH, "A US strike on a power station near Sanaa killed three workers", False, "ministry-of-group")]),
    ("13", "Water", "Kherson remained without running water on Friday after the strike, and repair crews were expected to work through the weekend.",
     [], "negative: a place name alone, no speech"),
    ("14", "Chamber", "Residents of Mykolaiv packed the city council chamber on Monday evening to hear plans for new shelters in the city.",
     [], "negative: council as a room, the city as a location, no speech"),
]

FR = [
    ("01", "Entrepôt", "Le conseil municipal de Mykolaïv a fait savoir jeudi qu'aucun blessé n'était à déplorer après la chute d'un drone sur un entrepôt de la ville.",
     [st(MYK, "aucun blessé n'était à déplorer après la chute d'un drone sur un entrepôt de la ville", False, "city-council-named")]),
    ("02", "Décombres", "« Les équipes de secours fouillent encore les décombres », a écrit vendredi sur Telegram l'administration militaire de la ville de Kherson.",
     [st(KHE, "Les équipes de secours fouillent encore les décombres", True, "city-military-admin")]),
    ("03", "Enquête", "Des tirs d'artillerie russes ont visé samedi le village de Bilozerka, dans la région de Kherson. Le parquet régional a annoncé l'ouverture d'une enquête pour crimes de guerre.",
     [st(KHE_PROS, "l'ouverture d'une enquête pour crimes de guerre", False, "bare-prosecutor-one-region")]),
    ("04", "Deux régions", "Des drones ont frappé Kharkiv et Soumy dans la nuit de lundi à mardi, endommageant des maisons dans les deux villes. Le parquet régional a annoncé l'ouverture d'une enquête.",
     [], "négatif : le parquet régional peut être celui de Kharkiv ou de Soumy : aucun acteur, aucune déclaration"),
    ("05", "École", "Selon l'administration militaire régionale de Zaporijjia, une bombe guidée a endommagé jeudi une école dans le nord de Zaporijjia.",
     [st(ZAP, "une bombe guidée a endommagé jeudi une école dans le nord de Zaporijjia", False, "according-regional-military-admin")]),
    ("06", "Dépôt", "Les autorités régionales de Koursk ont affirmé lundi qu'un drone ukrainien avait incendié un dépôt de carburant près de la ville de Lgov.",
     [st(KUR, "un drone ukrainien avait incendié un dépôt de carburant près de la ville de Lgov", False, "regional-authorities")]),
    ("07", "Camp", "Des obus des paramilitaires sont tombés mardi sur un camp de déplacés près de Koutoum, a indiqué la salle d'intervention d'urgence de Koutoum.",
     [st(KUT, "Des obus des paramilitaires sont tombés mardi sur un camp de déplacés près de Koutoum", False, "emergency-response-room")]),
    ("08", "Électricité", "La mairie d'Odessa a assuré dimanche que l'électricité était rétablie dans la plupart des logements après l'attaque de drones de samedi.",
     [st(ODE, "l'électricité était rétablie dans la plupart des logements après l'attaque de drones de samedi", False, "mairie-named")]),
    ("09", "Réouverture", "Le conseil municipal de Soumy a annoncé mardi que l'école endommagée rouvrirait en janvier.",
     [st(SUM, "l'école endommagée rouvrirait en janvier", False, "city-council-named")]),
    ("10", "Corps", "La défense civile de Gaza a indiqué vendredi que ses équipes avaient retiré trois corps des décombres d'une maison de Deir al-Balah.",
     [st(GCD, "ses équipes avaient retiré trois corps des décombres d'une maison de Deir al-Balah", False, "civil-defence")]),
    ("11", "Arrêt de bus", "L'artillerie russe a frappé un arrêt de bus à Nikopol jeudi matin. L'administration militaire de la ville a précisé que le bombardement avait duré environ une heure.",
     [st(NIK, "le bombardement avait duré environ une heure", False, "bare-city-military-admin")]),
    ("12", "Centre commercial", "Une bombe planante russe a frappé dimanche un centre commercial de Kharkiv. « C'était une frappe délibérée contre des civils », a déclaré le parquet régional de Kharkiv.",
     [st(KHA_PROS, "C'était une frappe délibérée contre des civils", True, "prosecutor-named")]),
    ("15", "Bus", "Selon le conseil municipal de Soumy, qui s'est réuni en urgence lundi soir, l'école endommagée rouvrira en janvier.",
     [st(SUM, "l'école endommagée rouvrira en janvier", False, "selon-relative-clause")]),
    ("16", "Deux villes", "Des drones ont touché des maisons à Kharkiv et à Soumy dans la nuit. La mairie de la ville a indiqué que le chauffage serait rétabli dans la soirée.",
     [], "négatif : la mairie peut être celle de Kharkiv ou de Soumy, la dernière ville nommée ne le prouve pas : aucun acteur"),
    ("17", "École", "Une frappe israélienne sur une école de la ville de Gaza a tué 15 personnes dimanche, selon le ministère de la Santé de la bande de Gaza.",
     [st(GMOH, "Une frappe israélienne sur une école de la ville de Gaza a tué 15 personnes dimanche", False, "ministry-of-place")]),
    ("18", "Sanaa", "Une frappe américaine sur une centrale électrique près de Sanaa a tué trois ouvriers, a indiqué le ministère de la Santé des rebelles houthis.",
     [st(HMOH, "Une frappe américaine sur une centrale électrique près de Sanaa a tué trois ouvriers", False, "ministry-of-group")]),
    ("13", "Eau", "Kherson était toujours privée d'eau courante vendredi après la frappe, et les équipes de réparation devaient travailler tout le week-end.",
     [], "négatif : un nom de lieu seul, aucune parole"),
    ("14", "Salle", "Des habitants de Mykolaïv ont rempli lundi soir la salle du conseil municipal pour entendre les projets de nouveaux abris dans la ville.",
     [], "négatif : le conseil comme salle, la ville comme lieu, aucune parole"),
]


def write(rows, lang, published):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            num, title, text, statements, *note = row
            rec = {"id": f"localbodies-st-{lang}-{num}", "language": lang, "published": published,
                   "title": title, "text": text, "statements": statements}
            if note:
                rec["note"] = note[0]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


write(EN, "en", "2024-10-08")
write(FR, "fr", "2024-10-08")
