"""The finders of statements: who speaks, what they said, in which words.

For one speech verb (the *cue*), the statements component asks four registries in turn:

1. ``SUBJECT`` — the verb's subject token (also where the speaker phrase starts);
2. ``SPEAKER`` — the speaker phrase (the subject, the speaker of the speech verb this one
   hangs from, a passive's agent, the noun phrase after an inverted verb);
3. ``QUOTE`` — a quotation attached to the cue (before it with a comma, after a colon,
   after a verb whose quotation is its content);
4. ``CLAUSE`` — when no quotation is: the reported clause (the verb's complement, an
   accusation's quoted object, the rest of a multi-word cue, a clause a few words after
   the verb, an announced object, the clause before ", said X").

Each finder takes the extractor (``kg.nlp.statements.StatementExtractor``: language,
lexicon, speaker finder) and the cue's context, and returns what it found or None. The
order of each declaration is the order of preference.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from kg.nlp.finders import registry
from kg.nlp.quotes import Quotation
from kg.nlp.speakers import AGE_AFTER
from kg.nlp.syntax import CLAUSE_DEPS, SUBJECT_DEPS, doc_text, token_range, tokens_starting_in
from kg.nlp.thresholds import ADDRESSEE_MAX_TOKENS, APPEAL_ADDRESSEE_MAX_TOKENS, DESCRIBED_NAME_MAX_TOKENS, GOVERNING_VERB_LEVELS

if TYPE_CHECKING:
    from kg.nlp.statements import StatementExtractor

EUPHONIC = {"-t", "t", "-t-"}  # "a-t-il": the t is no subject
LANGS = ("en", "fr")


@dataclass(frozen=True)
class Cue:
    """A speech verb in its sentence, and what the earlier decisions found about it."""

    verb: Token
    kind: str  # say, accuse, deny, attribute
    sent: Span
    quotes: tuple[Quotation, ...]
    text: str
    cue_start: int
    cue_end: int
    by_verb: Any  # dict[int, StatementDraft]: the statements of this sentence's earlier speech verbs
    subject: Token | None = None
    left: int = 0  # where the speaker's phrase (or the cue) starts
    after_objects: tuple[Token, ...] = ()  # nouns after the verb (the French inverted order)
    inverted: bool = False  # the speaker is the noun phrase after the verb
    accused: Any = None  # the actor an accusation blames (a dict phrase)

    @property
    def lemma(self) -> str:
        return self.verb.lemma_.lower()


@dataclass
class StatementDraft:
    """A statement while the component builds it: mutable, because its speaker phrase (a
    dict of ``kg.nlp.speakers``) is resolved against the article's earlier speakers after
    every cue of the sentence is read. What leaves the component is a ``StatementCandidate``."""

    speaker: dict
    cue: str
    cue_start: int
    kind: str  # say, accuse, deny, attribute
    quote: str | None
    direct: bool
    quote_span: tuple[int, int] | None  # the quotation's or clause's range (None: no words reported)
    evidence: tuple[int, int]
    accused: dict | None = None
    about_hint: tuple[int, ...] = ()
    date_text: str | None = None
    trace: list[str] = field(default_factory=list)


# ---------- the subject token ----------

def grammatical_subject(ex: StatementExtractor, c: Cue) -> Token | None:
    """The verb's subject ("the governor said", "Moscou a démenti"); a word inside a
    quotation that ends before the verb is no subject of it: the parser may hang the quoted
    sentence's own subject on the cue ("« Ce qui s'est passé … », a déclaré le porte-parole")."""
    found = [t for t in c.verb.children if t.dep_ in SUBJECT_DEPS and t.lower_ not in EUPHONIC
             and any(ch.isalnum() for ch in t.text)  # a hyphen of "Al-Ikhbariya" the parser made a subject
             and not _quoted_before_verb(t, c)]
    v = c.verb
    if any(t.i > v.i for t in found):
        # "…, blessant six passagers, a indiqué le responsable régional": a noun of the clause
        # before the comma the parser also hung on the verb is not the subject the incise inverts
        found = [t for t in found if t.i > v.i or "," not in c.text[t.idx: c.cue_start]]
    elif ex.lang == "fr" and any(t.i > v.i and t.dep_ == "obj" and t.pos_ in ("NOUN", "PROPN") for t in v.children):
        # "Les tirs … ont tué 27 civils, a affirmé un médecin": the subject of the clause before
        # the comma (with its own finite verb), hung on the speech verb, is not the speaker the
        # incise inverts; "Le ministre, interrogé, a affirmé sa position" keeps its subject
        def clause_noun(t: Token) -> bool:
            return t.i < v.i and "," in c.text[t.idx: c.cue_start] and any(
                ex.finite(u) for u in v.doc[t.i + 1: v.i] if u.idx < c.cue_start and u.head.i != v.i)
        found = [t for t in found if not clause_noun(t)]
    return found[0] if found else None


def expletive_pronoun(ex: StatementExtractor, c: Cue) -> Token | None:
    """A personal pronoun the parser took for an impersonal "il" ("Il a précisé que …"): the
    subject of an active speech verb (not "il a été précisé", "il est rappelé")."""
    if any(a.dep_ in ("aux:pass", "auxpass") or a.lemma_ == "être" for a in c.verb.children if a.dep_.startswith("aux")):
        return None
    return next((t for t in c.verb.children if t.dep_ == "expl:subj" and t.i < c.verb.i
                 and t.lower_ in ("il", "elle", "ils", "elles")), None)


