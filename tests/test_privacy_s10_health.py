"""Session 10: the [GESUNDHEIT] tag is the health detail, not the sentence around it.

Labellers since fresh7 mark only the detail ("Meine Mutter ist seit zwei Jahren [dement]");
the verb, the person, adverbs and a time phrase stay readable. A cause followed by a state
stays in the tag ("ist [nach der Chemo zu schwach]"); a name before the verb gets a tag of its
own, so the health rule never leaves one behind.
"""

import copy
import re

import pytest

from esslingen_lab.privacy import redact_text

# ---- how older sets (fresh4–6, dev s7) marked a detail: with its verb ("ist dement")

_SAID = frozenset(
    "ist bin hat habe hab hatte war wurde sitzt sitze liegt leidet isch hot is ich er sie "
    "selbst selber übrigens jetzt leider auch schon inzwischen mittlerweile".split()
)
_SINCE = re.compile(
    r"(?i)seit\s+(?:(?:einem|einigen|zwei|drei|vielen|mehreren|letztem)\s+)?(?:jahren|jahr|"
    r"monaten|wochen|tagen|\d{4}|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|kurzem|langem)\s+"
)


def as_detail(records):
    """Return ``records`` with each health label cut to its detail, the convention since fresh7.

    Older sets marked "ist dement", "hat seit Jahren Rheuma"; the leading verb, pronoun,
    adverb and time phrase ("seit zwei Jahren") now stay outside the tag, so they are taken
    off those labels before scoring. Labels that already mark the detail are unchanged.
    """
    out = copy.deepcopy(records)
    for record in out:
        for span in record["pii"]:
            if span.get("category") != "health_detail_with_person":
                continue
            value = span["value"]
            while True:
                head, _, rest = value.partition(" ")
                if rest and head.lower() in _SAID:
                    value = rest
                    continue
                since = _SINCE.match(value)
                if since and since.end() < len(value):
                    value = value[since.end() :]
                    continue
                break
            span["value"] = value
    return out


def test_as_detail_cuts_only_what_stays_outside_the_tag():
    records = [{"pii": [
        {"type": "GESUNDHEIT", "category": "health_detail_with_person", "value": "ist dement"},
        {"type": "X", "category": "health_detail_with_person", "value": "hat seit Jahren Rheuma"},
        {"type": "GESUNDHEIT", "category": "health_detail_with_person", "value": "im Rollstuhl"},
        {"type": "NAME", "category": "name_cue", "value": "ist Hans"},
    ]}]
    values = [s["value"] for s in as_detail(records)[0]["pii"]]
    assert values == ["dement", "Rheuma", "im Rollstuhl", "ist Hans"]


