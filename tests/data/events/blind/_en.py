from _lib import *
I=[]
def A(pub,title,text,evs,note=None): I.append((pub,title,text,evs,note))
MYK=["Mykolaiv","Nikolaev","Mykolaïv","Миколаїв","Николаев","Mykolaiv region"]
# --- dates
p="2024-10-17"
A(p,"Grain silo burns after night of attacks","Russian drones hit a grain silo in Mykolaiv on Tuesday, wounding two workers. The regional administration said the fire was out by evening.",
  [ev("DroneStrike",MYK,"UA",wd(p,"tue"),"RU","fact","date-weekday")])
p="2025-02-03"
A(p,"Poltava apartment block struck","On Monday morning a Russian ballistic missile tore through the upper floors of an apartment block in Poltava. Rescuers were still searching the rubble at noon.",
  [ev("MissileStrike",["Poltava","Poltava region","Полтава"],"UA",wd(p,"mon"),"RU","fact","date-weekday-same-day")])
p="2024-06-12"
A(p,"Three dead at Horlivka bus stop","Yesterday an artillery shell exploded at a bus stop in Horlivka, killing three people waiting for the morning bus. Russian-installed officials blamed Ukrainian forces.",
  [ev("Shelling",["Horlivka","Gorlovka","Horlivka","Горлівка","Горловка","Donetsk region"],"UA",add(p,-1),"UA","alleged","date-yesterday")])
p="2023-08-22"
A(p,"Fuel tank ablaze in Klintsy","A Ukrainian drone set fire to a fuel tank at an oil depot in Klintsy, in Russia's Bryansk region, yesterday afternoon. Firefighters needed six hours to put it out.",
  [ev("DroneStrike",["Klintsy","Klintsi","Клинцы","Bryansk region","région de Briansk"],"RU",add(p,-1),"UA","fact","date-yesterday")])
p="2024-03-20"
A(p,"Odesa power grid hit again","Late on Monday, Shahed drones launched by Russian forces slammed into an electrical substation in Odesa, leaving parts of the city without heating.",
  [ev("DroneStrike",ODESA,"UA",wd(p,"mon"),"RU","fact","date-late-on-day")])
p="2024-11-08"
A(p,"Four killed in Tyre","Israeli warplanes hit a residential building in the coastal city of Tyre on Wednesday night. Lebanon's health ministry put the death toll at four.",
  [ev("AirStrike",["Tyre","Tyr","Sour","Sur","صور"],"LB",wd(p,"wed"),"IL","fact","date-day-night")])
p="2024-09-11"
A(p,"Woman killed near Moscow","A woman was killed when Ukrainian drones struck a high-rise building in Ramenskoye, south-east of Moscow, overnight into Tuesday. Dozens of flights were diverted from the capital's airports.",
  [ev("DroneStrike",["Ramenskoye","Ramenskoe","Раменское","Moscow region","région de Moscou"],"RU",wd(p,"tue"),"UA","fact","date-overnight-into")])
p="2025-01-14"
A(p,"Lviv industrial site damaged","A Russian missile damaged an industrial building on the outskirts of Lviv overnight, and the city's mayor said one night-shift worker was injured.",
  [ev("MissileStrike",["Lviv","Lvov","Lwów","Львів","Львов","Lviv region"],"UA",p,"RU","fact","date-bare-overnight")])
p="2023-03-20"
A(p,"Kupiansk school destroyed","Russian artillery destroyed a school in Kupiansk on 14 March. A damage report released by the town council on Monday listed 40 other buildings hit since the start of the month.",
  [ev("Shelling",["Kupiansk","Kupyansk","Koupiansk","Куп'янськ","Купянск","Kharkiv region"],"UA","2023-03-14","RU","fact","date-explicit")])
p="2024-12-05"
A(p,"El Fasher market toll rises","At least 11 people were killed on 3 December when the Rapid Support Forces shelled the main market in El Fasher. A local resistance committee has published the names of the dead.",
  [ev("Shelling",["El Fasher","El-Fasher","Al-Fashir","El Facher","الفاشر","North Darfur"],"SD","2024-12-03",RSF,"fact","date-explicit")])