def _quoted_before_verb(t: Token, c: Cue) -> bool:
    """Whether ``t`` lies inside a quotation that closes before the verb."""
    return any(q.open < t.idx < q.close < c.verb.idx for q in c.quotes)


def inverted_pronoun(ex: StatementExtractor, c: Cue) -> Token | None:
    """The inverted pronoun the parser may call an expletive ("a-t-il dit"), or hang from the
    euphonic "-t" ("a | -t | -elle écrit")."""
    found = next((t for t in c.verb.children if t.text.startswith("-") and t.lower_ in ex.pronouns), None)
    if found is None:
        found = next((g for t in c.verb.children if t.lower_ in EUPHONIC for g in t.children
                      if g.text.startswith("-") and g.lower_ in ex.pronouns), None)
    return found


def unattached_subject(ex: StatementExtractor, c: Cue) -> Token | None:
    """A noun before the verb that the parser left unattached ("dep"); not a day ("Le bilan
    s'est alourdi dimanche à huit morts, a indiqué le chef …": the parser hung "dimanche" on
    the verb), nor, before a comma, a noun of the clause an inverted incise follows when a
    noun comes after the verb ("…, a indiqué le chef de l'administration")."""
    days = ex.lex.day_words
    v = c.verb
    inverted = any(t.i > v.i and t.dep_ in ("obj", "nsubj") and t.pos_ in ("NOUN", "PROPN") for t in v.children)
    return next((t for t in v.children if t.i < v.i and t.dep_ == "dep" and t.pos_ in ("PROPN", "NOUN")
                 and t.lower_ not in days and not (inverted and "," in c.text[t.idx: c.cue_start])), None)


SUBJECT = registry("statement subject", "the token that is the speech verb's subject")
SUBJECT.declare(("en",), [grammatical_subject, unattached_subject])
SUBJECT.declare(("fr",), [grammatical_subject, inverted_pronoun, unattached_subject, expletive_pronoun])


# ---------- the speaker phrase ----------

def subject_phrase(ex: StatementExtractor, c: Cue) -> dict | None:
    """The subject's phrase (a title given in apposition becomes its role); a document
    speaks for whoever issued it ("the ministry's statement said", "Le communiqué du
    ministère précise")."""
    if c.subject is None:
        return None
    issuer = ex.document_issuer(c.subject)
    speaker = ex.speakers.speaker_of(issuer if issuer is not None else c.subject)
    if speaker and not speaker.get("pronoun") and c.subject.dep_ not in ("csubj",):
        ex.speakers.appositive_role(c.subject, speaker)
    if speaker and speaker.get("label") in ("", "ORG", "MISC", "LOC", "GPE") and not speaker.get("pronoun") \
            and (not speaker.get("label") or speaker.get("role")):
        toks = [t for t in c.sent if speaker["start"] <= t.idx < speaker["end"]]
        if ex.bare_name(toks):
            # a first name and surname the model tagged as nothing, or as an organisation
            # although a person's title follows it ("Volodymyr X, head of the Sumy administration,")
            speaker["label"] = "PER"
    return speaker


def governing_speaker(ex: StatementExtractor, c: Cue) -> dict | None:
    """A verb with no subject that hangs from a speech verb ("adding that …", "… and blamed
    Kyiv") has its speaker (the parser may attach it inside the first one's complement)."""
    v = c.verb
    if c.subject is not None or v.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return None
    up = v.head
    for _ in range(GOVERNING_VERB_LEVELS):
        if up.i in c.by_verb:
            return c.by_verb[up.i].speaker
        if up.head.i == up.i:
            break
        up = up.head
    return None


def coordinated_subject(ex: StatementExtractor, c: Cue) -> dict | None:
    """A verb coordinated with an earlier one and with no subject of its own shares that
    verb's subject, even when the first verb is no speech or gave no statement ("posted
    footage of the depot and reported that …", "did not comment on X but said that …", "a
    diffusé des images et a précisé que …")."""
    v = c.verb
    if c.subject is not None or v.dep_ != "conj" or v.head.i > v.i:
        return None
    if not any(t.dep_ == "cc" and v.head.i < t.i < v.i and t.head.i in (v.i, v.head.i) for t in c.sent):
        return None  # "…, a essuyé des tirs …, a affirmé l'Armée X": no "and", an inverted speaker
    head = v.head
    for _ in range(GOVERNING_VERB_LEVELS):
        if head.dep_ != "conj" or head.head.i > head.i:
            break
        head = head.head
    subj = next((t for t in head.children if t.dep_ in SUBJECT_DEPS and t.lower_ not in EUPHONIC
                 and t.i < head.i and not _quoted_before_verb(t, c)), None)
    if subj is None or subj.lower_ in ex.lex.relative_pronouns:
        return None
    speaker = ex.speakers.speaker_of(subj)
    if speaker and speaker.get("label") != "PER" and not speaker.get("pronoun"):
        speaker = ex.speakers.name_before(speaker, ex.verb_group(head)[0], v.doc) or speaker
    return speaker


def participle_after_speaker(ex: StatementExtractor, c: Cue) -> dict | None:
    """A participle right after the speaker of an earlier speech verb of the sentence ("…, a
    indiqué le ministère, précisant que …", "…, a rapporté la chaîne X, faisant état de …"):
    that speaker goes on speaking, whatever verb of the reported clause the parser hung the
    participle from ("Deux drones ont été abattus … précisant" is no drone speaking)."""
    v = c.verb
    if c.subject is not None or not ex.participle(v):
        return None
    text = doc_text(v.doc)
    for draft in sorted(c.by_verb.values(), key=lambda d: -d.cue_start):
        sp = draft.speaker
        if draft.cue_start >= v.idx or sp.get("end") is None or sp["end"] > v.idx:
            continue
        if text[sp["end"]: v.idx].strip() == "," and sp["start"] > draft.cue_start:
            return dict(sp)  # the speaker after its verb (inverted), then ", participle"
        return None
    return None


