from speakers import *
import json

def S(speaker, quote, direct, pattern, note=None, optional=False):
    d = {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}
    if optional: d["optional"] = True
    if note: d["note"] = note
    return d

P = []
def add(date, title, text, statements, note=None):
    d = {"id": None, "language": "en", "published": date, "title": title, "text": text}
    if note: d["note"] = note
    d["statements"] = statements
    P.append(d)

MARCHENKO = ["Vitaliy Marchenko", "Marchenko", "Vitalii Marchenko", "Vitaly Marchenko"]
add("2024-09-16", "Drones hit farm machinery near the Zaporizhzhia front",
 "Russian drones hit two farm tractors on the edge of Stepnohirsk on Monday, the deputy head of the Zaporizhzhia regional administration, Vitaliy Marchenko, said. Mr Marchenko said both drivers had been taken to hospital in Zaporizhzhia with shrapnel wounds.",
 [S(MARCHENKO, "Russian drones hit two farm tractors on the edge of Stepnohirsk on Monday", False, "title-name-appositive", "inverted clause first; the person, not the regional administration"),
  S(MARCHENKO, "both drivers had been taken to hospital in Zaporizhzhia with shrapnel wounds", False, "title-name-later-mr")])

KORNIICHUK = ["Yevhen Korniichuk", "Korniichuk", "Yevhen Korniychuk", "Korniychuk", "Ievgen Korniichuk", "Evgen Korniichuk", "Yevgeny Korniychuk"]
add("2024-07-02", "Gas supplies cut after shelling in Nikopol district",
 "The head of the Nikopol district military administration, Yevhen Korniichuk, wrote on Telegram that artillery fire had damaged a gas pipeline and cut supplies to about 3,000 homes. “Repair crews will go in as soon as the shelling stops,” Mr Korniychuk added.",
 [S(KORNIICHUK, "artillery fire had damaged a gas pipeline and cut supplies to about 3,000 homes", False, "title-name-appositive"),
  S(KORNIICHUK, "Repair crews will go in as soon as the shelling stops", True, "name-spelling-variant", "second transliteration of the same surname")])

KOVRIGINA = ["Natalya Kovrigina", "Kovrigina", "Natalia Kovrigina", "Nataliya Kovrigina", "Natalia Kovriguina"]
add("2024-03-19", "Bus depot burns in Shebekino",
 "Shebekino's deputy mayor, Natalya Kovrigina, said a Ukrainian drone had set fire to a municipal bus depot shortly after midnight. Ms Kovrigina, speaking to the RIA Novosti agency, said nobody had been inside the building at the time.",
 [S(KOVRIGINA, "a Ukrainian drone had set fire to a municipal bus depot shortly after midnight", False, "title-name-appositive"),
  S(KOVRIGINA, "nobody had been inside the building at the time", False, "title-name-later-mr", "RIA Novosti is the addressee, not the speaker")])

ABUHAMDA = ["Khalil Abu Hamda", "Abu Hamda", "Dr Khalil Abu Hamda", "Khalil Abou Hamda", "Khalil Abu Hamdah"]
add("2024-01-24", "Deir al-Balah hospital running out of fuel",
 "The director of Al-Aqsa Martyrs Hospital in Deir al-Balah, Dr Khalil Abu Hamda, said the hospital's generators would run out of fuel within 48 hours. “After that, the incubators stop and the operating theatres go dark,” he told reporters at the hospital gate.",
 [S(ABUHAMDA, "the hospital's generators would run out of fuel within 48 hours", False, "org-hospital-director", "a named director is the person, not the hospital"),
  S(ABUHAMDA, "After that, the incubators stop and the operating theatres go dark", True, "addressee-reporters")])

SAUDI_HOSP = ["Saudi Hospital", "Saudi Hospital in El Fasher", "El Fasher Saudi Hospital", "Saudi Teaching Hospital", "Saudi Maternity Hospital", "hôpital saoudien", "hôpital saoudien d'El Fasher", "hôpital saoudien d'el-Facher", "director of the Saudi Hospital", "directeur de l'hôpital saoudien"]
add("2024-12-07", "Drone strike on El Fasher hospital ward",
 "The director of the Saudi Hospital in El Fasher said 14 patients had been killed when a drone struck the hospital's emergency ward on Friday, blaming the Rapid Support Forces for the attack.",
 [S(SAUDI_HOSP, "14 patients had been killed when a drone struck the hospital's emergency ward on Friday", False, "org-hospital-director", "unnamed director: the hospital"),
  S(SAUDI_HOSP, None, False, "accusation-null", "participle 'blaming X for the attack' reports no words")])

