import json
P = []
N = "\u00a0"
def S(sp, q, d, pat, **kw):
    x = {"speaker": sp, "quote": q, "direct": d, "pattern": pat}; x.update(kw); return x
def add(i, pub, title, text, sts, note=None):
    p = {"id": "fr4-%03d" % i, "language": "fr", "published": pub, "title": title, "text": text}
    if note: p["note"] = note
    p["statements"] = sts; P.append(p)

KRAVT = ["Ivan Kravtchouk", "Kravtchouk", "Ivan Kravchuk", "Kravchuk", "Іван Кравчук"]
DSNS = ["Service d'État pour les situations d'urgence", "DSNS", "SES", "State Emergency Service of Ukraine", "Ukraine's State Emergency Service", "service d'urgence ukrainien"]
GAZAMOH = ["ministère de la Santé de Gaza", "Gaza Health Ministry", "Gaza health ministry", "Ministry of Health in Gaza", "ministère de la Santé du Hamas", "Hamas-run health ministry"]
HOUTHIS = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "rebelles houthis"]
IDF = ["Israel Defense Forces", "IDF", "Tsahal", "armée israélienne", "Forces de défense d'Israël", "Israeli army"]
RUMOD = ["ministère russe de la Défense", "Russian Ministry of Defence", "Russian Defence Ministry", "Ministry of Defence of the Russian Federation", "ministère de la Défense russe"]
UA = ["Ukraine", "Kiev", "Kyiv", "Kyïv"]
KHPARQ = ["parquet régional de Kherson", "Kherson regional prosecutor's office", "parquet de la région de Kherson", "Kherson Regional Prosecutor's Office"]
OMS = ["Organisation mondiale de la santé", "OMS", "World Health Organization", "WHO"]
SYRARMY = ["armée syrienne", "Syrian army", "Forces armées syriennes", "Syrian Arab Army", "Syrian military"]
ALAQSA = ["hôpital Al-Aqsa", "hôpital des Martyrs d'Al-Aqsa", "Al-Aqsa hospital", "Al-Aqsa Martyrs Hospital", "hôpital Al-Aqsa de Deir al-Balah"]
NASSAR = ["Khalil Nassar", "Dr Khalil Nassar", "Nassar", "Khalil Nasser"]
DTEK = ["DTEK", "ДТЕК", "opérateur privé d'énergie DTEK"]
SAVT = ["Iryna Savtchouk", "Savtchouk", "Iryna Savchuk", "Savchuk", "Ірина Савчук"]
HADDAD = ["Mariam Haddad", "Haddad", "Maryam Haddad"]
VOLKOV = ["Sergueï Volkov", "Volkov", "Sergei Volkov", "Sergey Volkov", "Сергей Волков"]
CICR = ["Comité international de la Croix-Rouge", "CICR", "International Committee of the Red Cross", "ICRC", "Croix-Rouge"]
RSF = ["Forces de soutien rapide", "FSR", "Rapid Support Forces", "RSF", "paramilitaires"]
BENDAVID = ["Yossi Ben-David", "Ben-David", "Yossi Ben David", "Ben David"]
HEZ = ["Hezbollah", "Hizbollah", "Hezbollah libanais", "Hizbullah"]
UAARMY = ["armée ukrainienne", "Armed Forces of Ukraine", "Ukrainian armed forces", "Forces armées ukrainiennes", "Ukrainian military", "forces armées de l'Ukraine"]
BOUT = ["Oleg Boutenko", "Boutenko", "Oleg Butenko", "Butenko", "Олег Бутенко"]
ZAPOCC = ["autorités d'occupation russes", "autorités d'occupation russes de la région de Zaporijjia", "Russian-installed authorities", "Russian occupation authorities in Zaporizhzhia", "autorités installées par Moscou"]
OKSANA = ["Oksana", "habitante de Kramatorsk", "une habitante de Kramatorsk"]
LBCD = ["Défense civile libanaise", "Lebanese Civil Defence", "Lebanese Civil Defense", "défense civile du Liban", "Défense civile"]
ZNPP = ["direction de la centrale nucléaire de Zaporijjia", "centrale nucléaire de Zaporijjia", "Zaporizhzhia nuclear power plant", "Zaporizhzhia NPP", "ZNPP", "centrale de Zaporijjia"]
AIEA = ["Agence internationale de l'énergie atomique", "AIEA", "International Atomic Energy Agency", "IAEA"]
TRMFA = ["ministère turc des Affaires étrangères", "Turkish foreign ministry", "Ministry of Foreign Affairs of Turkey", "Turkish Ministry of Foreign Affairs", "diplomatie turque"]