p="2024-03-05"
A(p,"Guided bomb hits Kharkiv printing house","KHARKIV, March 5 (Northline Wire) - A Russian guided bomb struck a printing house in Kharkiv on Saturday, killing two employees. The plant's director said printing would not resume before spring.",
  [ev("AirStrike",KHARKIV,"UA",wd(p,"sat"),"RU","fact","dateline-not-date")])
p="2024-10-02"
A(p,"Substation attacked in border region","BELGOROD, Oct 2 (Northline Wire) - Ukrainian drones attacked an electrical substation in the Belgorod region, regional officials said, without saying when.",
  [ev("DroneStrike",["Belgorod region","Belgorod oblast","région de Belgorod","Белгородская область"],"RU",None,"UA","alleged","dateline-not-date")])
p="2024-07-01"
A(p,"Radar station near Dzhankoi","A Ukrainian drone destroyed a radar station near Dzhankoi in northern Crimea, a source in Ukraine's military intelligence said, without giving a date.",
  [ev("DroneStrike",["Dzhankoi","Dzhankoy","Djankoï","Джанкой","Crimea","Crimée"],"UA",None,"UA","alleged","date-null")])
# --- places
p="2024-08-16"
A(p,"Two men killed in Sumy district","Two elderly men were killed on Thursday when Russian artillery hit the village of Khotin in the Sumy district of the Sumy region.",
  [ev("Shelling",["Khotin","Khotyn","Хотінь","Sumy district","Sumy region","Sumy oblast","région de Soumy"],"UA",wd(p,"thu"),"RU","fact","place-village-district-region")])
p="2024-05-21"
A(p,"Driver wounded in Glotovo","On Sunday a Ukrainian drone dropped explosives on a car in the village of Glotovo in the Grayvoron district of the Belgorod region, wounding the driver.",
  [ev("DroneStrike",["Glotovo","Глотово","Grayvoron district","Graivoron","Belgorod region","région de Belgorod"],"RU",wd(p,"sun"),"UA","fact","place-village-district-region")])
p="2025-01-08"
A(p,"Saratov refinery on fire","The Saratov oil refinery caught fire after a Ukrainian drone attack early on Wednesday, and a plume of black smoke hung over the Volga.",
  [ev("DroneStrike",["Saratov","Саратов","Saratov region"],"RU",wd(p,"wed"),"UA","fact","place-facility-town")])
p="2025-01-15"
A(p,"Strategic airfield targeted","Ukrainian drones targeted the Engels air base, home to Russia's long-range bombers, on Monday night.",
  [ev("DroneStrike",["Engels","Энгельс","Saratov region"],"RU",wd(p,"mon"),"UA","fact","place-facility-town")])
p="2023-08-05"
A(p,"Tanker damaged at Black Sea port","Ukrainian naval drones rammed a tanker moored at the Novorossiysk oil terminal on Friday, leaving an oil slick in the bay.",
  [ev("DroneStrike",["Novorossiysk","Novorossiisk","Novorossiïsk","Новороссийск","Krasnodar region"],"RU",wd(p,"fri"),"UA","fact","place-facility-town")])
p="2024-12-22"
A(p,"Flights halted in Tatarstan","A drone crashed into a hangar at the Kazan airport on Saturday, and flights were suspended for several hours, Russian aviation authorities said.",
  [ev("DroneStrike",["Kazan","Казань","Qazan","Tatarstan"],"RU",wd(p,"sat"),None,None,"place-facility-town")])
p="2024-04-29"
A(p,"Woman killed in Marhanets","Russian forces killed a 62-year-old woman in the town of Marhanets in a drone strike on Sunday morning, as she was working in her garden.",
  [ev("DroneStrike",["Marhanets","Marganets","Марганець","Марганец","Dnipropetrovsk region"],"UA",wd(p,"sun"),"RU","fact","place-on-main-verb")])
p="2024-08-28"
A(p,"Three killed in Tulkarm","Israel killed three militants in Tulkarm in an air strike on Tuesday evening, hours after a raid on the nearby camp.",
  [ev("AirStrike",["Tulkarm","Tulkarem","Toulkarem","طولكرم","West Bank","Cisjordanie"],"PS",wd(p,"tue"),"IL","fact","place-on-main-verb")])
