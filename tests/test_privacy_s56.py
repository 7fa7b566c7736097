"""Session 56: the description step weighs what the rules say against a phrase.

Before, every exclusion of the project's rules removed a phrase from the learned description
step's candidates. Those about meaning still do (office holders, staff on duty, big
institutions, plurals, anyone, the writer's own dealings, traits, a newcomer, a main clause);
those about how surely a phrase points to one person (a workplace alone, a local role, a
passer-by) are now the model's features (``x_unspecific``, ``x_local``, ``x_passer``).
"""

from __future__ import annotations

import numpy as np
import pytest

from esslingen_lab.privacy import Redactor, learned_descriptions, redact_text
from esslingen_lab.privacy.description_candidates import features
from esslingen_lab.privacy.learned_descriptions import candidates


def _spans(text):
    return {text[a:b]: facts for a, b, facts, _ in candidates(text)}


@pytest.mark.parametrize("text", [
    "Mein Nachbar, der Hausmeister vom Rathaus, kam.",  # a local role at a big institution
    "Die Dame, die am Empfang sitzt, ist nett.",  # a clause that places no one
    "Die Frau vom Bürgeramt am Marktplatz, die mir geholfen hat, war nett.",  # staff, writer
    "Ein Mann mit Hund aus Zell hat angerufen.",  # a newcomer
    "Die Frau vom Bürgermeister hat das Fest eröffnet.",  # a relative of a role holder
])  # fmt: skip
def test_an_exclusion_about_meaning_still_gives_no_candidate(text):
    assert candidates(text) == []
    assert redact_text(text) == text


def test_a_doubt_is_a_feature_of_the_candidate_and_of_the_weights():
    facts = _spans("Die Frau vom Kiosk hat gefragt.")["Die Frau vom Kiosk"]
    assert facts["doubts"] == ("unspecific",)
    found = features(facts, ["Die", "Frau", "vom", "Kiosk", "hat", "gefragt", "."])
    assert found["x_unspecific"] == 1 and found["x_doubted"] == 1
    with np.load(learned_descriptions.weights_path(), allow_pickle=False) as data:
        names = set(data["names"].tolist())
    assert {"x_unspecific", "x_local", "x_doubted"} <= names


def test_a_clear_description_is_taken_despite_its_doubt():
    # told by what only she has and where she lives
    text = "Die alte Frau mit den vielen Katzen aus dem Eckhaus hat keinen Computer."
    assert _spans(text)  # a candidate, with or without doubt
    assert redact_text(text) == "[PERSON-BESCHREIBUNG] hat keinen Computer."


def test_zum_beispiel_is_no_place_of_a_description():
    assert redact_text("Die Leiterin vom Jugendhaus zum Beispiel ist nett.").endswith(
        "zum Beispiel ist nett."
    )


def test_a_full_stop_after_a_word_ends_the_ties_an_abbreviation_does_not():
    run = "Ich bin Hausmeister in einer Wohnanlage. Der Mieter im Erdgeschoss ist laut."
    assert all("Wohnanlage. Der" not in span for span in _spans(run))
    church = "Die Sekretärin der Ev. Gesamtkirchengemeinde in Zell hat angerufen."
    assert "Die Sekretärin der Ev. Gesamtkirchengemeinde in Zell" in _spans(church)


def test_the_step_takes_nothing_more_from_its_own_output():
    texts = [
        "Die alte Frau mit den vielen Katzen aus dem Eckhaus hat keinen Computer.",
        "Die Frau vom Kiosk am Bahnhof Mettingen hat gefragt.",
        "Der Mann mit dem Rollator vom Seniorentreff wartet immer.",
    ]
    once = Redactor().redact(texts, n_jobs=1).texts
    assert [learned_descriptions.learned_description_spans(text) for text in once] == [
        [] for _ in once
    ]


def test_a_house_number_after_nr_stays_with_its_home():
    # the dot of "Nr." ended the home's words and left the number behind ("[ADRESSE]. 8.")
    text = "Er wohnt bei uns in der Einliegerwohnung, hinten im Garten vom Haus Nr. 8."
    assert redact_text(text) == "Er wohnt bei uns [ADRESSE]."


def test_the_address_step_offers_the_place_before_a_tag_over_its_comma():
    from esslingen_lab.privacy.address_candidates import candidates as address_candidates

    text = "Wir wohnen seit Mai in der Klosterhalde, [ADRESSE]. Das Formular kennt das nicht."
    (anchor,) = address_candidates(text)
    before = anchor["before"]
    assert text[before.start : before.end] == "Mai in der Klosterhalde"
    assert before.facts["sep"] == ","
    # no comma, no tag: nothing changes ("im ersten Stock" of a library is no home)
    kept = "Treffpunkt ist in der Stadtbücherei, im ersten Stock."
    assert redact_text(kept) == kept
