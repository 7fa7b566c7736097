"""Session 15 review findings: a crash on a Roman numeral sign, a failing rule stops no
batch, and the ``redact`` note about other columns is quick and safe to paste."""

from __future__ import annotations

import logging

from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.privacy import Redactor, redact, redact_text
from esslingen_lab.privacy.redact.patterns import _Rule


def test_a_roman_numeral_sign_after_a_person_noun_is_kept():
    # U+2163 "Ⅳ" is no letter: the name check found no word in it and raised IndexError
    assert redact_text("Der Zahnarzt Ⅳ ist gut") == "Der Zahnarzt Ⅳ ist gut"
    assert redact(["Der Zahnarzt Ⅳ ist gut", "Frau Weber rief an"]).texts[1] == (
        "Frau [NAME] rief an"
    )


def _broken(text):
    if "kaputt" in text:
        raise IndexError("a rule's bug")
    return iter(())


def test_a_failing_rule_withholds_its_text_and_the_batch_goes_on(caplog):
    rules = [_Rule("NAME", None, finder=_broken, name="kaputt"), ("EMAIL", r"\S+@\S+")]
    with caplog.at_level(logging.WARNING):
        result = Redactor(rules=rules).redact(["kaputt bei Erika", "a@b.de schreiben"])
    assert result.texts == ["[TEXT ENTFERNT]", "[EMAIL] schreiben"]
    assert result.counts["WITHHELD"] == 1
    assert "IndexError" in caplog.text
    assert "Erika" not in caplog.text  # never the answer


def _run(tmp_path, header, rows):
    data = tmp_path / "umfrage.csv"
    data.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    out = tmp_path / "bereinigt.csv"
    args = ["redact", str(data), "--text-column", "text", "-o", str(out), "--lang", "de"]
    return CliRunner().invoke(main, args), out


def test_the_rerun_hint_is_safe_to_paste_into_a_shell(tmp_path):
    result, out = _run(tmp_path, 'id,text,"Kontakt (privat)"',
                       ["1,Alles gut,heike.lutz@web.de"])
    assert result.exit_code == 0, result.output
    # quoted for the shell, not with German quotation marks that would become part of it
    assert "--text-column 'Kontakt (privat)'" in result.stderr
    assert "„Kontakt (privat)“" in result.stderr  # named in the sentence as German writes it
    assert "heike.lutz" not in result.stderr


def test_control_characters_of_a_column_name_are_blanked(tmp_path):
    result, out = _run(tmp_path, 'id,text,"kon\x1b[31mtakt"', ["1,Alles gut,heike.lutz@web.de"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stderr
    assert "EMAIL 1" in result.stderr


def test_a_phone_number_broken_at_a_line_end_after_its_cue_goes():
    assert redact_text("Tel 0711\n123456") == "Tel [TELEFON]"
    assert redact_text("Tel 0711\r\n123456") == "Tel [TELEFON]"
    assert redact_text("Tel 0711<br>\n123456") == "Tel [TELEFON]"
    assert redact_text("Handy: 0176\n1234567 bitte") == "Handy: [TELEFON] bitte"


def test_numbers_on_lines_without_a_phone_cue_stay():
    for text in ("Bestellnummern:\n0711\n2025\nfertig", "Tel 0711\nab 9 Uhr",
                 "Raum 0711\n123 Leute"):
        assert redact_text(text) == text


def test_a_family_firm_and_words_before_und_sohn_stay():
    # a firm's name is the firm's (session 36; until then the surname went, session 15)
    for text in ("Firma KELLER & SÖHNE", "Die Schreinerei Braun und Sohn hat gebaut.",
                 "Ich wohne hier mit Katze und Sohn.", "Metzgerei Wurst & Söhne",
                 "Bitte und Sohn", "Keller und Sohn haben aufgeräumt."):
        assert redact_text(text) == text
