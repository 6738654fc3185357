"""Non-events by kind (branch st6), on the real spaCy pipeline and the real linker (no mocks), in
both languages with near misses where the attack stands: a claim that the next sentence calls
untrue with no denial verb ("the reports were fabrications", "a qualifié ces affirmations de
fausses") or denies with "nothing"/"rien"; an explosion whose attack cause is ruled out ("ruled
out any shelling", "a écarté la piste d'une frappe") or set against another cause ("an accident
and not the result of a drone attack", "et non d'une attaque de drone"); captions opened by
"Caption:", "Légende :" or "(Photo d'archives)"."""
from __future__ import annotations

from datetime import date

import pytest

from kg.link.articles import default_linker, link_article
from kg.model import Article
from kg.nlp.extract import extract


def attacks(lang: str, text: str) -> list[str]:
    """The asserted attacks of a text (denied ones left out), as "class@place label"."""
    art = Article(identifier=f"st6-ev-unit-{abs(hash(text))}", text=text, language=lang, published=date(2025, 5, 14))
    errors: list = []
    out: list[str] = []
    for ex in extract([art], on_error=errors.append):
        linked = link_article(ex, default_linker())
        for e in linked.events:
            if e.factuality == "Denied":
                continue
            node = linked.nodes.get(e.place) if e.place else None
            out.append(f"{e.event_class}@{node.labels.get('en') if node else None}")
    assert not errors
    return out


@pytest.mark.parametrize("lang,text", [
    ("en", "Pro-Russian bloggers claimed on Monday that drones had destroyed a fuel depot near Kupiansk. Ukrainian "
           "officials said the reports were fabrications."),
    ("fr", "Des blogueurs prorusses ont affirmé lundi que des drones avaient détruit un dépôt de carburant près de "
           "Koupiansk, mais les autorités ukrainiennes ont qualifié ces affirmations de mensongères."),
    ("en", "Local channels reported that a missile had struck the port of Berdiansk on Sunday. The occupation "
           "authorities denied it, saying nothing had been hit."),
    ("fr", "Des chaînes locales ont affirmé qu'un missile avait frappé le port de Berdiansk dimanche. Les autorités "
           "d'occupation ont démenti, assurant que « rien n'a été touché »."),
])
def test_a_claim_called_untrue_or_denied_with_nothing_hit_is_no_attack(lang, text):
    assert attacks(lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion destroyed a garage in Kramatorsk on Monday. Police said a gas cylinder had exploded and "
           "ruled out any shelling."),
    ("fr", "Une explosion a détruit un garage à Kramatorsk lundi. La police a écarté la piste d'une frappe et évoqué "
           "une bouteille de gaz."),
    ("en", "A blast shook a warehouse in Kramatorsk on Monday. Officials said it was an accident and not the result "
           "of a missile strike."),
    ("fr", "Une explosion a secoué un entrepôt de Kramatorsk lundi. Selon la police, il s'agit d'un accident et non "
           "d'une frappe de missile."),
])
def test_an_explosion_whose_attack_cause_is_ruled_out_is_no_attack(lang, text):
    assert attacks(lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian drones hit a fuel depot in Kramatorsk on Monday, the regional governor said, adding that no one "
           "had been hurt."),
    ("fr", "Des drones russes ont touché un dépôt de carburant à Kramatorsk lundi, a indiqué le gouverneur régional, "
           "précisant que personne n'avait été blessé."),
])
def test_near_miss_an_attack_without_casualties_stands(lang, text):
    assert len(attacks(lang, text)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Caption: Firefighters at the site of a missile strike in Kramatorsk on 12 May 2025."),
    ("fr", "Légende : des pompiers sur le site d'une frappe de missile à Kramatorsk, le 12 mai 2025."),
    ("fr", "(Photo d'archives) Un immeuble touché par un bombardement à Kramatorsk."),
])
def test_a_caption_yields_no_attack(lang, text):
    assert attacks(lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Officials denied reports that the school had been closed after the drone strike on Kramatorsk on Monday."),
    ("fr", "Les autorités ont démenti que l'école ait été fermée après la frappe de drone sur Kramatorsk lundi."),
])
def test_an_attack_that_dates_what_is_denied_stands(lang, text):
    assert len(attacks(lang, text)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "The army denied that its drones had struck the depot in Kramatorsk after midnight."),
    ("fr", "L'armée a démenti que ses drones aient frappé le dépôt de Kramatorsk après minuit."),
])
def test_a_denied_attack_with_a_time_after_it_stays_denied(lang, text):
    assert attacks(lang, text) == []
