# Writes en.jsonl: 15 English casualty passages (blind6). Run from this folder.
import json
P = []
def p(i, pub, title, text, cas, note=None):
    d = {"id": "cas6b-en-%03d" % i, "language": "en", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["casualties"] = cas; P.append(d)
def c(kind, n, bound, src, place, pat, note=None):
    d = {"kind": kind, "count": n, "bound": bound, "source": src, "place": place, "pattern": pat}
    if note: d["note"] = note
    return d
A = "article"
KRY = ["Kryvyi Rih", "Kryvyï Rih", "Krivoy Rog", "Кривий Ріг"]
p(1, "2025-02-14", "Missile hits Kryvyi Rih",
  "A Russian ballistic missile slammed into a five-storey building in Kryvyi Rih on Thursday evening, killing four people, among them a 12-year-old boy, and injuring at least 17, said Yurii Borodai, the deputy head of the city's defence council.",
  [c("killed", 4, "Exact", ["Yurii Borodai", "Borodai", "Yuriy Boroday"], KRY, "participle-killing-among-them"),
   c("injured", 17, "AtLeast", ["Yurii Borodai", "Borodai", "Yuriy Boroday"], KRY, "participle-injuring-at-least")],
  note="invented deputy. 'a 12-year-old' is an age, 'among them' a part")
p(2, "2024-11-08", "Toll rises in Odesa",
  "ODESA, Nov 8 - The death toll from Wednesday's drone attack on a residential block in Odesa rose to nine on Friday, the regional governor's office said, after rescuers recovered two more bodies. Earlier, officials had reported seven dead and 21 wounded.",
  [c("killed", 9, "Exact", ["Odesa regional administration", "Odesa regional military administration", "Odesa governor", "administration régionale d'Odessa"], ["Odesa", "Odessa", "Одеса"], "toll-rose-to"),
   c("killed", 7, "Exact", ["UA", "Ukrainian officials", "officials"], ["Odesa", "Odessa", "Одеса"], "earlier-officials-reported", "'officials' in an article about Odesa: Ukraine's officials"),
   c("injured", 21, "Exact", ["UA", "Ukrainian officials", "officials"], ["Odesa", "Odessa", "Одеса"], "earlier-officials-reported-coordinated")],
  note="'two more bodies' is no toll")
p(3, "2025-04-03", "Gaza: strike on tents",
  "An Israeli strike on a tent camp in al-Mawasi killed between 15 and 20 people overnight, according to the civil defence agency in the Hamas-run territory. The Israeli army said it had targeted militants.",
  [c("killed", 15, "AtLeast", ["Gaza civil defence", "civil defence agency", "défense civile de Gaza"], ["al-Mawasi", "Mawasi", "Khan Younis", "Gaza Strip"], "range-low"),
   c("killed", 20, "AtMost", ["Gaza civil defence", "civil defence agency", "défense civile de Gaza"], ["al-Mawasi", "Mawasi", "Khan Younis", "Gaza Strip"], "range-high")])
p(4, "2024-07-17", "Belgorod: no casualties",
  "A Ukrainian drone crashed into the roof of a garage in Belgorod on Tuesday night, causing no casualties, the regional governor said. Two cars were damaged.",
  [c("killed", 0, "Exact", ["Belgorod governor", "Belgorod regional governor", "governor of the Belgorod region", "Belgorod regional administration", "gouverneur de la région de Belgorod"], ["Belgorod", "Белгород"], "no-casualties-killed"),
   c("injured", 0, "Exact", ["Belgorod governor", "Belgorod regional governor", "governor of the Belgorod region", "Belgorod regional administration", "gouverneur de la région de Belgorod"], ["Belgorod", "Белгород"], "no-casualties-injured")])
p(5, "2025-01-20", "Sudan market attack",
  "Shelling by the RSF on a crowded market in Omdurman on Sunday left about 30 people dead, a local volunteer group said. Hospital staff later told reporters that more than 70 wounded had been brought in, some of them children.",
  [c("killed", 30, "Approximate", ["volunteer group", "local volunteer group", "emergency response room"], ["Omdurman", "أم درمان", "Oumdourman", "Khartoum"], "left-about-dead"),
   c("injured", 70, "MoreThan", ["hospital staff", "Hospital staff"], ["Omdurman", "أم درمان", "Oumdourman", "Khartoum"], "more-than-wounded-brought-in", "collective source: hospital staff")])
p(6, "2024-09-10", "Lebanon: strike on car",
  "An Israeli drone struck a car in the southern town of Bint Jbeil on Monday, killing its driver and wounding two passers-by, Lebanon's health ministry said. A similar strike in the same town in March 2024 had killed three people.",
  [c("killed", 1, "Exact", ["Lebanese Ministry of Public Health", "Lebanon's health ministry", "ministère libanais de la Santé"], ["Bint Jbeil", "Bint Jbeïl"], "killing-its-driver-one"),
   c("injured", 2, "Exact", ["Lebanese Ministry of Public Health", "Lebanon's health ministry", "ministère libanais de la Santé"], ["Bint Jbeil", "Bint Jbeïl"], "wounding-two")],
  note="past attack's toll (March 2024) is no figure")
p(7, "2025-05-15", "Dnipro evening update",
  "The number of people injured in Wednesday's missile attack on Dnipro has risen to 34, the head of the regional military administration, Serhii Marchuk, said on Thursday morning. By evening, the State Emergency Service put the number of dead at six.",
  [c("injured", 34, "Exact", ["Serhii Marchuk", "Marchuk", "Serhiy Marchuk", "Сергій Марчук"], ["Dnipro", "Dnipropetrovsk Oblast"], "number-injured-risen-to", "invented head of administration"),
   c("killed", 6, "Exact", ["State Emergency Service of Ukraine", "State Emergency Service", "SES", "DSNS", "Service d'urgence de l'État ukrainien"], ["Dnipro", "Dnipropetrovsk Oblast"], "put-number-of-dead-at")])
p(8, "2024-12-06", "Dozens hurt claim",
  "Dozens of people were hurt when debris from a downed missile fell on a market in Kyiv's Obolon district, witnesses said. Officials later gave no figures.",
  [], note="'dozens' is no figure; negated figures")
p(9, "2025-03-26", "Myanmar airstrike",
  "A military air strike on a school in Sagaing region killed 11 students and injured a teacher on Tuesday, the shadow National Unity Government said, while the junta said it had hit a rebel training camp and that no civilians were harmed.",
  [c("killed", 11, "Exact", ["National Unity Government", "NUG", "gouvernement d'unité nationale"], ["Sagaing Region", "Sagaing", "région de Sagaing"], "killed-n-students"),
   c("injured", 1, "Exact", ["National Unity Government", "NUG", "gouvernement d'unité nationale"], ["Sagaing Region", "Sagaing", "région de Sagaing"], "injured-a-teacher-one", "a teacher: one"),
   c("injured", 0, "Exact", ["Myanmar junta", "junta", "Myanmar military", "junte"], ["Sagaing Region", "Sagaing", "région de Sagaing"], "no-civilians-harmed", "'no civilians were harmed': 0 injured")])
p(10, "2024-08-30", "Houthi drone on Eilat",
  "A drone launched from Yemen hit a hotel car park in Eilat early on Thursday. Magen David Adom said paramedics treated a 34-year-old man for light shrapnel wounds and three others for cuts from falling glass.",
  [c("injured", 1, "Exact", ["Magen David Adom", "MDA"], ["Eilat", "Eilat", "אילת"], "a-34-year-old-man-one", "age is no figure; the man is one injured"),
   c("injured", 3, "Exact", ["Magen David Adom", "MDA"], ["Eilat", "אילת"], "three-others-for-cuts")])
p(11, "2025-06-03", "Somalia: car bomb",
  "A car bomb exploded outside a restaurant in Mogadishu on Monday night, killing at least seven people and wounding some 20, police spokesman Abdullahi Nur told reporters. Al-Shabaab claimed the attack, saying 15 \"government soldiers\" had been killed.",
  [c("killed", 7, "AtLeast", ["Abdullahi Nur", "Nur"], ["Mogadishu", "Muqdisho"], "killing-at-least"),
   c("injured", 20, "Approximate", ["Abdullahi Nur", "Nur"], ["Mogadishu", "Muqdisho"], "wounding-some"),
   c("killed", 15, "Exact", ["al-Shabaab", "Al-Shabaab", "al-Chabab", "shebab"], ["Mogadishu", "Muqdisho"], "conflicting-claim-saying")])
p(12, "2024-10-22", "Kharkiv two strikes",
  "Russian glide bombs hit Kharkiv on Monday afternoon, killing two people, and a few hours later a drone struck a village near Chuhuiv, injuring a woman, the regional governor said.",
  [c("killed", 2, "Exact", ["Kharkiv regional governor", "Kharkiv governor", "Kharkiv regional military administration", "gouverneur de la région de Kharkiv"], ["Kharkiv", "Kharkov", "Харків"], "two-attacks-first"),
   c("injured", 1, "Exact", ["Kharkiv regional governor", "Kharkiv governor", "Kharkiv regional military administration", "gouverneur de la région de Kharkiv"], ["Chuhuiv", "Chuguev"], "two-attacks-a-woman")])
p(13, "2025-02-25", "Nigeria attack toll",
  "Gunmen killed 23 villagers and wounded more than a dozen others in an overnight raid on Kukawa, in Borno state, residents told AFP on Monday.",
  [c("killed", 23, "Exact", ["residents", "villagers"], ["Kukawa", "Borno", "Borno State"], "residents-told-afp"),
   c("injured", 12, "MoreThan", ["residents", "villagers"], ["Kukawa", "Borno", "Borno State"], "more-than-a-dozen")])
p(14, "2024-06-18", "Goma camp toll",
  "The shelling of a displacement camp near Goma on Monday killed at least nine people, including four children, according to a local civil society group. A UN official in Kinshasa put the toll at 12.",
  [c("killed", 9, "AtLeast", ["civil society group", "local civil society group"], ["Goma", "Nord-Kivu", "North Kivu"], "including-children-part"),
   c("killed", 12, "Exact", ["United Nations", "UN", "ONU", "Nations unies"], ["Goma", "Nord-Kivu", "North Kivu"], "put-the-toll-at")])
p(15, "2025-04-28", "Haiti: cumulative",
  "More than 5,000 people have been killed in gang violence in Haiti since the start of the year, according to the United Nations, which also counted 40 schools closed in the capital.",
  [], note="cumulative toll since the start of the year: no figure")
with open("en.jsonl", "w", encoding="utf-8") as f:
    for d in P: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(len(d["casualties"]) for d in P))
