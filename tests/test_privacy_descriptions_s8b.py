"""Broader descriptions: long habit clauses, brackets, appositions, club heads, self-descriptions.

Groups, public office holders and generic statements about "die Frau mit dem Kinderwagen"
stay.
"""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"
TAG = "[PERSON-BESCHREIBUNG]"


@pytest.fixture(scope="module")
def records():
    return load_labelled(FIXTURES / "pii_dev_s8_desc2.jsonl")


def test_the_dev_set_is_mostly_found_and_its_controls_stay(records):
    score = score_redaction(records, lambda texts: redact(texts, n_jobs=1).texts)
    found, total = score.by_category["description"]
    assert found >= total - 1  # "I bin dr Ma mit em Rollstuhl, wo …" is left
    assert all(a == b for a, b in score.controls.values()), score.controls


@pytest.mark.parametrize(
    "text, phrase",
    [
        # a relative clause with a habit at a place, longer than 18 words, up to its "und"
        (
            "Der Typ mit der Glatze und dem Harley-T-Shirt, der jeden Morgen um 7 vor dem "
            "Bürgerbüro schon in der Schlange steht und allen erzählt wie schlimm alles ist – "
            "der hat eigentlich recht!",
            "in der Schlange steht",
        ),
        (
            "Die Frau mit dem grünen Hut, die jeden Samstag um neun auf dem Wochenmarkt am "
            "Rathausplatz vor dem Stand mit den Eiern steht und plaudert, hat Recht.",
            "vor dem Stand mit den Eiern steht",
        ),
        # a bracket after a description
        ("Die Frau vom Kiosk am Bahnhof (die mit dem Papagei) erzählt jedem alles.", "Papagei"),
        ("Der Wirt vom Ochsen in Kirchbronn (der mit dem Dackel) hat zu.", "Dackel"),
        # an apposition of looks
        (
            "Herr Tschernow vom Hausmeisterdienst der Stadthalle, der kleine mit dem "
            "Schnauzer, hat uns geholfen.",
            "der kleine mit dem Schnauzer",
        ),
        ("Frau Rapp vom Bürgerbüro, die große Rothaarige, war nett.", "Rothaarige"),
        ("Unser Hausmeister, der mit der Brille, kommt nie.", "der mit der Brille"),
        # the head of a named club
        ("Gruß vom Vorsitzenden des Gewerbevereins Berkheim", "Gewerbevereins Berkheim"),
        ("Wir danken dem Präsidenten des Tennisclubs Zell.", "Tennisclubs Zell"),
        ("Die Kassiererin vom Turnverein Sirnau hat angerufen.", "Turnverein Sirnau"),
        ("Ich schreibe als Leiterin des Kirchenchors St. Paul.", "St. Paul"),
        ("gruß vom vorsitzenden des gewerbevereins berkheim", "gewerbevereins berkheim"),
        ("Herr Maier (der große Blonde) hat geholfen.", "Blonde"),
        # a self-description by a feature (and a habit)
        (
            "Ich bin die Frau mit dem Blindenhund, die immer vorne sitzt – ich musste raus.",
            "die immer vorne sitzt",
        ),
        ("Ich bin der Herr mit dem Rollator, vielleicht erinnern Sie sich.", "Rollator"),
    ],
)
def test_broader_descriptions_are_found(text, phrase):
    out = redact_text(text)
    assert TAG in out and phrase not in out, out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Die Frau mit dem Kinderwagen kommt nicht in den Bus.", "Die Frau mit dem Kinderwagen"),
        ("Menschen mit Blindenhund dürfen in jedes Amt.", "Menschen mit Blindenhund"),
        ("Der Vorsitzende des Gemeinderats ist der OB.", "Der Vorsitzende des Gemeinderats"),
        ("Die Vorsitzenden der Sportvereine treffen sich.", "Die Vorsitzenden der Sportvereine"),
        ("Der Präsident des Landgerichts Stuttgart hat entschieden.", "Landgerichts Stuttgart"),
        ("Die Leute, die jeden Morgen vor dem Amt in der Schlange stehen und frieren, tun "
         "mir leid.", "in der Schlange stehen"),
        ("Der Bus (der mit der Nummer 118) kam zu spät.", "(der mit der Nummer 118)"),
        ("Vereine (die mit dem großen Saal) zahlen mehr.", "(die mit dem großen Saal)"),
        ("Die Busse, die mit dem Elektroantrieb, sind leiser.", "die mit dem Elektroantrieb"),
        ("Meine Tochter, die Große, geht in die Schule.", "die Große"),
        ("Meine Kinder (die Großen) sind in der Schule.", "(die Großen)"),
        ("die leiterin der grundschule meiner tochter ist nett", "meiner tochter ist nett"),
        ("Ich bin die Frau, die immer anruft, weil die Laterne kaputt ist.", "die immer anruft"),
        ("Ich bin der Meinung, dass Fahrgäste mit Rollator vorne sitzen.", "mit Rollator"),
        ("Ein Mann mit Hund, der jeden Tag spazieren geht, braucht Mülleimer.", "Ein Mann"),
        ("Ich bin die Frau mit dem Kinderwagen und komme nicht in den Bus.", "und komme nicht"),
        # a clause of 18 words or fewer stays whole: "… da ist und immer Fliege trägt"
        ("Der Teamleiter im Fachbereich Soziales, der erst seit Januar da ist und immer "
         "Fliege trägt, blockiert alles.", "blockiert alles"),
    ],
)
def test_tempting_controls_stay(text, kept):
    out = redact_text(text)
    assert kept in out, out
    if kept == "und komme nicht":
        assert "in den Bus" in out, out
    elif kept != "blockiert alles":
        assert TAG not in out, out
    else:
        assert "Fliege" not in out, out
