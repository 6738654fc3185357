# Writes questions_blind6.tsv (100 rows: 50 en, 50 fr, 12 REFUSE). Run from this folder.
HEADER = """# Blind question suite 6 for `kg ask`, written by a helper session (blind6) on 2026-12-06 (UTC), 16:47-17:55.
# Written BLIND: the author read only the first 25 lines of tests/data/questions_blind.tsv and questions_blind4.tsv, the '#' header lines
# of queries/*.rq, the statements/events/casualties READMEs with 2 lines of each blind3/casualty set, and shared/corpus/dev{,2}/README.md
# and gold.json. No code was opened; `kg` was never run. All 100 rows are split holdout6 (50 English, 50 French, 12 REFUSE).
# Conventions (same as questions_blind.tsv / questions_blind4.tsv): today = 2024-06-15 ('last month' = May 2024, 'since March'/'depuis
# janvier' = from that month of 2024, 'en mai' with no year = May 2024, 'yesterday'/'hier' = 2024-06-14); countries as ISO2 when the state
# or territory is meant (Gaza Strip -> PS); cities/regions by usual English name; 'X region'/'région de X'/'oblast de X' -> 'X Oblast'
# (Russia, Ukraine), other regions by their English name (Sagaing Region, Borno State, North Kivu); rocket fire/artillery/mortars ->
# Shelling; a French 'bombardements' with no instrument -> no type; a nationality adjective is a perpetrator, given only to
# event_count/event_timeline (elsewhere it makes the question REFUSE); who_said_what params written speaker; type; country; from; to,
# the others in the rq's @param order; co_statements rows with no actor have an empty params column.
# REFUSE rows: query column 'REFUSE', params column empty, the reason in a comment line above the row.
question\tquery\tparams\tsplit"""
R = []
def q(text, query, params=""): R.append((text, query, params, None))
def refuse(text, why): R.append((text, "REFUSE", "", why))

