import json
from speakers import *
P = []
def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional: d["optional"] = True
    if note: d["note"] = note
    return d
def add(published, title, text, statements, note=None):
    d = {"id": "en3-%03d" % (len(P) + 1), "language": "en", "published": published, "title": title, "text": text}
    if note: d["note"] = note
    d["statements"] = statements
    P.append(d)

BONDARENKO = ["Ihor Bondarenko", "Bondarenko", "Igor Bondarenko", "Ігор Бондаренко"]
add("2024-08-23", "Guided bomb hits grain elevator near Krasnopillia",
 "A deputy head of the Sumy regional military administration, Ihor Bondarenko, said a guided bomb had struck a grain elevator outside Krasnopillia on Thursday. Mr Bondarenko said two workers were still missing under the rubble.",
 [S(BONDARENKO, "a guided bomb had struck a grain elevator outside Krasnopillia on Thursday", False, "title-name-appositive", "the person, not the regional military administration"),
  S(BONDARENKO, "two workers were still missing under the rubble", False, "title-name-later-mr")])

HORBENKO = ["Svitlana Horbenko", "Horbenko", "Svetlana Gorbenko", "Gorbenko", "Світлана Горбенко"]
add("2024-04-16", "Trolleybus line cut in Mykolaiv",
 "Svitlana Horbenko, a deputy mayor of Mykolaiv, said Russian drones had brought down the overhead wires on two trolleybus routes in the Inhulskyi district. Ms Horbenko added that buses would replace them from Wednesday.",
 [S(HORBENKO, "Russian drones had brought down the overhead wires on two trolleybus routes in the Inhulskyi district", False, "name-title-appositive", "name first, title after"),
  S(HORBENKO, "buses would replace them from Wednesday", False, "title-name-later-ms")])

VORONIN = ["Anatoly Voronin", "Voronin", "Anatoliy Voronin", "Anatoli Voronine", "Анатолий Воронин"]
add("2024-09-03", "Fuel truck set ablaze near Rylsk",
 "Anatoly Voronin, who heads the Rylsk district in the Kursk region, wrote on Telegram that a Ukrainian drone had dropped explosives on a fuel truck on the Rylsk–Glushkovo road. “The driver jumped out a few seconds before the tank caught fire,” Mr Voronin wrote.",
 [S(VORONIN, "a Ukrainian drone had dropped explosives on a fuel truck on the Rylsk–Glushkovo road", False, "name-who-heads-relative", "relative clause as title"),
  S(VORONIN, "The driver jumped out a few seconds before the tank caught fire", True, "title-name-later-mr")])

HALEVI = ["Dror Halevi", "Halevi", "Dror Halévi", "דרור הלוי"]
add("2024-06-27", "Anti-tank missile hits barn in Western Galilee",
 "The security coordinator of the Mateh Asher regional council, Dror Halevi, said an anti-tank missile fired from Lebanon had hit an empty cowshed near Shlomi. According to Mr Halevi, the farm had been evacuated in October.",
 [S(HALEVI, "an anti-tank missile fired from Lebanon had hit an empty cowshed near Shlomi", False, "title-name-appositive"),
  S(HALEVI, "the farm had been evacuated in October", False, "according-to-mr")])

FAWAZ = ["Hassan Fawaz", "Fawaz", "Hasan Fawwaz", "Fawwaz", "حسن فواز"]
add("2024-10-09", "Municipal building destroyed in Bint Jbeil",
 "The head of the Bint Jbeil municipality, Hassan Fawaz, told Lebanon's National News Agency that an Israeli air strike had levelled the municipal building before dawn. Mr Fawaz said the town's records had been moved to Tyre a week earlier.",
 [S(FAWAZ, "an Israeli air strike had levelled the municipal building before dawn", False, "addressee-agency", "the National News Agency is the addressee, not the speaker"),
  S(FAWAZ, "the town's records had been moved to Tyre a week earlier", False, "title-name-later-mr")])

