"""Session 44: numbers after a cue said another way, lower-case particles after a title."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Nummer vom/des …" names whose number follows, also after an article
        ("die nummer vom mensa-konto: 31-04417.", "die nummer vom mensa-konto: [ID]."),
        ("Die Nummer des Antrags ist 40-SBP-00931.", "Die Nummer des Antrags ist [ID]."),
        # … a phone number stays a phone number, whoever it belongs to
        ("hat die Nummer vom Platzwart: 0711 36 12 48", "hat die Nummer vom Platzwart: [TELEFON]"),
        ("Nummer meines Mannes: 0170-2938 441. Grüße", "Nummer meines Mannes: [TELEFON]. Grüße"),
        # … and a line, a room are no one's file
        ("die Nummer der Linie 101", "die Nummer der Linie 101"),
        ("die Nummer des Zimmers ist 2.107", "die Nummer des Zimmers ist 2.107"),
        # an abbreviated file cue after its office
        ("Bußgeld-Az. 41.2-OWI-2025/3381, bitte.", "Bußgeld-Az. [ID], bitte."),
        ("Nachlassgericht-Az. 2 VI 417/19", "Nachlassgericht-Az. [ID]"),
        # a cue, then "die ist" before the number
        ("Ihre Kundennummer, die ist 8800-3314-21.", "Ihre Kundennummer, die ist [ID]."),
        ("Die Kundennummer, die ich habe, ist alt.", "Die Kundennummer, die ich habe, ist alt."),
        # a payment's reference without a colon
        ("(Überweisung 12.10., Referenz 2025-ES-MS-00981).",
         "(Überweisung 12.10., Referenz [ID])."),
        ("Die Referenz ist 2025-ES-MS-00981.", "Die Referenz ist [ID]."),
        ("Referenz 2025 war gut.", "Referenz 2025 war gut."),
        ("Als Referenz dient das Projekt 12345 in Stuttgart.",
         "Als Referenz dient das Projekt 12345 in Stuttgart."),
        # a non-German particle after "frau"/"herr", all in lower case
        ("unsere heimleiterin frau ter meer hat gesagt ich darf das.",
         "unsere heimleiterin frau [NAME] hat gesagt ich darf das."),
        ("der herr van der linden vom ordnungsamt hat gesagt",
         "der herr [NAME] vom ordnungsamt hat gesagt"),
        # … not a German word after "frau"
        ("die frau da hinten hat gesagt.", "die frau da hinten hat gesagt."),
        # found by the session's review: a verb, an adverb or an article after the particle
        ("Das Auto vom herr van daneben stand falsch.",
         "Das Auto vom herr van daneben stand falsch."),
        ("Das herr van het Rathaus kommt in meinem Kopf nicht vor.",
         "Das herr van het Rathaus kommt in meinem Kopf nicht vor."),
        ("Herr van hat geparkt.", "Herr van hat geparkt."),
        # … a year after "die ist" is no number of a file; a lower-case cue after its office is
        ("Kundennummer, die ist 2025 geändert worden.",
         "Kundennummer, die ist 2025 geändert worden."),
        ("bußgeld-az. 41.2-owi-2025/3381 ist falsch.", "bußgeld-az. [ID] ist falsch."),
    ],
)
def test_session44_redaction(text, expected):
    assert redact_text(text) == expected