p="2024-10-05"
A(p,"Refinery hit in central Ukraine","Russian missiles struck an oil refinery near Kremenchuk, in the Poltava region, on Friday, the third such attack on the plant.",
  [ev("MissileStrike",["Kremenchuk","Krementchouk","Кременчук","Кременчуг","Poltava region"],"UA",wd(p,"fri"),"RU","fact","place-near-in-region")])
p="2024-06-25"
A(p,"Shebekino substation damaged","A power substation near Shebekino, in the Belgorod region, was damaged by Ukrainian shelling on Monday, cutting electricity to 3,000 homes.",
  [ev("Shelling",["Shebekino","Chebekino","Шебекино","Belgorod region"],"RU",wd(p,"mon"),"UA","fact","place-near-in-region")])
p="2024-01-10"
A(p,"Bulk carrier hit off Aden","A missile hit the bulk carrier Aegean Dawn on Tuesday, 60 nautical miles south-west of Aden. The ship, sailing in the Gulf of Aden at the time, suffered minor damage, and the Houthis claimed the attack.",
  [ev("MissileStrike",["Gulf of Aden","golfe d'Aden","خليج عدن"],"YE",wd(p,"tue"),HOU,"alleged","place-sea-apposition")])
p="2023-11-10"
A(p,"S-300 missiles hit Kharkiv","Russian forces fired S-300 missiles from the Belgorod region at Kharkiv on Thursday, damaging a tram depot.",
  [ev("MissileStrike",KHARKIV[:4],"UA",wd(p,"thu"),"RU","fact","launch-site-not-place")])
p="2024-07-15"
A(p,"Houses damaged in Kiryat Shmona","Hezbollah fired a barrage of rockets from southern Lebanon at Kiryat Shmona on Saturday, damaging several houses near the town centre.",
  [ev("Shelling",["Kiryat Shmona","Qiryat Shmona","קריית שמונה"],"IL",wd(p,"sat"),HEZ,"fact","launch-site-not-place")])
p="2024-09-18"
A(p,"Ammunition depot in Toropets","Kyiv said on Wednesday that its drones had struck an ammunition depot in Toropets, in Russia's Tver region, overnight.",
  [ev("DroneStrike",["Toropets","Торопец","Tver region","région de Tver"],"RU",p,"UA","alleged","capital-as-actor")])
p="2023-02-06"
A(p,"Bakery hit in Lysychansk","Moscow accused Kyiv of firing HIMARS rockets at a bakery in Lysychansk on Saturday, an attack it said had killed several civilians.",
  [ev("Shelling",["Lysychansk","Lissitchansk","Lisichansk","Лисичанськ","Лисичанск","Luhansk region"],"UA",wd(p,"sat"),"UA","alleged","capital-as-actor")])
# --- triggers
p="2024-06-03"
A(p,"Barrage on the border","Dozens of Hezbollah rockets rained down on the border town of Metula on Sunday afternoon, setting fire to fields around it.",
  [ev("Shelling",["Metula","Metoula","מטולה"],"IL",wd(p,"sun"),HEZ,"fact","trigger-impact-verb")])
p="2023-12-27"
A(p,"Kherson district under fire","Russian artillery pounded Kherson's Dniprovskyi district on Tuesday, wounding four people queuing for bread.",
  [ev("Shelling",["Kherson","Херсон","Dniprovskyi district","Kherson region"],"UA",wd(p,"tue"),"RU","fact","trigger-impact-verb")])
p="2024-05-11"
A(p,"Vovchansk evacuations","The town of Vovchansk came under heavy fire from Russian artillery on Friday, and police began evacuating the last residents.",
  [ev("Shelling",["Vovchansk","Volchansk","Vovtchansk","Вовчанськ","Волчанск","Kharkiv region"],"UA",wd(p,"fri"),"RU","fact","trigger-impact-verb")])
p="2024-07-19"
A(p,"Drone hits Tel Aviv","In the early hours of Friday, a Houthi drone slammed into an apartment building a few hundred metres from the U.S. embassy branch office in Tel Aviv.",
  [ev("DroneStrike",["Tel Aviv","Tel-Aviv","Tel Aviv-Yafo","תל אביב"],"IL",wd(p,"fri"),HOU,"fact","trigger-impact-verb")])