ABDELRAHMAN = ["Mona Abdelrahman", "Abdelrahman", "Dr Mona Abdelrahman", "Mona Abdel Rahman", "Mouna Abdelrahmane", "منى عبد الرحمن"]
OBEID_HOSP = ["El Obeid Teaching Hospital", "El-Obeid Teaching Hospital", "hôpital universitaire d'El-Obeid", "El Obeid hospital"]
add("2025-03-11", "El Obeid hospital treats drone casualties",
 "Dr Mona Abdelrahman, director of El Obeid Teaching Hospital, said 19 people wounded in a drone strike on the city's livestock market had been admitted overnight. The hospital later said it had run out of blood bags for transfusions.",
 [S(ABDELRAHMAN, "19 people wounded in a drone strike on the city's livestock market had been admitted overnight", False, "org-hospital-director", "named director = the person"),
  S(OBEID_HOSP, "it had run out of blood bags for transfusions", False, "org-hospital", "the hospital as an organisation")])

SES_DNIPRO = ["State Emergency Service in the Dnipropetrovsk region", "Dnipropetrovsk regional emergency service", "Dnipropetrovsk State Emergency Service", "Dnipropetrovsk emergency service"] + UA_SES
add("2024-07-30", "Rescuers search collapsed block in Kryvyi Rih",
 "The State Emergency Service in the Dnipropetrovsk region said rescuers had pulled four people alive from the rubble of a five-storey block in Kryvyi Rih hit by a missile on Monday evening. Dog teams were still searching the stairwells, it said.",
 [S(SES_DNIPRO, "rescuers had pulled four people alive from the rubble of a five-storey block in Kryvyi Rih hit by a missile on Monday evening", False, "org-regional-emergency"),
  S(SES_DNIPRO, "Dog teams were still searching the stairwells", False, "pronoun-it-inverted", "sentence-final ', it said'")])

SERW = ["South-Eastern Railway", "South Eastern Railway", "Yugo-Vostochnaya Railway", "chemin de fer du Sud-Est", "Юго-Восточная железная дорога", "Russian Railways", "RZD", "Chemins de fer russes", "РЖД"]
add("2024-05-22", "Freight wagons derail near Liski",
 "Russian Railways' South-Eastern Railway branch said eleven freight wagons had come off the track near Liski after what it described as \"unlawful interference\" overnight. Passenger trains towards Rostov-on-Don were running up to four hours late, the company said.",
 [S(SERW, "eleven freight wagons had come off the track near Liski after what it described as \"unlawful interference\" overnight", False, "org-railway-branch", "mixed quotation inside the clause"),
  S(SERW, "Passenger trains towards Rostov-on-Don were running up to four hours late", False, "definite-description-company")])

EILAT_PORT = ["Eilat Port Company", "Port of Eilat", "Eilat port", "port d'Eilat", "Eilat Port", "נמל אילת"]
add("2024-12-04", "Eilat port halts unloading",
 "The Eilat Port Company said unloading had been suspended for six hours after a drone launched from Yemen fell into the sea about 300 metres from the car terminal. “Our cranes are undamaged and work resumed at noon,” a port spokeswoman said.",
 [S(EILAT_PORT, "unloading had been suspended for six hours after a drone launched from Yemen fell into the sea about 300 metres from the car terminal", False, "org-port-authority"),
  S(EILAT_PORT, "Our cranes are undamaged and work resumed at noon", True, "unnamed-spokesperson-org", "unnamed spokeswoman = the port company")])

add("2025-01-28", "M23 says it took airport road",
 "In a statement read on a local radio station, the M23 said its fighters had come under artillery fire from government positions near Sake on Monday. The rebel group said it would \"respond to every shell\".",
 [S(M23, "its fighters had come under artillery fire from government positions near Sake on Monday", False, "org-armed-group"),
  S(M23, "it would \"respond to every shell\"", False, "definite-description-group", "mixed quotation")])

