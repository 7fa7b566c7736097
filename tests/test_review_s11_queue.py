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
