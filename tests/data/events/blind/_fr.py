from _lib import *
I=[]
def A(pub,title,text,evs,note=None): I.append((pub,title,text,evs,note))
DON=["région de Donetsk","Donetsk region","oblast de Donetsk"]
# --- dates
p="2024-11-21"
A(p,"Kryvyï Rih : un centre de tri postal touché","Un drone russe a frappé mardi un entrepôt de la poste ukrainienne à Kryvyï Rih, blessant trois employés.",
  [ev("DroneStrike",["Kryvyï Rih","Kryvyi Rih","Krivoï-Rog","Krivoy Rog","Кривий Ріг","Кривой Рог","région de Dnipropetrovsk"],"UA",wd(p,"tue"),"RU","fact","date-weekday")])
p="2025-03-07"
A(p,"Nouvelle attaque contre le réseau énergétique","Vendredi matin, des missiles de croisière russes ont frappé une installation énergétique à Ternopil, privant d'électricité une partie de l'ouest du pays.",
  [ev("MissileStrike",["Ternopil","Ternopol","Тернопіль","Тернополь","région de Ternopil"],"UA",wd(p,"fri"),"RU","fact","date-weekday-same-day")])
p="2024-04-18"
A(p,"Incendie dans un dépôt pétrolier","Hier soir, un drone ukrainien s'est abattu sur un dépôt pétrolier de Smolensk, provoquant un incendie maîtrisé dans la nuit.",
  [ev("DroneStrike",["Smolensk","Смоленск","région de Smolensk","Smolensk region"],"RU",add(p,-1),"UA","fact","date-yesterday")])
p="2024-10-30"
A(p,"La Bekaa de nouveau visée","Des avions israéliens ont frappé hier plusieurs bâtiments à Baalbek, dans la plaine de la Bekaa, faisant au moins six morts.",
  [ev("AirStrike",["Baalbek","Baalbeck","بعلبك","Bekaa","Békaa"],"LB",add(p,-1),"IL","fact","date-yesterday")])
p="2024-02-15"
A(p,"Journée de deuil à Kherson","Le maire de Kherson a décrété lundi une journée de deuil. La veille, un obus russe avait touché un arrêt de bus du quartier de Korabel, tuant quatre personnes.",
  [ev("Shelling",["Kherson","Херсон","Korabel","région de Kherson"],"UA",add(wd(p,"mon"),-1),"RU","fact","date-la-veille")])
p="2025-01-25"
A(p,"Fin des recherches à Zaporijia","Les secouristes ont achevé jeudi le déblaiement d'un immeuble de Zaporijia. La veille, une bombe planante russe avait éventré le bâtiment, tuant sept habitants.",
  [ev("AirStrike",ZAP,"UA",add(wd(p,"thu"),-1),"RU","fact","date-la-veille")])
p="2024-08-20"
A(p,"Zamzam sous le feu","Le 16 août, les paramilitaires des Forces de soutien rapide ont encerclé le camp de déplacés de Zamzam. Le lendemain, leur artillerie a pilonné le marché du camp, selon des médecins sur place.",
  [ev("Shelling",["Zamzam","Zam Zam","زمزم","El Facher","El Fasher","Darfour du Nord","North Darfur"],"SD","2024-08-17",RSF,"alleged","date-le-lendemain")])
p="2024-06-05"
A(p,"Le port d'Odessa touché","Le président ukrainien s'est rendu à Odessa le 2 juin pour y rencontrer des armateurs. Le lendemain, des drones russes ont touché un entrepôt du port.",
  [ev("DroneStrike",ODESA,"UA","2024-06-03","RU","fact","date-le-lendemain")])
p="2024-07-10"
A(p,"Roquettes sur la Galilée","Tard lundi soir, une dizaine de roquettes tirées par le Hezbollah se sont abattues sur Safed, endommageant une école.",
  [ev("Shelling",["Safed","Tsfat","Zefat","Safad","צפת"],"IL",wd(p,"mon"),HEZ,"fact","date-late-on-day")])
