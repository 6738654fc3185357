"""kg.link.merge: which reports of one attack are merged across articles (pure planning)."""
from kg.link.merge import StoredEvent, plan_merges

RU, REGION, CITY, OTHER_CITY = "country/RU", "place/kursk-oblast", "place/kursk", "place/bryansk"
SECOND_CITY = "place/lgov"  # another city of the Kursk region
CHAINS = {CITY: {CITY, REGION, RU}, SECOND_CITY: {SECOND_CITY, REGION, RU}, REGION: {REGION, RU},
          OTHER_CITY: {OTHER_CITY, RU}, RU: {RU}}


def ev(iri, cls, place, date=None, published="2023-11-19"):
    return StoredEvent(iri=iri, classes={cls}, places={place}, chains={place: CHAINS[place]},
                       dates={date} if date else set(), published={published} if published else set())


def test_city_and_region_reports_merge_into_the_most_precise():
    a = ev("e/a", "DroneStrike", REGION, "2023-11-18")
    b = ev("e/b", "Attack", CITY, "2023-11-18")
    assert plan_merges([a, b]) == {"e/b": "e/a"}  # a specific class ranks first
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


def test_undated_reports_months_apart_stay_two_attacks():
    march = ev("e/m", "Shelling", CITY, published="2024-03-02")
    december = ev("e/d", "Shelling", CITY, published="2024-12-10")
    assert plan_merges([march, december]) == {}
    # a few days apart, they are one report of one attack told twice
    monday = ev("e/x", "Shelling", CITY, published="2024-03-04")
    assert plan_merges([march, monday, december]) == {"e/x": "e/m"}


def test_an_undated_report_of_unknown_means_joins_nothing():
    # "X was also targeted earlier in the week": a place and a week, too little to be one attack
    side = ev("e/s", "Attack", CITY, published="2023-11-19")
    assert plan_merges([side, ev("e/d", "DroneStrike", CITY, "2023-11-18", published="2023-11-18")]) == {}
    assert plan_merges([side, ev("e/t", "Attack", CITY, published="2023-11-20")]) == {}
    assert plan_merges([side, ev("e/u", "DroneStrike", CITY, published="2023-11-20")]) == {}
    # dated, a report of unknown means still joins the attack of its day
    assert plan_merges([ev("e/a", "Attack", CITY, "2023-11-18"),
                        ev("e/d", "DroneStrike", CITY, "2023-11-18")]) == {"e/a": "e/d"}


def test_an_undated_report_joins_a_dated_one_only_near_its_publication():
    dated = ev("e/d", "DroneStrike", CITY, "2023-11-18", published="2023-11-18")
    assert plan_merges([dated, ev("e/u", "DroneStrike", CITY, published="2023-11-20")]) == {"e/u": "e/d"}
    assert plan_merges([dated, ev("e/u", "DroneStrike", CITY, published="2024-02-20")]) == {}
    assert plan_merges([dated, ev("e/u", "DroneStrike", CITY, published="2023-11-25")]) == {}
    # published before the attack's day, a report cannot be about it
    assert plan_merges([dated, ev("e/u", "DroneStrike", CITY, published="2023-11-17")]) == {}
    # an undated report with no publication day cannot be placed in time: it stays alone
    assert plan_merges([dated, ev("e/u", "DroneStrike", CITY, published=None)]) == {}


def test_a_region_report_beside_two_cities_swallows_neither():
    region = ev("e/r", "DroneStrike", REGION, "2023-11-18")
    kursk = ev("e/k", "DroneStrike", CITY, "2023-11-18")
    lgov = ev("e/l", "DroneStrike", SECOND_CITY, "2023-11-18")
    assert plan_merges([region, kursk, lgov]) == {}
    # with exactly one finer event it merges into it
    assert plan_merges([region, kursk]) == {"e/r": "e/k"}


def test_an_ambiguous_member_is_left_out_and_the_rest_still_merges():
    """Two reports of the Kursk attack merge although a region report beside them could
    also be a report of the Lgov attack: only the region report stays alone."""
    kursk = ev("e/k", "DroneStrike", CITY, "2023-11-18")
    kursk_undated = ev("e/ku", "DroneStrike", CITY, published="2023-11-19")
    region = ev("e/r", "DroneStrike", REGION, "2023-11-18")
    lgov = ev("e/l", "DroneStrike", SECOND_CITY, "2023-11-18")
    assert plan_merges([kursk, kursk_undated, region, lgov]) == {"e/ku": "e/k"}


