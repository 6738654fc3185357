"""Generate N realistic, varied news articles (French and English) for benchmarks.

Each article recombines the tables of ``bench/corpus_tables.py``: a conflict (who attacks
whom), a city hit, a weapon, the publication day and the weekday of the attack, invented
officials with roles, quotations, reported speech, a claim or denial by the other side and
page furniture (photo captions, "Read also"). Several articles may report the same attack
(same city, class and day) in either language, as the press does, so identity merging is
exercised; no two articles share their text.

Article ``i`` depends only on ``(seed, i)``: the corpus streams in constant memory and any
slice can be regenerated alone.

    python bench/corpus.py 1000 --seed 7 -o out/bench/corpus-1000.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

try:
    from bench import corpus_tables as T
except ImportError:  # run as a script: bench/ is on sys.path
    import corpus_tables as T  # type: ignore[no-redef]

START = dt.date(2023, 1, 1)
DAYS = 730
WEAPONS_FR = {  # weapon → (singular noun phrase, plural subject, bare plural)
    "drone": ("une frappe de drone", "des drones", "drones"),
    "missile": ("une frappe de missiles", "des missiles", "missiles"),
    "shelling": ("un bombardement d'artillerie", "des obus", "obus"),
    "air": ("une frappe aérienne", "des avions de combat", "bombes"),
}
MONTH_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _bare(fr_name: str) -> str:
    """'la Russie' → 'Russie', "l'Ukraine" → 'Ukraine', 'Israël' → 'Israël'."""
    for article in ("la ", "le ", "les ", "l'"):
        if fr_name.startswith(article):
            return fr_name[len(article):]
    return fr_name


def _de(fr_name: str) -> str:
    """French 'de' + name with its contraction: du Liban, des États-Unis, d'Israël, de la Russie."""
    if fr_name.startswith("le "):
        return "du " + fr_name[3:]
    if fr_name.startswith("les "):
        return "des " + fr_name[4:]
    if fr_name[:1].lower() in "aeiouéèêiîôâ":
        return "d'" + fr_name
    return "de " + fr_name


def _person(rng: random.Random, pool: str) -> str:
    first, last = T.NAMES[pool]
    return f"{rng.choice(first)} {rng.choice(last)}"


def _when(rng: random.Random, lang: str, attack_day: dt.date) -> str:
    day = T.WEEKDAYS[lang][attack_day.weekday()]
    prev = T.WEEKDAYS[lang][(attack_day.weekday() - 1) % 7]
    return rng.choice(T.DAY_PARTS[lang]).format(day=day, prev=prev)


def _slots(rng: random.Random, lang: str, published: dt.date, publisher: str) -> dict[str, str]:
    conflict = rng.choice(T.CONFLICTS)
    weapon = rng.choice(conflict["weapons"])
    cities = conflict["cities"]
    ci = rng.randrange(len(cities))
    city = cities[ci][0 if lang == "en" else 1]
    city2 = cities[(ci + 1 + rng.randrange(len(cities) - 1)) % len(cities)][0 if lang == "en" else 1]
    attack_day = published - dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
    killed, wounded = rng.randrange(2, 12), rng.randrange(2, 12)
    att_adj, att_gov, _ = conflict["attacker"][lang]
    vic_adj, vic_gov, capital = conflict["victim"][lang]
    role_en, role_fr = rng.choice(T.ROLES)
    role_en2, role_fr2 = rng.choice(T.ROLES)
    q1, q2 = rng.sample(T.QUOTES[lang], 2)
    s = {
        "city": city, "city2": city2, "when": _when(rng, lang, attack_day),
        "n_killed": T.NUMBERS[lang][killed - 2], "n_killed_cap": _cap(T.NUMBERS[lang][killed - 2]),
        "n_wounded": T.NUMBERS[lang][wounded - 2],
        "target": rng.choice(T.TARGETS[lang]), "quote": q1, "quote2": q2,
        "speaker": _person(rng, conflict["victim_names"]), "speaker2": _person(rng, conflict["victim_names"]),
        "publisher": publisher, "day_num": str(rng.randrange(1, 29)), "month": rng.choice(T.MONTHS[lang]),
        "role_en": role_en, "role_en2": role_en2, "role_fr": role_fr, "role_fr2": f"{role_fr2} de {city}",
        "attacker": att_adj, "Attacker": _cap(att_adj), "victim": vic_adj,
        "attacker_gov": att_gov, "victim_gov": vic_gov,
    }
    if lang == "en":
        np, subj, _, _ = T.WEAPONS[weapon]
        s.update({
            "weapon_np": np, "Weapon_np": _cap(np), "weapon_subj": subj, "Victim": _cap(vic_gov),
            "attacker_gov": _cap(att_gov) if not att_gov.startswith("the ") else att_gov,
            "victim_gov": _cap(vic_gov) if not vic_gov.startswith("the ") else vic_gov,
            "DATELINE": f"{capital.upper()}, {MONTH_ABBR[published.month - 1]} {published.day} ({publisher})",
        })
    else:
        np, subj, bare = WEAPONS_FR[weapon]
        participle = "attribuée" if np.startswith("une ") else "attribué"
        s.update({
            "weapon_np": np, "Weapon_np": _cap(np), "weapon_subj": subj, "Weapon_subj": _cap(subj),
            "weapon_subj_bare": bare, "attacker_adj_np": f"{participle} à {att_gov}",
            "Victim_name": _bare(vic_gov), "victim_gov_cap": _cap(vic_gov), "attacker_gov_cap": _cap(att_gov),
            "a_ont": "ont" if att_gov.startswith("les ") else "a",
            "attacker_gov_de": _de(att_gov),
        })
    return s