def participle_subject(ex: StatementExtractor, c: Cue) -> dict | None:
    """A participle with no subject ("…, saying …", "…, estimant que …") speaks for the
    subject of the verb it hangs from, even when that verb is no speech ("posted photos of
    the market, saying three traders were hurt")."""
    v = c.verb
    if c.subject is not None or v.dep_ not in ("advcl", "xcomp", "conj", "acl") or not ex.participle(v):
        return None
    head_subject = next((t for t in v.head.children if t.dep_ in SUBJECT_DEPS and t.lower_ not in EUPHONIC), None)
    if head_subject is None or head_subject.lower_ in ex.lex.relative_pronouns:
        return None
    speaker = ex.speakers.speaker_of(head_subject)
    if speaker and head_subject.i < v.head.i and speaker.get("label") != "PER" and not speaker.get("pronoun"):
        # "La porte-parole …, Maria X, a fustigé Prague, estimant que …": the name speaks
        speaker = ex.speakers.name_before(speaker, ex.verb_group(v.head)[0], v.doc) or speaker
    return speaker


def passive_agent(ex: StatementExtractor, c: Cue) -> dict | None:
    """The agent of a passive ("attribuée au camp ukrainien par le Kremlin")."""
    agent = next((t for t in c.verb.children if t.dep_ in ("obl:agent", "agent")), None)
    if agent is None:
        return None
    inner = next((t for t in agent.subtree if t.dep_ == "pobj"), agent)
    return ex.speakers.speaker_of(inner)


def _told_addressee(ex: StatementExtractor, c: Cue) -> bool:
    """"…, a doctor at the hospital, told reporters": English puts no speaker after "told";
    the noun after it is whom the speaker told."""
    return ex.lang == "en" and c.verb.lemma_.lower() == "tell" and any(ch.dep_ == "dobj" for ch in c.verb.children)


def inverted_noun_phrase(ex: StatementExtractor, c: Cue) -> dict | None:
    """In the inverted order after a clause or quotation ("…, a affirmé mardi le
    département d'État"), the noun phrase after the verb."""
    if not c.after_objects or c.kind not in ("say", "deny") or _told_addressee(ex, c):
        return None
    if ex.after_comma_or_quote(c.cue_start, c.text):
        speaker = ex.speakers.speaker_of(c.after_objects[0])
        return ex.name_after(speaker, c) if speaker is not None else None
    return None


def speaker_before_final_verb(ex: StatementExtractor, c: Cue) -> dict | None:
    """The phrase set off by a comma just before a verb that ends the sentence, when the
    parser gave the verb no subject ("…, killing two, the regional governor, Vyacheslav
    Gladkov, said." / "…, Hanna X, a spokeswoman for the port, said on Tuesday.")."""
    if c.subject is not None or c.kind not in ("say", "deny") or not ex.ends_sentence(c):
        return None
    return ex.phrase_before_verb(c)


def speaker_after_opening_participle(ex: StatementExtractor, c: Cue) -> dict | None:
    """The phrase set off by commas before the verb, when the sentence opens with a participle
    the parser took for its root ("Interrogée par la télévision locale, la maire de Vilniansk,
    Oksana X, a déclaré que …"): the opening participle is no reported clause."""
    if c.subject is not None or c.kind not in ("say", "deny"):
        return None
    first = c.sent[0]
    if first.i >= c.verb.i or first.pos_ != "VERB" or "Part" not in first.morph.get("VerbForm") \
            or any(t.text in ("«", "“", '"') for t in c.sent if t.i < c.verb.i):
        return None
    return ex.phrase_before_verb(c)


def speaker_after_phrase(ex: StatementExtractor, c: Cue) -> dict | None:
    """In the inverted order, the noun phrase at the end of the sentence after a phrase
    that tells how or where it was said ("…, a écrit sur sa chaîne Telegram le maire",
    "…, a précisé mardi à la télévision le gouverneur, X", '…," said in a comment to local
    media the head of the district')."""
    if c.subject is not None or c.kind not in ("say", "deny") or not ex.after_comma_or_quote(c.cue_start, c.text) \
            or ex.participle(c.verb):
        return None  # ", adding that …": a participle has no speaker after it
    if _told_addressee(ex, c):
        return None
    return ex.phrase_after_verb(c)


def relative_antecedent(ex: StatementExtractor, c: Cue) -> dict | None:
    """The noun phrase just before ", qui …" / ", who …" when the parser cut the relative
    clause off as a sentence of its own ("Olena X, | qui avait évoqué …")."""
    subj = c.subject
    if subj is None or subj.lower_ not in ex.lex.relative_pronouns:
        return None
    doc = subj.doc
    j = subj.i - 1
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j < 0 or doc[j].pos_ not in ("NOUN", "PROPN") or j == subj.i - 1:
        return None  # no comma between: "the strike that killed …" is no antecedent's speech
    ante = doc[j]
    while ante.dep_ in ("flat", "flat:name", "compound") and ante.head.i < ante.i:
        ante = ante.head
    speaker = ex.speakers.speaker_of(ante)
    if speaker and not speaker.get("label"):
        toks = list(tokens_starting_in(doc, speaker["start"], speaker["end"]))
        if ex.bare_name(toks):
            speaker["label"] = "PER"
    return speaker


