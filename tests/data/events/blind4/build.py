import json, datetime as dt
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def wd(pub, day, shift=0):
    """most recent `day` on or before pub (YYYY-MM-DD), plus shift days"""
    d = dt.date.fromisoformat(pub)
    k = (d.weekday() - DAYS.index(day)) % 7
    return (d - dt.timedelta(days=k - shift)).isoformat()
def E(typ, place, country, date, perp, status, pat, **kw):
    x = {"type": typ, "place": place, "country": country, "date": date, "perpetrator": perp,
         "perpetrator_status": status, "pattern": pat}; x.update(kw); return x
OUT = {"en": [], "fr": []}
def add(lang, i, pub, title, text, evs, note=None):
    p = {"id": "ev4-%s-%03d" % (lang, i), "language": lang, "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["events"] = evs; OUT[lang].append(p)

HEZ = ["Hezbollah", "Hizbollah", "Hizbullah", "Hezbollah libanais"]
HOU = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi rebels"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]

# ---------------- English ----------------
p = "2024-09-07"
add("en", 1, p, "Residential block hit in Kharkiv",
    "Russian drones hit a residential building in Kharkiv's Kyivskyi district overnight, the city's mayor said.",
    [E("DroneStrike", ["Kyivskyi district", "Kyivskyi", "Kyivskyi district of Kharkiv", "Kharkiv", "Kharkov", "Харків"], "UA", p, "RU", "alleged", "district-of-city-overnight-reported")])
p = "2024-10-18"
add("en", 2, p, "Hotel damaged in Kryvyi Rih",
    "Russian forces struck Kryvyi Rih with a ballistic missile on Tuesday, damaging a hotel in the city centre.",
    [E("MissileStrike", ["Kryvyi Rih", "Krivoy Rog", "Kryvyï Rih", "Кривий Ріг", "Dnipropetrovsk Oblast", "Dnipropetrovsk region"], "UA", wd(p, "Tuesday"), "RU", "fact", "ballistic-missile-weekday-fact")])
p = "2024-10-25"
add("en", 3, p, "House struck in Kfar Rumman",
    "Israeli warplanes struck a house in the village of Kfar Rumman, in the Nabatieh district, late on Wednesday. Rescuers were still searching the rubble on Thursday.",
    [E("AirStrike", ["Kfar Rumman", "Kfar Roummane", "Kfar Roumman", "كفررمان", "Nabatieh district", "Nabatieh"], "LB", wd(p, "Wednesday"), "IL", "fact", "warplanes-village-caza-late-on")])
p = "2024-03-16"
add("en", 4, p, "Uragan rockets on Zhuravlyovka",
    "On 14 March, Ukrainian forces fired Uragan rockets at the village of Zhuravlyovka in the Belgorod region, the regional governor said.",
    [E("Shelling", ["Zhuravlyovka", "Zhuravlevka", "Jouravliovka", "Журавлёвка", "Belgorod Oblast", "Belgorod region", "région de Belgorod"], "RU", "2024-03-14", "UA", "alleged", "uragan-explicit-date-village-region")])
p = "2024-09-16"
add("en", 5, p, "Missile intercepted over Tel Aviv",
    "Israel's air defences intercepted a ballistic missile fired by the Houthis towards Tel Aviv on Saturday, the military said.",
    [E("MissileStrike", ["Tel Aviv", "Tel-Aviv", "תל אביב"], "IL", wd(p, "Saturday"), HOU, "alleged", "interception-ballistic-missile-towards")])
p = "2024-02-03"
add("en", 6, p, "Refinery fire in Novokuibyshevsk",
    "A Ukrainian drone set fire to the Novokuibyshevsk refinery in the Samara region on Thursday morning, the regional governor said.",
    [E("DroneStrike", ["Novokuibyshevsk", "Novokuybyshevsk", "Novokouïbychevsk", "Новокуйбышевск", "Novokuibyshevsk refinery", "Samara Oblast", "Samara region"], "RU", wd(p, "Thursday"), "UA", "alleged", "facility-named-after-town-weekday-morning")])
p = "2025-01-20"
add("en", 7, p, "Market bombed in Kabkabiya",
    "Sudanese army aircraft bombed a market in the town of Kabkabiya in North Darfur yesterday, witnesses said.",
    [E("AirStrike", ["Kabkabiya", "Kabkabiyah", "Kebkabiya", "كبكابية", "North Darfur", "Darfour du Nord"], "SD", "2025-01-19", "SD", "alleged", "aircraft-bombed-yesterday-witnesses")])
p = "2024-11-06"
add("en", 8, p, "Glide bombs on Zaporizhzhia",
    "Russian aircraft dropped guided bombs on Zaporizhzhia overnight into Monday, destroying a warehouse near the railway station.",
    [E("AirStrike", ["Zaporizhzhia", "Zaporijjia", "Zaporozhye", "Запоріжжя", "Zaporizhzhia Oblast"], "UA", wd(p, "Monday"), "RU", "fact", "guided-bombs-overnight-into-weekday")])
p = "2024-07-08"
add("en", 9, p, "Fisherman wounded in Stanislav",
    "Russian artillery shelled the coastal village of Stanislav in the Kherson region on Saturday afternoon, wounding a fisherman.",
    [E("Shelling", ["Stanislav", "Stanislav village", "Станіслав", "Kherson Oblast", "Kherson region"], "UA", wd(p, "Saturday"), "RU", "fact", "artillery-village-region-weekday-afternoon")])
p = "2024-08-20"
add("en", 10, p, "Monastery bombed in Kanbalu township",
    "Myanmar's military junta carried out an air strike on a monastery sheltering displaced families in Kanbalu township, in the Sagaing region, according to local resistance groups.",
    [E("AirStrike", ["Kanbalu", "Kanbalu township", "Kanbalu Township", "Sagaing", "Sagaing region", "Sagaing Region"], "MM", None, "MM", "alleged", "junta-air-strike-no-date-according-to")])
p = "2024-05-20"
add("en", 11, p, "Drones over Krasnodar Krai",
    "Drones hit an oil depot in Kropotkin on Friday, and on Sunday another drone struck a radar station near Armavir, officials in Krasnodar Krai said.",
    [E("DroneStrike", ["Kropotkin", "Кропоткин", "Kropotkin oil depot"], "RU", wd(p, "Friday"), None, None, "two-attacks-two-days-first", note="both in Krasnodar Krai: region listed for neither"),
     E("DroneStrike", ["Armavir", "Армавир"], "RU", wd(p, "Sunday"), None, None, "two-attacks-two-days-second")])
p = "2024-08-02"
add("en", 12, p, "Drone hits base near Rosh Pina",
    "A Hezbollah explosive drone hit a military base near the town of Rosh Pina in northern Israel on Thursday evening.",
    [E("DroneStrike", ["Rosh Pina", "Rosh Pinna", "Roch Pina", "ראש פינה"], "IL", wd(p, "Thursday"), HEZ, "fact", "non-state-drone-near-town-evening")])
p = "2024-02-05"
add("en", 13, p, "Radar site near Midi struck",
    "US aircraft struck a Houthi radar site near Midi, in the Hajjah governorate, on 3 February, the US military said.",
    [E("AirStrike", ["Midi", "Meedi", "ميدي", "Hajjah governorate", "Hajjah Governorate"], "YE", "2024-02-03", "US", "alleged", "aircraft-explicit-date-reported-by-perpetrator")])
p = "2024-06-12"
add("en", 14, p, "Millerovo air base attacked",
    "On the night of 11 to 12 June, Ukrainian drones attacked the Millerovo air base in the Rostov region, according to Ukraine's General Staff.",
    [E("DroneStrike", ["Millerovo", "Millerovo air base", "Миллерово", "Rostov Oblast", "Rostov region"], "RU", "2024-06-12", "UA", "alleged", "night-of-d1-to-d2-air-base")])
p = "2024-04-24"
add("en", 15, p, "Checkpoint attacked in Jassim",
    "Gunmen attacked a checkpoint in the Syrian town of Jassim, in Daraa province, on Monday night, killing two soldiers.",
    [E("Attack", ["Jassim", "Jasim", "Jassem", "جاسم", "Daraa Governorate", "Daraa province", "Daraa"], "SY", wd(p, "Monday"), None, None, "gunmen-unknown-means-monday-night")])
add("en", 16, "2024-10-02", "Houthi threat to ports",
    "The Houthis threatened to strike the ports of Eilat and Haifa if the blockade of Gaza continued.",
    [], note="threat with an if-clause: no event")
add("en", 17, "2024-07-15", "Moscow denies Toretsk strike",
    "Russia's Defence Ministry denied that its forces had struck a residential area in Toretsk on Sunday.",
    [], note="denied attack")
add("en", 18, "2025-06-28", "Kremenchuk remembers",
    "Residents of Kremenchuk still lay flowers at the shopping centre destroyed in a missile strike in June 2022.",
    [], note="historical background")
add("en", 19, "2024-12-02", "Life in Nikopol",
    "Nikopol, across the river from the Zaporizhzhia nuclear plant, is shelled almost daily, and most schools have moved online.",
    [], note="habitual shelling, no specific attack")
add("en", 20, "2024-10-09", "Oil markets watch Iran",
    "Analysts warn that if Israel were to strike Iranian oil terminals on Kharg Island, prices could jump by ten dollars a barrel.",
    [], note="hypothetical attack")

# ---------------- French ----------------
p = "2024-09-06"
add("fr", 1, p, "Izmaïl : le port fluvial visé",
    "Des drones russes ont frappé dans la nuit de mercredi à jeudi le port fluvial d'Izmaïl, dans la région d'Odessa, a indiqué le gouverneur régional.",
    [E("DroneStrike", ["Izmaïl", "Izmail", "Izmaïl port", "port d'Izmaïl", "Ізмаїл", "région d'Odessa", "Odesa Oblast"], "UA", wd(p, "Thursday"), "RU", "alleged", "nuit-de-a-port-facility-reported")])
p = "2024-02-14"
add("fr", 2, p, "Kherson : Korabel pilonné",
    "L'armée russe a pilonné lundi matin le quartier de Korabel, à Kherson, endommageant une dizaine de maisons.",
    [E("Shelling", ["Korabel", "quartier de Korabel", "Korabelnyi", "Kherson", "Херсон"], "UA", wd(p, "Monday"), "RU", "fact", "pilonne-district-weekday-morning")])
p = "2024-05-16"
add("fr", 3, p, "Myrhorod : un centre de formation visé",
    "Les forces russes ont frappé hier un centre de formation militaire près de Myrhorod avec un missile balistique Iskander, a affirmé le ministère russe de la Défense.",
    [E("MissileStrike", ["Myrhorod", "Mirgorod", "Myrhorod air base", "Миргород", "région de Poltava", "Poltava Oblast"], "UA", "2024-05-15", "RU", "alleged", "hier-iskander-claim-by-perpetrator")])
p = "2024-10-29"
add("fr", 4, p, "Baalbek : un immeuble visé",
    "L'aviation israélienne a mené un raid aérien contre un immeuble de Baalbek, dans la plaine de la Bekaa, samedi soir.",
    [E("AirStrike", ["Baalbek", "Baalbeck", "بعلبك", "Bekaa", "Békaa"], "LB", wd(p, "Saturday"), "IL", "fact", "raid-aerien-samedi-soir")])
p = "2024-11-23"
add("fr", 5, p, "Ashkelon : un drone venu du Yémen",
    "Un drone lancé depuis le Yémen a touché vendredi un entrepôt de la zone industrielle d'Ashkelon, selon la police israélienne. Les Houthis ont revendiqué l'attaque.",
    [E("DroneStrike", ["Ashkelon", "Ashkélon", "Ascalon", "אשקלון"], "IL", wd(p, "Friday"), HOU, "alleged", "launched-from-country-claimed")])
p = "2025-01-16"
add("fr", 6, p, "Atbara : la centrale visée",
    "Les Forces de soutien rapide ont lancé des drones contre la centrale électrique d'Atbara, dans l'État du Nil, mardi, selon l'armée soudanaise.",
    [E("DroneStrike", ["Atbara", "Atbarah", "عطبرة", "centrale électrique d'Atbara", "État du Nil", "River Nile State", "River Nile"], "SD", wd(p, "Tuesday"), RSF, "alleged", "non-state-drones-facility-selon")])
p = "2024-09-10"
add("fr", 7, p, "Glouchkovo sous les roquettes",
    "Le village de Glouchkovo, dans la région de Koursk, a été visé dimanche par des tirs de lance-roquettes multiples, selon le gouverneur, qui les a imputés à l'armée ukrainienne.",
    [E("Shelling", ["Glouchkovo", "Glushkovo", "Глушково", "région de Koursk", "Kursk Oblast", "Kursk region"], "RU", wd(p, "Sunday"), "UA", "alleged", "mlrs-village-region-imputes")])
p = "2024-06-18"
add("fr", 8, p, "Mindat : un marché bombardé",
    "Des avions de la junte birmane ont bombardé un marché de Mindat, dans l'État Chin, selon des groupes de résistance locaux.",
    [E("AirStrike", ["Mindat", "Mindat township", "မင်းတပ်", "État Chin", "Chin State"], "MM", None, "MM", "alleged", "junta-aircraft-no-date-selon")])
p = "2024-10-07"
add("fr", 9, p, "Tchornomorsk : un vraquier endommagé",
    "Une frappe de missile a touché le port de Tchornomorsk, près d'Odessa, le 5 octobre, endommageant un vraquier battant pavillon panaméen.",
    [E("MissileStrike", ["Tchornomorsk", "Chornomorsk", "port de Tchornomorsk", "Chornomorsk port", "Чорноморськ", "région d'Odessa", "Odesa Oblast"], "UA", "2024-10-05", None, None, "frappe-de-missile-explicit-date-port")])
p = "2024-07-24"
add("fr", 10, p, "Briansk : 24 drones abattus",
    "La défense antiaérienne russe a abattu 24 drones au-dessus de la région de Briansk pendant la nuit, a annoncé le ministère de la Défense, qui a accusé Kiev d'avoir lancé l'attaque.",
    [E("DroneStrike", ["région de Briansk", "Bryansk Oblast", "Bryansk region", "Брянская область"], "RU", p, "UA", "alleged", "interception-region-pendant-la-nuit-accuse")])
p = "2024-12-21"
add("fr", 11, p, "Omdourman : Oumbada bombardé",
    "L'armée soudanaise a bombardé jeudi le quartier d'Oumbada, à Omdourman, où les paramilitaires avaient installé des positions.",
    [E("Attack", ["Oumbada", "Umbada", "Ombada", "Omdourman", "Omdurman", "أم درمان"], "SD", wd(p, "Thursday"), "SD", "fact", "bombarder-no-instrument-district")])
p = "2024-06-26"
add("fr", 12, p, "Soumy et Bilopillia visées",
    "Des drones russes ont frappé Soumy mardi soir, tandis que l'artillerie russe pilonnait la localité frontalière de Bilopillia.",
    [E("DroneStrike", ["Soumy", "Sumy", "Суми"], "UA", wd(p, "Tuesday"), "RU", "fact", "two-attacks-one-sentence-first", note="deux attaques dans la même région : région listée pour aucune"),
     E("Shelling", ["Bilopillia", "Bilopillya", "Belopolye", "Білопілля"], "UA", wd(p, "Tuesday"), "RU", "fact", "two-attacks-one-sentence-tandis-que")])
p = "2024-08-03"
add("fr", 13, p, "Kostiantynivka : bombes planantes",
    "L'aviation russe a largué jeudi des bombes planantes sur Kostiantynivka, dans la région de Donetsk, détruisant un bureau de poste.",
    [E("AirStrike", ["Kostiantynivka", "Kostyantynivka", "Konstantinovka", "Костянтинівка", "région de Donetsk", "Donetsk Oblast"], "UA", wd(p, "Thursday"), "RU", "fact", "bombes-planantes-weekday")])
p = "2024-05-02"
add("fr", 14, p, "Nikopol puis Marhanets",
    "Une frappe de drone a touché une sous-station de Nikopol lundi. Le lendemain, un missile a visé la zone industrielle de Marhanets.",
    [E("DroneStrike", ["Nikopol", "Нікополь"], "UA", wd(p, "Monday"), None, None, "weekday-first-of-two", note="deux villes de la région de Dnipropetrovsk : région listée pour aucune"),
     E("MissileStrike", ["Marhanets", "Marganets", "Марганець"], "UA", wd(p, "Monday", 1), None, None, "le-lendemain-second")])
p = "2024-05-17"
add("fr", 15, p, "Saky : explosion sur l'aérodrome",
    "Une forte explosion a secoué mercredi l'aérodrome de Saky, en Crimée. Selon l'armée ukrainienne, ses forces ont frappé l'aérodrome avec des missiles ATACMS.",
    [E("MissileStrike", ["Saky", "Saki", "Саки", "aérodrome de Saky", "Saky air base", "Crimée", "Crimea"], "UA", wd(p, "Wednesday"), "UA", "alleged", "explosion-class-next-sentence-cet-aerodrome")])
add("fr", 16, "2024-01-03", "Moscou dément à Kharkiv",
    "Moscou a démenti toute frappe contre des infrastructures civiles à Kharkiv.",
    [], note="frappe démentie")
add("fr", 17, "2024-06-20", "Menace du Hezbollah",
    "Le Hezbollah a menacé de frapper Haïfa si les raids israéliens se poursuivaient dans le sud du Liban.",
    [], note="menace avec condition")
add("fr", 18, "2025-03-01", "Okhmatdyt reconstruit",
    "Le bombardement de l'hôpital pour enfants Okhmatdyt, à Kyiv, en juillet 2024, reste dans toutes les mémoires des soignants.",
    [], note="arrière-plan historique")
add("fr", 19, "2024-11-12", "La rive droite sous le feu",
    "Les villages de la rive droite du Dniepr sont régulièrement pilonnés par l'artillerie russe, et beaucoup d'habitants sont partis.",
    [], note="bombardements habituels, aucune attaque précise")
add("fr", 20, "2024-07-16", "Teaser Moscou",
    "À lire aussi : Drones sur Moscou, ce que l'on sait de l'attaque de la nuit",
    [], note="teaser « À lire aussi »")

for lang, ps in OUT.items():
    with open(lang + ".jsonl", "w", encoding="utf-8") as f:
        for x in ps:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
