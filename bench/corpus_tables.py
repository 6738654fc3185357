"""Data tables of the benchmark corpus generator (``bench/corpus.py``).

Everything here is invented for benchmarking (people, quotes, publishers); the places are
real so that linking does real work. Each conflict lists who attacks, where (city names per
language, as the press writes them) and who speaks for each side. Templates use
``{slot}`` fields filled by the generator; a paragraph is picked from several wordings per
language so that no two articles share their text.
"""
from __future__ import annotations

CONFLICTS = [
    {
        "attacker": {"en": ("Russian", "Russia", "Moscow"), "fr": ("russes", "la Russie", "Moscou")},
        "victim": {"en": ("Ukrainian", "Ukraine", "Kyiv"), "fr": ("ukrainiennes", "l'Ukraine", "Kiev")},
        "cities": [("Kharkiv", "Kharkiv"), ("Odesa", "Odessa"), ("Zaporizhzhia", "Zaporijia"),
                   ("Kherson", "Kherson"), ("Dnipro", "Dnipro"), ("Kyiv", "Kiev"), ("Lviv", "Lviv"),
                   ("Mykolaiv", "Mykolaïv"), ("Sumy", "Soumy"), ("Poltava", "Poltava")],
        "victim_names": "slavic",
        "attacker_names": "slavic",
        "weapons": ("drone", "missile", "shelling", "air"),
    },
    {
        "attacker": {"en": ("Ukrainian", "Ukraine", "Kyiv"), "fr": ("ukrainiens", "l'Ukraine", "Kiev")},
        "victim": {"en": ("Russian", "Russia", "Moscow"), "fr": ("russes", "la Russie", "Moscou")},
        "cities": [("Belgorod", "Belgorod"), ("Kursk", "Koursk"), ("Bryansk", "Briansk"),
                   ("Moscow", "Moscou"), ("Voronezh", "Voronej"), ("Krasnodar", "Krasnodar"),
                   ("Tula", "Toula"), ("Rostov-on-Don", "Rostov-sur-le-Don")],
        "victim_names": "slavic",
        "attacker_names": "slavic",
        "weapons": ("drone", "missile", "shelling"),
    },
    {
        "attacker": {"en": ("Israeli", "Israel", "Israel"), "fr": ("israéliens", "Israël", "Israël")},
        "victim": {"en": ("Lebanese", "Lebanon", "Beirut"), "fr": ("libanais", "le Liban", "Beyrouth")},
        "cities": [("Tyre", "Tyr"), ("Sidon", "Saïda"), ("Baalbek", "Baalbek"), ("Bint Jbeil", "Bint Jbeil"),
                   ("Naqoura", "Naqoura")],
        "victim_names": "arabic",
        "attacker_names": "hebrew",
        "weapons": ("drone", "air", "shelling"),
    },
    {
        "attacker": {"en": ("American", "the United States", "Washington"),
                     "fr": ("américains", "les États-Unis", "Washington")},
        "victim": {"en": ("Yemeni", "Yemen", "Sanaa"), "fr": ("yéménites", "le Yémen", "Sanaa")},
        "cities": [("Hodeidah", "Hodeïda"), ("Sanaa", "Sanaa"), ("Hajjah", "Hajja"), ("Saada", "Saada")],
        "victim_names": "arabic",
        "attacker_names": "english",
        "weapons": ("air", "missile"),
    },
    {
        "attacker": {"en": ("Lebanese", "Hezbollah", "Beirut"), "fr": ("libanais", "le Hezbollah", "Beyrouth")},
        "victim": {"en": ("Israeli", "Israel", "Jerusalem"), "fr": ("israéliens", "Israël", "Jérusalem")},
        "cities": [("Kiryat Shmona", "Kiryat Shmona"), ("Metula", "Métoula"), ("Haifa", "Haïfa"),
                   ("Nahariya", "Nahariya")],
        "victim_names": "hebrew",
        "attacker_names": "arabic",
        "weapons": ("drone", "missile"),
    },
]

