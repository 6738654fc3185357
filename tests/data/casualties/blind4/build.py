import json
OUT = {"en": [], "fr": []}
def C(kind, count, bound, source, place, pat, **kw):
    x = {"kind": kind, "count": count, "bound": bound, "source": source, "place": place, "pattern": pat}
    x.update(kw); return x
def add(lang, i, pub, title, text, cs, note=None):
    p = {"id": "cas4-%s-%03d" % (lang, i), "language": lang, "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["casualties"] = cs; OUT[lang].append(p)

A = "article"
MELNYK = ["Oksana Melnyk", "Melnyk", "Oksana Melnik"]
KUTUM = ["Kutum Emergency Response Room", "emergency response room", "local emergency response room", "Kutum emergency room"]
GAZAMOH = ["Gaza health ministry", "Gaza's health ministry", "Gaza Health Ministry", "ministère de la Santé de Gaza", "Ministry of Health in Gaza"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "armée israélienne", "Tsahal", "IL"]
SES = ["State Emergency Service of Ukraine", "State Emergency Service", "SES", "DSNS", "Service d'État pour les situations d'urgence"]
TUAPSE = ["Tuapse district administration", "local administration", "Tuapse administration", "administration de Touapsé"]
KUPPROS = ["Kharkiv regional prosecutor's office", "regional prosecutor's office", "parquet régional de Kharkiv"]
KHCMA = ["Kherson city military administration", "city military administration", "administration militaire de la ville de Kherson"]
MDA = ["Magen David Adom", "MDA", "Israel's Magen David Adom"]
KURSK = ["Kursk regional authorities", "regional authorities", "autorités de la région de Koursk", "Kursk regional administration"]
GAZACD = ["Gaza civil defence", "civil defence", "Palestinian Civil Defence", "Défense civile de Gaza", "civil defence officials"]
HOUMOH = ["Houthi-run health ministry", "Houthi health ministry", "ministère de la Santé du gouvernement houthi", "Houthi-run Ministry of Public Health"]
BUREIJ = ["Bureij", "Al-Bureij", "Bureij refugee camp", "camp de Bureij"]

# ---------- English ----------
add("en", 1, "2024-08-14", "Railway depot hit in Shpola",
    "A Russian missile strike on a railway depot in Shpola killed four workers and wounded 11, said Oksana Melnyk, a spokeswoman for the Cherkasy regional administration.",
    [C("killed", 4, "Exact", MELNYK, ["Shpola", "Cherkasy Oblast"], "verb-object-words-named-spokeswoman"),
     C("injured", 11, "Exact", MELNYK, ["Shpola", "Cherkasy Oblast"], "verb-object-digits")])
add("en", 2, "2024-06-10", "Market hit in Kutum",
    "At least twelve people were killed and more than thirty injured when an air strike hit a market in Kutum, North Darfur, on Sunday, according to the local emergency response room.",
    [C("killed", 12, "AtLeast", KUTUM, ["Kutum", "North Darfur"], "passive-at-least-words-according-to"),
     C("injured", 30, "MoreThan", KUTUM, ["Kutum", "North Darfur"], "elliptic-more-than-words")])
add("en", 3, "2024-07-15", "Disputed toll in Bureij",
    "Gaza's health ministry said 27 people were killed in the strike on a school in Bureij. The Israeli military said it had killed about a dozen militants operating from the compound and disputed the ministry's figure.",
    [C("killed", 27, "Exact", GAZAMOH, BUREIJ, "two-sources-first"),
     C("killed", 12, "Approximate", IDF, BUREIJ, "two-sources-about-a-dozen")])
add("en", 4, "2024-04-20", "Dnipro toll rises",
    "The State Emergency Service said on Friday that the death toll from Thursday's missile strike on an apartment block in Dnipro had risen to nine. On Thursday evening the service had reported five dead and 14 injured.",
    [C("killed", 9, "Exact", SES, ["Dnipro", "Dnipropetrovsk Oblast"], "toll-risen-to-words"),
     C("killed", 5, "Exact", SES, ["Dnipro", "Dnipropetrovsk Oblast"], "earlier-toll-dead-noun"),
     C("injured", 14, "Exact", SES, ["Dnipro", "Dnipropetrovsk Oblast"], "earlier-toll-injured-adjective")])
add("en", 5, "2024-11-09", "Drone hits empty warehouse in Tuapse",
    "A drone struck an empty warehouse in the port area of Tuapse overnight, causing no casualties, the local administration said.",
    [C("killed", 0, "Exact", TUAPSE, ["Tuapse", "Krasnodar Krai"], "no-casualties-two-figures"),
     C("injured", 0, "Exact", TUAPSE, ["Tuapse", "Krasnodar Krai"], "no-casualties-two-figures")])
add("en", 6, "2024-10-03", "Range of injured in Mykolaiv",
    "Between 15 and 20 people were hurt when a Russian drone exploded over a crowded bus station in Mykolaiv, the city council said, adding that the exact number was still being checked.",
    [C("injured", 15, "AtLeast", ["Mykolaiv city council", "city council", "conseil municipal de Mykolaïv"], ["Mykolaiv"], "range-between-lower", note="range: lower bound"),
     C("injured", 20, "AtMost", ["Mykolaiv city council", "city council", "conseil municipal de Mykolaïv"], ["Mykolaiv"], "range-between-upper", note="range: upper bound")],
    note="a range: annotated as two bounds (AtLeast lower, AtMost upper); the format has no range bound")
add("en", 7, "2023-12-19", "Shells hit Kherson bus stop",
    "A man was killed and two women were wounded when Russian shells hit a bus stop in Kherson's Dniprovskyi district, the city military administration said.",
    [C("killed", 1, "Exact", KHCMA, ["Kherson", "Dniprovskyi district"], "a-man-one"),
     C("injured", 2, "Exact", KHCMA, ["Kherson", "Dniprovskyi district"], "words-two-women")])
add("en", 8, "2024-11-21", "Glide bombs on Kupiansk",
    "Russian glide bombs killed three people in Kupiansk on Wednesday, including a 72-year-old woman, and wounded eight, two of them children, the regional prosecutor's office said.",
    [C("killed", 3, "Exact", KUPPROS, ["Kupiansk", "Kharkiv Oblast"], "including-age-not-a-figure"),
     C("injured", 8, "Exact", KUPPROS, ["Kupiansk", "Kharkiv Oblast"], "part-of-figure-not-a-figure")])
add("en", 9, "2024-03-05", "Anti-tank missile near Shtula",
    "An anti-tank missile fired from Lebanon at a car near Shtula claimed the lives of two farm workers, Magen David Adom said.",
    [C("killed", 2, "Exact", MDA, ["Shtula", "Shtulah"], "claimed-the-lives-of")])
add("en", 10, "2024-08-31", "Drone falls on Kursk shopping centre",
    "About 40 people were injured, most of them lightly, after a drone fell on a shopping centre in Kursk, regional authorities said. Dozens of cars in the car park were damaged.",
    [C("injured", 40, "Approximate", KURSK, ["Kursk", "Kursk Oblast"], "about-collective-tied")],
    note="'Dozens of cars' is no figure")
add("en", 11, "2024-05-25", "Jabalia house strike",
    "An Israeli strike on a house in Jabalia killed seven people, including three children. Civil defence officials put the toll at nine.",
    [C("killed", 7, "Exact", A, ["Jabalia", "Jabaliya"], "article-voice-words"),
     C("killed", 9, "Exact", GAZACD, ["Jabalia", "Jabaliya"], "put-the-toll-at-second-source")])
add("en", 12, "2025-04-19", "Sanaa strike toll",
    "US strikes on Sanaa killed six people and wounded 21, the Houthi-run health ministry said on Saturday, bringing the toll since March to more than 200.",
    [C("killed", 6, "Exact", HOUMOH, ["Sanaa", "Sana'a"], "verb-object-relayed-ministry"),
     C("injured", 21, "Exact", HOUMOH, ["Sanaa", "Sana'a"], "verb-object-digits")],
    note="the cumulative toll since March is no figure")

# ---------- French ----------
KHOVA = ["administration militaire régionale de Kherson", "Kherson regional military administration", "administration régionale de Kherson", "Kherson Regional Military Administration"]
MEDS = ["médecins locaux", "des médecins locaux", "local doctors"]
LBMOH = ["ministère de la Santé libanais", "ministère libanais de la Santé", "Lebanese health ministry", "Lebanon's health ministry", "Lebanese Ministry of Public Health"]
KRAVETS = ["Oleh Kravets", "Kravets", "Oleg Kravets"]
NOVO = ["état-major opérationnel régional", "Krasnodar regional operational headquarters", "état-major opérationnel de la région de Krasnodar", "operational headquarters of the Krasnodar region"]
POLKH = ["police régionale", "police de la région de Kharkiv", "Kharkiv regional police", "police nationale ukrainienne"]
GAZACDF = ["Défense civile de Gaza", "défense civile", "Gaza civil defence", "Palestinian Civil Defence"]
BELG = ["gouverneur de la région de Belgorod", "Belgorod governor", "Belgorod regional governor", "governor of the Belgorod region", "Belgorod regional administration"]
DONOCC = ["autorités installées par Moscou", "Russian-installed authorities", "autorités d'occupation", "autorités installées par la Russie"]

add("fr", 1, "2024-09-18", "Bilozerka : un minibus touché",
    "Une frappe de drone sur un minibus près de Bilozerka a fait deux morts et cinq blessés, a annoncé l'administration militaire régionale de Kherson.",
    [C("killed", 2, "Exact", KHOVA, ["Bilozerka", "Bilozerka (Kherson)", "Kherson Oblast"], "a-fait-n-morts-words"),
     C("injured", 5, "Exact", KHOVA, ["Bilozerka", "Kherson Oblast"], "a-fait-n-blesses-words")])
add("fr", 2, "2024-12-02", "El-Obeid : le marché bombardé",
    "Au moins onze personnes ont été tuées et une trentaine blessées dans un bombardement d'artillerie sur le marché d'El-Obeid, selon des médecins locaux.",
    [C("killed", 11, "AtLeast", MEDS, ["El-Obeid", "El Obeid", "Al-Ubayyid"], "au-moins-words-passive-selon"),
     C("injured", 30, "Approximate", MEDS, ["El-Obeid", "El Obeid", "Al-Ubayyid"], "une-trentaine-elliptic")])
add("fr", 3, "2024-10-15", "Nabatieh : bilans divergents",
    "Le ministère de la Santé libanais a fait état de 14 morts dans les frappes israéliennes sur Nabatieh. L'armée israélienne affirme pour sa part avoir tué « une dizaine de combattants du Hezbollah ».",
    [C("killed", 14, "Exact", LBMOH, ["Nabatieh", "Nabatiyé", "Nabatiyeh"], "fait-etat-de-n-morts"),
     C("killed", 10, "Approximate", IDF, ["Nabatieh", "Nabatiyé", "Nabatiyeh"], "two-sources-une-dizaine-quoted")])
add("fr", 4, "2024-03-06", "Odessa : le bilan s'alourdit",
    "Le bilan de la frappe de missile contre un immeuble d'Odessa est passé à sept morts, a annoncé mercredi le gouverneur régional, Oleh Kravets. La veille au soir, il faisait état de quatre morts et 18 blessés.",
    [C("killed", 7, "Exact", KRAVETS, ["Odessa", "Odesa", "Одеса"], "bilan-passe-a"),
     C("killed", 4, "Exact", KRAVETS, ["Odessa", "Odesa", "Одеса"], "earlier-toll-pronoun-il"),
     C("injured", 18, "Exact", KRAVETS, ["Odessa", "Odesa", "Одеса"], "earlier-toll-digits")])
add("fr", 5, "2024-11-09", "Novorossiisk : un entrepôt vide touché",
    "Le drone s'est écrasé sur un entrepôt vide de la zone portuaire de Novorossiisk sans faire de victimes, selon l'état-major opérationnel régional.",
    [C("killed", 0, "Exact", NOVO, ["Novorossiisk", "Novorossiysk", "Новороссийск"], "sans-faire-de-victimes-two-figures"),
     C("injured", 0, "Exact", NOVO, ["Novorossiisk", "Novorossiysk", "Новороссийск"], "sans-faire-de-victimes-two-figures")])
add("fr", 6, "2024-10-03", "Zaporijjia : entre 20 et 25 blessés",
    "Entre 20 et 25 personnes ont été blessées par la chute d'une bombe planante sur un quartier résidentiel de Zaporijjia, selon la mairie, qui poursuit le décompte.",
    [C("injured", 20, "AtLeast", ["mairie de Zaporijjia", "mairie", "Zaporizhzhia city council", "conseil municipal de Zaporijjia"], ["Zaporijjia", "Zaporizhzhia"], "range-entre-lower", note="fourchette : borne basse"),
     C("injured", 25, "AtMost", ["mairie de Zaporijjia", "mairie", "Zaporizhzhia city council", "conseil municipal de Zaporijjia"], ["Zaporijjia", "Zaporizhzhia"], "range-entre-upper", note="fourchette : borne haute")],
    note="une fourchette : annotée comme deux bornes (AtLeast basse, AtMost haute) ; le format n'a pas de borne « intervalle »")
add("fr", 7, "2024-05-13", "Vovtchansk : un homme tué",
    "Un homme a été tué et une femme blessée lorsque des obus ont frappé le centre de Vovtchansk, selon la police régionale.",
    [C("killed", 1, "Exact", POLKH, ["Vovtchansk", "Vovchansk", "Volchansk"], "un-homme-one"),
     C("injured", 1, "Exact", POLKH, ["Vovtchansk", "Vovchansk", "Volchansk"], "une-femme-one-elliptic")])
add("fr", 8, "2024-05-28", "Rafah : un camp de déplacés frappé",
    "La frappe aérienne sur un camp de déplacés à Rafah a tué 19 personnes, dont six enfants, et en a blessé une quarantaine, selon la Défense civile de Gaza.",
    [C("killed", 19, "Exact", GAZACDF, ["Rafah", "رفح"], "verb-object-dont-not-a-figure"),
     C("injured", 40, "Approximate", GAZACDF, ["Rafah", "رفح"], "en-a-blesse-une-quarantaine")])
add("fr", 9, "2024-06-14", "Safed : une soldate tuée",
    "Le tir de roquettes contre Safed a coûté la vie à une soldate, a indiqué l'armée israélienne.",
    [C("killed", 1, "Exact", IDF, ["Safed", "Tsfat", "Zefat", "צפת"], "a-coute-la-vie-a-une")])
add("fr", 10, "2024-07-27", "Belgorod : plus d'une vingtaine de blessés",
    "Plus d'une vingtaine de personnes ont été blessées lors d'une attaque de drones sur Belgorod, dont quatre grièvement, a annoncé le gouverneur de la région.",
    [C("injured", 20, "MoreThan", BELG, ["Belgorod", "Bielgorod", "Белгород"], "plus-d-une-vingtaine")],
    note="« dont quatre grièvement » n'est pas un chiffre")
add("fr", 11, "2024-09-20", "Nikopol : un tracteur visé",
    "Trois civils ont été tués jeudi par une frappe de drone russe sur un tracteur près de Nikopol. Depuis le début de la guerre, plus de 80 habitants de la commune ont péri.",
    [C("killed", 3, "Exact", A, ["Nikopol", "Нікополь"], "article-voice-words")],
    note="le bilan cumulé depuis le début de la guerre n'est pas un chiffre")
add("fr", 12, "2024-01-22", "Donetsk : la gare routière touchée",
    "Des obus sont tombés sur la gare routière de Donetsk, tuant quatre personnes et en blessant sept autres, ont annoncé les autorités installées par Moscou.",
    [C("killed", 4, "Exact", DONOCC, ["Donetsk", "Донецьк", "Донецк"], "participle-tuant-words"),
     C("injured", 7, "Exact", DONOCC, ["Donetsk", "Донецьк", "Донецк"], "participle-en-blessant-autres")])

for lang, ps in OUT.items():
    with open(lang + ".jsonl", "w", encoding="utf-8") as f:
        for x in ps:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