def attack_truth(seed: int, i: int) -> dict:
    """The attack article ``i`` reports, by construction: its city (English and French
    names), weapon and day. Replays the first draws of ``article`` and ``_slots`` (keep the
    two in step), so benchmarks can check which reports are of one attack."""
    rng = random.Random(f"{seed}:{i}")
    lang = "en" if rng.random() < 0.5 else "fr"
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    rng.choice(T.PUBLISHERS[lang])
    conflict = rng.choice(T.CONFLICTS)
    weapon = rng.choice(conflict["weapons"])
    cities = conflict["cities"]
    ci = rng.randrange(len(cities))
    rng.randrange(len(cities) - 1)
    attack_day = published - dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
    return {"city": cities[ci], "weapon": weapon, "day": attack_day.isoformat(), "published": published.isoformat()}


def _paragraphs(rng: random.Random, lang: str, slots: dict[str, str]) -> list[str]:
    t = T.TEMPLATES[lang]
    body = [rng.choice(t["lead"]), rng.choice(t["quote"]), rng.choice(t["reported"])]
    if rng.random() < 0.7:
        body.append(rng.choice(t["claim"]))
    if rng.random() < 0.5:
        body.append(rng.choice([p for p in t["quote"] if p not in body]))
    if rng.random() < 0.5:
        body.append(rng.choice([p for p in t["reported"] if p not in body]))
    for para in rng.sample(t["background"], 2):
        body.insert(rng.randrange(3, len(body) + 1), para)
    for filler in rng.sample(t["filler"], rng.randrange(1, 3)):
        body.insert(rng.randrange(2, len(body) + 1), filler)
    return [p.format(**slots) for p in body]


def article(seed: int, i: int) -> dict:
    """The ``i``-th article of the corpus of ``seed`` (a JSONL record of the input contract)."""
    rng = random.Random(f"{seed}:{i}")
    lang = "en" if rng.random() < 0.5 else "fr"
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    publisher = rng.choice(T.PUBLISHERS[lang])
    slots = _slots(rng, lang, published, publisher)
    title = rng.choice(T.TEMPLATES[lang]["title"]).format(**slots)
    text = "\n\n".join([title, *_paragraphs(rng, lang, slots)])
    return {"id": f"bench-{seed}-{i:07d}", "title": title, "published": published.isoformat(), "language": lang,
            "publisher": publisher, "text": text}


def articles(n: int, seed: int = 7, start: int = 0) -> Iterator[dict]:
    """Articles ``start`` … ``start + n - 1`` of the corpus of ``seed``, lazily."""
    for i in range(start, start + n):
        yield article(seed, i)


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """Write the corpus of ``n`` articles to ``path`` (JSONL) unless it is already there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == n:
        return path
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for rec in articles(n, seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", type=Path, help="JSONL file (default: standard output)")
    a = ap.parse_args()
    if a.output:
        write_corpus(a.output, a.n, a.seed)
        return
    for rec in articles(a.n, a.seed):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