add("2024-05-18", "Kazan airports closed for three hours",
 "Russia's Federal Air Transport Agency, Rosaviatsia, said it had temporarily closed the airports of Kazan and Nizhnekamsk on Saturday morning \"to ensure flight safety\" after drones were reported over Tatarstan. Flights resumed about three hours later, the agency said.",
 [S(ROSAV, "it had temporarily closed the airports of Kazan and Nizhnekamsk on Saturday morning \"to ensure flight safety\" after drones were reported over Tatarstan", False, "org-civil-aviation", "mixed quotation"),
  S(ROSAV, "Flights resumed about three hours later", False, "definite-description")])

DNIPRO_EMERG = ["Dnipropetrovsk regional emergency service", "Dnipropetrovsk regional emergency services", "emergency service of the Dnipropetrovsk region", "Dnipropetrovsk regional department of the State Emergency Service", "Dnipropetrovsk region emergency service", "services d'urgence de la région de Dnipropetrovsk", "service régional des urgences de Dnipropetrovsk"] + UA_SES
add("2023-10-11", "Six hours to put out Pavlohrad warehouse fire",
 "Firefighters needed six hours to put out a blaze at a warehouse in Pavlohrad after Tuesday night's missile strike, the Dnipropetrovsk regional emergency service said, adding that one of its crews had been caught in the open by a second missile.",
 [S(DNIPRO_EMERG, "Firefighters needed six hours to put out a blaze at a warehouse in Pavlohrad after Tuesday night's missile strike", False, "org-regional-emergency"),
  S(DNIPRO_EMERG, "one of its crews had been caught in the open by a second missile", False, "participle-clause")])

add("2025-01-19", "M23 says it downed army drone over Masisi",
 "The M23 rebel group said on Sunday its fighters had shot down a Congolese army drone over Masisi, accusing the army of bombing villages around Sake with the same aircraft.",
 [S(M23, "its fighters had shot down a Congolese army drone over Masisi", False, "org-armed-group"),
  S(M23, "the army of bombing villages around Sake with the same aircraft", False, "accusation-clause")])

add("2024-08-29", "Drone hits locomotive near Shostka",
 "Ukraine's state railway company Ukrzaliznytsia said a Russian drone had damaged a locomotive near Shostka, injuring the driver. \"Passenger trains on the Sumy route are running with delays of up to two hours,\" the company wrote on Telegram.",
 [S(UZ, "a Russian drone had damaged a locomotive near Shostka, injuring the driver", False, "org-railway"),
  S(UZ, "Passenger trains on the Sumy route are running with delays of up to two hours", True, "verb-varied", "write on Telegram; 'the company' refers back")])

add("2025-05-07", "Hodeidah cranes destroyed",
 "The Red Sea Ports Corporation, which runs Hodeidah port, said Israeli strikes had destroyed two of the port's four cranes and a fuel tank late on Tuesday. It said unloading of food shipments would be suspended until further notice.",
 [S(RSPC, "Israeli strikes had destroyed two of the port's four cranes and a fuel tank late on Tuesday", False, "org-port-authority"),
  S(RSPC, "unloading of food shipments would be suspended until further notice", False, "pronoun-it")])

add("2024-02-09", "Ituri camp attack repelled, army says",
 "A spokesman for the Congolese army in Ituri province said troops had driven off militiamen who attacked a displacement camp near Bunia overnight, killing nine people. The army blamed the CODECO militia for the raid.",
 [S(FARDC, "troops had driven off militiamen who attacked a displacement camp near Bunia overnight, killing nine people", False, "org-national-army", "unnamed spokesman: the army"),
  S(FARDC, None, False, "accusation-armed-group-accused", "accused is an armed group, not a state")])

add("2024-04-22", "Market bombed in Kyauktaw",
 "The Arakan Army, an ethnic armed group fighting Myanmar's military in Rakhine state, said junta aircraft had bombed a market in Kyauktaw, killing at least 11 people. “There was no military target anywhere near the market,” the group said in a statement.",
 [S(AA, "junta aircraft had bombed a market in Kyauktaw, killing at least 11 people", False, "org-armed-group"),
  S(AA, "There was no military target anywhere near the market", True, "definite-description")])

PYLYPENKO = ["Ivan Pylypenko", "Pylypenko", "Ivan Pilipenko", "Pilipenko"]
add("2024-11-25", "Glide bomb strikes Sumy apartment block",
 "A guided bomb slammed into a nine-storey apartment block in Sumy on Sunday evening. “Rescue teams are still searching the rubble of the second entrance,” said on Telegram the deputy head of the Sumy city military administration, Ivan Pylypenko.",
 [S(PYLYPENKO, "Rescue teams are still searching the rubble of the second entrance", True, "verb-before-speaker-phrase-between", "translated-copy word order: verb, phrase, title, name")])

