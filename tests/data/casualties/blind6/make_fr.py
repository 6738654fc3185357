# Writes fr.jsonl: 15 French casualty passages (blind6). Run from this folder.
import json
P = []
N = "\u00a0"
def p(i, pub, title, text, cas, note=None):
    d = {"id": "cas6b-fr-%03d" % i, "language": "fr", "published": pub, "title": title, "text": text}
    if note: d["note"] = note
    d["casualties"] = cas; P.append(d)
def c(kind, n, bound, src, place, pat, note=None):
    d = {"kind": kind, "count": n, "bound": bound, "source": src, "place": place, "pattern": pat}
    if note: d["note"] = note
    return d
A = "article"
p(1, "2025-02-14", "Zaporijjia : bilan",
  "Une frappe de missile russe sur un immeuble de Zaporijjia a fait jeudi soir cinq morts et une trentaine de blessés, a annoncé le chef de l'administration militaire régionale, sans préciser le nombre d'enfants parmi les victimes.",
  [c("killed", 5, "Exact", ["administration militaire régionale de Zaporijjia", "Zaporizhzhia regional military administration", "chef de l'administration militaire régionale"], ["Zaporijjia", "Zaporizhzhia"], "a-fait-n-morts"),
   c("injured", 30, "Approximate", ["administration militaire régionale de Zaporijjia", "Zaporizhzhia regional military administration", "chef de l'administration militaire régionale"], ["Zaporijjia", "Zaporizhzhia"], "une-trentaine-de-blesses")])
p(2, "2024-11-08", "Kherson : le bilan s'alourdit",
  "Le bilan de l'attaque de drones de mercredi sur un arrêt de bus de Kherson est passé à quatre morts vendredi, selon le parquet régional. Mercredi soir, les autorités locales faisaient état de deux morts et de onze blessés.",
  [c("killed", 4, "Exact", ["parquet régional de Kherson", "parquet régional", "Kherson regional prosecutor's office"], ["Kherson", "Херсон"], "bilan-passe-a"),
   c("killed", 2, "Exact", ["autorités locales", "UA", "autorités ukrainiennes"], ["Kherson", "Херсон"], "faisaient-etat-de-imparfait"),
   c("injured", 11, "Exact", ["autorités locales", "UA", "autorités ukrainiennes"], ["Kherson", "Херсон"], "et-de-onze-blesses")])
p(3, "2025-04-03", "Gaza : une école frappée",
  "Au moins 27 personnes, dont 14 enfants, ont été tuées dans une frappe israélienne sur une école transformée en abri à Jabaliya, a indiqué jeudi la défense civile de Gaza. Une centaine d'autres ont été blessées, selon la même source.",
  [c("killed", 27, "AtLeast", ["défense civile de Gaza", "Gaza civil defence", "civil defence agency"], ["Jabaliya", "Jabalia", "bande de Gaza", "Gaza Strip"], "au-moins-dont-enfants"),
   c("injured", 100, "Approximate", ["défense civile de Gaza", "Gaza civil defence", "civil defence agency"], ["Jabaliya", "Jabalia", "bande de Gaza", "Gaza Strip"], "une-centaine-selon-la-meme-source")])
p(4, "2024-07-17", "Briansk : aucun blessé",
  "Un drone ukrainien s'est écrasé mardi sur un entrepôt de Briansk sans faire de victimes, a indiqué le gouverneur. Il n'y a eu «\u00a0aucun blessé\u00a0» parmi les gardiens, a-t-il insisté.",
  [c("killed", 0, "Exact", ["gouverneur de la région de Briansk", "Bryansk governor", "administration régionale de Briansk", "Bryansk regional administration"], ["Briansk", "Bryansk", "Брянск"], "sans-faire-de-victimes-killed"),
   c("injured", 0, "Exact", ["gouverneur de la région de Briansk", "Bryansk governor", "administration régionale de Briansk", "Bryansk regional administration"], ["Briansk", "Bryansk", "Брянск"], "sans-faire-de-victimes-injured"),
   c("injured", 0, "Exact", ["gouverneur de la région de Briansk", "Bryansk governor", "administration régionale de Briansk", "Bryansk regional administration"], ["Briansk", "Bryansk", "Брянск"], "aucun-blesse-citation")],
  note="« sans faire de victimes » : deux figures ; « aucun blessé » répète une figure : trois figures écrites")
