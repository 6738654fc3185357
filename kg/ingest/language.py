"""Language identification for articles whose input does not say their language.

py3langid is used through our own ``LanguageIdentifier`` instance rather than the
module-level ``py3langid.classify``: that one is a process-wide global which other
libraries (trafilatura) may restrict with ``set_languages``, and we want normalised
probabilities to reject guesses on text too short to tell. The model (≈0.7 s to load)
is loaded once, on first use.

Whether a detected language is supported is not decided here: the pipeline does that.
"""
from __future__ import annotations

import functools

import py3langid.langid as _langid

#: Below this probability a guess is no better than chance ("Washington" -> "ha", 0.14).
MIN_CONFIDENCE = 0.25
#: Enough text to be sure; classifying a whole book would only cost time.
MAX_CHARS = 10_000


@functools.lru_cache(maxsize=1)
def _identifier() -> _langid.LanguageIdentifier:
    return _langid.LanguageIdentifier.from_model_file(_langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text`` ("fr", "en", ...), or None when it cannot be told.

    None is returned for text without letters and for low-confidence guesses, so that a
    wrong language is never recorded as if it were known.
    """
    sample = text[:MAX_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code, probability = _identifier().classify(sample)
    if code == "zxx" or probability < MIN_CONFIDENCE:
        return None
    return str(code)
