"""Write en.jsonl and fr.jsonl (run from this folder): invented passages, one gold speech
act per statement, told in each language in its own wording (see README.md)."""
import json

PUBLISHED = "2025-03-11"
EN = [
    ("claimed", "Claim", "claim-object", "The Houthis claimed responsibility on Tuesday for a drone attack on the port of Eilat."),
    ("claimed", "Claim", "claim-object-attack", "Hamas's armed wing claimed the rocket attack on Ashkelon in a statement on Monday."),
    ("claimed", "InterceptionReport", "claim-that-count", "Russia's defence ministry claimed that its forces had shot down 12 Ukrainian drones over the Belgorod region overnight."),
    ("denied", "Denial", "deny-cue", "Ukraine's foreign ministry denied that its forces had struck the market in Oleshky on Sunday."),
    ("said", "Denial", "negated-attack", "The Israeli military said no strike had been carried out on the school in Khan Younis on Wednesday."),
    ("blamed", "Accusation", "blame", "Moscow blamed Kyiv for the drone attack on an oil depot in Bryansk on Sunday."),
    ("accused", "Accusation", "accuse-of", "Governor Vyacheslav Gladkov accused Ukrainian forces of shelling the village of Shebekino overnight."),
    ("condemned", "Condemnation", "condemn", "The French foreign ministry condemned the missile strike on a hospital in Kharkiv on Thursday."),
    ("denounced", "Condemnation", "denounce", "UN Secretary-General Antonio Guterres denounced the attack on an aid convoy near Rafah on Monday."),
    ("threatened", "Threat", "threaten-cue", "Iran's foreign minister Abbas Araghchi threatened to strike Israeli bases if the attacks continued."),
    ("said", "Threat", "future-harm", "\u201cWe will respond to this attack at a time of our choosing,\u201d Hezbollah's deputy leader Naim Qassem said on Monday."),
    ("vowed", "Threat", "promise-harm", "Houthi leader Abdul-Malik al-Houthi vowed to retaliate for the air strikes on Hodeidah on Sunday."),
    ("said", "Threat", "conditional-harm", "Israeli Defence Minister Israel Katz said the army would hit Beirut hard if rockets were fired again."),
    ("said", "CasualtyReport", "casualty-figure", "Three people were killed and eight injured in the Russian strike on Zaporizhzhia on Friday, regional governor Ivan Fedorov said."),
    ("said", "CasualtyReport", "casualty-figure-clause", "The Gaza health ministry said 14 people had died in an Israeli air strike on a house in Deir al-Balah on Saturday."),
    ("said", "InterceptionReport", "interception-of", "Ukraine's air force said it had destroyed 41 of 48 drones launched by Russia overnight."),
    ("said", "InterceptionReport", "interception-count", "Russian air defences intercepted 27 Ukrainian drones over the Kursk region overnight, the defence ministry said."),
    ("said", "DamageReport", "damage-verb", "A Russian drone attack damaged an energy facility in Odesa overnight, Ukraine's energy ministry said."),
    ("said", "Other", "would-no-harm", "Ukrainian Foreign Minister Andrii Sybiha said the talks in Geneva would continue next week."),
    ("said", "Other", "past-briefing", "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed on the drone attack on Moscow on Monday."),
    ("said", "Other", "negated-future-harm", "\u201cWe will not attack civilians,\u201d Israeli army spokesman Nadav Shoshani said on Tuesday."),
    ("denied", "Denial", "deny-gerund", "Hezbollah denied firing the rockets that hit Metula on Monday."),
    ("claimed", "InterceptionReport", "claim-destruction-count", "The Russian defence ministry claimed the destruction of 30 Ukrainian drones over the Rostov region overnight."),
    ("said", "DamageReport", "weapon-destroys-building", "A drone destroyed a warehouse in the port of Izmail overnight, regional governor Oleh Kiper said."),
]
FR = [
    ("revendiqué", "Claim", "revendiquer", "Les Houthis ont revendiqué mardi une attaque de drones contre le port d'Eilat."),
    ("revendiqué", "Claim", "revendiquer-tirs", "La branche armée du Hamas a revendiqué lundi les tirs de roquettes sur Ashkelon dans un communiqué."),
    ("affirmé", "InterceptionReport", "affirmer-count", "Le ministère russe de la Défense a affirmé avoir abattu 12 drones ukrainiens au-dessus de la région de Belgorod dans la nuit."),
    ("démenti", "Denial", "dementir", "Le ministère ukrainien des Affaires étrangères a démenti dimanche toute frappe de ses forces contre le marché d'Olechky."),
    ("affirmé", "Denial", "negated-attack", "L'armée israélienne a affirmé qu'aucune frappe n'avait visé l'école de Khan Younès mercredi."),
    ("imputé", "Accusation", "imputer", "Moscou a imputé à Kiev l'attaque de drones contre un dépôt pétrolier à Briansk dimanche."),
    ("accusé", "Accusation", "accuser-de", "Le gouverneur Viatcheslav Gladkov a accusé les forces ukrainiennes d'avoir bombardé le village de Chebekino dans la nuit."),
    ("condamné", "Condemnation", "condamner", "Le ministère français des Affaires étrangères a condamné jeudi la frappe de missile contre un hôpital de Kharkiv."),
    ("dénoncé", "Condemnation", "denoncer", "Le secrétaire général de l'ONU, Antonio Guterres, a dénoncé lundi l'attaque contre un convoi humanitaire près de Rafah."),
    ("menacé", "Threat", "menacer-cue", "Le ministre iranien des Affaires étrangères, Abbas Araghchi, a menacé de frapper les bases israéliennes si les attaques se poursuivaient."),
    ("déclaré", "Threat", "future-harm", "\u00ab\u00a0Nous riposterons à cette attaque au moment de notre choix\u00a0\u00bb, a déclaré lundi le numéro deux du Hezbollah, Naïm Qassem."),
    ("promis", "Threat", "promise-harm", "Le chef des Houthis, Abdel Malek al-Houthi, a promis dimanche de riposter aux frappes aériennes sur Hodeïda."),
    ("affirmé", "Threat", "conditional-harm", "Le ministre israélien de la Défense, Israël Katz, a affirmé que l'armée frapperait durement Beyrouth si des roquettes étaient de nouveau tirées."),
    ("indiqué", "CasualtyReport", "casualty-figure", "Trois personnes ont été tuées et huit blessées dans la frappe russe sur Zaporijjia vendredi, a indiqué le gouverneur régional Ivan Fedorov."),
    ("annoncé", "CasualtyReport", "casualty-figure-clause", "Le ministère de la Santé de Gaza a annoncé que 14 personnes avaient péri dans une frappe aérienne israélienne sur une maison de Deir el-Balah samedi."),
    ("annoncé", "InterceptionReport", "interception-of", "L'armée de l'air ukrainienne a annoncé avoir détruit 41 des 48 drones lancés par la Russie dans la nuit."),
    ("indiqué", "InterceptionReport", "interception-count", "La défense antiaérienne russe a intercepté 27 drones ukrainiens au-dessus de la région de Koursk dans la nuit, a indiqué le ministère de la Défense."),
    ("indiqué", "DamageReport", "damage-verb", "Une attaque de drones russes a endommagé une installation énergétique à Odessa dans la nuit, a indiqué le ministère ukrainien de l'Énergie."),
    ("déclaré", "Other", "conditional-no-harm", "Le ministre ukrainien des Affaires étrangères, Andriï Sybiha, a déclaré que les discussions de Genève se poursuivraient la semaine prochaine."),
    ("indiqué", "Other", "past-briefing", "Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que le président Vladimir Poutine avait été informé lundi de l'attaque de drones contre Moscou."),
    ("déclaré", "Other", "negated-future-harm", "\u00ab\u00a0Nous n'attaquerons pas les civils\u00a0\u00bb, a déclaré mardi le porte-parole de l'armée israélienne, Nadav Shoshani."),
    ("nié", "Denial", "nier-inf", "Le Hezbollah a nié avoir tiré les roquettes qui ont frappé Metula lundi."),
    ("revendiqué", "InterceptionReport", "claim-destruction-count", "Le ministère russe de la Défense a revendiqué la destruction de 30 drones ukrainiens au-dessus de la région de Rostov dans la nuit."),
    ("indiqué", "DamageReport", "weapon-destroys-building", "Un drone a détruit un entrepôt du port d'Izmaïl dans la nuit, a indiqué le gouverneur régional Oleh Kiper."),
]

for lang, rows in (("en", EN), ("fr", FR)):
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for n, (cue, act, pattern, text) in enumerate(rows, start=1):
            rec = {"id": f"sa-{lang}-{n:03d}", "language": lang, "published": PUBLISHED, "title": f"Statement {n}",
                   "text": text, "acts": [{"cue": cue, "act": act, "pattern": pattern}]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
