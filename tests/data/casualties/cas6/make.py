"""Write en.jsonl and fr.jsonl (branch cas6: casualty figures of the kinds the fifth held-out
set missed, in our own wordings; see ../README.md). Run from this folder: python make.py

Every passage is invented for this project (2026-12-06): real towns, invented incidents,
people and figures. Kinds (the `pattern` tag starts with its number): 1 toll updates, 2
ranges, 3 reporters that are hospitals, medics, local bodies, armed groups or ministries, 4
noun complements ("a fait état de", "reported"), 5 figures inside a quotation with their
parts, 6 zeros and singletons, 7 upper bounds in hedged wording, 8 "received N wounded", 9
organisations whose name holds a nationality adjective, 10 UN bodies by long and short names.
"""
import json

PRCS = ["Palestinian Red Crescent", "Palestinian Red Crescent Society", "Croissant-Rouge palestinien"]
LRC = ["Lebanese Red Cross", "Croix-Rouge libanaise"]
SOHR = ["Syrian Observatory for Human Rights", "Observatoire syrien des droits de l'homme"]
OHCHR = ["UN Human Rights Office (OHCHR)", "Haut-Commissariat des Nations unies aux droits de l'homme"]
OCHA = ["UN Office for the Coordination of Humanitarian Affairs", "Bureau de la coordination des affaires humanitaires de l'ONU"]
WHO = ["World Health Organization", "Organisation mondiale de la santé"]
UNICEF = ["UNICEF", "Unicef"]
UNRWA = ["UNRWA"]
UNHCR = ["UN Refugee Agency (UNHCR)", "Haut-Commissariat des Nations unies pour les réfugiés"]
GAZA_MOH = ["Gaza Health Ministry", "ministère de la Santé de Gaza"]
LB_MOH = ["Lebanese Ministry of Public Health", "ministère libanais de la Santé"]
GCD = ["Palestinian Civil Defence (Gaza)", "Défense civile palestinienne (Gaza)", "Gaza civil defence", "défense civile de Gaza"]
HEZ = ["Hezbollah"]
QASSAM = ["Al-Qassam Brigades", "Brigades Ezzedine al-Qassam", "Hamas"]
KHA_ADM = ["Kharkiv city military administration", "Kharkiv city administration", "administration militaire de la ville de Kharkiv",
           "administration municipale de Kharkiv", "Kharkiv", "Kharkiv city council", "mairie de Kharkiv"]
ODE_ADM = ["Odesa city administration", "Odesa mayor's office", "administration municipale d'Odessa", "mairie d'Odessa", "Odesa",
           "Odessa", "administration militaire de la ville d'Odessa", "Odesa city military administration"]
UA = ["UA"]


def f(kind, count, source, place, pattern, bound="Exact"):
    return {"kind": kind, "count": count, "bound": bound, "source": source, "place": place, "pattern": pattern}


