"""Take the README's screenshots of the explorer from a running ``kg serve``.

    kg build ../shared/corpus/dev/articles.jsonl --store /tmp/dev-store
    kg serve --store /tmp/dev-store --port 7878 &
    python docs/explorer_screenshots.py --url http://127.0.0.1:7878 -o docs

Drives Debian's Chromium headless through Playwright (the test extra), as the browser tests do.
"""
from __future__ import annotations

import argparse
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser import CHROMIUM_ARGS, ensure_chromium  # noqa: E402

QUESTION = "who said what about strikes on Russian territory"
KURSK = "https://w3id.org/geokg/id/place/geonames-538560"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:7878")
    ap.add_argument("-o", "--out", default="docs")
    args = ap.parse_args()
    out = Path(args.out)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=ensure_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.set_default_timeout(60_000)

        page.goto(args.url + "/?q=" + urllib.parse.quote(QUESTION))
        page.wait_for_selector("table.results tbody tr.row")
        n_rows = len(page.query_selector_all("table.results tbody tr.row"))
        page.locator("tr.evidence-row .evidence-item").nth(n_rows - 1).wait_for()  # the answer opens with its evidence
        page.screenshot(path=str(out / "explorer-answer.png"))
        for tr in page.query_selector_all("table.results tbody tr.row"):
            if "United States Department of State" in tr.inner_text() and "ne soutiennent pas" in tr.inner_text():
                tr.evaluate("e => e.nextElementSibling.scrollIntoView({block: 'center'})")
                page.evaluate("window.scrollBy(0, 60)")
                break
        page.screenshot(path=str(out / "explorer-ask.png"))

        page.click("td.col-speaker a >> text='United States Department of State'")
        page.wait_for_selector("#entity-title")
        page.screenshot(path=str(out / "explorer-actor.png"))

        page.goto(args.url + "/?view=entity&iri=" + urllib.parse.quote(KURSK))
        page.wait_for_selector("#timeline-chart rect.bar")
        page.screenshot(path=str(out / "explorer-place.png"))

        page.goto(args.url + "/?view=network&projection=actor-event")
        page.wait_for_selector("#sigma[data-ready='1'] canvas")
        page.wait_for_timeout(800)
        page.screenshot(path=str(out / "explorer-network.png"))

        page.goto(args.url + "/?view=timeline&place=Ukraine")
        page.wait_for_selector("#timeline-chart rect.bar")
        page.screenshot(path=str(out / "explorer-timeline.png"))

        page.goto(args.url + "/?view=sparql")
        page.wait_for_selector("#sparql-examples option[value='who_said_what']", state="attached")
        page.select_option("#sparql-examples", "who_said_what")
        page.click("#sparql-run")
        page.wait_for_selector("#sparql-results tbody tr")
        page.evaluate("window.scrollBy(0, 110)")
        page.screenshot(path=str(out / "explorer-sparql.png"))
        browser.close()
    print(f"screenshots in {out}/explorer-*.png")


if __name__ == "__main__":
    main()
