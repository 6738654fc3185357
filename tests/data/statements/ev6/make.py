"""Write the ev6 statement passages (tests/data/statements/ev6/{en,fr}.jsonl).

Invented incidents (2026-12-06, branch ev6) for four kinds of error read on held-out news:
E local bodies named with a preposition or a place complement ("police in the Kharkiv region",
"Kharkiv regional police", "the Al-Awda hospital in Jabalia", "l'hôpital Al-Awda de Jabalia"):
one node for the body, the same in both languages; F "dismissed … as "…"" and "a qualifiée de
« … »" in a relative clause, "reported new damage to …" (a noun complement), "the ministry added"
(the ministry named before); G witnesses named by first name and age ("Fatima, 38 ans, raconte
…", "« … », dit-elle") and an inverted speaker with an addressee and a rank ("a déclaré à l'AFP
le lieutenant-colonel X"); H anonymous sources of a state's forces ("une source sécuritaire
malienne", "a Syrian military source, cited by SANA") and state media relaying a source
("SANA, citing a military source, said"): the forces, as the corpus conventions record an
unnamed source inside an organisation. Negatives: no speech, a source tied to no state.
Run ``python tests/data/statements/ev6/make.py`` to rewrite the files.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-03-10"

KHARKIV_POLICE = ["Kharkiv regional police", "Kharkiv region police", "police in the Kharkiv region",
                  "police of the Kharkiv region", "police de la région de Kharkiv", "police régionale de Kharkiv"]
AL_AWDA = ["Al-Awda hospital", "Al-Awda hospital in Jabalia", "hôpital Al-Awda", "hôpital Al-Awda de Jabalia"]
NASSER = ["Nasser hospital", "Nasser hospital in Khan Younis", "hôpital Nasser", "hôpital Nasser de Khan Younès"]
RU_MOD = ["Russian Ministry of Defence", "Russian defence ministry", "Russia's defence ministry",
          "ministère russe de la Défense", "ministère de la Défense russe"]
UKRENERGO = ["Ukrenergo", "opérateur Ukrenergo"]
UKRAINE = ["Ukraine", "Kyiv", "Kiev"]
FATIMA = ["Fatima"]
DIALLO = ["Oumar Diallo", "Diallo", "lieutenant-colonel Oumar Diallo"]
KEITA = ["Moussa Keïta", "Moussa Keita", "Keïta", "Keita"]
MALI_FORCES = ["Mali", "Malian armed forces", "Malian army", "forces armées maliennes", "FAMa", "armée malienne"]
SYRIA_FORCES = ["Syria", "Syrie", "Syrian army", "Syrian Arab Army", "armée syrienne", "Syrian armed forces",
                "forces armées syriennes"]


def st(speaker, quote, direct, pattern):
    return {"speaker": speaker, "quote": quote, "direct": direct, "pattern": pattern}


EN = [
    # E: local bodies
    ("Garage hit", "Police in the Kharkiv region said two people were injured when a drone hit a garage in Chuhuiv on Sunday.",
     [st(KHARKIV_POLICE, "two people were injured when a drone hit a garage in Chuhuiv on Sunday", False, "E-police-in-region")]),
    ("School damaged", "Kharkiv regional police said on Saturday that a shell had damaged a school in Kupiansk.",
     [st(KHARKIV_POLICE, "a shell had damaged a school in Kupiansk", False, "E-regional-police")]),
    ("Wounded arrive", "The Al-Awda hospital in Jabalia said it had received 12 wounded people after the strike.",
     [st(AL_AWDA, "it had received 12 wounded people after the strike", False, "E-hospital-in-town")]),
    ("Children treated", "According to the Nasser hospital in Khan Younis, nine children were treated for burns.",
     [st(NASSER, "nine children were treated for burns", False, "E-according-to-hospital-in-town")]),
    ("Rubble searched", "Police in the Kharkiv region were searching the rubble of a house in Chuhuiv on Sunday.", []),
    # F: dismissals, noun complements, "the ministry added"
    ("Hospital hit", "Ukraine said a missile hit a hospital in Sumy, which the Russian defence ministry dismissed as \"a staged provocation\".",
     [st(UKRAINE, "a missile hit a hospital in Sumy", False, "F-said"),
      st(RU_MOD, "a staged provocation", True, "F-relative-dismissed-as")]),
    ("Reports rejected", "Russia's defence ministry dismissed the reports as \"fabricated news\" on Sunday.",
     [st(RU_MOD, "fabricated news", True, "F-dismissed-as")]),
    ("Grid damage", "Ukrenergo reported new damage to power facilities in the Odesa region on Sunday.",
     [st(UKRENERGO, "new damage to power facilities in the Odesa region", False, "F-reported-noun-complement")]),
    ("Drones downed", "Russia's defence ministry said air defences downed 20 drones over the Belgorod region. The ministry added that two people were hurt.",
     [st(RU_MOD, "air defences downed 20 drones over the Belgorod region", False, "F-said"),
      st(RU_MOD, "two people were hurt", False, "F-the-ministry-added")]),
    # G: witnesses, inverted speakers with a rank
    ("In the basement", "Fatima, 38, said she had spent the night in the basement with her children. \"We heard three explosions,\" she said.",
     [st(FATIMA, "she had spent the night in the basement with her children", False, "G-first-name-age"),
      st(FATIMA, "We heard three explosions", True, "G-pronoun-after-first-name")]),
    ("Positions targeted", "\"Our positions were targeted twice,\" Lieutenant-Colonel Oumar Diallo told AFP.",
     [st(DIALLO, "Our positions were targeted twice", True, "G-rank-name-told-agency")]),
    ("Village surrounded", "\"The village was surrounded before dawn,\" said Major Moussa Keita, speaking to AFP by phone.",
     [st(KEITA, "The village was surrounded before dawn", True, "G-inverted-rank-name")]),
    # H: anonymous sources of a state's forces, state media relaying
    ("Six dead", "A Malian security source said the attack on the army post had killed six soldiers.",
     [st(MALI_FORCES, "the attack on the army post had killed six soldiers", False, "H-national-security-source")]),
    ("Drones over Hama", "A Syrian military source, cited by SANA, said air defences had intercepted several drones over Hama.",
     [st(SYRIA_FORCES, "air defences had intercepted several drones over Hama", False, "H-military-source-cited-by")]),
    ("Research centre hit", "SANA, citing a military source, said Israeli jets had struck a research centre near Masyaf.",
     [st(SYRIA_FORCES, "Israeli jets had struck a research centre near Masyaf", False, "H-agency-citing-source")]),
    ("Convoy hit", "A security source said a convoy had been hit on the road to Gao.", []),
]

FR = [
    # E
    ("Garage touché", "La police de la région de Kharkiv a indiqué que deux personnes avaient été blessées lorsqu'un drone a touché un garage à Tchouhouïv dimanche.",
     [st(KHARKIV_POLICE, "deux personnes avaient été blessées lorsqu'un drone a touché un garage à Tchouhouïv dimanche", False, "E-police-de-la-region")]),
    ("École endommagée", "La police régionale de Kharkiv a déclaré samedi qu'un obus avait endommagé une école à Koupiansk.",
     [st(KHARKIV_POLICE, "un obus avait endommagé une école à Koupiansk", False, "E-police-regionale")]),
    ("Blessés accueillis", "L'hôpital Al-Awda de Jabalia a indiqué avoir reçu 12 blessés après la frappe.",
     [st(AL_AWDA, "avoir reçu 12 blessés après la frappe", False, "E-hopital-de-ville")]),
    ("Enfants soignés", "Selon l'hôpital Nasser de Khan Younès, neuf enfants ont été soignés pour des brûlures.",
     [st(NASSER, "neuf enfants ont été soignés pour des brûlures", False, "E-selon-hopital-de-ville")]),
    ("Décombres", "La police de la région de Kharkiv fouillait dimanche les décombres d'une maison à Tchouhouïv.", []),
    # F
    ("Hôpital touché", "Kiev a fait état d'une frappe de missile sur un hôpital de Soumy, que le ministère russe de la Défense a qualifiée de « provocation mise en scène ».",
     [st(UKRAINE, "une frappe de missile sur un hôpital de Soumy", False, "F-fait-etat-de"),
      st(RU_MOD, "provocation mise en scène", True, "F-relative-qualifiee-de")]),
    ("Informations rejetées", "Le ministère russe de la Défense a qualifié dimanche ces informations de « fausses nouvelles ».",
     [st(RU_MOD, "fausses nouvelles", True, "F-qualifie-de")]),
    ("Réseau endommagé", "L'opérateur Ukrenergo a signalé dimanche de nouveaux dégâts sur des installations électriques de la région d'Odessa.",
     [st(UKRENERGO, "de nouveaux dégâts sur des installations électriques de la région d'Odessa", False, "F-signale-noun-complement")]),
    ("Drones abattus", "Le ministère russe de la Défense a affirmé que la défense antiaérienne avait abattu 20 drones au-dessus de la région de Belgorod. Le ministère a ajouté que deux personnes avaient été blessées.",
     [st(RU_MOD, "la défense antiaérienne avait abattu 20 drones au-dessus de la région de Belgorod", False, "F-affirme"),
      st(RU_MOD, "deux personnes avaient été blessées", False, "F-le-ministere-a-ajoute")]),
    # G
    ("Dans la cave", "Fatima, 38 ans, raconte avoir passé la nuit dans la cave avec ses enfants. « Nous avons entendu trois explosions », dit-elle.",
     [st(FATIMA, "avoir passé la nuit dans la cave avec ses enfants", False, "G-prenom-age-raconte"),
      st(FATIMA, "Nous avons entendu trois explosions", True, "G-dit-elle")]),
    ("Positions visées", "« Nos positions ont été visées à deux reprises », a déclaré à l'AFP le lieutenant-colonel Oumar Diallo.",
     [st(DIALLO, "Nos positions ont été visées à deux reprises", True, "G-a-declare-a-l-AFP-grade-nom")]),
    ("Village encerclé", "« Le village a été encerclé avant l'aube », a affirmé à l'AFP le commandant Moussa Keïta, joint par téléphone.",
     [st(KEITA, "Le village a été encerclé avant l'aube", True, "G-a-affirme-a-l-AFP-grade-nom")]),
    # H
    ("Six morts", "Une source sécuritaire malienne a indiqué que l'attaque contre le poste de l'armée avait fait six morts.",
     [st(MALI_FORCES, "l'attaque contre le poste de l'armée avait fait six morts", False, "H-source-securitaire-nationale")]),
    ("Drones au-dessus de Hama", "Une source militaire syrienne, citée par l'agence officielle Sana, a affirmé que plusieurs drones avaient été abattus au-dessus de Hama.",
     [st(SYRIA_FORCES, "plusieurs drones avaient été abattus au-dessus de Hama", False, "H-source-militaire-citee-par")]),
    ("Centre de recherche", "L'agence Sana, citant une source militaire, a rapporté que des avions israéliens avaient frappé un centre de recherche près de Masyaf.",
     [st(SYRIA_FORCES, "des avions israéliens avaient frappé un centre de recherche près de Masyaf", False, "H-agence-citant-source")]),
    ("Convoi touché", "Une source sécuritaire a indiqué qu'un convoi avait été touché sur la route de Gao.", []),
]


# Second batch, written after the first fixes in other wordings, measured before any further change.
ODESA_POLICE = ["Odesa regional police", "police in the Odesa region", "police de la région d'Odessa",
                "police régionale d'Odessa", "Odesa region police"]
SUMY_POLICE = ["Sumy regional police", "police régionale de Soumy", "police de la région de Soumy", "Sumy region police"]
KAMAL_ADWAN = ["Kamal Adwan hospital", "Kamal Adwan hospital in Beit Lahia", "hôpital Kamal Adwan",
               "hôpital Kamal Adwan de Beit Lahia"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "armée israélienne", "Tsahal", "Israel"]
SY_MOD = ["Syrian Ministry of Defence", "Syrian defence ministry", "Syria's defence ministry", "ministère syrien de la Défense"]
AMINA = ["Amina"]
SOW = ["Ibrahim Sow", "Sow", "capitaine Ibrahim Sow", "Captain Ibrahim Sow"]
BF_FORCES = ["Burkina Faso", "Burkinabe armed forces", "forces armées burkinabè", "armée burkinabè"]

EN2 = [
    ("Warehouse damaged", "Police in the Odesa region reported that a drone had damaged a warehouse in Izmail.",
     [st(ODESA_POLICE, "a drone had damaged a warehouse in Izmail", False, "E-police-in-region-reported")]),
    ("Three hurt", "A spokesman for the Sumy regional police said three people were hurt.",
     [st(SUMY_POLICE, "three people were hurt", False, "E-spokesman-for-regional-police")]),
    ("Out of fuel", "The Kamal Adwan hospital in Beit Lahia said it had run out of fuel.",
     [st(KAMAL_ADWAN, "it had run out of fuel", False, "E-hospital-in-town")]),
    ("Claims dismissed", "The Israeli military dismissed the claims as \"baseless propaganda\".",
     [st(IDF, "baseless propaganda", True, "F-dismissed-as")]),
    ("Substations", "The grid operator Ukrenergo reported damage to two substations in the Sumy region.",
     [st(UKRENERGO, "damage to two substations in the Sumy region", False, "F-reported-noun-complement")]),
    ("Drones downed over Hama", "Syria's defence ministry said drones were downed over Hama. The ministry added that no one was hurt.",
     [st(SY_MOD, "drones were downed over Hama", False, "F-said"),
      st(SY_MOD, "no one was hurt", False, "F-the-ministry-added")]),
    ("House destroyed", "Amina, 52, said her house had been destroyed. \"Nothing is left,\" she added.",
     [st(AMINA, "her house had been destroyed", False, "G-first-name-age"),
      st(AMINA, "Nothing is left", True, "G-pronoun-after-first-name")]),
    ("Attack repelled", "\"We repelled the attack,\" Captain Ibrahim Sow told Reuters.",
     [st(SOW, "We repelled the attack", True, "G-rank-name-told-agency")]),
    ("Fifteen soldiers", "A Burkinabe security source told AFP that 15 soldiers had been killed.",
     [st(BF_FORCES, "15 soldiers had been killed", False, "H-national-security-source")]),
    ("Talks", "A source close to the negotiations said talks would resume next week.", []),
]

FR2 = [
    ("Entrepôt endommagé", "Selon la police de la région d'Odessa, un drone a endommagé un entrepôt à Izmaïl.",
     [st(ODESA_POLICE, "un drone a endommagé un entrepôt à Izmaïl", False, "E-selon-police-de-la-region")]),
    ("Trois blessés", "Un porte-parole de la police régionale de Soumy a déclaré que trois personnes avaient été blessées.",
     [st(SUMY_POLICE, "trois personnes avaient été blessées", False, "E-porte-parole-police-regionale")]),
    ("Carburant", "L'hôpital Kamal Adwan de Beit Lahia a annoncé être à court de carburant.",
     [st(KAMAL_ADWAN, "être à court de carburant", False, "E-hopital-de-ville")]),
    ("Accusations rejetées", "L'armée israélienne a qualifié ces accusations de « propagande sans fondement ».",
     [st(IDF, "propagande sans fondement", True, "F-qualifie-de")]),
    ("Sous-stations", "Le gestionnaire du réseau Ukrenergo a fait état de dégâts sur deux sous-stations de la région de Soumy.",
     [st(UKRENERGO, "dégâts sur deux sous-stations de la région de Soumy", False, "F-fait-etat-de")]),
    ("Drones au-dessus de Hama", "Le ministère syrien de la Défense a indiqué que des drones avaient été abattus au-dessus de Hama. Le ministère a précisé que personne n'avait été blessé.",
     [st(SY_MOD, "des drones avaient été abattus au-dessus de Hama", False, "F-indique"),
      st(SY_MOD, "personne n'avait été blessé", False, "F-le-ministere-a-precise")]),
    ("Maison détruite", "Amina, 52 ans, affirme que sa maison a été détruite. « Il ne reste rien », ajoute-t-elle.",
     [st(AMINA, "sa maison a été détruite", False, "G-prenom-age-affirme"),
      st(AMINA, "Il ne reste rien", True, "G-ajoute-t-elle")]),
    ("Attaque repoussée", "« Nous avons repoussé l'attaque », a assuré à Reuters le capitaine Ibrahim Sow.",
     [st(SOW, "Nous avons repoussé l'attaque", True, "G-a-assure-a-Reuters-grade-nom")]),
    ("Quinze soldats", "Une source sécuritaire burkinabè a affirmé à l'AFP que quinze soldats avaient été tués.",
     [st(BF_FORCES, "quinze soldats avaient été tués", False, "H-source-securitaire-nationale")]),
    ("Négociations", "Une source proche des négociations a indiqué que les discussions reprendraient la semaine prochaine.", []),
]


def write(lang: str, rows) -> None:
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for n, (title, text, statements) in enumerate(rows, 1):
            rec = {"id": f"ev6-{lang}-{n:03d}", "language": lang, "published": PUB, "title": title, "text": text,
                   "statements": statements}
            if not statements:
                rec["note"] = "negative: no speech, or a source tied to no organisation or state"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("en", EN + EN2)
    write("fr", FR + FR2)
