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
from kg.nlp.dates import anchored_offset, find_time_expressions, is_clock_time, is_night, resolve
from kg.nlp.extensions import records
from kg.nlp.lexicon import lexicon
from kg.nlp.pipeline import SUPPORTED_LANGUAGES, load_pipeline
from kg.nlp.speech_acts import speech_act
from kg.nlp.targets import find_targets
from kg.nlp.syntax import full_sentences
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
    denials = [e.trigger.start for e in event_candidates if e.blocked == "negation"] + _denial_verbs(doc, events, event_candidates)
    figures, counts = records(doc, CasualtyCandidate), records(doc, WeaponCandidate)
    for record, cand in zip(statements, candidates):
        record.act, finder = speech_act(doc, cand, denials, figures, counts)
        record.trace = record.trace + (f"act:{finder}",)
    for ev in events:  # what each attack hit (kg.nlp.targets); no event changes
        ev.targets, finder = find_targets(doc, ev, text)
        if finder:
            ev.trace = ev.trace + (f"target:{finder}",)
    return Extraction(article=article, events=events, statements=statements, places=places,
                      denials=sorted(d for d in denials if d >= skip_before),
                      casualties=[c for c in figures if c.start >= skip_before],
                      weapons=[w for w in counts if w.start >= skip_before])


def _denial_verbs(doc: Doc, events: list[EventRecord], candidates: list[EventCandidate]) -> list[int]:
    """Offsets of the verbs that deny the claim told last before them: a denial verb of the
    lexicon, not negated itself, that denies no responsibility ("denied any involvement": the
    attack is not in doubt) and names no attack of its own ("a démenti toute attaque contre
    X": that attack's own words deny it), either with a claim word as its object right after
    the claim ("… fired missiles at a tanker. The operator denied the claim") or with a
    negation in its sentence that names what the claim named ("… contre le vraquier Aster
    Dawn … « L'Aster Dawn … n'a jamais été pris pour cible », a démenti l'armateur"). A
    denial that fits no claim told just before is none: the claimed attack may be one the
    text did not place, and another one would be denied in its stead."""
    lex = lexicon(doc.lang_)
    verbs, negations = lex.blockers.get("denial_verb", frozenset()), lex.blockers.get("negation", frozenset())
    objects, claims = lex.blockers.get("denial_object", frozenset()), lex.blockers.get("claim_word", frozenset())
    out = []
    sentences = full_sentences(doc)  # "« … n'a jamais été pris pour cible », a démenti X": one sentence
    triggers = {c.trigger.start for c in candidates}
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs:
            continue
        if any(c.lower_ in negations for c in tok.children):
            continue  # "n'a pas démenti", "did not deny"
        own = [x for c in tok.children if c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for x in c.subtree]
        if any(x.lemma_.lower() in objects or x.lower_ in objects or x.idx in triggers for x in own):
            continue
        claim = max((r for r in events if r.reported and r.trigger.start < tok.idx), key=lambda r: r.trigger.start,
                    default=None)
        if claim is None or not (claim.places or claim.sentence_places):
            continue  # the claim told last is one no place was found for: it may be the one denied
        si = next((k for k, x in enumerate(sentences) if x.start <= tok.i < x.end), None)
        words = list(sentences[si]) if si is not None else list(tok.sent)
        if si and words and words[0].is_punct:
            words = list(sentences[si - 1]) + words  # "« … pris pour cible »" | ", a démenti X": the quote it closes
        first = words[0].idx if words else tok.idx
        just_before = claim.sentence.end >= first - NEXT_SENTENCE_CHARS  # in the sentence before, or this one
        if any(x.lemma_.lower() in claims or x.lower_ in claims for x in own):
            if just_before:
                out.append(tok.idx)
            continue
        named = {t.lower_ for t in words if t.idx >= claim.sentence.end  # not the claim's own words
                 and (t.pos_ == "PROPN" or (t.is_title and t.i > words[0].i and not t.is_sent_start))}
        told = set(re.findall(r"\w+", claim.sentence.text.lower()))
        if any(t.lower_ in negations for t in words if t.i != tok.i) and (just_before or named & told):
            out.append(tok.idx)
    return sorted(set(out) | set(_reports_called_false(doc, events, claims)))