EN = [
    # 1 toll updates
    ("001", "Toll rises in Dnipro", "Russian missiles struck an office block in Dnipro on Tuesday. By evening the toll had risen to 34 dead, up from 21 in the morning, regional governor Oleh Marchuk said.",
     [f("killed", 34, ["Oleh Marchuk", "Marchuk"], ["Dnipro"], "1-risen-to-dead"), f("killed", 21, ["Oleh Marchuk", "Marchuk"], ["Dnipro"], "1-up-from")]),
    ("002", "Kherson toll", "The toll from Saturday's Russian drone strike on a bus station in Kherson rose to eight killed and 29 wounded, the head of the regional administration, Ivan Dorash, said on Sunday.",
     [f("killed", 8, ["Ivan Dorash", "Dorash"], ["Kherson"], "1-rose-to-killed"), f("injured", 29, ["Ivan Dorash", "Dorash"], ["Kherson"], "1-rose-to-wounded")]),
    ("003", "Ternopil rubble", "A Russian missile hit a block of flats in Ternopil on Wednesday. The number of dead has climbed to 19, Mayor Petro Kovalyk said on Thursday.",
     [f("killed", 19, ["Petro Kovalyk", "Kovalyk"], ["Ternopil"], "1-number-climbed")]),
    # 2 ranges
    ("004", "Khan Younis house", "An Israeli air strike on a house in Khan Younis on Monday killed between five and eight people, the Gaza health ministry said.",
     [f("killed", 5, GAZA_MOH, ["Khan Younis"], "2-range-object", "AtLeast"), f("killed", 8, GAZA_MOH, ["Khan Younis"], "2-range-object", "AtMost")]),
    ("005", "El Fasher shelling", "Between 40 and 60 civilians were killed when the Rapid Support Forces shelled a market in El Fasher on Sunday, the UN Office for the Coordination of Humanitarian Affairs said.",
     [f("killed", 40, OCHA, ["El Fasher"], "2-range-passive", "AtLeast"), f("killed", 60, OCHA, ["El Fasher"], "2-range-passive", "AtMost")]),
    # 3 reporters
    ("006", "Kharkiv drones", "Russian drones struck a residential district of Kharkiv overnight. Two people were injured, the city military administration said.",
     [f("injured", 2, KHA_ADM, ["Kharkiv"], "3-passive-city-admin")]),
    ("007", "Nuseirat school", "An Israeli strike hit a school sheltering displaced families in Nuseirat on Thursday. Nine people were killed, according to the director of al-Awda hospital, Dr Karim Nasrallah.",
     [f("killed", 9, ["Karim Nasrallah", "Nasrallah"], ["Nuseirat"], "3-according-to-director")]),
    ("008", "Deir al-Balah car", "An Israeli drone hit a car in Deir al-Balah on Friday. \"Four bodies were brought to us,\" said Yusuf Hamdan, the hospital's director.",
     [f("killed", 4, ["Yusuf Hamdan", "Hamdan"], ["Deir al-Balah"], "3-bodies-quote-director")]),
    ("009", "Hezbollah fighters", "An Israeli strike hit a motorbike near Bint Jbeil on Saturday. Hezbollah announced the deaths of three of its fighters.",
     [f("killed", 3, HEZ, ["Bint Jbeil"], "3-group-own-dead")]),
    ("010", "Nabatieh strike", "An Israeli air strike on the town of Nabatieh on Tuesday killed six people and wounded 17, the Lebanese health ministry said in a statement.",
     [f("killed", 6, LB_MOH, ["Nabatieh"], "3-ministry"), f("injured", 17, LB_MOH, ["Nabatieh"], "3-ministry")]),
    ("011", "Odesa port", "A Russian missile hit the port of Odesa on Sunday. Three dock workers were wounded, the city's administration said.",
     [f("injured", 3, ODE_ADM, ["Odesa"], "3-passive-city-admin")]),
    # 4 noun complements
    ("012", "Kramatorsk glide bomb", "A Russian glide bomb struck a market in Kramatorsk on Friday. Governor Vadym Filashkin reported four dead and 18 injured.",
     [f("killed", 4, ["Vadym Filashkin", "Filashkin"], ["Kramatorsk"], "4-reported-dead"), f("injured", 18, ["Vadym Filashkin", "Filashkin"], ["Kramatorsk"], "4-reported-injured")]),
    ("013", "Jabalia strike", "Israeli aircraft struck a building in Jabalia on Wednesday night. The Palestinian civil defence in Gaza announced the death of 12 people.",
     [f("killed", 12, GCD, ["Jabalia"], "4-announced-death")]),
    # 5 quotations with parts
    ("014", "Sumy quote", "A Russian missile struck a crowded street in Sumy on Sunday. \"Eleven people were killed, including three children, and 40 were wounded,\" the mayor, Artem Kobzenko, told reporters.",
     [f("killed", 11, ["Artem Kobzenko", "Kobzenko"], ["Sumy"], "5-quote-including"), f("injured", 40, ["Artem Kobzenko", "Kobzenko"], ["Sumy"], "5-quote-were-wounded")]),
    # 6 zeros and singletons
    ("015", "Bila Tserkva warehouse", "A Russian drone hit a warehouse in Bila Tserkva overnight, starting a fire. No one was hurt.",
     [f("injured", 0, "article", ["Bila Tserkva"], "6-zero-article")]),
    ("016", "Nikopol shelling", "Russian artillery shelled Nikopol on Monday. A 67-year-old man died of his wounds in hospital, regional governor Serhiy Lysak said.",
     [f("killed", 1, ["Serhiy Lysak", "Lysak"], ["Nikopol"], "6-man-died-of-wounds")]),
    ("017", "Zaporizhzhia drone", "A Russian drone struck a minibus in Zaporizhzhia on Thursday, killing a woman and injuring four other passengers, governor Ivan Fedko said.",
     [f("killed", 1, ["Ivan Fedko", "Fedko"], ["Zaporizhzhia"], "6-killing-a-woman"), f("injured", 4, ["Ivan Fedko", "Fedko"], ["Zaporizhzhia"], "6-four-other")]),
    # 7 hedged upper bounds
    ("018", "Darfur village", "A Rapid Support Forces drone struck a market in Omdurman on Wednesday. Up to 200 people may have died, the UN human rights office said.",
     [f("killed", 200, OHCHR, ["Omdurman"], "7-up-to-may-have-died", "AtMost")]),
    # 8 received wounded
    ("019", "Hospital receives wounded", "Israeli tank shells hit a crowd waiting for aid in Rafah on Saturday. The Nasser hospital received 43 wounded, including 10 children, said its director, Atef Hamdi.",
     [f("injured", 43, ["Atef Hamdi", "Hamdi"], ["Rafah"], "8-received-wounded")]),
    # 9 nationality-adjective organisations
    ("020", "Red Crescent", "An Israeli strike hit a house in Jenin on Tuesday, killing three people, the Palestinian Red Crescent said.",
     [f("killed", 3, PRCS, ["Jenin"], "9-red-crescent")]),
    ("021", "Red Cross Lebanon", "An Israeli drone struck a house in Khiam on Friday, wounding five people, the Lebanese Red Cross said.",
     [f("injured", 5, LRC, ["Khiam"], "9-lebanese-red-cross")]),
    ("022", "Observatory", "An air strike on a market in Idlib on Sunday killed 14 civilians, according to the Syrian Observatory for Human Rights.",
     [f("killed", 14, SOHR, ["Idlib"], "9-observatory")]),
    # 10 UN bodies
    ("023", "OHCHR short", "The Rapid Support Forces shelled a displacement camp in El Fasher on Monday, killing at least 25 people, OHCHR said.",
     [f("killed", 25, OHCHR, ["El Fasher"], "10-ohchr-acronym", "AtLeast")]),
    ("024", "UNICEF", "A drone strike on a school in Kadugli on Thursday killed seven children, UNICEF said.",
     [f("killed", 7, UNICEF, ["Kadugli"], "10-unicef")]),
    # negatives (near misses)
    ("025", "Past toll", "A Russian missile struck Kryvyi Rih on Tuesday, damaging a school. The city lost 20 residents in a similar strike three years ago, Mayor Oleksandr Vilkul recalled.",
     []),
    ("026", "Cumulative toll", "Israeli strikes hit Beit Lahia on Monday. The Gaza health ministry said more than 300 people had been killed in northern Gaza since the start of the month.",
     []),
    ("027", "Ages only", "A Russian drone struck a car near Kupiansk on Wednesday. The driver, a 45-year-old man, and his 12-year-old son were injured, the regional prosecutor's office said.",
     []),
    # second wordings of each kind (written after the first fixes, before measuring them)
    ("028", "Odesa toll", "A Russian missile struck a hotel in Odesa on Thursday. The death toll climbed to 12, up from nine on Friday morning, the regional governor, Oleh Kiperenko, said.",
     [f("killed", 12, ["Oleh Kiperenko", "Kiperenko"], ["Odesa"], "1-climbed-to"), f("killed", 9, ["Oleh Kiperenko", "Kiperenko"], ["Odesa"], "1-up-from")]),
    ("029", "Kherson hospital", "Between 10 and 15 people were wounded when a Russian drone hit a hospital in Kherson on Saturday, regional governor Ivan Dorash said.",
     [f("injured", 10, ["Ivan Dorash", "Dorash"], ["Kherson"], "2-range-passive", "AtLeast"), f("injured", 15, ["Ivan Dorash", "Dorash"], ["Kherson"], "2-range-passive", "AtMost")]),
    ("030", "Mawasi", "An Israeli strike hit a tent camp in Khan Younis on Tuesday. Five people were killed, Nasser Hospital said.",
     [f("killed", 5, ["Nasser hospital", "hôpital Nasser", "Nasser Hospital"], ["Khan Younis"], "3-hospital-inverted")]),
    ("031", "Qassam fighters", "The Al-Qassam Brigades said two of their fighters were killed in an Israeli air strike on Khan Younis on Monday.",
     [f("killed", 2, QASSAM, ["Khan Younis"], "3-group-own-dead")]),
    ("032", "Kryvyi Rih", "Six people were wounded in a Russian missile attack on Kryvyi Rih on Sunday, Ukraine's interior ministry said.",
     [f("injured", 6, UA, ["Kryvyi Rih"], "3-ministry-inverted")]),
    ("033", "Kharkiv mall", "A Russian glide bomb struck a shopping centre in Kharkiv on Sunday. Mayor Ihor Kravets reported 12 dead.",
     [f("killed", 12, ["Ihor Kravets", "Kravets"], ["Kharkiv"], "4-reported-dead")]),
    ("034", "Deir al-Balah doctor", "An Israeli drone hit a car in Deir al-Balah on Friday. \"We received nine dead, including two children,\" said Dr Samir Haddad, a doctor at the hospital.",
     [f("killed", 9, ["Samir Haddad", "Haddad"], ["Deir al-Balah"], "5-quote-received-including")]),
    ("035", "Mykolaiv petrol station", "A Russian drone hit a petrol station in Mykolaiv overnight. A man was killed, regional governor Vitaliy Kovalenko said.",
     [f("killed", 1, ["Vitaliy Kovalenko", "Kovalenko"], ["Mykolaiv"], "6-a-man-killed")]),
    ("036", "Lviv drones", "Russian drones hit a warehouse in Lviv overnight into Tuesday. No one was injured in the attack.",
     [f("injured", 0, "article", ["Lviv"], "6-zero-article")]),
    ("037", "Omdurman market", "The Rapid Support Forces shelled a market in Omdurman on Thursday. As many as 30 people may have been killed, the Sudan Doctors Network said.",
     [f("killed", 30, ["Sudan Doctors Network", "Réseau des médecins soudanais"], ["Omdurman"], "7-as-many-as-may", "AtMost")]),
    ("038", "Al-Aqsa hospital", "An Israeli strike hit a house in Deir al-Balah on Friday. The hospital received 20 bodies and 45 wounded, its spokesman, Khalil Saadeh, said.",
     [f("killed", 20, ["Khalil Saadeh", "Saadeh"], ["Deir al-Balah"], "8-received-bodies"), f("injured", 45, ["Khalil Saadeh", "Saadeh"], ["Deir al-Balah"], "8-received-wounded")]),
    ("039", "Jenin bodies", "An Israeli strike hit a house in Jenin on Wednesday. The Palestinian Red Crescent said its crews had recovered the bodies of four people.",
     [f("killed", 4, PRCS, ["Jenin"], "9-bodies-of")]),
    ("040", "UNRWA staff", "UNRWA said three of its staff were killed when an Israeli strike hit a school in Rafah on Monday.",
     [f("killed", 3, UNRWA, ["Rafah"], "10-unrwa-own-staff")]),
    ("041", "Evacuated", "Israeli shelling hit Khiam on Friday. The Lebanese Red Cross said it had evacuated 40 people from the village.",
     []),
    ("042", "West Bank total", "An Israeli strike hit a house in Jenin on Thursday. The Palestinian health ministry said 56 people had been killed in the West Bank since January.",
     []),
    # third wordings (written after the second fixes, before measuring them)
    ("043", "Zaporizhzhia toll", "Russian glide bombs hit an industrial site in Zaporizhzhia on Monday. The number of people killed rose to seven from four, the regional governor, Ivan Fedko, said on Tuesday.",
     [f("killed", 7, ["Ivan Fedko", "Fedko"], ["Zaporizhzhia"], "1-rose-to-from"), f("killed", 4, ["Ivan Fedko", "Fedko"], ["Zaporizhzhia"], "1-from-earlier")]),
    ("044", "Sumy range", "A Russian missile struck a bus in Sumy on Friday, injuring between 20 and 25 passengers, the regional military administration said.",
     [f("injured", 20, ["Sumy regional military administration", "Sumy regional administration", "administration militaire régionale de Soumy", "administration régionale de Soumy"], ["Sumy"], "2-range-participle", "AtLeast"),
      f("injured", 25, ["Sumy regional military administration", "Sumy regional administration", "administration militaire régionale de Soumy", "administration régionale de Soumy"], ["Sumy"], "2-range-participle", "AtMost")]),
    ("045", "Doctor quoted", "An Israeli strike hit a school in Gaza City on Sunday. Eight people were killed and 30 wounded, said Fadel Naim, director of al-Ahli hospital.",
     [f("killed", 8, ["Fadel Naim", "Naim"], ["Gaza City", "Gaza"], "3-said-name-director"), f("injured", 30, ["Fadel Naim", "Naim"], ["Gaza City", "Gaza"], "3-said-name-director")]),
    ("046", "Islamic Jihad", "An Israeli strike hit a flat in Khan Younis on Thursday. Palestinian Islamic Jihad announced the death of one of its commanders.",
     [f("killed", 1, ["Palestinian Islamic Jihad", "Jihad islamique palestinien"], ["Khan Younis"], "3-group-one-of-its")]),
    ("047", "Civil defence reported", "An Israeli air strike hit a house in Beit Hanoun on Tuesday. The Gaza civil defence agency reported 15 dead.",
     [f("killed", 15, GCD, ["Beit Hanoun"], "4-reported-dead")]),
    ("048", "WHO received", "Shelling hit a market in El Fasher on Saturday. The Saudi hospital received 40 wounded, the World Health Organisation said.",
     [f("injured", 40, WHO, ["El Fasher"], "8-received-who")]),
    ("049", "SOHR short", "A drone struck a car in Deir ez-Zor on Monday, killing two people, the Britain-based Syrian Observatory for Human Rights said.",
     [f("killed", 2, SOHR, ["Deir ez-Zor"], "9-britain-based-observatory")]),
    ("050", "OCHA short", "An air strike hit a school in Kadugli on Wednesday, killing at least nine children, OCHA said.",
     [f("killed", 9, OCHA, ["Kadugli"], "10-ocha-acronym", "AtLeast")]),
    ("051", "Animals and rescued", "A Russian drone hit a farm near Kherson on Sunday, killing 30 cows. Rescuers pulled two people from the rubble alive.",
     []),
    ("052", "Earlier attack recalled", "A Russian missile hit Chernihiv on Wednesday, damaging a school. In April 2024, a strike on the same district killed 18 people, up from an initial toll of 14.",
     []),
]