p="2024-03-29"
A(p,"Selydove bombardée par l'aviation","Mardi soir, l'aviation russe a largué plusieurs bombes sur Selydove, détruisant un immeuble de cinq étages.",
  [ev("AirStrike",["Selydove","Selidovo","Selydové","Селидове","Селидово"]+DON,"UA",wd(p,"tue"),"RU","fact","date-day-night")])
p="2024-09-04"
A(p,"La raffinerie de Kapotnia visée","Dans la nuit de lundi à mardi, des drones ukrainiens ont attaqué la raffinerie de Moscou, dans le quartier de Kapotnia, sans faire de victimes.",
  [ev("DroneStrike",MOSCOW+["Kapotnia","Kapotnya"],"RU",wd(p,"tue"),"UA","fact","date-overnight-into")])
p="2025-05-26"
A(p,"Attaque massive sur la capitale","Kiev a été la cible d'une attaque massive de drones russes dans la nuit de samedi à dimanche, la plus importante depuis le début de l'année.",
  [ev("DroneStrike",KYIV,"UA",wd(p,"sun"),"RU","fact","date-overnight-into")])
p="2024-08-22"
A(p,"Onze drones abattus","Pendant la nuit, la défense antiaérienne a abattu onze drones au-dessus de la région de Moscou, a annoncé le maire Sergueï Sobianine.",
  [ev("DroneStrike",["région de Moscou","Moscow region","Moscow oblast","oblast de Moscou","Московская область"],"RU",p,None,None,"date-bare-overnight")])
p="2024-12-06"
A(p,"Marché visé au Darfour","Le 3 décembre, un drone de l'armée soudanaise a frappé le marché de Zalingei, au Darfour-Central, faisant une vingtaine de morts.",
  [ev("DroneStrike",["Zalingei","Zalingeï","زالنجي","Darfour-Central","Central Darfur"],"SD","2024-12-03","SD","fact","date-explicit")])
p="2023-04-05"
A(p,"Bilan alourdi à Sloviansk","Le bilan du missile russe qui a touché le 28 mars un immeuble de Sloviansk s'est alourdi mardi à neuf morts. Deux blessés sont toujours hospitalisés à Dnipro.",
  [ev("MissileStrike",["Sloviansk","Slaviansk","Slovyansk","Слов'янськ","Славянск"]+DON,"UA","2023-03-28","RU","fact","date-explicit")])
p="2025-03-12"
A(p,"La raffinerie de Kirichi visée","MOSCOU, 12 mars (Agence Boréale) - Des drones ukrainiens ont visé mardi la raffinerie de Kirichi, dans la région de Léningrad, selon le gouverneur régional.",
  [ev("DroneStrike",["Kirichi","Kirishi","Кириши","région de Léningrad","Leningrad region"],"RU",wd(p,"tue"),"UA","alleged","dateline-not-date")])
p="2024-05-09"
A(p,"Dépôt de bus endommagé","KHARKIV, 9 mai (Agence Boréale) - Une frappe russe a endommagé un dépôt de bus à Kharkiv, a indiqué le maire, sans préciser quand elle avait eu lieu.",
  [ev("Attack",KHARKIV,"UA",None,"RU","alleged","dateline-not-date")])
p="2024-07-27"
A(p,"Transformateur en feu","Un drone a touché la veille un transformateur à Enerhodar, selon les autorités d'occupation, qui n'ont pas signalé de victimes.",
  [ev("DroneStrike",["Enerhodar","Energodar","Енергодар","Энергодар","région de Zaporijia"],"UA",None,None,None,"date-null")])
# --- lieux
p="2024-08-17"
A(p,"Une clinique touchée","Un drone ukrainien a percuté jeudi le toit d'une clinique à Koursk, blessant deux infirmières.",
  [ev("DroneStrike",KURSK,"RU",wd(p,"thu"),"UA","fact","place-fr-spelling")])
