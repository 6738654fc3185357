#!/usr/bin/env python3
"""List what the shared scorer counts as missed or wrong, article by article.

    python tools/misses.py ../shared/corpus/dev2 [--store DIR] [--article ID] [--kind statements|events|about]

The scorer (``../shared/eval/score.py``) prints figures only; fixing a kind of error needs
the errors themselves. This tool imports the scorer and uses its own reading of the graph
(``predicted``) and its own matching (``match``, ``match_events``, the statement rule), so a
line here is exactly a unit the figures count: a gold statement or event with no match
(``MISS``), and a predicted one that matched nothing (``EXTRA``), with the predicted
speaker's labels, quote and the event's classes, places and dates beside it, so that the
kind of error (wrong speaker, quote cut, wrong day, place at country level…) can be read at
once. Then run ``kg explain`` on the article to see why.

``--kind about`` looks at the statements the scorer matched: for each whose about-links
differ from gold it prints the gold events (with the node each matched, or "not found") and
the predicted ones (``ok``/``WRONG``), then the link precision and the link recall among the
gold events that were found, which is the part of recall the linking itself decides.

It builds the corpus into ``--store`` (default: a temporary folder) with the ``kg`` on PATH.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the shared scorer beside the checkout (``../shared``), or beside a folder of worktrees
SCORER = next((d / "shared" / "eval" / "score.py" for d in ROOT.parents if (d / "shared" / "eval" / "score.py").exists()),
              ROOT.parent / "shared" / "eval" / "score.py")


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("geokg_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _speaker_labels(sc, g, statement: str) -> str:
    names = [n for sp in sc.values(g, statement, "gev:speaker") for n in sc.values(g, sp, "rdfs:label")]
    return " | ".join(sorted(set(names))) or "?"


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "—").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _event_line(e: dict) -> str:
    return (f"{'/'.join(sorted(e['specific'])) or 'Attack'} @ {', '.join(sorted(e['places']))[:60] or '?'}"
            f" [{','.join(sorted(e['codes']))}] {','.join(sorted(e['dates'])) or 'undated'}")


def report(sc, g, gold: dict, kinds: set[str], only: str | None) -> None:
    events, stmts = sc.predicted(g, gold["actors"])
    about_tot = {"tp": 0, "pred": 0, "gold_found": 0, "gold": 0}
    for art_id, ga in gold["articles"].items():
        if only and art_id != only:
            continue
        art_events = {k: v for k, v in events.items() if art_id in v["articles"]}
        art_stmts = {k: v for k, v in stmts.items() if art_id in v["articles"]}
        required = [e for e in ga["events"] if not e.get("optional")]
        all_events = required + [e for e in ga["events"] if e.get("optional")]
        strict = sc.match_events(all_events, art_events, True)
        lenient = sc.match_events(all_events, art_events, False)
        ev_map = {all_events[i]["key"]: pk for i, pk in lenient.items()}
        ev_map.update({all_events[i]["key"]: pk for i, pk in strict.items()})
        lines: list[str] = []
        if "events" in kinds:
            for i, ev in enumerate(all_events):
                if i in strict:
                    continue
                near = art_events.get(lenient.get(i)) if i in lenient else None
                tag = "OPTIONAL" if ev.get("optional") else ("LENIENT" if near else "MISS")
                got = f"  got: {_event_line(near)}" if near else ""
                lines.append(f"  {tag:8s} event {ev['type']} @ {ev['place'][0]} [{ev.get('country')}] "
                             f"{ev.get('date') or 'undated'}{got}")
            for pk, e in art_events.items():
                if pk not in strict.values() and pk not in lenient.values():
                    lines.append(f"  EXTRA    event {_event_line(e)}")

        if "statements" in kinds or "about" in kinds:
            def st_ok(gs, s):
                if not s["matchable"] or gs["speaker"] not in s["actor_keys"]:
                    return False
                if gs.get("quote"):
                    return bool(s["quotes"]) and sc.token_f1(gs["quote"], s["quotes"][0]) >= 0.5
                return any(ev_map.get(k) in s["about"] for k in gs["about"])

            def closeness(gs, s):
                return sc.token_f1(gs["quote"], s["quotes"][0]) if gs.get("quote") and s["quotes"] else 0.0

            golds = [s for s in ga["statements"] if not s.get("optional")]
            golds += [s for s in ga["statements"] if s.get("optional")]
            matched = sc.match(golds, art_stmts, st_ok, closeness)
        if "about" in kinds:
            lines += _about_lines(golds, matched, art_stmts, art_events, ev_map, about_tot)
        if "statements" in kinds:
            for gi, gs in enumerate(golds):
                if gi in matched:
                    continue
                tag = "OPTIONAL" if gs.get("optional") else "MISS"
                lines.append(f"  {tag:8s} stmt  {gs['speaker']}: {_short(gs.get('quote'))}")
            for pk, s in art_stmts.items():
                if pk not in matched.values():
                    quote = s["quotes"][0] if s["quotes"] else None
                    lines.append(f"  EXTRA    stmt  {_speaker_labels(sc, g, pk)} {sorted(s['actor_keys'])}: "
                                 f"{_short(quote)}")
        if lines:
            print(art_id)
            print("\n".join(lines))
    if "about" in kinds:
        t = about_tot
        p = t["tp"] / t["pred"] if t["pred"] else 0.0
        r = t["tp"] / t["gold_found"] if t["gold_found"] else 0.0
        print(f"about-links of matched statements: tp {t['tp']} pred {t['pred']} gold {t['gold']} "
              f"(events found {t['gold_found']}): P {p:.3f}, R among found {r:.3f}")


def _about_lines(golds: list[dict], matched: dict, art_stmts: dict, art_events: dict, ev_map: dict,
                 tot: dict) -> list[str]:
    """The matched required statements whose about-links differ from gold, and the counts."""
    lines = []
    for gi, pk in matched.items():
        gs = golds[gi]
        if gs.get("optional"):
            continue
        ps = art_stmts[pk]
        gold_nodes = {ev_map.get(k) for k in gs["about"]} - {None}
        tot["gold"] += len(gs["about"])
        tot["gold_found"] += len(gold_nodes)
        tot["pred"] += len(ps["about"])
        tot["tp"] += len(gold_nodes & ps["about"])
        if gold_nodes == ps["about"] and len(gold_nodes) == len(gs["about"]):
            continue
        lines.append(f"  ABOUT    stmt  {gs['speaker']}: {_short(gs.get('quote'), 90)}")
        for k in gs["about"]:
            node = ev_map.get(k)
            where = _event_line(art_events[node]) if node in art_events else "not found"
            mark = "ok" if node in ps["about"] else ("MISSED" if node else "-")
            lines.append(f"           gold {mark:6s} {k}: {where}")
        for node in sorted(ps["about"] - gold_nodes):
            where = _event_line(art_events[node]) if node in art_events else node
            lines.append(f"           pred WRONG  {where}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--store", type=Path, help="build into this folder and keep it (default: a temporary one)")
    ap.add_argument("--article", help="only this article id")
    ap.add_argument("--kind", choices=("statements", "events", "about"), help="only this kind of fact")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    a = ap.parse_args()
    sc = _load_scorer(a.scorer)
    kg = ["kg"] if shutil.which("kg") else [sys.executable, "-m", "kg"]
    gold = json.loads((a.corpus / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if a.store:
            a.store.mkdir(parents=True, exist_ok=True)
            work = a.store
        nt, _query, _err = sc.run_kg(kg, a.corpus.resolve(), work, ROOT)
        g = sc.load_graph(nt, ROOT)
        report(sc, g, gold, {a.kind} if a.kind else {"statements", "events"}, a.article)


if __name__ == "__main__":
    main()
