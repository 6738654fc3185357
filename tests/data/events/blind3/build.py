import json, datetime
DAYS = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
def D(s): return datetime.date.fromisoformat(s)
def wd(pub, day, back=0):
    """most recent `day` on or before pub, minus `back` days"""
    p = D(pub); i = DAYS.index(day)
    delta = (p.weekday() - i) % 7
    return (p - datetime.timedelta(days=delta + back)).isoformat()
def minus(pub, n): return (D(pub) - datetime.timedelta(days=n)).isoformat()
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
HEZ = ["Hezbollah", "Hizbollah", "Hezbollah libanais", "حزب الله"]
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "rebelles du M23"]
HOUTHIS = ["Houthis", "Ansar Allah", "houthistes", "rebelles houthis"]
def E(type, place, country, date, perp=None, status=None, pattern=""):
    return {"type": type, "place": place, "country": country, "date": date, "perpetrator": perp, "perpetrator_status": status, "pattern": pattern}
OUT = {"en": [], "fr": []}
def add(lang, pub, title, text, events, note=None):
    L = OUT[lang]
    d = {"id": "ev3-%s-%03d" % (lang, len(L) + 1), "language": lang, "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["events"] = events
    assert title not in text
    L.append(d)

# ---------------- English
p = "2024-09-14"  # Saturday
add("en", p, "Fuel depot burns in Bryansk region",
 "Ukrainian UAVs struck a fuel depot in Novozybkov, in the Bryansk region, overnight, the regional governor said.",
 [E("DroneStrike", ["Novozybkov", "Novozybkov district", "Новозыбков", "Bryansk region", "Bryansk Oblast", "région de Briansk"], "RU", p, "UA", "alleged", "uav-overnight-reported")])
p = "2024-10-01"  # Tuesday
add("en", p, "Kupiansk market hit",
 "Russian forces hit the central market in Kupiansk with Grad rockets late on Monday, setting a row of stalls on fire.",
 [E("Shelling", ["Kupiansk", "Kupyansk", "Koupiansk", "Куп'янськ", "Купянск", "Kharkiv region", "Kharkiv Oblast"], "UA", wd(p, "Monday"), "RU", "fact", "grad-rockets-late-on-monday")])
p = "2025-04-19"  # Saturday
add("en", p, "Drones downed over Lipetsk",
 "Air defences shot down twelve drones over the Lipetsk region overnight, the Russian defence ministry said on Saturday.",
 [E("DroneStrike", ["Lipetsk region", "Lipetsk Oblast", "région de Lipetsk", "Липецкая область"], "RU", wd(p, "Saturday"), None, None, "interception-over-region")])
p = "2024-07-11"  # Thursday
add("en", p, "Tractor driver wounded near Sumy border",
 "A Russian drone dropped explosives on a tractor in the village of Mohrytsia, in the Sumy region, on Wednesday, wounding its driver.",
 [E("DroneStrike", ["Mohrytsia", "Mogritsa", "Могриця", "Sumy region", "Sumy Oblast", "région de Soumy"], "UA", wd(p, "Wednesday"), "RU", "fact", "village-with-region")])
p = "2025-02-07"  # Friday
add("en", p, "Syzran refinery fire",
 "Drones hit the Syzran refinery on Thursday, starting a fire in a primary processing unit, according to the Samara regional administration.",
 [E("DroneStrike", ["Syzran", "Syzran refinery", "Syzran oil refinery", "Сызрань", "Samara region", "Samara Oblast", "région de Samara"], "RU", wd(p, "Thursday"), None, None, "facility-named-after-town")])
p = "2024-05-20"  # Monday
add("en", p, "Volchansk hit by glide bombs",
 "Russian aircraft dropped glide bombs on Volchansk on Sunday, destroying the town's last working bakery.",
 [E("AirStrike", ["Vovchansk", "Volchansk", "Vovtchansk", "Вовчанськ", "Волчанск", "Kharkiv region", "Kharkiv Oblast"], "UA", wd(p, "Sunday"), "RU", "fact", "transliterated-russian-spelling-glide-bomb")])
p = "2024-08-15"
add("en", p, "Grain terminal struck",
 "ODESA, Ukraine, Aug. 14 (Northline) — A Russian missile struck a grain terminal in Chornomorsk, south of Odesa, damaging two silos and a conveyor belt.",
 [E("MissileStrike", ["Chornomorsk", "Tchornomorsk", "Chernomorsk", "Чорноморськ", "Odesa region", "Odesa Oblast", "région d'Odessa"], "UA", None, "RU", "fact", "dateline-does-not-date")])
p = "2024-11-20"  # Wednesday
add("en", p, "Clinic cleared in Kostiantynivka",
 "Rescuers on Wednesday finished clearing the rubble of a clinic in Kostiantynivka that Russian artillery had shelled the day before.",
 [E("Shelling", ["Kostiantynivka", "Kostyantynivka", "Konstantinovka", "Костянтинівка", "Donetsk region", "Donetsk Oblast"], "UA", wd(p, "Wednesday", 1), "RU", "fact", "the-day-before-named-day")])
p = "2024-06-17"  # Monday
add("en", p, "Rockets on Safed",
 "Hezbollah fired a barrage of rockets at Safed on Sunday, hitting a car park near the hospital.",
 [E("Shelling", ["Safed", "Tzfat", "Zefat", "Safad", "צפת"], "IL", wd(p, "Sunday"), HEZ, "fact", "rocket-barrage-shelling")])
p = "2024-09-27"  # Friday
add("en", p, "Missile intercepted near Beersheba",
 "The Israeli military said it intercepted a ballistic missile fired from Yemen towards Beersheba early on Friday.",
 [E("MissileStrike", ["Beersheba", "Beer Sheva", "Be'er Sheva", "Beersheva", "באר שבע"], "IL", wd(p, "Friday"), None, None, "interception-toward-city-launch-site-not-place")])
p = "2024-10-23"  # Wednesday
add("en", p, "US jets strike near Saada",
 "US warplanes struck weapons storage sites near Saada late on Tuesday, the second such raid in a week.",
 [E("AirStrike", ["Saada", "Sa'dah", "Sadah", "Saada governorate", "صعدة"], "YE", wd(p, "Tuesday"), "US", "fact", "late-on-tuesday")])
p = "2025-01-13"  # Monday
add("en", p, "Merowe power station hit",
 "An RSF drone hit the Merowe power station on Saturday, cutting electricity to much of northern Sudan.",
 [E("DroneStrike", ["Merowe", "Merowe power station", "Marawi", "مروي", "Northern State"], "SD", wd(p, "Saturday"), RSF, "fact", "facility-named-after-town-armed-group")])
p = "2024-12-02"  # Monday
add("en", p, "Village bombed in Shan State",
 "Junta jets bombed the village of Nawng Kham in Kyaukme township, northern Shan State, on Friday, killing seven people.",
 [E("AirStrike", ["Nawng Kham", "Kyaukme", "Kyaukme township", "Shan State", "northern Shan State", "État Shan"], "MM", wd(p, "Friday"), "MM", "fact", "village-township-state")])
p = "2025-02-18"  # Tuesday
add("en", p, "Shells land on Kamanyola",
 "M23 rebels shelled the outskirts of Kamanyola on Monday, sending hundreds of families across the border into Burundi.",
 [E("Shelling", ["Kamanyola", "South Kivu", "Sud-Kivu"], "CD", wd(p, "Monday"), M23, "fact", "armed-group-shelled")])
p = "2024-08-29"  # Thursday
add("en", p, "Two attacks in Kursk region",
 "Ukrainian drones struck an electrical substation in Lgov overnight, and a missile hit a grain warehouse in Rylsk on Wednesday evening.",
 [E("DroneStrike", ["Lgov", "Льгов"], "RU", p, "UA", "fact", "two-attacks-one-sentence-overnight"),
  E("MissileStrike", ["Rylsk", "Rylsk district", "Рыльск"], "RU", wd(p, "Wednesday"), None, None, "two-attacks-one-sentence-evening")])
p = "2024-06-07"  # Friday
add("en", p, "Uragan rockets pound Nikopol",
 "Uragan multiple-rocket launchers pounded Nikopol from across the Dnipro on Thursday, damaging a water pumping station.",
 [E("Shelling", ["Nikopol", "Нікополь", "Никополь", "Dnipropetrovsk region", "Dnipropetrovsk Oblast"], "UA", wd(p, "Thursday"), None, None, "mlrs-uragan-shelling")])
p = "2024-11-25"  # Monday
add("en", p, "Plant hit in Zaporozhye",
 "Russian missiles struck an engineering plant in Zaporozhye on Saturday, Ukrainian officials said.",
 [E("MissileStrike", ["Zaporizhzhia", "Zaporozhye", "Zaporijia", "Zaporijjia", "Запоріжжя", "Запорожье"], "UA", wd(p, "Saturday"), "RU", "alleged", "transliterated-spelling-reported")])
p = "2025-06-22"  # Sunday
add("en", p, "Radar site hit near Ahvaz",
 "Israeli aircraft struck a radar site near Ahvaz overnight into Sunday, Iranian media reported.",
 [E("AirStrike", ["Ahvaz", "Ahwaz", "اهواز", "Khuzestan", "Khuzestan province"], "IR", wd(p, "Sunday"), "IL", "alleged", "overnight-into-named-day")])
p = "2024-03-14"  # Thursday
add("en", p, "Car hit in Nabatieh district",
 "An Israeli drone struck a car on the road into Nabatieh al-Fawqa, in south Lebanon's Nabatieh district, on Wednesday.",
 [E("DroneStrike", ["Nabatieh al-Fawqa", "Nabatiyeh al-Fawqa", "Nabatieh el-Faouqa", "Nabatieh district", "caza de Nabatiyé", "النبطية الفوقا"], "LB", wd(p, "Wednesday"), "IL", "fact", "village-with-district")])
p = "2024-10-08"  # Tuesday
add("en", p, "Saratov refinery attacked",
 "Drones attacked the Saratov refinery overnight into Tuesday, the regional governor said, adding that debris had fallen on a nearby garage cooperative.",
 [E("DroneStrike", ["Saratov", "Saratov refinery", "Саратов", "Saratov region", "Saratov Oblast", "région de Saratov"], "RU", wd(p, "Tuesday"), None, None, "facility-overnight-into")])
p = "2024-05-09"  # Thursday
add("en", p, "Tank fire on Beit Lahia school",
 "Israeli tank fire hit a school sheltering displaced families in Beit Lahia on Wednesday.",
 [E("Shelling", ["Beit Lahia", "Beit Lahiya", "بيت لاهيا", "North Gaza", "Gaza"], "PS", wd(p, "Wednesday"), "IL", "fact", "tank-fire-shelling")])
p = "2024-12-10"  # Tuesday
add("en", p, "Drone hits car near Kobani",
 "A Turkish drone hit a car outside Kobani (Ain al-Arab) yesterday, killing two members of a local council.",
 [E("DroneStrike", ["Kobani", "Kobanê", "Kobané", "Ain al-Arab", "Ayn al-Arab", "عين العرب", "كوباني"], "SY", minus(p, 1), "TR", "fact", "yesterday-alt-name")])
# negatives EN
add("en", "2024-09-02", "Kharkiv life under fire", "Kharkiv has been shelled almost daily since 2022, and many families on its northern edge now sleep in underground car parks.", [], note="negative (habitual background)")
add("en", "2024-07-22", "Houthi warning to Haifa", "The Houthis threatened to strike the port of Haifa if Israel carried out further raids on Hodeidah.", [], note="negative (threat + conditional)")
add("en", "2025-03-03", "Refinery raids in perspective", "Drone strikes on Russian refineries have become a regular feature of the war, analysts say, with repairs taking weeks each time.", [], note="negative (generic)")
add("en", "2024-06-12", "Dam fears", "If Russia were to hit the dam at Kaniv, engineers warn, towns downstream could be flooded within hours.", [], note="negative (hypothetical 'if … were to')")
add("en", "2024-03-29", "Moscow denies market strike", "Moscow denied that its forces had struck the market in Selydove, calling the reports fabricated.", [], note="negative (denied attack)")
add("en", "2024-04-08", "Kramatorsk remembers", "Residents laid flowers at Kramatorsk railway station on Monday, two years after the April 2022 missile strike that killed dozens of people waiting for evacuation trains.", [], note="negative (historical background)")
add("en", "2024-10-17", "Photo of the day", "FILE PHOTO: Smoke rises over Beirut's southern suburbs after an Israeli air strike, September 28, 2024.", [], note="negative (file-photo caption)")
add("en", "2025-05-20", "Israel plans Yemen strikes", "Israel is preparing further air strikes on Houthi-held ports, an official said, but no date has been set.", [], note="negative (planned)")

# ---------------- French
p = "2024-09-22"  # dimanche
add("fr", p, "Kozatcha Lopan visée",
 "Des drones russes ont frappé le village de Kozatcha Lopan, dans la région de Kharkiv, dans la nuit de samedi à dimanche, endommageant l'école et la poste.",
 [E("DroneStrike", ["Kozatcha Lopan", "Kozacha Lopan", "Kazachya Lopan", "Козача Лопань", "région de Kharkiv", "Kharkiv region", "Kharkiv Oblast"], "UA", wd(p, "Sunday"), "RU", "fact", "nuit-de-a-village-region")])
p = "2024-07-09"  # mardi
add("fr", p, "Nikopol : lance-roquettes",
 "Des tirs de lance-roquettes multiples ont visé Nikopol lundi soir, blessant deux employés de la station de pompage.",
 [E("Shelling", ["Nikopol", "Нікополь", "région de Dnipropetrovsk", "Dnipropetrovsk region"], "UA", wd(p, "Monday"), None, None, "lance-roquettes-lundi-soir")])
p = "2024-06-25"  # mardi
add("fr", p, "Dnipro : fin des recherches",
 "Mardi, les secouristes ont achevé de fouiller les décombres de l'immeuble touché la veille par un missile à Dnipro.",
 [E("MissileStrike", ["Dnipro", "Dnipropetrovsk", "Dniepr", "Дніпро", "Днепр"], "UA", wd(p, "Tuesday", 1), None, None, "la-veille-jour-nomme")])
p = "2024-10-04"
add("fr", p, "Saltivka : une bombe planante",
 "KHARKIV, 3 octobre (Agence Méridienne) – Une bombe planante russe a frappé un immeuble du quartier de Saltivka, soufflant les fenêtres de trois étages.",
 [E("AirStrike", ["Saltivka", "quartier de Saltivka", "Kharkiv", "Kharkov", "Харків"], "UA", None, "RU", "fact", "dateline-ne-date-pas")])
p = "2025-03-21"  # vendredi
add("fr", p, "Kirichi : la raffinerie touchée",
 "Des drones ont visé jeudi la raffinerie de Kirichi, dans la région de Léningrad, provoquant un incendie rapidement maîtrisé.",
 [E("DroneStrike", ["Kirichi", "Kirishi", "Кириши", "raffinerie de Kirichi", "Kirishi refinery", "région de Léningrad", "Leningrad region", "Leningrad Oblast"], "RU", wd(p, "Thursday"), None, None, "installation-nommee-d-apres-ville")])
p = "2024-04-12"  # vendredi
add("fr", p, "Zmiïv : la centrale thermique détruite",
 "Des missiles russes ont détruit jeudi la centrale thermique de Zmiïv, au sud de Kharkiv.",
 [E("MissileStrike", ["Zmiïv", "Zmiiv", "Zmiev", "Змиев", "Зміїв", "centrale thermique de Zmiïv", "Zmiiv power plant", "région de Kharkiv", "Kharkiv region"], "UA", wd(p, "Thursday"), "RU", "fact", "centrale-nommee-d-apres-ville")])
p = "2024-12-12"  # jeudi
add("fr", p, "Koupiansk : un bus touché",
 "Un drone russe a touché un bus de ville à Koupiansk mercredi, blessant le chauffeur et trois passagers.",
 [E("DroneStrike", ["Koupiansk", "Kupiansk", "Kupyansk", "Куп'янськ", "Купянск", "région de Kharkiv", "Kharkiv region"], "UA", wd(p, "Wednesday"), "RU", "fact", "graphie-francaise")])
p = "2024-08-21"  # mercredi
add("fr", p, "Koursk : quinze drones abattus",
 "La défense antiaérienne a abattu quinze drones au-dessus de la région de Koursk pendant la nuit, a annoncé mercredi le ministère russe de la Défense.",
 [E("DroneStrike", ["région de Koursk", "oblast de Koursk", "Kursk region", "Kursk Oblast", "Курская область"], "RU", wd(p, "Wednesday"), None, None, "interception-au-dessus-de-region")])
p = "2024-09-01"  # dimanche
add("fr", p, "Krasnogorsk : un immeuble percuté",
 "Un appareil sans pilote a percuté samedi la façade d'un immeuble de Krasnogorsk, dans la région de Moscou, sans faire de blessés.",
 [E("DroneStrike", ["Krasnogorsk", "Красногорск", "région de Moscou", "Moscow region", "Moscow Oblast"], "RU", wd(p, "Saturday"), None, None, "appareil-sans-pilote-uav")])
p = "2024-04-24"  # mercredi
add("fr", p, "Kfar Kila : une voiture visée",
 "Une frappe aérienne israélienne a visé une voiture mardi à Kfar Kila, dans le caza de Marjayoun, tuant ses deux occupants.",
 [E("AirStrike", ["Kfar Kila", "Kafr Kila", "كفركلا", "caza de Marjayoun", "Marjayoun district", "Marjayoun"], "LB", wd(p, "Tuesday"), "IL", "fact", "village-avec-caza")])
p = "2024-10-21"  # lundi
add("fr", p, "Nahariya : des roquettes",
 "Des roquettes tirées depuis le Liban se sont abattues dimanche sur Nahariya, endommageant un centre commercial.",
 [E("Shelling", ["Nahariya", "Naharia", "Nahariyya", "נהריה"], "IL", wd(p, "Sunday"), None, None, "roquettes-lieu-de-tir-pas-cible")])
p = "2024-09-30"  # lundi
add("fr", p, "Ras Issa : le port frappé",
 "Des avions de combat israéliens ont frappé dimanche le port pétrolier de Ras Issa, au nord de Hodeïda.",
 [E("AirStrike", ["Ras Issa", "Ras Isa", "Ras Isa port", "port de Ras Issa", "رأس عيسى", "province de Hodeïda", "Hodeidah governorate"], "YE", wd(p, "Sunday"), "IL", "fact", "port-nomme-translitteration")])
p = "2024-11-05"  # mardi
add("fr", p, "El-Obeid pilonnée",
 "Les paramilitaires des FSR ont pilonné El-Obeid lundi, touchant un dispensaire et plusieurs maisons.",
 [E("Shelling", ["El-Obeid", "El Obeid", "Al-Ubayyid", "الأبيض", "Kordofan-Nord", "North Kordofan"], "SD", wd(p, "Monday"), RSF, "fact", "pilonner-groupe-arme")])
p = "2025-03-03"  # lundi
add("fr", p, "Nyala : un marché touché",
 "Un drone attribué à l'armée soudanaise a frappé samedi un marché de Nyala, selon des habitants.",
 [E("DroneStrike", ["Nyala", "Niyala", "نيالا", "Darfour-Sud", "South Darfur"], "SD", wd(p, "Saturday"), "SD", "alleged", "attribue-a-alleged")])
p = "2024-06-19"  # mercredi
add("fr", p, "Mrauk-U : l'hôpital bombardé",
 "L'aviation de la junte a bombardé mardi l'hôpital de Mrauk-U, dans l'État d'Arakan.",
 [E("AirStrike", ["Mrauk-U", "Mrauk U", "Myohaung", "မြောက်ဦး", "État d'Arakan", "Rakhine", "Rakhine State"], "MM", wd(p, "Tuesday"), "MM", "fact", "aviation-bombarde-airstrike")])
p = "2024-04-11"  # jeudi
add("fr", p, "Goma : des obus sur Keshero",
 "Des obus sont tombés mercredi sur le quartier de Keshero, à Goma, tuant trois personnes.",
 [E("Shelling", ["Keshero", "Goma", "Nord-Kivu", "North Kivu"], "CD", wd(p, "Wednesday"), None, None, "obus-quartier-ville")])
p = "2025-01-09"  # jeudi
add("fr", p, "Kobané : frappe de drone",
 "Un drone turc a frappé mercredi un véhicule près de Kobané (Aïn al-Arab), dans le nord de la Syrie.",
 [E("DroneStrike", ["Kobané", "Kobani", "Kobanê", "Aïn al-Arab", "Ain al-Arab", "عين العرب"], "SY", wd(p, "Wednesday"), "TR", "fact", "nom-double-translitteration")])
p = "2025-06-20"  # vendredi
add("fr", p, "Tabriz : frappes nocturnes",
 "Dans la nuit de jeudi à vendredi, des frappes aériennes ont visé une base de missiles près de Tabriz, selon la télévision d'État iranienne, qui les a imputées à Israël.",
 [E("AirStrike", ["Tabriz", "تبریز", "Azerbaïdjan oriental", "East Azerbaijan", "East Azerbaijan province"], "IR", wd(p, "Friday"), "IL", "alleged", "nuit-de-a-imputee")])
p = "2024-02-08"  # jeudi
add("fr", p, "Krasnaïa Iarouga bombardée",
 "L'artillerie ukrainienne a bombardé mercredi le village de Krasnaïa Iarouga, dans la région de Belgorod, selon le gouverneur.",
 [E("Shelling", ["Krasnaïa Iarouga", "Krasnaya Yaruga", "Krasnaja Jaruga", "Красная Яруга", "région de Belgorod", "Belgorod region", "Belgorod Oblast"], "RU", wd(p, "Wednesday"), "UA", "alleged", "village-region-graphie-francaise")])
p = "2024-05-16"  # jeudi
add("fr", p, "Kherson et Bilozerka visées",
 "Kherson a été pilonnée jeudi matin par l'artillerie russe, tandis qu'un drone a visé un bus à Bilozerka, à l'ouest de la ville.",
 [E("Shelling", ["Kherson", "Херсон"], "UA", wd(p, "Thursday"), "RU", "fact", "deux-attaques-une-phrase"),
  E("DroneStrike", ["Bilozerka", "Belozerka", "Білозерка", "Белозёрка"], "UA", wd(p, "Thursday"), None, None, "deux-attaques-une-phrase")])
p = "2024-07-05"  # vendredi
add("fr", p, "Jabaliya : tirs de chars",
 "Des chars israéliens ont ouvert le feu jeudi sur des abris de fortune à Jabaliya, dans le nord de la bande de Gaza.",
 [E("Shelling", ["Jabaliya", "Jabalia", "Jabaliya camp", "جباليا", "Gaza", "nord de Gaza", "North Gaza"], "PS", wd(p, "Thursday"), "IL", "fact", "chars-ouvert-le-feu")])
p = "2024-03-22"  # vendredi
add("fr", p, "Kramatorsk : un entrepôt touché",
 "Un missile a frappé hier un entrepôt de matériaux de construction à Kramatorsk, dans la région de Donetsk.",
 [E("MissileStrike", ["Kramatorsk", "Краматорськ", "Краматорск", "région de Donetsk", "Donetsk region", "Donetsk Oblast"], "UA", minus(p, 1), None, None, "hier")])
# negatives FR
add("fr", "2024-08-26", "Soumy, ville frontière", "Soumy est régulièrement bombardée depuis le printemps 2022, et les écoles n'y rouvrent qu'en ligne.", [], note="négatif (contexte habituel)")
add("fr", "2024-09-12", "Menaces houthistes", "Les Houthis ont menacé de frapper le port d'Ashdod si les raids sur Hodeïda se poursuivaient.", [], note="négatif (menace)")
add("fr", "2025-02-17", "Hypothèse d'une frappe", "Si Kiev frappait le pont de Kertch, la logistique russe en Crimée serait durablement perturbée, estiment des experts.", [], note="négatif (hypothétique, conditionnel)")
add("fr", "2024-03-30", "Moscou dément", "Moscou a démenti toute frappe contre le marché de Kostiantynivka, évoquant une « mise en scène ».", [], note="négatif (attaque démentie)")
add("fr", "2024-11-14", "Plans israéliens", "Israël prévoit de mener de nouvelles frappes au Liban dans les prochains jours, selon la presse israélienne.", [], note="négatif (planifié)")
add("fr", "2024-03-16", "Marioupol, deux ans après", "Le bombardement du théâtre de Marioupol, en mars 2022, reste l'un des symboles de la guerre pour les habitants rencontrés sur place.", [], note="négatif (fond historique)")
add("fr", "2025-04-01", "Odessa : renvoi", "À lire aussi : Odessa, une nuit sous les drones", [], note="négatif (teaser « À lire aussi »)")
add("fr", "2025-05-12", "Production de drones", "La Russie produit désormais plusieurs milliers de drones d'attaque par mois, selon le renseignement ukrainien.", [], note="négatif (générique ; « drones d'attaque » désigne une arme)")

for lang in ("en", "fr"):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for d in OUT[lang]:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    L = OUT[lang]
    print(lang, len(L), "neg", sum(1 for d in L if not d["events"]), "events", sum(len(d["events"]) for d in L))