def nominal_root_subject(ex: StatementExtractor, c: Cue) -> dict | None:
    """The noun phrase that the parser made the sentence's root, when it hung the speech verb
    from it as a modifier ("The head of the council, Noa X, called on …", "Le chef du district,
    Andreï X, joint par téléphone, décrit …"): with no other verb to be the sentence's, that
    phrase is the verb's subject."""
    v = c.verb
    if c.subject is not None or any(ch.dep_ in SUBJECT_DEPS for ch in v.children):
        return None
    mod = v
    while mod.dep_ == "conj" and mod.head.i < mod.i:
        mod = mod.head  # "…, joint par téléphone, décrit …": the verb coordinated with the first modifier
    if mod.dep_ not in ("acl", "acl:relcl") or mod.head.i > mod.i:
        return None
    root = c.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > v.i:
        return None
    if not (mod.head.i == root.i or mod.head.head.i == root.i and mod.head.dep_ in ("appos", "flat", "flat:name")):
        return None
    if any(ch.dep_ in ("obl:agent", "agent") for ch in v.children):
        return None  # "les déclarations du ministre, rapportées par l'agence": a participle, not the verb
    return ex.speakers.speaker_of(root)


def opening_name_and_title(ex: StatementExtractor, c: Cue) -> dict | None:
    """A name that opens the sentence, then a title set off by commas, then the verb, when the
    parser lost the subject ("Petro X, chef de l'administration militaire de Kherson, a
    indiqué …" parsed with the name as the root) or took the title for it ("Natalia X, la
    directrice de l'école, a raconté …"): the person speaks, with that title."""
    if c.subject is not None and c.subject.pos_ == "PRON":
        return None
    doc = c.verb.doc
    toks = [t for t in c.sent if t.i < c.verb.i and not t.is_space]
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    name = toks[:comma] if comma is not None else []
    if not 2 <= len(name) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha()
                                           and t.pos_ not in ("DET", "PRON", "ADP", "VERB", "AUX") for t in name):
        return None  # a first name and surname, whatever the tags ("Petro" parsed as an adjective)
    rest = toks[comma + 1:]
    close = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if close is None or not rest[:close] or any(t.pos_ in ("VERB",) for t in rest[:close]):
        return None
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in rest[close + 1:]):
        return None  # only the verb group after the title
    title = rest[:close]
    if c.subject is not None and c.subject not in title:
        return None  # the subject the parser found is elsewhere: not this construction
    text = doc_text(doc)
    role = ex.speakers.find_role(text[title[0].idx: title[-1].idx + len(title[-1].text)])
    if not role:
        return None
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    return {"start": start, "end": end, "text": text[start:end], "label": "PER", "role": role,
            "head": [title[0].idx, title[-1].idx + len(title[-1].text)]}


def opening_name_and_age(ex: StatementExtractor, c: Cue) -> dict | None:
    """A name that opens the sentence with an age set off by commas, then the verb, when the
    parser lost the subject ("Fatima, 38 ans, raconte avoir passé …", with the name as a root of
    its own): a witness named by first name speaks."""
    if c.subject is not None and c.subject.pos_ == "PRON":
        return None
    toks = [t for t in c.sent if t.i < c.verb.i and not t.is_space]
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    name = toks[:comma] if comma is not None else []
    if not 1 <= len(name) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha()
                                           and t.pos_ not in ("DET", "PRON", "ADP", "VERB", "AUX") for t in name):
        return None
    text = doc_text(c.verb.doc)
    end = name[-1].idx + len(name[-1].text)
    age = AGE_AFTER.match(text[end:])
    if age is None:
        return None
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in toks if t.idx >= end + age.end()):
        return None  # only the verb group after the age
    if c.subject is not None and not name[0].idx <= c.subject.idx < end + age.end():
        return None  # the parser found a subject elsewhere: not this construction
    return _person(name, text)


def opening_name_and_relay(ex: StatementExtractor, c: Cue) -> dict | None:
    """A name that opens the sentence, then a relay participle set off by commas, then the verb,
    when the parser lost the subject ("SANA, citing a military source, said …" with "SANA" tagged
    an adjective): the medium that relays speaks."""
    if c.subject is not None:
        return None
    toks = [t for t in c.sent if t.i < c.verb.i and not t.is_space]
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    name = toks[:comma] if comma is not None else []
    if not 1 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.pos_ not in ("DET", "PRON", "ADP", "VERB", "AUX")
                                           for t in name if t.is_alpha) or not name[-1].is_alpha:
        return None
    rest = toks[comma + 1:]
    if not rest or rest[0].lemma_.lower() not in ex.lex.relay_verbs:
        return None
    close = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if close is None or any(t.pos_ not in ("AUX", "ADV", "PART") for t in rest[close + 1:]):
        return None
    text = doc_text(c.verb.doc)
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    return {"start": start, "end": end, "text": text[start:end], "label": "ORG"}


def _person(name: list[Token], text: str) -> dict:
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    return {"start": start, "end": end, "text": text[start:end], "label": "PER"}


def name_before_verb(ex: StatementExtractor, c: Cue) -> dict | None:
    """The name that opens the sentence right before the verb, when the parser made the
    verb hang from it ("Marta X a exhorté …" parsed with the name as the root)."""
    if c.subject is not None:
        return None
    return ex.opening_name(c)


SPEAKER = registry("statement speaker", "the phrase that names who speaks")
SPEAKER.declare(LANGS, [opening_name_and_title, opening_name_and_age, opening_name_and_relay, subject_phrase, nominal_root_subject, speaker_after_phrase, governing_speaker, participle_after_speaker, participle_subject, coordinated_subject,
                        passive_agent,
                        inverted_noun_phrase, speaker_before_final_verb, speaker_after_opening_participle,
                        relative_antecedent, name_before_verb])
