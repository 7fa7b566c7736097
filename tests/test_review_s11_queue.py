"""Review s11 (queue): ``quotes review`` edits, thresholds that are no number, bad CSV lines.

An edited quote is redacted and scored again, an unchanged edit is no decision, and the
decisions file keeps no clear text; ``--threshold nan``/``inf`` is refused like a number out
of range; a CSV with malformed lines is refused as ``redact`` refuses it; a run that leaves
quotes pending says so in its last line. Invented sentences only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main


@pytest.fixture
def quotes_csv(tmp_path) -> Path:
    path = tmp_path / "q.csv"
    path.write_text(
        "quote\n"
        '"Die einzige Hebamme in Zell, Frau Schwarzkopf, Tel 0711 3512249"\n'
        '"Der Bus kommt nie"\n',
        encoding="utf-8",
    )
    return path


def _review(path, tmp_path, *args, input=None):
    return CliRunner().invoke(main, ["quotes", "review", str(path), "--decisions",
                                     str(tmp_path / "dec.csv"), *args], input=input)


def _lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.strip()]


# ---------------------------------------------------------------- 2. --threshold nan / inf


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "2"])
def test_threshold_that_is_no_finite_number_in_range_is_refused(quotes_csv, tmp_path, value):
    result = _review(quotes_csv, tmp_path, "--threshold", value, "--list")
    assert result.exit_code == 2, result.output
    lines = _lines(result)
    assert len(lines) == 1 and "'--threshold'" in lines[0], result.output
    reference = _lines(_review(quotes_csv, tmp_path, "--threshold", "2", "--list"))
    assert lines == reference
    assert "Traceback" not in result.output and "Zitate" not in result.output


# ---------------------------------------------------------------- 3. malformed CSV lines


def test_malformed_csv_lines_are_refused_as_redact_refuses_them(tmp_path):
    bad = tmp_path / "bad.csv"
    lines = ["erste", "zweite, mit Komma", "dritte", "vierte", "fünfte",
             "sechste, mit Komma", "siebte", "achte", "neunte", "zehnte"]
    bad.write_text("quote\n" + "\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = _review(bad, tmp_path, "-o", str(out))
    assert result.exit_code != 0, result.output
    got = _lines(result)
    assert len(got) == 1 and "Zeile 3" in got[0] and "Zitate" not in result.output, got
    redacted = CliRunner().invoke(main, ["redact", str(bad), "--text-column", "quote",
                                         "--output", str(tmp_path / "r.csv")])
    assert redacted.exit_code == result.exit_code
    assert _lines(redacted) == got
    assert not out.exists() and not (tmp_path / "dec.csv").exists()


def test_well_formed_csv_still_reads_every_quote(quotes_csv, tmp_path):
    result = _review(quotes_csv, tmp_path, "--list")
    assert result.exit_code == 0, result.output
    assert "2 Zitate" in result.output


# ---------------------------------------------------------------- 1. edits are checked

RISKY_EDIT = "Mein Mann ist arbeitslos, seit der Diagnose ist alles schwer"


def test_an_edit_is_redacted_before_it_is_stored_or_shown(quotes_csv, tmp_path):
    out = tmp_path / "out.csv"
    result = _review(quotes_csv, tmp_path, "-o", str(out),
                     input="b\nDanke an Frau Petra Kranich, Tel 0711 123456!\n")
    assert result.exit_code == 0, result.output
    assert "Gespeichert wird der redigierte Text: Danke an Frau [NAME], Tel [TELEFON]!" \
        in result.output
    for path in (tmp_path / "dec.csv", out):
        text = path.read_text(encoding="utf-8")
        assert "Kranich" not in text and "123456" not in text and "Petra" not in text
    assert "Danke an Frau [NAME], Tel [TELEFON]!" in out.read_text(encoding="utf-8")
    assert "1 geprüft" in result.output and "0 offen" in result.output


def test_an_unchanged_or_empty_edit_is_no_decision(tmp_path):
    # already redacted (and unchanged by redaction: "[GESUNDHEIT], seit der Diagnose …" is not
    # since session 55, whose step takes a health tag's consequence)
    quote = "[NAME] sagt, seit der Umstellung ist alles schwer"
    path = tmp_path / "q.csv"
    path.write_text(f'quote\n"{quote}"\n', encoding="utf-8")
    result = _review(path, tmp_path, input=f"b\n\nb\n{quote}\nb\n   \n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Text unverändert oder leer: keine Entscheidung") == 3
    assert "0 geprüft" in result.output and "1 offen" in result.output
    decisions = tmp_path / "dec.csv"
    assert not decisions.exists() or "edit" not in decisions.read_text(encoding="utf-8")


def test_an_edit_still_above_the_threshold_is_not_taken(quotes_csv, tmp_path):
    result = _review(quotes_csv, tmp_path, input=f"b\n{RISKY_EDIT}\ns\n")
    assert result.exit_code == 0, result.output
    lines = [line for line in _lines(result) if "Bearbeiteter Text" in line]
    assert len(lines) == 1 and "≥ 0,30" in lines[0], result.output
    assert "0 geprüft" in result.output and "1 offen" in result.output
    # asked again: the quote is shown a second time, then put off with [s]
    assert result.output.count("\nRisiko 0,") == 2
    # the same edit passes a higher threshold
    passed = _review(quotes_csv, tmp_path, "--threshold", "0.5", input=f"b\n{RISKY_EDIT}\n")
    assert passed.exit_code == 0, passed.output
    assert "1 geprüft" in passed.output


def test_an_edit_that_keeps_a_placeholder_is_taken(quotes_csv, tmp_path):
    # the person typed the text and sees "[NAME]": the tag that held the quote back is no
    # reason to refuse the edit (a quote with a tag waits for a person otherwise)
    result = _review(quotes_csv, tmp_path, input="b\nFrau [NAME] vom Bürgeramt hat geholfen\n")
    assert result.exit_code == 0, result.output
    assert "Bearbeiteter Text" not in result.output
    assert "1 geprüft" in result.output


@pytest.mark.parametrize(
    "edit",
    [
        "Danke an Frau [KRAMER] vom Bauamt, Zimmer 12",  # a name in brackets is no tag
        "[NAME] und [ADRESSE] und [TELEFON]",  # placeholders count as evidence still
        "[NAME] Rollstuhl, ich wohne am Ende der Sackgasse",
    ],
)
def test_an_edit_hiding_a_name_or_full_of_placeholders_is_refused(quotes_csv, tmp_path, edit):
    result = _review(quotes_csv, tmp_path, input=f"b\n{edit}\ns\n")
    assert result.exit_code == 0, result.output
    assert any("Bearbeiteter Text" in line for line in _lines(result)), result.output
    assert "0 geprüft" in result.output


def test_decide_stores_the_redacted_edit_and_refuses_an_unchanged_one(tmp_path):
    from esslingen_lab.privacy.review import QuoteDecisions, review_table

    decisions = QuoteDecisions(tmp_path / "d.csv")
    with pytest.raises(ValueError, match="unchanged"):
        decisions.decide("Der Bus kommt nie", "edit", "Der  Bus kommt nie ")
    decisions.decide("Der Bus kommt nie", "edit", "Frau Petra Kranich, Tel 0711 123456")
    stored = decisions.get("Der Bus kommt nie")["text"]
    assert "Kranich" not in stored and "123456" not in stored
    assert review_table(["Der Bus kommt nie"], decisions)["shown"].tolist() == [stored]


def test_help_says_what_the_decisions_file_keeps():
    result = CliRunner().invoke(main, ["quotes", "review", "--help"])
    assert "never its text" in result.output and "redacted" in result.output


# ---------------------------------------------------------------- 4. pending quotes at the end


def test_quotes_left_pending_are_named_in_the_last_line(quotes_csv, tmp_path):
    result = _review(quotes_csv, tmp_path, input="q\n")
    assert result.exit_code == 0, result.output  # as after [q], documented in the README
    assert _lines(result)[-1].startswith("Noch offen: 1 Zitat(e) ohne Entscheidung")
    done = _review(quotes_csv, tmp_path, input="e\n")
    assert done.exit_code == 0 and "Noch offen" not in done.output
    english = _review(quotes_csv, tmp_path, "--lang", "en", "--threshold", "0.01", "--list")
    assert "still pending" not in english.output  # the one risky quote was dropped
