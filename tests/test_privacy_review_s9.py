"""Session 9 findings on redaction that a user would notice (each test names its case)."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "tag", "gone"),
    [
        ("Bitte an anna.beck＠web.de schreiben", "[EMAIL]", "anna.beck"),  # full-width @
        ("Ruf an: ０７１１ ３５１２２４９０, danke", "[TELEFON]", "３５１２"),  # full-width digits
        ("Ｆｒａｕ Ｍüller hat geholfen", "[NAME]", "Ｍüller"),
    ],
)
def test_full_width_characters_do_not_hide_personal_data(text, tag, gone):
    out = redact_text(text)
    assert tag in out and gone not in out, out


def test_full_width_text_without_personal_data_is_kept_as_typed():
    text = "Ｗｌａｎ im Rathaus bitte, Raum ２.１４ ist kalt"  # also "Wlan" is no name
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["Wlan im Rathaus geht nicht", "Lte im Stadtpark ist schlecht",
                                  "Vpn vom Amt bricht dauernd ab"])
def test_acronyms_typed_in_title_case_are_no_names(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Herr Dr Schneider war sehr freundlich.", "Schneider"),
        ("Frau Dr Becker hat den Antrag abgelehnt.", "Becker"),
        ("Dr Schneider vom Gesundheitsamt hat geholfen.", "Schneider"),
        ("Prof Weber hält den Vortrag im Rathaus.", "Weber"),
        ("Dr Müller hat mir die Bescheinigung geschickt.", "Müller"),
    ],
)
def test_a_title_without_its_period_still_marks_a_common_surname(text, surname):
    """Review s9: "Herr Dr Schneider" kept the name that "Herr Schneider" loses."""
    out = redact_text(text)
    assert surname not in out and "[NAME]" in out, out


@pytest.mark.parametrize("text", ["Dr Bus kommt ned", "Dr Schneider näht die Hose"])
def test_the_swabian_article_dr_before_a_noun_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202e", "\u2067", "\x00"])
def test_direction_marks_and_nul_do_not_hide_a_name(mark):
    """Review s9: a right-to-left mark or a NUL byte inside the text hid the name."""
    out = redact_text(f"Frau {mark}Mayer{mark} vom Bürgeramt war nett")
    assert "Mayer" not in out and "[NAME]" in out, repr(out)


@pytest.mark.parametrize("text", ["Jahrgang 2024 der Azubis bei der Stadt ist groß.",
                                  "Der Jahrgang 2023 der Auszubildenden hat Tablets bekommen."])
def test_a_cohort_of_a_group_is_no_birth_year(text):
    """Review s9: the cue word went into the tag of a cohort ("[DATUM] der Azubis")."""
    assert redact_text(text) == text


def test_a_persons_birth_year_still_goes_with_its_cue():
    assert redact_text("Meine Mutter, Jahrgang 1941, braucht Hilfe.") == (
        "Meine Mutter, [DATUM], braucht Hilfe.")