add("2025-02-05", "Congolese army reports shelling of Minova",
 "The Forces armées de la République démocratique du Congo (FARDC) said rebel mortar rounds had hit a school in Minova, in South Kivu, killing two pupils. An army spokesman in Bukavu told reporters the shells had been fired from the hills above the town.",
 [S(FARDC, "rebel mortar rounds had hit a school in Minova, in South Kivu, killing two pupils", False, "org-army-fr-name-in-en", "national army named in French in an English text"),
  S(FARDC, "the shells had been fired from the hills above the town", False, "addressee-reporters", "unnamed army spokesman = the army")])

IR_CAO = ["Civil Aviation Organization of Iran", "Iran's Civil Aviation Organization", "Civil Aviation Organization", "CAO", "Iranian civil aviation authority", "Organisation de l'aviation civile iranienne", "aviation civile iranienne", "سازمان هواپیمایی کشوری"]
add("2025-06-21", "Iran keeps western airspace closed",
 "Iran's Civil Aviation Organization said flights in the west of the country would stay grounded until Tuesday after overnight air strikes near Tabriz. Airports in Mashhad and Shiraz would reopen for domestic routes only, the agency added.",
 [S(IR_CAO, "flights in the west of the country would stay grounded until Tuesday after overnight air strikes near Tabriz", False, "org-civil-aviation"),
  S(IR_CAO, "Airports in Mashhad and Shiraz would reopen for domestic routes only", False, "definite-description-agency")])

IKHBARIYA = ["Al-Ikhbariya", "al-Ikhbariya", "Al Ikhbariya", "Syrian state television", "Syrian state TV", "télévision d'État syrienne", "الإخبارية السورية"]
add("2024-11-21", "Strike reported on Palmyra",
 "Syrian state television channel Al-Ikhbariya reported that an air strike had hit a residential area in Palmyra, killing several people, and showed firefighters at a burning building. The channel blamed Israel for the raid.",
 [S(IKHBARIYA, "an air strike had hit a residential area in Palmyra, killing several people", False, "state-television-channel", "state TV, never the state"),
  S(IKHBARIYA, None, False, "accusation-null-definite-description")])

add("2024-03-07", "UNHCR says shelter hit in Kharkiv region",
 "The UN refugee agency said a shelling attack on Tuesday had damaged a collective centre for displaced families in Zolochiv, near the Russian border. UNHCR said its staff had delivered plastic sheeting to seal the broken windows.",
 [S(UNHCR, "a shelling attack on Tuesday had damaged a collective centre for displaced families in Zolochiv, near the Russian border", False, "un-agency-description"),
  S(UNHCR, "its staff had delivered plastic sheeting to seal the broken windows", False, "un-agency-acronym")])

add("2024-10-02", "Ukraine's intelligence claims Crimea hit",
 "Ukraine's Defence Intelligence said in a Telegram post that its drones had hit a radar station near Yevpatoria overnight. “The station had covered the western coast of Crimea,” the agency wrote, without giving a source for the claim.",
 [S(HUR, "its drones had hit a radar station near Yevpatoria overnight", False, "military-intelligence"),
  S(HUR, "The station had covered the western coast of Crimea", True, "definite-description-wrote")])

ROSTOV_EMERCOM = ["Rostov region emergency services", "Rostov regional emergency services", "Emergencies Ministry's Rostov branch", "MChS Rostov", "services d'urgence de la région de Rostov", "ГУ МЧС России по Ростовской области"] + RU_EMERCOM
add("2025-02-18", "Fire at Kamensk warehouse put out",
 "A fire at a warehouse in Kamensk-Shakhtinsky that broke out after a drone attack was extinguished by morning, the Rostov region emergency services reported on Monday, saying about 60 firefighters had been involved.",
 [S(ROSTOV_EMERCOM, "A fire at a warehouse in Kamensk-Shakhtinsky that broke out after a drone attack was extinguished by morning", False, "org-regional-emergency-sentence-final"),
  S(ROSTOV_EMERCOM, "about 60 firefighters had been involved", False, "participle-saying")])