p="2024-11-10"
A(p,"Drones downed near capital","Russian air defences downed 20 Ukrainian drones heading for Moscow overnight, Mayor Sergei Sobyanin said on Sunday.",
  [ev("DroneStrike",MOSCOW,"RU",p,"UA","alleged","trigger-interception")])
p="2024-11-26"
A(p,"Missile over Eilat","Israeli air defences intercepted a ballistic missile over Eilat on Monday morning; the Houthis later said they had fired it.",
  [ev("MissileStrike",["Eilat","Eilath","Eïlat","אילת"],"IL",wd(p,"mon"),HOU,"alleged","trigger-interception")])
p="2024-02-08"
A(p,"Two towns hit in north-east","Russian drones hit a power substation in Sumy and a fuel depot in Konotop on Wednesday.",
  [ev("DroneStrike",SUMY,"UA",wd(p,"wed"),"RU","fact","two-attacks-one-sentence"),
   ev("DroneStrike",["Konotop","Конотоп"],"UA",wd(p,"wed"),"RU","fact","two-attacks-one-sentence")])
p="2024-01-16"
A(p,"Khan Younis struck twice","Israeli aircraft bombed a school compound in Khan Younis on Saturday and a clinic in the same city on Monday.",
  [ev("AirStrike",["Khan Younis","Khan Yunis","Khan Younès","خان يونس"],"PS",wd(p,"sat"),"IL","fact","two-attacks-one-sentence"),
   ev("AirStrike",["Khan Younis","Khan Yunis","Khan Younès","خان يونس"],"PS",wd(p,"mon"),"IL","fact","two-attacks-one-sentence")])
p="2025-01-20"
A(p,"Power station and depot hit","Drones launched by the Rapid Support Forces hit a power station in Atbara and a fuel depot in Kosti on Sunday, the Sudanese army said.",
  [ev("DroneStrike",["Atbara","Atbarah","عطبرة"],"SD",wd(p,"sun"),RSF,"alleged","two-attacks-one-sentence"),
   ev("DroneStrike",["Kosti","Kusti","كوستي"],"SD",wd(p,"sun"),RSF,"alleged","two-attacks-one-sentence")])
p="2023-10-11"
A(p,"Blast at Rostov airfield","An explosion hit a military airfield near Millerovo in the Rostov region on Monday. Regional officials said it had been caused by a drone.",
  [ev("DroneStrike",["Millerovo","Миллерово","Rostov region"],"RU",wd(p,"mon"),None,None,"class-next-sentence")])
p="2024-12-11"
A(p,"Blasts shake Latakia port","Several blasts shook the port of Latakia early on Tuesday. An Israeli military official later confirmed that warplanes had struck a weapons store there.",
  [ev("AirStrike",["Latakia","Lattakia","Lattaquié","اللاذقية"],"SY",wd(p,"tue"),"IL","alleged","class-next-sentence")])
p="2023-09-15"
A(p,"Grad rockets across the river","From the opposite bank of the Dnipro, Russian forces fired Grad rockets at Nikopol on Thursday, damaging a gas pipeline.",
  [ev("Shelling",NIKOPOL,"UA",wd(p,"thu"),"RU","fact","rocket-artillery")])
p="2023-10-23"
A(p,"Command post in Tokmak","Ukraine struck a Russian command post in occupied Tokmak with HIMARS rockets on Saturday, the Ukrainian general staff said.",
  [ev("Shelling",["Tokmak","Токмак","Zaporizhzhia region"],"UA",wd(p,"sat"),"UA","alleged","rocket-artillery")])
p="2024-08-09"
A(p,"Rocket fire on Kyaukme","Multiple-rocket launchers operated by the Myanmar army fired on the town of Kyaukme on Wednesday, killing five civilians, a local rescue group said.",
  [ev("Shelling",["Kyaukme","Kyaukmé","ကျောက်မဲ","Shan State"],"MM",wd(p,"wed"),"MM","alleged","rocket-artillery")])
p="2024-07-03"
A(p,"UAV hits Kursk apartment block","A Ukrainian unmanned aerial vehicle crashed into a residential building in Kursk on Tuesday evening, injuring a teenager.",
  [ev("DroneStrike",KURSK,"RU",wd(p,"tue"),"UA","fact","uav-drone")])