add(1, "2024-10-11", "Zaporijjia : un entrepôt agricole détruit",
    "Le chef de l'administration militaire de la ville de Zaporijjia, Ivan Kravtchouk, a annoncé jeudi qu'un missile avait détruit un entrepôt de matériel agricole dans le quartier de Chevtchenkivsky. M. Kravtchouk a précisé que deux gardiens avaient été blessés.",
    [S(KRAVT, "un missile avait détruit un entrepôt de matériel agricole dans le quartier de Chevtchenkivsky", False, "title-name-appositive-que"),
     S(KRAVT, "deux gardiens avaient été blessés", False, "title-name-later-m")])
add(2, "2024-05-25", "Vinnytsia : un immeuble touché",
    f"«{N}Les secours sont toujours sur place{N}», a déclaré sur Telegram le Service d'État pour les situations d'urgence (DSNS), après la frappe de drones qui a touché un immeuble de Vinnytsia. Le service a ajouté que 14 habitants avaient été évacués.",
    [S(DSNS, "Les secours sont toujours sur place", True, "direct-inverted-telegram-phrase-between"),
     S(DSNS, "14 habitants avaient été évacués", False, "definite-le-service-ajoute-que")])
add(3, "2024-02-17", "Beit Lahia : une maison frappée",
    "Selon le ministère de la Santé de Gaza, contrôlé par le Hamas, au moins neuf personnes ont été tuées dans une frappe sur une maison de Beit Lahia. Le ministère a précisé que trois enfants figuraient parmi les victimes.",
    [S(GAZAMOH, "au moins neuf personnes ont été tuées dans une frappe sur une maison de Beit Lahia", False, "selon-start-ministry-appositive"),
     S(GAZAMOH, "trois enfants figuraient parmi les victimes", False, "definite-le-ministere")])
add(4, "2024-07-09", "Les Houthis visent Eilat",
    "Les Houthis ont revendiqué mardi le tir d'un missile balistique contre le port d'Eilat, dans le sud d'Israël. Dans un communiqué diffusé par leur chaîne Al-Masirah, le porte-parole militaire du mouvement a affirmé que le missile avait « atteint sa cible ». L'armée israélienne a indiqué de son côté avoir intercepté le projectile au-dessus de la mer Rouge.",
    [S(HOUTHIS, "le tir d'un missile balistique contre le port d'Eilat, dans le sud d'Israël", False, "claim-revendique-noun-complement"),
     S(HOUTHIS, "le missile avait « atteint sa cible »", False, "mixed-quotation-unnamed-spokesman"),
     S(IDF, "avoir intercepté le projectile au-dessus de la mer Rouge", False, "infinitive-avoir-de-son-cote")])
add(5, "2024-08-24", "Moscou dément une frappe sur Kostiantynivka",
    "Le ministère russe de la Défense a démenti toute frappe contre le marché de Kostiantynivka, affirmant que la ville avait été touchée par un missile de la défense antiaérienne ukrainienne.",
    [S(RUMOD, "toute frappe contre le marché de Kostiantynivka", False, "denial-dementi-noun-complement"),
     S(RUMOD, "la ville avait été touchée par un missile de la défense antiaérienne ukrainienne", False, "participle-affirmant")])
add(6, "2023-11-08", "Kherson : gare routière bombardée",
    "« C'est une attaque délibérée contre des civils », a dénoncé le parquet régional de Kherson. Kiev a imputé à Moscou le bombardement de la gare routière, qui a fait deux morts mardi.",
    [S(KHPARQ, "C'est une attaque délibérée contre des civils", True, "direct-inverted-denonce-prosecutor"),
     S(UA, None, False, "accusation-impute-a-capital")])