p="2024-10-14"
A(p,"Usine d'électronique attaquée","Des drones ukrainiens ont attaqué dimanche une usine d'électronique à Briansk, selon le gouverneur Alexandre Bogomaz.",
  [ev("DroneStrike",BRYANSK+["région de Briansk"],"RU",wd(p,"sun"),"UA","alleged","place-fr-spelling")])
p="2024-07-05"
A(p,"Débris sur des maisons","Un drone ukrainien a été abattu au-dessus de Voronej mercredi ; ses débris ont endommagé trois maisons d'un quartier périphérique.",
  [ev("DroneStrike",["Voronej","Voronezh","Воронеж","région de Voronej"],"RU",wd(p,"wed"),"UA","fact","place-fr-spelling")])
p="2025-04-15"
A(p,"Le centre de Soumy frappé","Samedi, une bombe aérienne guidée russe a frappé le centre de Soumy, non loin de l'université.",
  [ev("AirStrike",SUMY+["région de Soumy","Sumy region"],"UA",wd(p,"sat"),"RU","fact","place-fr-spelling")])
p="2024-05-17"
A(p,"Incendie sur la mer Noire","Des drones ukrainiens ont visé la raffinerie de Touapsé dans la nuit de jeudi à vendredi, et un incendie s'est déclaré dans l'unité de distillation.",
  [ev("DroneStrike",["Touapsé","Tuapse","Touapse","Туапсе","kraï de Krasnodar"],"RU",wd(p,"fri"),"UA","fact","place-facility-town")])
p="2024-04-09"
A(p,"Base aérienne attaquée","Des drones ont frappé lundi l'aérodrome militaire de Morozovsk, dans la région de Rostov, a reconnu le ministère russe de la Défense.",
  [ev("DroneStrike",["Morozovsk","Морозовск","région de Rostov","Rostov region"],"RU",wd(p,"mon"),None,None,"place-facility-town")])
p="2025-02-20"
A(p,"Terminal pétrolier touché","Le terminal pétrolier de Novorossiisk a été touché mercredi par des missiles Neptune, a affirmé Kiev.",
  [ev("MissileStrike",["Novorossiisk","Novorossiysk","Novorossiïsk","Новороссийск","kraï de Krasnodar"],"RU",wd(p,"wed"),"UA","alleged","place-facility-town")])
p="2023-06-03"
A(p,"Village frontalier pilonné","Le village de Krasnaïa Iarouga, dans la région de Belgorod, a été bombardé à l'artillerie vendredi par les forces ukrainiennes.",
  [ev("Shelling",["Krasnaïa Iarouga","Krasnaya Yaruga","Красная Яруга","région de Belgorod","Belgorod region"],"RU",wd(p,"fri"),"UA","fact","place-village-region")])
p="2024-09-24"
A(p,"Une habitante tuée près de la frontière","Dimanche, dans le village de Velyka Pysarivka, dans la région de Soumy, une femme a été tuée par un drone russe alors qu'elle se rendait au marché.",
  [ev("DroneStrike",["Velyka Pysarivka","Velyka Pyssarivka","Велика Писарівка","région de Soumy","Sumy region"],"UA",wd(p,"sun"),"RU","fact","place-village-region")])
p="2024-08-30"
A(p,"Deux secouristes tués","Les forces russes ont tué deux secouristes dans la ville de Pokrovsk lors d'une frappe de drone, mercredi.",
  [ev("DroneStrike",["Pokrovsk","Покровськ","Покровск"]+DON,"UA",wd(p,"wed"),"RU","fact","place-on-main-verb")])
p="2024-10-16"
A(p,"Secouristes tués au Liban-Sud","Israël a tué lundi trois secouristes à Nabatié dans un raid aérien contre un centre de la défense civile.",
  [ev("AirStrike",["Nabatié","Nabatieh","Nabatiyeh","Nabatiye","النبطية"],"LB",wd(p,"mon"),"IL","fact","place-on-main-verb")])
