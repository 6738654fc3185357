# Writes en.jsonl: 30 English statement passages (blind6). Run from this folder.
import json
P = []
def p(i, pub, title, text, st, note=None):
    d = {"id": "en6-%03d" % i, "language": "en", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["statements"] = st
    P.append(d)
def s(sp, q, direct, pat, note=None, **kw):
    d = {"speaker": sp, "quote": q, "direct": direct, "pattern": pat}
    if note: d["note"] = note
    d.update(kw)
    return d

UAF = ["Ukrainian Air Force", "Ukraine's air force", "Air Force of Ukraine", "armée de l'air ukrainienne", "Повітряні сили України"]
RUMOD = ["Russian Ministry of Defence", "Russian Defence Ministry", "Russian defence ministry", "ministère russe de la Défense", "Минобороны России"]
IDF = ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "armée israélienne", "Tsahal"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "houthis", "rebelles houthis"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
SAF = ["Sudanese Armed Forces", "Sudanese army", "armée soudanaise", "SAF"]

sp = ["Oksana Levchuk", "Levchuk", "Оксана Левчук"]
p(1, "2025-02-11", "Night of drones over Zaporizhzhia",
  "ZAPORIZHZHIA, Ukraine, Feb 11 (wire) - A wave of Russian attack drones set fire to a furniture factory and two private houses on the northern edge of Zaporizhzhia overnight, a spokeswoman for the regional military administration said on Tuesday. \"The fire took almost five hours to put out, and the roof of the main workshop collapsed,\" Oksana Levchuk told reporters. \"We are lucky the night shift had been cancelled.\"",
  [s(sp, "The fire took almost five hours to put out, and the roof of the main workshop collapsed", True, "direct-told-reporters-named-later", "the spokeswoman of the first sentence is the named Levchuk"),
   s(sp, "We are lucky the night shift had been cancelled", True, "direct-continuation"),
   s(["regional military administration", "Zaporizhzhia regional military administration", "administration militaire régionale de Zaporijjia", "Oksana Levchuk", "Levchuk"], "A wave of Russian attack drones set fire to a furniture factory and two private houses on the northern edge of Zaporizhzhia overnight", False, "sentence-final-attribution-spokeswoman-unnamed")])

p(2, "2025-03-04", "Kharkiv metro used as shelter",
  "Guided bombs dropped on Kharkiv's Saltivskyi district on Monday evening shattered windows in three high-rise blocks, according to a deputy mayor, Ihor Savenko. Savenko, writing on Telegram, said that 140 residents had spent the night in the nearest metro station and that engineers would inspect the buildings at first light.",
  [s(["Ihor Savenko", "Savenko", "Igor Savenko", "Ігор Савенко"], "Guided bombs dropped on Kharkiv's Saltivskyi district on Monday evening shattered windows in three high-rise blocks", False, "according-to-title-name-sentence-final", "invented deputy mayor"),
   s(["Ihor Savenko", "Savenko", "Igor Savenko", "Ігор Савенко"], "140 residents had spent the night in the nearest metro station", False, "participle-writing-two-that-clauses"),
   s(["Ihor Savenko", "Savenko", "Igor Savenko", "Ігор Савенко"], "engineers would inspect the buildings at first light", False, "second-that-clause")])

p(3, "2024-11-22", "Belgorod governor's office reports drone on bus",
  "A Ukrainian drone struck a commuter bus on the road between Shebekino and Belgorod on Friday morning, the press office of the Belgorod regional government said, blaming Kyiv for what it called \"a deliberate hunt for civilians\". The office said the driver had managed to stop the vehicle in a ditch.",
  [s(["Belgorod regional government", "press office of the Belgorod regional government", "Belgorod regional administration", "administration régionale de Belgorod"], "A Ukrainian drone struck a commuter bus on the road between Shebekino and Belgorod on Friday morning", False, "sentence-final-press-office"),
   s(["Belgorod regional government", "press office of the Belgorod regional government", "Belgorod regional administration", "administration régionale de Belgorod"], "a deliberate hunt for civilians", True, "what-it-called-quotation"),
   s(["Belgorod regional government", "press office of the Belgorod regional government", "Belgorod regional administration", "administration régionale de Belgorod"], "the driver had managed to stop the vehicle in a ditch", False, "definite-description-the-office"),
   s(["Belgorod regional government", "press office of the Belgorod regional government", "Belgorod regional administration", "administration régionale de Belgorod"], None, False, "participle-blaming")])

p(4, "2025-01-15", "Moscow claims downing of drones",
  "Air defence units destroyed 31 Ukrainian drones over the Bryansk, Kursk and Oryol regions during the night, Russia's defence ministry said in its morning bulletin. It did not say whether any had caused damage on the ground.",
  [s(RUMOD, "Air defence units destroyed 31 Ukrainian drones over the Bryansk, Kursk and Oryol regions during the night", False, "sentence-final-ministry-bulletin", "the negated second sentence is no statement")])

p(5, "2024-07-09", "Nahariya siren",
  "Sirens sounded across Nahariya and the western Galilee shortly before noon on Tuesday. The Israeli military said two rockets had been fired from southern Lebanon, one of which was intercepted while the other fell in an open area. Hezbollah said in a statement that its fighters had targeted \"a gathering of enemy soldiers\" near the coastal town, in response to an Israeli strike that killed one of its members the day before.",
  [s(IDF, "two rockets had been fired from southern Lebanon, one of which was intercepted while the other fell in an open area", False, "military-said-indirect"),
   s(["Hezbollah", "Hizbollah", "Hezbollah libanais", "Hizballah"], "its fighters had targeted \"a gathering of enemy soldiers\" near the coastal town, in response to an Israeli strike that killed one of its members the day before", False, "mixed-quotation")])

sp = ["Yahya al-Mansouri", "al-Mansouri", "Mansouri", "Houthis", "Ansar Allah"]
p(6, "2024-12-03", "Houthis claim ship attack",
  "SANAA, Dec 3 - Yemen's Houthi movement claimed responsibility on Tuesday for a missile attack on a container ship in the Gulf of Aden. \"The ship belonged to a company that deals with the ports of occupied Palestine,\" the group's military spokesman, Yahya al-Mansouri, said in a televised address, adding that operations would continue \"until the aggression stops\". The British maritime agency UKMTO said a vessel had reported an explosion some 90 nautical miles east of Aden, but that the crew were safe.",
  [s(sp, "The ship belonged to a company that deals with the ports of occupied Palestine", True, "direct-title-name-after-verb", "invented spokesman"),
   s(sp, "operations would continue \"until the aggression stops\"", False, "adding-mixed-quotation"),
   s(["UKMTO", "United Kingdom Maritime Trade Operations", "British maritime agency UKMTO", "agence britannique UKMTO"], "a vessel had reported an explosion some 90 nautical miles east of Aden", False, "agency-acronym-apposition"),
   s(["UKMTO", "United Kingdom Maritime Trade Operations", "British maritime agency UKMTO", "agence britannique UKMTO"], "the crew were safe", False, "but-that-second-clause"),
   s(HOUTHI, "for a missile attack on a container ship in the Gulf of Aden", False, "claimed-responsibility-for", note="a claim that reports the act quotes it (dev convention)")])

p(7, "2025-04-18", "Sudan: El Obeid market shelled",
  "Shells fired by the Rapid Support Forces hit the main livestock market in El Obeid on Thursday, a medical source at the city's teaching hospital told AFP, requesting anonymity because he was not authorised to speak to the press. The paramilitaries denied any involvement. \"Our forces are nowhere near El Obeid,\" an RSF adviser said.",
  [s(["El Obeid teaching hospital", "teaching hospital", "hôpital universitaire d'El-Obeid"], "Shells fired by the Rapid Support Forces hit the main livestock market in El Obeid on Thursday", False, "medical-source-in-hospital-told-afp"),
   s(RSF, "Our forces are nowhere near El Obeid", True, "direct-adviser-acronym"),
   s(RSF, "any involvement", False, "denied-noun", optional=True, note="denial with noun object; optional")])

p(8, "2024-10-27", "Kyiv region: drone debris",
  "Debris from a downed drone damaged a petrol station in the Bucha district, the Kyiv regional military administration said on Sunday. Its head, Ruslan Kovtun, later said in a video that no one had been hurt and that traffic on the Zhytomyr highway had resumed.",
  [s(["Kyiv regional military administration", "Kyiv regional administration", "administration militaire régionale de Kyiv"], "Debris from a downed drone damaged a petrol station in the Bucha district", False, "sentence-final-regional-administration"),
   s(["Ruslan Kovtun", "Kovtun", "Руслан Ковтун"], "no one had been hurt", False, "its-head-name-appositive", "invented head"),
   s(["Ruslan Kovtun", "Kovtun", "Руслан Ковтун"], "traffic on the Zhytomyr highway had resumed", False, "and-that-second-clause")])

p(9, "2025-05-06", "Gaza: strike on school shelter",
  "GAZA CITY, May 6 - An Israeli air strike hit a school sheltering displaced families in the Shati camp before dawn on Tuesday, Gaza's civil defence agency said. \"We pulled people out with our hands because the bulldozer could not get through,\" said Mahmoud Shaheen, a rescuer. The Israeli army said it had struck \"a Hamas command centre embedded inside\" the compound and had taken steps to limit harm to civilians.",
  [s(["Gaza civil defence", "civil defence agency", "Gaza civil defence agency", "défense civile de Gaza"], "An Israeli air strike hit a school sheltering displaced families in the Shati camp before dawn on Tuesday", False, "sentence-final-agency"),
   s(["Mahmoud Shaheen", "Shaheen", "محمود شاهين"], "We pulled people out with our hands because the bulldozer could not get through", True, "said-inverted-name-role", "invented rescuer"),
   s(IDF, "it had struck \"a Hamas command centre embedded inside\" the compound", False, "mixed-quotation"),
   s(IDF, "had taken steps to limit harm to civilians", False, "gapped-second-clause")])

p(10, "2024-09-12", "FILE PHOTO caption",
  "FILE PHOTO: A firefighter works at the site of a Russian missile strike on a residential building in Dnipro, Ukraine, in this picture released by the State Emergency Service. REUTERS/Stringer/File Photo",
  [], note="photo caption: no statement")

p(11, "2025-06-02", "Mariupol background",
  "Read also: Two years on, the families of the Kramatorsk bakery strike still wait for answers",
  [], note="Read also teaser: no statement")

p(12, "2024-08-14", "Sumy: ambulance hit",
  "A Russian FPV drone hit an ambulance in the village of Myropillia on Wednesday, the Sumy regional military administration said, calling it \"a war crime committed in broad daylight\". According to the administration, the paramedic and driver were taken to hospital with shrapnel wounds. Moscow, which says it does not target civilians, did not comment.",
  [s(["Sumy regional military administration", "administration militaire régionale de Soumy", "Sumy regional administration"], "A Russian FPV drone hit an ambulance in the village of Myropillia on Wednesday", False, "sentence-final-administration"),
   s(["Sumy regional military administration", "administration militaire régionale de Soumy", "Sumy regional administration"], "a war crime committed in broad daylight", True, "calling-it-quotation"),
   s(["Sumy regional military administration", "administration militaire régionale de Soumy", "Sumy regional administration"], "the paramedic and driver were taken to hospital with shrapnel wounds", False, "according-to-the-administration"),
   s(["Russia", "Moscow", "Russie", "Moscou"], "it does not target civilians", False, "relative-which-says", note="general claim in a relative clause; 'did not comment' is none")])

p(13, "2024-06-20", "Syria: strike near Damascus airport",
  "Syrian state media said Israeli missiles had targeted positions near Damascus international airport shortly after midnight, and that air defences had shot down most of them. The Israeli military, as is its custom, declined to comment on the reports. A war monitor based in Britain, the Syrian Observatory for Human Rights, said the strikes hit a weapons depot used by Iran-backed groups.",
  [s(["Syrian state media", "SANA", "Syrian state news agency", "médias d'État syriens"], "Israeli missiles had targeted positions near Damascus international airport shortly after midnight", False, "collective-state-media"),
   s(["Syrian state media", "SANA", "Syrian state news agency", "médias d'État syriens"], "air defences had shot down most of them", False, "and-that-second-clause"),
   s(["Syrian Observatory for Human Rights", "SOHR", "Observatoire syrien des droits de l'homme", "OSDH"], "the strikes hit a weapons depot used by Iran-backed groups", False, "apposition-before-name", "declined to comment is no statement")])

p(14, "2025-02-26", "Kherson: tram depot",
  "Russian troops shelled a tram depot in Kherson's Dniprovskyi district on Wednesday morning. \"Three trams burned down, and the depot is out of action for weeks,\" said Olha Savchuk, who runs the city's transport department. She added that buses would cover the routes. The regional prosecutor's office said it had opened a war crimes investigation.",
  [s(["Olha Savchuk", "Savchuk", "Olga Savchuk", "Ольга Савчук"], "Three trams burned down, and the depot is out of action for weeks", True, "said-name-relative-role", "invented official"),
   s(["Olha Savchuk", "Savchuk", "Olga Savchuk", "Ольга Савчук"], "buses would cover the routes", False, "pronoun-she-added"),
   s(["Kherson regional prosecutor's office", "regional prosecutor's office", "prosecutor's office", "parquet régional de Kherson"], "it had opened a war crimes investigation", False, "regional-prosecutor-bare-one-region")])

p(15, "2024-12-19", "Newsletter banner",
  "Sign up for our Morning Briefing newsletter to get the day's top stories on the war in Ukraine and the Middle East delivered to your inbox. By signing up you agree to our terms, which say we may contact you about our offers.",
  [], note="page furniture: newsletter banner, 'which say' is inanimate")

p(16, "2025-03-21", "Iran: explosion at Bandar Abbas",
  "A loud explosion was heard near a naval facility outside Bandar Abbas late on Thursday, Iranian media reported. A local official, quoted by the semi-official Tasnim agency, said the blast was caused by \"a technical fault during maintenance\" and ruled out any attack. Israel's military had no immediate comment.",
  [s(["Iranian media", "médias iraniens"], "A loud explosion was heard near a naval facility outside Bandar Abbas late on Thursday", False, "collective-media-reported", optional=True, note="collective source with no organisation: optional"),
   s(["Tasnim", "Tasnim news agency", "agence Tasnim", "local official"], "the blast was caused by \"a technical fault during maintenance\"", False, "anonymous-official-quoted-by-agency-mixed"),
   s(["Tasnim", "Tasnim news agency", "agence Tasnim", "local official"], "any attack", False, "ruled-out-noun", optional=True, note="'ruled out' a noun: borderline speech act")])

p(17, "2024-05-30", "Mali: army convoy",
  "BAMAKO, May 30 - Militants attacked an army convoy between Niono and Diabaly in central Mali on Wednesday, the armed forces said in a statement read on state television, adding that \"several terrorists were neutralised\". A group linked to al-Qaeda, JNIM, said on its propaganda channels that it had seized two armoured vehicles.",
  [s(["Malian Armed Forces", "FAMa", "Malian army", "Forces armées maliennes", "armée malienne"], "Militants attacked an army convoy between Niono and Diabaly in central Mali on Wednesday", False, "bare-armed-forces-dateline-country"),
   s(["Malian Armed Forces", "FAMa", "Malian army", "Forces armées maliennes", "armée malienne"], "several terrorists were neutralised", True, "adding-that-full-quotation"),
   s(["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims", "GSIM", "Groupe de soutien à l'islam et aux musulmans"], "it had seized two armoured vehicles", False, "apposition-acronym-after-description")])

p(18, "2025-01-08", "Lebanon: strike on car",
  "An Israeli drone strike on a car near Nabatieh killed two people on Wednesday, Lebanon's health ministry said. The state-run National News Agency identified the car as belonging to a local shopkeeper. In Tel Aviv, the military said it had \"eliminated a Hezbollah operative who was planning attacks\" but gave no name.",
  [s(["Lebanese Ministry of Public Health", "Lebanon's health ministry", "health ministry", "ministère libanais de la Santé"], "An Israeli drone strike on a car near Nabatieh killed two people on Wednesday", False, "sentence-final-ministry"),
   s(["National News Agency", "NNA", "Agence nationale d'information", "ANI"], "the car as belonging to a local shopkeeper", False, "identified-as", optional=True, note="'identified X as Y' is borderline speech"),
   s(IDF, "it had \"eliminated a Hezbollah operative who was planning attacks\"", False, "bare-military-after-place-mixed")])

p(19, "2024-11-05", "Storm damage",
  "Heavy rain and hail battered the Odesa region on Monday, and the flooding claimed the lives of two elderly villagers near Izmail, while satellite images show entire streets under water.",
  [], note="speech verbs in another sense: 'claimed the lives', inanimate 'show'")

sp = ["Serhii Dovhyi", "Dovhyi", "Sergei Dovgiy", "Сергій Довгий"]
p(20, "2025-04-02", "Dnipro strike, two quotes",
  "\"It was a ballistic missile, there was no time for the sirens,\" the head of the Dnipro district council, Serhii Dovhyi, said on Wednesday. \"The crater is as deep as a house.\" Mr Dovhyi said 14 flats had been destroyed, and he accused Moscow of aiming at a residential neighbourhood on purpose.",
  [s(sp, "It was a ballistic missile, there was no time for the sirens", True, "direct-first-title-name-after"),
   s(sp, "The crater is as deep as a house", True, "direct-continuation"),
   s(sp, "14 flats had been destroyed", False, "mr-surname"),
   s(sp, "aiming at a residential neighbourhood on purpose", False, "accused-of-act")])

p(21, "2024-09-25", "Port Sudan drones",
  "Drones attacked an army base near Port Sudan airport at dawn on Wednesday, witnesses said. The Sudanese army's spokesman, Brigadier Omer Hamdan Karrar, said later that air defences had repelled the attack, blaming the RSF, which did not respond to a request for comment.",
  [s(["witnesses", "témoins"], "Drones attacked an army base near Port Sudan airport at dawn on Wednesday", False, "witnesses-optional", optional=True),
   s(["Omer Hamdan Karrar", "Karrar", "Omer Karrar", "Brigadier Omer Hamdan Karrar"], "air defences had repelled the attack", False, "spokesman-rank-name", "invented spokesman; then a participle accusation"),
   s(["Omer Hamdan Karrar", "Karrar", "Omer Karrar", "Brigadier Omer Hamdan Karrar"], None, False, "participle-blaming")])

p(22, "2024-10-03", "Myanmar: junta airstrike",
  "A junta air strike on a monastery in Sagaing region's Kani township killed at least eleven people sheltering there, a local resistance group said on Thursday. \"Most of them were old people who could not run,\" a member of the group told the Associated Press by phone. Myanmar's military government did not respond to questions.",
  [s(["local resistance group", "People's Defence Force", "PDF"], "A junta air strike on a monastery in Sagaing region's Kani township killed at least eleven people sheltering there", False, "anonymous-group-optional", optional=True, note="group with no name"),
   s(["local resistance group", "People's Defence Force", "PDF"], "Most of them were old people who could not run", True, "member-of-group-told-ap", optional=True)])

p(23, "2025-05-19", "Somalia: al-Shabaab claim",
  "MOGADISHU, May 19 - Al-Shabaab said it was behind a mortar attack on the presidential compound on Sunday night. Police spokesman Abdirahman Farah told reporters the shells landed near the outer wall and that \"the situation is under control\".",
  [s(["al-Shabaab", "Al-Shabaab", "al-Chabab", "shebab", "Harakat al-Shabaab al-Mujahideen"], "it was behind a mortar attack on the presidential compound on Sunday night", False, "claim-was-behind"),
   s(["Abdirahman Farah", "Farah", "Somali Police Force", "police"], "the shells landed near the outer wall", False, "title-name-no-comma"),
   s(["Abdirahman Farah", "Farah", "Somali Police Force", "police"], "the situation is under control", True, "and-that-full-quotation")])

p(24, "2024-07-30", "Reporter got no answer",
  "Reuters was unable to reach the Russian-installed authorities in Nova Kakhovka for comment on the reports of a strike on the town's water intake.",
  [], note="reporter's contact with no answer: no statement")

p(25, "2025-02-03", "Pakistan: drone strike claim",
  "PESHAWAR, Feb 3 - Pakistan's military said on Monday its forces had killed six militants in an operation in North Waziristan, a day after a drone attack on a police post in Bannu. Afghanistan's Taliban government rejected Islamabad's suggestion that the attackers had come from across the border, saying Pakistan should \"look at its own failures\".",
  [s(["Pakistani military", "Pakistan's military", "Inter-Services Public Relations", "ISPR", "Pakistan Army", "armée pakistanaise"], "its forces had killed six militants in an operation in North Waziristan", False, "military-said-on-day"),
   s(["Taliban government", "Taliban", "Afghan Taliban government", "Islamic Emirate of Afghanistan", "gouvernement taliban", "talibans"], "Pakistan should \"look at its own failures\"", False, "participle-saying-mixed"),
   s(["Taliban government", "Taliban", "Afghan Taliban government", "Islamic Emirate of Afghanistan", "gouvernement taliban", "talibans"], "Islamabad's suggestion that the attackers had come from across the border", False, "rejected-noun", optional=True, note="rejection of a claim, noun phrase")])

p(26, "2024-08-21", "Goma: M23 shelling",
  "Shells landed in a camp for displaced people on the outskirts of Goma on Tuesday, the United Nations refugee agency said, describing the attack as \"a grave violation\". The Congolese army blamed the M23 rebels, who in turn accused government forces of firing from inside the camp.",
  [s(["UNHCR", "United Nations refugee agency", "UN refugee agency", "Haut Commissariat des Nations unies pour les réfugiés", "HCR"], "Shells landed in a camp for displaced people on the outskirts of Goma on Tuesday", False, "sentence-final-un-agency"),
   s(["UNHCR", "United Nations refugee agency", "UN refugee agency", "Haut Commissariat des Nations unies pour les réfugiés", "HCR"], "a grave violation", True, "describing-as-quotation"),
   s(["M23", "M23 rebels", "March 23 Movement", "Mouvement du 23 mars", "rebelles du M23"], "firing from inside the camp", False, "relative-accused-of-act"),
   s(["Armed Forces of the Democratic Republic of the Congo", "FARDC", "Congolese army", "armée congolaise"], None, False, "blamed-group")])

p(27, "2025-03-30", "Haiti: gang attack",
  "PORT-AU-PRINCE, March 30 - Gang members armed with rifles attacked the town of Mirebalais overnight, freeing inmates from the prison, a local official said on Sunday. \"They came from three sides at once,\" he said. \"The police had no reinforcements.\"",
  [s(["local official", "responsable local"], "Gang members armed with rifles attacked the town of Mirebalais overnight, freeing inmates from the prison", False, "anonymous-official-optional", optional=True),
   s(["local official", "responsable local"], "They came from three sides at once", True, "pronoun-he-anonymous", optional=True),
   s(["local official", "responsable local"], "The police had no reinforcements", True, "direct-continuation", optional=True)],
  note="all statements optional: an official tied to no organisation")

p(28, "2024-06-11", "Cookies",
  "We use cookies to improve your experience. Our partners say they process data to personalise ads; click Accept to continue or Manage to choose your settings.",
  [], note="cookie banner: page furniture, no statement")

p(29, "2025-06-14", "Nigeria: Borno attack",
  "MAIDUGURI, Nigeria, June 14 - Suspected Boko Haram fighters attacked a village in Borno state's Gwoza area late on Friday, burning homes and a clinic, according to a member of a local vigilante group, Musa Ali. \"We counted the bodies at dawn,\" Ali said. The state governor's spokesman said the army had been deployed to the area.",
  [s(["Musa Ali", "Ali"], "Suspected Boko Haram fighters attacked a village in Borno state's Gwoza area late on Friday, burning homes and a clinic", False, "according-to-role-name-after", "invented vigilante"),
   s(["Musa Ali", "Ali"], "We counted the bodies at dawn", True, "direct-surname-said"),
   s(["Borno state governor", "Borno state government", "governor's spokesman", "gouverneur de l'État de Borno"], "the army had been deployed to the area", False, "governor-spokesman")])

p(30, "2024-04-25", "Teaser and caption",
  "Photo: Smoke rises over Khan Younis after Israeli strikes, as seen from Rafah. © AFP\n\nÀ lire aussi / Read more: How the war changed Gaza's coastline",
  [], note="photo caption with credit and teaser")

with open("en.jsonl", "w", encoding="utf-8") as f:
    for d in P:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P))
