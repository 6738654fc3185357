import json
P = []
def S(sp, q, d, pat, **kw):
    x = {"speaker": sp, "quote": q, "direct": d, "pattern": pat}; x.update(kw); return x
def add(i, pub, title, text, sts, note=None):
    p = {"id": "en4-%03d" % i, "language": "en", "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["statements"] = sts; P.append(p)

TYM = ["Oleksandr Tymchenko", "Tymchenko", "Aleksandr Timchenko", "Олександр Тимченко"]
ZOVA = ["Zaporizhzhia regional military administration", "Zaporizhzhia Regional Military Administration", "Zaporizhzhia regional administration", "administration militaire régionale de Zaporijjia"]
SES = ["State Emergency Service of Ukraine", "Ukraine's State Emergency Service", "State Emergency Service", "SES", "DSNS", "Service d'État pour les situations d'urgence"]
HEZ = ["Hezbollah", "Hizbollah", "Hizbullah", "Hezbollah libanais"]
RUMOD = ["Russian Ministry of Defence", "Russia's Defence Ministry", "Russian Defence Ministry", "Ministry of Defence of the Russian Federation", "ministère russe de la Défense"]
UA = ["Ukraine", "Kyiv", "Kiev"]
OCHA = ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "Office for the Coordination of Humanitarian Affairs", "Bureau de la coordination des affaires humanitaires", "BCAH"]
LIP = ["Lipetsk governor", "governor of the Lipetsk region", "Lipetsk regional governor", "Lipetsk region governor", "Lipetsk regional administration", "gouverneur de la région de Lipetsk"]
NASSER = ["Nasser Medical Complex", "Nasser Hospital", "Nasser hospital", "hôpital Nasser", "complexe médical Nasser"]
UKRENERGO = ["Ukrenergo", "Oukrenergo", "Укренерго", "national grid operator"]
HRYT = ["Olena Hrytsenko", "Hrytsenko", "Elena Gritsenko", "Олена Гриценко"]
DARW = ["Yusuf Darwish", "Darwish", "Youssef Darwich"]
SAV = ["Dmytro Saveliev", "Saveliev", "Dmitry Savelyev", "Дмитро Савельєв"]
ICRC = ["International Committee of the Red Cross", "ICRC", "Comité international de la Croix-Rouge", "CICR", "Red Cross"]
DUV = ["Marc Duvall", "Duvall"]
SABA = ["Saba", "Saba news agency", "Houthi-run Saba news agency", "agence Saba"]
RVC = ["Russian Volunteer Corps", "RDK", "Corps des volontaires russes"]
FSB = ["Federal Security Service", "FSB", "Russia's Federal Security Service", "Service fédéral de sécurité"]
MDA = ["Magen David Adom", "MDA", "Israel's Magen David Adom", "Israeli emergency service"]
LEVY = ["Shira Levy", "Levy", "Shira Levi"]
SAF = ["Sudanese army", "Sudan's army", "Sudanese Armed Forces", "SAF", "armée soudanaise", "Forces armées soudanaises"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
LUH_OCC = ["Russian-installed officials", "Russian-installed authorities", "Russian-installed officials in the Luhansk region", "Luhansk occupation authorities", "autorités d'occupation russes"]
PASH = ["Viktor Pashkov", "Pashkov", "Viktor Pachkov"]
KRAV = ["Bohdan Kravets", "Kravets", "Bogdan Kravets", "Богдан Кравець"]
WHO = ["World Health Organization", "WHO", "Organisation mondiale de la santé", "OMS"]
MUB = ["Hana Mubarak", "Dr Hana Mubarak", "Mubarak"]
RU = ["Russia", "Moscow", "Russian Federation", "Russie", "Moscou"]
UAPG = ["Office of the Prosecutor General of Ukraine", "Ukraine's prosecutor general's office", "Prosecutor General's Office of Ukraine", "Ukrainian prosecutor general's office"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Tsahal"]
SALEM = ["Ahmed Salem", "Salem", "Ahmad Salem"]
KOVAL = ["Roman Kovalchuk", "Kovalchuk", "Roman Kovaltchouk"]

add(1, "2024-07-13", "Bakery warehouse burns in Kharkiv",
    "The head of the Kharkiv regional military administration's emergency department, Oleksandr Tymchenko, said on Friday that a Russian drone had set fire to a bakery warehouse in the Slobidskyi district. Mr Tymchenko said fire crews had contained the blaze by dawn.",
    [S(TYM, "a Russian drone had set fire to a bakery warehouse in the Slobidskyi district", False, "title-name-appositive-that"),
     S(TYM, "fire crews had contained the blaze by dawn", False, "title-name-later-mr")])
add(2, "2024-11-02", "Power line cut near Vilniansk",
    "“The enemy again targeted civilian infrastructure,” the Zaporizhzhia regional military administration said in a statement on Telegram. It said a drone had damaged a power line near Vilniansk, leaving some 3,000 homes without electricity.",
    [S(ZOVA, "The enemy again targeted civilian infrastructure", True, "direct-verb-after-telegram"),
     S(ZOVA, "a drone had damaged a power line near Vilniansk, leaving some 3,000 homes without electricity", False, "pronoun-it-organisation")])
add(3, "2024-04-20", "Rescuers search Kryvyi Rih building",
    "According to Ukraine's State Emergency Service, rescuers pulled four people from the rubble of a five-storey building in Kryvyi Rih after an overnight missile attack. The service said the search would continue through the night.",
    [S(SES, "rescuers pulled four people from the rubble of a five-storey building in Kryvyi Rih after an overnight missile attack", False, "according-to-start-agency"),
     S(SES, "the search would continue through the night", False, "definite-the-service")])
add(4, "2024-06-08", "Rockets fired at Shlomi position",
    "Hezbollah said it had fired a barrage of rockets at an Israeli artillery position near Shlomi in response to an air strike on the village of Aita al-Shaab. In a statement, the group said the strike had killed two civilians.",
    [S(HEZ, "it had fired a barrage of rockets at an Israeli artillery position near Shlomi in response to an air strike on the village of Aita al-Shaab", False, "claim-responsibility-said-it-had"),
     S(HEZ, "the strike had killed two civilians", False, "definite-the-group-in-a-statement")])
add(5, "2024-09-21", "Moscow denies Kurakhove hospital strike",
    "Russia's Defence Ministry denied that its forces had struck a hospital in Kurakhove, calling the reports “a staged provocation”. The ministry said Ukrainian units had used the building as a firing position.",
    [S(RUMOD, "its forces had struck a hospital in Kurakhove", False, "denial-denied-that"),
     S(RUMOD, "a staged provocation", True, "participle-calling-quoted"),
     S(RUMOD, "Ukrainian units had used the building as a firing position", False, "definite-the-ministry")])
add(6, "2023-10-18", "Bus stop shelled in Kherson",
    "“This was a deliberate strike on people waiting for a bus,” said Roman Kovalchuk, a deputy head of the Kherson city military administration. Kyiv blamed Moscow for the shelling of the bus stop in the Dniprovskyi district, which killed two people on Tuesday.",
    [S(KOVAL, "This was a deliberate strike on people waiting for a bus", True, "direct-inverted-name-title"),
     S(UA, None, False, "accusation-blamed-capital", note="Kyiv = Ukraine")])
add(7, "2024-03-07", "Water station damaged in Deir al-Balah",
    "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Wednesday that an air strike had damaged a water pumping station serving around 40,000 people in Deir al-Balah. The agency urged all parties to spare civilian infrastructure.",
    [S(OCHA, "an air strike had damaged a water pumping station serving around 40,000 people in Deir al-Balah", False, "un-body-acronym-that"),
     S(OCHA, "all parties to spare civilian infrastructure", False, "urged-x-to")])
add(8, "2024-08-17", "Drones downed over Lipetsk region",
    "Russian state television channel Rossiya 24 reported that air defences had shot down six drones over the Lipetsk region overnight, citing the regional governor. The governor said debris had fallen on a car park in Gryazi without causing injuries.",
    [S(LIP, "air defences had shot down six drones over the Lipetsk region overnight", False, "relay-state-tv-citing", note="relay: the governor is the original speaker"),
     S(LIP, "debris had fallen on a car park in Gryazi without causing injuries", False, "definite-the-governor")])
add(9, "2024-07-27", "Tent camp strike in al-Mawasi",
    "The Nasser Medical Complex in Khan Younis said it had received the bodies of five people killed in a strike on a tent camp in al-Mawasi. “Our emergency ward is beyond capacity,” the hospital said.",
    [S(NASSER, "it had received the bodies of five people killed in a strike on a tent camp in al-Mawasi", False, "hospital-said-it-had"),
     S(NASSER, "Our emergency ward is beyond capacity", True, "direct-definite-the-hospital")])
add(10, "2024-03-23", "Substation hit in Khmelnytskyi region",
    "Ukrenergo, the national grid operator, said a Russian missile attack had damaged a high-voltage substation in the Khmelnytskyi region. The company said emergency power cuts would be applied in five regions on Saturday evening.",
    [S(UKRENERGO, "a Russian missile attack had damaged a high-voltage substation in the Khmelnytskyi region", False, "company-appositive"),
     S(UKRENERGO, "emergency power cuts would be applied in five regions on Saturday evening", False, "definite-the-company")])
add(11, "2023-08-03", "Grain silos hit at Odesa port",
    "Olena Hrytsenko, a spokeswoman for the Odesa city council, said two grain silos at the port had been hit by Russian drones. She added that loading had been suspended until further notice.",
    [S(HRYT, "two grain silos at the port had been hit by Russian drones", False, "name-spokeswoman-appositive", note="named spokeswoman = the person"),
     S(HRYT, "loading had been suspended until further notice", False, "pronoun-she-added-that")])
add(12, "2024-01-12", "Jabalia shopkeeper describes strike",
    "“We heard the whistle and then the whole street shook,” said Yusuf Darwish, a shopkeeper in Jabalia. “By the time I got outside, the building opposite was gone.”",
    [S(DARW, "We heard the whistle and then the whole street shook", True, "direct-inverted-name-occupation"),
     S(DARW, "By the time I got outside, the building opposite was gone", True, "direct-continuation")])
add(13, "2024-05-29", "Drone hits Nikopol school gym",
    "“The drone came in low over the river,” the head of the Nikopol district military administration, Dmytro Saveliev, told reporters, “and hit the roof of the school gym.”",
    [S(SAV, "The drone came in low over the river", True, "split-quote-title-name-told-reporters"),
     S(SAV, "and hit the roof of the school gym", True, "split-quote-second-part")])
add(14, "2024-06-14", "Red Cross seeks Kupiansk evacuation",
    "The International Committee of the Red Cross called on both sides to allow the evacuation of wounded civilians from Kupiansk after days of heavy shelling. An ICRC spokesman in Kyiv, Marc Duvall, said teams were ready to move as soon as guarantees were given.",
    [S(ICRC, "both sides to allow the evacuation of wounded civilians from Kupiansk after days of heavy shelling", False, "called-on-x-to"),
     S(DUV, "teams were ready to move as soon as guarantees were given", False, "acronym-spokesman-name-appositive")])
add(15, "2024-02-26", "Saba accuses US and Britain over Hodeidah market",
    "The Houthi-run Saba news agency accused the United States and Britain of bombing a fish market in Hodeidah's al-Hali district on Sunday. It said three fishermen were killed and eleven wounded.",
    [S(SABA, "the United States and Britain of bombing a fish market in Hodeidah's al-Hali district on Sunday", False, "accusation-accused-of-act", note="state news agency speaking in its own name, no source cited"),
     S(SABA, "three fishermen were killed and eleven wounded", False, "pronoun-it-agency")])
add(16, "2024-03-16", "Armed group claims raid near Gornal",
    "The Russian Volunteer Corps said in a statement on Telegram that its fighters had attacked a border post near the village of Gornal in the Kursk region. Russia's Federal Security Service said the attack had been repelled and that the attackers had withdrawn.",
    [S(RVC, "its fighters had attacked a border post near the village of Gornal in the Kursk region", False, "claim-telegram-statement-that"),
     S(FSB, "the attack had been repelled and that the attackers had withdrawn", False, "agency-two-complements-one-verb")])
add(17, "2024-05-18", "Man hurt in Nahariya rocket barrage",
    "Paramedics treated a 60-year-old man for shrapnel wounds in Nahariya after a rocket barrage from Lebanon, Magen David Adom said. “He was conscious and in moderate condition,” MDA paramedic Shira Levy said.",
    [S(MDA, "Paramedics treated a 60-year-old man for shrapnel wounds in Nahariya after a rocket barrage from Lebanon", False, "sentence-final-emergency-service"),
     S(LEVY, "He was conscious and in moderate condition", True, "acronym-title-name-before-verb")])
add(18, "2024-12-07", "Rival accounts of strike east of El Obeid",
    "Sudan's army said its aircraft had struck RSF positions east of El Obeid, while the Rapid Support Forces said the jets had hit a crowded livestock market.",
    [S(SAF, "its aircraft had struck RSF positions east of El Obeid", False, "two-speakers-while-first"),
     S(RSF, "the jets had hit a crowded livestock market", False, "two-speakers-while-second")])
add(19, "2024-10-10", "Oil tanks burn in Rovenky",
    "Two oil storage tanks were burning at a depot in Rovenky on Thursday morning, according to Russian-installed officials in the Luhansk region. A local fire chief, Viktor Pashkov, said crews were letting the tanks burn out because foam supplies had run low.",
    [S(LUH_OCC, "Two oil storage tanks were burning at a depot in Rovenky on Thursday morning", False, "according-to-end-collective-tied"),
     S(PASH, "crews were letting the tanks burn out because foam supplies had run low", False, "title-name-appositive-local")])
add(20, "2023-11-25", "Volunteer recounts Orikhiv shelling",
    "“The shelling began just after six in the morning. It did not stop for three hours,” said Bohdan Kravets, a volunteer who runs a soup kitchen in Orikhiv. He said two of his helpers had been wounded.",
    [S(KRAV, "The shelling began just after six in the morning. It did not stop for three hours", True, "direct-multi-sentence-inverted"),
     S(KRAV, "two of his helpers had been wounded", False, "pronoun-he-said")])
add(21, "2024-06-22", "El Fasher hospital out of action",
    "The World Health Organization said the strike had left the Saudi hospital in El Fasher “unable to perform surgery” for at least a week. WHO's representative in Sudan, Dr Hana Mubarak, told reporters in Port Sudan that fuel for the generators would run out within days.",
    [S(WHO, "the strike had left the Saudi hospital in El Fasher “unable to perform surgery” for at least a week", False, "mixed-quotation"),
     S(MUB, "fuel for the generators would run out within days", False, "title-name-told-reporters-that")])
add(22, "2024-01-20", "Conflicting accounts of Kramatorsk strike",
    "Moscow said on Saturday that its missiles had struck a warehouse used by foreign fighters in Kramatorsk. Ukraine's prosecutor general's office said the missile had hit a supermarket and opened a war crimes investigation.",
    [S(RU, "its missiles had struck a warehouse used by foreign fighters in Kramatorsk", False, "capital-as-state"),
     S(UAPG, "the missile had hit a supermarket", False, "agency-said-and-non-speech-verb", note="'opened' is no speech act")])
add(23, "2024-02-03", "Launch site near Jabalia struck",
    "An Israeli military spokesman said troops had identified a launch site in the Jabalia area from which rockets were fired at Sderot. The military later said it had struck the site with a drone.",
    [S(IDF, "troops had identified a launch site in the Jabalia area from which rockets were fired at Sderot", False, "unnamed-spokesman-organisation"),
     S(IDF, "it had struck the site with a drone", False, "definite-the-military")])
add(24, "2024-04-27", "Bodies recovered from Nuseirat school",
    "Ahmed Salem, who heads the civil defence in the Gaza Strip's central governorate, said crews had recovered 11 bodies from a school building in Nuseirat hit overnight. Salem said rescuers lacked fuel for their equipment.",
    [S(SALEM, "crews had recovered 11 bodies from a school building in Nuseirat hit overnight", False, "name-who-heads"),
     S(SALEM, "rescuers lacked fuel for their equipment", False, "bare-surname-later")])
add(25, "2024-06-04", "Caption Odesa firefighters",
    "Photo: Firefighters work at the site of a drone strike in Odesa, Ukraine, on June 3, 2024. © Nadia Petrenko/Southbridge Images",
    [], note="photo caption with credit: no statement")
add(26, "2024-09-12", "Teaser Kharkiv shelters",
    "Read also: Kharkiv residents say shelters are full as glide-bomb attacks intensify",
    [], note="'Read also' teaser with 'say' inside: no statement")
add(27, "2024-08-30", "Blast at Shostka plant",
    "The blast claimed the lives of three workers at the chemical plant in Shostka. Regional authorities have not commented on the cause.",
    [], note="'claimed the lives' (other sense) and negated speech 'have not commented'")
add(28, "2024-05-21", "Satellite images of Saky",
    "Satellite images taken on Monday show at least four destroyed aircraft at the Saky air base in Crimea, and scorch marks on the apron suggest a large fuel fire.",
    [], note="inanimate subjects 'show'/'suggest': no statement")
add(29, "2024-11-30", "No answer on Omdurman strike",
    "The Sudanese army did not respond to a request for comment on the strike near Omdurman, and RSF officials could not be reached.",
    [], note="no answer to a request for comment")
add(30, "2024-03-11", "Newsletter box",
    "Sign up for our Middle East briefing to get the latest on the war in Gaza, delivered to your inbox every weekday morning. You can unsubscribe at any time.",
    [], note="newsletter banner (page furniture)")

with open("en.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