p="2025-01-31"
A(p,"Site industriel visé","Des missiles balistiques russes Iskander ont frappé jeudi un site industriel près de Pavlohrad, dans la région de Dnipropetrovsk.",
  [ev("MissileStrike",["Pavlohrad","Pavlograd","Павлоград","région de Dnipropetrovsk"],"UA",wd(p,"thu"),"RU","fact","place-near-in-region")])
p="2024-02-22"
A(p,"Un cargo touché","Un cargo battant pavillon libérien, le Star Orion, a été touché mardi par un missile houthiste. Le navire, qui naviguait en mer Rouge, a pu poursuivre sa route.",
  [ev("MissileStrike",["mer Rouge","Red Sea","البحر الأحمر"],"YE",wd(p,"tue"),HOU,"fact","place-sea-apposition")])
p="2024-09-24"
A(p,"Salve sur Nahariya","Le Hezbollah a lancé dimanche, depuis le sud du Liban, une salve de roquettes sur Nahariya, où deux voitures ont pris feu.",
  [ev("Shelling",["Nahariya","Naharia","Nahariyya","נהריה"],"IL",wd(p,"sun"),HEZ,"fact","launch-site-not-place")])
p="2024-10-07"
A(p,"Drone sur Eilat","Un drone lancé depuis l'Irak a touché dimanche un entrepôt du port d'Eilat, sans faire de blessés.",
  [ev("DroneStrike",["Eilat","Eïlat","Eilath","אילת"],"IL",wd(p,"sun"),None,None,"launch-site-not-place")])
p="2024-01-22"
A(p,"Marché bombardé à Donetsk","Moscou accuse Kiev d'avoir bombardé à l'artillerie un marché de Donetsk samedi, une attaque qui aurait fait treize morts.",
  [ev("Shelling",["Donetsk","Донецьк","Донецк","Donetsk region","région de Donetsk"],"UA",wd(p,"sat"),"UA","alleged","capital-as-actor")])
p="2025-01-22"
A(p,"Usine d'explosifs visée","Kiev a revendiqué mercredi une attaque de drones contre l'usine d'explosifs de Dzerjinsk, dans la région de Nijni Novgorod, survenue pendant la nuit.",
  [ev("DroneStrike",["Dzerjinsk","Dzerzhinsk","Дзержинск","région de Nijni Novgorod","Nizhny Novgorod region"],"RU",p,"UA","alleged","capital-as-actor")])
# --- déclencheurs
p="2023-08-26"
A(p,"Le port d'Izmaïl touché","Plusieurs missiles russes se sont abattus jeudi sur le port d'Izmaïl, sur le Danube, détruisant des silos à grains.",
  [ev("MissileStrike",["Izmaïl","Izmail","Ізмаїл","Измаил","région d'Odessa"],"UA",wd(p,"thu"),"RU","fact","trigger-impact-verb")])
p="2024-09-11"
A(p,"Façade éventrée à Krasnodar","Un drone chargé d'explosifs a percuté mardi la façade d'un immeuble de Krasnodar, selon les autorités locales, qui l'ont imputé à l'Ukraine.",
  [ev("DroneStrike",["Krasnodar","Краснодар","kraï de Krasnodar","Krasnodar Krai"],"RU",wd(p,"tue"),"UA","alleged","trigger-impact-verb")])
p="2024-05-20"
A(p,"Une école-abri touchée","Un obus de char israélien a touché vendredi une école transformée en abri à Jabaliya, dans le nord de la bande de Gaza.",
  [ev("Shelling",["Jabaliya","Jabalia","Djabaliya","جباليا","bande de Gaza","Gaza Strip"],"PS",wd(p,"fri"),"IL","fact","trigger-impact-verb")])
