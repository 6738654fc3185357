# Writes fr.jsonl: 20 French attack-event passages (blind6). Run from this folder.
import json, datetime as dt
P = []
N = "\u00a0"
DAYS = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
def wd(pub, day, back=0):
    d = dt.date.fromisoformat(pub)
    while d.weekday() != DAYS.index(day): d -= dt.timedelta(days=1)
    return (d - dt.timedelta(days=back)).isoformat()
def nxt(date, n=1): return (dt.date.fromisoformat(date) + dt.timedelta(days=n)).isoformat()
def p(i, pub, title, text, ev, note=None):
    d = {"id": "ev6b-fr-%03d" % i, "language": "fr", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["events"] = ev; P.append(d)
def e(t, place, cc, date, perp, status, pat, note=None):
    d = {"type": t, "place": place, "country": cc, "date": date, "perpetrator": perp, "perpetrator_status": status, "pattern": pat}
    if note: d["note"] = note
    return d
RSF = ["Forces de soutien rapide", "FSR", "Rapid Support Forces", "RSF", "paramilitaires"]
HEZ = ["Hezbollah", "Hizbollah", "Hizballah"]
HOU = ["houthis", "Houthis", "rebelles houthis", "Ansar Allah"]

pub = "2025-02-19"  # mercredi
p(1, pub, "Drones sur Koursk",
  "Une attaque de drones ukrainiens a visé dans la nuit de mardi à mercredi une centrale thermique de Koursk, provoquant un incendie rapidement maîtrisé, a indiqué le gouverneur régional.",
  [e("DroneStrike", ["Koursk", "Kursk", "Курск", "région de Koursk", "Kursk Oblast", "Kursk region"], "RU", pub, "UA", "alleged", "nuit-de-a-drones-gouverneur")])

pub = "2024-10-11"  # vendredi
p(2, pub, "Soumy : frappes sur la ville",
  f"SOUMY (Ukraine), 11 octobre - L'armée russe a pilonné jeudi le quartier de Zarichny, à Soumy, endommageant un dispensaire et plusieurs immeubles. La veille, un missile Iskander avait frappé un entrepôt de la poste ukrainienne dans la même ville.",
  [e("Shelling", ["Soumy", "Sumy", "Суми", "Zarichny", "Zarichnyi district"], "UA", wd(pub, "jeudi"), "RU", "fact", "pilonner-quartier-jeudi", "deux attaques dans la même ville : la région n'est listée pour aucune"),
   e("MissileStrike", ["Soumy", "Sumy", "Суми"], "UA", wd(pub, "mercredi"), None, None, "la-veille-iskander", "« la veille » de jeudi : mercredi ; Iskander ne nomme pas d'auteur (null)")])

pub = "2025-03-02"  # dimanche
p(3, pub, "Gaza : frappes à Rafah",
  "L'aviation israélienne a mené samedi soir plusieurs frappes sur l'est de Rafah, dans le sud de la bande de Gaza, selon la défense civile palestinienne.",
  [e("AirStrike", ["Rafah", "رفح", "bande de Gaza", "Gaza Strip"], "PS", wd(pub, "samedi"), "IL", "alleged", "aviation-samedi-soir-selon")])

pub = "2024-06-12"
p(4, pub, "Démenti à Sébastopol",
  "Des chaînes Telegram russes ont affirmé mardi qu'un missile ukrainien avait touché un navire de la flotte de la mer Noire à Sébastopol. Le gouverneur installé par Moscou a démenti, assurant que «\u00a0rien n'a été touché\u00a0» et que la défense antiaérienne avait fonctionné normalement.",
  [], note="frappe revendiquée puis démentie : aucun événement")

pub = "2025-01-14"  # mardi
p(5, pub, "Liban : frappe de drone",
  "Un drone israélien a frappé lundi une moto sur la route entre Bint Jbeil et Aïnata, dans le sud du Liban, a rapporté l'Agence nationale d'information (ANI). L'armée israélienne a affirmé avoir visé «\u00a0un terroriste du Hezbollah\u00a0».",
  [e("DroneStrike", ["Bint Jbeil", "Bint Jbeïl", "بنت جبيل", "Aïnata", "Aynata", "sud du Liban", "South Lebanon"], "LB", wd(pub, "lundi"), "IL", "alleged", "route-entre-deux-villages",
     "« Un drone israélien a frappé … a rapporté l'ANI » : phrase entièrement rapportée, puis revendication de l'armée israélienne : alleged")])

pub = "2024-09-26"
p(6, pub, "Bombardements quotidiens",
  "La ville de Nikopol, sur la rive droite du Dniepr, est bombardée presque chaque jour depuis la centrale nucléaire de Zaporijjia, occupée par les forces russes depuis mars 2022.",
  [], note="habitude (« presque chaque jour ») et contexte : aucun événement")

pub = "2025-04-22"  # mardi
p(7, pub, "Soudan : drones sur Kosti",
  "Des drones ont visé lundi à l'aube la centrale électrique de Kosti, dans l'État du Nil-Blanc, plongeant la ville dans le noir, a annoncé la compagnie nationale d'électricité. L'armée soudanaise a imputé l'attaque aux Forces de soutien rapide (FSR).",
  [e("DroneStrike", ["Kosti", "كوستي", "Nil-Blanc", "White Nile", "État du Nil-Blanc", "White Nile State"], "SD", wd(pub, "lundi"), RSF, "alleged", "imputee-aux-fsr-centrale")])

pub = "2024-12-13"  # vendredi
p(8, pub, "Mer Rouge : un cargo touché",
  "Un cargo battant pavillon libérien a été touché jeudi par un missile au large de Mokha, dans le sud-ouest du Yémen, a indiqué l'agence britannique de sécurité maritime UKMTO. Les houthis ont revendiqué l'attaque dans la soirée.",
  [e("MissileStrike", ["Mokha", "Mocha", "al-Mukha", "المخا", "mer Rouge", "Red Sea", "Yémen", "Yemen"], "YE", wd(pub, "jeudi"), HOU, "alleged", "navire-au-large-de-revendique")],
  note="navire au large d'une ville : Mokha et la mer Rouge acceptés ; pays YE par la ville côtière")

pub = "2025-05-05"
p(9, pub, "Menaces iraniennes",
  "Le chef des Gardiens de la révolution a prévenu que l'Iran frapperait «\u00a0sans hésiter\u00a0» les bases américaines de la région si ses installations nucléaires étaient attaquées.",
  [], note="menace et hypothèse : aucun événement")

pub = "2024-08-19"  # lundi
p(10, pub, "Donetsk : obus sur un marché",
  f"DONETSK, 19 août - Un obus est tombé dimanche matin sur le marché central de Horlivka, dans la partie de la région de Donetsk contrôlée par la Russie, ont affirmé les autorités d'occupation, qui l'ont imputé à l'armée ukrainienne.",
  [e("Shelling", ["Horlivka", "Gorlovka", "Горлівка", "Горловка", "région de Donetsk", "Donetsk Oblast", "Donetsk region"], "UA", wd(pub, "dimanche"), "UA", "alleged", "obus-marche-territoire-occupe",
     "Horlivka est en Ukraine (frontières reconnues) ; l'auteur allégué est l'armée ukrainienne")])

pub = "2025-06-16"  # lundi
p(11, pub, "Nuit d'attaque sur Kiev",
  "Kiev a subi une attaque combinée de drones et de missiles au cours de la nuit de dimanche à lundi. Un missile de croisière a touché un immeuble de neuf étages dans le quartier de Sviatochynsky, tandis que des débris de drones sont tombés sur une école de Darnytsia, selon l'administration militaire de la ville.",
  [e("MissileStrike", ["Kiev", "Kyiv", "Київ", "Sviatochynsky", "Sviatoshynskyi district"], "UA", pub, None, None, "missile-quartier-nuit-ends-lundi"),
   e("DroneStrike", ["Kiev", "Kyiv", "Київ", "Darnytsia", "Darnytskyi district"], "UA", pub, None, None, "debris-drones-autre-quartier")],
  note="attaque combinée : deux classes, deux quartiers ; aucun auteur nommé")

pub = "2024-07-08"  # lundi
p(12, pub, "Mali : attaque contre un camp",
  "Des jihadistes présumés ont attaqué samedi un camp de la gendarmerie à Kati, à une quinzaine de kilomètres de Bamako, avant d'être repoussés, selon une source sécuritaire.",
  [e("Attack", ["Kati", "Koulikoro", "région de Koulikoro", "Koulikoro Region"], "ML", wd(pub, "samedi"), None, None, "jihadistes-presumes-moyen-inconnu", "« jihadistes présumés » : pas de groupe nommé")])

pub = "2025-02-28"
p(13, pub, "Anniversaire",
  "Il y a un an, le bombardement d'un convoi humanitaire près de Kramatorsk avait provoqué l'indignation internationale. Une stèle a été inaugurée vendredi sur les lieux.",
  [], note="rappel historique : aucun événement")

pub = "2024-11-25"  # lundi
p(14, pub, "Birmanie : frappe sur un village",
  "Un avion de combat de l'armée birmane a largué deux bombes vendredi sur le village de Let Yet Kone, dans la région de Sagaing, selon un groupe de résistance local. Le lendemain, l'artillerie de la junte a bombardé la localité voisine de Kani.",
  [e("AirStrike", ["Let Yet Kone"], "MM", wd(pub, "vendredi"), ["armée birmane", "junte", "Myanmar military", "Tatmadaw", "MM"], "alleged", "avion-largue-bombes-village"),
   e("Shelling", ["Kani", "ကနီ"], "MM", nxt(wd(pub, "vendredi")), ["armée birmane", "junte", "Myanmar military", "Tatmadaw", "MM"], "fact", "le-lendemain-artillerie")],
  note="deux attaques dans la région de Sagaing : la région n'est listée pour aucune")

pub = "2025-03-19"
p(15, pub, "Campagne aérienne",
  "Depuis janvier, l'armée russe multiplie les frappes sur les infrastructures énergétiques ukrainiennes, selon un rapport de l'ONU publié mercredi.",
  [], note="campagne générale « multiplie les frappes », « depuis janvier » : aucun événement précis")

pub = "2024-10-21"  # lundi
p(16, pub, "Syrie : raid à Deir ez-Zor",
  "Des avions non identifiés ont bombardé dimanche soir des positions de milices pro-iraniennes près d'Al-Boukamal, dans la province de Deir ez-Zor, a rapporté l'Observatoire syrien des droits de l'homme.",
  [e("AirStrike", ["Al-Boukamal", "Abu Kamal", "Albu Kamal", "البوكمال", "Deir ez-Zor", "Deir Ezzor", "province de Deir ez-Zor"], "SY", wd(pub, "dimanche"), None, None, "avions-non-identifies")])

pub = "2025-01-06"  # lundi
p(17, pub, "Nigeria : attaque à Maiduguri",
  "Des roquettes ont été tirées samedi soir sur la périphérie de Maiduguri, capitale de l'État de Borno, par des combattants de Boko Haram, selon l'armée nigériane.",
  [e("Shelling", ["Maiduguri", "État de Borno", "Borno State", "Borno"], "NG", wd(pub, "samedi"), ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"], "alleged", "roquettes-passif-par-agent-selon")])

pub = "2024-05-20"
p(18, pub, "Odessa : archives",
  "Légende\u00a0: Des pompiers ukrainiens éteignent un incendie après une frappe de drone à Odessa, le 18 mai 2024. (Photo d'archives)",
  [], note="légende photo : aucun événement")

pub = "2025-04-04"  # vendredi
p(19, pub, "RDC : obus sur Goma",
  "Plusieurs obus sont tombés jeudi après-midi sur le quartier de Ndosho, dans l'ouest de Goma, tirés selon l'armée congolaise par les rebelles du M23, qui ont démenti toute implication.",
  [e("Shelling", ["Goma", "Ndosho", "Nord-Kivu", "North Kivu"], "CD", wd(pub, "jeudi"), ["M23", "Mouvement du 23 mars", "March 23 Movement", "rebelles du M23"], "alleged", "obus-quartier-accuse-dement-implication",
     "le démenti d'implication laisse l'attaque")])

pub = "2024-12-30"  # lundi
p(20, pub, "Haïti : attaque de gang",
  "Des membres de gangs lourdement armés ont attaqué dans la nuit de samedi à dimanche l'hôpital général de Port-au-Prince, incendiant une partie du bâtiment, a rapporté la police.",
  [e("Attack", ["Port-au-Prince", "Pòtoprens", "Haïti", "Haiti"], "HT", wd(pub, "dimanche"), ["gangs", "gang"], "alleged", "gangs-nuit-de-a-dimanche-hopital")])

with open("fr.jsonl", "w", encoding="utf-8") as f:
    for d in P: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(1 for d in P if not d["events"]), sum(len(d["events"]) for d in P))
