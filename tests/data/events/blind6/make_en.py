# Writes en.jsonl: 20 English attack-event passages (blind6). Run from this folder.
import json, datetime as dt
P = []
DAYS = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
def wd(pub, day, back=0):
    """most recent `day` on or before pub (same day if pub is it), minus `back` days"""
    d = dt.date.fromisoformat(pub)
    while d.weekday() != DAYS.index(day): d -= dt.timedelta(days=1)
    return (d - dt.timedelta(days=back)).isoformat()
def prev(pub, n=1): return (dt.date.fromisoformat(pub) - dt.timedelta(days=n)).isoformat()
def p(i, pub, title, text, ev, note=None):
    d = {"id": "ev6b-en-%03d" % i, "language": "en", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["events"] = ev; P.append(d)
def e(t, place, cc, date, perp, status, pat, note=None):
    d = {"type": t, "place": place, "country": cc, "date": date, "perpetrator": perp, "perpetrator_status": status, "pattern": pat}
    if note: d["note"] = note
    return d
RSF = ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "FSR"]
HEZ = ["Hezbollah", "Hizbollah", "Hizballah"]
HOU = ["Houthis", "Houthi", "Ansar Allah", "houthis"]

pub = "2025-02-12"  # Wednesday
p(1, pub, "Drones set fire to Saratov refinery",
  "SARATOV, Russia, Feb 12 - Ukrainian drones struck an oil refinery on the southern outskirts of Saratov overnight, starting a fire that burned until mid-morning, the regional governor said on Wednesday. Russia's defence ministry said 22 drones had been shot down over the Saratov and Volgograd regions.",
  [e("DroneStrike", ["Saratov", "Саратов", "Saratov Oblast", "Saratov region", "région de Saratov"], "RU", pub, "UA", "alleged", "overnight-said-on-weekday-refinery",
     "the interception report over two regions is the same night's attack; the Volgograd part is an interception only"),
   e("DroneStrike", ["Volgograd Oblast", "Volgograd region", "région de Volgograd", "Волгоградская область"], "RU", pub, None, None, "interception-two-regions-second",
     "'22 drones shot down over the Saratov and Volgograd regions': an attack over Volgograd region as well (the Saratov one merges with the refinery)")])

pub = "2024-11-19"  # Tuesday
p(2, pub, "Guided bombs on Zaporizhzhia",
  "Russian aircraft dropped two guided bombs on an industrial area of Zaporizhzhia late on Monday, damaging a warehouse and a transformer station, regional officials said.",
  [e("AirStrike", ["Zaporizhzhia", "Zaporijjia", "Zaporozhye", "Запоріжжя", "Zaporizhzhia Oblast", "Zaporizhzhia region"], "UA", wd(pub, "monday"), "RU", "alleged", "guided-bombs-late-on-monday-reported")])

pub = "2025-03-08"  # Saturday
p(3, pub, "Rocket fire on Kiryat Shmona",
  "BEIRUT/JERUSALEM, March 8 - Hezbollah fired a barrage of rockets at Kiryat Shmona on Friday afternoon, hitting a parking lot and a kindergarten that was empty at the time. Israel responded hours later with air strikes on what its military called Hezbollah launch sites near the southern Lebanese village of Kfar Kila.",
  [e("Shelling", ["Kiryat Shmona", "Qiryat Shemona", "Kiryat Shemona", "קריית שמונה"], "IL", wd(pub, "friday"), HEZ, "fact", "rocket-barrage-friday-fact"),
   e("AirStrike", ["Kfar Kila", "Kafr Kila", "كفركلا"], "LB", wd(pub, "friday"), "IL", "fact", "retaliation-hours-later-village")])

pub = "2024-09-04"  # Wednesday
p(4, pub, "Denied strike on Crimean airfield",
  "Pro-Ukrainian channels claimed on Tuesday that Neptune missiles had destroyed two aircraft at the Saky airfield in Crimea. The Russian-installed authorities in Crimea said no missile had reached the base and that the reports were \"fabrications\".",
  [], note="claim then denied: no event")