p="2024-03-19"
A(p,"Missiles interceptés","Samedi, la défense antiaérienne russe a intercepté des missiles au-dessus de Belgorod, a affirmé le gouverneur, qui a accusé Kiev de viser la ville.",
  [ev("MissileStrike",BELGOROD,"RU",wd(p,"sat"),"UA","alleged","trigger-interception")])
p="2024-10-11"
A(p,"Drones abattus près de Haïfa","Les défenses antiaériennes israéliennes ont abattu mercredi deux drones du Hezbollah qui se dirigeaient vers Haïfa.",
  [ev("DroneStrike",["Haïfa","Haifa","חיפה","حيفا"],"IL",wd(p,"wed"),HEZ,"fact","trigger-interception")])
p="2024-02-03"
A(p,"Deux sites pétroliers visés","Des drones ukrainiens ont frappé dans la nuit de vendredi à samedi une raffinerie à Syzran et un dépôt pétrolier à Novokouïbychevsk, dans la région de Samara.",
  [ev("DroneStrike",["Syzran","Сызрань"],"RU",p,"UA","fact","two-attacks-one-sentence"),
   ev("DroneStrike",["Novokouïbychevsk","Novokuybyshevsk","Novokuibyshevsk","Новокуйбышевск"],"RU",p,"UA","fact","two-attacks-one-sentence")])
p="2024-11-04"
A(p,"Nyala visée à deux reprises","L'aviation soudanaise a bombardé Nyala jeudi puis de nouveau samedi, visant selon l'armée des positions des FSR.",
  [ev("AirStrike",["Nyala","نيالا","Darfour-Sud","South Darfur"],"SD",wd(p,"thu"),"SD","fact","two-attacks-one-sentence"),
   ev("AirStrike",["Nyala","نيالا","Darfour-Sud","South Darfur"],"SD",wd(p,"sat"),"SD","fact","two-attacks-one-sentence")])
p="2024-05-15"
A(p,"Explosion sur une base de Crimée","Une forte explosion a secoué lundi l'aérodrome de Saki, en Crimée. Selon la marine ukrainienne, ses missiles Neptune ont visé des avions stationnés sur la base.",
  [ev("MissileStrike",["Saki","Saky","Саки","Crimée","Crimea"],"UA",wd(p,"mon"),"UA","alleged","class-next-sentence")])
p="2024-09-12"
A(p,"Déflagration près de Hama","Une déflagration a frappé mardi un entrepôt d'armes près de Hama. Des sources sécuritaires ont ensuite évoqué un raid aérien israélien.",
  [ev("AirStrike",["Hama","Hamah","حماة"],"SY",wd(p,"tue"),"IL","alleged","class-next-sentence")])
p="2024-11-15"
A(p,"Sept civils tués à Omdourman","Des tirs de roquettes des FSR ont tué jeudi sept civils dans un quartier résidentiel d'Omdourman.",
  [ev("Shelling",["Omdourman","Omdurman","أم درمان","Khartoum"],"SD",wd(p,"thu"),RSF,"fact","rocket-artillery")])
p="2023-07-04"
A(p,"Lance-roquettes contre Kramatorsk","L'armée russe a frappé samedi Kramatorsk avec des lance-roquettes multiples Ouragan, endommageant une vingtaine de maisons.",
  [ev("Shelling",["Kramatorsk","Краматорськ","Краматорск"]+DON,"UA",wd(p,"sat"),"RU","fact","rocket-artillery")])
p="2023-12-01"
A(p,"Laukkai sous les roquettes","Mercredi, des lance-roquettes de l'armée birmane ont pilonné la ville de Laukkai, dans l'État shan, où les combats font rage.",
  [ev("Shelling",["Laukkai","Laukkaing","Lauk Kai","လောက်ကိုင်","État shan","Shan State"],"MM",wd(p,"wed"),"MM","fact","rocket-artillery")])
p="2024-06-03"
A(p,"Usine sidérurgique touchée","Un aéronef sans pilote ukrainien a touché samedi une usine sidérurgique à Lipetsk, provoquant un bref incendie.",
  [ev("DroneStrike",["Lipetsk","Липецк","région de Lipetsk","Lipetsk region"],"RU",wd(p,"sat"),"UA","fact","uav-drone")])