FR = [
    # 1 toll updates
    ("001", "Le bilan s'alourdit à Dnipro", "Des missiles russes ont frappé un immeuble de bureaux à Dnipro mardi. Le bilan est passé à 27 morts, contre 12 la veille, a annoncé le gouverneur régional Oleh Martchouk.",
     [f("killed", 27, ["Oleh Martchouk", "Martchouk"], ["Dnipro"], "1-passe-a-morts"), f("killed", 12, ["Oleh Martchouk", "Martchouk"], ["Dnipro"], "1-contre-la-veille")]),
    ("002", "Kherson", "Un drone russe a frappé samedi une gare routière de Kherson. Le bilan s'est alourdi dimanche à huit morts et 29 blessés, a indiqué le chef de l'administration régionale, Ivan Dorach.",
     [f("killed", 8, ["Ivan Dorach", "Dorach"], ["Kherson"], "1-alourdi-a-morts"), f("injured", 29, ["Ivan Dorach", "Dorach"], ["Kherson"], "1-alourdi-a-blesses")]),
    ("003", "Ternopil", "Les secouristes fouillaient toujours jeudi les décombres d'un immeuble de Ternopil touché mercredi par un missile russe. Le nombre de morts a grimpé à 19, a précisé le maire, Petro Kovalyk.",
     [f("killed", 19, ["Petro Kovalyk", "Kovalyk"], ["Ternopil"], "1-nombre-grimpe")]),
    # 2 ranges
    ("004", "Khan Younès", "Une frappe aérienne israélienne sur une maison de Khan Younès a fait lundi entre cinq et huit morts, selon le ministère de la Santé de Gaza.",
     [f("killed", 5, GAZA_MOH, ["Khan Younès", "Khan Younis"], "2-range-morts", "AtLeast"), f("killed", 8, GAZA_MOH, ["Khan Younès", "Khan Younis"], "2-range-morts", "AtMost")]),
    ("005", "El-Facher", "Entre 40 et 60 civils ont été tués dimanche quand les Forces de soutien rapide ont bombardé un marché d'El-Facher, selon le Bureau de la coordination des affaires humanitaires de l'ONU.",
     [f("killed", 40, OCHA, ["El-Facher", "El Fasher"], "2-range-passif", "AtLeast"), f("killed", 60, OCHA, ["El-Facher", "El Fasher"], "2-range-passif", "AtMost")]),
    # 3 reporters
    ("006", "Kharkiv", "Des drones russes ont frappé un quartier résidentiel de Kharkiv dans la nuit. Deux personnes ont été blessées, a indiqué l'administration militaire de la ville.",
     [f("injured", 2, KHA_ADM, ["Kharkiv"], "3-passif-admin-ville")]),
    ("007", "Nousseirat", "Une frappe israélienne a touché jeudi une école abritant des déplacés à Deir el-Balah. Neuf personnes ont été tuées, selon le directeur de l'hôpital al-Awda, Karim Nasrallah.",
     [f("killed", 9, ["Karim Nasrallah", "Nasrallah"], ["Deir el-Balah", "Deir al-Balah"], "3-selon-directeur")]),
    ("008", "Jabalia", "Un bâtiment de Jabalia a été visé mercredi soir par l'aviation israélienne. Sept personnes ont été tuées, a indiqué la défense civile de Gaza.",
     [f("killed", 7, GCD, ["Jabalia"], "3-passif-defense-civile")]),
    ("009", "Hezbollah", "Une frappe israélienne a visé une moto près de Bint Jbeil samedi. Le Hezbollah a annoncé la mort de trois de ses combattants.",
     [f("killed", 3, HEZ, ["Bint Jbeil"], "3-groupe-ses-morts")]),
    ("010", "Nabatiyé", "Des frappes aériennes israéliennes sur la ville de Nabatiyé ont tué mardi six personnes et en ont blessé 17, a annoncé le ministère libanais de la Santé dans un communiqué.",
     [f("killed", 6, LB_MOH, ["Nabatiyé", "Nabatieh"], "3-ministere"), f("injured", 17, LB_MOH, ["Nabatiyé", "Nabatieh"], "3-ministere")]),
    ("011", "Odessa", "Un missile russe a frappé le port d'Odessa dimanche. Trois dockers ont été blessés, a fait savoir la mairie.",
     [f("injured", 3, ODE_ADM, ["Odessa", "Odesa"], "3-passif-mairie")]),
    # 4 noun complements
    ("012", "Kramatorsk", "Une bombe planante russe a frappé un marché de Kramatorsk vendredi. Le gouverneur Vadym Filachkine a fait état de quatre morts et de 18 blessés.",
     [f("killed", 4, ["Vadym Filachkine", "Filachkine"], ["Kramatorsk"], "4-fait-etat-morts"), f("injured", 18, ["Vadym Filachkine", "Filachkine"], ["Kramatorsk"], "4-fait-etat-de-blesses")]),
    ("013", "Beit Lahia", "L'aviation israélienne a frappé une maison de Beit Lahia mercredi soir. La défense civile de Gaza a annoncé la mort de 12 personnes.",
     [f("killed", 12, GCD, ["Beit Lahia"], "4-annonce-la-mort")]),
    # 5 quotations with parts
    ("014", "Soumy", "Un missile russe a frappé une rue animée de Soumy dimanche. « Onze personnes ont été tuées, dont trois enfants, et 40 ont été blessées », a déclaré le maire, Artem Kobzenko.",
     [f("killed", 11, ["Artem Kobzenko", "Kobzenko"], ["Soumy", "Sumy"], "5-citation-dont"), f("injured", 40, ["Artem Kobzenko", "Kobzenko"], ["Soumy", "Sumy"], "5-citation-ellipse")]),
    # 6 zeros and singletons
    ("015", "Bila Tserkva", "Un drone russe a touché un entrepôt à Bila Tserkva dans la nuit, provoquant un incendie. L'attaque n'a fait aucun blessé.",
     [f("injured", 0, "article", ["Bila Tserkva"], "6-aucun-blesse-article")]),
    ("016", "Nikopol", "L'artillerie russe a pilonné Nikopol lundi. Un homme de 67 ans a succombé à ses blessures à l'hôpital, a indiqué le gouverneur régional Serhiy Lyssak.",
     [f("killed", 1, ["Serhiy Lyssak", "Lyssak"], ["Nikopol"], "6-succombe-blessures")]),
    ("017", "Zaporijjia", "Un drone russe a frappé un minibus à Zaporijjia jeudi. Une femme a été tuée et quatre autres passagers ont été blessés, a indiqué le gouverneur Ivan Fedko.",
     [f("killed", 1, ["Ivan Fedko", "Fedko"], ["Zaporijjia", "Zaporizhzhia"], "6-une-femme-tuee"), f("injured", 4, ["Ivan Fedko", "Fedko"], ["Zaporijjia", "Zaporizhzhia"], "6-quatre-autres")]),
    # 7 hedged upper bounds
    ("018", "Darfour", "Jusqu'à 200 personnes auraient péri mercredi lors de l'attaque des Forces de soutien rapide contre un marché d'Omdurman, selon le Haut-Commissariat de l'ONU aux droits de l'homme.",
     [f("killed", 200, OHCHR, ["Omdurman"], "7-jusqua-auraient-peri", "AtMost")]),
    # 8 received wounded
    ("019", "Rafah", "Des obus de chars israéliens ont touché une foule qui attendait de l'aide à Rafah samedi. L'hôpital Nasser a reçu 43 blessés, dont dix enfants, a précisé son directeur, Atef Hamdi.",
     [f("injured", 43, ["Atef Hamdi", "Hamdi"], ["Rafah"], "8-a-recu-blesses")]),
    # 9 nationality-adjective organisations
    ("020", "Croissant-Rouge", "Une frappe israélienne a touché une maison de Jénine mardi, tuant trois personnes, a indiqué le Croissant-Rouge palestinien.",
     [f("killed", 3, PRCS, ["Jénine", "Jenin"], "9-croissant-rouge")]),
    ("021", "Croix-Rouge libanaise", "Des tirs d'artillerie israéliens sur le village de Khiam ont blessé cinq personnes vendredi, selon la Croix-Rouge libanaise.",
     [f("injured", 5, LRC, ["Khiam"], "9-croix-rouge-libanaise")]),
    ("022", "Observatoire", "Des frappes aériennes sur un marché d'Idleb ont tué dimanche 14 civils, selon l'Observatoire syrien des droits de l'homme.",
     [f("killed", 14, SOHR, ["Idleb", "Idlib"], "9-observatoire")]),
    # 10 UN bodies
    ("023", "HCDH", "Les Forces de soutien rapide ont bombardé lundi un camp de déplacés à El-Facher, tuant au moins 25 personnes, a indiqué le Haut-Commissariat des Nations unies aux droits de l'homme.",
     [f("killed", 25, OHCHR, ["El-Facher", "El Fasher"], "10-hcdh-long", "AtLeast")]),
    ("024", "Unicef", "Une frappe de drone sur une école de Kadougli a tué jeudi sept enfants, a déploré l'Unicef.",
     [f("killed", 7, UNICEF, ["Kadougli", "Kadugli"], "10-unicef")]),
    # negatives (near misses)
    ("025", "Bilan passé", "Un missile russe a frappé Kryvyï Rih mardi, endommageant une école. La ville avait perdu 20 habitants lors d'une frappe semblable il y a trois ans, a rappelé le maire Oleksandr Vilkoul.",
     []),
    ("026", "Bilan cumulé", "Des frappes israéliennes ont touché Beit Lahia lundi. Le ministère de la Santé de Gaza a indiqué que plus de 300 personnes avaient été tuées dans le nord de Gaza depuis le début du mois.",
     []),
    ("027", "Âges", "Un drone russe a frappé une voiture près de Koupiansk mercredi. Le conducteur, un homme de 45 ans, et son fils de 12 ans ont été blessés, a indiqué le parquet régional.",
     []),
    # second wordings of each kind (written after the first fixes, before measuring them)
    ("028", "Odessa", "Un missile russe a frappé un hôtel d'Odessa jeudi. Le bilan s'élève désormais à 12 morts, contre neuf vendredi matin, a indiqué le gouverneur régional, Oleh Kiperenko.",
     [f("killed", 12, ["Oleh Kiperenko", "Kiperenko"], ["Odessa", "Odesa"], "1-s-eleve-a"), f("killed", 9, ["Oleh Kiperenko", "Kiperenko"], ["Odessa", "Odesa"], "1-contre-jour")]),
    ("029", "Kherson", "Entre dix et quinze personnes ont été blessées lorsqu'un drone russe a frappé un hôpital de Kherson samedi, a indiqué le gouverneur régional Ivan Dorach.",
     [f("injured", 10, ["Ivan Dorach", "Dorach"], ["Kherson"], "2-range-passif", "AtLeast"), f("injured", 15, ["Ivan Dorach", "Dorach"], ["Kherson"], "2-range-passif", "AtMost")]),
    ("030", "Mawasi", "Une frappe israélienne a touché un camp de tentes à Khan Younès mardi. Cinq personnes ont été tuées, a indiqué l'hôpital Nasser.",
     [f("killed", 5, ["Nasser hospital", "hôpital Nasser", "Nasser Hospital"], ["Khan Younès", "Khan Younis"], "3-hopital-inverse")]),
    ("031", "Qassam", "Les Brigades Ezzedine al-Qassam ont annoncé la mort de deux de leurs combattants dans une frappe aérienne israélienne sur Khan Younès lundi.",
     [f("killed", 2, QASSAM, ["Khan Younès", "Khan Younis"], "3-groupe-ses-morts")]),
    ("032", "Kryvyï Rih", "Six personnes ont été blessées dans une attaque de missiles russes sur Kryvyï Rih dimanche, selon le ministère ukrainien de l'Intérieur.",
     [f("injured", 6, UA, ["Kryvyï Rih", "Kryvyi Rih"], "3-ministere-selon")]),
    ("033", "Kharkiv", "Une bombe planante russe a frappé un centre commercial de Kharkiv dimanche. Le maire, Ihor Kravets, a fait état de 12 morts.",
     [f("killed", 12, ["Ihor Kravets", "Kravets"], ["Kharkiv"], "4-fait-etat")]),
    ("034", "Deir el-Balah", "Un drone israélien a frappé une voiture à Deir el-Balah vendredi. « Nous avons reçu neuf morts, dont deux enfants », a déclaré le docteur Samir Haddad, médecin de l'hôpital.",
     [f("killed", 9, ["Samir Haddad", "Haddad"], ["Deir el-Balah", "Deir al-Balah"], "5-citation-recu-dont")]),
    ("035", "Mykolaïv", "Un drone russe a touché un entrepôt à Mykolaïv dans la nuit. Un homme a été tué, a indiqué le gouverneur régional Vitaliy Kovalenko.",
     [f("killed", 1, ["Vitaliy Kovalenko", "Kovalenko"], ["Mykolaïv", "Mykolaiv"], "6-un-homme-tue")]),
    ("036", "Lviv", "Des drones russes ont frappé un entrepôt à Lviv dans la nuit de lundi à mardi. Personne n'a été blessé.",
     [f("injured", 0, "article", ["Lviv"], "6-personne-blesse")]),
    ("037", "Omdurman", "Les Forces de soutien rapide ont bombardé un marché d'Omdurman jeudi. Jusqu'à 30 personnes pourraient avoir été tuées, a indiqué le Réseau des médecins soudanais.",
     [f("killed", 30, ["Sudan Doctors Network", "Réseau des médecins soudanais"], ["Omdurman"], "7-jusqua-pourraient", "AtMost")]),
    ("038", "Hôpital", "Une frappe israélienne a touché une maison de Deir el-Balah vendredi. L'hôpital a reçu 20 corps et 45 blessés, a indiqué son porte-parole, Khalil Saadeh.",
     [f("killed", 20, ["Khalil Saadeh", "Saadeh"], ["Deir el-Balah", "Deir al-Balah"], "8-recu-corps"), f("injured", 45, ["Khalil Saadeh", "Saadeh"], ["Deir el-Balah", "Deir al-Balah"], "8-recu-blesses")]),
    ("039", "Jénine", "Une frappe israélienne a touché une maison de Jénine mercredi. Le Croissant-Rouge palestinien a indiqué que ses équipes avaient récupéré les corps de quatre personnes.",
     [f("killed", 4, PRCS, ["Jénine", "Jenin"], "9-corps-de")]),
    ("040", "Unrwa", "L'UNRWA a indiqué que trois de ses employés avaient été tués lorsqu'une frappe israélienne a touché une école de Rafah lundi.",
     [f("killed", 3, UNRWA, ["Rafah"], "10-unrwa-employes")]),
    ("041", "Évacués", "Des bombardements israéliens ont touché Khiam vendredi. La Croix-Rouge libanaise a indiqué avoir évacué 40 personnes du village.",
     []),
    ("042", "Cisjordanie", "Une frappe israélienne a touché une maison de Jénine jeudi. Le ministère palestinien de la Santé a indiqué que 56 personnes avaient été tuées en Cisjordanie depuis janvier.",
     []),
    # third wordings (written after the second fixes, before measuring them)
    ("043", "Zaporijjia", "Des bombes planantes russes ont frappé un site industriel de Zaporijjia lundi. Le nombre de tués est passé de quatre à sept, a déclaré mardi le gouverneur régional, Ivan Fedko.",
     [f("killed", 7, ["Ivan Fedko", "Fedko"], ["Zaporijjia", "Zaporizhzhia"], "1-passe-de-a"), f("killed", 4, ["Ivan Fedko", "Fedko"], ["Zaporijjia", "Zaporizhzhia"], "1-passe-de")]),
    ("044", "Soumy", "Un missile russe a frappé un bus à Soumy vendredi, blessant entre 20 et 25 passagers, a indiqué l'administration militaire régionale.",
     [f("injured", 20, ["Sumy regional military administration", "Sumy regional administration", "administration militaire régionale de Soumy", "administration régionale de Soumy"], ["Soumy", "Sumy"], "2-range-participe", "AtLeast"),
      f("injured", 25, ["Sumy regional military administration", "Sumy regional administration", "administration militaire régionale de Soumy", "administration régionale de Soumy"], ["Soumy", "Sumy"], "2-range-participe", "AtMost")]),
    ("045", "Médecin", "Une frappe israélienne a touché une école de la ville de Gaza dimanche. Huit personnes ont été tuées et 30 blessées, a déclaré Fadel Naïm, directeur de l'hôpital al-Ahli.",
     [f("killed", 8, ["Fadel Naïm", "Naïm", "Fadel Naim"], ["Gaza", "ville de Gaza", "Gaza City"], "3-nom-directeur"), f("injured", 30, ["Fadel Naïm", "Naïm", "Fadel Naim"], ["Gaza", "ville de Gaza", "Gaza City"], "3-nom-directeur")]),
    ("046", "Jihad islamique", "Une frappe israélienne a touché un appartement de Khan Younès jeudi. Le Jihad islamique palestinien a annoncé la mort de l'un de ses commandants.",
     [f("killed", 1, ["Palestinian Islamic Jihad", "Jihad islamique palestinien"], ["Khan Younès", "Khan Younis"], "3-groupe-un-de-ses")]),
    ("047", "Défense civile", "Une frappe aérienne israélienne a touché une maison de Beit Hanoun mardi. La défense civile de Gaza a fait état de 15 morts.",
     [f("killed", 15, GCD, ["Beit Hanoun"], "4-fait-etat")]),
    ("048", "OMS", "Des obus ont touché un marché d'El-Facher samedi. L'hôpital saoudien a reçu 40 blessés, a indiqué l'Organisation mondiale de la santé.",
     [f("injured", 40, WHO, ["El-Facher", "El Fasher"], "8-recu-oms")]),
    ("049", "OSDH", "Un drone a frappé une voiture à Deir ez-Zor lundi, tuant deux personnes, selon l'OSDH.",
     [f("killed", 2, SOHR, ["Deir ez-Zor"], "9-osdh-sigle")]),
    ("050", "Ocha", "Une frappe aérienne a touché une école de Kadougli mercredi, tuant au moins neuf enfants, a indiqué l'Ocha.",
     [f("killed", 9, OCHA, ["Kadougli", "Kadugli"], "10-ocha-sigle", "AtLeast")]),
    ("051", "Animaux", "Un drone russe a frappé une ferme près de Kherson dimanche, tuant 30 vaches. Les secouristes ont sorti deux personnes vivantes des décombres.",
     []),
    ("052", "Attaque passée", "Un missile russe a frappé Tchernihiv mercredi, endommageant une école. En avril 2024, une frappe sur le même quartier avait tué 18 personnes, contre 14 selon un premier bilan.",
     []),
]


def write(name, lang, rows):
    with open(name, "w", encoding="utf-8") as out:
        for num, title, text, figs in rows:
            out.write(json.dumps({"id": f"cas6-cas-{lang}-{num}", "language": lang, "published": "2025-05-12",
                                  "title": title, "text": text, "casualties": figs}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("en.jsonl", "en", EN)
    write("fr.jsonl", "fr", FR)
