"""About-link rules that need the whole pipeline (spaCy, the gazetteer, the article linker):
a statement whose words tell an attack no node is, and the statements that follow it, are
about none of the article's attacks; a mention that fits the attack told before stays on it
(kg.link.articles.ArticleLinker.unfound_attacks, kg.link.about.attack_told_last)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.explain import explain_article
from kg.model import Article

pytestmark = pytest.mark.integration


def _about(text: str, lang: str) -> dict[str, list[str]]:
    """Each statement's quote -> the English place labels of the attacks it is about."""
    ex = explain_article(Article(identifier="t", text=text, language=lang, published=dt.date(2025, 9, 15)))
    place = {e.iri: ex.nodes[e.place].labels.get("en", "") for e in ex.events}
    return {s.quote or "": [place[i] for i in s.about] for s in ex.statements}


@pytest.mark.parametrize("text,lang", [
    ("Russian missiles struck a thermal power plant in Kryvyi Rih on Sunday, killing a worker. On Monday, "
     "the head of the regional administration, Serhiy Lysak, said a drone had slammed into a minibus on a "
     "country road, wounding its driver. Lysak said the driver was in a stable condition.", "en"),
    ("Des missiles russes ont frappé dimanche une centrale thermique à Kryvyï Rih, tuant un ouvrier. Lundi, "
     "le chef de l'administration régionale, Serhiy Lyssak, a indiqué qu'un drone avait percuté un minibus sur "
     "une route de campagne, blessant son chauffeur. M. Lyssak a précisé que le chauffeur était dans un état stable.", "fr"),
])
def test_an_attack_not_found_and_its_follow_up_earn_no_other_attack(text: str, lang: str) -> None:
    about = _about(text, lang)
    assert about and all(not links for links in about.values()), about


@pytest.mark.parametrize("text,lang", [
    ("Russian missiles struck a thermal power plant in Kryvyi Rih on Sunday, killing a worker. "
     "The regional governor, Serhiy Lysak, said a missile had hit the boiler house. "
     "Lysak said repairs would take a month.", "en"),
    ("Des missiles russes ont frappé dimanche une centrale thermique à Kryvyï Rih, tuant un ouvrier. "
     "Le gouverneur régional, Serhiy Lyssak, a indiqué qu'un missile avait touché la chaufferie. "
     "M. Lyssak a précisé que les réparations prendraient un mois.", "fr"),
])
def test_a_mention_that_fits_the_attack_told_before_stays_on_it(text: str, lang: str) -> None:
    about = _about(text, lang)
    assert about and all(links == ["Kryvyy Rih"] for links in about.values()), about


@pytest.mark.parametrize("text,lang", [
    ("Ukrainian drones hit a fuel depot in Kursk overnight. A woman was hurt by falling glass in Sudzha, "
     "Mayor Anna Volkova said, adding that the bridge over the river had not been damaged.", "en"),
    ("Des drones ukrainiens ont touché dans la nuit un dépôt de carburant à Koursk. À Soudja, une femme a été "
     "blessée par des éclats de verre, a indiqué la maire, Anna Volkova, assurant que « le pont n'a pas été endommagé ».", "fr"),
])
def test_a_second_statement_of_the_sentence_goes_with_the_first(text: str, lang: str) -> None:
    about = _about(text, lang)
    assert len(about) == 2 and all(not links for links in about.values()), about
