"""The package as a student meets it: top-level imports, version, CLI help."""

import subprocess
import sys

from click.testing import CliRunner

import esslingen_lab
from esslingen_lab.cli import main


def test_top_level_entry_points():
    from esslingen_lab import MaturityReport, ThemeModel, load_survey

    assert callable(load_survey) and ThemeModel.__name__ == "ThemeModel"
    assert MaturityReport.__name__ == "MaturityReport"
    assert "ThemeModel" in dir(esslingen_lab)


def test_cli_lists_every_command_with_help():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("demo", "validate", "redact", "themes", "maturity", "report", "workshop",
                    "classify"):
        assert command in result.output
        sub = CliRunner().invoke(main, [command, "--help"])
        assert sub.exit_code == 0 and "Usage" in sub.output


def test_cli_help_does_not_import_heavy_libraries():
    code = ("import sys; from esslingen_lab.cli import main; "
            "print(','.join(m for m in ('sklearn', 'pandas', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_output_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    import pandas as pd
    import pytest

    from esslingen_lab.files import write_table

    target = tmp_path / "out.csv"
    write_table(pd.DataFrame({"a": [1, 2]}), target)
    assert target.read_text(encoding="utf-8") == "a\n1\n2\n"

    def broken(self, *args, **kwargs):
        raise KeyboardInterrupt  # e.g. Ctrl+C while writing

    monkeypatch.setattr(pd.DataFrame, "to_csv", broken)
    with pytest.raises(KeyboardInterrupt):
        write_table(pd.DataFrame({"a": [3]}), target)
    assert target.read_text(encoding="utf-8") == "a\n1\n2\n"  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary left over
