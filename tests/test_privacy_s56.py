"""Session 56: where a house number's dot ended a phrase, and a tag's place over its comma.

The session also tried to let the learned description step weigh what the rules say against a
phrase (a workplace alone, a local role, a passer-by) instead of dropping it. Cross-validated
it took 25 more labelled strings for 33 more ordinary words, but a reviewer's ordinary answers
lost their persons ("Die Frau vom Tierheim hat uns super beraten"): 17 of 219 changed. It was
reverted; the answers below keep that decision.
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.address_candidates import candidates as address_candidates
from esslingen_lab.privacy.learned_descriptions import candidates


@pytest.mark.parametrize("text", [
    # a reviewer's ordinary answers the relaxed step took (session 56)
    "Die Frau vom Tierheim hat uns super beraten, wir haben jetzt eine Katze.",
    "Der Hausmeister vom Gemeindehaus hat uns den Saal aufgeschlossen.",
    "Der Mann mit dem Hund an der Haltestelle hat mir den Fahrplan erklärt.",
    "Die Frau vom Wochenmarkt hat sich über die neuen Standgebühren beschwert.",
    "Der Sozialarbeiter vom Jugendhaus macht einen tollen Job mit den Jugendlichen.",
    "Die Leiterin vom Jugendhaus zum Beispiel ist nett.",
])  # fmt: skip
def test_a_workplace_alone_or_a_passer_by_stays(text):
    assert redact_text(text) == text


def test_a_house_number_after_nr_stays_with_its_home():
    # the dot of "Nr." ended the home's words and left the number behind ("[ADRESSE]. 8.")
    for number in ("Nr. 8", "Hausnr. 8", "nr. 8a"):
        text = f"Er wohnt bei uns in der Einliegerwohnung, hinten im Garten vom Haus {number}."
        assert redact_text(text) == "Er wohnt bei uns [ADRESSE].", number


def test_a_house_number_after_nr_stays_in_a_described_persons_clause():
    # "[PERSON-BESCHREIBUNG]. 17 in Liebersbronn parkt, …" (a reviewer, session 56)
    text = ("Der Typ mit dem Wohnmobil, der immer vor dem Haus Nr. 17 in Liebersbronn parkt, "
            "blockiert den Gehweg.")  # fmt: skip
    after = redact_text(text)
    assert "17" not in after and "Liebersbronn" not in after
    assert after.endswith(", blockiert den Gehweg.")


def test_a_full_stop_after_a_word_ends_a_persons_ties_an_abbreviation_does_not():
    run = "Ich bin Hausmeister in einer Wohnanlage. Der Mieter im Erdgeschoss ist laut."
    assert all("Wohnanlage. Der" not in run[a:b] for a, b, _, _ in candidates(run))
    church = "Die Tochter von der Ev. Gesamtkirchengemeinde Sirnau hat angerufen."
    spans = [church[a:b] for a, b, _, _ in candidates(church)]
    assert "Die Tochter von der Ev. Gesamtkirchengemeinde Sirnau" in spans


def test_the_address_step_offers_the_place_before_a_tag_over_its_comma():
    text = "Wir wohnen seit Mai in der Klosterhalde, [ADRESSE]. Das Formular kennt das nicht."
    (anchor,) = address_candidates(text)
    before = anchor["before"]
    assert text[before.start : before.end] == "Mai in der Klosterhalde"
    assert before.facts["sep"] == ","
    # without the comma's piece nothing else changes: a library's floor is no home
    kept = "Treffpunkt ist in der Stadtbücherei, im ersten Stock."
    assert redact_text(kept) == kept


@pytest.mark.parametrize(("text", "expected"), [
    # a trade's house or a shop after "von der" is no family's name (a reviewer, session 56)
    ("Die Frau von der Bäckerei hat mir erzählt, dass sie schließt.",
     "Die Frau von der Bäckerei hat mir erzählt, dass sie schließt."),
    ("Die Frau von der Apotheke war nett.", "Die Frau von der Apotheke war nett."),
    ("Frau Maier von der Tafel hat gesagt, es geht.",
     "Frau [NAME] von der Tafel hat gesagt, es geht."),
    # families of that form stay names
    ("Die Frau von der Heide hat angerufen.", "Die Frau [NAME] hat angerufen."),
    ("Herr von der Schulenburg hat angerufen.", "Herr [NAME] hat angerufen."),
])  # fmt: skip
def test_von_der_and_a_trades_house_names_no_family(text, expected):
    assert redact_text(text) == expected
