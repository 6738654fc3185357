from kg.nlp.quotes import find_quotations


def words(text):
    return [q.words(text) for q in find_quotations(text)]


def test_french_guillemets_with_no_break_spaces():
    t = "Il a déclaré\u00a0: «\u00a0Les secours sont là.\u00a0» Puis il est parti."
    assert words(t) == ["Les secours sont là."]


def test_curly_and_straight_quotes():
    t = "“A drone hit the tank,” he said. She added: \"We are safe\"."
    assert words(t) == ["A drone hit the tank,", "We are safe"]


def test_right_mark_used_as_opening():
    t = "”De façon générale, nous ne soutenons pas. Nous sommes concentrés”, a déclaré X."
    assert words(t) == ["De façon générale, nous ne soutenons pas. Nous sommes concentrés"]


def test_unclosed_quote_does_not_swallow_next_paragraph():
    t = "Il a dit « rien du tout.\n\nUn autre paragraphe « cité » ici."
    assert words(t) == ["cité"]


def test_offsets_point_into_the_text():
    t = "Il a dénoncé une « tentative d'attaque » hier."
    (q,) = find_quotations(t)
    assert t[q.open] == "«" and t[q.close] == "»"
    assert t[q.start:q.end] == "tentative d'attaque"


def test_quotation_over_two_paragraphs_reopened_with_the_same_mark():
    t = "« Nous avons tout perdu.\n\n« La maison a brûlé », a-t-elle dit.\n\nFin « ouvert\n\nrien."
    (q,) = find_quotations(t)
    assert q.words(t) == "Nous avons tout perdu.\n\n« La maison a brûlé"