add(7, "2024-04-13", "Khan Younès : une ambulance détruite",
    "L'Organisation mondiale de la santé (OMS) a fait état de la destruction d'une ambulance du Croissant-Rouge palestinien à Khan Younès. L'agence onusienne a appelé toutes les parties à respecter les installations médicales.",
    [S(OMS, "la destruction d'une ambulance du Croissant-Rouge palestinien à Khan Younès", False, "fait-etat-noun-complement-un-body"),
     S(OMS, "toutes les parties à respecter les installations médicales", False, "appele-x-a-agence-onusienne")])
add(8, "2024-09-28", "Hama : un dépôt d'armes visé",
    "L'agence officielle syrienne SANA a rapporté, citant une source militaire, que des avions israéliens avaient visé un dépôt d'armes près de Hama. Selon la même source, les défenses antiaériennes ont abattu plusieurs missiles.",
    [S(SYRARMY, "des avions israéliens avaient visé un dépôt d'armes près de Hama", False, "relay-citing-source-militaire", note="relais : la source militaire = l'armée syrienne"),
     S(SYRARMY, "les défenses antiaériennes ont abattu plusieurs missiles", False, "selon-la-meme-source")])
add(9, "2024-06-01", "Deir al-Balah : un marché frappé",
    "L'hôpital Al-Aqsa de Deir al-Balah a indiqué avoir reçu 23 blessés après une frappe aérienne sur un marché du centre de la ville. « Nous manquons de tout, même de gaze », a déclaré son directeur, le Dr Khalil Nassar.",
    [S(ALAQSA, "avoir reçu 23 blessés après une frappe aérienne sur un marché du centre de la ville", False, "hospital-infinitive-avoir"),
     S(NASSAR, "Nous manquons de tout, même de gaze", True, "direct-son-directeur-le-dr-name", note="directeur nommé = la personne")])
add(10, "2024-04-06", "DTEK : deux centrales endommagées",
    "L'opérateur privé d'énergie DTEK a annoncé que deux de ses centrales thermiques avaient été gravement endommagées lors de l'attaque massive de missiles et de drones de la nuit. Selon la société, il s'agit de la huitième attaque contre ses installations depuis mars.",
    [S(DTEK, "deux de ses centrales thermiques avaient été gravement endommagées lors de l'attaque massive de missiles et de drones de la nuit", False, "company-appositive-que"),
     S(DTEK, "il s'agit de la huitième attaque contre ses installations depuis mars", False, "selon-la-societe")])
add(11, "2024-03-30", "Dnipro : une maternité touchée",
    "Iryna Savtchouk, porte-parole de la mairie de Dnipro, a affirmé qu'un drone avait percuté le toit d'une maternité dans la nuit. Mme Savtchouk a précisé que les 40 patientes avaient été transférées dans un autre établissement. Elle a dénoncé une « attaque cynique ».",
    [S(SAVT, "un drone avait percuté le toit d'une maternité dans la nuit", False, "name-porte-parole-appositive"),
     S(SAVT, "les 40 patientes avaient été transférées dans un autre établissement", False, "title-name-later-mme"),
     S(SAVT, "attaque cynique", True, "pronoun-elle-denonce-une-quoted")])
add(12, "2024-10-19", "Nabatieh : l'hôpital évacué",
    f"«{N}Le plafond s'est effondré sur les lits, raconte Mariam Haddad, infirmière à Nabatieh. Nous avons évacué les enfants par l'escalier de secours.{N}»",
    [S(HADDAD, "Le plafond s'est effondré sur les lits", True, "split-quote-raconte-incise"),
     S(HADDAD, "Nous avons évacué les enfants par l'escalier de secours", True, "split-quote-second-part")])
add(13, "2024-01-27", "Donetsk : un quartier sans vitres",
    "« Il n'y a plus de vitres dans tout le quartier », a confié à l'AFP Sergueï Volkov, un retraité du quartier Kievski de Donetsk. « Nous dormons dans la cave depuis trois jours. »",
    [S(VOLKOV, "Il n'y a plus de vitres dans tout le quartier", True, "direct-inverted-addressee-agency"),
     S(VOLKOV, "Nous dormons dans la cave depuis trois jours", True, "direct-continuation")])