SOUTH_DF = ["Southern Defence Forces of Ukraine", "Southern Defence Forces", "Ukraine's Southern Defence Forces", "Southern Defense Forces", "Forces de défense du Sud", "Сили оборони півдня України"]
add("2024-11-26", "Southern command reports shelling of Kherson suburbs",
 "“Three suburbs of Kherson were shelled 41 times in a single day,” said, in its evening update on Sunday, the command of Ukraine's Southern Defence Forces. It said a pharmacy and a bus stop in Antonivka had been damaged.",
 [S(SOUTH_DF, "Three suburbs of Kherson were shelled 41 times in a single day", True, "verb-before-speaker-phrase-between"),
  S(SOUTH_DF, "a pharmacy and a bus stop in Antonivka had been damaged", False, "pronoun-it")])

add("2024-09-20", "Israel says depot in Nabatieh hit",
 "The Israeli military said its jets had struck a Hezbollah weapons depot in Nabatieh overnight, saying the building had been used to store rockets aimed at northern Israel.",
 [S(IDF, "its jets had struck a Hezbollah weapons depot in Nabatieh overnight", False, "indirect-said"),
  S(IDF, "the building had been used to store rockets aimed at northern Israel", False, "participle-saying")])

add("2025-01-14", "Port Sudan drones downed, army says",
 "Sudan's army said its air defences had shot down five drones over Port Sudan at dawn, adding that no damage had been reported at the airport or the oil terminal.",
 [S(SAF, "its air defences had shot down five drones over Port Sudan at dawn", False, "indirect-said"),
  S(SAF, "no damage had been reported at the airport or the oil terminal", False, "participle-adding")])

QASIM = ["Ahmad Qasim", "Qasim", "Ahmed Kassem", "Ahmad Kassem", "أحمد قاسم"]
add("2024-05-15", "School roof caved in near Sarmin",
 "A drone strike on Tuesday brought down part of a school roof in Sarmin, east of Idlib. The school's headmaster, Ahmad Qasim, stood in the schoolyard. “We will rebuild the classrooms,” he said, “but not while the drones are still overhead.”",
 [S(QASIM, "We will rebuild the classrooms but not while the drones are still overhead", True, "direct-split-verb-inside", "pronoun after a non-speech verb (stood in the schoolyard)")])

add("2025-05-28", "Kremlin on Tula raid",
 "For the Kremlin, the drone raid on a chemical plant in Novomoskovsk on Tuesday was proof that Kyiv wanted to wreck the talks. Moscow would respond \"at a time of its choosing\", it said.",
 [S(KREMLIN, "the drone raid on a chemical plant in Novomoskovsk on Tuesday was proof that Kyiv wanted to wreck the talks", False, "for-x"),
  S(KREMLIN, "Moscow would respond \"at a time of its choosing\"", False, "pronoun-it-mixed", "mixed quotation, speaker by pronoun")])

KOVALCHUK = ["Mykola Kovalchuk", "Kovalchuk", "Nikolai Kovalchuk", "Mykola Kovaltchouk", "Микола Ковальчук"]
add("2024-12-17", "Village chief on Sumy border shelling",
 "The village head of Yunakivka, Mykola Kovalchuk, reached by phone on Monday, described a night of heavy shelling. According to him, only 40 of the village's 600 residents had stayed behind.",
 [S(KOVALCHUK, "only 40 of the village's 600 residents had stayed behind", False, "according-to-him", "'described a night' reports no words")])

add("2024-09-24", "Lebanon seeks Security Council action",
 "Lebanon's foreign ministry called on the UN Security Council to condemn the strike on a civil defence centre in Baalbek, which killed five paramedics.",
 [S(LB_MFA, "the UN Security Council to condemn the strike on a civil defence centre in Baalbek", False, "called-on-to")])

add("2025-06-14", "Tehran condemns strike near Bandar Abbas",
 "Iran's foreign ministry denounced what it called “a flagrant act of aggression” after a drone hit a naval jetty near Bandar Abbas on Friday.",
 [S(IR_MFA, "a flagrant act of aggression", True, "denounced-what-it-called")])

