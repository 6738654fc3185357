"""Fuzzed input: awkward files mixed with good articles, built by the real ``kg build``.

Every input is either built or reported in one line that names its file (and line); the
build neither crashes nor hangs; every good article of the mix is in the store after it.
The mix comes from ``tests/reliability/fuzz.py`` (seeded); its size grows under
``KG_RELIABILITY_FULL=1`` (see tests/reliability/conftest.py).
"""
from __future__ import annotations

import collections
import re

import pytest

from tests.reliability.conftest import FULL, SEED, article_identifiers, run_kg, size
from tests.reliability.fuzz import write_mix

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

SKIP_LINE = re.compile(r"^kg: skipped (?P<where>.+?): (?P<reason>[^\n]+)$")
SUMMARY = re.compile(r"^\d+ built, \d+ unchanged, \d+ skipped \(\d+ read, \d+ triples written\) into ")


def reported_where(where: str, units_where: set[str]) -> str:
    """The unit a skip report names: ``path:line`` or ``path`` (a path may itself hold ':')."""
    if where in units_where:
        return where
    return where.rsplit(":", 1)[0] if ":" in where else where


def test_every_fuzzed_input_is_built_or_reported_in_one_line(tmp_path):
    units = write_mix(tmp_path / "inputs", seed=SEED, inputs=size(1000, 3000), full=FULL)
    store = tmp_path / "store"
    res = run_kg("build", str(tmp_path / "inputs"), "--store", str(store))

    assert "Traceback" not in res.stderr, res.stderr[-3000:]
    assert res.returncode == 3, res.stderr[-3000:]  # finished, some inputs skipped
    lines = res.stderr.splitlines()
    assert SUMMARY.match(lines[-1]), lines[-1]
    reports = [SKIP_LINE.match(line) for line in lines[:-1]]
    assert all(reports), [line for line, m in zip(lines, reports) if not m][:5]

    by_where = {u.where: u for u in units}
    reported = collections.Counter(reported_where(m["where"], set(by_where)) for m in reports)
    unknown = [w for w in reported if w not in by_where and not any(u.where.startswith(w + ":") for u in units)]
    assert not unknown, f"reports that name no input: {unknown[:5]}"

    built = article_identifiers(store)
    lost = [u for u in units if u.identifier not in built and u.where not in reported
            and u.where.rsplit(":", 1)[0] not in reported]
    assert not lost, f"neither built nor reported: {[(u.kind, u.where) for u in lost[:10]]}"
    good = [u for u in units if u.good]
    good_lost = [u for u in good if u.identifier not in built]
    assert not good_lost, f"good articles missing: {[(u.kind, u.where) for u in good_lost[:10]]}"
    # one report per input at most: a bad file is not reported once per line of it
    assert max(reported.values()) == 1, reported.most_common(3)

    kinds = collections.Counter(u.kind for u in units)
    built_kinds = collections.Counter(u.kind for u in units if u.identifier in built)
    print(f"\nfuzz: seed {SEED}, {len(units)} inputs tried, {sum(built_kinds.values())} built, "
          f"{sum(reported.values())} reported, crashes 0, hangs 0, good articles {len(good)}/{len(good)} built "
          f"(lost 0)")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:<20} {n:>5} inputs, {built_kinds[kind]:>5} built")
