"""Every number the extraction rules use, named and explained in one place.

They are distances and sizes measured in characters or tokens of one sentence. None was
tuned on one article: each says how far a rule looks, so that a rule that looks too far
(and finds a wrong speaker or clause) or too near (and misses it) is changed here, with a
passage under ``tests/data`` that shows why.
"""
from __future__ import annotations

# ---------- statements ----------
COLON_QUOTE_MAX_GAP = 120
"""Characters between a speech verb and the quotation it introduces with a colon
("X a déclaré mardi devant la presse : « … »"); further away, the quotation is another's."""

CUE_LOOKAHEAD_TOKENS = 6
"""Tokens after a comma searched for a further speech cue that ends a reported clause
(", a-t-il ajouté", ", and a spokesman added")."""

CLAUSE_AFTER_VERB_TOKENS = 10
"""Tokens after a speech verb searched for the start of its clause when the parse missed
the complement ("a affirmé de son côté avoir frappé …", "said on Monday that …")."""

REPORTED_OBJECT_MIN_WORDS = 4
"""Words an object noun phrase needs to be what was announced ("a annoncé la mort de 19
personnes"); shorter objects are no content ("told reporters", "a déclaré la guerre")."""

CLAUSE_BEFORE_MIN_CHARS = 12
"""Characters a clause before ", said X" needs to be what was said (shorter: a fragment)."""

PREP_SPEAKER_MAX_TOKENS = 15
"""Tokens of the phrase after "selon" / "according to" that can still name a speaker."""

PREP_CLAUSE_MIN_CHARS = 10
"""Characters the clause reported by "selon X" needs."""

DIRECT_SHARE = 0.85
"""Share of a reported clause a quotation must cover to make the clause direct speech."""

STATEMENT_DATE_MAX_CHARS = 40
"""Length of a speech verb's modifier that can be the time it was said ("mardi soir");
a longer one is a clause that merely contains a date."""

CONTINUATION_MIN_WORDS = 3
"""Words a cue-less quotation needs to continue the previous statement ("« … », a-t-elle
raconté. « … »"); shorter quoted words are a term, not speech."""

GOVERNING_VERB_LEVELS = 3
"""Heads climbed from a subject-less speech verb to the speech verb whose speaker it
shares ("…, adding that", "… and blamed Kyiv")."""

APPOSITIVE_NAME_MAX_CHARS = 80
"""Characters between a description and the name set off by commas after it ("Le chef de
la police de Donetsk, Dmytro Lyssenko, a déclaré")."""

# ---------- events ----------
INSTRUMENT_MAX_TOKENS = 8
"""Tokens between a trigger and an instrument word that makes its class specific."""

PERPETRATOR_INSTRUMENT_MAX_TOKENS = 6
"""Tokens between a trigger and an instrument whose demonym names the attacker
("les drones ukrainiens")."""

BACKGROUND_OPENING_TOKENS = 8
"""Longest sentence opening (tokens before its first comma) read as a time phrase that
puts an attack in the story's past ("Over the past weeks, …", "Il y a un an, …")."""

DENYING_VERB_LEVELS = 4
"""Heads climbed from a trigger to a denying speech verb ("Russia denied that its forces
had struck …")."""

NEGATION_SCOPE_LEVELS = 3
"""Heads climbed from a trigger (up to the first verb) to find a negation, a condition or
a habit that applies to it."""

CONTRAST_LEVELS = 5
"""Heads climbed from an attack word, through nouns and prepositions up to the first verb,
to a negation that sets it against another cause ("not the result of a drone attack":
drone, attack, of, result)."""

CLAUSE_SUBJECT_LEVELS = 3
"""Heads climbed from a trigger to the subject of its clause, where the place hit may be
said ("Moscou a été la cible d'une attaque")."""

# ---------- linking ----------
DENIAL_REACH_CHARS = 600
"""How far back a denial ("no such attack had taken place") may point to the claim it denies."""

HISTORY_DAYS = 31
"""An attack dated more than this many days before publication is background, not news."""
# words of an addressee between a verb of appeal and its quoted appeal ("appelant les
# habitants de la région à « … »"): more is no addressee but a clause
ADDRESSEE_MAX_TOKENS = 6

APPEAL_ADDRESSEE_MAX_TOKENS = 8
"""The longest addressee of an appeal, with its "of" phrases ("urged residents of the riverside
districts to …", "a exhorté les habitants des quartiers riverains à …")."""

# sentences back (the trigger's own included) where a definite place noun of an attack's
# target looks for the name it refers back to ("le centre du village", "cet aérodrome")
ANTECEDENT_SENTENCES = 3

DESCRIBED_NAME_MAX_TOKENS = 6
"""Determiners, adjectives and nouns before a subject's name, back to a comma, that still belong
to the speaker's phrase when the parser cut the description off the name (", the Palestinian news
agency | Wafa reported"); a longer run is a clause of its own."""