add("2024-04-05", "Kyiv on strike on Sumy clinic",
 "Ukraine's foreign ministry described the missile strike on a children's clinic in Sumy as “a cynical war crime”, and said it had sent evidence to the International Criminal Court.",
 [S(UA_MFA, "a cynical war crime", True, "described-as"),
  S(UA_MFA, "it had sent evidence to the International Criminal Court", False, "and-said-second-verb")])

add("2024-08-08", "Water station hit near Idlib",
 "“The water station in Maarrat Misrin is out of action. We are bringing in tanker lorries from Ariha,” Syria Civil Defence said, after an overnight air strike on the pumping plant.",
 [S(SYRIA_CD, "The water station in Maarrat Misrin is out of action. We are bringing in tanker lorries from Ariha", True, "direct-multi-sentence")])

add("2024-11-13", "Rocket fire on Nahariya",
 "“Our teams reached the impact site in Nahariya within minutes,” Magen David Adom said in a statement on Tuesday. “Two of the wounded, a man and a woman in their sixties, are in serious condition.”",
 [S(MDA, "Our teams reached the impact site in Nahariya within minutes", True, "direct-said-in-statement"),
  S(MDA, "Two of the wounded, a man and a woman in their sixties, are in serious condition", True, "direct-continuation")])

TARASENKO = ["Oleksandr Tarasenko", "Tarasenko", "Alexander Tarasenko", "Oleksandre Tarassenko", "Олександр Тарасенко"]
add("2024-06-10", "Nikopol power line repaired",
 "“We restored electricity to the hospital first,” said Oleksandr Tarasenko, the head of the local grid operator's Nikopol branch. He added that about 2,000 homes on the riverbank were still without power after Sunday's shelling.",
 [S(TARASENKO, "We restored electricity to the hospital first", True, "verb-before-speaker-name-title"),
  S(TARASENKO, "about 2,000 homes on the riverbank were still without power after Sunday's shelling", False, "he-added-that")])

LYTVYN = ["Oksana Lytvyn", "Lytvyn", "Oksana Litvin", "Оксана Литвин"]
add("2024-07-19", "Windows blown out at Marhanets school",
 "Oksana Lytvyn, who chairs the Marhanets town council, posted a video from inside the damaged school on Thursday morning. “There is not a single pane of glass left in the gym,” she wrote.",
 [S(LYTVYN, "There is not a single pane of glass left in the gym", True, "pronoun-after-nonspeech")])

LB_HEALTH = ["Lebanese Ministry of Public Health", "Lebanon's health ministry", "Lebanese health ministry", "ministère libanais de la Santé", "ministère de la Santé publique libanais", "وزارة الصحة العامة"]
add("2024-10-22", "Health ministry gives toll for Jiyeh strike",
 "Lebanon's health ministry told reporters in Beirut on Monday that the air strike on a building in Jiyeh had killed seven people, among them two children.",
 [S(LB_HEALTH, "the air strike on a building in Jiyeh had killed seven people, among them two children", False, "addressee-reporters-place")])

add("2024-08-14", "Drone downed near Eilat",
 "The Israeli military said it had intercepted a drone approaching Eilat from the east but cautioned that debris from a second one might have fallen in open ground north of the city.",
 [S(IDF, "it had intercepted a drone approaching Eilat from the east", False, "two-statements-one-sentence"),
  S(IDF, "debris from a second one might have fallen in open ground north of the city", False, "two-statements-one-sentence")])

KURSK_GOV = ["regional governor", "Kursk governor", "governor of the Kursk region", "Kursk regional governor", "Kursk regional administration", "gouverneur de la région de Koursk"]
add("2024-08-30", "Kurchatov shopping centre hit",
 "Russia's defence ministry said 14 drones had been shot down over the Kursk region overnight, while the regional governor said a shopping centre in Kurchatov had been hit and a security guard wounded.",
 [S(RU_MOD, "14 drones had been shot down over the Kursk region overnight", False, "two-speakers-one-sentence"),
  S(KURSK_GOV, "a shopping centre in Kurchatov had been hit and a security guard wounded", False, "two-speakers-one-sentence", "untitled governor: role + regional administration")])

