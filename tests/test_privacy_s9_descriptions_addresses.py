"""Descriptions reach over their relative clause; loose addresses (session 9, issue 20)."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the relative clause after a description belongs to it
        ("Die einzige Kinderärztin in Zell, die noch neue Patienten nimmt, ist jetzt voll.",
         "ist jetzt voll"),
        ("Der Mann mit dem Hut, der sonntags vor der Kirche Zeitungen verkauft, war nett.",
         "war nett"),
        ("die frau mit dem dackel, wo jeden tag beim bäcker wartet, isch nett.", "isch nett"),
        ("Bei uns gibt es die Frau mit den grauen Locken, die ehrenamtlich Tablets erklärt.",
         "Bei uns gibt es"),
        # a bracket after a person
        ("Viele Grüße, Heinz (der vom Getränkemarkt in Zell)", "Viele Grüße"),
        ("Unser Nachbar von gegenüber (der Sohn vom Metzger) hat mir geholfen.",
         "hat mir geholfen"),
        ("Meine Cousine Jelena (die mit dem Blumenladen in der Kelterstraße) kam mit.",
         "kam mit"),
        # a school class, a floor of a house, a side at a counter
        # session 53: his illness goes too (the learned health step; the labelled sets hold
        # "ist seit Wochen krank" of a described person as a health detail)
        ("Der Klassenlehrer der 4b ist seit Wochen krank.", "[GESUNDHEIT]"),
        ("Die Elternsprecherin der 2c hat die Gruppe gegründet.", "hat die Gruppe gegründet"),
        ("Der junge Mann aus dem zweiten Stock vom Block in der Kelterstraße hilft allen.",
         "hilft allen"),
        ("Die Dame mit der Brille am dritten Schalter rechts war freundlich.", "war freundlich"),
    ],
)
def test_descriptions_are_tagged_whole(text, kept):
    out = redact_text(text)
    assert "[PERSON-BESCHREIBUNG]" in out
    assert kept in out
    # no word of the description is left between the tag and what follows
    assert out.count("[PERSON-BESCHREIBUNG]") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Frau mit dem roten Schal, die war total überfordert.",  # a main clause
        "Die Verwaltung (die mit den vielen Formularen) ist langsam.",
        "Wir haben Post (die vom Finanzamt) bekommen.",
        "Die Kinder der 3a haben keine Tablets.",
        "Das Bürgeramt im 7. Stock ist ohne Aufzug schwer zu erreichen.",
        "Die Busfahrerin der 104 fährt zu schnell.",
    ],
)
def test_ordinary_sentences_keep_their_words(text):
    out = redact_text(text)
    for word in ("überfordert", "Formularen", "Finanzamt", "Tablets", "Aufzug", "schnell"):
        if word in text:
            assert word in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Vor unserem Haus – Hausnummer 8 im Lerchenweg – fehlt die Laterne.", "Lerchenweg"),
        ("Bitte an Haus Nr. 12, Am Mühlbach, schicken.", "Mühlbach"),
        ("ich, Frieda Kunz, wohnhaft Hohenreut 5, bitte um Rückruf.", "Hohenreut 5"),
        ("wir wohnen talsteige 9, bitte klingeln", "talsteige"),
        ("Wir wohnen Rosenweg 14 dritter Stock, falls jemand fragt.", "dritter"),
        ("Hier im Haus (Stuttgarter Str 7b, ganz hinten links) gibt es kein Netz.", "hinten"),
        ("wohne in der bachstr. gegenüber vom friseur, 3. haus, und hab kein netz", "friseur"),
        ("Ich wohn Kelterstr. neben der Tankstelle, im Hinterhaus, und kriege keine Post.",
         "Kelterstr"),
        ("Unser Hof liegt am Eichbühl, zweiter Hof rechts nach der Kapelle, da ist Funkloch.",
         "Kapelle"),
        ("HERR WOLF (79) AUS DER MÜHLGASSE HAT KEIN HANDY", "MÜHLGASSE"),
        ("Ich wohne in der Lindenstraße 4, das gelbe Haus mit den Solarzellen, und habe kein "
         "Netz.", "Solarzellen"),
    ],
)
def test_loose_addresses_are_tagged(text, gone):
    out = redact_text(text)
    assert "[ADRESSE]" in out
    assert gone not in out


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung war in der Hauptstraße 5, oben war es warm.",
        "Die Sanierung der Kelterstraße dauert noch bis Mai.",
        "Bus Nummer 101 am Marktplatz fährt nicht mehr.",
        "Ich wohne in der Hauptstraße und finde die Baustelle schlimm.",
        "Ich wohne in der Lindenstraße 4, das Haus ist alt.",
    ],
)
def test_ordinary_sentences_about_places_stay(text):
    out = redact_text(text)
    for word in ("oben", "Sanierung", "Kelterstraße", "Marktplatz", "Baustelle", "alt"):
        if word in text:
            assert word in out


@pytest.mark.parametrize(
    ("name", "category", "floor"),
    # held-out in session 8, read in session 9: 12/14 and 11/12 (fresh6), 7/11 and 11/12 (fresh8)
    [("pii_fresh6.jsonl", "description", 11), ("pii_fresh6.jsonl", "address_loose", 10),
     ("pii_fresh8.jsonl", "description", 7), ("pii_fresh8.jsonl", "address_loose", 10)],
)  # fmt: skip
def test_fresh_sets_keep_description_and_address_floors(name, category, floor):
    records = load_labelled(FIXTURES / name)
    score = score_redaction(records, lambda texts: redact(texts).texts)
    assert score.by_category[category][0] >= floor, score.missed