def test_a_merged_node_with_a_city_and_its_region_does_not_reach_another_city():
    """After a merge the kept node carries both places (city and region); its region must not
    make it compatible with a report of another city of that region."""
    merged = StoredEvent(iri="e/k", classes={"DroneStrike"}, places={CITY, REGION},
                         chains={CITY: CHAINS[CITY], REGION: CHAINS[REGION]}, dates={"2023-11-18"},
                         published={"2023-11-18", "2023-11-19"})
    lgov = ev("e/l", "DroneStrike", SECOND_CITY, "2023-11-18")
    assert plan_merges([merged, lgov]) == {}


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
                dates={rng.choice(["2024-01-01", "2024-01-02"])} if rng.random() < 0.6 else set(),
                published={rng.choice(["2024-01-01", "2024-01-03", "2024-01-06", "2024-02-01"])}))
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


def _random_events(seed: int, n: int = 160) -> list:
    """Reports of a few classes at a few places over a few weeks, dated or not, some reported
    by articles of several days: the shapes the day-by-day plan must agree on."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    start = dt.date(2024, 3, 1)
    places = [CITY, SECOND_CITY, REGION, OTHER_CITY, RU]
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(30))
        pubs = {(day + dt.timedelta(days=rng.choice((0, 0, 1, 2, 3, 5)))).isoformat() for _ in range(rng.choice((1, 1, 2)))}
        e = ev(f"e/{i:03d}", rng.choice(("DroneStrike", "DroneStrike", "Shelling", "Attack")), rng.choice(places),
               day.isoformat() if rng.random() < 0.6 else None)
        e.published = pubs
        if rng.random() < 0.05:  # a report giving two days
            e.dates = {day.isoformat(), (day + dt.timedelta(days=1)).isoformat()}
        out.append(e)
    return out


def _day_reader(events):
    import datetime as dt

    from kg.link.merge import anchor_days

    days = sorted({d for e in events for d in (*(dt.date.fromisoformat(x) for x in e.dates | e.published),)})
    by_first = {}
    for e in events:
        span = anchor_days(e)
        if span is not None:
            by_first.setdefault(span[0], []).append(e)
    return days, by_first


def test_the_day_by_day_plan_is_the_whole_store_plan():
    from kg.link.merge import plan_day_by_day

    for seed in range(12):
        events = _random_events(seed)
        days, by_first = _day_reader(events)
        parts = list(plan_day_by_day(days, lambda d: by_first.get(d, [])))
        merged = {k: v for part in parts for k, v in part.items()}
        whole = plan_merges(events)
        assert whole, seed  # the shapes do merge
        assert merged == whole, seed
        assert sum(len(p) for p in parts) == len(whole)  # no event planned twice


def test_the_day_by_day_plan_gives_each_part_before_reading_days_it_cannot_reach():
    import datetime as dt

    from kg.link.merge import plan_day_by_day

    march = [ev("e/a", "DroneStrike", REGION, "2024-03-02"), ev("e/b", "DroneStrike", CITY, "2024-03-02")]
    april = [ev("e/c", "Shelling", REGION, "2024-04-10"), ev("e/d", "Shelling", CITY, "2024-04-10")]
    reads = []

    def read(day):
        reads.append(day)
        return {dt.date(2024, 3, 2): march, dt.date(2024, 4, 10): april}.get(day, [])

    days = [dt.date(2024, 3, 2), dt.date(2024, 3, 4), dt.date(2024, 4, 10)]
    parts = plan_day_by_day(days, read)
    assert next(parts) == {"e/a": "e/b"} and reads == days[:2]  # March is done before April is read
    assert next(parts) == {"e/c": "e/d"} and reads == days
    # an undated report published two days later is still joined: March stays open until then
    late = ev("e/u", "DroneStrike", CITY, published="2024-03-04")
    days2 = [dt.date(2024, 3, 2), dt.date(2024, 3, 4)]
    parts = list(plan_day_by_day(days2, lambda d: march if d == days2[0] else [late]))
    assert parts == [{"e/a": "e/b", "e/u": "e/b"}]


def test_reports_that_can_meet_nothing_have_no_anchor():
    from kg.link.merge import anchor_days

    two_days = ev("e/t", "DroneStrike", CITY, "2024-03-02")
    two_days.dates.add("2024-03-03")
    spread = ev("e/s", "DroneStrike", CITY, published="2024-03-02")
    spread.published.add("2024-03-09")
    assert anchor_days(two_days) is None and anchor_days(spread) is None
    assert anchor_days(ev("e/u", "DroneStrike", CITY, published="2024-03-02")) is not None
