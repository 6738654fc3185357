"""kg.link.merge: which reports of one attack are merged across articles (pure planning)."""
from kg.link.merge import StoredEvent, plan_merges

RU, REGION, CITY, OTHER_CITY = "country/RU", "place/kursk-oblast", "place/kursk", "place/bryansk"


def ev(iri, cls, place, date=None):
    chains = {CITY: {CITY, REGION, RU}, REGION: {REGION, RU}, OTHER_CITY: {OTHER_CITY, RU}, RU: {RU}}
    return StoredEvent(iri=iri, classes={cls}, places={place}, chains={place: chains[place]},
                       dates={date} if date else set())


def test_city_and_region_reports_merge_into_the_most_precise():
    a = ev("e/a", "DroneStrike", REGION, "2023-11-18")
    b = ev("e/b", "Attack", CITY)
    assert plan_merges([a, b]) == {"e/a": "e/b"} or plan_merges([a, b]) == {"e/b": "e/a"}
    # the same set in any order gives the same plan
    assert plan_merges([a, b]) == plan_merges([b, a])


def test_different_days_or_classes_or_places_never_merge():
    assert plan_merges([ev("e/a", "DroneStrike", CITY, "2023-11-18"), ev("e/b", "DroneStrike", CITY, "2023-11-17")]) == {}
    assert plan_merges([ev("e/a", "DroneStrike", CITY), ev("e/b", "Shelling", CITY)]) == {}
    assert plan_merges([ev("e/a", "DroneStrike", CITY), ev("e/b", "DroneStrike", OTHER_CITY)]) == {}


def test_a_country_level_report_links_nothing():
    assert plan_merges([ev("e/a", "Attack", RU), ev("e/b", "DroneStrike", CITY, "2023-11-18")]) == {}


def test_an_ambiguous_cluster_is_left_alone():
    undated = ev("e/u", "DroneStrike", CITY)
    friday = ev("e/f", "DroneStrike", REGION, "2023-11-17")
    saturday = ev("e/s", "DroneStrike", REGION, "2023-11-18")
    assert plan_merges([undated, friday, saturday]) == {}


def test_candidate_pairs_give_the_clusters_of_comparing_every_pair():
    """The indexed enumeration of pairs finds every compatible pair: on random events the
    plan equals the plan of comparing all pairs."""
    import random

    from kg.link import merge as m

    def all_pairs(events):
        return [(a, b) for i, a in enumerate(events) for b in events[i + 1:]]

    country = "C"
    regions = {f"R{i}": [f"R{i}", country] for i in range(3)}
    cities = {f"X{i}": [f"X{i}", f"R{i % 3}", country] for i in range(6)}
    chains = {**regions, **cities, country: [country]}
    merged = 0
    for seed in range(30):
        rng = random.Random(seed)
        events = []
        for i in range(40):
            place = rng.choice(sorted(chains))
            events.append(m.StoredEvent(
                iri=f"e{i:02d}", classes={rng.choice(["Attack", "DroneStrike", "Shelling"])},
                places={place}, chains={place: set(chains[place])},
                dates={rng.choice(["2024-01-01", "2024-01-02"])} if rng.random() < 0.6 else set()))
        fast = m.plan_merges(events)
        original = m._candidate_pairs
        try:
            m._candidate_pairs = all_pairs
            brute = m.plan_merges(events)
        finally:
            m._candidate_pairs = original
        assert fast == brute
        merged += len(fast)
    assert merged > 0  # some random events do merge
