"""The examples of ``kg ask --help``: plain data, imported when the command line is built (so
no model, linker or store loads for ``kg --help``); tests/unit/test_ask_mapping.py checks
that each question is still answered with the query and parameters shown."""
from __future__ import annotations

import datetime as dt

# The questions `kg ask --help` shows, with the query and parameters each is answered with
# (tests/unit/test_ask_mapping.py checks that each still is).
HELP_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("who said what about strikes on Russian territory", "who_said_what --param country=RU"),
    ("What did the United States say about drone strikes in Russia?",
     "who_said_what --param country=RU --param type=DroneStrike --param speaker=US"),
    ("qu'a dit le Kremlin sur les frappes de drones à Moscou",
     "who_said_what --param country=Moscow --param type=DroneStrike --param speaker=Kremlin"),
    ("how many drone strikes on Belgorod in May 2024",
     "event_count --param country=Belgorod --param type=DroneStrike --param from=2024-05-01 --param to=2024-05-31"),
    ("quelles frappes de missiles la Russie a-t-elle menées en Ukraine en 2023",
     "event_timeline --param country=UA --param type=MissileStrike --param from=2023-01-01 --param to=2023-12-31 "
     "--param perpetrator=RU"),
    ("which attacks has Russia been accused of", "attributed_events --param actor=RU"),
    ("qui le Kremlin a-t-il accusé", "accusations --param by=Kremlin"),
    ("which articles reported the drone strike on Kursk", "sources_of_event --param place=Kursk --param type=DroneStrike"),
    ("combien de morts dans les frappes sur Kharkiv en 2024",
     "casualties --param country=Kharkiv --param from=2024-01-01 --param to=2024-12-31 --param kind=killed"),
    ("how many drones were shot down over Russia in May 2024",
     "interceptions --param country=RU --param weapon=DroneStrike --param from=2024-05-01 --param to=2024-05-31 "
     "--param action=intercepted"),
    ("who claimed the drone attack on Eilat", "claims --param country=Eilat --param type=DroneStrike --param act=Claim"),
)
HELP_TODAY = dt.date(2024, 6, 15)  # the day the examples' dates were written for (they name full dates)


def help_text() -> str:
    """The examples section of ``kg ask --help``."""
    lines = ["examples (each prints the `# kg query …` line that reproduces it, then the SPARQL and the rows):"]
    for question, query in HELP_EXAMPLES:
        lines.append(f'  kg ask "{question}"')
        lines.append(f"      # kg query {query}")
    lines.append("A part of the question that no query can honour (a perpetrator in a question about statements, a "
                 "target such as a refinery, who the victims were) makes kg ask refuse with the reason: it never "
                 "answers more broadly.")
    return "\n".join(lines)