add("2024-08-19", "Refinery fire in Samara region",
 "A fire broke out at the Novokuibyshevsk refinery after a drone attack on Sunday. Moscow blamed Kyiv for the attack.",
 [S(RU, None, False, "accusation-null", "a capital as actor = the state")])

add("2024-10-27", "Camp near El Fasher shelled",
 "Sudan's army accused the Rapid Support Forces of shelling the Abu Shouk displacement camp near El Fasher on Saturday. The paramilitary group did not respond.",
 [S(SAF, "the Rapid Support Forces of shelling the Abu Shouk displacement camp near El Fasher on Saturday", False, "accusation-clause", "'did not respond' is no statement")])

add("2025-01-27", "Kinshasa accuses Kigali over Goma shelling",
 "The Congolese government accused Rwanda of “direct involvement” in the shelling of Goma airport on Sunday, and recalled its chargé d'affaires from Kigali.",
 [S(CD, "Rwanda of “direct involvement” in the shelling of Goma airport on Sunday", False, "accusation-quoted-words")])

add("2024-06-03", "Market strike in Sagaing",
 "Eleven people were killed when a market in Ye-U township was bombed on Saturday. The National Unity Government blamed the attack on the junta's air force.",
 [S(NUG, None, False, "accusation-null-blamed-on")])

add("2025-03-19", "Officials in Kharkiv report damage",
 "Ukrainian officials said a glide bomb had hit a printing works in Kharkiv's Osnovianskyi district on Tuesday. Residents said the building's top floor had collapsed.",
 [S(UA, "a glide bomb had hit a printing works in Kharkiv's Osnovianskyi district on Tuesday", False, "collective-tied"),
  S(["residents", "Residents", "habitants", "local residents"], "the building's top floor had collapsed", False, "collective-untied", "no organisation to resolve to", optional=True)])

add("2024-07-08", "Bryansk drones downed, TASS says",
 "Russia's defence ministry said its air defences had destroyed 23 drones over the Bryansk region overnight, TASS reported.",
 [S(RU_MOD, "its air defences had destroyed 23 drones over the Bryansk region overnight", False, "relay-agency", "TASS relays, it is no speaker")])

HOUTHI_HEALTH = ["Houthi-run health ministry", "Houthi health ministry", "health ministry in Sanaa", "ministère de la Santé houthi", "ministère de la Santé à Sanaa", "وزارة الصحة في صنعاء"]
add("2025-05-07", "Toll from strikes on Sanaa airport",
 "Three people were killed in the strikes on Sanaa airport, the Saba news agency reported, citing the Houthi-run health ministry.",
 [S(HOUTHI_HEALTH, "Three people were killed in the strikes on Sanaa airport", False, "relay-citing", "Saba relays; the ministry is the source")])

add("2024-02-20", "WHO on Nasser hospital",
 "The World Health Organization said the Nasser Medical Complex in Khan Younis was 'no longer functional' after days of shelling around it.",
 [S(WHO, "the Nasser Medical Complex in Khan Younis was 'no longer functional' after days of shelling around it", False, "mixed-quotation-single")])

add("2024-01-16", "Houthis vow more attacks",
 "The Houthis vowed to keep targeting ships bound for Israeli ports after a missile was fired at a container vessel off Hodeidah on Monday.",
 [S(HOUTHIS, "to keep targeting ships bound for Israeli ports", False, "verb-vowed-infinitive")])

HALLAK = ["Zaher Hallak", "Hallak", "Dr Zaher Hallak", "Zaher Hallaq", "ظاهر حلاق"]
add("2024-10-16", "Idlib health directorate on Ariha strike",
 "The director of the Idlib health directorate, Dr Zaher Hallak, said shelling had hit the road outside Ariha's only hospital, slowing ambulances. Dr Hallak said the emergency ward had received 14 wounded.",
 [S(HALLAK, "shelling had hit the road outside Ariha's only hospital, slowing ambulances", False, "title-name-appositive-dr"),
  S(HALLAK, "the emergency ward had received 14 wounded", False, "title-name-later-dr")])