# ---------------- English (50) ----------------
q("What did the Ukrainian Air Force say about drone attacks on Odesa last month?", "who_said_what", "speaker=Ukrainian Air Force; type=DroneStrike; country=Odesa; from=2024-05-01; to=2024-05-31")
q("who said waht about shelling in kherson", "who_said_what", "type=Shelling; country=Kherson")
q("Statements on air strikes in Sudan since January", "who_said_what", "type=AirStrike; country=SD; from=2024-01-01")
q("What has Hezbollah said about the rocket fire on northern Israel in March 2024?", "who_said_what", "speaker=Hezbollah; type=Shelling; country=IL; from=2024-03-01; to=2024-03-31")
q("Could you show me what the Kremlin said about drone strikes in Belgorod Oblast between 1 April and 15 May 2024, please?", "who_said_what", "speaker=Kremlin; type=DroneStrike; country=Belgorod Oblast; from=2024-04-01; to=2024-05-15")
q("what did the houthis say abt missile attacks on eilat", "who_said_what", "speaker=Houthis; type=MissileStrike; country=Eilat")
q("Any statements about attacks in Myanmar's Sagaing Region in 2023?", "who_said_what", "country=Sagaing Region; from=2023-01-01; to=2023-12-31")
q("What did the Israeli army say about strikes on Rafah yesterday?", "who_said_what", "speaker=Israel Defense Forces; country=Rafah; from=2024-06-14; to=2024-06-14")
q("I'm preparing a brief on the Red Sea: what has the Pentagon said about missile strikes in Yemen since February?", "who_said_what", "speaker=United States Department of Defense; type=MissileStrike; country=YE; from=2024-02-01")
q("And CENTCOM: anything it said about air strikes on Hodeidah, at any time?", "who_said_what", "speaker=U.S. Central Command; type=AirStrike; country=Hodeidah")
q("What was said about attacks on Goma?", "who_said_what", "country=Goma")
q("Statements by Russia's defence ministry on missile strikes in Crimea before 2024", "who_said_what", "speaker=Ministry of Defence of the Russian Federation; type=MissileStrike; country=Crimea; to=2023-12-31")
q("What did the UN say about shelling in El Fasher in May?", "who_said_what", "speaker=United Nations; type=Shelling; country=El Fasher; from=2024-05-01; to=2024-05-31")
q("Everything Maria Zakharova has said", "actor_statements", "actor=Maria Zakharova")
q("show me all statements from the Rapid Support Forces", "actor_statements", "actor=Rapid Support Forces")
q("What has the Security Service of Ukraine said so far?", "actor_statements", "actor=Security Service of Ukraine")
q("Who has accused Israel?", "accusations", "against=IL")
q("What accusations has Ukraine made against Russia?", "accusations", "by=UA; against=RU")
q("accusations by the Sudanese army", "accusations", "by=Sudanese Armed Forces")
q("Which attacks are attributed to the Houthis?", "attributed_events", "actor=Houthis")
q("List the attacks Russia is said to have carried out, with who alleged them", "attributed_events", "actor=RU")
q("How many people were killed in attacks on Kharkiv in May 2024?", "casualties", "country=Kharkiv; from=2024-05-01; to=2024-05-31; kind=killed")
q("casualty figures for drone strikes in Lebanon", "casualties", "country=LB; type=DroneStrike")
q("How many were injured by missile strikes in Dnipro since April, according to Ukraine?", "casualties", "country=Dnipro; type=MissileStrike; from=2024-04-01; kind=injured; reporter=UA")
q("What death tolls has Gaza's health ministry given for air strikes in Gaza?", "casualties", "country=PS; type=AirStrike; kind=killed; reporter=Gaza Health Ministry")
q("Who claimed responsibility for attacks in Israel?", "claims", "country=IL; act=Claim")
q("Which attacks did Hezbollah claim in April 2024?", "claims", "from=2024-04-01; to=2024-04-30; act=Claim; speaker=Hezbollah")
q("who denied drone strikes in russia last month", "claims", "country=RU; from=2024-05-01; to=2024-05-31; act=Denial; type=DroneStrike")
q("Which actors spoke about the same attacks as the State Department?", "co_statements", "actor=United States Department of State")
q("Which pairs of speakers comment on the same events?", "co_statements", "")
q("How many drone attacks hit Kursk Oblast in May 2024?", "event_count", "country=Kursk Oblast; type=DroneStrike; from=2024-05-01; to=2024-05-31")
q("how many israeli air strikes on lebanon since march", "event_count", "country=LB; type=AirStrike; from=2024-03-01; perpetrator=IL")
q("Number of attacks on oil refineries in Russia in 2024", "event_count", "country=RU; from=2024-01-01; to=2024-12-31; target=OilRefinery")
q("How many attacks did the RSF carry out in North Darfur?", "event_count", "country=North Darfur; perpetrator=Rapid Support Forces")
q("How many missile strikes were there in Ukraine yesterday?", "event_count", "country=UA; type=MissileStrike; from=2024-06-14; to=2024-06-14")
q("Give me a timeline of Russian missile strikes on Ukraine's energy infrastructure since September 2023", "event_timeline", "country=UA; type=MissileStrike; from=2023-09-01; perpetrator=RU; target=EnergyInfrastructure")
q("timeline of attacks on Hodeidah between January and March 2024", "event_timeline", "country=Hodeidah; from=2024-01-01; to=2024-03-31")
q("List all shelling of Belgorod in chronological order", "event_timeline", "country=Belgorod; type=Shelling")
q("What attacks has al-Shabaab been blamed for in Somalia this spring (March to May)?", "event_timeline", "country=SO; from=2024-03-01; to=2024-05-31; perpetrator=al-Shabaab")
q("How many drones did Russia say it intercepted over the Bryansk region in May?", "interceptions", "country=Bryansk Oblast; reporter=RU; from=2024-05-01; to=2024-05-31; action=intercepted; weapon=DroneStrike")
q("How many missiles were launched at Israel? I need the reported counts", "interceptions", "country=IL; action=launched; weapon=MissileStrike")
q("interception figures given by the Ukrainian air force", "interceptions", "reporter=Ukrainian Air Force")
q("Which articles reported the drone strike on Kyiv on 2 June 2024?", "sources_of_event", "place=Kyiv; type=DroneStrike; date=2024-06-02")
refuse("What did the UN say about Russian drone strikes on Odesa?", "'Russian' names a perpetrator, which who_said_what cannot take (no perpetrator parameter)")
refuse("How many people did Israeli air strikes kill in Gaza in May?", "casualties has no perpetrator parameter ('Israeli' is the perpetrator)")
refuse("What did officials say about the strikes on hospitals in Gaza?", "target type (hospitals) is not a parameter of who_said_what")
refuse("Who accused Russia of attacking Kharkiv in May?", "accusations cannot be narrowed by place or date")
refuse("Will Russia strike Kyiv again next week?", "a forecast: no query answers about the future")
refuse("How many attacks in Sudan killed more than ten people?", "a casualty threshold is not a parameter of event_count or casualties")
q("And what did Zelensky say about attacks on Kharkiv?", "who_said_what", "speaker=Volodymyr Zelenskyy; country=Kharkiv")