def _reports_called_false(doc: Doc, events: list[EventRecord], claims: frozenset[str]) -> list[int]:
    """Offsets of the sentences that call the claim told just before them untrue, with no
    denial verb ("… said no missile had reached the base and that the reports were
    fabrications", "a qualifié ces affirmations de fausses"): a claim word and a word of
    ``false`` in the sentence of a claimed attack (with its place) or the one right after it
    deny it."""
    false = lexicon(doc.lang_).blockers.get("false", frozenset())
    out = []
    for sent in full_sentences(doc):
        words = list(sent)
        said_false = next((t for t in words if t.lower_ in false or t.lemma_.lower() in false), None)
        if said_false is None or not any(t.lower_ in claims or t.lemma_.lower() in claims for t in words):
            continue
        claim = max((r for r in events if r.reported and r.trigger.start < said_false.idx), key=lambda r: r.trigger.start,
                    default=None)
        if claim is None or not (claim.places or claim.sentence_places):
            continue
        if claim.sentence.end >= words[0].idx - NEXT_SENTENCE_CHARS:
            out.append(said_false.idx)
    return out


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
    older = [n for n in _nights_told(text, lang, published, skip_before, HISTORY_DAYS) if n not in nights]
    framing = _framing_night(text, nights, event_candidates, skip_before)
    for e in event_candidates:
        if e.blocked or e.trigger.start < skip_before:
            why = f"not a real, specific attack: {e.blocked}" if e.blocked else "in the headline"
            rejected.append(Rejection("event", e.trigger.start, e.trigger.end, e.trigger.text, why, e.trace))
            continue
        date = _event_date(e, events, told, lang, published, nights, _older_night(text, older, e))
        if date is None and e.date is None and framing is not None and all(
                day == framing[1] for start, day, _ in told if framing[0] <= start < e.trigger.start):
            date = framing[1]  # a round-up of one night: its attacks told with no time are of that night
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


EVENING_WORD = re.compile(r"\b(?:late|evening|night|tard|soir|soirée|nuit)\b", re.IGNORECASE)
NIGHT_SPAN = re.compile(r"\b(?:à|au|to|into)\b", re.IGNORECASE)  # "la nuit de lundi à mardi" is dated by its end


def _days_told(text: str, lang: str, published: dt.date | None, skip_before: int) -> list[tuple[int, dt.date, bool]]:
    """(offset, day, evening) of each time expression of the body that fixes a day by itself
    (not the headline, not a dateline, not one that counts from another day): the days an
    anchored expression may count from; ``evening`` when it tells the day's end ("late on
    Wednesday", "mardi soir"), after which the small hours are the next day."""
    out = []
    for f in find_time_expressions(text, lang):
        if f.start < skip_before or in_dateline(text, f.start) or anchored_offset(f.text, lang)[0]:
            continue
        day = resolve(f.text, lang, published)
        if day is not None:
            evening = bool(EVENING_WORD.search(f.text)) and not NIGHT_SPAN.search(f.text)
            out.append((f.start, day, evening))
    return out


NEXT_SENTENCE_CHARS = 3  # between a sentence's end and the next one's start (" ", "\n\n")
NIGHT_WORD = re.compile(r"\b(?:nuit|night|overnight)\b", re.IGNORECASE)