pub = "2025-01-27"  # Monday
p(5, pub, "Shelling in Kherson's Korabelnyi district",
  "Russian artillery shelled Kherson's Korabelnyi district on Sunday, damaging a school and several homes. The next day, drones dropped explosives on a bus stop in the same district, the city military administration said, adding that a woman was wounded.",
  [e("Shelling", ["Kherson", "Херсон", "Korabelnyi district"], "UA", wd(pub, "sunday"), "RU", "fact", "artillery-district-sunday"),
   e("DroneStrike", ["Kherson", "Херсон", "Korabelnyi district"], "UA", pub, None, None, "next-day-drones-same-district",
     "'the next day' after Sunday: Monday, the publication day; no perpetrator named for the drones")])

pub = "2024-06-20"
p(6, pub, "A year of attacks on Odesa",
  "Odesa's port has been hit repeatedly since Moscow pulled out of the grain deal in July 2023, and residents have grown used to the nightly sirens. Officials say the attacks have damaged more than 300 port facilities.",
  [], note="habitual and cumulative background: no specific attack")

pub = "2025-04-10"  # Thursday
p(7, pub, "Drone attack on Port Sudan",
  "PORT SUDAN, April 10 - Drones struck fuel storage tanks at the port of Port Sudan before dawn on Thursday, sending columns of black smoke over the Red Sea city, the army-aligned government said, blaming the RSF.",
  [e("DroneStrike", ["Port Sudan", "Bur Sudan", "بورتسودان", "Port-Soudan", "Red Sea State", "État de la mer Rouge"], "SD", pub, RSF, "alleged", "facility-with-town-blamed")])

pub = "2024-12-02"  # Monday
p(8, pub, "Houthi missile at Israel",
  "Israel's military said it intercepted a ballistic missile fired from Yemen toward central Israel early on Sunday, before it crossed into Israeli territory. Shrapnel from the interceptor fell on a road near Modiin, police said.",
  [e("MissileStrike", ["Israel", "IL", "Israël", "central Israel", "Modiin"], "IL", wd(pub, "sunday"), None, None, "interception-fired-from-yemen-no-perpetrator",
     "launch site Yemen, not a place hit and not a perpetrator; the attack targets Israel; Modiin accepted (shrapnel fell there)")])

pub = "2025-05-21"
p(9, pub, "Threat to strike Kharkiv",
  "A Russian state television host said this week that Moscow should \"wipe out\" Kharkiv's power grid before winter, and a senior lawmaker warned that strikes on Kyiv's government quarter could follow if Ukraine kept attacking Russian refineries.",
  [], note="threat and hypothetical strikes: no event")

pub = "2024-10-15"  # Tuesday
p(10, pub, "Syria: strike in Idlib",
  "Russian warplanes carried out several air raids on the outskirts of Idlib city on Monday, according to the Syrian Civil Defence, known as the White Helmets, which said a poultry farm and an olive press were hit.",
  [e("AirStrike", ["Idlib", "إدلب", "Idleb", "Idlib Governorate", "gouvernorat d'Idleb"], "SY", wd(pub, "monday"), "RU", "alleged", "according-to-final-warplanes")])

pub = "2025-06-07"  # Saturday
p(11, pub, "Missiles on Lviv",
  "LVIV, Ukraine, June 7 - Russia launched cruise missiles at Lviv in the night from Friday to Saturday, and one hit a logistics centre near the airport, the regional governor, Maksym Orlyk, said. Air defences shot down four others over the region, he added.",
  [e("MissileStrike", ["Lviv", "Lvov", "Lwów", "Львів", "Lviv Oblast", "Lviv region"], "UA", pub, "RU", "alleged", "night-from-to-ends-saturday-governor", "invented governor")])

pub = "2024-08-23"  # Friday
p(12, pub, "Air strikes near Sanaa",
  "US and British warplanes struck Houthi targets around Sanaa airport and in the port city of Hodeidah on Thursday night, the rebels' Al-Masirah television reported.",
  [e("AirStrike", ["Sanaa", "Sana'a", "صنعاء", "Sanaa airport"], "YE", wd(pub, "thursday"), ["US", "GB"], "alleged", "two-places-one-sentence-first",
     "two perpetrators; the scorer takes a code or a list of names"),
   e("AirStrike", ["Hodeidah", "Hodeida", "Hudaydah", "Hodeïda", "الحديدة"], "YE", wd(pub, "thursday"), ["US", "GB"], "alleged", "two-places-one-sentence-second")],
  note="perpetrator given as two codes; a tool that gives either counts")

