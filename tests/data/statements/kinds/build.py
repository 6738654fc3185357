"""Source of kinds/en.jsonl and kinds/fr.jsonl: `python3 build.py` from this folder.

Passages per KIND of speaker/quote error (see README.md): A named person behind a role,
B courtesy title + another transliteration, C organisations whose label is not the words as
written, D whole passages with no statement found, E quote spans of reported speech.
Invented incidents and people; real institutions.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


EN, FR = [], []


def add(out, date, title, text, statements, note=None):
    lang = "en" if out is EN else "fr"
    d = {"id": f"stmtkinds-{lang}-{len(out) + 1:03d}", "language": lang, "published": date,
         "title": title, "text": text}
    if note:
        d["note"] = note
    d["statements"] = statements
    out.append(d)


# ---------- shared speaker names ----------
UA_ARMY = ["Armed Forces of Ukraine", "Ukrainian Armed Forces", "Ukrainian army", "Ukraine's armed forces",
           "Forces armées ukrainiennes", "armée ukrainienne", "forces armées de l'Ukraine"]
SOUTH_DF = ["command of Ukraine's Southern Defence Forces", "Ukraine's Southern Defence Forces",
            "Southern Defence Forces of Ukraine", "Southern Defense Forces of Ukraine",
            "Southern Defence Forces command", "commandement des Forces de défense du Sud",
            "Forces de défense du Sud de l'Ukraine", "Forces de défense du Sud"] + UA_ARMY
FARDC = ["FARDC", "Forces armées de la RDC", "Forces armées de la République démocratique du Congo",
         "Congolese army", "Congolese armed forces", "armed forces of the DRC", "armée congolaise",
         "Armed Forces of the Democratic Republic of the Congo"]
QASSAM = ["Ezzedine al-Qassam Brigades", "Al-Qassam Brigades", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades",
          "Brigades Ezzedine al-Qassam", "Brigades al-Qassam", "Ezzedine al-Qassam", "Izz al-Din al-Qassam Brigades"]
IKHBARIYA = ["Al-Ikhbariya", "Al-Ikhbariya TV", "al-Ikhbariya channel", "chaîne Al-Ikhbariya"]
MAYADEEN = ["Al-Mayadeen", "Al Mayadeen", "al-Mayadeen TV", "chaîne al-Mayadeen"]
MANAR = ["Al-Manar", "Al-Manar TV", "chaîne Al-Manar"]
QUDS_BRIG = ["Al-Quds Brigades", "Saraya al-Quds", "Brigades al-Qods", "Brigades Al-Quds"]
HUR = ["Defence Intelligence of Ukraine", "Ukraine's Defence Intelligence", "Defence Intelligence", "HUR", "GUR",
       "Main Intelligence Directorate", "Ukrainian military intelligence", "renseignement militaire ukrainien",
       "Direction principale du renseignement", "military intelligence"]
UA_AVIA = ["State Aviation Service of Ukraine", "State Aviation Service", "Ukraine's State Aviation Service",
           "State Aviation Administration", "Service national de l'aviation", "Service national de l'aviation ukrainien",
           "Service national de l'aviation civile", "aviation civile ukrainienne"]
ROSAV = ["Rosaviatsia", "Federal Air Transport Agency", "Russia's Federal Air Transport Agency", "Rosaviatsiya",
         "agence fédérale du transport aérien", "agence russe de l'aviation civile"]
MONUSCO = ["MONUSCO", "UN mission in the DRC", "UN peacekeeping mission in Congo", "Monusco",
           "mission de l'ONU en RDC", "Mission de l'ONU en République démocratique du Congo"]
UNMISS = ["UNMISS", "UN Mission in South Sudan", "United Nations Mission in South Sudan",
          "Minuss", "Mission des Nations unies au Soudan du Sud", "mission de l'ONU au Soudan du Sud"]
UNIFIL = ["UNIFIL", "FINUL", "Finul", "United Nations Interim Force in Lebanon", "Force intérimaire des Nations unies au Liban"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR", "paramilitary Rapid Support Forces"]
M23 = ["M23", "M23 rebels", "Mouvement du 23 mars", "M23 rebel group", "rebelles du M23"]
HOUTHIS = ["Houthis", "Houthi", "Ansar Allah", "Houthi movement", "houthis", "rebelles houthis"]
ARAKAN = ["Arakan Army", "AA", "Armée d'Arakan"]
UA = ["Ukraine", "Kyiv", "Kiev", "Ukrainian authorities", "autorités ukrainiennes"]
RU = ["Russia", "Moscow", "Moscou", "Russie", "Russian authorities", "autorités russes"]
IDF = ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "armée israélienne", "Tsahal"]
SUDAN_ARMY = ["Sudanese Armed Forces", "Sudanese army", "SAF", "armée soudanaise", "Forces armées soudanaises"]

# ============================== ENGLISH ==============================

# --- A. named person behind a role ---
DOROSH = ["Ivan Dorosh", "Dorosh", "Ivan Dorosch"]
add(EN, "2024-06-11", "Night shelling damages water tower",
    "Shelling overnight damaged a water tower and two shops in Pokrovske, the mayor, Ivan Dorosh, said on Tuesday. He said water would be brought in by tanker until repairs were done.",
    [S(DOROSH, "Shelling overnight damaged a water tower and two shops in Pokrovske", False, "A-role-name-appositive", "the person, not the city administration"),
     S(DOROSH, "water would be brought in by tanker until repairs were done", False, "A-pronoun-after-role-name")])
HARMASH = ["Petro Harmash", "Harmash", "Petro Garmash"]
add(EN, "2024-08-02", "Grain silo burns after drone attack",
    "Petro Harmash, head of the Synelnykove district, said a drone had set a grain silo on fire near the village of Raivka. Nobody was hurt, he added.",
    [S(HARMASH, "a drone had set a grain silo on fire near the village of Raivka", False, "A-name-head-of-district"),
     S(HARMASH, "Nobody was hurt", False, "A-pronoun-after-role-name")])
YAREMA = ["Petro Yarema", "Yarema", "Petro Iarema"]
add(EN, "2024-09-23", "Power line cut in Marhanets",
    "The head of the Marhanets community, Petro Yarema, wrote on Telegram that artillery fire had cut a power line feeding the hospital. \"The generators are running,\" Mr Yarema said.",
    [S(YAREMA, "artillery fire had cut a power line feeding the hospital", False, "A-head-of-community-name"),
     S(YAREMA, "The generators are running", True, "A-mr-after-role-name")])
LYTVAK = ["Serhiy Lytvak", "Lytvak", "Serhii Lytvak", "Sergei Litvak"]
add(EN, "2025-02-14", "Glide bombs on Kupiansk outskirts",
    "Two glide bombs fell on the eastern outskirts of Kupiansk on Thursday, Serhiy Lytvak, the town's mayor, told reporters, adding that three houses had been destroyed.",
    [S(LYTVAK, "Two glide bombs fell on the eastern outskirts of Kupiansk on Thursday", False, "A-name-role-appositive"),
     S(LYTVAK, "three houses had been destroyed", False, "A-participle-after-role-name")])
ZUBOV = ["Andrei Zubov", "Zubov", "Andrey Zubov"]
add(EN, "2024-05-30", "Drone hits car in Russian border district",
    "A Ukrainian drone hit a car near the village of Murom, wounding its driver, said Andrei Zubov, head of the Shebekino urban district.",
    [S(ZUBOV, "A Ukrainian drone hit a car near the village of Murom, wounding its driver", False, "A-verb-before-name-head-of")])
BANYK = ["Olha Banyk", "Banyk", "Olga Banyk"]
add(EN, "2023-11-27", "Ferry crossing shelled in Kherson",
    "According to the deputy mayor of Kherson, Olha Banyk, Russian artillery targeted the ferry crossing twice on Sunday. Ms Banyk said the ferry would not run on Monday.",
    [S(BANYK, "Russian artillery targeted the ferry crossing twice on Sunday", False, "A-according-to-role-name"),
     S(BANYK, "the ferry would not run on Monday", False, "A-mr-after-role-name")])
MUSA = ["Ibrahim Adam Musa", "Musa", "Ibrahim Musa", "Ibrahim Adam Moussa"]
add(EN, "2024-10-05", "Shelling of El Fasher market",
    "The governor of North Darfur, Ibrahim Adam Musa, said shells had struck the main livestock market in El Fasher, killing seven people.",
    [S(MUSA, "shells had struck the main livestock market in El Fasher, killing seven people", False, "A-governor-name-appositive")])

# --- B. courtesy title and another transliteration ---
ZHURAVLYOV = ["Serhiy Zhuravlyov", "Zhuravlyov", "Zhuravlev", "Serhii Zhuravlov", "Sergei Zhuravlev", "Zhuravlov"]
add(EN, "2024-04-19", "Rail depot hit in Kovel",
    "Serhiy Zhuravlyov, head of the Kovel city military administration, said a missile had hit a railway depot on Friday morning. Mr Zhuravlev said the trains would be rerouted through Lutsk.",
    [S(ZHURAVLYOV, "a missile had hit a railway depot on Friday morning", False, "A-name-head-of-city"),
     S(ZHURAVLYOV, "the trains would be rerouted through Lutsk", False, "B-mr-other-spelling")])
KLYMENKO = ["Vitaliy Klymenko", "Klymenko", "Klimenko", "Vitaly Klimenko", "Vitalii Klymenko"]
add(EN, "2024-12-03", "Bridge closed after strike",
    "The head of the Zmiiv district, Vitaliy Klymenko, said the bridge over the Donets had been closed after a missile strike. \"We will reopen it when engineers have checked it,\" Mr Klimenko told local television.",
    [S(KLYMENKO, "the bridge over the Donets had been closed after a missile strike", False, "A-head-of-district-name"),
     S(KLYMENKO, "We will reopen it when engineers have checked it", True, "B-mr-other-spelling")])
KOVALYOV = ["Oleksiy Kovalyov", "Kovalyov", "Kovalev", "Oleksii Kovalov", "Alexei Kovalev", "Kovalov"]
add(EN, "2025-03-08", "Fuel depot fire in Kamianske",
    "Firefighters put out a fuel depot fire in Kamianske after a drone attack, said Oleksiy Kovalyov, the town's deputy mayor. Mr Kovalev said the depot had been empty.",
    [S(KOVALYOV, "Firefighters put out a fuel depot fire in Kamianske after a drone attack", False, "A-verb-before-name-role"),
     S(KOVALYOV, "the depot had been empty", False, "B-mr-other-spelling")])

# --- C. organisations whose label is not the words as written ---
add(EN, "2024-02-06", "Strike near Damascus airport road",
    "An Israeli strike hit a building near the Damascus airport road before dawn, Syria's state-run Al-Ikhbariya TV reported, saying two people had been killed.",
    [S(IKHBARIYA, "An Israeli strike hit a building near the Damascus airport road before dawn", False, "C-arabic-article-channel"),
     S(IKHBARIYA, "two people had been killed", False, "C-arabic-article-channel")])
add(EN, "2024-10-17", "Drone strike on Tyre road",
    "An Israeli drone hit a car on the coastal road south of Tyre, al-Mayadeen said, adding that the driver had been killed. Al-Manar, Hezbollah's television channel, said a second drone had struck a motorbike near Qana.",
    [S(MAYADEEN, "An Israeli drone hit a car on the coastal road south of Tyre", False, "C-arabic-article-channel"),
     S(MAYADEEN, "the driver had been killed", False, "C-arabic-article-channel"),
     S(MANAR, "a second drone had struck a motorbike near Qana", False, "C-arabic-article-channel")])
add(EN, "2024-01-12", "Armed wing claims attack on tanks",
    "The Ezzedine al-Qassam Brigades, Hamas's armed wing, said their fighters had hit two tanks east of Khan Younis. In a separate statement, the Al-Quds Brigades said they had fired mortars at troops near the Netzarim corridor.",
    [S(QASSAM, "their fighters had hit two tanks east of Khan Younis", False, "C-arabic-article-armed-wing"),
     S(QUDS_BRIG, "they had fired mortars at troops near the Netzarim corridor", False, "C-arabic-article-armed-wing")])
add(EN, "2024-07-21", "Qassam Brigades claim rocket fire",
    "Al-Qassam Brigades said on Sunday they had fired a barrage of rockets at Ashkelon \"in response to the massacres\" in Gaza.",
    [S(QASSAM, "they had fired a barrage of rockets at Ashkelon \"in response to the massacres\" in Gaza", False, "C-arabic-article-armed-wing")])
add(EN, "2025-01-28", "Congolese army says it retook hill",
    "The Forces armées de la RDC (FARDC) said on Tuesday they had retaken a hill overlooking the road to Minova. An FARDC spokesman said the rebels had withdrawn north.",
    [S(FARDC, "they had retaken a hill overlooking the road to Minova", False, "C-army-french-name"),
     S(FARDC, "the rebels had withdrawn north", False, "C-army-acronym")])
add(EN, "2024-11-09", "Army repels attack near Rutshuru",
    "FARDC said its troops had repelled an attack on a position near Rutshuru, accusing the M23 of shelling the town's market.",
    [S(FARDC, "its troops had repelled an attack on a position near Rutshuru", False, "C-army-acronym"),
     S(FARDC, "the M23 of shelling the town's market", False, "C-army-acronym")])
add(EN, "2024-08-14", "Russian boats destroyed on the Dnipro",
    "The command of Ukraine's Southern Defence Forces said on Wednesday that its units had destroyed four Russian boats on the Dnipro overnight.",
    [S(SOUTH_DF, "its units had destroyed four Russian boats on the Dnipro overnight", False, "C-unit-command-of")])
add(EN, "2024-10-29", "Drones downed over the south",
    "Ukraine's Southern Defence Forces said 12 drones had been shot down over the Mykolaiv and Odesa regions. The Southern Defence Forces added that a port warehouse had been damaged.",
    [S(SOUTH_DF, "12 drones had been shot down over the Mykolaiv and Odesa regions", False, "C-unit-possessive"),
     S(SOUTH_DF, "a port warehouse had been damaged", False, "C-unit-possessive")])

# --- D. whole passages with no statement ---
add(EN, "2024-06-20", "RSF says it will open corridors",
    "The Rapid Support Forces said on Thursday it would open two corridors out of El Fasher for civilians. The army dismissed the offer.",
    [S(RSF, "it would open two corridors out of El Fasher for civilians", False, "D-armed-group-it-would")])
add(EN, "2025-02-03", "M23 says it will hold ceasefire",
    "The M23 said it would observe a unilateral ceasefire from Tuesday, after days of fighting around Goma.",
    [S(M23, "it would observe a unilateral ceasefire from Tuesday, after days of fighting around Goma", False, "D-armed-group-it-would")])
add(EN, "2024-03-04", "Houthis vow more attacks",
    "The Houthis said they would keep targeting ships linked to Israel in the Red Sea until the war in Gaza ends.",
    [S(HOUTHIS, "they would keep targeting ships linked to Israel in the Red Sea until the war in Gaza ends", False, "D-armed-group-it-would")])
add(EN, "2024-11-25", "Western airports stay closed",
    "The State Aviation Service said civilian flights remained suspended over the whole country after Monday's missile attack.",
    [S(UA_AVIA, "civilian flights remained suspended over the whole country after Monday's missile attack", False, "D-aviation-agency")])
add(EN, "2024-07-06", "Kazan airport closed",
    "Rosaviatsia said restrictions had been imposed at Kazan airport on Saturday morning, without giving a reason. The aviation agency said they were lifted two hours later.",
    [S(ROSAV, "restrictions had been imposed at Kazan airport on Saturday morning", False, "D-aviation-agency"),
     S(ROSAV, "they were lifted two hours later", False, "D-aviation-agency")])
add(EN, "2024-09-12", "Intelligence claims strike on airfield",
    "Ukraine's Defence Intelligence said its drones hit two fighter jets at an airfield in the Voronezh region overnight.",
    [S(HUR, "its drones hit two fighter jets at an airfield in the Voronezh region overnight", False, "D-military-intelligence-its")])
add(EN, "2025-01-16", "Military intelligence claims depot",
    "Ukrainian military intelligence (HUR) said its agents had blown up a fuel train near Bryansk on Wednesday night.",
    [S(HUR, "its agents had blown up a fuel train near Bryansk on Wednesday night", False, "D-military-intelligence-its")])
add(EN, "2024-05-09", "UN mission urges inquiry",
    "The UN Mission in South Sudan urged the authorities to investigate the killing of four civilians near Malakal.",
    [S(UNMISS, "the authorities to investigate the killing of four civilians near Malakal", False, "D-un-mission-urged")])
add(EN, "2025-02-10", "MONUSCO calls for restraint",
    "MONUSCO called on all armed groups to let aid convoys reach the camps around Goma.",
    [S(MONUSCO, "all armed groups to let aid convoys reach the camps around Goma", False, "D-un-mission-urged")])
add(EN, "2024-10-02", "Officials report damage",
    "Ukrainian officials said a missile had hit an industrial site in Kryvyi Rih overnight. Local officials said two workers had been hurt.",
    [S(UA, "a missile had hit an industrial site in Kryvyi Rih overnight", False, "D-collective-tied"),
     S(["Kryvyi Rih", "local officials"], "two workers had been hurt", False, "D-collective-untied", optional=True)])
add(EN, "2024-12-19", "Russian authorities report drone attack",
    "Russian authorities said a drone attack had started a fire at an oil depot in the Tambov region.",
    [S(RU, "a drone attack had started a fire at an oil depot in the Tambov region", False, "D-collective-tied")])

# --- E. quote spans ---
add(EN, "2024-03-27", "Ministry condemns attack on convoy",
    "The Jordanian foreign ministry condemned what it called a \"heinous attack\" on an aid convoy in northern Gaza.",
    [S(["Jordanian foreign ministry", "Ministry of Foreign Affairs of Jordan", "Jordan's foreign ministry"], "heinous attack", True, "E-quoted-phrase-in-clause")])

# --- negatives ---
add(EN, "2024-06-30", "Airport closed",
    "The State Aviation Service suspended all flights from Lviv airport on Sunday. Photo: the mayor, Ivan Dorosh, at the airport in 2023.",
    [], note="negative (action, no speech; caption)")
add(EN, "2024-08-19", "No comment from the district",
    "The head of the Synelnykove district, Petro Harmash, did not respond to requests for comment on the fire.",
    [], note="negative (no answer)")

# ============================== FRANÇAIS ==============================

DOROCHENKO = ["Ivan Dorochenko", "Dorochenko", "Ivan Doroshenko", "Doroshenko"]
add(FR, "2024-06-12", "Un château d'eau touché",
    "Des tirs d'artillerie ont endommagé dans la nuit un château d'eau à Pokrovské, a déclaré le maire, Ivan Dorochenko. Il a précisé que l'eau serait acheminée par camion-citerne.",
    [S(DOROCHENKO, "Des tirs d'artillerie ont endommagé dans la nuit un château d'eau à Pokrovské", False, "A-role-name-appositive"),
     S(DOROCHENKO, "l'eau serait acheminée par camion-citerne", False, "A-pronoun-after-role-name")])
add(FR, "2024-06-13", "Le maire de Pokrovské témoigne",
    "Le maire de Pokrovské, Ivan Dorochenko, a déclaré que deux écoles avaient été fermées après les bombardements.",
    [S(DOROCHENKO, "deux écoles avaient été fermées après les bombardements", False, "A-role-of-city-name")])
HARMACH = ["Petro Harmach", "Harmach", "Petro Harmash", "Harmash"]
add(FR, "2024-08-03", "Un silo à grain en feu",
    "Petro Harmach, chef du district de Synelnykové, a indiqué qu'un drone avait incendié un silo à grain près du village de Raïvka.",
    [S(HARMACH, "un drone avait incendié un silo à grain près du village de Raïvka", False, "A-name-head-of-district")])
IAREMA = ["Petro Iarema", "Iarema", "Petro Yarema", "Yarema"]
add(FR, "2024-09-24", "Ligne électrique coupée à Marhanets",
    "Le chef de la communauté de Marhanets, Petro Iarema, a écrit sur Telegram que des tirs avaient coupé une ligne électrique alimentant l'hôpital. « Les générateurs tournent », a ajouté M. Iarema.",
    [S(IAREMA, "des tirs avaient coupé une ligne électrique alimentant l'hôpital", False, "A-head-of-community-name"),
     S(IAREMA, "Les générateurs tournent", True, "B-m-surname")])
BANYK_FR = ["Olha Banyk", "Banyk", "Olga Banyk"]
add(FR, "2023-11-28", "Le bac de Kherson visé",
    "Selon la maire adjointe de Kherson, Olha Banyk, l'artillerie russe a visé à deux reprises dimanche l'embarcadère du bac. Mme Banyk a indiqué que le bac ne circulerait pas lundi.",
    [S(BANYK_FR, "l'artillerie russe a visé à deux reprises dimanche l'embarcadère du bac", False, "A-selon-role-name"),
     S(BANYK_FR, "le bac ne circulerait pas lundi", False, "B-m-surname")])
SOUKHOV = ["Andreï Soukhov", "Soukhov", "Andrei Sukhov", "Sukhov"]
add(FR, "2024-07-15", "Un drone sur un dépôt de bus",
    "Un drone ukrainien a touché un dépôt d'autobus à Rylsk, a annoncé le chef du district de Rylsk, Andreï Soukhov, faisant état de deux blessés.",
    [S(SOUKHOV, "Un drone ukrainien a touché un dépôt d'autobus à Rylsk", False, "A-verb-before-role-name"),
     S(SOUKHOV, "deux blessés", False, "E-faisant-etat-de")])
MOUSSA = ["Ibrahim Adam Moussa", "Moussa", "Ibrahim Adam Musa", "Musa"]
add(FR, "2024-10-06", "Obus sur le marché d'El-Facher",
    "Le gouverneur du Darfour-Nord, Ibrahim Adam Moussa, a affirmé que des obus avaient frappé le marché aux bestiaux d'El-Facher, tuant sept personnes.",
    [S(MOUSSA, "des obus avaient frappé le marché aux bestiaux d'El-Facher, tuant sept personnes", False, "A-governor-name-appositive")])

# --- B ---
CHEVTCHOUK = ["Taras Chevtchouk", "Chevtchouk", "Taras Shevchuk", "Shevchuk"]
add(FR, "2024-04-20", "Un dépôt ferroviaire touché à Kovel",
    "Taras Chevtchouk, chef de l'administration militaire de Kovel, a déclaré qu'un missile avait touché vendredi un dépôt ferroviaire. M. Shevchuk a ajouté que les trains seraient détournés par Loutsk.",
    [S(CHEVTCHOUK, "un missile avait touché vendredi un dépôt ferroviaire", False, "A-name-head-of-city"),
     S(CHEVTCHOUK, "les trains seraient détournés par Loutsk", False, "B-m-other-spelling")])
IACHTCHENKO = ["Mykhaïlo Iachtchenko", "Iachtchenko", "Mykhailo Yashchenko", "Yashchenko"]
add(FR, "2024-12-04", "Pont fermé après une frappe",
    "Le pont sur le Donets a été fermé après une frappe de missile, a indiqué Mykhaïlo Iachtchenko, chef du district de Zmiïv. « Nous le rouvrirons quand les ingénieurs l'auront inspecté », a assuré M. Yashchenko à la télévision locale.",
    [S(IACHTCHENKO, "Le pont sur le Donets a été fermé après une frappe de missile", False, "A-verb-before-name-role"),
     S(IACHTCHENKO, "Nous le rouvrirons quand les ingénieurs l'auront inspecté", True, "B-m-other-spelling")])
KHARTCHENKO = ["Dmytro Khartchenko", "Khartchenko", "Dmytro Kharchenko", "Kharchenko"]
add(FR, "2025-03-09", "Incendie d'un dépôt de carburant",
    "Le maire adjoint de Kamianské, Dmytro Khartchenko, a annoncé que les pompiers avaient éteint l'incendie d'un dépôt de carburant. M. Kharchenko a précisé que le dépôt était vide.",
    [S(KHARTCHENKO, "les pompiers avaient éteint l'incendie d'un dépôt de carburant", False, "A-role-of-city-name"),
     S(KHARTCHENKO, "le dépôt était vide", False, "B-m-other-spelling")])
BILYK = ["Andriï Bilyk", "Bilyk", "Andrii Bilyk", "Andriy Bilyk"]
add(FR, "2024-05-22", "Une école endommagée",
    "Andriï Bilyk, le gouverneur de la région, a indiqué qu'une école avait été endommagée par un drone. M. Bilyk a appelé les habitants à rester dans les abris.",
    [S(BILYK, "une école avait été endommagée par un drone", False, "A-name-role-appositive"),
     S(BILYK, "les habitants à rester dans les abris", False, "B-m-surname")])

# --- C ---
add(FR, "2024-02-07", "Frappe près de la route de l'aéroport de Damas",
    "Une frappe israélienne a touché un bâtiment près de la route de l'aéroport de Damas avant l'aube, a rapporté la chaîne d'État syrienne Al-Ikhbariya, faisant état de deux morts.",
    [S(IKHBARIYA, "Une frappe israélienne a touché un bâtiment près de la route de l'aéroport de Damas avant l'aube", False, "C-arabic-article-channel"),
     S(IKHBARIYA, "deux morts", False, "E-faisant-etat-de")])
add(FR, "2024-10-18", "Frappe de drone sur la route de Tyr",
    "Un drone israélien a frappé une voiture sur la route côtière au sud de Tyr, a affirmé al-Mayadeen. Selon Al-Manar, la chaîne du Hezbollah, un second drone a visé une moto près de Cana.",
    [S(MAYADEEN, "Un drone israélien a frappé une voiture sur la route côtière au sud de Tyr", False, "C-arabic-article-channel"),
     S(MANAR, "un second drone a visé une moto près de Cana", False, "C-arabic-article-channel")])
add(FR, "2024-01-13", "La branche armée du Hamas revendique",
    "Les Brigades Ezzedine al-Qassam, branche armée du Hamas, ont affirmé que leurs combattants avaient touché deux chars à l'est de Khan Younès.",
    [S(QASSAM, "leurs combattants avaient touché deux chars à l'est de Khan Younès", False, "C-arabic-article-armed-wing")])
add(FR, "2025-01-29", "L'armée congolaise dit avoir repris une colline",
    "Les FARDC ont indiqué mardi avoir repris une colline surplombant la route de Minova. Un porte-parole de l'armée congolaise a précisé que les rebelles s'étaient repliés vers le nord.",
    [S(FARDC, "avoir repris une colline surplombant la route de Minova", False, "C-army-acronym"),
     S(FARDC, "les rebelles s'étaient repliés vers le nord", False, "C-army-french-name")])
add(FR, "2024-08-15", "Des bateaux russes détruits sur le Dniepr",
    "Le commandement des Forces de défense du Sud de l'Ukraine a annoncé mercredi que ses unités avaient détruit quatre bateaux russes sur le Dniepr.",
    [S(SOUTH_DF, "ses unités avaient détruit quatre bateaux russes sur le Dniepr", False, "C-unit-command-of")])

# --- D ---
add(FR, "2024-06-21", "Les FSR promettent des corridors",
    "Les Forces de soutien rapide ont affirmé jeudi qu'elles ouvriraient deux corridors pour les civils d'El-Facher.",
    [S(RSF, "elles ouvriraient deux corridors pour les civils d'El-Facher", False, "D-armed-group-it-would")])
add(FR, "2025-02-04", "Le M23 annonce un cessez-le-feu",
    "Le M23 a dit qu'il observerait un cessez-le-feu unilatéral à partir de mardi.",
    [S(M23, "il observerait un cessez-le-feu unilatéral à partir de mardi", False, "D-armed-group-it-would")])
add(FR, "2024-11-26", "Les vols restent suspendus",
    "Le Service national de l'aviation a indiqué que les vols civils restaient suspendus dans tout le pays après l'attaque de lundi.",
    [S(UA_AVIA, "les vols civils restaient suspendus dans tout le pays après l'attaque de lundi", False, "D-aviation-agency")])
add(FR, "2024-07-07", "Aéroport de Kazan fermé",
    "L'agence fédérale du transport aérien Rosaviatsia a annoncé des restrictions à l'aéroport de Kazan samedi matin.",
    [S(ROSAV, "des restrictions à l'aéroport de Kazan samedi matin", False, "D-aviation-agency")])
add(FR, "2024-09-13", "Le renseignement revendique une frappe",
    "Le renseignement militaire ukrainien (GUR) a affirmé que ses drones avaient touché deux avions de chasse sur un aérodrome de la région de Voronej.",
    [S(HUR, "ses drones avaient touché deux avions de chasse sur un aérodrome de la région de Voronej", False, "D-military-intelligence-its")])
add(FR, "2024-05-10", "L'ONU demande une enquête",
    "La Mission des Nations unies au Soudan du Sud a exhorté les autorités à enquêter sur la mort de quatre civils près de Malakal.",
    [S(UNMISS, "les autorités à enquêter sur la mort de quatre civils près de Malakal", False, "D-un-mission-urged")])
add(FR, "2025-02-11", "La Monusco appelle à la retenue",
    "La Monusco a appelé tous les groupes armés à laisser passer les convois humanitaires vers les camps autour de Goma.",
    [S(MONUSCO, "tous les groupes armés à laisser passer les convois humanitaires vers les camps autour de Goma", False, "D-un-mission-urged")])
add(FR, "2024-12-20", "Incendie d'un dépôt pétrolier",
    "Une attaque de drones a provoqué un incendie dans un dépôt pétrolier de la région de Tambov, ont indiqué les autorités russes.",
    [S(RU, "Une attaque de drones a provoqué un incendie dans un dépôt pétrolier de la région de Tambov", False, "D-collective-tied")])

# --- E ---
add(FR, "2024-03-28", "Amman condamne une attaque",
    "Le ministère jordanien des Affaires étrangères a dénoncé une « attaque odieuse » contre un convoi humanitaire dans le nord de Gaza.",
    [S(["Jordanian foreign ministry", "Ministry of Foreign Affairs of Jordan", "ministère jordanien des Affaires étrangères"], "attaque odieuse", True, "E-denonce-quoted-np")])
add(FR, "2024-04-11", "Kiev dénonce une frappe",
    "Le ministère ukrainien des Affaires étrangères a condamné un « crime de guerre » contre la population d'Odessa, au lendemain de la frappe.",
    [S(["Ministry of Foreign Affairs of Ukraine", "Ukrainian foreign ministry", "ministère ukrainien des Affaires étrangères"], "crime de guerre", True, "E-denonce-quoted-np")])
add(FR, "2024-09-03", "Bilan d'une frappe sur Poltava",
    "Le service d'urgence de la région de Poltava a fait état mardi soir de onze morts et de trente blessés après la frappe sur un institut militaire.",
    [S(["service d'urgence de la région de Poltava", "services de secours de la région de Poltava", "State Emergency Service of Ukraine", "SES"],
       "onze morts et de trente blessés après la frappe sur un institut militaire", False, "E-fait-etat-de")])
add(FR, "2024-11-02", "Dégâts au port",
    "L'administration du port de Tchornomorsk a fait état de dégâts sur deux entrepôts après l'attaque de drones de la nuit.",
    [S(["administration du port de Tchornomorsk", "port de Tchornomorsk", "Chornomorsk port"], "dégâts sur deux entrepôts après l'attaque de drones de la nuit", False, "E-fait-etat-de")])

# --- négatifs ---
add(FR, "2024-06-29", "Vols suspendus",
    "Le Service national de l'aviation a suspendu tous les vols au départ de Lviv dimanche. Photo : le maire, Ivan Dorochenko, à l'aéroport en 2023.",
    [], note="négatif (action sans parole ; légende)")
add(FR, "2024-08-20", "Pas de réponse du district",
    "Le chef du district de Synelnykové, Petro Harmach, n'a pas répondu aux sollicitations au sujet de l'incendie.",
    [], note="négatif (pas de réponse)")


# ============================== second batch (other wordings, written after the first fixes) ==============================
SHABAAB = ["Al-Shabaab", "al-Shabab", "Shebab", "shebab", "Al-Shabab"]
NUJABA = ["al-Nujaba", "Harakat al-Nujaba", "mouvement al-Nujaba", "Nujaba movement", "al-Nujaba movement"]
ARABY = ["Al-Araby", "Al-Araby TV", "chaîne Al-Araby", "Al Araby"]
HADATH = ["al-Hadath", "Al-Hadath", "al-Hadath channel", "chaîne al-Hadath"]
FAMA = ["FAMa", "Forces armées maliennes", "Malian armed forces", "Malian army", "armée malienne", "Armed Forces of Mali"]
KHORTYTSIA = ["Khortytsia group of forces", "Khortytsia operational-strategic group", "Khortytsia group",
              "groupement de forces Khortytsia", "groupement Khortytsia"] + UA_ARMY
IL_CAA = ["Civil Aviation Authority of Israel", "Israel's Civil Aviation Authority", "Israeli civil aviation authority",
          "autorité israélienne de l'aviation civile", "autorité de l'aviation civile israélienne"]
SAF = SUDAN_ARMY

DZHURA = ["Oksana Dzhura", "Dzhura", "Oksana Djoura", "Djoura"]
add(EN, "2024-07-19", "Vilniansk hit by glide bombs",
    "Speaking to local television, the mayor of Vilniansk, Oksana Dzhura, said two glide bombs had hit a kindergarten that was empty at the time.",
    [S(DZHURA, "two glide bombs had hit a kindergarten that was empty at the time", False, "A-participle-then-role-name")])
PETRENKO = ["Mykola Petrenko", "Petrenko"]
add(EN, "2024-10-21", "Shelling in Bilozerka",
    "Mykola Petrenko, who heads the Bilozerka community, said artillery fire had damaged the village's only pharmacy.",
    [S(PETRENKO, "artillery fire had damaged the village's only pharmacy", False, "A-name-who-heads")])
PADUN = ["Roman Padun", "Padun", "Roman Padoun"]
add(EN, "2024-09-30", "Kurakhove without water",
    "The head of the Kurakhove military administration Roman Padun said the town had been without running water for three days.",
    [S(PADUN, "the town had been without running water for three days", False, "A-role-name-no-comma")])
DEMCHUK = ["Ihor Demchuk", "Demchuk", "Ihor Demtchouk", "Demtchouk"]
add(EN, "2025-01-09", "Drones over Kharkiv",
    "Kharkiv's mayor Ihor Demchuk told reporters that four drones had hit an industrial district overnight.",
    [S(DEMCHUK, "four drones had hit an industrial district overnight", False, "A-possessive-role-name-no-comma")])
ZHMURKO = ["Heorhiy Zhmurko", "Zhmurko", "Heorhii Zhmurko", "Heorhiï Jmourko", "Jmourko"]
add(EN, "2024-11-14", "Substation hit in Pavlohrad",
    "Heorhiy Zhmurko, head of the Pavlohrad district council, said a missile had hit an electrical substation. Mr Zhmourko said repairs would take a week.",
    [S(ZHMURKO, "a missile had hit an electrical substation", False, "A-name-head-of-council"),
     S(ZHMURKO, "repairs would take a week", False, "B-mr-other-spelling")])
add(EN, "2024-08-08", "Al-Shabaab says it will retaliate",
    "Al-Shabaab said on Thursday it would retaliate for the air strike near Jilib, which it said had killed eleven civilians.",
    [S(SHABAAB, "it would retaliate for the air strike near Jilib", False, "D-armed-group-it-would"),
     S(SHABAAB, "had killed eleven civilians", False, "D-armed-group-it-would", "relative clause 'which it said'")])
add(EN, "2024-02-02", "Iraqi group claims drone attack",
    "The al-Nujaba movement said its fighters had launched a drone at a base in the Golan Heights.",
    [S(NUJABA, "its fighters had launched a drone at a base in the Golan Heights", False, "C-arabic-article-armed-group")])
add(EN, "2024-05-26", "Strike on tent camp",
    "An air strike hit a tent camp west of Rafah, Al-Araby TV reported. The Saudi-owned al-Hadath channel said at least 20 people had been killed.",
    [S(ARABY, "An air strike hit a tent camp west of Rafah", False, "C-arabic-article-channel"),
     S(HADATH, "at least 20 people had been killed", False, "C-arabic-article-channel")])
add(EN, "2024-06-03", "Malian army says it repelled attack",
    "The Forces Armées Maliennes (FAMa) said they had repelled an attack on their camp near Boulkessi.",
    [S(FAMA, "they had repelled an attack on their camp near Boulkessi", False, "C-army-french-name")])
add(EN, "2024-12-12", "Khortytsia group reports clashes",
    "The Khortytsia group of forces said on Thursday that its troops had repelled 14 assaults near Kurakhove.",
    [S(KHORTYTSIA, "its troops had repelled 14 assaults near Kurakhove", False, "C-unit-group-of-forces")])
add(EN, "2024-04-14", "Israeli airspace closed",
    "The Civil Aviation Authority of Israel said the country's airspace would reopen at 07:30 on Sunday.",
    [S(IL_CAA, "the country's airspace would reopen at 07:30 on Sunday", False, "D-aviation-agency")])
add(EN, "2024-10-13", "UNIFIL urges restraint",
    "UNIFIL urged both sides to stop any action that put peacekeepers in danger.",
    [S(UNIFIL, "both sides to stop any action that put peacekeepers in danger", False, "D-un-mission-urged")])
add(EN, "2024-06-25", "Omdurman district shelled",
    "Sudanese army sources said the paramilitary had shelled the Karari district of Omdurman on Tuesday.",
    [S(SAF, "the paramilitary had shelled the Karari district of Omdurman on Tuesday", False, "D-collective-tied")])
add(EN, "2024-09-05", "Ministry condemns strike",
    "Qatar's foreign ministry denounced a \"heinous crime\" against displaced people in Gaza.",
    [S(["Qatar's foreign ministry", "Ministry of Foreign Affairs of Qatar", "Qatari foreign ministry"], "heinous crime", True, "E-quoted-phrase-in-clause")])

add(FR, "2024-07-20", "Vilniansk visée par des bombes guidées",
    "Interrogée par la télévision locale, la maire de Vilniansk, Oksana Djoura, a déclaré que deux bombes guidées avaient touché un jardin d'enfants vide.",
    [S(DZHURA, "deux bombes guidées avaient touché un jardin d'enfants vide", False, "A-participle-then-role-name")])
add(FR, "2024-10-22", "Tirs sur Bilozerka",
    "Mykola Petrenko, qui dirige la communauté de Bilozerka, a indiqué que des tirs avaient endommagé la seule pharmacie du village.",
    [S(PETRENKO, "des tirs avaient endommagé la seule pharmacie du village", False, "A-name-who-heads")])
BESEDINE = ["Andriï Besedine", "Besedine", "Andrii Besedin", "Besedin"]
add(FR, "2024-09-29", "Koupiansk sans électricité",
    "Selon le chef de l'administration militaire de Koupiansk Andriï Besedine, la ville est privée d'électricité depuis trois jours.",
    [S(BESEDINE, "la ville est privée d'électricité depuis trois jours", False, "A-role-name-no-comma")])
add(FR, "2025-01-10", "Drones sur Kharkiv",
    "Le maire de Kharkiv Ihor Demtchouk a affirmé que quatre drones avaient frappé une zone industrielle dans la nuit.",
    [S(DEMCHUK, "quatre drones avaient frappé une zone industrielle dans la nuit", False, "A-role-name-no-comma")])
MALACH = ["Iouri Malachtchenko", "Malachtchenko", "Yuriy Malashchenko", "Malashchenko"]
add(FR, "2024-11-15", "Sous-station touchée",
    "Iouri Malachtchenko, chef du conseil du district de Pavlohrad, a indiqué qu'un missile avait touché une sous-station électrique. Selon M. Malashchenko, les réparations prendront une semaine.",
    [S(MALACH, "un missile avait touché une sous-station électrique", False, "A-name-head-of-council"),
     S(MALACH, "les réparations prendront une semaine", False, "B-selon-m-other-spelling")])
add(FR, "2024-08-09", "Les shebab promettent des représailles",
    "Les shebab ont affirmé jeudi qu'ils riposteraient à la frappe aérienne près de Jilib.",
    [S(SHABAAB, "ils riposteraient à la frappe aérienne près de Jilib", False, "D-armed-group-it-would")])
add(FR, "2024-02-03", "Un groupe irakien revendique",
    "Le mouvement al-Nujaba a affirmé que ses combattants avaient lancé un drone sur une base du Golan.",
    [S(NUJABA, "ses combattants avaient lancé un drone sur une base du Golan", False, "C-arabic-article-armed-group")])
add(FR, "2024-05-27", "Frappe sur un camp de tentes",
    "Une frappe aérienne a touché un camp de tentes à l'ouest de Rafah, a rapporté la chaîne Al-Araby. Selon al-Hadath, au moins vingt personnes ont été tuées.",
    [S(ARABY, "Une frappe aérienne a touché un camp de tentes à l'ouest de Rafah", False, "C-arabic-article-channel"),
     S(HADATH, "au moins vingt personnes ont été tuées", False, "C-arabic-article-channel")])
add(FR, "2024-06-04", "L'armée malienne dit avoir repoussé une attaque",
    "Les Forces armées maliennes (FAMa) ont indiqué avoir repoussé une attaque contre leur camp près de Boulkessi.",
    [S(FAMA, "avoir repoussé une attaque contre leur camp près de Boulkessi", False, "C-army-acronym")])
add(FR, "2024-04-15", "Espace aérien israélien",
    "L'autorité israélienne de l'aviation civile a indiqué que l'espace aérien rouvrirait dimanche à 7 h 30.",
    [S(IL_CAA, "l'espace aérien rouvrirait dimanche à 7 h 30", False, "D-aviation-agency")])
add(FR, "2024-10-14", "La Finul exhorte à la retenue",
    "La Finul a exhorté les deux parties à cesser toute action mettant en danger les Casques bleus.",
    [S(UNIFIL, "les deux parties à cesser toute action mettant en danger les Casques bleus", False, "D-un-mission-urged")])
add(FR, "2024-06-26", "Sources militaires soudanaises",
    "Des sources militaires soudanaises ont indiqué que les paramilitaires avaient bombardé mardi le quartier de Karari, à Omdourman.",
    [S(SAF, "les paramilitaires avaient bombardé mardi le quartier de Karari, à Omdourman", False, "D-collective-tied")])
add(FR, "2024-09-06", "Doha dénonce une frappe",
    "Le ministère qatari des Affaires étrangères a dénoncé des « frappes aveugles » visant des quartiers résidentiels de Gaza.",
    [S(["Qatar's foreign ministry", "Ministry of Foreign Affairs of Qatar", "ministère qatari des Affaires étrangères"], "frappes aveugles", True, "E-denonce-quoted-np")])
add(FR, "2024-03-12", "Bilan à Kramatorsk",
    "La police régionale de Donetsk a fait état, dans un communiqué, de deux morts après la frappe sur un café de Kramatorsk.",
    [S(["police régionale de Donetsk", "police de la région de Donetsk", "Donetsk regional police"], "deux morts après la frappe sur un café de Kramatorsk", False, "E-fait-etat-de")])


# ============================== third batch (after probing: names the model tags as organisations) ==============================
ARTIUKH = ["Volodymyr Artiukh", "Artiukh", "Volodymyr Artyukh", "Artyukh", "Volodymyr Artioukh", "Artioukh"]
add(EN, "2024-10-07", "School hit in Sumy",
    "Volodymyr Artiukh, head of the Sumy administration, said a drone had hit a school. According to Mr Artyukh, classes were suspended.",
    [S(ARTIUKH, "a drone had hit a school", False, "A-name-head-of-model-org"),
     S(ARTIUKH, "classes were suspended", False, "B-according-to-mr-other-spelling")])
add(EN, "2024-11-21", "Army accuses rebels",
    "In a statement, the FARDC accused the rebels of targeting civilians in Minova.",
    [S(FARDC, "the rebels of targeting civilians in Minova", False, "C-army-acronym", "accused no table knows: the act is quoted")])
add(FR, "2024-10-08", "École touchée à Soumy",
    "Volodymyr Artioukh, chef de l'administration de Soumy, a affirmé qu'un drone avait touché une école. Selon M. Artyukh, les cours sont suspendus.",
    [S(ARTIUKH, "un drone avait touché une école", False, "A-name-head-of-model-org"),
     S(ARTIUKH, "les cours sont suspendus", False, "B-selon-m-other-spelling")])
add(FR, "2024-11-22", "L'armée accuse les rebelles",
    "Les Forces armées de la République démocratique du Congo ont accusé les rebelles de viser des civils à Minova.",
    [S(FARDC, "les rebelles de viser des civils à Minova", False, "C-army-french-name")])

IAROSH = ["Petro Iarosh", "Iarosh", "Petro Yarosh", "Yarosh"]
add(FR, "2024-12-16", "Un homme tué à Kherson",
    "Petro Iarosh, chef de l'administration militaire de la ville de Kherson, a indiqué qu'un homme avait été tué par des tirs. Iarosh a ajouté que le bac était fermé.",
    [S(IAROSH, "un homme avait été tué par des tirs", False, "A-opening-name-title-parse-lost"),
     S(IAROSH, "le bac était fermé", False, "B-surname-alone")])

UA_SES = ["State Emergency Service of Ukraine", "Ukraine's State Emergency Service", "Ukrainian State Emergency Service", "SES",
          "DSNS", "Ukrainian emergency services", "Service national des situations d'urgence", "services de secours ukrainiens",
          "services d'urgence ukrainiens"]
UNSMIL = ["UN Support Mission in Libya", "UNSMIL", "Manul", "Mission d'appui des Nations unies en Libye"]
add(EN, "2024-12-17", "Rescuers search rubble in Dnipro",
    "Ukraine's State Emergency Service said rescuers had pulled three people alive from the rubble of a house in Dnipro.",
    [S(UA_SES, "rescuers had pulled three people alive from the rubble of a house in Dnipro", False, "D-emergency-service-possessive",
       "a body the country owns, not the country")])
add(EN, "2024-08-28", "UN mission urges calm in Tripoli",
    "The UN Support Mission in Libya urged all parties to refrain from violence in the capital.",
    [S(UNSMIL, "all parties to refrain from violence in the capital", False, "D-un-mission-urged", "no table holds it: a body of the UN")])

for name, rows in (("en.jsonl", EN), ("fr.jsonl", FR)):
    (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(name, len(rows), "passages,", sum(len(r["statements"]) for r in rows), "statements")
