"""Run the spaCy pipelines over articles and turn each Doc into plain records.

This is the NLP stage's public face: ``extract(articles)`` streams ``Extraction`` objects.
Articles are grouped by language in chunks so that each language's pipeline runs with
``nlp.pipe`` (and ``n_process`` workers); the order of the input is kept.

Spaces: the French typography of some sources puts no-break spaces before ``:`` and
inside « »; the models were trained on plain spaces and parse such text worse. The text
given to spaCy has them replaced by plain spaces — the same number of characters — so
every offset still refers to the article's text as ingested, and every span's text is
taken from that original text.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from kg.errors import InputError
from kg.limits import MAX_ARTICLE_CHARS, too_long
from kg.model import (
    ActorCandidate,
    CasualtyCandidate,
    WeaponCandidate,
    Article,
    EntityMention,
    EventCandidate,
    EventRecord,
    Extraction,
    Rejection,
    PlaceCandidate,
    Span,
    SpeakerPhrase,
    StatementCandidate,
    StatementRecord,
)
from kg.nlp.dates import anchored_offset, find_time_expressions, is_night, resolve
from kg.nlp.extensions import records
from kg.nlp.pipeline import SUPPORTED_LANGUAGES, load_pipeline
from kg.nlp.thresholds import HISTORY_DAYS
from kg.version import EXTRACTOR_VERSION  # noqa: F401  (re-exported: the stages import it from here)
from kg.iterate import chunked
from kg.wire import in_dateline
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
TRAILING = " \u00a0\u202f,;:.…"
# inside a quotation over several paragraphs: the break and the reopening mark
PARAGRAPH_REOPEN = re.compile(r"[\s\u00a0\u202f]*\n[\s\u00a0\u202f]*[«“”\"]?[\s\u00a0\u202f]*")


def text_for_nlp(text: str) -> str:
    """The text given to spaCy: same length, no-break spaces made plain."""
    return text.translate(_SPACES)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start] in " \u00a0\u202f":
        start += 1
    return start, end


def title_end(article: Article) -> int:
    """Where the headline ends when the text starts with it (facts there are not drawn)."""
    title = text_for_nlp(article.title or "").strip()
    stripped = text_for_nlp(article.text).lstrip()
    if title and stripped.startswith(title):
        return len(article.text) - len(stripped) + len(title)
    return 0


def _place(text: str, p: PlaceCandidate) -> EntityMention:
    return EntityMention(_span(text, p.start, p.end), "place", label=p.label, direct=p.direct)


def _actor(text: str, a: ActorCandidate) -> EntityMention:
    return EntityMention(_span(text, a.start, a.end), "actor", label=a.label)


def _speaker(text: str, sp: SpeakerPhrase) -> EntityMention:
    return EntityMention(_span(text, sp.start, sp.end), "actor", label=sp.label, role=sp.role,
                         head=_span(text, sp.head[0], sp.head[1]) if sp.head else None)


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def records_from_doc(doc: Doc, article: Article, rejected: list[Rejection] | None = None) -> Extraction:
    """The plain records of one processed Doc; spans re-read from the article's own text.

    ``rejected``, when given, receives the candidates left out here and why (``kg explain``)."""
    rejected = [] if rejected is None else rejected
    skip_before = title_end(article)
    candidates = []
    for s in records(doc, StatementCandidate):
        if s.evidence[0] >= skip_before:
            candidates.append(s)
        else:
            rejected.append(Rejection("statement", s.cue_start, s.cue_start + len(s.cue), s.cue, "in the headline", s.trace))
    event_candidates = records(doc, EventCandidate)
    events = _event_records(event_candidates, candidates, article, doc.lang_, skip_before, rejected)
    statements = [_statement_record(s, events, article, doc.lang_) for s in candidates]
    # every place the text names: what a statement that names no attack talks about, and
    # whether a city district's city is named (kg.link.articles)
    text = article.text
    places = [EntityMention(_span(text, ent.start_char, ent.end_char), "place", label=ent.label_, direct=False)
              for ent in doc.ents if ent.label_ in PLACE_LABELS and ent.start_char >= skip_before]
    # an attack negated in itself ("no such attack had taken place") denies one claimed before
    denials = [e.trigger.start for e in event_candidates if e.blocked == "negation"]
    return Extraction(article=article, events=events, statements=statements, places=places,
                      denials=sorted(d for d in denials if d >= skip_before),
                      casualties=[c for c in records(doc, CasualtyCandidate) if c.start >= skip_before],
                      weapons=[w for w in records(doc, WeaponCandidate) if w.start >= skip_before])


def _event_records(event_candidates: list[EventCandidate], statements: list[StatementCandidate], article: Article,
                   doc_lang: str, skip_before: int, rejected: list[Rejection]) -> list[EventRecord]:
    """The attacks of the article: real, specific, after the headline, recent; their perpetrators
    alleged when told inside a statement, and no accused actor taken for the place hit."""
    text, lang, published = article.text, article.language or doc_lang, article.published
    reported_ranges = [s.quote_span for s in statements if s.quote_span is not None]
    # the actor an accusation blames is no place hit ("a imputé l'attaque à l'Ukraine")
    accused = [(s.accused.start, s.accused.end) for s in statements if s.accused]

    def not_accused(cands: tuple[PlaceCandidate, ...]) -> list[PlaceCandidate]:
        return [c for c in cands if not any(a <= c.start < b for a, b in accused)]
    events: list[EventRecord] = []
    told = _days_told(text, lang, published, skip_before)
    nights = _nights_told(text, lang, published, skip_before)
    for e in event_candidates:
        if e.blocked or e.trigger.start < skip_before:
            why = f"not a real, specific attack: {e.blocked}" if e.blocked else "in the headline"
            rejected.append(Rejection("event", e.trigger.start, e.trigger.end, e.trigger.text, why, e.trace))
            continue
        date = _event_date(e, events, told, lang, published, nights)
        if date is not None and published is not None and (published - date).days > HISTORY_DAYS:
            rejected.append(Rejection("event", e.trigger.start, e.trigger.end, e.trigger.text,
                                      f"dated {date}, more than {HISTORY_DAYS} days before publication", e.trace))
            continue
        ts, te = e.trigger.start, e.trigger.end
        events.append(EventRecord(
            event_class=e.event_class,
            trigger=_span(text, ts, te),
            sentence=_span(text, *_clean(text, e.sentence[0], e.sentence[1])),
            places=[_place(text, p) for p in not_accused(e.places)],
            sentence_places=[_place(text, p) for p in not_accused(e.sentence_places)],
            perpetrators=[_actor(text, p) for p in e.perpetrators],
            reported=any(a <= ts < b for a, b in reported_ranges),
            definite=e.definite,
            date_text=text[e.date.start: e.date.end] if e.date else None,
            date=date,
            trace=e.trace,
        ))
    return events


def _days_told(text: str, lang: str, published: dt.date | None, skip_before: int) -> list[tuple[int, dt.date]]:
    """(offset, day) of each time expression of the body that fixes a day by itself (not the
    headline, not a dateline, not one that counts from another day): the days an anchored
    expression may count from."""
    out = []
    for f in find_time_expressions(text, lang):
        if f.start < skip_before or in_dateline(text, f.start) or anchored_offset(f.text, lang)[0]:
            continue
        day = resolve(f.text, lang, published)
        if day is not None:
            out.append((f.start, day))
    return out


NIGHT_WORD = re.compile(r"\b(?:nuit|night|overnight)\b", re.IGNORECASE)


def _nights_told(text: str, lang: str, published: dt.date | None, skip_before: int) -> list[tuple[int, dt.date]]:
    """(offset, day) of each named night of the body ("dans la nuit de jeudi à vendredi",
    "overnight into Friday") that ended on the publication day or the day before: the night a
    later bare "pendant la nuit" of the article most likely is."""
    if published is None:
        return []
    out = []
    for f in find_time_expressions(text, lang):
        if f.start < skip_before or in_dateline(text, f.start) or not NIGHT_WORD.search(f.text) or is_night(f.text, lang):
            continue
        day = resolve(f.text, lang, published)
        if day is not None and 0 <= (published - day).days <= 1:
            out.append((f.start, day))
    return out


def _event_date(e: EventCandidate, before: list[EventRecord], told: list[tuple[int, dt.date]], lang: str,
                published: dt.date | None, nights: list[tuple[int, dt.date]] | None = None) -> dt.date | None:
    """The attack's day: its time expression resolved against the publication date, or, for
    one that counts from another day ("la veille", "a day after …"), against its anchor: a
    day told in the same sentence, else the day of the attack told last before it ("Drones
    hit X on Monday, officials said on Tuesday. Le même jour, …" is Monday), else the day
    told last before it whatever it dated ("Le maire a décrété lundi un deuil. La veille, un
    obus…" is Sunday); none when
    the expression counts from an attack placed before it in the same sentence that has no
    day ("Drones hit X, a day after shelling hit Y")."""
    d = e.date
    if d is None:
        return None
    anchor = resolve(d.anchor, lang, published) if d.anchor else None
    if anchor is None and is_night(d.text, lang):
        # "avoir abattu pendant la nuit 126 drones", after "dans la nuit de jeudi à vendredi":
        # the one named night told before (one that ended by the publication day)
        named = sorted({day for start, day in (nights or []) if start < d.start})
        if len(named) == 1:
            return named[0]
    if d.quoted:  # "yesterday" in a quotation counts from the day it was said
        return resolve(d.text, lang, anchor)
    if anchor is None and d.told_before:
        if d.inverse and any(r.sentence.start <= e.sentence[0] < r.sentence.end and r.trigger.start < d.start
                             and (r.places or r.sentence_places) for r in before):
            return None
        attacks = [r.date for r in before if r.date is not None and r.trigger.start < d.start]
        days = [day for start, day in told if start < d.start]
        anchor = attacks[-1] if attacks else days[-1] if days else None
    return resolve(d.text, lang, published, anchor=anchor, inverse=d.inverse)


def _statement_record(s: StatementCandidate, events: list[EventRecord], article: Article, doc_lang: str) -> StatementRecord:
    """One statement with its quote re-read from the text, and the attacks it is about: told
    inside its quotation or sentence, or named by the cue ("blamed Kyiv for the attack")."""
    text = article.text
    quote = None
    if s.quote_span is not None:
        qs, qe = _clean(text, s.quote_span[0], s.quote_span[1])
        quote = PARAGRAPH_REOPEN.sub(" ", text[qs:qe]) or None
    ev_s, ev_e = _clean(text, s.evidence[0], s.evidence[1])
    about = []
    trace = list(s.trace)
    for i, ev in enumerate(events):
        pos = ev.trigger.start
        inside_quote = s.quote_span is not None and s.quote_span[0] <= pos < s.quote_span[1]
        in_sentence = ev_s <= pos < ev_e
        if inside_quote or in_sentence or pos in s.about_hint:
            about.append(i)
            trace.append("about:" + ("attack_in_quote" if inside_quote else "attack_in_sentence" if in_sentence
                                     else "attack_noun_of_cue"))
    date = resolve(s.date_text, article.language or doc_lang, article.published) if s.date_text else None
    return StatementRecord(
        speaker=_speaker(text, s.speaker),
        cue=s.cue,
        quote=quote,
        direct=s.direct and quote is not None,
        evidence=_span(text, ev_s, ev_e),
        about=about,
        accuses=_actor(text, s.accused) if s.accused else None,
        date_text=s.date_text,
        date=date,
        trace=tuple(trace),
    )



def extract(
    articles: Iterable[Article],
    *,
    on_error: Callable[[InputError], None],
    workers: int = 1,
    chunk_size: int = 64,
) -> Iterator[Extraction]:
    """Extraction records for each article of a supported language, in input order.

    An article with no or an unsupported language, or longer than ``MAX_ARTICLE_CHARS``,
    is reported through ``on_error`` and skipped; nothing else stops the stream.
    """
    for chunk in chunked(articles, chunk_size if workers <= 1 else max(chunk_size, 256 * workers)):
        by_lang: dict[str, list[int]] = {}
        for i, art in enumerate(chunk):
            lang = (art.language or "").lower()
            if lang not in SUPPORTED_LANGUAGES:
                why = f"unsupported language {lang!r}" if lang else "language unknown (give --lang)"
                on_error(InputError(art.origin or art.identifier, why))
                continue
            if len(art.text) > MAX_ARTICLE_CHARS:
                on_error(InputError(art.origin or art.identifier, too_long(len(art.text))))
                continue
            by_lang.setdefault(lang, []).append(i)
        results: dict[int, Extraction] = {}
        for lang, idx in by_lang.items():
            nlp = load_pipeline(lang)
            texts = (text_for_nlp(chunk[i].text) for i in idx)
            n_process = workers if workers > 1 and len(idx) >= 2 * workers else 1
            for i, doc in zip(idx, nlp.pipe(texts, n_process=n_process, batch_size=16)):
                results[i] = records_from_doc(doc, chunk[i])
        for i in sorted(results):
            yield results[i]

