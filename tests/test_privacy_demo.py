"""The demo survey's planted personal data must not survive redaction."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact

DEMO = Path(__file__).resolve().parents[1] / "surveys" / "esslingen_demo"
SOURCES = [
    ("citizens/online.csv", None, ["online_wunsch", "aergernis", "idee"]),
    ("citizens/papier.xlsx", "Antworten", ["online_wunsch", "aergernis", "idee"]),
    ("staff/antworten.csv", None, ["hindernisse", "vorschlag"]),
]


def test_no_planted_value_survives_redaction_of_the_demo_answers():
    planted_file = DEMO / "planted_pii.txt"
    if not planted_file.exists():
        pytest.skip("demo survey with planted_pii.txt not present")
    from esslingen_lab.surveys import read_table

    planted = [
        line.strip()
        for line in planted_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    texts = []
    for relative, sheet, columns in SOURCES:
        path = DEMO / relative
        if path.exists():
            table = read_table(path, sheet=sheet)
            for column in columns:
                if column in table.columns:
                    texts += [t for t in table[column].tolist() if isinstance(t, str) and t]
    if not texts:
        pytest.skip("demo survey answers not present")
    present = [p for p in planted if any(p in t for t in texts)]
    assert len(present) >= 20  # the demo plants personal data in the free text
    redacted = "\n".join(redact(texts).texts)
    leaked = [p for p in present if p in redacted]
    assert leaked == [], f"{len(leaked)} planted values survived"
