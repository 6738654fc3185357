# Generator for questions_blind5.tsv (written blind, 2026-12-06). Run from this folder.
# Rows: (question, query, params) ; REFUSE rows: (question, "REFUSE", "", reason)
EN = [
("What did the Ukrainian Air Force say about drone attacks on Odesa in May 2024?", "who_said_what", "speaker=Ukrainian Air Force; type=DroneStrike; country=Odesa; from=2024-05-01; to=2024-05-31"),
("statements by the Sudanese army on shelling in El Fasher", "who_said_what", "speaker=Sudanese Armed Forces; type=Shelling; country=El Fasher"),
("who said anything about air strikes in Myanmar since january?", "who_said_what", "type=AirStrike; country=MM; from=2024-01-01"),
("Could you show me what the IDF said about attacks in Gaza last month, please?", "who_said_what", "speaker=Israel Defense Forces; country=PS; from=2024-05-01; to=2024-05-31"),
("what has hezbolah said about missile strikes on israel", "who_said_what", "speaker=Hezbollah; type=MissileStrike; country=IL"),
("Statements on rocket fire in Kiryat Shmona before April 2024", "who_said_what", "type=Shelling; country=Kiryat Shmona; to=2024-03-31"),
("What did the governor of the Kursk region say about drone strikes in the Kursk region?", "who_said_what", "speaker=Kursk governor; type=DroneStrike; country=Kursk Oblast"),
("And what did Washington say about attacks in Yemen yesterday?", "who_said_what", "speaker=US; country=YE; from=2024-06-14; to=2024-06-14"),
("Who commented on the glide-bomb strikes on Kharkiv between 1 and 10 June 2024?", "who_said_what", "type=AirStrike; country=Kharkiv; from=2024-06-01; to=2024-06-10"),
("Everything UNICEF has said", "actor_statements", "actor=UNICEF"),
("show all statments of Magen David Adom", "actor_statements", "actor=Magen David Adom"),
("Who accused Israel?", "accusations", "against=IL"),
("Has the Houthi movement accused the United States of anything?", "accusations", "by=Houthis; against=US"),
("What accusations did Russia's foreign ministry level at Ukraine", "accusations", "by=Russian Ministry of Foreign Affairs; against=UA"),
("attacks attributed to the RSF", "attributed_events", "actor=Rapid Support Forces"),
("Which strikes does anyone blame on the Houthis?", "attributed_events", "actor=Houthis"),
("How many missile strikes hit Ukraine in May 2024?", "event_count", "country=UA; type=MissileStrike; from=2024-05-01; to=2024-05-31"),
("how many israeli air strikes in lebanon since march", "event_count", "country=LB; type=AirStrike; from=2024-03-01; perpetrator=IL"),
("Number of attacks on oil refineries in Russia carried out by Ukraine", "event_count", "country=RU; perpetrator=UA; target=OilRefinery"),
("How many drone attacks were there on the Belgorod region in the first half of 2024?", "event_count", "country=Belgorod Oblast; type=DroneStrike; from=2024-01-01; to=2024-06-30"),
("Give me a timeline of Russian shelling of Kherson", "event_timeline", "country=Kherson; type=Shelling; perpetrator=RU"),
("list the attacks in Sudan between Feb and April 2025", "event_timeline", "country=SD; from=2025-02-01; to=2025-04-30"),
("timeline of attacks on energy infrastructure in Ukraine since March", "event_timeline", "country=UA; from=2024-03-01; target=EnergyInfrastructure"),
("How many people were killed in attacks on Kharkiv last month?", "casualties", "country=Kharkiv; from=2024-05-01; to=2024-05-31; kind=killed"),
("casualty figures for drone strikes in Gaza", "casualties", "country=PS; type=DroneStrike"),
("What injury figures has Lebanon's health ministry given?", "casualties", "kind=injured; reporter=Lebanese Ministry of Public Health"),
("Who claimed the drone attacks on Eilat?", "claims", "country=Eilat; act=Claim; type=DroneStrike"),
("Which attacks in Israel has Hezbollah claimed since 1 April 2024?", "claims", "country=IL; from=2024-04-01; act=Claim; speaker=Hezbollah"),
("any denials by russia about strikes in ukraine?", "claims", "country=UA; act=Denial; speaker=RU"),
("How many drones did Russia say it intercepted over the Bryansk region in May?", "interceptions", "country=Bryansk Oblast; reporter=RU; from=2024-05-01; to=2024-05-31; action=intercepted; weapon=DroneStrike"),
("How many missiles were launched at Ukraine according to the Ukrainian Air Force?", "interceptions", "country=UA; reporter=Ukrainian Air Force; action=launched; weapon=MissileStrike"),
("Which sources reported the drone strike on Kursk on 18 November 2023?", "sources_of_event", "place=Kursk; type=DroneStrike; date=2023-11-18"),
("show me articles about the air strike on Hajjah", "sources_of_event", "place=Hajjah; type=AirStrike"),
("Who spoke about the same attacks as the Kremlin?", "co_statements", "actor=Kremlin"),
("which pairs of actors commented on the same events", "co_statements", ""),
("What did the UN say about Israeli air strikes in Gaza?", "REFUSE", "", "who_said_what has no perpetrator parameter (a nationality adjective names the perpetrator)"),
("Who blamed Ukraine for attacks in Belgorod in May 2024?", "REFUSE", "", "accusations cannot be narrowed by place or date"),
("How many Shahed drones were shot down over Kyiv last month?", "REFUSE", "", "weapon models are no parameter (interceptions takes only the class: all drones)"),
("How many people have RSF attacks killed in Darfur?", "REFUSE", "", "casualties has no perpetrator parameter"),
("Will Russia hit Kyiv again next week?", "REFUSE", "", "a forecast: no query answers about future attacks"),
]
FR = [
("Qu'a dit l'armée de l'air ukrainienne sur les frappes de missiles contre Kiev en mai 2024 ?", "who_said_what", "speaker=Ukrainian Air Force; type=MissileStrike; country=Kyiv; from=2024-05-01; to=2024-05-31"),
("Déclarations du Hezbollah sur les frappes aériennes au Liban depuis mars", "who_said_what", "speaker=Hezbollah; type=AirStrike; country=LB; from=2024-03-01"),
("qui a parlé des tirs de roquettes sur Sdérot ?", "who_said_what", "type=Shelling; country=Sderot"),
("Que dit le ministère russe de la Défense des attaques de drones dans la région de Belgorod le mois dernier ?", "who_said_what", "speaker=Russian Ministry of Defence; type=DroneStrike; country=Belgorod Oblast; from=2024-05-01; to=2024-05-31"),
("Pourriez-vous me donner les déclarations de l'ONU sur les bombardements au Soudan, s'il vous plaît ?", "who_said_what", "speaker=United Nations; country=SD"),
("les houthis ont dit quoi sur les frappes au yemen en mars 2024", "who_said_what", "speaker=Houthis; country=YE; from=2024-03-01; to=2024-03-31"),
("Déclarations de la junte birmane sur les frappes aériennes dans l'État d'Arakan", "who_said_what", "speaker=Myanmar junta; type=AirStrike; country=Rakhine State"),
("Qu'a dit l'AIEA des attaques en Iran ?", "who_said_what", "speaker=IAEA; country=IR"),
("Et le gouverneur de Belgorod, qu'a-t-il dit des bombardements de Chebekino hier ?", "who_said_what", "speaker=Belgorod governor; country=Shebekino; from=2024-06-14; to=2024-06-14"),
("Tout ce qu'a déclaré le Programme alimentaire mondial", "actor_statements", "actor=World Food Programme"),
("toutes les déclarations du Kremlin stp", "actor_statements", "actor=Kremlin"),
("Qu'a dit Médecins sans frontières ?", "actor_statements", "actor=Médecins Sans Frontières"),
("Qui accuse la Russie ?", "accusations", "against=RU"),
("Quelles accusations l'Ukraine a-t-elle portées contre la Russie ?", "accusations", "by=UA; against=RU"),
("Les FSR ont accusé qui ?", "accusations", "by=Rapid Support Forces"),
("Quelles attaques sont attribuées à Israël ?", "attributed_events", "actor=IL"),
("attaques imputées au M23", "attributed_events", "actor=M23"),
("Combien de frappes de drones en Russie en avril 2024 ?", "event_count", "country=RU; type=DroneStrike; from=2024-04-01; to=2024-04-30"),
("Combien d'attaques russes contre des infrastructures énergétiques en Ukraine depuis janvier ?", "event_count", "country=UA; from=2024-01-01; perpetrator=RU; target=EnergyInfrastructure"),
("Combien de tirs d'artillerie sur Gaza le mois dernier ?", "event_count", "country=PS; type=Shelling; from=2024-05-01; to=2024-05-31"),
("nombre de frappes aériennes israéliennes en Syrie en 2024", "event_count", "country=SY; type=AirStrike; from=2024-01-01; to=2024-12-31; perpetrator=IL"),
("Chronologie des frappes de missiles sur Odessa", "event_timeline", "country=Odesa; type=MissileStrike"),
("Liste des attaques dans la région de Koursk entre le 1er et le 15 juin 2024", "event_timeline", "country=Kursk Oblast; from=2024-06-01; to=2024-06-15"),
("chronologie des attaques ukrainiennes contre des raffineries russes", "event_timeline", "country=RU; perpetrator=UA; target=OilRefinery"),
("Combien de blessés dans les frappes sur Kharkiv depuis mai ?", "casualties", "country=Kharkiv; from=2024-05-01; kind=injured"),
("Bilans des morts au Liban selon le ministère libanais de la Santé", "casualties", "country=LB; kind=killed; reporter=Lebanese Ministry of Public Health"),
("Quels bilans pour les frappes de drones en Russie ?", "casualties", "country=RU; type=DroneStrike"),
("qui a revendiquer les attaques contre israel", "claims", "country=IL; act=Claim"),
("Les Houthis ont-ils revendiqué des tirs de missiles en mai 2024 ?", "claims", "from=2024-05-01; to=2024-05-31; act=Claim; type=MissileStrike; speaker=Houthis"),
("Quelles attaques l'armée israélienne a-t-elle démenties au Liban ?", "claims", "country=LB; act=Denial; speaker=Israel Defense Forces"),
("Combien de drones abattus au-dessus de la Russie selon le ministère russe de la Défense ?", "interceptions", "country=RU; reporter=Russian Ministry of Defence; action=intercepted; weapon=DroneStrike"),
("combien de missiles lancés contre l'Ukraine le mois dernier", "interceptions", "country=UA; from=2024-05-01; to=2024-05-31; action=launched; weapon=MissileStrike"),
("Quels articles parlent de la frappe de missiles sur Odessa le 18 novembre 2024 ?", "sources_of_event", "place=Odesa; type=MissileStrike; date=2024-11-18"),
("Sources sur les frappes de drones à Riazan", "sources_of_event", "place=Ryazan; type=DroneStrike"),
("Avec qui la Russie partage-t-elle des déclarations sur les mêmes attaques ?", "co_statements", "actor=RU"),
("Qu'a dit l'Ukraine sur les frappes russes à Kharkiv ?", "REFUSE", "", "who_said_what has no perpetrator parameter ('frappes russes' names the perpetrator)"),
("Qui a accusé le Hezbollah en janvier 2024 ?", "REFUSE", "", "accusations cannot be narrowed by date"),
("Combien de personnes ont été déplacées par les combats à El-Fasher ?", "REFUSE", "", "displaced people are no figure any query gives"),
("Combien de missiles Iskander ont frappé Kharkiv ?", "REFUSE", "", "weapon models are no parameter"),
("Combien de civils les frappes israéliennes ont-elles tués à Gaza ?", "REFUSE", "", "casualties has no perpetrator parameter"),
]
HEADER = """# Blind question suite 5 for `kg ask`, written by a helper session (blind5) on 2026-12-06 (UTC), 13:45-14:10.
# Written BLIND: the author read only the first 25 lines of tests/data/questions_blind.tsv and questions_blind4.tsv, the '#' header lines
# of queries/*.rq, and shared/corpus/dev{,2}/README.md and gold.json (events, actors). No code was opened; `kg` was never run.
# All 80 rows are split holdout5 (40 English, 40 French, 10 REFUSE: 5 per language).
# Conventions (as questions_blind.tsv / questions_blind4.tsv): today = 2024-06-15 ('last month' = May 2024, 'yesterday' = 2024-06-14,
# 'since March'/'depuis janvier' = from that month of 2024); countries as ISO2 when the state is meant (Gaza -> PS); cities/regions by
# usual English name; 'X region'/'région de X' -> 'X Oblast'; rocket fire/artillery -> Shelling; a French 'bombardements' with no
# instrument -> no type; a nationality adjective is a perpetrator, given only to event_count/event_timeline; who_said_what params written
# speaker; type; country; from; to, the others in the rq's @param order; co_statements rows with no actor have an empty params column.
# REFUSE rows: query column 'REFUSE', params column empty, the reason in the comment line above the row.
"""
with open("questions_blind5.tsv", "w", encoding="utf-8") as f:
    f.write(HEADER)
    f.write("question\tquery\tparams\tsplit\n")
    for rows in (EN, FR):
        for r in rows:
            if r[1] == "REFUSE":
                f.write("# REFUSE: " + r[3] + "\n")
            f.write("\t".join([r[0], r[1], r[2], "holdout5"]) + "\n")
print(len(EN), len(FR), sum(r[1] == "REFUSE" for r in EN + FR))