add("2024-06-13", "Israeli jets hit launchers near Khiam",
 "The Israeli military said its jets had struck Hezbollah rocket launchers near Khiam on Thursday, saying the launchers had been used hours earlier in an attack on Kiryat Shmona.",
 [S(IDF, "its jets had struck Hezbollah rocket launchers near Khiam on Thursday", False, "indirect-said"),
  S(IDF, "the launchers had been used hours earlier in an attack on Kiryat Shmona", False, "participle-clause", "'saying' participle, no 'that'")])

add("2024-10-03", "Army drones hit RSF positions in Bahri",
 "Sudan's army said its drones had destroyed an RSF ammunition store in Bahri, north of Khartoum, adding that two senior commanders of the paramilitary group had been killed. The RSF denied that any of its commanders had been killed.",
 [S(SAF, "its drones had destroyed an RSF ammunition store in Bahri, north of Khartoum", False, "indirect-said"),
  S(SAF, "two senior commanders of the paramilitary group had been killed", False, "participle-clause"),
  S(RSF, "any of its commanders had been killed", False, "verb-varied", "deny")])

HOLUB = ["Andriy Holub", "Holub", "Andrii Holub", "Andriy Golub", "Golub"]
add("2023-12-30", "Fire crews reach Kharkiv high-rise",
 "A Russian missile set a high-rise ablaze in Kharkiv's Saltivka district on Friday. “The fire reached the third floor,” the head of the city's fire brigade, Andriy Holub, said, “but the residents had already gone down to the shelter.”",
 [S(HOLUB, "The fire reached the third floor", True, "direct-split-verb-inside", "title + name between the two halves; split quotation: two statements of one speaker, as in the dev2 gold"),
  S(HOLUB, "but the residents had already gone down to the shelter", True, "direct-split-verb-inside", "split quotation: two statements of one speaker, as in the dev2 gold")])

PETRENKO = ["Halyna Petrenko", "Petrenko", "Galyna Petrenko", "Galina Petrenko"]
add("2024-04-05", "Kramatorsk hospital windows blown out",
 "Halyna Petrenko, a nurse at the Kramatorsk city hospital, said the night shift had moved patients into the corridor as soon as the sirens started. According to her, the blast blew out every window on the east side of the building.",
 [S(PETRENKO, "the night shift had moved patients into the corridor as soon as the sirens started", False, "indirect-said"),
  S(PETRENKO, "the blast blew out every window on the east side of the building", False, "selon-lui", "'According to her' resolves to Petrenko")])

add("2024-04-11", "Drone hits training centre at Zaporizhzhia plant",
 "The International Atomic Energy Agency warned on Thursday that a drone strike on a training centre at the Zaporizhzhia nuclear plant showed how close the fighting had come to the reactors. The plant's Russian-installed management insisted that radiation levels remained normal.",
 [S(IAEA, "a drone strike on a training centre at the Zaporizhzhia nuclear plant showed how close the fighting had come to the reactors", False, "un-agency", "IAEA, not the UN; verb 'warn'"),
  S(ZNPP, "radiation levels remained normal", False, "verb-varied", "insist")])

add("2024-02-04", "Houthis vow to keep up Red Sea attacks",
 "The Houthis vowed on Sunday to keep targeting Israel-linked ships in the Red Sea after US strikes on a radar site near Ras Isa. “The aggression will not go unanswered,” the group's military spokesman posted on X.",
 [S(HOUTHIS, "to keep targeting Israel-linked ships in the Red Sea", False, "verb-varied", "vow + infinitive"),
  S(HOUTHIS, "The aggression will not go unanswered", True, "verb-varied", "post on X; unnamed spokesman is the group")])

add("2024-09-21", "Moscow acknowledges depot hit in Voronezh region",
 "Russia's defence ministry acknowledged that a Ukrainian drone had hit an ammunition depot in the Voronezh region overnight but said the fire had been contained and nobody had been killed.",
 [S(RU_MOD, "a Ukrainian drone had hit an ammunition depot in the Voronezh region overnight", False, "verb-varied", "acknowledge"),
  S(RU_MOD, "the fire had been contained and nobody had been killed", False, "two-statements-one-sentence")])

add("2025-03-08", "Army concedes losses at training ground",
 "Ukraine's military conceded on Saturday that a Russian Iskander missile had struck a training ground in the Dnipropetrovsk region, killing several soldiers. “We will establish why the unit was assembled in the open,” the army said in a statement.",
 [S(UA_AF, "a Russian Iskander missile had struck a training ground in the Dnipropetrovsk region, killing several soldiers", False, "verb-varied", "concede"),
  S(UA_AF, "We will establish why the unit was assembled in the open", True, "definite-description")])

