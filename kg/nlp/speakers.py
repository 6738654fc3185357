"""Who speaks: the speaker phrases of statements, and what pronouns and descriptions refer to.

Used by the statements component (``kg.nlp.statements``). A speaker is a plain dict with
the character span of the phrase (``start``, ``end``, ``text``), the entity ``label`` (PER,
ORG…; "DESC" for a description whose name is not the speaker, "the Iran-backed group"),
``role`` and ``head`` (a title and the organisation phrase it belongs to), and flags for
what must be resolved against earlier speakers: ``pronoun``, ``description``, ``group``,
``possessive``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.lexicon import lexicon, read_table
from kg.nlp.lexicon import Lexicon
from kg.nlp.syntax import doc_ents, doc_text, in_ranges, noun_phrase, token_range, tokens_starting_in

# a person's name as written: two to four capitalised words ("Dmytro Lyssenko", "Samir Abou Jaber")
# (a dot only after an initial: "Oleh Kiper. La compagnie" ends at "Kiper")
NAME = r"(?:(?:[A-ZÀ-Ý][\w'’-]+|[A-ZÀ-Ý]\.)\s+){1,3}[A-ZÀ-Ý][\w'’-]+"
# what may follow a name given in apposition after a title ("…, a annoncé le gouverneur de la
# région, Ivan X." / "…, Ivan X, qui …"): the end of the name's phrase
NAME_END = re.compile(r"\s*(?:[,.;:)»”\"]|$|\s(?:qui|who)\b)")
# a place's complement right after a title, before a comma ("… saoudien d'El-Fasher", "… of
# the Kupiansk district"): a name the parse did not keep in the title's phrase
TITLE_PLACE = re.compile(r"\s+(?:de\s+(?:la\s+)?|d['’]\s*|du\s+|des\s+|of\s+(?:the\s+)?)"
                         r"[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){0,2}(?=\s*,)")
# a first name set off with an age ("said Vera, 71," / "a raconté Vera, 71 ans,"): a person,
# whatever the gazetteer or the model make of the name
# a title phrase's capitalised articles, no place ("The Kursk regional governor")
ARTICLES = frozenset({"the", "le", "la", "les", "l", "un", "une", "a", "an"})
AGE_AFTER = re.compile(r"^,\s*\d{1,3}(?:\s*ans)?\s*[,.;)]")


def _speaker_words(lang: str, use: str) -> frozenset[str]:
    """Words of ``speaker_words.tsv`` with that use, for uses the shared lexicon does not hold."""
    return frozenset(r[2].lower() for r in read_table("speaker_words.tsv") if r[0] == lang and r[1] == use)


def _acting(tok: Token, lex: Lexicon) -> bool:
    """Whether a name not in subject position is still an actor of the sentence: the
    modifier of a noun ("the RSF attack", "l'offensive des FSR") or an agent ("by the RSF",
    "par le Hezbollah"); a name after "near" or "à" is a place the parser took for a group."""
    if tok.dep_ in ("compound", "poss", "nmod:poss"):
        return True
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN":
        return not any(c.dep_ == "case" and c.lower_ not in lex.acting_of_words for c in tok.children)
    return tok.dep_ in ("pobj", "obl:agent", "obl") and (tok.head.lower_ in lex.agent_preps
                                                         or any(c.lower_ in lex.agent_preps for c in tok.children))



def indefinite(toks: list[Token]) -> bool:
    """Whether a phrase opens with an indefinite article ("a local group", "une entreprise"):
    it tells someone new, and refers back to no one named before."""
    return bool(toks) and toks[0].pos_ == "DET" and "Ind" in toks[0].morph.get("Definite")

class SpeakerFinder:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex = lexicon(lang)
        self.pronouns = self.lex.pronouns
        self.role_modifiers = _speaker_words(lang, "role_modifier")
        self.territorial = _speaker_words(lang, "territorial")
        self.purpose_heads = _speaker_words(lang, "purpose_head")
        self.purpose_preps = _speaker_words(lang, "purpose_prep")
        self.role_complements = _speaker_words(lang, "role_complement")
        self.regional_bodies = _speaker_words(lang, "regional_body")
        self.fronted_preps = _speaker_words(lang, "fronted_prep")
        self.regional_adjectives = _speaker_words(lang, "regional_adjective")
        self.city_bodies = _speaker_words(lang, "city_body")
        self.place_bodies = _speaker_words(lang, "place_body")
        self.place_markers = _speaker_words(lang, "place_marker")
        self.company_nouns = _speaker_words(lang, "company_noun")
        self.installed_by = _speaker_words(lang, "installed_by")
        self.counterparts = _speaker_words(lang, "counterpart")
        self.broad_areas = _speaker_words(lang, "broad_area")
        self.located_bodies = _speaker_words(lang, "located_body")
        self.refers_back = _speaker_words(lang, "refers_back")
        self.refers_back_org = _speaker_words(lang, "refers_back_org")
        self.same_words = _speaker_words(lang, "same_word")
        honorifics = "|".join(sorted(map(re.escape, _speaker_words(lang, "honorific")), key=len, reverse=True))
        # ", " then an optional article and honorific before a name in apposition
        lead = rf"(?:(?:le|la|the)\s+)?(?:(?:{honorifics})(?!\w)\s*)?" if honorifics else ""
        self.name_lead = re.compile(rf"\s*,\s*{lead}", re.I)
        # a name set off by commas before the verb, maybe after an honorific: "Le directeur de
        # l'hôpital X, le docteur Samir Y, a affirmé"
        self.appositive_name = re.compile(rf",\s*(?i:{lead})({NAME})\s*,\s*$")

    def speaker_from_tokens(self, toks: list[Token]) -> dict | None:
        if not toks:
            return None
        doc = toks[0].doc
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = doc_text(doc)[start:end]
        # a name the tagger took for a pronoun ("Kiev a fait état …": Kiev/PRON, an entity) is no pronoun
        named = toks[0].ent_type_ and toks[0].text[:1].isupper() and toks[0].lower_ not in self.pronouns
        if len(toks) == 1 and (toks[0].lower_ in self.pronouns or toks[0].pos_ == "PRON" and not named) \
                or text.lower() in self.pronouns:  # "Celle-ci" parsed Celle | - | ci
            return {"pronoun": True, "text": text, "start": start, "end": end}
        # a name after a preposition inside the phrase is where or whose, not who ("the
        # health ministry in Sanaa"); a name the parse cut ("un porte-parole du Foreign | Office"): the phrase takes it whole
        cut = [e for e in doc_ents(doc) if start <= e.start_char < end < e.end_char]
        if cut:
            end = cut[0].end_char
            text = doc_text(doc)[start:end]
        ents = [e for e in doc_ents(doc) if e.start_char >= start and e.end_char <= end]
        role = self.find_role(text)
        if role is not None and self.adjective_role(toks, role):
            # "Syria's official news agency SANA": the agency speaks, no "official"; another
            # title of the phrase still counts ("the chief prosecutor")
            role = self.find_role(re.sub(rf"(?i)(?<!\w){re.escape(role)}(?!\w)", " ", text))
        root = next((t for t in toks if t.head.i not in {x.i for x in toks} or t.head.i == t.i), toks[-1])
        person = self.titled_person(ents, text, start, role) if role else \
            next((e for e in ents if e.label_ in ("PER", "PERSON") and not self.owner(e, end)
                  and any(w[:1].isupper() for w in e.text.split())  # "du gouvernement houthi": no name in lower case
                  and not (e.start_char > start and e.start > 0 and doc[e.start - 1].pos_ == "ADP")
                  # "the Kherson regional administration": the name only modifies the noun that speaks
                  and not (root.pos_ == "NOUN" and not e.start <= root.i < e.end and root.idx > e.start_char)), None)
        sp = {"start": start, "end": end, "text": text, "label": "", "role": role, "head": None}
        untagged = self.untagged_name_after_title(text, role) if role and person is None \
            and not any(e.label_ in ("PER", "PERSON") for e in ents) else None
        if untagged is not None:
            # "Kharkiv Mayor Ihor Terekhov said" with no entity from the model: the name speaks
            sp.update(start=start + untagged[0], end=start + untagged[1], text=text[untagged[0]: untagged[1]],
                      label="PER", head=[start, end])
        elif person is not None:
            sp.update(start=person.start_char, end=person.end_char, text=person.text, label="PER")
            if role:
                sp["head"] = [start, end]
        elif ents:
            # a name that owns the phrase's noun ("Novozybkov's town council") does not label it
            sp["label"] = next((e.label_ for e in ents if e.label_ not in ("PER", "PERSON")), "")
        if role and person is None:
            sp["head"] = [start, end]
        head_noun = next((t for t in toks if t.head.i not in {x.i for x in toks} or t.head.i == t.i), toks[-1])
        if (head_noun.lemma_.lower() in self.lex.group_nouns or head_noun.lower_ in self.lex.group_nouns) \
                and not any(e.label_ in ("GPE", "NORP", "LOC") for e in ents) and person is None \
                and not self.lex.dependent_name.search(text) \
                and any(t.i not in (head_noun.i, toks[0].i) and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                        and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in toks):
            sp["label"] = "ORG"  # "the al-Nujaba movement": a group that names itself, no ent the model saw
        elif indefinite(toks):
            pass  # "a local volunteer group said": a group told for the first time, no one named before
        elif head_noun.lemma_.lower() in self.lex.group_nouns or head_noun.lower_ in self.lex.group_nouns:
            # "the group", "the Iran-backed group": the organisation named before
            sp["group"] = True
        elif (head_noun.lower_ in self.company_nouns and not ents and person is None
              and not any(t.pos_ == "PROPN" or (t.is_title and t.i > toks[0].i) for t in toks)):
            sp["group"] = True  # "the company said": the organisation named before
        if role and person is None and not ents and self.bare_title(toks, role):
            sp["bare_role"] = True  # "the governor", "le porte-parole": the one titled so before
            if role.lower() in self.territorial:
                sp["region"] = self.region_before(doc, start)
                fronted = self.fronted_place(toks[0].sent, start)
                if fronted is not None:
                    sp["region"], sp["region_here"] = fronted, True
                    sp["doc_text"] = doc_text(doc)
        if person is None and not ents and self.regional_body(toks):
            region = self.region_before(doc, start, named_only=True)
            if region is not None:
                # "regional officials said": the office of the region the article last named
                sp["regional_body"] = True
                sp["region"], sp["region_text"] = region, doc_text(doc)[region[0]: region[1]]
        if person is None and not ents and not role and not sp.get("regional_body"):
            kind = self.place_body(text)
            place = None
            if kind == "region":
                place = self.region_before(doc, start)
            elif kind == "city":
                place = self.town_before(doc, start)
            if place is not None:
                # "the municipality said", "l'état-major opérationnel régional": that body of
                # the town or region the article last named (the linker names it)
                sp["head"], sp["place_body"] = place, True
        if person is None and not role and head_noun.lower_ in self.counterparts:
            sp["counterpart"] = True  # "son homologue pakistanais": the office of the speaker before
        if role and person is None and any(t.lower_ in self.lex.possessives for t in toks):
            sp["possessive"] = True  # "leur porte-parole militaire": the organisation named before
        elif role and person is None and self.group_owner(toks):
            sp["group_possessive"] = True  # "the group's military spokesman": the group named before
        dep = self.lex.dependent_name.search(text)
        if dep is not None:
            rest = text[dep.end():]
            named = re.search(r"(?<![\w'’-])(?:[a-z]{1,2}-)?[A-ZÀ-Ý]", rest)
            # the owner's word modifies the name after it only when it opens the phrase ("the
            # Hamas-run Gaza health ministry"); after a head noun it describes a place of the
            # phrase ("the health ministry in Hamas-run Gaza": Gaza does not speak)
            opening = sum(1 for t in toks if t.idx - start < dep.start() and t.pos_ != "DET" and not t.is_punct) <= 1
            if named is not None and person is None and not role and opening:
                # "the Saudi-owned al-Hadath channel", "the Hamas-run Gaza health ministry": the
                # name after the owner's word speaks, as written from there
                lead = len(rest) - len(rest.lstrip())
                word = re.search(r"[\w'’-]+", rest)
                cut = sp["start"] + dep.end() + (word.start() if word else lead)
                sp["start"], sp["text"] = cut, doc_text(doc)[cut: sp["end"]]
                sp["label"] = "ORG"
                return sp
            # "the Iran-backed group", "Russian-installed authorities": the name is not the speaker
            sp["label"] = "DESC"
            return sp
        back = self.back_reference(toks) if person is None and not ents else None
        if back is not None:
            sp["back_reference"] = back  # "selon la même source", "l'organisme": the previous speaker
        has_name = person is not None or any(t.pos_ == "PROPN" for t in toks) or ents
        content = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        if not has_name and not role and len(content) <= 2:
            sp["description"] = " ".join(t.lemma_.lower() for t in toks if t.pos_ == "NOUN")
        return sp

    def back_reference(self, toks: list[Token]) -> str | None:
        """"any" for a definite generic noun that refers to the previous speaker ("la source",
        "selon la même source", "the same official": ``refers_back``, or any noun after
        ``same_word``), "org" for a generic organisation noun ("l'organisme", "the agency":
        ``refers_back_org``); None for anything else (a name, an adjective, an indefinite)."""
        if not toks or toks[0].pos_ != "DET" or indefinite(toks):
            return None
        words = [t.lower_ for t in toks if t.pos_ != "DET" and not t.is_punct]
        same = [w for w in words if w in self.same_words]
        rest = [w for w in words if w not in self.same_words]
        if len(rest) != 1:
            return None
        if rest[0] in self.refers_back or (same and toks[-1].pos_ == "NOUN"):
            return "any"
        return "org" if rest[0] in self.refers_back_org else None

    def referred_speaker(self, sp: dict, history: list[dict]) -> dict | None:
        """The previous speaker a generic noun refers to (``back_reference``): the last one, or
        for an organisation noun the last that is no plain person (else the last one); None when
        nobody spoke before. Never the noun itself: "source" or "organisme" is no actor."""
        told = [e for e in reversed(history) if not (sp["back_reference"] == "org" and e.get("label") == "PER"
                                                      and not e.get("role"))]
        # an organisation the model tagged as a person ("Human Rights Watch") is still the last speaker
        earlier = next(iter(told), None) or (history[-1] if history else None)
        return dict(earlier, via=sp["text"]) if earlier is not None else None

    def titled_person(self, ents: list[Span], text: str, start: int, role: str) -> Span | None:
        """The person a titled phrase names: not a name that owns the title ("the head of the
        Zaporizhzhia administration", "Shebekino's deputy mayor": often a place the model
        tagged as a person), but the one in apposition ("…, Vitaliy Marchenko") or after the
        title ("governor Ivan X"); None when every name owns the title."""
        low = text.lower()
        m = re.search(rf"(?<!\w){re.escape(role.lower())}(?!\w)", low)
        r_start, r_end = (m.start(), m.end()) if m else (0, 0)
        candidates = []
        for e in ents:
            if e.label_ not in ("PER", "PERSON"):
                continue
            s, t = e.start_char - start, e.end_char - start
            if t <= r_start and any(mark in text[t:r_start] for mark in self.lex.owner_marks):
                continue  # "Shebekino's deputy mayor", "the Rostov region's governor"
            between = low[r_end:s] if s >= r_end else ""
            if s >= r_end and "," not in between and any(w in self.lex.owner_words
                                                         for w in re.findall(r"[\w'’]+", between)):
                continue  # "the head of the Zaporizhzhia administration"
            candidates.append((s >= r_end and "," in between, e))
        appositive = [e for comma, e in candidates if comma]
        return (appositive or [e for _, e in candidates] or [None])[0]

    def group_owner(self, toks: list[Token]) -> bool:
        """Whether a group noun owns the phrase's title ("the group's military spokesman", "le
        porte-parole militaire du mouvement", "a spokesman for the group")."""
        for i, t in enumerate(toks):
            if t.lower_ not in self.lex.group_nouns and t.lemma_.lower() not in self.lex.group_nouns:
                continue
            if i + 1 < len(toks) and toks[i + 1].lower_ in self.lex.owner_marks:
                return True
            before = [x.lower_ for x in toks[max(0, i - 2): i]]
            if i == len(toks) - 1 and any(w in self.lex.owner_words for w in before):
                return True
        return False

    def owner(self, ent: Span, end: int) -> bool:
        """Whether a name owns the noun after it in its phrase ("Novozybkov's town council",
        "the Tula region's emergency services"): the phrase names a body, not that person."""
        after = doc_text(ent.doc)[ent.end_char: end]
        return any(re.match(rf"^(?:\s+[\w-]+){{0,2}}{re.escape(m)}\s+\w", after) for m in self.lex.owner_marks)

    def bare_title(self, toks: list[Token], role: str) -> bool:
        """Whether a phrase is a title and its determiner only ("the governor", "le
        porte-parole", "the regional governor"): no adjective or complement that could make
        it someone else."""
        role_words = set(re.findall(r"[\w'’-]+", role.lower()))
        return all(t.pos_ == "DET" or t.lower_ in role_words or t.lower_ in self.role_modifiers or t.is_punct
                   or t.lower_ in self.role_complements for t in toks) and any(t.pos_ == "DET" for t in toks)

    def regional_body(self, toks: list[Token]) -> bool:
        """Whether a phrase is a plural body with a regional adjective and nothing else
        ("regional officials", "les autorités régionales"): no name, country or other
        adjective that could make it another body ("Ukrainian regional officials")."""
        words = [t.lower_ for t in toks if not (t.pos_ == "DET" or t.is_punct)]
        return (len(words) == 2 and words[-1 if self.lang == "en" else 0] in self.regional_bodies
                and words[0 if self.lang == "en" else -1] in self.regional_adjectives)

    def place_body(self, text: str) -> str | None:
        """"city" for a town's body named bare ("the municipality", "la mairie de la ville"),
        "region" for a region's body with a regional adjective ("the regional operational
        headquarters", "l'état-major opérationnel régional"); None for anything else."""
        low = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", text.lower().strip()).replace("’", "'")
        words = re.findall(r"[\w'-]+", low)
        regional = any(w in self.regional_adjectives for w in words)
        rest = " ".join(w for w in words if w not in self.regional_adjectives and w not in self.place_markers)
        rest = rest.replace(" 's", "'s")
        if rest in self.city_bodies and not regional:
            return "city"
        if rest in self.place_bodies and regional:
            return "region"
        return None

    def town_before(self, doc: Doc, start: int) -> list[int] | None:
        """The last place named before ``start``, not a dateline in capitals: the town whose
        body a bare "the municipality" is (the linker checks that it is a town)."""
        ents = [e for e in doc_ents(doc) if e.end_char <= start and not e.text.isupper()]
        # in the speaker's own sentence, a town the model called an organisation or a person
        # ("Nahariya" ORG, "Kiryat Shmona" PERSON); the linker keeps it only if it is a town
        after = tokens_starting_in(doc, start, len(doc_text(doc)) + 1)
        here = after[0] if len(after) else None
        sent_start = here.sent.start_char if here is not None else start
        found = [(e.start_char, e.end_char) for e in ents if e.start_char >= sent_start
                 and e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "PER")]
        if not found:
            found = [(e.start_char, e.end_char) for e in ents if e.label_ in ("GPE", "LOC")]
        return list(max(found)) if found else None

    def fronted_place(self, sent: Span, start: int) -> list[int] | None:
        """The place a sentence opens with before its speaker ("In Oryol, the regional
        governor said" / "Dans la région de Koursk, le gouverneur …"), as a character range:
        the opening phrase is the preposition and the place alone, not a date ("In January,")."""
        doc = sent.doc
        clause = doc_text(doc)[sent.start_char: start]
        comma = clause.find(",")
        first = clause.split(None, 1)[0].lower() if clause.strip() else ""
        if comma < 0 or first not in self.fronted_preps:
            return None
        opening = clause[:comma]
        found = [m.span() for p in self.region_patterns() for m in re.finditer(p, opening)]
        if not found:
            m = re.match(r"^\S+\s+(?:(?:the|le|la|l['’])\s*)?([A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){0,2})\s*$", opening)
            found = [m.span(1)] if m else []
        if not found:
            return None
        at = [sent.start_char + found[-1][0], sent.start_char + found[-1][1]]
        if any(e.label_ in ("DATE", "TIME") and e.start_char < at[1] and at[0] < e.end_char for e in doc_ents(doc)):
            return None
        return at

    def region_patterns(self) -> list[str]:
        """Regular expressions of a region named as one ("Smolensk region", "la région russe de Smolensk")."""
        nouns = "|".join(sorted(map(re.escape, self.lex.region_nouns), key=len, reverse=True))
        after = "|".join(sorted(map(re.escape, self.lex.region_nouns_after), key=len, reverse=True))
        patterns = [rf"\b(?:{nouns})\s+(?:[a-zà-ÿ]+\s+)?(?:de\s+(?:la\s+)?|d['’]\s*|du\s+|of\s+(?:the\s+)?)"
                    rf"[A-ZÀ-Ý][\w-]+(?:[\s-][A-ZÀ-Ý][\w-]+)?"] if nouns else []
        if after:
            patterns.append(rf"\b[A-ZÀ-Ý][\w-]+(?:[\s-][A-ZÀ-Ý][\w-]+)?\s+(?:{after})\b")
        return patterns

    def other_place(self, earlier: dict, sp: dict) -> bool:
        """Whether an earlier titled speaker's title names a place other than the one the
        sentence opens with ("The Kursk regional governor, X," then "In Oryol, the regional
        governor said"): then it is not the same office."""
        text = sp.get("doc_text") or ""
        head = earlier.get("head")
        if not text or not head:
            return False
        here = {w.lower()[:5] for w in re.findall(r"[\w-]+", text[sp["region"][0]: sp["region"][1]])}
        role_words = set(re.findall(r"[\w'’-]+", (earlier.get("role") or "").lower()))
        names = [w for w in re.findall(r"[A-ZÀ-Ý][\w-]+", text[head[0]: head[1]])
                 if w.lower() not in role_words and w.lower() not in ARTICLES]
        return bool(names) and not any(w.lower()[:5] in here for w in names)

    def region_before(self, doc: Doc, start: int, named_only: bool = False) -> list[int] | None:
        """The last region named before ``start`` ("Smolensk region", "la région russe de
        Smolensk"), as a character range, for a title that holds a region's office; with
        ``named_only``, only a region named as one (a bare place may be a city, or a
        demonym the model took for one: "regional officials" need the region itself)."""
        text = doc_text(doc)[:start]
        found = [(m.start(), m.end()) for p in self.region_patterns() for m in re.finditer(p, text)]
        if not found and not named_only:
            # no region named as one: the last place named ("… à Voronej, … a confirmé le
            # gouverneur de la région"), whose region the linker finds; not a dateline in capitals
            # a town the model called "MISC" counts after "à"/"in" ("mercredi à Iélets")
            found = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.end_char <= start
                     and (e.label_ in ("GPE", "LOC") or (e.label_ == "MISC" and e.start > 0
                                                          and doc[e.start - 1].lower_ in ("à", "in")))
                     and not e.text.isupper() and not self.broad_area(e)]
        if not found:
            return None
        last = max(found)
        return [last[0], last[1]]

    def broad_area(self, ent: Span) -> bool:
        """Whether a place is named as a broad area after a direction ("dans le sud-ouest de la
        Russie", "in southwestern Russia"): a country, not the region a governor holds."""
        before = [t.lower_ for t in ent.doc[max(0, ent.start - 4): ent.start]]
        return any(w in self.broad_areas for w in before)

    @staticmethod
    def adjective_role(toks: list[Token], role: str) -> bool:
        """Whether the phrase's only title word is an adjective on another noun of the phrase
        ("the official news agency", "official media"): then no title is given."""
        words = role.lower().split()
        if len(words) != 1:
            return False
        hits = [t for t in toks if t.lower_ == words[0]]
        return bool(hits) and all(t.pos_ == "ADJ" and t.dep_ == "amod" and t.head in toks and t.head.i > t.i
                                  and t.head.pos_ == "NOUN" for t in hits)

    def find_role(self, text: str) -> str | None:
        """The title in a phrase; not one that owns what follows ("the mayor's office", "the
        governor's press service": the office speaks, not a mayor)."""
        low = text.lower()
        for role in self.lex.roles:
            for m in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", low):
                if not any(low[m.end():].startswith(mark + " ") for mark in self.lex.owner_marks):
                    return text[m.start(): m.end()]
        return None

    def speaker_of(self, tok: Token) -> dict | None:
        """The speaker a subject/agent token refers to (before pronoun resolution)."""
        if tok.lower_ in self.lex.relative_pronouns and not (tok.text.isupper() and len(tok.text) > 1):
            # ("the WHO said": an acronym, not the pronoun)
            verb = tok.head
            if verb.dep_ not in ("acl:relcl", "relcl", "acl") or verb.head.i == verb.i:
                return None
            if verb.head.pos_ in ("NOUN", "PROPN"):
                ante = verb.head
                while ante.dep_ == "appos" and ante.head.i < ante.i and ante.head.pos_ in ("NOUN", "PROPN"):
                    ante = ante.head  # "X, un réseau local de bénévoles, qui …": X
                # a place that completes a noun ("l'état-major du kraï de Krasnodar, qui …",
                # "the mayor of Kharkiv, who …"): the noun's phrase speaks, not the place
                while ante.ent_type_ in ("LOC", "GPE") and ante.dep_ in ("nmod", "pobj", "flat", "flat:name"):
                    up = ante.head.head if ante.head.pos_ == "ADP" and ante.head.dep_ == "prep" else ante.head
                    if up.i >= ante.i or up.pos_ not in ("NOUN", "PROPN"):
                        break
                    ante = up
                return self.speaker_of(ante)
            # attached to a verb by the parser: the antecedent is the noun phrase just before ", qui"
            j = tok.i - 1
            while j >= 0 and tok.doc[j].is_punct:
                j -= 1
            if j < 0 or tok.doc[j].pos_ not in ("NOUN", "PROPN", "ADJ"):
                return None
            ante = tok.doc[j]
            while ante.dep_ in ("nmod", "amod", "flat", "flat:name", "compound", "pobj", "prep") and ante.head.i < ante.i \
                    and ante.head.pos_ in ("NOUN", "PROPN", "ADP"):
                ante = ante.head
            return self.speaker_of(ante) if ante.pos_ in ("NOUN", "PROPN") else None
        phrase = self.with_purpose(tok, self.name_taken_for_verb(tok, noun_phrase(tok)))
        toks = self.name_cut_at_title(phrase)
        installed = self.installed_phrase(tok, toks)
        if installed is not None:
            return installed
        sp = self.speaker_from_tokens(toks)
        if sp is not None and sp.get("label") == "PER" and self.body_named_after_person(tok, toks):
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            last = next((e for e in doc_ents(tok.doc) if e.start_char < end <= e.end_char), None)
            end = last.end_char if last is not None else end  # "… de Beit Lahia": the place's name whole
            text = doc_text(tok.doc)
            return {"start": start, "end": end, "text": text[start:end], "label": "ORG"}
        if sp is not None and len(toks) > len(phrase):
            sp["label"] = "PER"  # a first name and surname after a title: a person
        if sp is None or sp.get("pronoun") or sp.get("label") == "PER":
            return sp
        named = self.name_after(sp, tok.doc) or self.name_inside(sp)
        if named is not None:
            return named
        if self.aged(sp, toks):
            sp["label"] = "PER"  # "said Vera, 71,": a person, even when a town bears the name
            return sp
        # an appositive name: "Yulia Marchenko, a spokeswoman for …" / "un responsable, Pavel X,"
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PER", "PERSON"):
                named = self.speaker_from_tokens(noun_phrase(child))
                if named and named.get("label") == "PER":
                    named["role"] = sp.get("role")
                    named["head"] = [sp["start"], sp["end"]] if sp.get("role") else None
                    return named
        if tok.pos_ == "NOUN" and not sp.get("role"):
            # an organisation described, then named: "Ukraine's state railway operator,
            # Ukrzaliznytsia, said" / "the UN humanitarian office, OCHA, said": the name speaks
            for name in self.names_given(tok):
                named = self.speaker_from_tokens(noun_phrase(name))
                if named and not named.get("pronoun"):
                    named["label"] = "ORG"
                    return named
        return sp

    @staticmethod
    def name_cut_at_title(toks: list[Token]) -> list[Token]:
        """A surname whose first name the parser hung on the title before it ("Le gouverneur
        Vadym | Filachkine a fait état", "a annoncé le gouverneur régional Oleh | Martchouk",
        "Oleh" taken for a verb): the capitalised words right after a title noun or adjective
        are the rest of the name (never a place: "à Kharkiv Ivan Petrov")."""
        if not toks or len(toks) > 2 or not all(t.pos_ == "PROPN" for t in toks):
            return toks
        doc = toks[0].doc
        ent_of = {t.i: e.start for e in doc.ents for t in e}
        same = ent_of.get(toks[0].i)  # "Oleh Martchouk" tagged as one place: one name all the same

        def place(t: Token) -> bool:
            return t.ent_type_ in ("LOC", "GPE", "ORG", "FAC") and (same is None or ent_of.get(t.i) != same)
        i, added = toks[0].i - 1, []
        while i > 0 and len(added) < 2 and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start \
                and not place(doc[i]) and doc[i].dep_ not in ("nsubj", "nsubj:pass"):
            added.insert(0, doc[i])
            i -= 1
        if not added or not (doc[i].is_alpha and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
            return toks
        return added + toks

    def name_taken_for_verb(self, tok: Token, toks: list[Token]) -> list[Token]:
        """The phrase with the rest of a name the noun phrase left out: the complement of a
        word of the name that the parser took for a participle ("Le Haut-Commissariat des
        Nations unies | aux droits de l'homme", "l'agence … maritime | UKMTO"), a name in
        apposition with no comma ("State television channel | Rossiya-24"), a place named
        after a second "de"/"of" ("la salle d'intervention d'urgence | d'El-Fasher")."""
        if not toks:
            return toks
        located = tok.lemma_.lower() in self.located_bodies or tok.lower_ in self.located_bodies
        for c in tok.children:
            if c.i <= toks[-1].i:
                continue
            first = c.left_edge
            if first.i != toks[-1].i + 1:
                continue
            if c.dep_ == "acl" and c.ent_type_:
                pass
            elif c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == first.i:
                pass
            elif c.dep_ in ("nmod", "pobj") and first.lower_.replace("’", "'") in ("de", "d'", "du", "des", "of") and (
                    (c.ent_type_ in ("LOC", "GPE", "ORG") and c.text[:1].isupper())
                    or c.lower_ in self.lex.institution_heads or c.lemma_.lower() in self.lex.institution_heads
                    or self.named_area(c)):
                pass  # "… d'El-Fasher", "l'antenne de Koursk | du ministère …", "… | de la région de Poltava"
            elif c.dep_ in ("nmod", "pobj", "prep") and located \
                    and first.lower_ in ("au", "aux", "en", "in") and any(t.ent_type_ in ("LOC", "GPE") for t in c.subtree):
                pass  # "la Mission des Nations unies | au Soudan du Sud"
            else:
                continue
            sub = list(c.subtree)
            words = sorted({*toks, *sub}, key=lambda t: t.i)
            if words[-1].i - words[0].i + 1 == len(words) and len(words) <= 14 \
                    and not any(t.is_punct and t.text not in "-'’" for t in sub):
                if not located:
                    return words
                toks = words  # "la Mission des Nations | unies | au Soudan du Sud": both parts
        return toks

    def named_area(self, tok: Token) -> bool:
        """A region or district noun with its name ("la région de Poltava", "the Nikopol
        district"): the complement that says whose body speaks ("le service d'urgence | de la
        région de Poltava")."""
        lex = self.lex
        if tok.lower_ not in lex.region_nouns | lex.district_nouns and tok.lemma_.lower() not in lex.region_nouns | lex.district_nouns:
            return False
        return any(t.ent_type_ in ("LOC", "GPE") or (t.pos_ == "PROPN" and t.text[:1].isupper())
                   for t in tok.subtree if t.i != tok.i)

    def installed_phrase(self, tok: Token, toks: list[Token]) -> dict | None:
        """"Les autorités installées par Moscou en Crimée", "officials appointed by Russia in
        Kherson": the body with the participle that says who installed it, as one
        description (label DESC: neither the state nor the place inside it speaks)."""
        if tok.lower_ not in self.regional_bodies:
            return None
        part = next((c for c in tok.children if c.dep_ in ("acl", "amod") and c.i > tok.i
                     and (c.lemma_.lower() in self.installed_by or c.lower_ in self.installed_by)), None)
        if part is None:
            return None
        sub = [t for t in part.subtree if not (t.is_punct and t.i == part.right_edge.i)]
        words = sorted({*toks, *sub}, key=lambda t: t.i)
        if words[-1].i - words[0].i + 1 != len(words) or len(words) > 12:
            return None
        sp = self.speaker_from_tokens(words)
        if sp is not None:
            sp["label"] = "DESC"
        return sp

    def name_after(self, sp: dict, doc: Doc) -> dict | None:
        """A title followed by a name set off by a comma ("…, a annoncé le gouverneur de la
        région, Pavel X." / "said the head of the district, Ivan Y,"): that person speaks, the
        title is their role and the phrase before the name its organisation."""
        if not sp.get("role"):
            return None
        text = doc_text(doc)
        end = sp["end"]
        # a place the parse left out of the title's phrase ("le directeur de l'hôpital saoudien
        # | d'El-Fasher, le docteur Adam Y"): part of the title, before the name
        left = TITLE_PLACE.match(text[end:])
        if left is not None:
            end += left.end()
        m = self.name_lead.match(text[end:])
        if m is None:
            return self.name_right_after(sp, doc, end, left)
        at = end + m.end()
        ent = next((e for e in doc_ents(doc) if e.start_char == at and e.label_ in ("PER", "PERSON")), None)
        if ent is not None:
            start, end = ent.start_char, ent.end_char
        else:  # the model missed or mislabelled the name ("…, Mykola Hrytsenko." tagged a place)
            named = re.match(NAME, text[at:])
            if named is None:
                return None
            start, end = at, at + named.end()
        if not NAME_END.match(text[end:]):
            return None
        return {"start": start, "end": end, "text": text[start:end], "label": "PER",
                "role": sp["role"], "head": [sp["start"], sp["end"] + (left.end() if left is not None else 0)]}

    def with_purpose(self, tok: Token, toks: list[Token]) -> list[Token]:
        """The phrase of an organisation noun named by its purpose after its owner ("L'agence de
        l'ONU pour la santé", "the UN agency for Palestinian refugees"): the modifier with
        ``purpose_prep`` right after the phrase is part of the name (the noun phrase keeps only
        the first modifier), so the agency is not read as the UN."""
        if not toks or tok.lemma_.lower() not in self.purpose_heads and tok.lower_ not in self.purpose_heads:
            return toks
        end = max(t.i for t in toks)
        for child in tok.children:
            sub = list(child.subtree)
            if child.i > end and sub[0].i == end + 1 and sub[0].lower_ in self.purpose_preps \
                    and child.dep_ in ("nmod", "prep", "obl"):
                return sorted(toks + [t for t in sub if not t.is_space], key=lambda t: t.i)
        return toks

    def name_inside(self, sp: dict) -> dict | None:
        """A title and a name set off by a comma that the parse kept in one phrase ("The mayor
        of Kupiansk, Petro X, told", "la secrétaire du conseil municipal de Nikopol, Olena X"
        after an inverted verb; the model may tag the name as a place and hang it on the
        town): the person speaks, the title before the comma is their role and organisation.
        The name is two to four capitalised words that end the phrase, none a place noun
        ("the mayor of Bucha, Kyiv Oblast" is no person)."""
        role = sp.get("role")
        if not role:
            return None
        m = re.search(rf",\s*({NAME})\s*$", sp["text"])
        if m is None or role.lower() not in sp["text"][: m.start()].lower():
            return None
        words = [w.lower() for w in m.group(1).split()]
        if any(w in self.lex.place_nouns or w in self.lex.region_nouns or w in self.lex.region_nouns_after
               for w in words):
            return None
        start = sp["start"] + m.start(1)
        return {"start": start, "end": start + len(m.group(1)), "text": m.group(1), "label": "PER",
                "role": role, "head": [sp["start"], sp["start"] + m.start()]}

    @staticmethod
    def untagged_name_after_title(text: str, role: str) -> tuple[int, int] | None:
        """Where a name the model did not tag lies in a title phrase: two to four capitalised
        words right after the title word that end the phrase ("Kharkiv Mayor Ihor Terekhov",
        "le maire Ivan X"); None for "the head of the Kherson Regional Administration"."""
        m = re.search(rf"(?<!\w){re.escape(role)}\s+({NAME})$", text, re.I)
        if m is None or not m.group(1)[:1].isupper():
            return None
        return m.start(1), m.end(1)

    def name_right_after(self, sp: dict, doc: Doc, end: int, left: re.Match | None) -> dict | None:
        """A title and a person's name with no comma between, the name right before the verb
        or a comma ("The head of the Kurakhove military administration Roman Padun said",
        "le chef de l'administration de Koupiansk Andriï Besedine, …"): the person speaks. Only a
        name the model tags as a person counts (no comma leaves nothing else to tell it by)."""
        text = doc_text(doc)
        gap = text[end:]
        at = end + len(gap) - len(gap.lstrip(" "))
        if at == end or "\n" in text[end:at]:
            return None
        ent = next((e for e in doc_ents(doc) if e.start_char == at and e.label_ in ("PER", "PERSON")), None)
        if ent is None or len(ent) < 2:
            return None
        after = ent.end < len(doc) and doc[ent.end]
        if not (NAME_END.match(text[ent.end_char:]) or (after is not False and after.pos_ in ("VERB", "AUX"))):
            return None
        return {"start": ent.start_char, "end": ent.end_char, "text": ent.text, "label": "PER",
                "role": sp["role"], "head": [sp["start"], sp["end"] + (left.end() if left is not None else 0)]}

    def body_named_after_person(self, tok: Token, toks: list[Token]) -> bool:
        """A body whose proper name is a person's ("l'hôpital Kamal Adwan de Beit Lahia", "the
        Kamal Adwan hospital"): the head noun is a body noun (``speaker_words.tsv`` named_body)
        and the person's name is its own name, not a person in apposition after a comma."""
        if tok.pos_ != "NOUN" or not {tok.lower_, tok.lemma_.lower()} & _speaker_words(self.lang, "named_body"):
            return False
        return not any(t.is_punct and t.text == "," for t in toks)

    def aged(self, sp: dict, toks: list[Token]) -> bool:
        """Whether an untitled name is given with an age ("Vera, 71,", "Vera, 71 ans,")."""
        if sp.get("role") or not toks or not all(t.pos_ == "PROPN" or t.is_title for t in toks) or len(toks) > 3:
            return False
        return bool(AGE_AFTER.match(doc_text(toks[0].doc)[sp["end"]:]))

    def names_given(self, tok: Token) -> list[Token]:
        """Proper names a description gives itself: in apposition ("the UN humanitarian
        office, OCHA,") or after "known as" / "connu sous le nom de"."""
        out = []
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ not in ("PER", "PERSON", "") \
                    and any(t.is_punct for t in tok.doc[min(tok.i, child.i) + 1: max(tok.i, child.i)]):
                # set off by a comma: "Les Brigades Ezzedine al-Qassam" is one name, not a noun then its name
                out.append(child)
            elif child.dep_ in ("acl", "amod") and child.lemma_.lower() in self.lex.naming_verbs:
                out.extend(t for t in child.subtree if t.dep_ in ("pobj", "obl", "nmod", "obj", "oprd")
                           and t.ent_type_ not in ("PER", "PERSON")
                           and (t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ == "B")))
        return out[:1]

    def appositive_role(self, tok: Token, sp: dict) -> None:
        """A named speaker's title given in apposition: "Ihor X, porte-parole de …"."""
        if sp.get("role"):
            return
        for child in tok.children:
            if child.dep_ == "appos":
                toks = noun_phrase(child)
                rng = token_range(toks)
                if rng:
                    text = doc_text(tok.doc)[rng[0]: rng[1]]
                    role = self.find_role(text)
                    if role:
                        sp["role"], sp["head"] = role, list(rng)
                        return

    def antecedent(self, sp: dict, history: list[dict], actors: list[dict]) -> dict | None:
        """Who a pronoun speaker is: the last speaker, unless a person named as the subject of
        a later sentence is closer ("Olena X … était de garde. « … », a-t-elle raconté"), or
        nobody has spoken yet and an actor was named."""
        person = self.lex.person_pronouns
        personal = sp["text"].lower().lstrip("-t") in person or sp["text"].lower() in person
        last_speaker = history[-1] if history else None
        named = [a for a in actors if not a.get("pronoun")
                 and (a.get("label") == "PER" or (bool(a.get("role")) and personal)) == personal]
        last_named = named[-1] if named else None
        if last_named is not None and last_speaker is not None and \
                last_named.get("sent_start", -1) <= last_speaker.get("pos", -1) < last_named.get("sent_end", -1):
            # named in the last speaker's own sentence ("Iran's foreign ministry said Tehran
            # would respond. It said…"): part of what was said, not a new actor
            last_named = None
        if last_named is not None and (last_speaker is None or last_named.get("pos", -1) > last_speaker.get("pos", -1)):
            return dict(last_named, via=sp["text"])
        return dict(last_speaker, via=sp["text"]) if last_speaker is not None else None

    def name_before(self, sp: dict, cue_start: int, doc: Doc) -> dict | None:
        """A name set off by commas between a description and its verb ("Le chef de la
        police de Donetsk, Dmytro Lyssenko, a déclaré"): the speaker is that person, the
        description gives the role."""
        text = doc_text(doc)
        between = text[sp["end"]: cue_start]
        m = self.appositive_name.search(between)
        if m is None or re.search(r"[.;:!?]", between[: m.start()]) or m.start() > 80:
            return None
        start = sp["end"] + m.start(1)
        end = start + len(m.group(1))
        role = sp.get("role") or self.find_role(sp["text"])
        return {"start": start, "end": end, "text": text[start:end], "label": "PER", "role": role,
                "head": [sp["start"], sp["end"]] if role else None}

    def resolve(self, sp: dict | None, history: list[dict], actors: list[dict]) -> dict | None:
        """Pronouns and bare definite descriptions refer back to an earlier speaker; "the
        group" and "leur porte-parole" to the organisation last named as an actor."""
        if sp is None:
            return None
        if sp.get("pronoun"):
            return self.antecedent(sp, history, actors)
        if sp.get("back_reference"):
            return self.referred_speaker(sp, history)
        if sp.get("counterpart"):
            # "Un porte-parole du ministère chinois … Son homologue pakistanais a condamné":
            # the office (title and organisation) of the last titled speaker or institution
            told = [a for a in [*history, *actors] if a.get("start", -1) < sp["start"]]
            for earlier in sorted(told, key=lambda a: a.get("pos", a.get("start", -1)), reverse=True):
                if earlier.get("label") in ("PER", "DESC") and not earlier.get("role") or earlier.get("pronoun"):
                    continue
                head = earlier.get("head") or [earlier["start"], earlier["end"]]
                return dict(sp, role=earlier.get("role"), head=head)
            return None
        if sp.get("regional_body"):
            # "regional officials said": the region speaks, by its administration
            return {"start": sp["region"][0], "end": sp["region"][1], "text": sp["region_text"], "label": "GPE",
                    "role": None, "head": None, "via": sp["text"]}
        if sp.get("group"):
            # "the group": the last organisation named as a subject that a group can be (not a
            # ministry or a government), else the last such organisation named at all; no
            # antecedent is better than a wrong speaker
            fits = [a for a in reversed(actors) if a.get("label") not in ("PER", "DESC", "")
                    and not a.get("role") and not a.get("pronoun") and not self.institutional(a["text"])]
            org = next((a for a in fits if not a.get("mentioned")), None) or next(iter(fits), None)
            if org is not None:
                return dict(org, via=sp["text"])
            return sp if sp.get("label") else None  # "le groupe Wagner" names itself
        if sp.get("group_possessive"):
            # a group is no state: the last organisation named as a subject, else mentioned
            fits = [a for a in reversed(actors) if a.get("label") in ("ORG", "NORP") and not a.get("role")
                    and not a.get("pronoun") and not self.institutional(a["text"])]
            org = next((a for a in fits if not a.get("mentioned")), None) or next(iter(fits), None)
            return dict(sp, head=[org["start"], org["end"]]) if org is not None else sp
        if sp.get("possessive"):
            org = next((a for a in reversed(actors) if a.get("label") not in ("PER", "DESC", "")
                        and not a.get("role") and not a.get("pronoun") and not a.get("mentioned")), None)
            last = history[-1] if history else None
            if last is not None and last.get("label") not in ("PER", "DESC") and not last.get("role") \
                    and (org is None or last.get("start", -1) > org.get("start", -1)):
                # "L'armée congolaise a affirmé … a déclaré son porte-parole", "La junte a démenti
                # … Son porte-parole a assuré": the organisation that spoke last, when no
                # organisation was named after it
                org = last
            if org is not None:
                return dict(sp, head=[org["start"], org["end"]])
        if sp.get("bare_role"):
            # "The governor said" after "Governor Ivan X said" / "the governor of the Y region said"
            for earlier in [*reversed(history), *(a for a in reversed(actors) if a.get("label") == "PER")]:
                if (earlier.get("role") or "").lower() == sp["role"].lower() and not earlier.get("bare_role") \
                        and not (sp.get("region_here") and self.other_place(earlier, sp)):
                    return dict(earlier, via=sp["text"])
            if sp.get("region"):
                # nobody so titled was named: the office of the region the article last named
                # ("… in Russia's Smolensk region, the regional governor said")
                return dict(sp, head=sp["region"])
            return sp
        desc = sp.get("description")
        if desc:
            for earlier in reversed(history):
                if all(w in earlier["text"].lower() for w in desc.split()):
                    return dict(earlier, via=sp["text"])
        short = re.match(r"^(?:the|le|la|les|l['’])\s*((?:[A-ZÀ-Ý][\w'’-]*\s*){1,4})$", sp["text"])
        if short and sp.get("label") in ("", "ORG", None) and not sp.get("role"):
            # "the General Staff" after "Ukraine's General Staff said": the name told in full before
            name = short.group(1).strip().lower()
            for earlier in reversed(history):
                low = earlier["text"].lower()
                if low != sp["text"].lower() and re.search(rf"(?<!\w){re.escape(name)}$", low):
                    return dict(earlier, via=sp["text"])
        return sp

    # ---------- contents ----------

    def institutional(self, text: str) -> bool:
        """Whether a name is a state institution's ("Sudan's Foreign Ministry")."""
        return any(w in self.lex.institution_heads for w in re.findall(r"\w+", text.lower()))

    def named_subjects(self, sent: Span, inside_quotes: list[tuple[int, int]]) -> list[dict]:
        """Named organisations acting as subjects in the narrator's sentences ("Hezbollah
        launched drones…"): what a later "the group said" can refer to. Organisations named
        elsewhere outside quotation marks ("the RSF attack") follow, marked ``mentioned``: a
        weaker antecedent, used only when no subject fits."""
        out = []
        taken: set[int] = set()
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubj:pass", "ROOT") and tok.ent_type_ in ("ORG", "NORP", "GPE", "LOC", "MISC", "PER", "PERSON") \
                    and not in_ranges(tok.idx, inside_quotes):
                sp = self.speaker_from_tokens(noun_phrase(tok))
                if sp and not sp.get("pronoun") and sp.get("label") != "DESC":
                    sp["pos"] = tok.idx
                    sp["sent_start"], sp["sent_end"] = sent.start_char, sent.end_char
                    out.append(sp)
                    taken.update(range(sp["start"], sp["end"]))
        for tok in sent:
            # a titled subject with its organisation named ("Le porte-parole militaire des
            # Houthis a répliqué …"): what a later "a-t-il ajouté" refers to
            if tok.dep_ in ("nsubj", "nsubj:pass") and tok.pos_ == "NOUN" and tok.i < tok.head.i \
                    and tok.idx not in taken and not in_ranges(tok.idx, inside_quotes):
                toks = noun_phrase(tok)
                sp = self.speaker_from_tokens(toks) if toks else None
                rng = token_range(toks) if toks else None
                if sp and sp.get("label") == "PER" and not sp.get("pronoun") and rng \
                        and (sp["start"], sp["end"]) not in {(a["start"], a["end"]) for a in out}:
                    # "Le docteur Omar X était de garde": a person named inside the subject's
                    # phrase, whom a later "dit-il" refers to
                    sp["pos"] = tok.idx
                    sp["sent_start"], sp["sent_end"] = sent.start_char, sent.end_char
                    out.append(sp)
                    continue
                if sp and sp.get("role") and sp.get("label") not in ("PER", "DESC") and rng and any(
                        e.label_ in ("ORG", "NORP", "GPE", "LOC", "MISC") and rng[0] <= e.start_char < rng[1]
                        for e in doc_ents(sent.doc)):
                    verb = tok.head
                    aux = [c.idx for c in verb.children if c.dep_.startswith("aux") and tok.i < c.i < verb.i]
                    # "The head of the Tyre rescue teams, Karim Haddad, described …": the person
                    # in apposition is who a later "he said" refers to, not the title's organisation
                    sp = self.name_before(sp, min([verb.idx, *aux]), sent.doc) or sp
                    sp["pos"] = tok.idx
                    sp["sent_start"], sp["sent_end"] = sent.start_char, sent.end_char
                    out.append(sp)
        mentioned = []
        for ent in doc_ents(sent.doc):
            if (ent.label_ == "ORG" and sent.start_char <= ent.start_char < sent.end_char
                    and ent.start_char not in taken and not in_ranges(ent.start_char, inside_quotes)
                    and _acting(ent.root, self.lex)):
                mentioned.append({"start": ent.start_char, "end": ent.end_char, "text": ent.text, "label": "ORG",
                                  "role": None, "head": None, "pos": ent.start_char, "mentioned": True})
        return mentioned + out