@pytest.mark.parametrize(("text", "expected"), [
    # the verb, the person and a time stay; the detail goes
    ("Meine Mutter ist seit zwei Jahren dement.",
     "Meine Mutter ist seit zwei Jahren [GESUNDHEIT]."),
    ("Mein Onkel hat seit letztem Winter Parkinson.",
     "Mein Onkel hat seit letztem Winter [GESUNDHEIT]."),
    ("ich bin übrigens schwerhörig", "ich bin übrigens [GESUNDHEIT]"),
    ("Mei Mo isch mittlerweile fast blind.", "Mei Mo isch mittlerweile [GESUNDHEIT]."),
    ("MEIN SOHN HAT AUTISMUS", "MEIN SOHN HAT [GESUNDHEIT]"),
    ("Meine Oma sitzt im Rollstuhl.", "Meine Oma sitzt [GESUNDHEIT]."),
    # a term said alone loses its preposition and article
    ("Wegen meiner Migräne kann ich nicht lange am Bildschirm sitzen.",
     "Wegen meiner [GESUNDHEIT] kann ich nicht lange am Bildschirm sitzen."),
    ("Unser Sohn hat einen Herzschrittmacher.", "Unser Sohn hat einen [GESUNDHEIT]."),
    # a cause with a state after it stays one detail
    ("Meine Frau ist nach der Chemo noch zu schwach.",
     "Meine Frau ist [GESUNDHEIT]."),
    ("Mein Vater ist seit dem Unfall im Rollstuhl.", "Mein Vater ist [GESUNDHEIT]."),
    # a cause before the person: only the cause, the rest is its own detail
    ("Seit dem Schlaganfall sitzt mein Vater im Rollstuhl.",
     "Seit dem [GESUNDHEIT] sitzt mein Vater [GESUNDHEIT]."),
    ("Nach meiner Hüft-OP kann ich nicht mehr Rad fahren.",
     "Nach meiner [GESUNDHEIT] kann ich nicht mehr Rad fahren."),
    # a verb after the detail stays ("…, weil ich seit der Herz-OP langsamer bin")
    ("Ich brauche länger, weil ich seit meiner Knie-OP schlecht laufen kann.",
     "Ich brauche länger, weil ich [GESUNDHEIT] kann."),
])
def test_the_tag_is_the_detail(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rosemarie hat Grauen Star.", "[GESUNDHEIT] hat [GESUNDHEIT]."),
    ("Herr Kübler ist gehörlos, bitte schreiben.",
     "[GESUNDHEIT] ist [GESUNDHEIT], bitte schreiben."),
    ("Mein Vater, Karl Obermüller, ist dement.", "[GESUNDHEIT], ist [GESUNDHEIT]."),
    # a name after the earlier rules keeps its own tag
    ("Der Kollege Müller hat Krebs und fällt aus.",
     "Der Kollege [NAME] hat [GESUNDHEIT] und fällt aus."),
])
def test_a_name_before_the_verb_never_stays(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mein Opa ist nicht mehr so gut zu Fuß und braucht Hilfe.",
     "Mein Opa ist [GESUNDHEIT] und braucht Hilfe."),
    ("i bin nimmer gut zu Fuß", "i bin [GESUNDHEIT]"),
    ("Meine Frau hat ein künstliches Hüftgelenk.", "Meine Frau hat ein [GESUNDHEIT]."),
    ("hab ne knie-op gehabt und bin krankgeschrieben",
     "hab ne [GESUNDHEIT] gehabt und bin [GESUNDHEIT]"),
    ("Mein Sohn hat sich beim Handball das Kreuzband gerissen.",
     "Mein Sohn hat [GESUNDHEIT]."),
    ("Meine Nachbarin läuft seit dem Sturz nur noch mit Krücken.",
     "Meine Nachbarin [GESUNDHEIT]."),
    ("Mein Mann sitzt im E-Rolli.", "Mein Mann sitzt [GESUNDHEIT]."),
    ("Meine Oma ist wackelig auf den Beinen.", "Meine Oma ist [GESUNDHEIT]."),
    ("ich bin schlecht zu Fuß, bitte Bänke", "ich bin [GESUNDHEIT], bitte Bänke"),
])
def test_more_ways_to_say_a_detail(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Die Haltestelle ist für mich nicht mehr gut zu Fuß erreichbar.",
    "Der Bahnhof ist schlecht zu Fuß zu erreichen, sagt mein Vater.",
    "Ich gehe gern zu Fuß zum Rathaus.",
    "Mit Krücken kommt man die Treppe am Bürgeramt nicht hoch.",
    "Da teste ich alle Ämter mit meinem E-Rolli.",
    "Das Seil ist gerissen, das Kreuzband der Brücke hält.",
    "Die Work-op ist gut organisiert.",
    "Im Krieg war alles anders, sagt meine Oma.",
])
def test_ordinary_sentences_stay(text):
    assert redact_text(text) == text


# ---- handles of public bodies, papers and broadcasters are no one's personal data


@pytest.mark.parametrize("text", [
    "Folgt doch @esslinger_zeitung auf Insta.",
    "Das @buergeramt_es antwortet nie auf Nachrichten.",
    "Die @stadtbuecherei.esslingen postet tolle Tipps.",
    "Die @vhs_esslingen bietet Kurse an.",
    "Hab das bei @swr_aktuell gesehen.",
])
def test_a_public_handle_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Auf Insta bin ich @lena_samt_88.", "Auf Insta bin ich [URL]."),
    ("Schreib @Baeckerei_Nuessle_Zell an.", "Schreib [URL] an."),
    ("Mein Account: @theater_lena", "Mein Account: [URL]"),
    ("folgt mir: @oma.hilde.kocht", "folgt mir: [URL]"),
])
def test_a_persons_handle_still_goes(text, expected):
    assert redact_text(text) == expected
