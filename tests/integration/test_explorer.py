"""The explorer in a real browser, as a reader would use it.

One ``kg serve`` process on the development corpus plus an article written to attack the
page (its title, publisher, link and quotes hold ``<script>`` and ``"><img onerror=…>``),
and one headless Chromium for the module. The tests type questions, read the rows, open
evidence, pages, the network and its date range, the timeline and the SPARQL editor, and
check that the hostile article shows its characters as text and that no script of it ran.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.browser import CHROMIUM_ARGS, ensure_chromium
from tests.conftest import DATA, kg_cli
from tests.servers import kg_server

pytestmark = pytest.mark.integration

def _dev_corpus() -> Path:
    """``shared/corpus/dev`` beside the repository (a clone) or beside its parent (a worktree)."""
    here = Path(__file__).resolve().parents[2]
    for folder in (here.parent, here.parent.parent):
        if (folder / "shared" / "corpus" / "dev" / "articles.jsonl").is_file():
            return folder / "shared" / "corpus" / "dev" / "articles.jsonl"
    return here.parent / "shared" / "corpus" / "dev" / "articles.jsonl"


DEV_CORPUS = _dev_corpus()
XSS_ARTICLE = DATA / "explorer" / "xss_article.jsonl"
FLAGSHIP = {"en": "who said what about strikes on Russian territory",
            "fr": "qui a dit quoi sur les frappes en territoire russe"}
STATE_DEPT = "United States Department of State"
STATE_DEPT_QUOTE = "Les États-Unis ne soutiennent pas les attaques militaires visant la Russie sur son territoire"
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if not DEV_CORPUS.is_file():
        pytest.skip(f"no development corpus at {DEV_CORPUS}")
    store = tmp_path_factory.mktemp("explorer") / "store"
    kg_cli("build", str(DEV_CORPUS), str(XSS_ARTICLE), "--store", str(store), check=True)
    with kg_server(store) as query_url:
        yield query_url[: -len("/query")]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = ensure_chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors and Content-Security-Policy violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.problems = []
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    yield pg
    context.close()


def ask(page, base_url: str, question: str) -> None:
    page.goto(base_url + "/")
    page.fill("#question", question)
    page.press("#question", "Enter")
    page.wait_for_selector("table.results tbody tr.row")


def rows(page) -> list[dict[str, str]]:
    """The answer table as the reader sees it: one dict of column → visible text per row."""
    heads = [h.inner_text().strip() for h in page.query_selector_all("table.results thead th")]
    out = []
    for tr in page.query_selector_all("table.results tbody tr.row"):
        cells = [td.inner_text().strip() for td in tr.query_selector_all(":scope > td")]
        out.append(dict(zip(heads, cells)))
    return out


def state_dept_row(page):
    for tr in page.query_selector_all("table.results tbody tr.row"):
        if STATE_DEPT in tr.inner_text() and "ne soutiennent pas" in tr.inner_text():
            return tr
    raise AssertionError("no row of the State Department's statement")


# ---------- asking ----------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_typed_flagship_question_lists_the_state_departments_statement(page, base_url, lang):
    ask(page, base_url, FLAGSHIP[lang])
    table = rows(page)
    assert len(table) >= 10
    assert any(r["speaker"] == STATE_DEPT and STATE_DEPT_QUOTE in r["quote"] for r in table), table
    assert "country=RU" in page.inner_text("#answer-summary")
    assert "q=" in page.url  # the answer is a link
    page.click("#ran-sparql summary")
    assert "VALUES" in page.inner_text("#ran-sparql pre")
    assert not page.problems


def evidence_of(row):
    """The evidence row under an answer row, once its sentence has arrived."""
    ev = row.evaluate_handle("e => e.nextElementSibling").as_element()
    assert ev is not None and "evidence-row" in (ev.get_attribute("class") or "")
    ev.wait_for_selector(".evidence-item mark")
    return ev


def test_shared_link_opens_answered_with_its_evidence(page, base_url):
    page.goto(base_url + "/?q=" + urllib.parse.quote(FLAGSHIP["en"]))
    page.wait_for_selector("table.results tbody tr.row")
    n_rows = len(page.query_selector_all("table.results tbody tr.row"))
    page.locator("tr.evidence-row .evidence-item").nth(n_rows - 1).wait_for()  # a short answer opens with it
    assert len(page.query_selector_all("tr.evidence-row")) == n_rows  # one evidence per row, none twice
    row = state_dept_row(page)
    evidence = evidence_of(row)
    assert [m.inner_text() for m in evidence.query_selector_all("mark")] == [STATE_DEPT_QUOTE]
    text = evidence.inner_text()
    assert "Guerre en Ukraine" in text and "La Libre Belgique" in text and "2023-05-30" in text
    assert "a affirmé mardi le département d’État" in text  # the whole sentence, not only the quote
    button = row.query_selector("button.evidence-button")
    button.click()  # the reader closes it
    assert not row.evaluate("e => !!(e.nextElementSibling && e.nextElementSibling.classList.contains('evidence-row'))")
    button.click()  # and opens it again
    assert evidence_of(row).query_selector("mark").inner_text() == STATE_DEPT_QUOTE
    assert not page.problems


def test_event_evidence_highlights_its_trigger_words(page, base_url):
    page.goto(base_url + "/?q=" + urllib.parse.quote(FLAGSHIP["en"]))
    page.wait_for_selector("table.results tbody tr.row")
    state_dept_row(page).query_selector("td.col-event a").click()
    page.wait_for_selector("#entity-title")
    assert page.inner_text("#entity-title").startswith("drone strike — Moscow")
    marks = [m.inner_text() for m in page.query_selector_all(".evidence mark")]
    assert marks and all(0 < len(m) < 40 for m in marks)
    assert any(re.search(r"attaque|drone|frappe|strike|attack", m, re.I) for m in marks), marks
    assert page.query_selector_all("table.results tbody tr.row")  # every report and statement of it


# ---------- pages ----------


def test_actor_page_from_a_name_in_the_answer(page, base_url):
    page.goto(base_url + "/?q=" + urllib.parse.quote(FLAGSHIP["fr"]))
    page.wait_for_selector("table.results tbody tr.row")
    state_dept_row(page).query_selector("td.col-speaker a").click()
    page.wait_for_selector("#entity-title")
    assert page.inner_text("#entity-title") == STATE_DEPT
    assert "view=entity" in page.url
    sections = page.inner_text("#entity")
    assert "What it said" in sections and "Attacks attributed to it" in sections
    assert STATE_DEPT_QUOTE in sections
    page.go_back()
    page.wait_for_selector("table.results tbody tr.row")  # the answer again, from the history


def test_place_page_has_a_map_and_a_timeline(page, base_url):
    page.goto(base_url + "/?q=" + urllib.parse.quote(FLAGSHIP["en"]))
    page.wait_for_selector("table.results tbody tr.row")
    page.click("td.col-event a >> text=/Kursk/")
    page.wait_for_selector("#entity-title")
    page.click("ul.facts a.entity.place")
    page.wait_for_selector("#map circle.place-dot")
    assert page.inner_text("#entity-title") == "Kursk"
    page.wait_for_selector("#timeline-chart rect.bar")


def test_country_page_maps_the_places_of_its_attacks(page, base_url):
    page.goto(base_url + "/?view=entity&iri=" + urllib.parse.quote("https://w3id.org/geokg/id/country/RU"))
    page.wait_for_selector("#map circle.place-dot")
    names = {t.text_content() for t in page.query_selector_all("#map text.place-name")}
    assert {"Moscow", "Kursk"} <= names, names
    assert "null" not in page.inner_text("#entity")
    assert "Whom it accused" in page.inner_text("#entity")  # a country is an actor too


def test_timeline_stacks_attacks_by_day_and_class(page, base_url):
    page.goto(base_url + "/?view=timeline")
    page.fill("#timeline-place", "Ukraine")
    page.press("#timeline-place", "Enter")
    page.wait_for_selector("#timeline-chart rect.bar")
    bars = page.query_selector_all("#timeline-chart rect.bar")
    classes = {b.get_attribute("data-class") for b in bars}
    days = {b.get_attribute("data-date") for b in bars}
    assert len(days) >= 2 and len(classes) >= 2, (days, classes)


# ---------- network ----------


def _shown(page) -> tuple[int, int]:
    info = page.wait_for_selector("#net-count[data-nodes]")
    return int(info.get_attribute("data-nodes")), int(info.get_attribute("data-edges"))


def test_date_range_slider_filters_the_network(page, base_url):
    page.goto(base_url + "/?view=network&projection=actor-event")
    page.wait_for_selector("#sigma[data-ready='1'] canvas")
    nodes, edges = _shown(page)
    assert nodes >= 20 and edges >= 20
    last = page.get_attribute("#date-from", "max")
    page.fill("#date-from", last)  # from the last day on: only what happens that day
    late_nodes, late_edges = _shown(page)
    assert 0 < late_nodes < nodes and late_edges < edges
    assert page.inner_text("#date-from-label") == page.inner_text("#date-to-label")
    page.fill("#date-from", "0")
    assert _shown(page) == (nodes, edges)
    assert not page.problems


def test_network_of_an_answer_is_around_its_rows(page, base_url):
    page.goto(base_url + "/?q=" + urllib.parse.quote(FLAGSHIP["en"]))
    page.wait_for_selector("table.results tbody tr.row")
    page.click("#answer-network")
    page.wait_for_selector("#sigma[data-ready='1'] canvas")
    nodes, _ = _shown(page)
    page.goto(base_url + "/?view=network&projection=actor-event")
    everything, _ = _shown(page)
    assert 3 <= nodes < everything


# ---------- SPARQL ----------


def test_sparql_editor_runs_a_named_query_and_downloads(page, base_url):
    page.goto(base_url + "/?view=sparql")
    page.wait_for_selector("#sparql-examples option[value='who_said_what']", state="attached")
    page.select_option("#sparql-examples", "who_said_what")
    assert "PREFIX gev:" in page.evaluate("KG.editor.getValue()")
    page.click("#sparql-run")
    page.wait_for_selector("#sparql-results tbody tr")
    assert len(page.query_selector_all("#sparql-results tbody tr")) >= 10
    with page.expect_download() as dl:
        page.click("#sparql-csv")
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("statement,speaker")
    with page.expect_download() as dl:
        page.click("#sparql-json")
    assert json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))["results"]["bindings"]


# ---------- security ----------


def test_hostile_article_renders_as_text_and_runs_nothing(page, base_url):
    ask(page, base_url, FLAGSHIP["en"])
    body = page.inner_text("table.results")
    assert "<script>window.__xss='quote'</script>" in body
    assert "\"><img src=x onerror=window.__xss='img'>" in body
    hostile = [tr for tr in page.query_selector_all("table.results tbody tr.row") if "__xss='quote'" in tr.inner_text()]
    assert hostile
    evidence = evidence_of(hostile[0]).inner_text()
    assert '<script>window.__xss = "title"</script>' in evidence  # the title
    assert "Test <b>Wire</b>" in evidence  # the publisher, tags and all
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('main img, main script, main b').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    assert not page.problems


def test_page_and_api_send_a_strict_content_security_policy(base_url):
    req = urllib.request.Request(base_url + "/", headers={"Accept": "text/html"})
    with urllib.request.urlopen(req, timeout=30) as res:
        csp = res.headers["Content-Security-Policy"]
        html = res.read().decode("utf-8")
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.IGNORECASE)  # no inline handler
    assert not re.search(r"https?://", html)  # every asset from this server
    with urllib.request.urlopen(base_url + "/", timeout=30) as res:  # not a browser: the endpoint's line
        assert res.headers["Content-Type"].startswith("text/plain")
    for bad in ("/static/../server.py", "/static/%2e%2e/server.py", "/static/vendor/../../explorer.py"):
        assert status(base_url + bad) == 404, bad
    injection = 'who blamed Ukraine"} ; DROP ALL ; #'
    assert status(base_url + "/api/ask?q=" + urllib.parse.quote(injection)) == 400
    assert status(base_url + "/api/entity?iri=" + urllib.parse.quote("http://x> } DROP ALL {")) == 400


def status(url: str) -> int:
    """The HTTP status of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=60) as res:
            return res.status
    except urllib.error.HTTPError as err:
        return err.code