p(5, "2025-01-20", "Soudan : El-Fasher",
  "Les bombardements des FSR sur El-Fasher ont tué dimanche entre huit et douze civils, selon des sources médicales. L'armée soudanaise a pour sa part avancé le chiffre de 20 morts.",
  [c("killed", 8, "AtLeast", ["sources médicales", "medical sources"], ["El-Fasher", "El Fasher", "al-Fashir", "الفاشر"], "entre-et-bas"),
   c("killed", 12, "AtMost", ["sources médicales", "medical sources"], ["El-Fasher", "El Fasher", "al-Fashir", "الفاشر"], "entre-et-haut"),
   c("killed", 20, "Exact", ["armée soudanaise", "Sudanese army", "Sudanese Armed Forces", "SD"], ["El-Fasher", "El Fasher", "al-Fashir", "الفاشر"], "avance-le-chiffre-de")])
p(6, "2024-09-10", "Liban : frappe sur Nabatiyé",
  "Une frappe israélienne sur un immeuble de Nabatiyé a coûté la vie à trois secouristes lundi, a annoncé le ministère libanais de la Santé. Il y a deux mois, une frappe au même endroit avait tué six personnes.",
  [c("killed", 3, "Exact", ["ministère libanais de la Santé", "Lebanese Ministry of Public Health", "Lebanon's health ministry"], ["Nabatiyé", "Nabatieh", "النبطية"], "a-coute-la-vie-a")],
  note="frappe passée (il y a deux mois) : pas de figure")
p(7, "2025-05-15", "Dnipro : bilan",
  "Deux missiles ont frappé Dnipro mercredi, tuant le gardien d'une usine et blessant sept ouvriers, a indiqué jeudi le service d'urgence de l'État. Le nombre de blessés était passé à neuf dans la soirée, selon le maire.",
  [c("killed", 1, "Exact", ["Service d'urgence de l'État ukrainien", "service d'urgence de l'État", "State Emergency Service of Ukraine", "SES", "DSNS"], ["Dnipro", "Dnipropetrovsk"], "tuant-le-gardien"),
   c("injured", 7, "Exact", ["Service d'urgence de l'État ukrainien", "service d'urgence de l'État", "State Emergency Service of Ukraine", "SES", "DSNS"], ["Dnipro", "Dnipropetrovsk"], "blessant-n-ouvriers"),
   c("injured", 9, "Exact", ["maire de Dnipro", "mairie de Dnipro", "Dnipro mayor", "maire"], ["Dnipro", "Dnipropetrovsk"], "nombre-de-blesses-passe-a")])
p(8, "2024-12-06", "Des dizaines de victimes",
  "L'attaque a fait des dizaines de victimes à Pokrovsk, selon des témoins, mais les autorités n'ont pas donné de bilan. Quarante vaches ont péri dans l'incendie d'une ferme voisine.",
  [], note="« des dizaines », « victimes », animaux : aucune figure")
p(9, "2025-03-26", "Birmanie : frappe sur un monastère",
  "Un raid aérien de la junte sur un monastère de la région de Magway a fait 16 morts mardi, dont deux moines, a affirmé un groupe de résistance, qui parle aussi de plus de vingt blessés. Selon la junte, seuls «\u00a0des combattants\u00a0» ont été visés.",
  [c("killed", 16, "Exact", ["groupe de résistance", "resistance group"], ["Magway", "région de Magway", "Magway Region"], "a-fait-morts-dont"),
   c("injured", 20, "MoreThan", ["groupe de résistance", "resistance group"], ["Magway", "région de Magway", "Magway Region"], "parle-de-plus-de")])