NAMES = {
    "slavic": (["Olena", "Ihor", "Yulia", "Serhiy", "Oleksandr", "Natalia", "Vitaliy", "Andriy", "Iryna",
                "Dmitry", "Vyacheslav", "Maria", "Pavel", "Roman", "Svetlana", "Mykola", "Anatoliy"],
               ["Kovalenko", "Marchenko", "Lysenko", "Bondarenko", "Tkachenko", "Shevchuk", "Melnyk", "Hrytsenko",
                "Volkov", "Gladkov", "Starovoit", "Sokolov", "Kuznetsov", "Savchenko", "Moroz", "Polishchuk"]),
    "arabic": (["Ali", "Hassan", "Mohammed", "Fatima", "Khalil", "Yusuf", "Nour", "Ibrahim", "Samir", "Rana",
                "Abdulmalik", "Hussein", "Karim", "Layla", "Omar"],
               ["Hammoud", "Srour", "Haidar", "Fadlallah", "Al-Bukhaiti", "Saree", "Nasser", "Khoury", "Mansour",
                "Zein", "Awada", "Qassem", "Darwish", "Saleh"]),
    "hebrew": (["Avi", "Daniel", "Yael", "Moshe", "Noa", "Eitan", "Tamar", "Yossi", "Ronit", "Amir", "Dana"],
               ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Stern", "Shapira", "Golan", "Hadad"]),
    "english": (["John", "Sarah", "Michael", "Emily", "David", "Laura", "James", "Rachel", "Thomas", "Kate"],
                ["Miller", "Harris", "Campbell", "Turner", "Walsh", "Bennett", "Carter", "Hughes", "Reed", "Foster"]),
}

# roles of people who speak: (English, French)
ROLES = [("governor", "gouverneur"), ("mayor", "maire"), ("spokesperson", "porte-parole"),
         ("regional governor", "gouverneur régional"), ("head of the military administration",
                                                        "chef de l'administration militaire")]

PUBLISHERS = {"en": ["Northline Wire", "Levant Ledger", "Global Dispatch", "Harbour Post", "Eastern Courier"],
              "fr": ["Agence Méridienne", "Le Quotidien Rhénan", "La Gazette des Deux Rives",
                     "Le Courrier des Cèdres", "L'Écho du Matin"]}

WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]}
DAY_PARTS = {"en": ["early on {day}", "on {day}", "late on {day}", "on {day} evening", "overnight into {day}"],
             "fr": ["{day} matin", "{day}", "{day} soir", "dans la nuit de {prev} à {day}", "{day} après-midi"]}

# weapon → (English noun phrase, English plural subject, French noun phrase, French plural subject)
WEAPONS = {
    "drone": ("a drone strike", "drones", "une frappe de drone", "des drones"),
    "missile": ("a missile strike", "missiles", "une frappe de missiles", "des missiles"),
    "shelling": ("shelling", "artillery", "des bombardements d'artillerie", "l'artillerie"),
    "air": ("an air strike", "warplanes", "une frappe aérienne", "des avions de combat"),
}

TARGETS = {"en": ["an apartment block", "a power substation", "a fuel depot", "a school", "a railway station",
                  "an industrial site", "a warehouse", "a bus depot", "a hospital", "a market"],
           "fr": ["un immeuble d'habitation", "un poste électrique", "un dépôt de carburant", "une école",
                  "une gare ferroviaire", "un site industriel", "un entrepôt", "un dépôt d'autobus", "un hôpital",
                  "un marché"]}

NUMBERS = {"en": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
           "fr": ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]}

QUOTES = {"en": ["There was no warning and nowhere to hide", "The fire has been contained and there are no casualties",
                 "Rescue crews are still working at the site", "This was a deliberate attack on civilians",
                 "We will restore power to the district within a day", "Residents of nearby streets have been moved to a school",
                 "Our air defence units destroyed most of the targets", "The enemy is trying to terrorise our people",
                 "The damage is serious but the situation is under control", "Schools in the area will stay closed"],
          "fr": ["L'incendie est maîtrisé et il n'y a pas de victimes", "Les secours travaillent toujours sur place",
                 "C'est une attaque délibérée contre des civils", "Nous rétablirons le courant dans la journée",
                 "Les habitants des rues voisines ont été évacués vers une école",
                 "Notre défense antiaérienne a détruit la plupart des cibles",
                 "L'ennemi cherche à terroriser notre population",
                 "Les dégâts sont importants mais la situation est sous contrôle",
                 "Les écoles du secteur resteront fermées", "Il n'y a eu aucune alerte"]}