p="2024-02-24"
A(p,"La mairie d'Orikhiv détruite","Des bombes planantes russes ont détruit jeudi la mairie d'Orikhiv, ville proche de la ligne de front.",
  [ev("AirStrike",["Orikhiv","Orekhov","Оріхів","Орехов","région de Zaporijia"],"UA",wd(p,"thu"),"RU","fact","glide-bomb-airstrike")])
p="2024-06-13"
A(p,"Douze morts à Nousseirat","Un bombardement israélien a fait douze morts mardi dans le camp de Nousseirat, au centre de la bande de Gaza.",
  [ev("Attack",["Nousseirat","Nuseirat","Al-Nuseirat","النصيرات","bande de Gaza","Gaza Strip"],"PS",wd(p,"tue"),"IL","fact","bombardement-attack")])
p="2025-01-12"
A(p,"Positions des FSR visées","L'armée soudanaise a bombardé vendredi des positions des FSR à Bahri, au nord de Khartoum.",
  [ev("Attack",["Bahri","Khartoum-Nord","Khartoum North","بحري","Khartoum"],"SD",wd(p,"fri"),"SD","fact","bombardement-attack")])
p="2024-10-25"
A(p,"Tcheboksary visée pour la première fois","Des drones ukrainiens ont attaqué mercredi une usine de Tcheboksary, en Tchouvachie, la première attaque contre la ville depuis le début de la guerre.",
  [ev("DroneStrike",["Tcheboksary","Cheboksary","Чебоксары","Tchouvachie","Chuvashia"],"RU",wd(p,"wed"),"UA","fact","first-since-war")])
# --- auteurs
p="2024-12-20"
A(p,"Missiles sur Dnipro","La Russie a tiré dans la nuit de jeudi à vendredi trois missiles sur Dnipro, a indiqué l'armée de l'air ukrainienne.",
  [ev("MissileStrike",["Dnipro","Dniepr","Dnipropetrovsk","Дніпро","Днепр","région de Dnipropetrovsk"],"UA",wd(p,"fri"),"RU","alleged","perp-alleged-said")])
p="2024-04-10"
A(p,"Dépôt pétrolier en feu en Crimée","Un incendie s'est déclaré lundi dans un dépôt pétrolier de Féodossia après une attaque de drone que les autorités d'occupation ont attribuée à l'Ukraine.",
  [ev("DroneStrike",["Féodossia","Feodosia","Feodosiya","Феодосія","Феодосия","Crimée","Crimea"],"UA",wd(p,"mon"),"UA","alleged","perp-alleged-blamed")])
p="2024-02-04"
A(p,"Immeuble touché à Tchernihiv","KIEV, 4 févr. (Agence Boréale) - Des missiles ont frappé samedi un immeuble de Tchernihiv, selon le chef de l'administration militaire de la ville.",
  [ev("MissileStrike",["Tchernihiv","Chernihiv","Tchernigov","Чернігів","Чернигов","région de Tchernihiv"],"UA",wd(p,"sat"),None,None,"dateline-not-perpetrator")])
p="2024-10-05"
A(p,"Deux morts près de Bint Jbeil","BEYROUTH, 5 oct. (Agence Boréale) - Une frappe de drone a tué vendredi deux personnes dans une voiture près de Bint Jbeil, selon l'agence de presse officielle libanaise.",
  [ev("DroneStrike",["Bint Jbeil","Bint Jbeïl","Bent Jbeil","بنت جبيل"],"LB",wd(p,"fri"),None,None,"dateline-not-perpetrator")])
