"""Size limits that keep the time and memory of one input bounded.

A build runs overnight on whatever scrapers bring back; one input must not be able to
stall it or exhaust memory. The NLP rules look at whole sentences and the parser's memory
grows with the text, so the cost of an article grows faster than its length: above these
limits an input is reported and skipped (one line naming it) rather than processed.
"""
from __future__ import annotations

#: The longest article text extracted, in characters: about 30,000 words, several times a
#: long news report or a two-hour press-conference transcript. Split anything longer into
#: articles. (On 2 cores an article at this limit takes about 20 s.)
MAX_ARTICLE_CHARS = 200_000

#: The largest web page read, in bytes (markup included); larger pages are not articles.
MAX_PAGE_BYTES = 20 * 1024 * 1024

#: Sentences longer than this many tokens are not searched for events and statements: no
#: news sentence is that long (a run-on of several thousand words is a text without
#: punctuation, a word list or a dump), and the rules' cost grows with the square of it.
MAX_SENTENCE_TOKENS = 400


def too_long(chars: int) -> str:
    """The one-line reason for an article over ``MAX_ARTICLE_CHARS``."""
    return f"too long: {chars:,} characters (the maximum is {MAX_ARTICLE_CHARS:,}); split it into articles"