INVERTED_FINDERS = frozenset({"inverted_noun_phrase", "speaker_after_phrase"})
# an attribution's agent speaks even when the verb has a subject ("l'attaque a été attribuée … par")
ATTRIBUTION_SPEAKER = registry("attribution speaker", "the phrase that names who attributes an attack")
ATTRIBUTION_SPEAKER.declare(LANGS, [passive_agent, subject_phrase, governing_speaker])


def speaker_finders(kind: str):  # type: ignore[no-untyped-def]
    """The speaker registry for a cue of ``kind``."""
    return ATTRIBUTION_SPEAKER if kind == "attribute" else SPEAKER


# ---------- a quotation attached to the cue ----------

def quote_before_cue(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The quotation that ends just before the speaker or cue, attached by a comma
    ("« … », a déclaré X", "“…,” he said"); a participle takes none ("…, « … », appelant ses
    alliés à …": the quotation is the verb's before it)."""
    if ex.participle(c.verb):
        return None
    return ex.quote_before(c.left, list(c.quotes), c.text)


def quote_after_colon(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The quotation after the cue and a colon ("X a déclaré : « … »", 'he said, “…”')."""
    return ex.quote_after_colon(c.verb, c.cue_end, c.sent, list(c.quotes), c.text)


def quote_after_content_verb(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The quotation after a verb whose quoted words are its content ("a qualifié de
    « crime de guerre » la frappe", 'described it as "a targeted hit"')."""
    if c.lemma not in ex.lex.quote_content_verbs and c.verb.lower_ not in ex.lex.quote_content_verbs:
        return None
    q = _next_quotation(ex, c)
    if q is not None and _qualifier(q, c) and _words_after(q, c):
        return None  # "a jugé « dangereuse » la frappe": the object goes with it (quote_then_object)
    return q


def _next_quotation(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The first quotation after the cue in its sentence, unless a further speech verb or a
    complementizer comes first ("a fustigé Prague, estimant que « … »", "a jugé que … « … »")."""
    q = next((q for q in c.quotes if c.cue_end <= q.open < c.sent.end_char), None)
    if q is not None and any(t.i > c.verb.i and c.cue_end <= t.idx < q.open
                             and (ex.cue_kind(t) or t.lower_ in ex.lex.complementizers) for t in c.sent):
        return None
    return q


def appositive_quotation(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """A quotation set off by a comma after the object of a verb whose object is what was said
    ("a salué les tirs sur Haïfa, « une réponse légitime »", 'welcomed the convoy, "a
    lifeline"'): the quoted apposition is what was said of it."""
    if c.inverted or (c.lemma not in ex.lex.noun_content_verbs and c.verb.lower_ not in ex.lex.noun_content_verbs):
        return None
    q = _next_quotation(ex, c)
    if q is None or not c.text[c.cue_end: q.open].rstrip(" \u00a0\u202f").endswith(","):
        return None
    if ex.holds_clause(c.verb, c.cue_end, q.open) or _words_after(q, c):
        return None
    return q


def quote_after_preposition(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The quotation right after the verb and its preposition ("a appelé à « … »", 'called
    for “…”', 'warned of “…”'): the quoted words are what was asked for or warned of. A
    quotation that words go on after is a fragment of the clause (``appeal_with_addressee``)."""
    toks = [t for t in c.sent if t.i > c.verb.i and t.idx >= c.cue_end and not t.is_space]
    preps = 0
    addressee = 0  # "appelant les habitants à « … »", 'urged residents to "…"': the addressee before
    for t in toks:
        if (t.pos_ == "ADP" or t.lower_ == "to") and preps == 0:
            preps += 1
            continue
        if preps and t.text in ("«", "“", '"'):
            q = next((q for q in c.quotes if q.open == t.idx), None)
            return q if q is not None and not _words_after(q, c) else None
        if not preps and addressee < ADDRESSEE_MAX_TOKENS and t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PRON"):
            addressee += 1
            continue
        return None
    return None


def _qualifier(q: Quotation, c: Cue) -> bool:
    """Whether a quotation is a bare qualifier that needs the noun after it ("a jugé
    « dangereuse » la frappe"), not a noun phrase that stands alone ("a qualifié de « crime de
    guerre » la frappe")."""
    inside = [t for t in c.sent if q.start <= t.idx < q.end and not t.is_punct]
    return bool(inside) and not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB") for t in inside)


def _continues(ex: StatementExtractor, q: Quotation, c: Cue) -> bool:
    """Whether the words after the closing mark belong to the quoted phrase ("des « dégâts
    mineurs » sur des maisons", "à « fournir sans délai » davantage de systèmes"): the phrase
    they open hangs from a word inside the quotation, not from the verb ("a dénoncé un
    « massacre » après le bombardement")."""
    nxt = next((t for t in c.sent if t.idx > q.close and not t.is_space), None)
    if nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "SCONJ") or nxt.lower_ in ex.lex.circumstance_words:
        return False  # a preposition of time or sequence opens a circumstance of the speech act
    phrase = nxt.head if nxt.dep_ in ("case", "det") and nxt.head.i > nxt.i else nxt
    # the parser hangs many such phrases on the verb: any other preposition goes on with the quoted noun
    return q.start <= phrase.head.idx < q.end or nxt.pos_ == "ADP"


def _words_after(q: Quotation, c: Cue) -> bool:
    """Whether the quoted phrase goes on after the closing mark ("a appelé les donateurs à « ne
    pas oublier » les villages …", "à « fournir sans délai » davantage de systèmes"): a word
    that opens no circumstance (a preposition, a conjunction) follows the mark."""
    nxt = next((t for t in c.sent if t.idx > q.close and not t.is_space), None)
    if nxt is None or nxt.is_punct:
        return False
    return nxt.pos_ not in ("ADP", "SCONJ", "CCONJ") and not nxt.lower_.startswith("jusqu")


def quoted_object(ex: StatementExtractor, c: Cue) -> Quotation | None:
    """The quotation that opens the object of a verb whose object is what was said ("a
    dénoncé une « attaque barbare »", "a dénoncé jeudi « une agression sauvage » contre le
    Liban", 'condemned the "barbaric shelling"'): a determiner, an adverb or a time word may
    stand before the mark."""
    if c.kind not in ("accuse", "say") or c.inverted:
        return None
    if c.kind == "say" and c.lemma not in ex.lex.noun_content_verbs and c.lemma not in ex.lex.quote_content_verbs:
        return None
    skipped = 0
    for t in c.sent:
        if t.i <= c.verb.i or t.idx < c.cue_end or t.is_space:
            continue
        if t.text in ("«", "“", '"'):
            q = next((q for q in c.quotes if q.open == t.idx), None)
            # "a reconnu des « dégâts mineurs » sur des maisons …": the object goes on after the
            # mark, and the whole object is what was said (reported_object, quoted_accusation_object)
            # a condemnation's quoted noun is what was said, the narrated rest is not ("a dénoncé
            # une « attaque odieuse » contre un convoi": "attaque odieuse")
            goes_on = _continues(ex, q, c) and not (c.kind == "accuse" and not _qualifier(q, c)) if q is not None else False
            if q is not None and (goes_on or _qualifier(q, c) and _words_after(q, c)):
                return None  # the whole object (reported_object), or the qualifier with its noun (quote_then_object)
            return q
        if skipped >= 3 or not (t.pos_ in ("DET", "ADV") or ex.time_word(t)):
            return None
        skipped += 1
    return None


QUOTE = registry("statement quotation", "the quoted words a speech verb introduces")
QUOTE.declare(LANGS, [quote_before_cue, quote_after_colon, quote_after_content_verb, quote_after_preposition,
                      quoted_object, appositive_quotation])


# ---------- the reported clause ----------

def appeal_with_addressee(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """An appeal's addressee and what it is asked to do ("urged residents to stay indoors",
    "called on the warring parties to protect civilians", "a exhorté les habitants à rester
    dans les abris"), read in the words' order: a noun phrase after the verb (and the particle
    of "call on"), then "to"/"à" before a verb or a quotation; to the end of the clause."""
    if c.kind != "say" or c.inverted or not (c.lemma in ex.lex.appeal_verbs or ex.appeal_particle(c.verb)):
        return None
    toks = [t for t in c.sent if t.i > c.verb.i and t.idx >= c.cue_end and not t.is_space]
    if toks and toks[0].lower_ in ex.lex.cue_tail_words and toks[0].pos_ in ("ADP", "PART"):
        toks = toks[1:]  # "called on …"
    addressee: list[Token] = []
    for k, t in enumerate(toks):
        if t.lower_ in ("to", "à") and addressee and k + 1 < len(toks) \
                and (toks[k + 1].pos_ in ("VERB", "AUX", "PART", "ADV") or toks[k + 1].text in ("«", "“", '"')):
            if not any(a.pos_ in ("NOUN", "PROPN", "PRON") for a in addressee) or ex.time_word(addressee[-1]):
                return None
            return ex.clause_span(addressee[0])
        if len(addressee) >= APPEAL_ADDRESSEE_MAX_TOKENS or t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADP") \
                or t.lower_ in ("to", "à"):
            return None
        addressee.append(t)
    return None


def quote_then_object(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """A quoted qualifier and the object it qualifies after it ("a jugé « dangereuse » la
    frappe de Kermanchah", "a qualifié d'« inacceptable » le bombardement"): both are what was
    said, from the mark to the end of the clause. A quoted noun phrase stands alone ("a
    qualifié de « massacre » la frappe": the quotation)."""
    if c.inverted or (c.lemma not in ex.lex.quote_content_verbs and c.verb.lower_ not in ex.lex.quote_content_verbs):
        return None
    q = _next_quotation(ex, c)
    if q is None or not _qualifier(q, c) or not _words_after(q, c):
        return None
    mark = next((t for t in c.sent if t.idx == q.open), None)
    return ex.clause_span(mark) if mark is not None else None


def complement_clause(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """The verb's clausal complement ("said (that) …", "a affirmé avoir …"), up to the end
    of the sentence or a further cue."""
    if c.inverted and not c.after_objects:
        return None  # "…, a déclaré Oleh X, cité par …": what follows the verb is its speaker
    multiword = ex.multiword_of(c.verb)
    if multiword is not None and " ".join(multiword) in ex.lex.noun_content_verbs:
        return None  # "a fait état d'une frappe …, que Moscou a qualifiée de …": a noun phrase is said, no clause
    skip = {t.i for o in (c.after_objects[:1] if c.inverted else ()) for t in o.subtree}
    cue_words = {w for words in ex.multiword if words[0] == c.lemma for w in words[1:]}
    for child in c.verb.children:
        # the second word of a multi-word cue ("a fait savoir que …") is no reported clause
        if child.i > c.verb.i and child.dep_ in CLAUSE_DEPS and child.i not in skip and child.lower_ not in cue_words:
            if c.inverted and child.pos_ not in ("VERB", "AUX"):
                continue  # "…, a déclaré jeudi | à la presse le maire": a noun the parser hung as a clause
            rng = ex.clause_span(child)
            if rng is not None and ex.is_attribution(rng, c.sent):
                return None  # "…, X said, the agency reported": a relay's verb is no reported clause
            return rng
    return None


def object_predicate(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """What the speaker called something, the noun phrase predicated of the verb's object
    ("condemned the strike, calling it an act of terror"): the name given is what was said."""
    if c.kind != "say" or c.inverted:
        return None
    pred = next((t for t in c.verb.children if t.dep_ == "oprd" and t.i > c.verb.i and t.pos_ in ("NOUN", "PROPN")), None)
    if pred is None:
        return None
    return token_range([t for t in pred.subtree if not t.is_space])


def quoted_accusation_object(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """An accusation's object that holds a quotation ("accused Moscow of « … »")."""
    if c.kind != "accuse":
        return None
    obj = next((t for t in c.verb.children if t.i > c.verb.i and t.dep_ in ("obj", "dobj")), None)
    if obj is None:
        return None
    for q in c.quotes:
        rng = ex.clause_span(obj)
        if rng and q.open >= rng[0] - 1 and q.close <= rng[1] + 1:
            return rng
    return None


def accused_act(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """The act an accusation reports, after its preposition ("accused the army of shelling
    the market")."""
    if c.kind != "accuse":
        return None
    if c.accused is None:
        return _unknown_accused_act(ex, c)
    for prep in c.verb.children:
        if prep.dep_ == "prep" and prep.i > c.verb.i:
            act = next((t for t in prep.children if t.dep_ == "pcomp" and t.pos_ == "VERB"), None)
            if act is not None:
                return ex.clause_span(act)
    return None


def _unknown_accused_act(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """An accusation of someone no table knows, with the act it reports ("accused the rebels
    of targeting civilians", "a accusé les rebelles de viser des civils"): the accused and the
    act, as the quote of an accusation is written ("<accused> of <act>")."""
    obj = next((t for t in c.verb.children if t.i > c.verb.i and t.dep_ in ("obj", "dobj") and t.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    act = None
    for head in (c.verb, obj):
        for child in head.children:
            if child.i <= obj.i:
                continue
            if child.dep_ == "prep" and child.lower_ == "of":
                act = next((t for t in child.children if t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX")), None)
            elif child.pos_ in ("VERB", "AUX") and child.dep_ in ("acl", "xcomp", "advcl") \
                    and any(m.dep_ == "mark" and m.lower_.replace("’", "'") in ("de", "d'") for m in child.children):
                act = child
            if act is not None:
                break
        if act is not None:
            break
    if act is None:
        return None
    rng = ex.clause_span(act)
    start = min(t.idx for t in obj.subtree)
    return (start, rng[1]) if rng is not None and start < rng[1] else None


def multiword_cue_tail(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """The rest of the sentence after a multi-word cue ("a fait état de …", "pointed out that")."""
    if ex.multiword_of(c.verb) is None:
        return None  # "called up reservists" is no "call for"
    tail = [t for t in c.sent if t.i > c.verb.i and not t.is_space]
    while tail and tail[0].lower_ in ex.lex.cue_tail_words:
        tail = tail[1:]
    # "a fait état, dans un communiqué, de …": a phrase between commas is how it was said
    if tail and tail[0].text == ",":
        close = next((k for k in range(1, min(len(tail), 10)) if tail[k].text == ","), None)
        if close is not None and close + 1 < len(tail) and tail[close + 1].lower_ in ex.lex.cue_tail_words:
            tail = tail[close + 1:]
            while tail and tail[0].lower_ in ex.lex.cue_tail_words:
                tail = tail[1:]
    days = 0
    while days < min(3, len(tail)) and (tail[days].lower_ in ex.lex.day_words or tail[days].like_num):
        days += 1
    if days and days < len(tail) and tail[days].lower_ in ex.lex.cue_tail_words:
        tail = tail[days:]
        while tail and tail[0].lower_ in ex.lex.cue_tail_words:
            tail = tail[1:]
    # to the sentence's end or a further cue (", et a imputé l'attaque à …")
    return ex.clause_span(tail[0]) if tail else None


def clause_after_verb(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """A clause that starts a few words after the verb, when the parse missed the
    complement ("a affirmé de son côté avoir frappé …", "said on Monday that …")."""
    if c.kind not in ("say", "deny") or c.inverted:
        return None
    return ex.clause_after(c.verb, c.sent)


def reported_object(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """What was announced, as the object noun phrase of a verb whose object is its content
    ("a annoncé la mort de 19 personnes dans une frappe"); a condemnation's object only when
    it quotes words ("a dénoncé une « attaque » contre …", not "a condamné la frappe")."""
    if c.kind not in ("say", "accuse", "deny") or c.inverted:
        return None
    if c.lemma not in ex.lex.noun_content_verbs and c.verb.lower_ not in ex.lex.noun_content_verbs:
        return None
    if c.subject is not None and c.subject.i > c.verb.i and c.text[:c.cue_start].rstrip().endswith(","):
        return None  # "…, a annoncé le gouverneur régional Oleh | Martchouk": the object is the speaker's title
    rng = ex.reported_object(c.verb)
    if rng is not None and c.kind == "accuse" and not any(rng[0] <= q.open < rng[1] for q in c.quotes):
        return None  # "condemned the attack on Hodeidah": a condemnation quotes no words of its own
    return rng


def _described_name_start(subject: Token, left: int) -> int:
    """Where a subject's phrase starts when the parser cut a description off its name ("…, the
    Palestinian news agency | Wafa reported"): back over the nouns, adjectives and determiners
    before it up to a comma (at most ``DESCRIBED_NAME_MAX_TOKENS``); else ``left``."""
    doc = subject.doc
    i = min(subject.left_edge.i, subject.i)
    k = i - 1
    while k >= 0 and i - k <= DESCRIBED_NAME_MAX_TOKENS and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") \
            and not doc[k].is_punct:
        k -= 1
    if k >= 0 and k < i - 1 and doc[k].text == "," and doc[k + 1].pos_ == "DET":
        return min(left, doc[k + 1].idx)
    return left


def clause_before_cue(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """The clause before ", said X" / ", a affirmé X" (from the sentence's start); not before
    a relative pronoun ("…, qui a appelé à …": the clause before is the antecedent's own)."""
    if c.kind not in ("say", "deny"):
        return None
    if c.subject is not None and c.subject.lower_ in ex.lex.relative_pronouns:
        return None
    left = c.left if not c.inverted else c.cue_start
    if not c.inverted and c.subject is not None and c.subject.i < c.verb.i:
        left = _described_name_start(c.subject, left)
    rng = ex.clause_before(left, c.sent, c.text)
    if rng is not None and (ex.ends_with_attribution(rng, c.sent)
                            or any(rng[0] <= st.cue_start < rng[1] for st in c.by_verb.values())):
        return None  # "…, X said, the agency reported" / "X a déclaré …, rapporte l'agence": a relay
    return rng


def bare_clause_after_verb(ex: StatementExtractor, c: Cue) -> tuple[int, int] | None:
    """A clause with no "that" right after the verb that the parser took for an object
    ("said the West shared responsibility"): a noun phrase and a finite verb soon after."""
    if c.kind != "say" or c.inverted or c.lemma in ex.lex.noun_content_verbs or c.lemma in ex.lex.quote_content_verbs:
        return None
    return ex.bare_clause(c.verb, c.sent)


CLAUSE = registry("statement clause", "the reported clause of a speech verb with no quotation of its own")
CLAUSE.declare(LANGS, [appeal_with_addressee, quote_then_object, complement_clause, quoted_accusation_object, accused_act, multiword_cue_tail,
                       clause_after_verb, reported_object, clause_before_cue])
CLAUSE.declare(("en",), [appeal_with_addressee, quote_then_object, complement_clause, object_predicate, quoted_accusation_object, accused_act, multiword_cue_tail,
                         clause_after_verb, reported_object, clause_before_cue, bare_clause_after_verb])


# ---------- the cues of a sentence ----------

def speech_verbs(ex: StatementExtractor, sent: Span, quotes: list[Quotation],
                 inside_quotes: list[tuple[int, int]]) -> list[StatementDraft]:
    """Statements of the sentence's speech verbs (``speech_verbs.tsv``), each with its
    speaker, quotation or clause; a verb inside someone's quoted words is theirs."""
    found: list[StatementDraft] = []
    by_verb: dict[int, StatementDraft] = {}
    for tok in sent:
        if any(a <= tok.idx < b for a, b in inside_quotes) or any(i.start <= tok.idx < i.end for i in ex.incises):
            continue
        kind = ex.cue_kind(tok)
        if kind is None:
            continue
        st = ex.from_verb(tok, kind, sent, quotes, by_verb)
        if st is not None:
            by_verb[tok.i] = st
            found.append(st)
    return found


def reporting_prepositions(ex: StatementExtractor, sent: Span, quotes: list[Quotation],
                           inside_quotes: list[tuple[int, int]]) -> list[StatementDraft]:
    """Statements of "selon X, …" / "…, according to X" (``speech_preps.tsv``)."""
    found = []
    for start, end in ex.prep_cues(sent):
        if any(a <= start < b for a, b in inside_quotes):
            continue
        st = ex.from_prep(sent, start, end, quotes)
        if st is not None:
            found.append(st)
    return found


def quoted_incises(ex: StatementExtractor, sent: Span, quotes: list[Quotation],
                   inside_quotes: list[tuple[int, int]]) -> list[StatementDraft]:
    """Statements of the speech verbs written inside a quotation ("« A, raconte-t-elle. B »",
    ``kg.nlp.quotes.split_at_incises``): the inverted pronoun speaks the part before the verb
    (the part after it goes on with the same speaker). The tagger often reads such a verb as
    an adjective, so the incise is read from its words."""
    found = []
    text = doc_text(sent.doc)
    for inc in ex.incises:
        if not sent.start_char <= inc.start < sent.end_char:
            continue
        pronoun = next((t for t in sent if inc.start <= t.idx < inc.end and t.text.startswith("-")
                        and t.lower_ in ex.pronouns and t.lower_ not in EUPHONIC), None)
        speaker = ex.speakers.speaker_from_tokens([pronoun]) if pronoun is not None else None
        if speaker is None:
            continue
        q = inc.before
        found.append(StatementDraft(
            speaker=speaker, cue=text[inc.start: inc.end], cue_start=inc.start, kind="say",
            quote=q.words(text).strip().rstrip(" \u00a0\u202f,;:.…").strip(), direct=True, quote_span=(q.start, q.end),
            evidence=(q.open, inc.end), trace=["cue:quotation_incise", "speaker:inverted_pronoun",
                                              "quote:quote_before_incise"]))
    return found


CUES = registry("statement cues", "the speech cues of a sentence and the statements they give")
CUES.declare(LANGS, [speech_verbs, reporting_prepositions, quoted_incises])