p="2025-05-05"
A(p,"Port Sudan airport attacked","A UAV operated by the RSF struck fuel tanks at the airport in Port Sudan on Sunday, the first attack on the city since the war began.",
  [ev("DroneStrike",["Port Sudan","Port-Soudan","بورتسودان","Red Sea State"],"SD",wd(p,"sun"),RSF,"fact","uav-drone")])
p="2024-12-14"
A(p,"Post office hit in Zaporizhzhia","A Russian glide bomb hit a post office in Zaporizhzhia on Thursday, wounding nine people.",
  [ev("AirStrike",ZAP,"UA",wd(p,"thu"),"RU","fact","glide-bomb-airstrike")])
p="2025-06-10"
A(p,"Glide bombs on Kostiantynivka","Russian aircraft dropped four glide bombs on Kostiantynivka on Monday, flattening a block of flats in the city centre.",
  [ev("AirStrike",["Kostiantynivka","Konstantinovka","Kostiantynivka","Костянтинівка","Константиновка","Donetsk region"],"UA",wd(p,"mon"),"RU","fact","glide-bomb-airstrike")])
p="2025-03-01"
A(p,"Checkpoint attacked near Daraa","Unidentified gunmen attacked an army checkpoint near Daraa on Friday, killing four soldiers.",
  [ev("Attack",["Daraa","Deraa","Deraa","Déraa","درعا"],"SY",wd(p,"fri"),None,None,"unknown-means-attack")])
p="2024-01-22"
A(p,"Baltic port attacked","Ukrainian drones struck a fuel terminal at the port of Ust-Luga on Sunday, the first attack on the Baltic port since the war began.",
  [ev("DroneStrike",["Ust-Luga","Oust-Louga","Усть-Луга","Leningrad region"],"RU",wd(p,"sun"),"UA","fact","first-since-war")])
p="2024-06-17"
A(p,"Fuel tanks hit at Salif","Israeli jets bombed fuel tanks at the port of Salif on Saturday, the first strike on the port since the war in Gaza began.",
  [ev("AirStrike",["Salif","As-Salif","Al-Salif","الصليف","Hodeidah"],"YE",wd(p,"sat"),"IL","fact","first-since-war")])
# --- perpetrators
p="2024-10-26"
A(p,"Drone attack on Kyiv","Russia launched 40 drones at Kyiv overnight, the Ukrainian air force said on Saturday.",
  [ev("DroneStrike",KYIV,"UA",p,"RU","alleged","perp-alleged-said")])
p="2024-05-03"
A(p,"Railway depot damaged in Yelets","A drone attack damaged a railway depot in Yelets, in the Lipetsk region, on Thursday. The regional governor blamed Ukraine.",
  [ev("DroneStrike",["Yelets","Ielets","Elets","Елец","Lipetsk region"],"RU",wd(p,"thu"),"UA","alleged","perp-alleged-blamed")])
p="2024-08-04"
A(p,"Oil depot fire in Rostov region","MOSCOW, Aug 4 (Northline Wire) - Drones hit an oil depot in Kamensk-Shakhtinsky, in the Rostov region, on Saturday, the local governor said.",
  [ev("DroneStrike",["Kamensk-Shakhtinsky","Kamensk-Chakhtinski","Каменск-Шахтинский","Rostov region"],"RU",wd(p,"sat"),None,None,"dateline-not-perpetrator")])
p="2024-01-03"
A(p,"Missile strikes Kharkiv warehouse","KYIV, Jan 3 (Northline Wire) - A missile struck a warehouse in Kharkiv on Tuesday, regional governor Oleh Syniehubov said.",
  [ev("MissileStrike",KHARKIV,"UA",wd(p,"tue"),None,None,"dateline-not-perpetrator")])
p="2025-04-14"
A(p,"Village shelled in Kursk region","Ukrainian troops shelled Tyotkino, a village in Russia's Kursk region, on Sunday, the Russian defence ministry said.",
  [ev("Shelling",["Tyotkino","Tiotkino","Тёткино","Kursk region","région de Koursk"],"RU",wd(p,"sun"),"UA","alleged","perp-alleged-said")])