# --- négatifs
A("2024-06-20","Novochakhtinsk rouvre","La raffinerie de Novochakhtinsk a repris sa production cette semaine. En mars dernier, elle avait été visée par des drones et un réservoir avait brûlé pendant deux jours.",[],"neg-background: attaque de mars dernier, contexte")
A("2024-11-05","Reprise de la production","La centrale thermique de Zmiïv, déjà frappée à deux reprises cette année, a repris mardi une production partielle.",[],"neg-background: frappes antérieures mentionnées en contexte")
A("2024-10-18","Avant l'hiver","L'armée russe multiplie les frappes sur les infrastructures énergétiques ukrainiennes à l'approche de l'hiver, estiment des analystes.",[],"neg-habitual: tendance, aucune frappe précise")
A("2024-04-02","Une ville fantôme","Tchassiv Iar, régulièrement bombardée depuis un an, ne compte plus que quelques centaines d'habitants.",[],"neg-habitual: bombardements habituels")
A("2024-08-12","Des Shahed assemblés au Tatarstan","Les drones Shahed que la Russie utilise pour frapper les villes ukrainiennes sont désormais assemblés en Tatarstan, selon un rapport publié lundi.",[],"neg-generic: relative générique")
A("2024-09-27","Menace contre Beyrouth","Le ministre israélien de la Défense a menacé de frapper Beyrouth si le Hezbollah poursuivait ses tirs sur le nord d'Israël.",[],"neg-right-threat: menace")
A("2024-05-29","Paris et les armes françaises","Pour Paris, l'Ukraine a le droit de frapper des cibles militaires sur le sol russe avec des armes fournies par la France.",[],"neg-right-threat: droit de frapper, pas une attaque")
A("2024-09-13","Avertissement du Kremlin","Si Kiev frappait Moscou avec des missiles occidentaux, la Russie riposterait contre les pays fournisseurs, a averti le Kremlin.",[],"neg-if-clause: hypothèse")
A("2024-03-08","Démenti russe","Moscou a démenti jeudi toute frappe contre un hôpital de Kherson, dénonçant une « provocation » ukrainienne.",[],"neg-denied: frappe démentie")
A("2024-01-31","Pas d'attaque selon le Pentagone","Les Houthis ont affirmé avoir tiré des missiles sur un porte-avions américain en mer Rouge, mais le Pentagone a assuré qu'aucune attaque de ce type n'avait eu lieu.",[],"neg-denied: revendiquée puis démentie")
A("2024-12-02","Nuit calme","Aucune frappe n'a visé Odessa cette nuit, une première depuis dix jours, selon l'administration régionale.",[],"neg-negated: aucune frappe")
A("2024-07-16","Dépôt de carburant","À lire aussi : Frappe de drones sur un dépôt de carburant à Briansk",[],"neg-teaser: renvoi « À lire aussi »")
A("2025-01-16","Secours à Dnipro","Légende : Des secouristes dans les décombres d'un immeuble de Dnipro touché par un missile, le 15 janvier.",[],"neg-caption: légende photo")
A("2024-05-01","Offensive annoncée","L'état-major israélien prévoit de mener des frappes sur Rafah dans les prochains jours, selon des responsables.",[],"neg-planned: frappes prévues")
# --- ajouts
p="2024-07-22"
A(p,"Le port d'Otchakiv pilonné","Le port d'Otchakiv a été pilonné hier par l'artillerie russe, qui a touché un chantier naval et blessé deux ouvriers.",
  [ev("Shelling",["Otchakiv","Ochakiv","Otchakov","Очаків","Очаков","région de Mykolaïv"],"UA",add(p,-1),"RU","fact","date-yesterday")])
p="2024-08-28"
A(p,"Poste de commandement visé","Des roquettes HIMARS ukrainiennes ont frappé mardi un poste de commandement russe près de Soudja, dans la région de Koursk, selon l'état-major ukrainien.",
  [ev("Shelling",["Soudja","Sudzha","Суджа","région de Koursk","Kursk region"],"RU",wd(p,"tue"),"UA","alleged","place-near-in-region")])