DOVZHENKO = ["Olha Dovzhenko", "Dovzhenko", "Olga Dovzhenko", "Olha Dovjenko"]
add("2024-08-14", "Kupiansk shelter roof damaged",
 "Olha Dovzhenko, a volunteer who runs a shelter for displaced families in Kupiansk, posted a video of the shattered roof on Wednesday morning. “We are all safe, the children slept in the basement,” she wrote.",
 [S(DOVZHENKO, "We are all safe, the children slept in the basement", True, "pronoun-after-nonspeech", "'posted a video' is not a speech verb; 'she' is Dovzhenko")])

add("2024-10-15", "Soldiers wounded near Marjayoun checkpoint",
 "The Lebanese army published photographs of a crater a few metres from its checkpoint outside Marjayoun. “Two soldiers were lightly wounded by shrapnel,” it said, without saying who had fired.",
 [S(LEB_ARMY, "Two soldiers were lightly wounded by shrapnel", True, "pronoun-after-nonspeech", "'it' is the Lebanese army; 'without saying' is no statement")])

add("2024-03-26", "Naval drone hits patrol boat off Crimea",
 "Ukraine's navy shared footage of a burning Russian patrol boat off the western coast of Crimea on Tuesday. “Another one for the collection,” it wrote, adding that the vessel had been hit by a naval drone near Chornomorske.",
 [S(UA_NAVY, "Another one for the collection", True, "pronoun-after-nonspeech"),
  S(UA_NAVY, "the vessel had been hit by a naval drone near Chornomorske", False, "participle-clause")])

OSMAN = ["Hamid Osman", "Osman", "Brigadier Hamid Osman", "Hamed Osman", "Hamid Othman"]
add("2025-01-14", "Atbara without power after drone attack",
 "A senior Sudanese army officer, Brigadier Hamid Osman, said drones launched by the Rapid Support Forces had hit the main power station in Atbara, telling reporters the city would be without electricity for at least a week.",
 [S(OSMAN, "drones launched by the Rapid Support Forces had hit the main power station in Atbara", False, "title-name-appositive"),
  S(OSMAN, "the city would be without electricity for at least a week", False, "addressee-reporters", "'telling reporters': the reporters are the addressee")])

MIZRAHI = ["Yoav Mizrahi", "Mizrahi", "Yoav Mizrachi"]
add("2024-07-08", "Metula farmer describes drone hit",
 "A Hezbollah drone exploded in an orchard on the edge of Metula on Monday. “We heard it for maybe ten seconds before it hit,” Yoav Mizrahi, a farmer whose tractor was damaged, told reporters.",
 [S(MIZRAHI, "We heard it for maybe ten seconds before it hit", True, "addressee-reporters")])

add("2024-11-12", "Aid convoys blocked from northern Gaza",
 "The UN Office for the Coordination of Humanitarian Affairs said aid convoys had been unable to reach northern Gaza for 11 consecutive days. In its daily update, OCHA said three bakeries in Gaza City had closed for lack of flour.",
 [S(OCHA, "aid convoys had been unable to reach northern Gaza for 11 consecutive days", False, "un-agency", "OCHA, not the UN"),
  S(OCHA, "three bakeries in Gaza City had closed for lack of flour", False, "un-agency")])

add("2024-06-21", "Children among dead in El Fasher shelling",
 "UNICEF said at least 30 children had been killed in El Fasher in the past week but warned that the real toll was probably far higher. “Children are being hit in their homes, in markets and in the queues for water,” an agency spokesperson told a briefing in Geneva.",
 [S(UNICEF, "at least 30 children had been killed in El Fasher in the past week", False, "un-agency"),
  S(UNICEF, "the real toll was probably far higher", False, "two-statements-one-sentence", "'said X but warned Y'"),
  S(UNICEF, "Children are being hit in their homes, in markets and in the queues for water", True, "un-agency", "unnamed spokesperson: the agency")])

add("2024-10-24", "Paramedics killed in southern Lebanon",
 "The World Health Organization said four paramedics had been killed when their ambulance was struck near Marjayoun, and called for health workers in southern Lebanon to be protected \"at all times\".",
 [S(WHO, "four paramedics had been killed when their ambulance was struck near Marjayoun", False, "un-agency", "WHO, not the UN"),
  S(WHO, "for health workers in southern Lebanon to be protected \"at all times\"", False, "verb-varied", "call for; mixed quotation")])

add("2024-08-20", "Ukraine says drones hit Crimea radar",
 "Ukraine's military intelligence agency, known as HUR, said its drones had destroyed a Russian radar station near Cape Tarkhankut in Crimea overnight. The General Staff in Kyiv did not comment on the operation.",
 [S(HUR, "its drones had destroyed a Russian radar station near Cape Tarkhankut in Crimea overnight", False, "military-intelligence", "HUR, not the armed forces; General Staff did not comment")])