# --- negatives
A("2024-09-02","Depot resumes deliveries","The fuel depot in Klintsy, already hit twice this year, resumed deliveries to filling stations on Monday, its operator said.",[],"neg-background: earlier strikes only mentioned as background")
A("2024-10-08","Pumping station repaired","Workers at the Tikhoretsk oil pumping station completed repairs this week. Last spring the station was also targeted by drones, and a storage tank burned for two days.",[],"neg-background: 'last spring' attack is history, no new attack")
A("2023-12-01","Riverside districts empty","Residents of Kherson's riverside districts live with near-daily shelling, and many have moved further inland for the winter.",[],"neg-habitual: near-daily shelling is habitual background")
A("2024-09-20","Analysts see escalation","Over the past weeks Russian forces have stepped up glide-bomb attacks along the Pokrovsk front, according to analysts at a Kyiv think tank.",[],"neg-habitual: trend over weeks, no specific attack")
A("2024-11-20","Bombers moved north","The Tu-95 bombers Moscow uses to launch cruise missiles have been moved to the Olenya airfield, satellite images show.",[],"neg-generic: generic relative clause about launching missiles")
A("2024-05-30","NATO allies split on weapons","Several NATO members have said Ukraine has the right to strike Russian soil with Western weapons, while Berlin remains cautious.",[],"neg-right-threat: a right, not an attack")
A("2024-08-06","Hezbollah leader warns Haifa","Hezbollah's leader threatened to strike Haifa's port and refineries in a televised speech, saying no part of northern Israel would be safe.",[],"neg-right-threat: a threat")
A("2024-10-03","Tehran warns of response","If Israel were to attack Iranian oil facilities, Tehran would respond with force, its foreign minister warned on Thursday.",[],"neg-if-clause: hypothetical attack")
A("2023-07-20","Bridge attack report withdrawn","Russian media reported a Ukrainian missile attack on the Crimean Bridge on Wednesday, but officials in Moscow later said no such attack took place.",[],"neg-denied: claimed then denied")
A("2024-03-27","Army rejects hospital claim","The Israeli military denied that its aircraft had bombed a hospital in Deir al-Balah on Tuesday, calling the report fabricated.",[],"neg-denied: denied attack")
A("2024-02-12","Quiet night in the capital","No drones or missiles hit Kyiv overnight for the first time in two weeks, the city's military administration said.",[],"neg-negated: no attack took place")
A("2024-07-10","Oil campaign widens","Read also: Drones hit refinery in Volgograd as Ukraine widens its campaign against Russian oil",[],"neg-teaser: 'Read also' teaser")
A("2024-06-29","Dnipro aftermath","FILE PHOTO: Smoke rises after a Russian missile strike in Dnipro, Ukraine, June 28, 2024. Northline Wire/Staff",[],"neg-caption: photo caption")
A("2025-02-18","Army plans offensive","Sudan's army is preparing to shell RSF positions around Omdurman in the coming days, two officers said.",[],"neg-planned: planned attack")
# --- additions
p="2024-04-09"
A(p,"Funerals in Pokrovsk","Funerals were held in Pokrovsk on 8 April for the five victims of a Russian strike on the town the day before.",
  [ev("Attack",["Pokrovsk","Покровськ","Покровск","Donetsk region"],"UA","2024-04-07","RU","fact","date-the-day-before")])
p="2024-05-06"
A(p,"Road to Chasiv Yar shelled","Volunteers drove the last convoy of evacuees out of Chasiv Yar on 2 May. The next day Russian artillery shelled the road they had used, destroying two ambulances.",
  [ev("Shelling",["Chasiv Yar","Tchassiv Iar","Chasov Yar","Часів Яр","Часов Яр","Donetsk region"],"UA","2024-05-03","RU","fact","date-the-next-day")])
p="2024-01-19"
A(p,"Oil depot hit in Orel","A Ukrainian drone hit a fuel tank at an oil depot in Orel on Thursday, and the fire spread to a neighbouring warehouse.",
  [ev("DroneStrike",["Oryol","Orel","Orjol","Orel","Орёл","Орел","Oryol region"],"RU",wd(p,"thu"),"UA","fact","place-translit-spelling")])
