"""An office of a place named as a speaker: "the governor of the Kursk region", "Kursk's governor",
"le gouverneur de Belgorod", "the mayor of Kharkiv", "le maire d'Odessa".

The build reads such a speaker (when the article gives no name) as a functionary member of the
administration of that place (``kg.link.resolve``: a governor of a region, or of a city's region;
a mayor of a city), and that functionary is scoped to its article: the node that stands for the
office across articles is the administration (``Gazetteer.administration``: "Kursk regional
administration"), whose members a speaker parameter covers. The place inside the phrase is part
of the speaker, never the place of the attacks asked about.

A title without a place ("the governor"), with a country ("the governor of Ukraine"), a sea, or
a place of the wrong level for the title (a mayor of a region) names no office: None, and the
reader refuses the question as before. Titles are data (``kg/data/ask/offices.tsv``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Node
from kg.query.ask_tables import ASK_DIR, _rows

_ADMIN_LABEL = re.compile(r"^(?P<place>.+?) (?P<level>regional|city) administration$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?P<place>.+?)(?:'s|’s|') (?P<title>.+)$")


@lru_cache(maxsize=None)
def office_titles(lang: str) -> dict[str, str]:
    """Title (lower case) -> level of place it governs (region | city), for ``lang``."""
    return {cells[1].lower(): cells[2] for _, cells in _rows("offices.tsv") if cells[0] == lang}


def _linker():  # type: ignore[no-untyped-def]
    from kg.link.articles import default_linker

    return default_linker()


def _governed(place: Node, level: str) -> Node | None:
    """The place an office of ``level`` governs, named by ``place``: a region (or a city's region)
    of a country for a governor, a city for a mayor; None for a country, a sea or the wrong level."""
    g = _linker().gazetteer
    if level == "city":
        return place if "City" in place.classes else None
    cur: Node | None = place
    for _ in range(3):
        if cur is None or "Country" in cur.classes:
            return None
        if "Region" in cur.classes:
            parent = g.node(cur.located_in) if cur.located_in else None
            return cur if parent is not None and "Country" in parent.classes else None
        cur = g.node(cur.located_in) if cur.located_in else None
    return None


def _split(text: str, lang: str) -> tuple[str, str] | None:
    """(title, place words) of an office phrase, or None."""
    low = " ".join(text.split())
    low = re.sub(r"^(?:the|le|la|l')\s*", "", low, flags=re.IGNORECASE)
    titles = sorted(office_titles(lang), key=len, reverse=True)
    for title in titles:
        if lang == "fr":
            m = re.match(rf"{re.escape(title)}\s+(?:de la |de l'|du |des |de |d')(?P<place>.+)$", low, re.IGNORECASE)
        else:
            m = re.match(rf"{re.escape(title)}\s+(?:of|for)\s+(?:the\s+)?(?P<place>.+)$", low, re.IGNORECASE)
        if m is not None:
            return title, m.group("place")
    if lang == "en":
        m = _POSSESSIVE.match(low)
        if m is not None and m.group("title").lower() in office_titles(lang):
            return m.group("title").lower(), m.group("place")
        for title in titles:  # "the Kursk governor", "the Kherson mayor"
            m = re.match(rf"(?P<place>.+?)\s+{re.escape(title)}$", low, re.IGNORECASE)
            if m is not None:
                return title, m.group("place")
    return None


def office_of_place(text: str, lang: str) -> Node | None:
    """The administration an office phrase stands for ("le gouverneur de Koursk" -> Kursk
    regional administration), or None when ``text`` is no office of a place the graph knows."""
    found = _split(text, lang)
    if found is None:
        return None
    title, where = found
    linker = _linker()
    place = linker.place(where)
    if place is None:
        return None
    governed = _governed(place, office_titles(lang)[title.lower()])
    return linker.gazetteer.administration(governed) if governed is not None else None


def administration_named(label: str) -> Node | None:
    """The administration node a label of the gazetteer's names ("Kursk regional administration",
    "Odesa city administration"), so that the parameter a question gives resolves back to it."""
    m = _ADMIN_LABEL.match(" ".join(label.split()))
    if m is None:
        return None
    linker = _linker()
    place = linker.place(m.group("place"))
    if place is None:
        return None
    if m.group("level").lower() == "regional":
        place = _governed(place, "region")  # "Kursk" is the city; its region's administration
    node = linker.gazetteer.administration(place) if place is not None else None
    if node is None or node.labels.get("en", "").lower() != " ".join(label.split()).lower():
        return None
    return node


def office_named(value: str) -> Node | None:
    """The administration a parameter value names, as its label ("Kursk regional administration")
    or as the office ("Kursk governor", "governor of the Kursk region", "le maire d'Odessa"), so
    that ``kg query --param speaker=…`` takes what ``kg ask`` reads."""
    return administration_named(value) or office_of_place(value, "en") or office_of_place(value, "fr")