add(14, "2024-08-31", "Soudja : la Croix-Rouge inquiète",
    "Pour le Comité international de la Croix-Rouge (CICR), la situation humanitaire à Soudja est « extrêmement préoccupante ». Le CICR a demandé un accès sans entrave aux civils restés dans la ville.",
    [S(CICR, "la situation humanitaire à Soudja est « extrêmement préoccupante »", False, "pour-x-mixed-quotation"),
     S(CICR, "un accès sans entrave aux civils restés dans la ville", False, "acronym-demande-noun-complement")])
add(15, "2024-12-14", "Zalingei : un camp de déplacés bombardé",
    "Les Forces de soutien rapide (FSR) ont accusé l'armée soudanaise d'avoir bombardé un camp de déplacés près de Zalingei, tuant une dizaine de personnes. L'armée n'a pas réagi.",
    [S(RSF, "l'armée soudanaise d'avoir bombardé un camp de déplacés près de Zalingei", False, "accusation-accuse-d-avoir-act")])
add(16, "2024-02-10", "Kfar Blum : une étable touchée",
    "Le chef du conseil régional de Mevo'ot HaHermon, Yossi Ben-David, a indiqué qu'un missile antichar avait touché une étable du kibboutz Kfar Blum. Selon lui, aucun habitant n'a été blessé. Le Hezbollah a affirmé dans un communiqué avoir visé « un rassemblement de soldats » dans le secteur.",
    [S(BENDAVID, "un missile antichar avait touché une étable du kibboutz Kfar Blum", False, "title-name-appositive-council"),
     S(BENDAVID, "aucun habitant n'a été blessé", False, "selon-lui"),
     S(HEZ, "avoir visé « un rassemblement de soldats » dans le secteur", False, "mixed-quotation-infinitive")])
add(17, "2024-04-27", "Tchernihiv : bilans contradictoires",
    "L'armée ukrainienne a affirmé avoir abattu 31 des 40 drones lancés dans la nuit, tandis que le ministère russe de la Défense a assuré avoir détruit « plusieurs positions de tir » dans la région de Tchernihiv.",
    [S(UAARMY, "avoir abattu 31 des 40 drones lancés dans la nuit", False, "two-speakers-tandis-que-first"),
     S(RUMOD, "avoir détruit « plusieurs positions de tir » dans la région de Tchernihiv", False, "two-speakers-tandis-que-second-mixed")])
add(18, "2024-07-21", "Horlivka : roquettes sur un marché",
    "Deux roquettes Grad se sont abattues sur un marché de Horlivka, a affirmé dimanche sur Telegram le maire installé par Moscou, Oleg Boutenko. Il a imputé le tir aux forces ukrainiennes.",
    [S(BOUT, "Deux roquettes Grad se sont abattues sur un marché de Horlivka", False, "verb-before-speaker-phrase-between-title-name"),
     S(BOUT, None, False, "accusation-pronoun-il-impute")])
add(19, "2024-11-16", "Melitopol privée de courant",
    "Les autorités d'occupation russes de la région de Zaporijjia ont fait état de coupures d'électricité à Melitopol après une frappe de drones sur une sous-station.",
    [S(ZAPOCC, "coupures d'électricité à Melitopol après une frappe de drones sur une sous-station", False, "collective-tied-fait-etat")])
add(20, "2024-05-11", "Kramatorsk : trois explosions",
    "« Nous avons entendu trois explosions. Puis plus rien, seulement les sirènes », a raconté Oksana, 34 ans, une habitante de Kramatorsk.",
    [S(OKSANA, "Nous avons entendu trois explosions. Puis plus rien, seulement les sirènes", True, "direct-multi-sentence-first-name-age")])