add("2025-02-17", "Intelligence claims hit on Black Sea Fleet vessel",
 "A source in Ukraine's GUR military intelligence said a sea drone had damaged a Russian landing ship at anchor off Sevastopol. Russia's defence ministry made no comment.",
 [S(HUR, "a sea drone had damaged a Russian landing ship at anchor off Sevastopol", False, "military-intelligence", "source inside the agency: the agency")])

add("2024-04-02", "Israeli strikes reported near Homs",
 "Syrian state television said Israeli missiles had struck a military airport near Homs shortly after midnight, causing material damage. The Israeli military declined to comment.",
 [S(SYRIA_TV, "Israeli missiles had struck a military airport near Homs shortly after midnight, causing material damage", False, "state-television", "the broadcaster, not Syria")])

add("2024-05-29", "Myanmar TV says rebels shelled mining town",
 "Myanmar's state broadcaster MRTV said Kachin Independence Army fighters had shelled the jade-mining town of Hpakant, wounding seven civilians. The KIA rejected the report, saying its units had not fired on civilian areas.",
 [S(MRTV, "Kachin Independence Army fighters had shelled the jade-mining town of Hpakant, wounding seven civilians", False, "state-television", "the broadcaster, not the junta or Myanmar"),
  S(KIA, "its units had not fired on civilian areas", False, "participle-clause")])

add("2024-01-17", "Beijing and Islamabad react to Aden ship attack",
 "Asked about the missile strike on a bulk carrier off Aden, a spokesperson for China's foreign ministry said Beijing was \"deeply concerned\" about the safety of shipping in the Red Sea. Pakistan's Foreign Office said two Pakistani sailors were among the crew and had been evacuated unhurt.",
 [S(CHINA_MFA, "Beijing was \"deeply concerned\" about the safety of shipping in the Red Sea", False, "mfa-spokesperson", "mixed quotation"),
  S(PAK_MFA, "two Pakistani sailors were among the crew and had been evacuated unhurt", False, "mfa-spokesperson")])

add("2024-09-25", "Tehran and Ankara condemn Beirut strike",
 "Iran's foreign ministry spokesman condemned the Israeli strike on a residential building in Beirut's southern suburbs as \"a flagrant violation of Lebanon's sovereignty\". A spokesperson for Türkiye's foreign ministry said Ankara was in contact with Lebanese officials about evacuating Turkish citizens.",
 [S(IRAN_MFA, "a flagrant violation of Lebanon's sovereignty", True, "mfa-spokesperson", "'condemned ... as \"...\"': the quotation covers the whole qualification"),
  S(TR_MFA, "Ankara was in contact with Lebanese officials about evacuating Turkish citizens", False, "mfa-spokesperson")])

add("2024-03-10", "Cairo and Ankara press on Rafah crossing",
 "After talks in Cairo on Sunday, Egypt's foreign minister said the Rafah crossing must reopen \"without conditions\", while his Turkish counterpart told a joint news conference that Ankara was ready to send a field hospital to southern Gaza.",
 [S(EGY_FM, "the Rafah crossing must reopen \"without conditions\"", False, "two-foreign-ministers", "mixed quotation; unnamed minister"),
  S(TR_FM, "Ankara was ready to send a field hospital to southern Gaza", False, "two-foreign-ministers", "'his Turkish counterpart'; the news conference is the addressee")])

add("2024-08-05", "Pakistani and Iranian ministers discuss Gaza",
 "Pakistan's foreign minister called the latest strike on a Gaza school \"a crime that the world cannot ignore\". His Iranian counterpart, speaking after their meeting in Islamabad, said Tehran would raise the attack at the Organisation of Islamic Cooperation.",
 [S(PAK_FM, "a crime that the world cannot ignore", True, "two-foreign-ministers", "'called X \"...\"'"),
  S(IRAN_FM, "Tehran would raise the attack at the Organisation of Islamic Cooperation", False, "two-foreign-ministers")])

add("2024-07-21", "Rockets from Lebanon mostly intercepted",
 "The Israeli military said it had intercepted most of the 40 rockets fired from Lebanon on Sunday but warned residents of the Upper Galilee to stay close to shelters through the weekend.",
 [S(IDF, "it had intercepted most of the 40 rockets fired from Lebanon on Sunday", False, "indirect-said"),
  S(IDF, "residents of the Upper Galilee to stay close to shelters through the weekend", False, "two-statements-one-sentence", "'said X but warned Y' (warn + object + infinitive)")])