# paragraphs; slots: see corpus.py (_slots)
TEMPLATES = {
    "en": {
        "title": ["{Attacker} {weapon_subj} hit {city}, {n_killed} killed, officials say",
                  "{Weapon_np} on {city} kills {n_killed}, {role_en} says",
                  "{Victim} says {attacker_gov} struck {city} with {weapon_subj}"],
        "lead": ["{DATELINE} - {Attacker} {weapon_subj} struck {target} in the {victim} city of {city} {when}, "
                 "killing {n_killed} people and wounding {n_wounded}, the {role_en} said.",
                 "{DATELINE} - {Weapon_np} hit {target} in {city} {when}, officials said, in an attack that "
                 "killed {n_killed} people.",
                 "{DATELINE} - {n_killed_cap} people were killed when {attacker} {weapon_subj} hit {target} in "
                 "{city} {when}, local authorities said."],
        "quote": ["“{quote},” {speaker}, the {role_en} of {city}, said.",
                  "“{quote}. {quote2},” {speaker} wrote on Telegram.",
                  "{speaker}, the {role_en}, said: “{quote}.”"],
        "reported": ["{victim_gov} said {attacker_gov} had launched {n_wounded} {weapon_subj} at the region overnight.",
                     "According to {speaker2}, a {role_en2}, {n_wounded} people were taken to hospital.",
                     "{speaker2} said rescue crews had pulled {n_wounded} people from the rubble."],
        "claim": ["{attacker_gov}'s defence ministry said its forces had struck military targets in {city}.",
                  "{attacker_gov} denied targeting civilians and said it had hit a weapons depot.",
                  "The {attacker} military did not comment on the strike."],
        "background": ["The strike was the latest in a series of attacks on {city} this month. Officials said "
                       "{n_wounded} buildings had been damaged across the district and that power had been cut to "
                       "several thousand homes while engineers inspected the network.",
                       "Schools and shops in the centre of {city} stayed closed after the attack, and volunteers "
                       "handed out water and blankets to families whose windows had been blown out. Local officials "
                       "asked residents to stay in shelters when the sirens sound.",
                       "{city2}, a few hours away by road, was also targeted earlier in the week, though no one was "
                       "hurt there. Analysts say the attacks aim to exhaust air defences before winter and to "
                       "wear down the morale of the population."],
        "filler": ["FILE PHOTO: A man walks past a damaged building in {city}, {month} {day_num}. {publisher}/File Photo",
                   "Read also: {Victim} reports new attacks near {city2}",
                   "The region has regularly come under fire since the war began, and air raid alerts sound "
                   "several times a week."],
    },
    "fr": {
        "title": ["{city} : {n_killed} morts après {weapon_np}",
                  "{Victim_name} : {weapon_np} sur {city} fait {n_killed} morts",
                  "{city} visée par {weapon_subj} {attacker}"],
        "lead": ["{Weapon_np} {attacker_adj_np} a touché {target} à {city} {when}, faisant {n_killed} morts et "
                 "{n_wounded} blessés, a annoncé le {role_fr}.",
                 "{n_killed_cap} personnes ont été tuées {when} dans {weapon_np} qui a touché {target} à {city}, "
                 "ont indiqué les autorités locales.",
                 "{Weapon_subj} {attacker} ont frappé {target} à {city} {when}, selon le {role_fr}, qui fait état "
                 "de {n_killed} morts."],
        "quote": ["« {quote} », a déclaré {speaker}, {role_fr} de {city}.",
                  "« {quote}. {quote2} », a écrit {speaker} sur Telegram.",
                  "{speaker}, {role_fr}, a affirmé : « {quote}. »"],
        "reported": ["Selon {speaker2}, {role_fr2}, {n_wounded} personnes ont été hospitalisées.",
                     "{victim_gov_cap} a accusé {attacker_gov} d'avoir lancé {n_wounded} {weapon_subj_bare} "
                     "contre la région pendant la nuit.",
                     "{speaker2} a précisé que les secours avaient dégagé {n_wounded} personnes des décombres."],
        "claim": ["Le ministère de la Défense {attacker_gov_de} a affirmé avoir frappé des cibles militaires "
                  "à {city}.",
                  "{attacker_gov_cap} {a_ont} démenti avoir visé des civils.",
                  "L'armée n'a pas commenté la frappe."],
        "background": ["Cette frappe est la dernière d'une série d'attaques contre {city} ce mois-ci. Selon les "
                       "autorités, {n_wounded} bâtiments ont été endommagés dans le quartier et plusieurs milliers de "
                       "foyers ont été privés d'électricité pendant que les techniciens inspectaient le réseau.",
                       "Les écoles et les commerces du centre de {city} sont restés fermés après l'attaque, et des "
                       "bénévoles ont distribué de l'eau et des couvertures aux familles dont les fenêtres avaient été "
                       "soufflées. Les autorités ont demandé aux habitants de rester dans les abris pendant les alertes.",
                       "{city2}, à quelques heures de route, avait aussi été visée en début de semaine, sans faire de "
                       "victimes. Selon des analystes, ces attaques visent à épuiser la défense antiaérienne avant "
                       "l'hiver et à user le moral de la population."],
        "filler": ["Photo d'archives : un homme devant un immeuble endommagé à {city}, le {day_num} {month}. © {publisher}",
                   "À lire aussi : nouvelles attaques près de {city2}",
                   "La région est régulièrement visée depuis le début de la guerre, et les alertes aériennes "
                   "retentissent plusieurs fois par semaine."],
    },
}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}