p="2025-03-18"
A(p,"Houliaïpole sous les bombes","L'aviation russe a largué dimanche des bombes planantes sur Houliaïpole, où il ne reste plus qu'un millier d'habitants.",
  [ev("AirStrike",["Houliaïpole","Huliaipole","Gulyaipole","Гуляйполе","région de Zaporijia"],"UA",wd(p,"sun"),"RU","fact","glide-bomb-airstrike")])
p="2024-03-16"
A(p,"L'aéroport de Kalouga visé","Trois véhicules aériens sans pilote ont attaqué jeudi l'aéroport de Kalouga, selon le gouverneur Vladislav Chapcha, qui n'a pas fait état de victimes.",
  [ev("DroneStrike",["Kalouga","Kaluga","Калуга","région de Kalouga","Kaluga region"],"RU",wd(p,"thu"),None,None,"uav-drone")])
p="2024-10-01"
A(p,"Immeuble détruit à Dahiyé","Des chasseurs israéliens ont bombardé samedi un immeuble de Dahiyé, la banlieue sud de Beyrouth, quelques minutes après un appel à évacuer.",
  [ev("AirStrike",["Dahiyé","Dahieh","Dahiyeh","Dahiya","الضاحية","Beyrouth","Beirut"],"LB",wd(p,"sat"),"IL","fact","perp-fact")])
p="2024-05-31"
A(p,"Sanaa visée par des avions américains","Dans la nuit de mercredi à jeudi, des avions américains ont frappé des sites de lancement houthistes aux abords de Sanaa.",
  [ev("AirStrike",["Sanaa","Sana'a","Sanaâ","صنعاء"],"YE",wd(p,"thu"),"US","fact","date-overnight-into")])
p="2025-06-19"
A(p,"Missiles sur une base du Néguev","Des missiles iraniens se sont abattus mardi soir sur la base aérienne de Nevatim, dans le Néguev, endommageant une piste.",
  [ev("MissileStrike",["Nevatim","Névatim","נבטים","Néguev","Negev"],"IL",wd(p,"tue"),"IR","fact","trigger-impact-verb")])
p="2025-01-08"
A(p,"Drones turcs près de Kobané","Des drones turcs ont frappé lundi un convoi civil près de Kobané, dans le nord de la Syrie, selon une ONG locale.",
  [ev("DroneStrike",["Kobané","Kobani","Aïn al-Arab","Ain al-Arab","عين العرب"],"SY",wd(p,"mon"),"TR","alleged","perp-alleged-said")])
p="2024-04-05"
A(p,"Bombes sur Kalay","Mercredi, un avion de l'armée birmane a bombardé un marché de Kalay, dans la région de Sagaing, faisant neuf morts.",
  [ev("AirStrike",["Kalay","Kalemyo","Kale","ကလေး","région de Sagaing","Sagaing region"],"MM",wd(p,"wed"),"MM","fact","perp-fact")])
p="2024-05-14"
A(p,"Un bus touché à Chebekino","Le gouverneur de la région de Belgorod a écrit lundi sur Telegram : « Ce matin, un drone a touché un bus de ramassage scolaire à Chebekino, le chauffeur est blessé. »",
  [ev("DroneStrike",["Chebekino","Shebekino","Шебекино","région de Belgorod","Belgorod region"],"RU",wd(p,"mon"),None,None,"place-fr-spelling")],
  "no-break spaces (U+00A0) before ':' and inside « »; « ce matin » in a quote written on Monday is Monday")
A("2024-12-10","Images satellites","Des images satellites publiées mardi montrent encore les dégâts de la frappe d'avril dernier sur l'aérodrome de Morozovsk.",[],"neg-background: frappe passée, seulement rappelée")
A("2024-06-04","Position américaine","Les États-Unis ne soutiennent pas les frappes sur le territoire russe, a répété le porte-parole du département d'État.",[],"neg-generic: déclaration de principe")
write("/work/blind/events/fr.jsonl","fr","bev-fr",I)