def _nights_told(text: str, lang: str, published: dt.date | None, skip_before: int,
                 within_days: int = 1) -> list[tuple[int, dt.date]]:
    """(offset, day) of each named night of the body ("dans la nuit de jeudi à vendredi",
    "overnight into Friday") that ended on the publication day or the day before (or within
    ``within_days`` of it): the night a later bare "pendant la nuit" of the article most likely is."""
    if published is None:
        return []
    out = []
    for f in find_time_expressions(text, lang):
        if f.start < skip_before or in_dateline(text, f.start) or not NIGHT_WORD.search(f.text) or is_night(f.text, lang):
            continue
        day = resolve(f.text, lang, published)
        if day is not None and 0 <= (published - day).days <= within_days:
            out.append((f.start, day))
    return out


def _framing_night(text: str, nights: list[tuple[int, dt.date]], candidates: list[EventCandidate],
                   skip_before: int) -> tuple[int, dt.date] | None:
    """(end of the opening, day) when the body opens on a paragraph that frames the article as
    the round-up of one night and reports no attack on a place ("Ce qu'il faut retenir de la nuit
    de mardi à mercredi.", "This page summarises our live coverage of the night from Thursday
    to Friday."): the attacks it then tells with no time of their own are of that night."""
    body = re.search(r"\S", text[skip_before:])
    if body is None:
        return None
    start = skip_before + body.start()
    gap = re.compile(r"\n\s*\n").search(text, start)
    end = gap.start() if gap else len(text)
    named = {day for pos, day in nights if start <= pos < end}
    if len(named) != 1 or any(start <= c.trigger.start < end and not c.blocked and (c.places or c.sentence_places)
                              for c in candidates):
        return None
    return end, named.pop()


def _clock_day(told: list[tuple[int, dt.date, bool]], published: dt.date | None, start: int) -> dt.date | None:
    """The day of a small-hours time with no night named before it ("shortly after 1 a.m."):
    the publication day, the morning of the report, when every day told before it is that
    day or the evening before ("late on Wednesday … shortly after 1 a.m.": Thursday); none
    when an earlier day was told ("on Monday … at around 4 a.m.": Monday or Tuesday)."""
    if published is None:
        return None
    days = [(day, evening) for s, day, evening in told if s < start]
    if all(day == published or (evening and (published - day).days == 1) for day, evening in days):
        return published
    return None


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\n\s*\n", text[start:end]))


def _older_night(text: str, older: list[tuple[int, dt.date]], e: EventCandidate) -> tuple[dt.date | None] | None:
    """For an attack dated by a bare night, what a named night told before it that ended days
    before publication (a weekly brief's "overnight into Wednesday") says: ``(day,)`` when
    it is the one such night and is told in the same paragraph or the one before (the bare
    night is that night), ``(None,)`` when one was told further away (the bare night may be
    that night or the report's own: no day), None when none was told."""
    if e.date is None or not older:
        return None
    told = [(start, day) for start, day in older if start < e.date.start]
    if not told:
        return None
    near = {day for start, day in told if _paragraph_breaks(text, start, e.date.start) <= 1}
    return (near.pop(),) if len(near) == 1 and len({day for _, day in told}) == 1 else (None,)


def _event_date(e: EventCandidate, before: list[EventRecord], told: list[tuple[int, dt.date, bool]], lang: str,
                published: dt.date | None, nights: list[tuple[int, dt.date]] | None = None,
                older_night: tuple[dt.date | None] | None = None) -> dt.date | None:
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
        if not named and older_night is not None:
            # only a night that ended days before the report was named before: that night
            # when told just before, else no day (never the report's own night by default)
            return older_night[0]
    if anchor is None and is_clock_time(d.text, lang):
        return _clock_day(told, published, d.start)
    if d.quoted:  # "yesterday" in a quotation counts from the day it was said
        return resolve(d.text, lang, anchor)
    if anchor is None and d.told_before:
        if d.inverse and any(r.sentence.start <= e.sentence[0] < r.sentence.end and r.trigger.start < d.start
                             and (r.places or r.sentence_places) for r in before):
            return None
        attacks = [r.date for r in before if r.date is not None and r.trigger.start < d.start]
        days = [day for start, day, _ in told if start < d.start]
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

