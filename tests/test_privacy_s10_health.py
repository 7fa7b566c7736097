"""Session 10: the [GESUNDHEIT] tag is the health detail from the verb that says it on.

Labellers disagree on the verb: fresh4–6 and dev s7 mark "ist dement", fresh7 and later
mostly "dement" alone. A verb left over costs one ordinary word; a half-marked span counts
as missed, so the tag starts at the verb ("Meine Mutter [ist seit zwei Jahren dement]") and
the person, adverbs before the verb and the rest of the sentence stay readable. A name before
the verb goes into the tag, so the health rule never leaves one behind.
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(("text", "expected"), [
    # the person stays; the verb, a time after it and the detail go
    ("Meine Mutter ist seit zwei Jahren dement.",
     "[GESUNDHEIT]."),
    ("Mein Onkel hat seit letztem Winter Parkinson.",
     "[GESUNDHEIT]."),
    ("ich bin übrigens schwerhörig", "[GESUNDHEIT]"),
    ("Mei Mo isch mittlerweile fast blind.", "[GESUNDHEIT]."),
    ("MEIN SOHN HAT AUTISMUS", "[GESUNDHEIT]"),
    ("Meine Oma sitzt im Rollstuhl.", "[GESUNDHEIT]."),
    # a term said alone loses its preposition and article
    ("Wegen meiner Migräne kann ich nicht lange am Bildschirm sitzen.",
     "[GESUNDHEIT] kann ich nicht lange am Bildschirm sitzen."),
    ("Unser Sohn hat einen Herzschrittmacher.", "[GESUNDHEIT]."),
    # a cause with a state after it stays one detail
    ("Meine Frau ist nach der Chemo noch zu schwach.",
     "[GESUNDHEIT]."),
    ("Mein Vater ist seit dem Unfall im Rollstuhl.", "[GESUNDHEIT]."),
    # a cause before the person: only the cause, the rest is its own detail
    ("Seit dem Schlaganfall sitzt mein Vater im Rollstuhl.",
     "[GESUNDHEIT] sitzt mein Vater [GESUNDHEIT]."),
    # (the cause, its verb and "ich", then what follows: one detail since session 34, as 15
    # of 18 independent labels have it)
    ("Nach meiner Hüft-OP kann ich nicht mehr Rad fahren.", "[GESUNDHEIT]."),
    # a verb after the detail stays ("…, weil ich seit der Herz-OP langsamer bin"); s11:
    # "schlecht laufen kann" is an impaired function, "kann" in it
    ("Ich brauche länger, weil ich seit meiner Knie-OP schlecht laufen kann.",
     "Ich brauche länger, weil [GESUNDHEIT]."),
])
def test_the_tag_is_the_detail_from_its_verb_on(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rosemarie hat Grauen Star.", "[GESUNDHEIT]."),
    ("Herr Kübler ist gehörlos, bitte schreiben.",
     "[GESUNDHEIT], bitte schreiben."),
    ("Mein Vater, Karl Obermüller, ist dement.", "Mein Vater, [NAME], [GESUNDHEIT]."),
    # a name after the earlier rules keeps its own tag
    ("Der Kollege Müller hat Krebs und fällt aus.",
     "Der Kollege [NAME] [GESUNDHEIT]."),
])
def test_a_name_before_the_verb_never_stays(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mein Opa ist nicht mehr so gut zu Fuß und braucht Hilfe.",
     "[GESUNDHEIT] und braucht Hilfe."),
    ("i bin nimmer gut zu Fuß", "[GESUNDHEIT]"),
    ("Meine Frau hat ein künstliches Hüftgelenk.", "[GESUNDHEIT]."),
    ("hab ne knie-op gehabt und bin krankgeschrieben",
     "[GESUNDHEIT]"),  # s11: "gehabt" closes the detail, "und bin …" joins it
    ("Mein Sohn hat sich beim Handball das Kreuzband gerissen.",
     "[GESUNDHEIT]."),
    ("Meine Nachbarin läuft seit dem Sturz nur noch mit Krücken.",
     "[GESUNDHEIT]."),
    ("Mein Mann sitzt im E-Rolli.", "[GESUNDHEIT]."),
    ("Meine Oma ist wackelig auf den Beinen.", "[GESUNDHEIT]."),
    ("ich bin schlecht zu Fuß, bitte Bänke", "[GESUNDHEIT], bitte Bänke"),
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