AUNG_MIN = ["U Aung Min", "Aung Min", "ဦးအောင်မင်း"]
add("2024-11-05", "Village bombed in Sagaing",
 "U Aung Min, an administrator in Myinmu township, said a military jet had dropped two bombs on a monastery compound on Sunday. The junta's information team said it had targeted \"terrorist\" fighters.",
 [S(AUNG_MIN, "a military jet had dropped two bombs on a monastery compound on Sunday", False, "honorific-name-title"),
  S(MM_JUNTA, "it had targeted \"terrorist\" fighters", False, "mixed-quotation", "information team = the junta")])

SHAPOVAL = ["Vasyl Shapoval", "Shapoval", "Vasil Shapoval", "Vassyl Chapoval", "Василь Шаповал"]
add("2024-02-13", "Bilozerka clinic hit",
 "“The clinic took a direct hit, but the doctors had already moved the patients to the basement,” said on Monday evening, in a video address, the head of the Bilozerka community, Vasyl Shapoval.",
 [S(SHAPOVAL, "The clinic took a direct hit, but the doctors had already moved the patients to the basement", True, "verb-before-speaker-phrase-between-title")])

add("2025-04-15", "MONUSCO on Bunia camp",
 "MONUSCO said its peacekeepers had repelled an attack by armed men on a displacement camp near Bunia overnight, and urged the authorities to reinforce the site.",
 [S(MONUSCO, "its peacekeepers had repelled an attack by armed men on a displacement camp near Bunia overnight", False, "un-mission"),
  S(MONUSCO, "the authorities to reinforce the site", False, "urged-to")])

add("2024-09-11", "Depot fire in Tambov region",
 "Regional officials have not said whether anyone was hurt in the blaze at an ammunition depot near Kotovsk, which began after a drone attack late on Tuesday.",
 [], note="negative (negated speech): 'have not said'")
add("2024-12-02", "Reports of strike near Tartus",
 "The Israeli military declined to comment on reports of an air strike near the port of Tartus.",
 [], note="negative (no comment)")
add("2024-11-18", "Odesa warehouse fire",
 "Photo: Firefighters work at a warehouse in Odesa after a drone strike that the regional governor said had wounded two guards. (Northline Wire / K. Melnyk)",
 [], note="negative (caption with a speech verb inside): captions yield no statements")
add("2025-03-15", "Bryansk attack aftermath",
 "Read also: Kremlin says talks are 'not on the agenda' after Bryansk attack",
 [], note="negative (teaser)")
add("2024-03-04", "Power line cut on the left bank",
 "KHERSON, Ukraine, March 3 (Northline) — A high-voltage line feeding the left-bank districts was cut by shelling overnight, leaving the city's water pumps on generators.",
 [], note="negative (dateline; no speech at all)")
add("2025-02-12", "Questions over Engels depot",
 "It is unclear what the ministry would say if the strike on the Engels depot were confirmed by satellite images.",
 [], note="negative (conditional 'would say', hypothetical)")
add("2024-07-24", "Blaze in Donetsk suburb",
 "The blaze claimed three lives in a Makiivka apartment block, and the building's manager has yet to speak publicly about the cause.",
 [], note="negative (other sense 'claimed the lives' + 'has yet to speak')")
add("2024-08-05", "Hezbollah silent on Majdal Shams",
 "Hezbollah made no comment on the rocket that hit a football pitch in Majdal Shams on Saturday.",
 [], note="negative (no comment)")
add("2025-06-06", "Satellite images of Khartoum",
 "Satellite images taken on Thursday show burn scars across the fuel depot at al-Shajara in southern Khartoum and suggest at least four tanks were destroyed.",
 [], note="negative (inanimate 'show'/'suggest')")
add("2024-10-31", "Kosti strike: no word from army",
 "The Sudanese army did not respond to requests for comment on the drone strike in Kosti by the time of publication.",
 [], note="negative (no answer to a reporter's request)")

with open("en.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), sum(1 for p in P if not p["statements"]), sum(len(p["statements"]) for p in P))