add("2024-12-14", "Odesa power mostly restored",
 "Ukraine's energy ministry said power had been restored to most of Odesa after Friday's missile attack on a substation, but it warned that scheduled outages would continue in the region for several days.",
 [S(UA_ENERGY, "power had been restored to most of Odesa after Friday's missile attack on a substation", False, "indirect-said"),
  S(UA_ENERGY, "scheduled outages would continue in the region for several days", False, "two-statements-one-sentence")])

add("2024-06-09", "Moscow blames Kyiv for Bryansk depot fire",
 "A fuel depot in the Bryansk region was still burning on Sunday after an overnight drone strike. Moscow blamed Kyiv for the attack, which cut fuel deliveries to several nearby towns.",
 [S(RU_STATE, None, False, "accusation-null", "'Moscow' is Russia; no words reported")])

add("2024-05-12", "Army accuses RSF over Omdurman market shelling",
 "Sudan's army accused the Rapid Support Forces of shelling the main market in Omdurman on Saturday, where at least 17 people were killed.",
 [S(SAF, "the Rapid Support Forces of shelling the main market in Omdurman on Saturday", False, "accusation-armed-group-accused", "accused is a paramilitary group; the act is quoted")])

add("2023-11-08", "SDF blames Turkish-backed factions for shelling",
 "The Kurdish-led Syrian Democratic Forces said three civilians had been killed in shelling on the outskirts of Manbij on Tuesday. The SDF blamed Turkish-backed factions of the Syrian National Army for the attack.",
 [S(SDF, "three civilians had been killed in shelling on the outskirts of Manbij on Tuesday", False, "org-armed-group"),
  S(SDF, None, False, "accusation-armed-group-accused", "accused is an armed group")])

add("2023-10-26", "Israel holds Islamic Jihad responsible",
 "Israel held Islamic Jihad responsible for the rocket that hit a kindergarten courtyard in Sderot on Wednesday morning.",
 [S(ISRAEL, None, False, "accusation-armed-group-accused", "'held X responsible' reports no words; accused is an armed group")])

add("2024-02-15", "Belgorod and Kursk drones, Moscow says",
 "Russia's defence ministry said its air defences had destroyed 14 Ukrainian drones over the Belgorod and Kursk regions overnight, the state news agency TASS reported.",
 [S(RU_MOD, "its air defences had destroyed 14 Ukrainian drones over the Belgorod and Kursk regions overnight", False, "relay-agency", "one statement by the ministry; TASS only relays it")])

add("2024-06-26", "Hezbollah claims rocket fire at Safed base",
 "Hezbollah said it had fired a barrage of Katyusha rockets at an Israeli army base near Safed in response to the killing of one of its fighters, according to the group's Al-Manar television.",
 [S(HEZBOLLAH, "it had fired a barrage of Katyusha rockets at an Israeli army base near Safed in response to the killing of one of its fighters", False, "relay-agency", "Al-Manar only relays")])

LIPETSK_ADM = ["Lipetsk regional administration", "Lipetsk region administration", "administration of the Lipetsk region", "Lipetsk region", "Lipetsk Oblast", "administration régionale de Lipetsk", "région de Lipetsk", "governor of the Lipetsk region", "gouverneur de la région de Lipetsk"]
add("2023-12-05", "Drone falls on Lipetsk industrial zone",
 "The Lipetsk regional administration said a drone had fallen on an industrial zone on the city's northern edge, causing a small fire, Interfax reported, citing the administration's press office.",
 [S(LIPETSK_ADM, "a drone had fallen on an industrial zone on the city's northern edge, causing a small fire", False, "relay-agency", "Interfax relays; press office = the administration")])

ODESA_ADM = ["Odesa regional administration", "Odesa regional military administration", "Odesa Oblast Military Administration", "Odesa region", "Odesa Oblast", "Odessa region", "Odesa regional officials", "administration régionale d'Odessa", "administration militaire régionale d'Odessa", "région d'Odessa", "oblast d'Odessa", "Odesa governor", "governor of the Odesa region", "gouverneur de la région d'Odessa"]
add("2023-08-16", "Izmail grain terminal damaged",
 "Regional officials in Odesa said a Russian drone attack had damaged a grain terminal and two warehouses in the Danube port of Izmail overnight.",
 [S(ODESA_ADM, "a Russian drone attack had damaged a grain terminal and two warehouses in the Danube port of Izmail overnight", False, "collective-tied", "'regional officials' are the regional administration")])

add("2024-04-14", "Israel says Iranian drones intercepted",
 "Israeli authorities said almost all of the drones and missiles launched from Iran overnight had been intercepted, and that a girl had been badly hurt by shrapnel in the Negev.",
 [S(ISRAEL, "almost all of the drones and missiles launched from Iran overnight had been intercepted", False, "collective-tied"),
  S(ISRAEL, "a girl had been badly hurt by shrapnel in the Negev", False, "collective-tied", "second 'that' clause of the same verb, kept as its own statement")])