# ---------------- French (50) ----------------
q("Qu'a dit l'armée israélienne sur les frappes de drones au Liban en mai ?", "who_said_what", "speaker=Israel Defense Forces; type=DroneStrike; country=LB; from=2024-05-01; to=2024-05-31")
q("déclarations sur les bombardements à Soumy", "who_said_what", "country=Sumy")
q("Que dit le gouverneur de la région de Koursk des attaques de drones depuis janvier ?", "who_said_what", "speaker=Kursk governor; type=DroneStrike; country=Kursk Oblast; from=2024-01-01")
q("Qui a parlé des tirs d'artillerie sur Donetsk en 2023 ?", "who_said_what", "type=Shelling; country=Donetsk; from=2023-01-01; to=2023-12-31")
q("Bonjour, pourriez-vous me dire ce que le ministère russe de la Défense a déclaré au sujet des frappes de missiles sur la région de Belgorod entre le 1er et le 31 mars 2024 ?", "who_said_what", "speaker=Ministry of Defence of the Russian Federation; type=MissileStrike; country=Belgorod Oblast; from=2024-03-01; to=2024-03-31")
q("qu'ont dit les houthis sur les frappes aériennes au yemen", "who_said_what", "speaker=Houthis; type=AirStrike; country=YE")
q("Les déclarations de l'ONU sur les attaques à Gaza le mois dernier", "who_said_what", "speaker=United Nations; country=PS; from=2024-05-01; to=2024-05-31")
q("Qu'a dit le Hezbollah à propos des frappes aériennes sur Tyr ?", "who_said_what", "speaker=Hezbollah; type=AirStrike; country=Tyre")
q("Qu'a déclaré le Kremlin sur les attaques contre la Crimée avant mars 2024 ?", "who_said_what", "speaker=Kremlin; country=Crimea; to=2024-02-29")
q("Et pour Zaporijjia, qui a parlé des frappes de missiles hier ?", "who_said_what", "type=MissileStrike; country=Zaporizhzhia; from=2024-06-14; to=2024-06-14")
q("Que disent les Forces de soutien rapide des attaques au Darfour-Nord ?", "who_said_what", "speaker=Rapid Support Forces; country=North Darfur")
q("déclarations de la junte birmane sur les frappes aériennes dans l'État Shan", "who_said_what", "speaker=Myanmar junta; type=AirStrike; country=Shan State")
q("Qu'a dit l'armée de l'air ukrainienne sur les attaques de drones dans l'oblast de Kharkiv entre le 10 et le 20 mai 2024 ?", "who_said_what", "speaker=Ukrainian Air Force; type=DroneStrike; country=Kharkiv Oblast; from=2024-05-10; to=2024-05-20")
q("Toutes les déclarations du département d'État américain", "actor_statements", "actor=United States Department of State")
q("qu'a dit Dmitri Peskov ?", "actor_statements", "actor=Dmitry Peskov")
q("Montrez-moi tout ce qu'a déclaré l'Unicef", "actor_statements", "actor=UNICEF")
q("Qui accuse l'Ukraine ?", "accusations", "against=UA")
q("Quelles accusations la Russie a-t-elle portées contre les États-Unis ?", "accusations", "by=RU; against=US")
q("Les accusations du Hezbollah", "accusations", "by=Hezbollah")
q("Quelles attaques sont attribuées aux Forces de soutien rapide ?", "attributed_events", "actor=Rapid Support Forces")
q("attaques imputées à l'Ukraine", "attributed_events", "actor=UA")
q("Liste des attaques attribuées au M23", "attributed_events", "actor=M23")
q("Combien de morts dans les frappes de missiles sur Odessa en mai ?", "casualties", "country=Odesa; type=MissileStrike; from=2024-05-01; to=2024-05-31; kind=killed")
q("bilans des blessés à Belgorod selon la Russie", "casualties", "country=Belgorod; kind=injured; reporter=RU")
q("Quels bilans ont été donnés pour les attaques au Soudan depuis avril ?", "casualties", "country=SD; from=2024-04-01")
q("Combien de victimes, morts et blessés, lors des bombardements d'artillerie dans l'oblast de Kherson en 2024 ?", "casualties", "country=Kherson Oblast; type=Shelling; from=2024-01-01; to=2024-12-31")
q("Quelles attaques les houthis ont-ils revendiquées depuis mars ?", "claims", "from=2024-03-01; act=Claim; speaker=Houthis")
q("Qui a démenti les frappes sur Belgorod le mois dernier ?", "claims", "country=Belgorod; from=2024-05-01; to=2024-05-31; act=Denial")
q("revendications et démentis sur les frappes de drones en Ukraine", "claims", "country=UA; type=DroneStrike")
q("Avec qui la Russie s'exprime-t-elle sur les mêmes événements ?", "co_statements", "actor=RU")
q("Combien d'attaques de drones ont visé la région de Moscou depuis le début de l'année ?", "event_count", "country=Moscow Oblast; type=DroneStrike; from=2024-01-01")
q("combien de frapes russes sur kharkiv en mai", "event_count", "country=Kharkiv; from=2024-05-01; to=2024-05-31; perpetrator=RU")
q("Nombre d'attaques contre des infrastructures énergétiques en Ukraine en avril 2024", "event_count", "country=UA; from=2024-04-01; to=2024-04-30; target=EnergyInfrastructure")
q("Combien de bombardements d'artillerie du Hezbollah sur Israël en 2024 ?", "event_count", "country=IL; type=Shelling; from=2024-01-01; to=2024-12-31; perpetrator=Hezbollah")
q("Combien d'attaques au Burkina Faso ?", "event_count", "country=BF")
q("Chronologie des frappes aériennes israéliennes en Syrie depuis février", "event_timeline", "country=SY; type=AirStrike; from=2024-02-01; perpetrator=IL")
q("Quelles attaques attribue-t-on au Hezbollah en mai ?", "event_timeline", "from=2024-05-01; to=2024-05-31; perpetrator=Hezbollah")
q("Chronologie des attaques contre des raffineries en Russie", "event_timeline", "country=RU; target=OilRefinery")
q("Je voudrais la liste, par date, des frappes de drones dans l'oblast de Zaporijjia entre janvier et mars 2024.", "event_timeline", "country=Zaporizhzhia Oblast; type=DroneStrike; from=2024-01-01; to=2024-03-31")
q("Combien de drones l'Ukraine dit-elle avoir abattus en mai ?", "interceptions", "reporter=UA; from=2024-05-01; to=2024-05-31; action=intercepted; weapon=DroneStrike")
q("Combien de missiles ont été tirés sur la région d'Odessa ?", "interceptions", "country=Odesa Oblast; action=launched; weapon=MissileStrike")
q("Interceptions au-dessus de la Russie signalées par le ministère russe de la Défense", "interceptions", "country=RU; reporter=Ministry of Defence of the Russian Federation")
q("Quelles sources parlent de la frappe de missile sur Odessa le 9 mai 2024 ?", "sources_of_event", "place=Odesa; type=MissileStrike; date=2024-05-09")
q("articles sur les attaques de drones à Koursk", "sources_of_event", "place=Kursk; type=DroneStrike")
refuse("Combien de civils ont été tués par des frappes de drones ukrainiens en Russie ?", "casualties n'a pas de paramètre d'auteur ('ukrainiens') ni de catégorie 'civils'")
refuse("Quels pays ont condamné la frappe sur Soumy ?", "une condamnation n'est pas un acte que les requêtes filtrent (claims ne connaît que Claim et Denial)")
refuse("Qui a accusé Israël de frappes au Liban en mai ?", "accusations ne se restreint ni par lieu ni par date")
refuse("Combien de drones Shahed ont été abattus au-dessus de Kiev ?", "un modèle d'arme (Shahed) n'est pas un paramètre d'interceptions")
refuse("Quelle est la population de Kharkiv ?", "hors du champ du graphe")
refuse("Qu'a dit Tsahal sur les frappes contre des écoles à Gaza ?", "le type de cible (écoles) n'est pas un paramètre de who_said_what")

en = R[:50]; fr = R[50:]
assert len(R) == 100 and sum(1 for r in R if r[1] == "REFUSE") == 12
assert sum(1 for r in en if r[1] == "REFUSE") == 6
with open("questions_blind6.tsv", "w", encoding="utf-8") as f:
    f.write(HEADER + "\n")
    for text, query, params, why in R:
        if why: f.write("# REFUSE: " + why + "\n")
        f.write("\t".join((text, query, params, "holdout6")) + "\n")
import collections
print(collections.Counter(r[1] for r in R))
