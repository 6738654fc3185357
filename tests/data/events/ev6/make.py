"""Write the ev6 event passages (tests/data/events/ev6/{en,fr}.jsonl).

Invented incidents (2026-12-06, branch ev6) for four kinds of error read on held-out news:
A the instrument is the subject ("Israeli warplanes carried out strikes on", "des avions de
combat ont mené des raids", "un drone a largué une charge"); B the agent in a participle or a
relative ("shells fired by X fell on", "attribuée à X", "blamed on X", "a drone X said was
launched by Y"); C ground attacks of unknown means by armed men ("stormed", "raided", "ont pris
d'assaut"); D two attacks in one sentence, each with its own day, place and class. Negatives
end each kind (flights, police raids, protesters storming a building, threats). Run
``python tests/data/events/ev6/make.py`` to rewrite the files.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-03-10"  # a Monday: Sunday 03-09, Saturday 03-08, Friday 03-07
SUN, SAT, FRI, THU = "2025-03-09", "2025-03-08", "2025-03-07", "2025-03-06"

KHAN_YOUNIS = ["Khan Younis", "Khan Yunis", "Khan Younès", "Khan Younes"]
KUPIANSK = ["Kupiansk", "Koupiansk", "Kupyansk", "Kharkiv region", "région de Kharkiv"]
NYALA = ["Nyala", "South Darfur"]
NABATIEH = ["Nabatieh", "Nabatiyé", "Nabatiye", "Nabatîyé"]
KURSK_REGION = ["Kursk region", "Kursk Oblast", "région de Koursk", "Koursk", "Kursk"]
KHERSON = ["Kherson", "Kherson region", "région de Kherson"]
KOSTIANTYNIVKA = ["Kostiantynivka", "Kostiantynivka", "Kostiantynivka", "Kostyantynivka", "Donetsk region", "région de Donetsk"]
NIKOPOL = ["Nikopol", "Dnipropetrovsk region", "région de Dnipropetrovsk"]
QUSAYR = ["Qusayr", "Al-Qusayr", "Qousseir", "Homs", "Homs Governorate"]
HORLIVKA = ["Horlivka", "Gorlovka", "Horlivka", "Gorlivka", "Donetsk region", "région de Donetsk"]
BRYANSK = ["Bryansk", "Briansk", "Bryansk region", "région de Briansk"]
METULA = ["Metula", "Metoula"]
DJIBO = ["Djibo"]
SENNAR = ["Sennar", "Sinnar"]
GAO = ["Gao"]
KISMAYO = ["Kismayo", "Kismaayo", "Kisimayo"]
SUMY = ["Sumy", "Soumy"]
KHARKIV = ["Kharkiv", "Kharkov", "Kyivskyi district"]
BAALBEK = ["Baalbek"]
TYRE = ["Tyre", "Tyr", "Sour"]
KRAMATORSK = ["Kramatorsk"]
ZAPORIZHZHIA = ["Zaporizhzhia", "Zaporijia", "Zaporizhia"]
IL, RU, UA, SD, SY = "IL", "RU", "UA", "SD", "SY"
YELETS = ["Yelets", "Ielets", "Lipetsk region", "région de Lipetsk"]
IDLIB = ["Idlib", "Idleb", "Idlib Governorate"]
IZMAIL = ["Izmail", "Izmaïl", "Ismail", "Odesa region", "région d'Odessa"]
EL_FASHER = ["El Fasher", "El-Facher", "Al-Fashir", "El-Fasher", "North Darfur"]
OMDURMAN = ["Omdurman", "Omdourman", "Khartoum"]
TILLABERI = ["Tillaberi", "Tillabéri"]
MOCIMBOA = ["Mocímboa da Praia", "Mocimboa da Praia", "Cabo Delgado"]
ODESA = ["Odesa", "Odessa"]
BINT_JBEIL = ["Bint Jbeil", "Bint Jbail"]
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
HEZBOLLAH = ["Hezbollah", "Hizbollah"]
SHABAAB = ["Al-Shabaab", "Shebab", "shebab", "al-Shabab"]


def ev(type_, place, country, date, perp=None, status=None, pattern=""):
    return {"type": type_, "place": place, "country": country, "date": date,
            "perpetrator": perp, "perpetrator_status": status if perp else None, "pattern": pattern}


EN = [
    # A: the instrument is the subject
    ("Strikes on Khan Younis", "Israeli warplanes carried out at least a dozen strikes on the eastern outskirts of Khan Younis on Sunday, killing four people.",
     [ev("AirStrike", KHAN_YOUNIS, "PS", SUN, IL, "fact", "A-warplanes-carried-out-strikes")]),
    ("School damaged", "Russian jets struck the town of Kupiansk on Saturday, damaging a school and two houses.",
     [ev("AirStrike", KUPIANSK, "UA", SAT, RU, "fact", "A-jets-struck")]),
    ("Market bombed", "Sudanese army warplanes bombed the main market in Nyala on Saturday, according to witnesses.",
     [ev("AirStrike", NYALA, "SD", SAT, SD, "alleged", "A-army-warplanes-bombed")]),
    ("Night of raids", "Fighter jets pounded the outskirts of Nabatieh overnight into Sunday, destroying three buildings.",
     [ev("AirStrike", NABATIEH, "LB", SUN, None, None, "A-fighter-jets-pounded")]),
    ("Truck set ablaze", "A drone dropped an explosive charge on a fuel truck in Kherson on Friday, wounding its driver.",
     [ev("DroneStrike", KHERSON, "UA", FRI, None, None, "A-drone-dropped-charge")]),
    ("Aircraft hit depot", "Russian military aircraft launched guided bombs at an industrial site in Kostiantynivka on Sunday, the local administration said.",
     [ev("AirStrike", KOSTIANTYNIVKA, "UA", SUN, RU, "alleged", "A-aircraft-launched-bombs")]),
    ("Sonic booms", "Israeli warplanes broke the sound barrier over Nabatieh on Sunday, rattling windows across the town.", []),
    ("Patrol flights", "Russian jets flew patrols over the Kursk region on Saturday, the defence ministry said.", []),
    # B: the agent in a participle or a relative
    ("Shells on Nikopol", "Shells fired by Russian forces fell on a residential area of Nikopol on Saturday, wounding three people.",
     [ev("Shelling", NIKOPOL, "UA", SAT, RU, "fact", "B-shells-fired-by")]),
    ("Car hit near Qusayr", "A drone strike attributed to Israel hit a car near Qusayr on Sunday, killing two men.",
     [ev("DroneStrike", QUSAYR, "SY", SUN, IL, "alleged", "B-attributed-to")]),
    ("Bus station attacked", "The shelling of a bus station in Horlivka on Saturday, which local officials blamed on Ukrainian forces, killed two people.",
     [ev("Shelling", HORLIVKA, "UA", SAT, UA, "alleged", "B-relative-blamed-on")]),
    ("Depot in flames", "A drone that the Russian defence ministry said was launched by Ukraine hit an oil depot in Bryansk on Friday.",
     [ev("DroneStrike", BRYANSK, "RU", FRI, UA, "alleged", "B-said-was-launched-by")]),
    ("Rockets on Metula", "Rockets fired by Hezbollah slammed into the town of Metula on Sunday, setting two houses on fire.",
     [ev("Shelling", METULA, "IL", SUN, HEZBOLLAH, "fact", "B-rockets-fired-by")]),
    ("Blame for the blast", "An explosion at a market in Kramatorsk on Saturday was blamed on a Russian missile by the city's mayor.",
     [ev("MissileStrike", KRAMATORSK, "UA", SAT, RU, "alleged", "B-blamed-on-weapon")]),
    # C: ground attacks by armed men
    ("Market attacked", "Armed men attacked a market in Djibo on Sunday, killing nine people.",
     [ev("Attack", DJIBO, "BF", SUN, None, None, "C-armed-men-attacked")]),
    ("Town stormed", "Fighters of the Rapid Support Forces stormed the town of Sennar on Saturday, looting shops and burning homes.",
     [ev("Attack", SENNAR, "SD", SAT, RSF, "fact", "C-fighters-stormed")]),
    ("Army post raided", "Gunmen raided an army post near Gao on Friday, killing five soldiers.",
     [ev("Attack", GAO, "ML", FRI, None, None, "C-gunmen-raided")]),
    ("Hotel siege", "Al-Shabaab militants stormed a hotel in Kismayo on Saturday, the police said.",
     [ev("Attack", KISMAYO, "SO", SAT, SHABAAB, "alleged", "C-militants-stormed")]),
    ("Newsroom searched", "Police raided the offices of an opposition newspaper in Gao on Friday and seized computers.", []),
    ("Protest turns rowdy", "Protesters stormed the town hall in Djibo on Sunday to demand better security.", []),
    # D: two attacks in one sentence
    ("Two cities hit", "Russian drones hit Sumy on Saturday, and on Sunday morning a missile struck a warehouse in Kharkiv's Kyivskyi district, the air force said.",
     [ev("DroneStrike", SUMY, "UA", SAT, RU, "alleged", "D-two-attacks-first"),
      ev("MissileStrike", KHARKIV, "UA", SUN, None, None, "D-two-attacks-second")]),
    ("Two strikes in Lebanon", "Israeli jets struck Baalbek on Friday, and on Saturday a drone hit a car in Tyre.",
     [ev("AirStrike", BAALBEK, "LB", FRI, IL, "fact", "D-two-attacks-first"),
      ev("DroneStrike", TYRE, "LB", SAT, None, None, "D-two-attacks-second")]),
    ("Weekend of attacks", "Drones struck Zaporizhzhia on Friday night, and on Saturday artillery shelled Nikopol, officials said.",
     [ev("DroneStrike", ZAPORIZHZHIA, "UA", FRI, None, None, "D-two-attacks-first"),
      ev("Shelling", NIKOPOL, "UA", SAT, None, None, "D-two-attacks-second")]),
]

FR = [
    # A
    ("Raids sur Nabatiyé", "Des avions de combat israéliens ont mené dimanche plusieurs raids sur la ville de Nabatiyé, dans le sud du Liban.",
     [ev("AirStrike", NABATIEH, "LB", SUN, IL, "fact", "A-avions-ont-mene-des-raids")]),
    ("Camion en feu", "Un drone a largué samedi une charge explosive sur un camion à Kherson, blessant son chauffeur.",
     [ev("DroneStrike", KHERSON, "UA", SAT, None, None, "A-drone-a-largue")]),
    ("École touchée", "Des chasseurs russes ont bombardé vendredi la ville de Kostiantynivka, endommageant une école.",
     [ev("AirStrike", KOSTIANTYNIVKA, "UA", FRI, RU, "fact", "A-chasseurs-ont-bombarde")]),
    ("Marché bombardé", "Des avions de l'armée soudanaise ont bombardé samedi le marché principal de Nyala, selon des témoins.",
     [ev("AirStrike", NYALA, "SD", SAT, SD, "alleged", "A-avions-de-l-armee")]),
    ("Nuit de frappes", "Des avions de guerre ont pilonné dans la nuit de samedi à dimanche les faubourgs de Khan Younès, détruisant trois immeubles.",
     [ev("AirStrike", KHAN_YOUNIS, "PS", SUN, None, None, "A-avions-ont-pilonne")]),
    ("Site industriel", "L'aviation russe a largué dimanche des bombes guidées sur un site industriel de Koupiansk, a indiqué l'administration locale.",
     [ev("AirStrike", KUPIANSK, "UA", SUN, RU, "alleged", "A-aviation-a-largue-bombes")]),
    ("Mur du son", "Des avions de combat israéliens ont franchi dimanche le mur du son au-dessus de Nabatiyé, faisant trembler les vitres.", []),
    ("Patrouilles", "Des chasseurs russes ont effectué samedi des patrouilles au-dessus de la région de Koursk, a indiqué le ministère de la Défense.", []),
    # B
    ("Obus sur Nikopol", "Des obus tirés par les forces russes sont tombés samedi sur un quartier résidentiel de Nikopol, blessant trois personnes.",
     [ev("Shelling", NIKOPOL, "UA", SAT, RU, "fact", "B-obus-tires-par")]),
    ("Voiture visée", "Une frappe de drone attribuée à Israël a touché dimanche une voiture près de Homs, tuant deux hommes.",
     [ev("DroneStrike", QUSAYR, "SY", SUN, IL, "alleged", "B-attribuee-a")]),
    ("Gare routière", "Le bombardement samedi de la gare routière de Horlivka, que les autorités locales ont imputé aux forces ukrainiennes, a fait deux morts.",
     [ev("Shelling", HORLIVKA, "UA", SAT, UA, "alleged", "B-relative-impute-a")]),
    ("Dépôt en feu", "Un drone qui, selon le ministère russe de la Défense, avait été lancé par l'Ukraine a touché vendredi un dépôt pétrolier à Briansk.",
     [ev("DroneStrike", BRYANSK, "RU", FRI, UA, "alleged", "B-selon-lance-par")]),
    ("Roquettes sur Metoula", "Des roquettes tirées par le Hezbollah se sont abattues dimanche sur la ville de Metoula, incendiant deux maisons.",
     [ev("Shelling", METULA, "IL", SUN, HEZBOLLAH, "fact", "B-roquettes-tirees-par")]),
    ("Camp visé", "Un camp militaire a été attaqué samedi près de Gao, selon des sources sécuritaires qui accusent les jihadistes de l'État islamique.",
     [ev("Attack", GAO, "ML", SAT, ["État islamique", "Islamic State", "EI", "IS", "ISIS", "Daech"], "alleged", "B-sources-qui-accusent")]),
    # C
    ("Marché attaqué", "Des hommes armés ont pris d'assaut dimanche un marché de Djibo, tuant neuf personnes.",
     [ev("Attack", DJIBO, "BF", SUN, None, None, "C-hommes-armes-pris-d-assaut")]),
    ("Sennar attaquée", "Des combattants des Forces de soutien rapide ont attaqué samedi la ville de Sennar, pillant des commerces.",
     [ev("Attack", SENNAR, "SD", SAT, RSF, "fact", "C-combattants-ont-attaque")]),
    ("Hôtel pris d'assaut", "Des shebab ont pris d'assaut samedi un hôtel de Kismayo, a indiqué la police.",
     [ev("Attack", KISMAYO, "SO", SAT, SHABAAB, "alleged", "C-shebab-pris-d-assaut")]),
    ("Poste attaqué", "Des assaillants ont attaqué vendredi un poste de l'armée près de Gao, tuant cinq soldats.",
     [ev("Attack", GAO, "ML", FRI, None, None, "C-assaillants-ont-attaque")]),
    ("Perquisition", "La police a perquisitionné vendredi les locaux d'un journal d'opposition à Gao.", []),
    ("Mairie envahie", "Des manifestants ont pris d'assaut dimanche la mairie de Djibo pour réclamer plus de sécurité.", []),
    # D
    ("Deux villes touchées", "Des drones russes ont frappé Soumy samedi, et dimanche matin un missile a touché un entrepôt à Kharkiv, a indiqué l'armée de l'air.",
     [ev("DroneStrike", SUMY, "UA", SAT, RU, "alleged", "D-two-attacks-first"),
      ev("MissileStrike", KHARKIV, "UA", SUN, None, None, "D-two-attacks-second")]),
    ("Deux frappes au Liban", "Des avions israéliens ont bombardé Baalbek vendredi, et samedi un drone a visé une voiture à Tyr.",
     [ev("AirStrike", BAALBEK, "LB", FRI, IL, "fact", "D-two-attacks-first"),
      ev("DroneStrike", TYRE, "LB", SAT, None, None, "D-two-attacks-second")]),
    ("Week-end d'attaques", "Des drones ont frappé Zaporijia vendredi soir, puis samedi l'artillerie a pilonné Nikopol, selon les autorités.",
     [ev("DroneStrike", ZAPORIZHZHIA, "UA", FRI, None, None, "D-two-attacks-first"),
      ev("Shelling", NIKOPOL, "UA", SAT, None, None, "D-two-attacks-second")]),
]


# Second batch, written after the first fixes in other wordings, measured before any further change.
EN2 = [
    ("Depot attacked", "Ukrainian drones attacked an oil depot in the town of Yelets on Saturday, the regional governor said.",
     [ev("DroneStrike", YELETS, "RU", SAT, UA, "alleged", "A-drones-attacked-said")]),
    ("Barrel bombs", "Syrian government helicopters dropped barrel bombs on the outskirts of Idlib on Friday.",
     [ev("AirStrike", IDLIB, "SY", FRI, SY, "fact", "A-helicopters-dropped")]),
    ("Glide bombs", "A Russian Su-34 bomber dropped two glide bombs on Kostiantynivka on Sunday.",
     [ev("AirStrike", KOSTIANTYNIVKA, "UA", SUN, RU, "fact", "A-bomber-dropped")]),
    ("Wave of raids", "Israeli fighter jets launched a wave of raids on Baalbek on Saturday.",
     [ev("AirStrike", BAALBEK, "LB", SAT, IL, "fact", "A-jets-launched-raids")]),
    ("Port of Izmail", "Missiles launched by Russian forces struck the port of Izmail on Saturday.",
     [ev("MissileStrike", IZMAIL, "UA", SAT, RU, "fact", "B-missiles-launched-by")]),
    ("Power plant", "Drones that Kyiv said were launched by Russia hit a power plant in Sumy on Friday.",
     [ev("DroneStrike", SUMY, "UA", FRI, RU, "alleged", "B-kyiv-said-were-launched-by")]),
    ("Car near Tyre", "An air strike blamed on Israel killed three people in a car near Tyre on Sunday.",
     [ev("AirStrike", TYRE, "LB", SUN, IL, "alleged", "B-blamed-on")]),
    ("Market in Omdurman", "A drone attack on a market in Omdurman on Saturday, attributed to the RSF by the army, killed five people.",
     [ev("DroneStrike", OMDURMAN, "SD", SAT, RSF, "alleged", "B-attributed-to-by")]),
    ("Village attacked", "Armed men on motorcycles attacked a village near Tillaberi on Saturday, killing 12 civilians.",
     [ev("Attack", TILLABERI, "NE", SAT, None, None, "C-armed-men-on-motorcycles")]),
    ("Camp stormed", "Jihadist fighters stormed a military camp near Djibo on Sunday.",
     [ev("Attack", DJIBO, "BF", SUN, None, None, "C-jihadist-fighters-stormed")]),
    ("Police station raided", "Insurgents raided a police station in Mocimboa da Praia on Friday.",
     [ev("Attack", MOCIMBOA, "MZ", FRI, None, None, "C-insurgents-raided")]),
    ("Pitch invasion", "Fans stormed the pitch in Gao after the final on Sunday.", []),
    ("Odesa then Kharkiv", "A missile struck Odesa on Thursday, and on Friday night Russian drones hit a substation in Kharkiv.",
     [ev("MissileStrike", ODESA, "UA", THU, None, None, "D-two-attacks-first"),
      ev("DroneStrike", ["Kharkiv", "Kharkov"], "UA", FRI, RU, "fact", "D-two-attacks-second")]),
    ("South Lebanon", "Israeli jets bombed Nabatieh on Saturday while a drone struck a motorbike in Bint Jbeil on Sunday, Lebanese state media reported.",
     [ev("AirStrike", NABATIEH, "LB", SAT, IL, "alleged", "D-two-attacks-first"),
      ev("DroneStrike", BINT_JBEIL, "LB", SUN, None, None, "D-two-attacks-second")]),
]

FR2 = [
    ("Dépôt attaqué", "Des drones ukrainiens ont attaqué samedi un dépôt pétrolier à Ielets, a indiqué le gouverneur régional.",
     [ev("DroneStrike", YELETS, "RU", SAT, UA, "alleged", "A-drones-ont-attaque-a-indique")]),
    ("Bombes planantes", "Un bombardier russe Su-34 a largué dimanche deux bombes planantes sur Kostiantynivka.",
     [ev("AirStrike", KOSTIANTYNIVKA, "UA", SUN, RU, "fact", "A-bombardier-a-largue")]),
    ("Barils d'explosifs", "Des hélicoptères de l'armée syrienne ont largué vendredi des barils d'explosifs sur la périphérie d'Idleb.",
     [ev("AirStrike", IDLIB, "SY", FRI, SY, "fact", "A-helicopteres-de-l-armee")]),
    ("Série de frappes", "L'aviation israélienne a effectué samedi une série de frappes sur Baalbek.",
     [ev("AirStrike", BAALBEK, "LB", SAT, IL, "fact", "A-aviation-a-effectue-frappes")]),
    ("Port d'Izmaïl", "Des missiles tirés par les forces russes ont frappé samedi le port d'Izmaïl.",
     [ev("MissileStrike", IZMAIL, "UA", SAT, RU, "fact", "B-missiles-tires-par")]),
    ("Voiture près de Tyr", "Une frappe aérienne imputée à Israël a tué dimanche trois personnes dans une voiture près de Tyr.",
     [ev("AirStrike", TYRE, "LB", SUN, IL, "alleged", "B-imputee-a")]),
    ("Marché d'Omdourman", "Une attaque de drone contre un marché d'Omdourman samedi, attribuée aux FSR par l'armée, a fait cinq morts.",
     [ev("DroneStrike", OMDURMAN, "SD", SAT, RSF, "alleged", "B-attribuee-aux-par")]),
    ("Camp de déplacés", "Des obus de mortier, tirés selon l'armée par les FSR, sont tombés dimanche sur un camp de déplacés près d'El-Facher.",
     [ev("Shelling", EL_FASHER, "SD", SUN, RSF, "alleged", "B-tires-selon-par")]),
    ("Village attaqué", "Des hommes armés à moto ont attaqué samedi un village près de Tillabéri, tuant douze civils.",
     [ev("Attack", TILLABERI, "NE", SAT, None, None, "C-hommes-armes-a-moto")]),
    ("Camp pris d'assaut", "Des jihadistes ont pris d'assaut dimanche un camp militaire près de Djibo.",
     [ev("Attack", DJIBO, "BF", SUN, None, None, "C-jihadistes-pris-d-assaut")]),
    ("Commissariat attaqué", "Des insurgés ont attaqué vendredi un commissariat de Mocímboa da Praia.",
     [ev("Attack", MOCIMBOA, "MZ", FRI, None, None, "C-insurges-ont-attaque")]),
    ("Pelouse envahie", "Des supporters ont pris d'assaut dimanche la pelouse du stade de Gao après la finale.", []),
    ("Odessa puis Kharkiv", "Un missile a frappé Odessa jeudi, puis vendredi soir des drones russes ont touché une sous-station à Kharkiv.",
     [ev("MissileStrike", ODESA, "UA", THU, None, None, "D-two-attacks-first"),
      ev("DroneStrike", ["Kharkiv", "Kharkov"], "UA", FRI, RU, "fact", "D-two-attacks-second")]),
    ("Sud-Liban", "Des avions israéliens ont bombardé Nabatiyé samedi, tandis qu'un drone a visé dimanche une moto à Bint Jbeil, selon les médias officiels libanais.",
     [ev("AirStrike", NABATIEH, "LB", SAT, IL, "alleged", "D-two-attacks-first"),
      ev("DroneStrike", BINT_JBEIL, "LB", SUN, None, None, "D-two-attacks-second")]),
]


def write(lang: str, rows) -> None:
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for n, (title, text, events) in enumerate(rows, 1):
            rec = {"id": f"ev6-{lang}-{n:03d}", "language": lang, "published": PUB, "title": title, "text": text,
                   "events": events}
            if not events:
                rec["note"] = "negative: no specific attack"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("en", EN + EN2)
    write("fr", FR + FR2)