KHERSON_ADM = ["Kherson regional administration", "Kherson regional military administration", "Kherson Oblast Military Administration", "Kherson region", "Kherson Oblast", "administration régionale de Kherson", "administration militaire régionale de Kherson", "région de Kherson", "Kherson regional officials"]
add("2024-10-30", "Bus stop hit in Kherson",
 "At least six people were wounded when a drone dropped explosives on a bus stop in Kherson's Dniprovskyi district, officials said. The Kherson regional administration later said two of the wounded were in a serious condition.",
 [S(["officials", "local officials", "Ukrainian officials"] + KHERSON_ADM, "At least six people were wounded when a drone dropped explosives on a bus stop in Kherson's Dniprovskyi district", False, "collective-untied", "'officials said' with no organisation", optional=True),
  S(KHERSON_ADM, "two of the wounded were in a serious condition", False, "indirect-said")])

add("2025-04-28", "Sudanese officials report Port Sudan strike",
 "Drones struck a fuel depot near Port Sudan airport on Sunday, Sudanese officials said, while residents said they had heard at least six explosions before dawn.",
 [S(SUDAN, "Drones struck a fuel depot near Port Sudan airport on Sunday", False, "collective-tied", "'Sudanese officials' = the Sudanese state"),
  S(["residents", "local residents", "habitants"], "they had heard at least six explosions before dawn", False, "collective-untied", "residents: no organisation", optional=True)])

KHARKIV_CITY = ["Kharkiv city council", "Kharkiv city administration", "Kharkiv mayor's office", "mayor's office", "mairie de Kharkiv", "conseil municipal de Kharkiv", "administration municipale de Kharkiv"]
add("2024-05-24", "Printing house hit in Kharkiv",
 "KHARKIV, Ukraine — A Russian missile hit a printing house in Kharkiv on Thursday, killing seven workers, the city's mayor's office said.",
 [S(KHARKIV_CITY, "A Russian missile hit a printing house in Kharkiv on Thursday, killing seven workers", False, "dateline-not-speaker", "the dateline city is not the speaker; the mayor's office is")])

add("2024-09-03", "Poltava academy strike",
 "Ukraine's General Staff said two Russian ballistic missiles had struck a military communications institute in Poltava. \"An investigation is under way into whether the air-raid warning reached the cadets in time,\" it said.",
 [S(UA_GS, "two Russian ballistic missiles had struck a military communications institute in Poltava", False, "indirect-said"),
  S(UA_GS, "An investigation is under way into whether the air-raid warning reached the cadets in time", True, "pronoun-it")])

add("2024-12-26", "Sudan aviation authority suspends Port Sudan flights",
 "Sudan's civil aviation authority said it had suspended all flights from Port Sudan for 24 hours after drones were spotted near the runway, insisting that the airport itself had not been damaged.",
 [S(SUD_CAA, "it had suspended all flights from Port Sudan for 24 hours after drones were spotted near the runway", False, "org-civil-aviation"),
  S(SUD_CAA, "the airport itself had not been damaged", False, "participle-clause", "'insisting that'")])

add("2023-11-28", "Eilat port activity down after Houthi threats",
 "The Port of Eilat said activity had fallen by 85 percent since the Houthis began attacking ships in the Red Sea. \"We are an empty port,\" its chief executive, Gideon Shalev, told a parliamentary committee, \"and every week is worse than the last.\"",
 [S(EILAT_PORT, "activity had fallen by 85 percent since the Houthis began attacking ships in the Red Sea", False, "org-port-authority"),
  S(["Gideon Shalev", "Shalev", "Guideon Shalev"], "We are an empty port", True, "direct-split-verb-inside", "title + name between the halves; the committee is the addressee; split quotation: two statements of one speaker, as in the dev2 gold"),
  S(["Gideon Shalev", "Shalev", "Guideon Shalev"], "and every week is worse than the last", True, "direct-split-verb-inside", "split quotation: two statements of one speaker, as in the dev2 gold")])

IDRIS = ["Salah Idris", "Idris", "Major Salah Idris", "Salah Idriss", "Salah Edris"]
add("2024-09-07", "Merowe runway cratered by drones",
 "RSF drones struck Merowe airport for the third time in a week on Friday. “We counted 23 impacts on the runway,” an army engineer, Major Salah Idris, told reporters at the airport, “so repairs will take weeks, not days.”",
 [S(IDRIS, "We counted 23 impacts on the runway", True, "direct-split-verb-inside", "the reporters are the addressee; split quotation: two statements of one speaker, as in the dev2 gold"),
  S(IDRIS, "so repairs will take weeks, not days", True, "direct-split-verb-inside", "split quotation: two statements of one speaker, as in the dev2 gold")])

