# Generator for blind5 event passages (written blind, 2026-12-06). Run from this folder.
import json, datetime

def wd(pub, name, back=0):
    """most recent weekday `name` on or before pub"""
    d = datetime.date.fromisoformat(pub)
    names = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
    while names[d.weekday()] != name:
        d -= datetime.timedelta(days=1)
    return (d - datetime.timedelta(days=back)).isoformat()

def E(t, place, c, date, perp, status, pat):
    return {"type": t, "place": place, "country": c, "date": date, "perpetrator": perp,
            "perpetrator_status": status, "pattern": pat}

def P(pid, lang, pub, title, text, evs, note=None):
    p = {"id": pid, "language": lang, "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["events"] = evs
    return p

RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
M23 = ["M23", "M23 rebels", "Mouvement du 23 mars", "March 23 Movement", "AFC/M23"]
HOUTHIS = ["Houthis", "Houthi", "Ansar Allah", "houthistes"]

en = [
P("ev5-en-001", "en", "2024-08-14", "Glide bombs on Kostiantynivka",
  "Russian glide bombs slammed into a residential block in Kostiantynivka on Tuesday afternoon, Ukrainian officials said.",
  [E("AirStrike", ["Kostiantynivka", "Konstantinovka", "Kostiantynivka", "Kostiantynivka (Donetsk)", "Костянтинівка", "Константиновка", "Donetsk region", "Donetsk Oblast"], "UA", wd("2024-08-14","Tuesday"), "RU", "alleged", "glide-bombs-slammed-into-weekday-afternoon-reported")]),
P("ev5-en-002", "en", "2024-10-05", "Fuel tank ablaze in Feodosia",
  "Overnight into Saturday, Ukrainian drones set a fuel tank ablaze at an oil depot in Feodosia, in occupied Crimea.",
  [E("DroneStrike", ["Feodosia", "Feodossia", "Théodosie", "Феодосия", "Феодосія", "Crimea", "Crimée"], "UA", "2024-10-05", "UA", "fact", "overnight-into-fronted-set-ablaze")]),
P("ev5-en-003", "en", "2024-03-22", "House levelled in Khiam",
  "An Israeli air raid levelled a two-storey house in the village of Khiam in south Lebanon late on Thursday.",
  [E("AirStrike", ["Khiam", "El Khiam", "Khiyam", "الخيام"], "LB", wd("2024-03-22","Thursday"), "IL", "fact", "air-raid-levelled-late-on-weekday")]),
P("ev5-en-004", "en", "2024-06-02", "Vovchansk pounded",
  "Russian artillery pounded the town of Vovchansk throughout Sunday morning.",
  [E("Shelling", ["Vovchansk", "Volchansk", "Vovtchansk", "Вовчанськ", "Волчанск", "Kharkiv region", "Kharkiv Oblast"], "UA", "2024-06-02", "RU", "fact", "artillery-pounded-weekday-is-publication-day")]),
P("ev5-en-005", "en", "2025-01-20", "Missile lands near Ramat Gan kindergarten",
  "On 17 January, a Houthi ballistic missile struck near a kindergarten in Ramat Gan, the Israeli military said.",
  [E("MissileStrike", ["Ramat Gan", "Ramat-Gan", "רמת גן"], "IL", "2025-01-17", HOUTHIS, "alleged", "explicit-date-fronted-reported")]),
P("ev5-en-006", "en", "2024-11-09", "Explosions in Kramatorsk",
  "Loud explosions shook Kramatorsk last night as Russian missiles hit an industrial site on the city's outskirts.",
  [E("MissileStrike", ["Kramatorsk", "Краматорськ", "Краматорск", "Donetsk region", "Donetsk Oblast"], "UA", None, "RU", "fact", "last-night-null-date-explosions-as-clause")]),
P("ev5-en-007", "en", "2024-07-08", "RSF storm Al-Kamlin",
  "RSF fighters stormed the town of Al-Kamlin in Gezira state on Sunday, killing dozens of residents, according to a local resistance committee.",
  [E("Attack", ["Al-Kamlin", "Kamlin", "El Kamlin", "Al Kamlin", "الكاملين", "Gezira", "Al Jazirah", "Gezira state"], "SD", wd("2024-07-08","Sunday"), RSF, "alleged", "stormed-unknown-means-according-to")]),
P("ev5-en-008", "en", "2024-09-11", "Monastery bombed in Kanbalu",
  "Myanmar military jets bombed a monastery in Sagaing region's Kanbalu township on Monday, killing nine people sheltering there.",
  [E("AirStrike", ["Kanbalu", "Kanbalu township", "Kanbalu Township", "ကန့်ဘလူ", "Sagaing region", "Sagaing Region"], "MM", wd("2024-09-11","Monday"), "MM", "fact", "jets-bombed-township-possessive-region")]),
P("ev5-en-009", "en", "2025-02-04", "Mortar rounds on Goma displacement camp",
  "M23 fighters fired mortar rounds into a camp for displaced people outside Goma on Monday evening.",
  [E("Shelling", ["Goma", "North Kivu", "Nord-Kivu"], "CD", wd("2025-02-04","Monday"), M23, "fact", "mortar-rounds-fired-into-evening")]),
P("ev5-en-010", "en", "2024-05-26", "Sumy and Odesa hit",
  "Russian drones hit a power substation in Sumy on Saturday, and on Sunday morning a missile struck a warehouse in Odesa's Peresyp district, the Ukrainian air force said.",
  [E("DroneStrike", ["Sumy", "Soumy", "Суми", "Сумы"], "UA", wd("2024-05-26","Saturday"), "RU", "alleged", "two-attacks-two-days-one-sentence"),
   E("MissileStrike", ["Odesa", "Odessa", "Peresyp district", "Peresyp", "Одеса", "Одесса"], "UA", "2024-05-26", None, None, "second-attack-no-perpetrator-district-possessive")]),
P("ev5-en-011", "en", "2024-04-18", "Tank fire hits Beit Lahia school",
  "Israeli tank shells hit a UN-run school in Beit Lahia on Wednesday, the UNRWA said, in the second such incident in a week.",
  [E("Shelling", ["Beit Lahia", "Beit Lahiya", "بيت لاهيا", "Gaza", "Gaza Strip"], "PS", wd("2024-04-18","Wednesday"), "IL", "alleged", "tank-shells-hit-reported-mid-sentence")]),
P("ev5-en-012", "en", "2024-12-10", "Latakia air defences struck",
  "Israeli warplanes carried out at least a dozen strikes on air defence sites near Latakia overnight, a Syrian war monitor said.",
  [E("AirStrike", ["Latakia", "Lattaquié", "Al-Ladhiqiyah", "اللاذقية"], "SY", "2024-12-10", "IL", "alleged", "warplanes-overnight-bare-publication-day")]),
P("ev5-en-013", "en", "2025-03-05", "Kstovo refinery fire",
  "During the night from Monday to Tuesday, a drone attack caused a fire at a refinery in Kstovo, in the Nizhny Novgorod region, the regional governor said.",
  [E("DroneStrike", ["Kstovo", "Кстово", "Nizhny Novgorod region", "Nizhny Novgorod Oblast", "région de Nijni Novgorod"], "RU", wd("2025-03-05","Tuesday"), None, None, "night-from-to-english-no-perpetrator")]),
P("ev5-en-014", "en", "2025-01-12", "Salif power station hit",
  "Israeli jets struck a power station near the port of Salif on Saturday, the Houthi-run Al-Masirah channel reported.",
  [E("AirStrike", ["Salif", "As-Salif", "Al-Salif", "الصليف", "Hodeidah governorate", "Al Hudaydah"], "YE", wd("2025-01-12","Saturday"), "IL", "alleged", "jets-struck-reported-by-channel")]),
P("ev5-en-015", "en", "2024-04-03", "Drones downed over Belgorod region",
  "Air defences destroyed 14 Ukrainian drones over the Belgorod region overnight, the Russian defence ministry said on Wednesday.",
  [E("DroneStrike", ["Belgorod region", "Belgorod Oblast", "région de Belgorod", "Белгородская область"], "RU", "2024-04-03", "UA", "alleged", "interception-over-region-said-on-weekday")]),
P("ev5-en-016", "en", "2024-08-05", "Hezbollah warning",
  "Hezbollah warned it would strike Haifa's port if Israeli raids on the Bekaa valley continued.",
  [], "threat and conditional: no event (the raids on the Bekaa are generic, no specific attack)"),
P("ev5-en-017", "en", "2024-03-16", "Mariupol theatre remembered",
  "The March 2022 air strike on the Mariupol drama theatre remains the deadliest single attack on civilians in the city, investigators say.",
  [], "historical background: no event"),
P("ev5-en-018", "en", "2024-02-23", "Kyiv rejects Donetsk hospital claim",
  "Ukraine's military denied Russian claims that its drones had struck a hospital in Donetsk, saying no such attack took place.",
  [], "claimed then denied: no event"),
P("ev5-en-019", "en", "2024-09-07", "Life on the Dnipro bank",
  "Villages along the Dnipro in the Kherson region are shelled almost every day, and many residents have left.",
  [], "habitual background: no event"),
P("ev5-en-020", "en", "2024-03-25", "Novorossiysk depot archive",
  "FILE PHOTO: Smoke rises after a strike on a fuel depot in Novorossiysk, Russia, March 2023.",
  [], "photo caption: no event"),
]

fr = [
P("ev5-fr-001", "fr", "2024-09-25", "Marinovka : une base aérienne visée",
  "Dans la nuit de mardi à mercredi, des drones ukrainiens ont visé une base aérienne à Marinovka, dans la région de Volgograd.",
  [E("DroneStrike", ["Marinovka", "Marinovka air base", "base aérienne de Marinovka", "Мариновка", "région de Volgograd", "Volgograd region", "Volgograd Oblast"], "RU", "2024-09-25", "UA", "fact", "nuit-de-a-ont-vise-base")]),
P("ev5-fr-002", "fr", "2024-02-10", "Beryslav : la poste détruite",
  "L'artillerie russe a pilonné hier le centre de Beryslav, détruisant la poste de la ville.",
  [E("Shelling", ["Beryslav", "Berislav", "Берислав", "région de Kherson", "Kherson region", "Kherson Oblast"], "UA", "2024-02-09", "RU", "fact", "pilonne-hier")]),
P("ev5-fr-003", "fr", "2024-10-28", "Haret Hreik : un immeuble frappé",
  "Un raid aérien israélien a frappé samedi soir un immeuble du quartier de Haret Hreik, dans la banlieue sud de Beyrouth.",
  [E("AirStrike", ["Haret Hreik", "Haret Hreyk", "Beyrouth", "Beirut", "banlieue sud de Beyrouth", "Dahiyeh", "حارة حريك"], "LB", wd("2024-10-28","Saturday"), "IL", "fact", "raid-aerien-samedi-soir-quartier")]),
P("ev5-fr-004", "fr", "2025-04-16", "Tchernihiv : la gare routière touchée",
  "Le 14 avril, un missile balistique russe s'est abattu sur la gare routière de Tchernihiv, selon les secouristes.",
  [E("MissileStrike", ["Tchernihiv", "Chernihiv", "Чернігів", "Чернигов", "région de Tchernihiv", "Chernihiv region", "Chernihiv Oblast"], "UA", "2025-04-14", "RU", "alleged", "date-explicite-s-est-abattu-selon")]),
P("ev5-fr-005", "fr", "2024-08-30", "El-Obeid : obus sur le marché",
  "Des obus tirés par les Forces de soutien rapide sont tombés jeudi sur le marché central d'El-Obeid.",
  [E("Shelling", ["El-Obeid", "El Obeid", "Al-Ubayyid", "الأبيض", "Kordofan-Nord", "North Kordofan"], "SD", wd("2024-08-30","Thursday"), RSF, "fact", "obus-tires-par-sont-tombes")]),
P("ev5-fr-006", "fr", "2024-11-13", "Bhamo bombardée",
  "L'armée birmane a bombardé lundi la localité de Bhamo, dans l'État kachin, selon des groupes locaux.",
  [E("Attack", ["Bhamo", "Bhamaw", "ဗန်းမော်", "État kachin", "Kachin State", "Kachin"], "MM", wd("2024-11-13","Monday"), "MM", "alleged", "bombarder-sans-instrument-selon")]),
P("ev5-fr-007", "fr", "2025-05-20", "Sdérot : roquettes sans victimes",
  "Dans la nuit de dimanche à lundi, des tirs de roquettes venus de Gaza ont visé Sdérot, sans faire de victimes, a indiqué l'armée israélienne.",
  [E("Shelling", ["Sdérot", "Sderot", "שדרות"], "IL", wd("2025-05-20","Monday"), None, None, "tirs-de-roquettes-venus-de-lieu-de-lancement")]),
P("ev5-fr-008", "fr", "2024-06-06", "Alep : positions frappées",
  "Des frappes aériennes attribuées à Israël ont touché mercredi des positions près d'Alep, a rapporté l'Observatoire syrien des droits de l'homme.",
  [E("AirStrike", ["Alep", "Aleppo", "Halab", "حلب"], "SY", wd("2024-06-06","Wednesday"), "IL", "alleged", "attribuees-a-participe")]),
P("ev5-fr-009", "fr", "2024-02-15", "Kavumu : l'aéroport visé",
  "Un drone armé a largué une charge explosive sur l'aéroport de Kavumu, près de Bukavu, mercredi matin, selon des sources sécuritaires qui accusent le M23.",
  [E("DroneStrike", ["Kavumu", "aéroport de Kavumu", "Kavumu airport", "Bukavu", "Sud-Kivu", "South Kivu"], "CD", wd("2024-02-15","Wednesday"), M23, "alleged", "drone-largue-charge-accusation-relative")]),
P("ev5-fr-010", "fr", "2024-07-04", "Konotop puis Kharkiv",
  "Mardi, des drones russes ont endommagé une sous-station électrique à Konotop ; le lendemain, des bombes guidées ont frappé la périphérie de Kharkiv.",
  [E("DroneStrike", ["Konotop", "Конотоп", "région de Soumy", "Sumy region", "Sumy Oblast"], "UA", wd("2024-07-04","Tuesday"), "RU", "fact", "mardi-fronte-endommage"),
   E("AirStrike", ["Kharkiv", "Kharkov", "Харків", "Харьков", "région de Kharkiv", "Kharkiv Oblast"], "UA", wd("2024-07-04","Wednesday"), None, None, "le-lendemain-bombes-guidees-sans-auteur")]),
P("ev5-fr-011", "fr", "2024-09-18", "Niono : un poste de gendarmerie attaqué",
  "Des hommes armés ont attaqué mardi à l'aube un poste de gendarmerie à Niono, dans la région de Ségou, sans que l'attaque soit revendiquée.",
  [E("Attack", ["Niono", "région de Ségou", "Ségou region", "Segou"], "ML", wd("2024-09-18","Tuesday"), None, None, "hommes-armes-attaque-moyen-inconnu")]),
P("ev5-fr-012", "fr", "2024-05-05", "Naqoura : deux morts dans une voiture",
  "Une frappe de drone israélienne a tué deux hommes à bord d'une voiture près de Naqoura vendredi, a affirmé l'agence nationale libanaise ANI.",
  [E("DroneStrike", ["Naqoura", "Naqoura (Liban)", "Naqura", "الناقورة"], "LB", wd("2024-05-05","Friday"), "IL", "alleged", "frappe-de-drone-adjectif-nationalite-rapporte")]),
P("ev5-fr-013", "fr", "2025-02-21", "Krasnodar : 23 drones abattus",
  "Pendant la nuit, la défense antiaérienne a abattu 23 drones au-dessus de la région de Krasnodar, a annoncé vendredi le ministère russe de la Défense.",
  [E("DroneStrike", ["région de Krasnodar", "Krasnodar Krai", "kraï de Krasnodar", "Krasnodar region", "Краснодарский край"], "RU", "2025-02-21", None, None, "pendant-la-nuit-interception-annonce-vendredi")]),
P("ev5-fr-014", "fr", "2024-01-12", "Khan Younès pilonnée",
  "Des chars israéliens ont pilonné jeudi l'est de Khan Younès, selon des témoins.",
  [E("Shelling", ["Khan Younès", "Khan Younis", "Khan Yunis", "خان يونس", "Gaza", "bande de Gaza"], "PS", wd("2024-01-12","Thursday"), "IL", "alleged", "chars-pilonne-selon-temoins")]),
P("ev5-fr-015", "fr", "2024-12-02", "Dnipro : une usine frappée",
  "Un missile de croisière a frappé dimanche après-midi une usine de Dnipro, a annoncé le gouverneur, qui a imputé l'attaque à la Russie.",
  [E("MissileStrike", ["Dnipro", "Dnipropetrovsk", "Дніпро", "Днепр", "région de Dnipropetrovsk", "Dnipropetrovsk Oblast"], "UA", wd("2024-12-02","Sunday"), "RU", "alleged", "missile-de-croisiere-impute-relative")]),
P("ev5-fr-016", "fr", "2024-10-01", "Selydove : Moscou dément",
  "Moscou a démenti toute frappe contre le marché de Selydove, évoquant une « mise en scène ».",
  [], "frappe démentie : aucun événement"),
P("ev5-fr-017", "fr", "2024-01-18", "Menace en mer Rouge",
  "Les Houthis ont menacé de viser les navires liés à Israël en mer Rouge.",
  [], "menace : aucun événement"),
P("ev5-fr-018", "fr", "2024-04-25", "Kherson sous le feu",
  "La ville de Kherson est régulièrement bombardée depuis la rive gauche du Dniepr.",
  [], "habitude : aucun événement"),
P("ev5-fr-019", "fr", "2024-08-12", "Renvoi vers un autre article",
  "À lire aussi : Frappe de drones sur Koursk : ce que l'on sait",
  [], "teaser « À lire aussi » : aucun événement"),
P("ev5-fr-020", "fr", "2024-12-20", "Un hiver de plus",
  "Les frappes de l'hiver 2022 contre le réseau électrique restent dans toutes les mémoires à Kiev.",
  [], "contexte historique : aucun événement"),
]

for name, rows in (("en.jsonl", en), ("fr.jsonl", fr)):
    with open(name, "w", encoding="utf-8") as f:
        for p in rows:
            assert p["title"] not in p["text"], p["id"]
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(name, len(rows), "passages", sum(not p["events"] for p in rows), "negative", sum(len(p["events"]) for p in rows), "events")