p="2024-02-26"
A(p,"Guided bombs on Bilohorivka","On Saturday Russian aviation struck the village of Bilohorivka in the Sievierodonetsk district of the Luhansk region with guided bombs.",
  [ev("AirStrike",["Bilohorivka","Belogorovka","Білогорівка","Белогоровка","Sievierodonetsk district","Luhansk region"],"UA",wd(p,"sat"),"RU","fact","place-village-district-region")])
p="2024-07-24"
A(p,"Bridge over the Oskil destroyed","Russian forces destroyed a road bridge over the Oskil river near Kupiansk with a missile, the regional prosecutor's office said on Wednesday, without saying when the strike took place.",
  [ev("MissileStrike",["Kupiansk","Kupyansk","Koupiansk","Куп'янськ","Купянск","Kharkiv region"],"UA",None,"RU","alleged","date-null")])
p="2024-12-12"
A(p,"Market bombed in North Darfur","Sudanese army warplanes struck a crowded market in Kabkabiya, in North Darfur, on Monday, killing at least 30 people.",
  [ev("AirStrike",["Kabkabiya","Kebkabiya","كبكابية","North Darfur","Darfour du Nord"],"SD",wd(p,"mon"),"SD","fact","perp-fact")])
p="2024-11-22"
A(p,"Jet bombs Monywa","A Myanmar military jet dropped two bombs on a school in Monywa, in the Sagaing region, on Thursday, wounding 14 pupils.",
  [ev("AirStrike",["Monywa","မုံရွာ","Sagaing region","région de Sagaing"],"MM",wd(p,"thu"),"MM","fact","perp-fact")])
p="2024-10-26"
A(p,"Fuel station hit near Qamishli","Turkish drones struck a fuel station near Qamishli on Tuesday, the third such strike in north-eastern Syria this month.",
  [ev("DroneStrike",["Qamishli","Qamichli","Al-Qamishli","القامشلي","Hasakah"],"SY",wd(p,"tue"),"TR","fact","perp-fact")])
p="2024-10-27"
A(p,"Radar site near Isfahan","Israeli aircraft struck a radar site near Isfahan early on Saturday, Iranian state media reported.",
  [ev("AirStrike",["Isfahan","Ispahan","Esfahan","اصفهان"],"IR",wd(p,"sat"),"IL","alleged","perp-alleged-said")])
p="2024-02-03"
A(p,"U.S. jets hit Hodeidah","U.S. warplanes struck Houthi radar sites in Hodeidah on Thursday night, hours after the group vowed to keep targeting shipping.",
  [ev("AirStrike",["Hodeidah","Hudaydah","Hodeida","Hodeïda","الحديدة"],"YE",wd(p,"thu"),"US","fact","date-day-night")])
p="2024-12-30"
A(p,"Darnytskyi district hit","Russian missiles targeted Kyiv's Darnytskyi district overnight into Sunday, setting a warehouse on fire.",
  [ev("MissileStrike",KYIV+["Darnytskyi district","Darnytsia"],"UA",wd(p,"sun"),"RU","fact","date-overnight-into")])
p="2024-06-24"
A(p,"Missiles downed over Sevastopol","The Russian-installed governor of Sevastopol said air defences had shot down four missiles over the city on Sunday, and that falling debris had hit a beach.",
  [ev("MissileStrike",["Sevastopol","Sébastopol","Севастополь","Crimea","Crimée"],"UA",wd(p,"sun"),None,None,"trigger-interception")])
A("2024-03-04","Firefighters at work","Firefighters work at the site of a drone strike on a residential building in Odesa, Ukraine, March 2, 2024. (Photo: Staff/Northline Wire)",[],"neg-caption: photo caption")
A("2024-11-29","Lawmaker eyes bridge","Kyiv could strike the Crimean Bridge again if it received more long-range missiles, a Ukrainian lawmaker told a radio station on Friday.",[],"neg-if-clause: conditional; 'again' refers to past strikes only as background")
A("2024-04-16","Washington restates policy","We do not support attacks inside Russia, a State Department spokesman repeated on Tuesday, when asked about the latest refinery fires.",[],"neg-generic: general policy statement")
write("/work/blind/events/en.jsonl","en","bev-en",I)