add("2024-03-05", "Church compound bombed in Momauk",
 "An air strike hit a church compound in Momauk township, in Myanmar's Kachin state, on Sunday night. “There were no soldiers in the village, only farmers and their families,” wrote in a statement on Monday the Kachin Independence Army, which controls much of the area.",
 [S(KIA, "There were no soldiers in the village, only farmers and their families", True, "verb-before-speaker-phrase-between", "verb, then 'in a statement on Monday', then the armed group")])

KHARKIV_EMERG = ["Kharkiv regional emergency service", "Kharkiv regional emergency services", "emergency service of the Kharkiv region", "Kharkiv regional department of the State Emergency Service", "services d'urgence de la région de Kharkiv", "service régional des urgences de Kharkiv"] + UA_SES
add("2024-10-31", "Rescuers hit by repeat strike in Kharkiv region",
 "Two rescuers were wounded when a second drone struck the site of an earlier attack in Zolochiv, the Kharkiv regional emergency service reported on Thursday. “This is a deliberate tactic against our crews,” the service wrote on Facebook.",
 [S(KHARKIV_EMERG, "Two rescuers were wounded when a second drone struck the site of an earlier attack in Zolochiv", False, "org-regional-emergency", "'reported' with the service as subject: the service is the speaker"),
  S(KHARKIV_EMERG, "This is a deliberate tactic against our crews", True, "definite-description")])

# ---- negatives
add("2024-07-30", "Novorossiysk fuel depot fire",
 "A fire broke out at a fuel depot in Novorossiysk overnight after what local residents described on social media as a series of loud bangs. Officials did not say whether anyone was hurt, and the port's operator gave no details of the damage.",
 [], note="negative (negated-speech): 'did not say whether', 'gave no details'; residents' social-media descriptions of noises are not attributed statements about content")
add("2024-01-12", "Pentagon silent on Hodeidah reports",
 "The Pentagon declined to comment on reports of further strikes near Hodeidah, and a spokesman for US Central Command did not respond to emailed questions on Friday.",
 [], note="negative (no-comment): 'declined to comment', 'did not respond'")
add("2024-12-21", "Read also: Kyiv drones",
 "Read also: Kyiv says it shot down 40 Russian drones over the capital overnight",
 [], note="negative (teaser): a 'Read also' link is not a statement, even with 'says'")
add("2024-12-05", "Khan Younis rubble",
 "Photo: Rescuers search the rubble of a house in Khan Younis after what residents said was an Israeli air strike, December 4, 2024. (Photo by Omar Haddad / Northline)",
 [], note="negative (caption): photo caption, no statement even with 'said'")
add("2023-09-14", "Odesa port after the strike",
 "ODESA, Ukraine — Smoke still hung over the port on Thursday morning, a day after Russian drones struck two grain warehouses. Cranes stood idle and dockworkers swept broken glass from the loading bays.",
 [], note="negative (dateline): the dateline is not a speaker; no speech at all")
add("2024-11-20", "No word from RSF on Zamzam camp",
 "The Rapid Support Forces could not be reached for comment on the shelling of the Zamzam camp, and it was not immediately clear how many people had been killed.",
 [], note="negative (no-comment): 'could not be reached for comment'")
add("2024-08-27", "Unclaimed missile fire on Eilat",
 "It was not immediately clear who fired the two missiles that fell into the sea off Eilat on Tuesday. There was no claim of responsibility, and the Israeli military did not confirm whether they had been intercepted.",
 [], note="negative (negated-speech): 'did not confirm', no claim")
add("2024-02-28", "Fire in Kherson market",
 "The blaze that followed the shelling claimed the lives of three stallholders in Kherson's central market. Satellite images taken the next day show the whole eastern row of stalls burnt out.",
 [], note="negative (other sense): 'claimed the lives', inanimate 'show'")
add("2024-11-06", "Arakan Army fighters in Rakhine",
 "FILE PHOTO: Fighters of the Arakan Army, who say they control most of northern Rakhine state, stand guard near Paletwa, Myanmar, January 20, 2024. REUTERS/Staff",
 [], note="negative (caption): FILE PHOTO caption, no statement even with 'say'")
add("2025-02-11", "Sumy strike, ministry silent",
 "The energy ministry would not discuss the extent of the damage to the Sumy power plant, and the grid operator Ukrenergo did not answer calls on Sunday.",
 [], note="negative (no-comment): 'would not discuss', 'did not answer calls'")

for i, p in enumerate(P, 1):
    p["id"] = f"en2-{i:03d}"
with open("en.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "passages")