pub = "2025-02-03"
p(13, pub, "Gas explosion in Donetsk",
  "An explosion tore through a residential building in central Donetsk on Sunday evening. Emergency services said a gas leak was the cause and ruled out any shelling.",
  [], note="explosion from a gas leak, shelling ruled out: no attack")

pub = "2024-07-24"  # Wednesday
p(14, pub, "Mali drone strike",
  "A Malian army drone strike hit a gathering at a wedding near the village of Djiguibombo, in the Mopti region, on Tuesday, local residents told reporters. The army said it had targeted \"terrorists\".",
  [e("DroneStrike", ["Djiguibombo", "Mopti region", "Mopti Region", "région de Mopti"], "ML", wd(pub, "tuesday"), "ML", "alleged", "state-army-drone-residents-told")])

pub = "2025-03-17"  # Monday
p(15, pub, "Belgorod: mortar fire on village",
  "The village of Zhuravlevka in the Belgorod district came under mortar fire from the Ukrainian side on Saturday, the regional governor wrote on Telegram. Two days later, on Monday, a Ukrainian drone hit a tractor in the same village.",
  [e("Shelling", ["Zhuravlevka", "Zhuravlyovka", "Журавлевка"], "RU", wd(pub, "saturday"), "UA", "alleged", "village-district-mortar-saturday"),
   e("DroneStrike", ["Zhuravlevka", "Zhuravlyovka", "Журавлевка"], "RU", pub, "UA", "fact", "two-days-later-same-village")])

pub = "2024-05-14"
p(16, pub, "Read also",
  "READ ALSO: Russian missile strike on Kharkiv printing house kills seven",
  [], note="teaser: no event")

pub = "2025-05-02"  # Friday
p(17, pub, "Somalia: mortar rounds on Mogadishu",
  "Several mortar rounds landed near the international airport in Mogadishu on Thursday evening, wounding two workers, police said. Al-Shabaab claimed the attack hours later.",
  [e("Shelling", ["Mogadishu", "Muqdisho", "Mogadiscio", "Aden Adde International Airport", "Banadir"], "SO", wd(pub, "thursday"), ["al-Shabaab", "Al-Shabaab", "al-Chabab", "shebab"], "alleged", "mortar-claimed-later")])

pub = "2024-11-04"  # Monday
p(18, pub, "Myanmar: junta raid",
  "Myanmar junta jets bombed a market in Lashio, in northern Shan state, on Sunday morning, killing traders, a resistance spokesman said. A day earlier, artillery fire had hit a monastery in the town of Hsipaw.",
  [e("AirStrike", ["Lashio", "လားရှိုး"], "MM", wd(pub, "sunday"), ["Myanmar junta", "junta", "Tatmadaw", "Myanmar military", "junte", "MM"], "alleged", "jets-bombed-market-said"),
   e("Shelling", ["Hsipaw", "သီပေါ"], "MM", wd(pub, "saturday"), None, None, "a-day-earlier-no-perpetrator", "'A day earlier' than Sunday: Saturday")],
  note="two attacks in Shan State: the region is listed for neither (dev convention)")

pub = "2025-01-09"
p(19, pub, "Future campaign",
  "Israel's military said it would keep striking Hezbollah targets \"wherever they are\" in Lebanon, and that it was preparing for several more weeks of operations.",
  [], note="future and general policy: no event")

pub = "2024-09-30"  # Monday
p(20, pub, "Pakistan: attack on checkpoint",
  "PESHAWAR, Pakistan, Sept 30 - Gunmen attacked a police checkpoint in the Lakki Marwat district of Khyber Pakhtunkhwa late on Sunday, police said. The Pakistani Taliban claimed responsibility.",
  [e("Attack", ["Lakki Marwat", "Lakki Marwat district", "Khyber Pakhtunkhwa", "لکی مروت"], "PK", wd(pub, "sunday"), ["Pakistani Taliban", "TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "talibans pakistanais"], "alleged", "gunmen-claim-unknown-means")])

with open("en.jsonl", "w", encoding="utf-8") as f:
    for d in P: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(1 for d in P if not d["events"]), sum(len(d["events"]) for d in P))