add(21, "2024-10-05", "Derdghaya : deux secouristes tués",
    f"La Défense civile libanaise a annoncé la mort de deux de ses secouristes dans une frappe israélienne sur un centre de secours à Derdghaya, dans le sud du Liban. L'organisme a dénoncé ce qu'il a qualifié de «{N}violation flagrante du droit humanitaire{N}».",
    [S(LBCD, "la mort de deux de ses secouristes dans une frappe israélienne sur un centre de secours à Derdghaya, dans le sud du Liban", False, "annonce-la-mort-de"),
     S(LBCD, "violation flagrante du droit humanitaire", True, "denonce-ce-qu-il-a-qualifie-de")])
add(22, "2024-04-09", "Centrale de Zaporijjia : un drone sur la salle des machines",
    "La direction de la centrale nucléaire de Zaporijjia, installée par Rosatom, a affirmé qu'un drone avait frappé le toit de la salle des machines du réacteur n°6. L'AIEA a indiqué que ses experts sur place avaient entendu une explosion, sans pouvoir en confirmer l'origine.",
    [S(ZNPP, "un drone avait frappé le toit de la salle des machines du réacteur n°6", False, "facility-management-appositive"),
     S(AIEA, "ses experts sur place avaient entendu une explosion, sans pouvoir en confirmer l'origine", False, "un-agency-acronym-que")])
add(23, "2024-03-02", "Ankara condamne la frappe près de Rafah",
    "Le ministère turc des Affaires étrangères a condamné la frappe contre un convoi humanitaire près de Rafah et appelé Israël à « cesser immédiatement » ses opérations.",
    [S(TRMFA, "la frappe contre un convoi humanitaire près de Rafah", False, "condemn-noun-complement", optional=True, note="une condamnation sans paroles rapportées : optionnelle"),
     S(TRMFA, "Israël à « cesser immédiatement » ses opérations", False, "appele-x-a-mixed-second-verb")])
add(24, "2024-01-13", "Gaza-ville : une école frappée",
    "Tsahal a affirmé avoir frappé un centre de commandement du Hamas aménagé dans une ancienne école de Gaza-ville. L'armée a assuré avoir pris « des mesures pour limiter les risques pour les civils ».",
    [S(IDF, "avoir frappé un centre de commandement du Hamas aménagé dans une ancienne école de Gaza-ville", False, "army-nickname-infinitive"),
     S(IDF, "avoir pris « des mesures pour limiter les risques pour les civils »", False, "definite-l-armee-mixed")])
add(25, "2024-06-04", "Légende Odessa",
    "Légende : Des pompiers interviennent sur le site d'une frappe à Odessa, le 3 juin 2024, selon les autorités locales. © Ivan Moroz / Agence Boréale",
    [], note="légende de photo avec crédit, « selon » à l'intérieur : pas de déclaration")
add(26, "2024-09-12", "Teaser Kharkiv",
    "À lire aussi : À Kharkiv, les habitants racontent leurs nuits dans le métro",
    [], note="teaser « À lire aussi » avec « racontent »")
add(27, "2024-08-17", "Novotcherkassk : incendie",
    "Un incendie s'est déclaré dans un entrepôt de Novotcherkassk après l'explosion. Les autorités n'ont pas précisé la cause de l'explosion.",
    [], note="« s'est déclaré » (incendie) et discours nié « n'ont pas précisé »")
add(28, "2024-05-21", "Images satellites de Belbek",
    "Les images satellites publiées lundi montrent d'importants dégâts sur la piste de l'aérodrome de Belbek et laissent penser que plusieurs appareils ont été détruits.",
    [], note="sujets inanimés « montrent » / « laissent penser »")
add(29, "2024-11-30", "Pas de réponse de Khartoum",
    "Contacté par notre correspondant, le ministère soudanais de la Défense n'a pas donné suite. Les FSR n'ont pas souhaité commenter.",
    [], note="pas de réponse, refus de commenter")
add(30, "2024-03-11", "Bandeau abonnés",
    "Vous lisez un article réservé aux abonnés. Connectez-vous ou abonnez-vous pour lire la suite. Pour recevoir nos alertes, activez les notifications.",
    [], note="bandeau de page (abonnement, notifications)")

with open("fr.jsonl", "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
