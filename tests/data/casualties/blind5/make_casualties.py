# Generator for blind5 casualty passages (written blind, 2026-12-06). Run from this folder.
import json

def C(kind, count, bound, source, place, pat):
    return {"kind": kind, "count": count, "bound": bound, "source": source, "place": place, "pattern": pat}

def P(pid, lang, pub, title, text, cas, note=None):
    p = {"id": pid, "language": lang, "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["casualties"] = cas
    return p

A = "article"
KHARKIV_GOV = ["Kharkiv regional governor", "governor of the Kharkiv region", "Kharkiv governor", "Kharkiv regional military administration", "administration militaire régionale de Kharkiv"]
LBMOH = ["Lebanese Ministry of Public Health", "Lebanon's health ministry", "Lebanese health ministry", "ministère libanais de la Santé"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "armée israélienne", "Tsahal", "IL"]

en = [
P("cas5b-en-001", "en", "2024-06-10", "Hotel hit in Kharkiv",
  "A Russian missile strike on a hotel in Kharkiv on Sunday killed at least four people and injured 19, the regional governor said.",
  [C("killed", 4, "AtLeast", KHARKIV_GOV, ["Kharkiv"], "verb-object-at-least-governor-by-office"),
   C("injured", 19, "Exact", KHARKIV_GOV, ["Kharkiv"], "coordinated-verb-digits")]),
P("cas5b-en-002", "en", "2024-08-21", "Bus stop shelled in Nikopol",
  "The Nikopol city military administration said two women were wounded when Russian artillery hit a bus stop in the town centre on Tuesday.",
  [C("injured", 2, "Exact", ["Nikopol city military administration", "Nikopol military administration", "Nikopol city administration", "administration militaire de Nikopol"], ["Nikopol"], "local-body-said-passive-words")]),
P("cas5b-en-003", "en", "2024-11-25", "Omdurman market toll rises",
  "Al-Nao hospital in Omdurman said the toll from Saturday's shelling of the Souq Libya market had risen to 34 dead, up from 21 on Saturday evening.",
  [C("killed", 34, "Exact", ["Al-Nao hospital", "Al-Nao Hospital", "al-Nao hospital", "hôpital Al-Nao"], ["Omdurman", "Souq Libya"], "hospital-toll-risen-to"),
   C("killed", 21, "Exact", ["Al-Nao hospital", "Al-Nao Hospital", "al-Nao hospital", "hôpital Al-Nao"], ["Omdurman", "Souq Libya"], "earlier-toll-up-from")]),
P("cas5b-en-004", "en", "2024-06-15", "Drone strikes on Abu Shouk camp",
  "OCHA said at least 15 civilians, including six children, were killed in drone strikes on the Abu Shouk camp near El Fasher on Friday.",
  [C("killed", 15, "AtLeast", ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs", "BCAH", "Bureau de la coordination des affaires humanitaires"], ["Abu Shouk", "El Fasher", "Al-Fashir"], "un-agency-including-part-not-a-figure")]),
P("cas5b-en-005", "en", "2025-03-18", "US strikes on Saada",
  "The Houthi-run health ministry said the US air strikes on Saada province killed seven people and wounded nine others, a toll that could not be independently verified.",
  [C("killed", 7, "Exact", ["Houthi-run health ministry", "Houthi health ministry", "Sanaa health ministry", "ministère de la Santé du gouvernement houthi", "Houthis"], ["Saada", "Sa'dah", "Saada province"], "armed-group-ministry-words"),
   C("injured", 9, "Exact", ["Houthi-run health ministry", "Houthi health ministry", "Sanaa health ministry", "ministère de la Santé du gouvernement houthi", "Houthis"], ["Saada", "Sa'dah", "Saada province"], "wounded-n-others")]),
P("cas5b-en-006", "en", "2024-08-02", "House hit in Nuseirat",
  "Eleven people were killed when an Israeli strike hit a house in the Nuseirat camp overnight, medics at Al-Aqsa Martyrs Hospital said.",
  [C("killed", 11, "Exact", ["Al-Aqsa Martyrs Hospital", "Al-Aqsa hospital", "medics at Al-Aqsa Martyrs Hospital", "hôpital des Martyrs d'Al-Aqsa"], ["Nuseirat", "Nuseirat camp"], "medics-of-hospital-sentence-final-word-number-capital")]),
P("cas5b-en-007", "en", "2024-10-14", "Minibus hit near Vasylivka",
  "Three people died and a dozen were hurt when a Ukrainian drone hit a minibus near Vasylivka, the Russian-installed governor of the Zaporizhzhia region said.",
  [C("killed", 3, "Exact", ["Russian-installed governor of the Zaporizhzhia region", "Russian-installed governor", "Russian-installed authorities", "Russian-installed authorities in Zaporizhzhia", "autorités installées par Moscou"], ["Vasylivka", "Vasilyevka"], "died-words"),
   C("injured", 12, "Approximate", ["Russian-installed governor of the Zaporizhzhia region", "Russian-installed governor", "Russian-installed authorities", "Russian-installed authorities in Zaporizhzhia", "autorités installées par Moscou"], ["Vasylivka", "Vasilyevka"], "a-dozen-hurt")]),
P("cas5b-en-008", "en", "2024-11-30", "Ambush near Djibo",
  "Between five and eight soldiers were killed in an ambush on a supply convoy near Djibo on Thursday, according to a Burkinabe security source.",
  [C("killed", 5, "AtLeast", ["BF", "Burkina Faso", "Burkinabe security source", "security source"], ["Djibo"], "range-low-end"),
   C("killed", 8, "AtMost", ["BF", "Burkina Faso", "Burkinabe security source", "security source"], ["Djibo"], "range-high-end")]),
P("cas5b-en-009", "en", "2024-07-27", "Drone crashes into Brovary building",
  "A Russian drone crashed into a nine-storey building in Brovary overnight. No casualties were reported, the Kyiv regional military administration said.",
  [C("killed", 0, "Exact", ["Kyiv regional military administration", "Kyiv Regional Military Administration", "Kyiv regional administration", "administration militaire régionale de Kiev"], ["Brovary"], "no-casualties-two-zeros-reported"),
   C("injured", 0, "Exact", ["Kyiv regional military administration", "Kyiv Regional Military Administration", "Kyiv regional administration", "administration militaire régionale de Kiev"], ["Brovary"], "no-casualties-two-zeros-reported")]),
P("cas5b-en-010", "en", "2024-09-06", "Glide bombs on Zaporizhzhia",
  "More than 30 people were injured in Russian glide-bomb attacks on Zaporizhzhia on Thursday, according to the city's mayor, Petro Harkusha. A 60-year-old man later died of his wounds in hospital.",
  [C("injured", 30, "MoreThan", ["Petro Harkusha", "Harkusha", "Petro Harkoucha", "Петро Гаркуша"], ["Zaporizhzhia", "Zaporijia"], "more-than-according-to-title-name"),
   C("killed", 1, "Exact", "article", ["Zaporizhzhia", "Zaporijia"], "article-voice-a-man-died-of-wounds-age-not-figure")]),
P("cas5b-en-011", "en", "2024-10-23", "Ain Qana toll",
  "Lebanon's health ministry said the toll from Tuesday's Israeli strikes on the village of Ain Qana rose to eight dead and 29 wounded.",
  [C("killed", 8, "Exact", LBMOH, ["Ain Qana", "Aïn Qana"], "toll-rose-to-dead"),
   C("injured", 29, "Exact", LBMOH, ["Ain Qana", "Aïn Qana"], "toll-rose-to-wounded-digits")]),
P("cas5b-en-012", "en", "2024-03-14", "Air strikes on Kyauktaw villages",
  "The Arakan Army said 12 villagers were killed by junta air strikes on Kyauktaw township on Wednesday, while state broadcaster MRTV said only \"terrorist positions\" had been hit.",
  [C("killed", 12, "Exact", ["Arakan Army", "AA", "Armée d'Arakan"], ["Kyauktaw", "Kyauktaw township"], "armed-group-said-passive")]),
P("cas5b-en-013", "en", "2024-12-16", "Car bomb in Azaz",
  "A car bomb exploded at a checkpoint in Azaz on Monday, killing a policeman and wounding six passers-by, the Syrian Civil Defence said.",
  [C("killed", 1, "Exact", ["Syrian Civil Defence", "White Helmets", "Syria Civil Defence", "Casques blancs", "Défense civile syrienne"], ["Azaz", "A'zaz"], "participle-a-policeman-is-one"),
   C("injured", 6, "Exact", ["Syrian Civil Defence", "White Helmets", "Syria Civil Defence", "Casques blancs", "Défense civile syrienne"], ["Azaz", "A'zaz"], "participle-wounding-n-nouns")]),
P("cas5b-en-014", "en", "2024-04-30", "Odesa port attack",
  "Some 20 people were hurt in the missile attack on Odesa's port on Monday, the State Emergency Service said. Since February 2022, more than 150 civilians have been killed in the city.",
  [C("injured", 20, "Approximate", ["State Emergency Service of Ukraine", "State Emergency Service", "SES", "DSNS", "Service d'urgence ukrainien", "UA"], ["Odesa", "Odessa"], "some-n-approximate-cumulative-ignored")]),
P("cas5b-en-015", "en", "2024-05-09", "Tal Abyad shelling",
  "Dozens of casualties were reported after shelling in Tal Abyad, and a 70-year-old shepherd said he lost 40 sheep.",
  [], "negative: dozens, casualties (no kind), age, animals"),
]

fr = [
P("cas5b-fr-001", "fr", "2024-11-12", "Zaporijia : un immeuble touché",
  "Au moins six personnes ont été tuées et une vingtaine blessées lundi dans une frappe russe sur un immeuble de Zaporijia, a annoncé l'administration militaire régionale.",
  [C("killed", 6, "AtLeast", ["administration militaire régionale de Zaporijia", "administration militaire régionale", "Zaporizhzhia regional military administration", "Zaporizhzhia regional administration"], ["Zaporijia", "Zaporizhzhia"], "au-moins-tuees"),
   C("injured", 20, "Approximate", ["administration militaire régionale de Zaporijia", "administration militaire régionale", "Zaporizhzhia regional military administration", "Zaporizhzhia regional administration"], ["Zaporijia", "Zaporizhzhia"], "une-vingtaine-ellipse-blessees")]),
P("cas5b-fr-002", "fr", "2024-06-04", "Kramatorsk : bombes guidées",
  "La mairie de Kramatorsk a fait état de deux morts après la chute de bombes guidées sur le quartier de Stary Kramatorsk.",
  [C("killed", 2, "Exact", ["mairie de Kramatorsk", "Kramatorsk city council", "Kramatorsk city administration", "municipalité de Kramatorsk"], ["Kramatorsk", "Stary Kramatorsk"], "mairie-fait-etat-de")]),
P("cas5b-fr-003", "fr", "2024-07-11", "Jabalia : le bilan s'alourdit",
  "Le bilan de la frappe israélienne sur l'école de Jabalia est passé à 27 morts, selon la Défense civile de Gaza, qui faisait état mercredi matin de 19 victimes.",
  [C("killed", 27, "Exact", ["Défense civile de Gaza", "défense civile de Gaza", "Gaza Civil Defence", "Défense civile palestinienne"], ["Jabalia", "Jabaliya"], "bilan-passe-a-selon")],
  "19 victimes: no figure (victimes)"),
P("cas5b-fr-004", "fr", "2024-08-19", "Zamzam : afflux de blessés",
  "L'hôpital saoudien d'El-Fasher a reçu 43 blessés, dont 11 enfants, après des tirs d'artillerie des FSR sur le camp de Zamzam, selon son directeur.",
  [C("injured", 43, "Exact", ["directeur de l'hôpital saoudien d'El-Fasher", "hôpital saoudien d'El-Fasher", "Saudi Hospital in El Fasher", "director of the Saudi Hospital in El Fasher"], ["Zamzam", "camp de Zamzam", "El-Fasher"], "hopital-recu-n-blesses-dont")]),
P("cas5b-fr-005", "fr", "2024-10-29", "Hilaliya : l'ONU avance un bilan",
  "Le Haut-Commissariat de l'ONU aux droits de l'homme estime qu'entre 40 et 60 civils ont été tués lors de l'attaque contre le village de Hilaliya.",
  [C("killed", 40, "AtLeast", ["Haut-Commissariat des Nations unies aux droits de l'homme", "Haut-Commissariat de l'ONU aux droits de l'homme", "HCDH", "OHCHR", "UN human rights office"], ["Hilaliya", "Al-Hilaliya"], "fourchette-entre-bas"),
   C("killed", 60, "AtMost", ["Haut-Commissariat des Nations unies aux droits de l'homme", "Haut-Commissariat de l'ONU aux droits de l'homme", "HCDH", "OHCHR", "UN human rights office"], ["Hilaliya", "Al-Hilaliya"], "fourchette-entre-haut")]),
P("cas5b-fr-006", "fr", "2024-04-16", "Bint Jbeil : trois combattants tués",
  "Le Hezbollah a annoncé la mort de trois de ses combattants dans une frappe israélienne près de Bint Jbeil.",
  [C("killed", 3, "Exact", ["Hezbollah", "Hizbollah", "Hezbollah libanais"], ["Bint Jbeil", "Bint Jbail"], "groupe-arme-annonce-la-mort-de")]),
P("cas5b-fr-007", "fr", "2024-09-09", "Jénine : tirs de drone",
  "Selon les secouristes du Croissant-Rouge palestinien, une femme a été tuée et quatre personnes blessées par des tirs de drone à Jénine.",
  [C("killed", 1, "Exact", ["Croissant-Rouge palestinien", "Palestine Red Crescent Society", "PRCS", "Palestinian Red Crescent"], ["Jénine", "Jenin"], "une-femme-tuee-est-un"),
   C("injured", 4, "Exact", ["Croissant-Rouge palestinien", "Palestine Red Crescent Society", "PRCS", "Palestinian Red Crescent"], ["Jénine", "Jenin"], "ellipse-blessees-secouristes")]),
P("cas5b-fr-008", "fr", "2024-12-09", "Donetsk : un marché touché",
  "Deux drones ukrainiens ont frappé un marché de Donetsk, tuant cinq personnes et en blessant onze, ont affirmé les autorités installées par Moscou.",
  [C("killed", 5, "Exact", ["autorités installées par Moscou", "Russian-installed authorities", "autorités d'occupation", "autorités installées par la Russie"], ["Donetsk"], "participe-tuant-mots"),
   C("injured", 11, "Exact", ["autorités installées par Moscou", "Russian-installed authorities", "autorités d'occupation", "autorités installées par la Russie"], ["Donetsk"], "en-blessant-onze")]),
P("cas5b-fr-009", "fr", "2024-05-27", "Kharkiv : un centre commercial frappé",
  "Une bombe planante russe tombée sur un centre commercial de Kharkiv a fait plus de cinquante blessés samedi, d'après le maire de la ville.",
  [C("injured", 50, "MoreThan", ["Kharkiv mayor", "mayor of Kharkiv", "maire de Kharkiv", "maire de la ville"], ["Kharkiv"], "a-fait-plus-de-n-blesses-d-apres")]),
P("cas5b-fr-010", "fr", "2024-03-29", "Koursk : drone sur une école",
  "Un drone s'est écrasé sur le toit d'une école à Koursk dans la nuit ; aucun blessé n'est à déplorer.",
  [C("injured", 0, "Exact", A, ["Koursk", "Kursk"], "aucun-blesse-article")]),
P("cas5b-fr-011", "fr", "2024-10-03", "Wad Ashib : jusqu'à 200 morts",
  "Jusqu'à 200 personnes pourraient avoir péri dans le bombardement du village de Wad Ashib, selon un comité de résistance local.",
  [C("killed", 200, "AtMost", ["comité de résistance local", "comité de résistance de Wad Ashib", "local resistance committee", "resistance committee"], ["Wad Ashib"], "jusqu-a-perir-conditionnel")]),
P("cas5b-fr-012", "fr", "2024-01-23", "Kherson : bilan du ministère",
  "Le ministère ukrainien de l'Intérieur a fait état de quatre morts et de 18 blessés après le bombardement de Kherson.",
  [C("killed", 4, "Exact", ["ministère ukrainien de l'Intérieur", "Ministry of Internal Affairs of Ukraine", "Ukrainian interior ministry", "UA"], ["Kherson"], "fait-etat-de-mots"),
   C("injured", 18, "Exact", ["ministère ukrainien de l'Intérieur", "Ministry of Internal Affairs of Ukraine", "Ukrainian interior ministry", "UA"], ["Kherson"], "fait-etat-de-et-de-chiffres")]),
P("cas5b-fr-013", "fr", "2024-06-13", "Bilopillia : sept blessés",
  "« Sept personnes ont été blessées, dont deux grièvement », a déclaré le chef de la communauté de Bilopillia, Mykola Hrytsaï.",
  [C("injured", 7, "Exact", ["Mykola Hrytsaï", "Hrytsaï", "Mykola Hrytsai", "Hrytsai", "Микола Грицай"], ["Bilopillia", "Bilopillya"], "chiffre-dans-citation-dont")]),
P("cas5b-fr-014", "fr", "2024-05-17", "Rafah : l'armée avance un chiffre",
  "L'armée israélienne affirme avoir tué une dizaine de combattants du Hamas dans une frappe à Rafah, un chiffre que le Hamas conteste.",
  [C("killed", 10, "Approximate", IDF, ["Rafah"], "une-dizaine-armee-affirme-avoir-tue")]),
P("cas5b-fr-015", "fr", "2024-02-20", "Nyala sous les bombes",
  "Les bombardements ont fait des dizaines de victimes à Nyala depuis le début de la guerre, et une fillette de 9 ans figure parmi les blessés.",
  [], "négatif : dizaines, victimes, cumul depuis le début de la guerre, âge, partie d'un bilan"),
]

for name, rows in (("en.jsonl", en), ("fr.jsonl", fr)):
    with open(name, "w", encoding="utf-8") as f:
        for p in rows:
            assert p["title"] not in p["text"], p["id"]
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(name, len(rows), "passages", sum(not p["casualties"] for p in rows), "negative", sum(len(p["casualties"]) for p in rows), "figures")