p(10, "2024-08-30", "Israël : drone sur Eilat",
  "Un drone tiré du Yémen a touché jeudi un entrepôt du port d'Eilat. «\u00a0Deux employés ont été légèrement blessés\u00a0», a déclaré le porte-parole de la municipalité, Avi Dahan.",
  [c("injured", 2, "Exact", ["Avi Dahan", "Dahan"], ["Eilat", "אילת"], "figure-dans-citation", "porte-parole inventé")])
p(11, "2025-06-03", "Somalie : explosion",
  "Une voiture piégée a explosé lundi soir devant un hôtel de Mogadiscio, faisant au moins neuf morts, a déclaré la police. Les shebab, qui ont revendiqué l'attentat, affirment avoir tué «\u00a0plus de 30\u00a0» militaires.",
  [c("killed", 9, "AtLeast", ["police", "police somalienne", "Somali Police Force"], ["Mogadiscio", "Mogadishu", "Muqdisho"], "faisant-au-moins-morts"),
   c("killed", 30, "MoreThan", ["shebab", "al-Shabaab", "Al-Shabaab", "al-Chabab"], ["Mogadiscio", "Mogadishu", "Muqdisho"], "revendication-plus-de-citation")])
p(12, "2024-10-22", "Kharkiv : deux attaques",
  "Une bombe guidée a frappé lundi un immeuble de Kharkiv, tuant deux personnes. Dans la soirée, un drone a touché un bus près de Koupiansk, en blessant quatre, selon le gouverneur.",
  [c("killed", 2, "Exact", A, ["Kharkiv", "Kharkov", "Харків"], "article-tuant-deux"),
   c("injured", 4, "Exact", ["gouverneur de la région de Kharkiv", "Kharkiv governor", "Kharkiv regional military administration", "administration militaire régionale de Kharkiv"], ["Koupiansk", "Kupiansk", "Kupyansk"], "en-blessant-quatre")])
p(13, "2025-02-25", "Nigeria : attaque de village",
  "Des hommes armés ont tué une vingtaine de villageois dans la nuit de samedi à dimanche à Bakassi, dans l'État de Borno, ont rapporté à l'AFP des habitants.",
  [c("killed", 20, "Approximate", ["habitants", "residents"], ["Bakassi", "État de Borno", "Borno State", "Borno"], "une-vingtaine-de-villageois")])
p(14, "2024-06-18", "RDC : camp bombardé",
  "Le bombardement d'un camp de déplacés près de Goma a fait lundi 12 morts et 31 blessés, selon le gouvernorat du Nord-Kivu. Un premier bilan faisait état de 7 morts.",
  [c("killed", 12, "Exact", ["gouvernorat du Nord-Kivu", "North Kivu provincial government", "gouverneur du Nord-Kivu"], ["Goma", "Nord-Kivu", "North Kivu"], "a-fait-morts-selon"),
   c("injured", 31, "Exact", ["gouvernorat du Nord-Kivu", "North Kivu provincial government", "gouverneur du Nord-Kivu"], ["Goma", "Nord-Kivu", "North Kivu"], "et-blesses-selon"),
   c("killed", 7, "Exact", A, ["Goma", "Nord-Kivu", "North Kivu"], "premier-bilan-faisait-etat", "« un premier bilan » sans source : l'article")])
p(15, "2025-04-28", "Pakistan : bilan cumulé",
  "Plus de 600 membres des forces de sécurité ont été tués au Khyber Pakhtunkhwa depuis le début de l'année, selon un centre de recherche d'Islamabad, soit trois fois plus qu'il y a trois ans.",
  [], note="bilan cumulé (« depuis le début de l'année ») : aucune figure")
with open("fr.jsonl", "w", encoding="utf-8") as f:
    for d in P: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(len(d["casualties"]) for d in P))
