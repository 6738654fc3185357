"""Component ``geokg_paragraphs``: paragraph breaks are sentence breaks; furniture is skipped.

It runs before the parser, so the parser keeps the sentence starts it sets: a headline, a
photo caption or a "Read also" line never merges with the next paragraph's sentence, and a
live blog's time stamp ("02:20 – ") is not part of the entry's first sentence.
Paragraphs matching the boilerplate table (captions, teasers, page furniture) are
recorded in ``doc._.geokg_skip`` as ``[start_char, end_char]`` so that the extractors
ignore them.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.extensions import get_list
from kg.nlp.lexicon import lexicon

_PARAGRAPH = re.compile(r"[^\n]+")
# a live blog's time stamp that opens a paragraph: "00:58 – ", "09 h 42 – ", "7.15am - "
TIME_STAMP = re.compile(r"\d{1,2}(?::|\.|\s?h\s?)\d{2}(?:\s?[ap]\.?m\.?)?\s*[-–—]\s+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each non-blank line of ``text``, stripped."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


class ParagraphSplitter:
    def __init__(self, lang: str) -> None:
        self.patterns = lexicon(lang).boilerplate

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        tokens = list(doc)  # each doc[i] makes a new Token object: make them once
        breaks = ["\n" in t.text or "\n" in t.whitespace_ for t in tokens]
        for i in range(1, len(tokens)):
            if breaks[i - 1]:
                tokens[i].is_sent_start = True
            elif tokens[i - 1].is_sent_start and (i == 1 or breaks[i - 2]):
                tokens[i].is_sent_start = False  # a paragraph's (or the text's) second word never starts a sentence
        starts = {t.idx: t for t in tokens}
        for start, _ in paragraphs(text):
            m = TIME_STAMP.match(text, start)
            if m and m.end() in starts:
                # the entry's words start a sentence of their own: "02:20" is nobody's subject
                starts[m.end()].is_sent_start = True
                for t in doc[starts[start].i + 1: starts[m.end()].i] if start in starts else ():
                    t.is_sent_start = False
        skip = get_list(doc, "geokg_skip")
        for start, end in paragraphs(text):
            para = text[start:end]
            if any(p.search(para) for p in self.patterns):
                skip.append([start, end])
        return doc


@Language.factory("geokg_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(nlp.lang)
