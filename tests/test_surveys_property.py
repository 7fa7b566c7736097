"""Property: whatever damage a valid export suffers, rows read = rows used + rows excluded."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esslingen_lab.surveys import load_survey

HEADER = "id;stadtteil;wunsch;online_b1;test;dauer"
DAMAGE = ["none", "dup_id", "blank", "out_of_range", "unknown_label", "extra_field",
          "missing_id", "test", "speeder", "missing_field", "umlaut"]

SPEC = {
    "name": "prop", "id_column": "id", "files": [{"path": "a.csv"}, {"path": "b.csv"}],
    "questions": {"wunsch": "?"},
    "likert_scales": {"z5": {"min": 1, "max": 5, "labels": {"stimme voll zu": 5}}},
    "likert": {"online_b1": {"dimension": "d", "scale": "z5"}},
    "groups": ["stadtteil"], "test_column": "test", "duration_column": "dauer",
    "min_duration_seconds": 30,
}


def _line(i: int, damage: str) -> str:
    fields = [str(i), "Zell", f"Antwort {i}", str(1 + i % 5), "", "120"]
    if damage == "dup_id":
        fields[0] = "1"
    elif damage == "blank":
        fields[2], fields[3] = "", ""
    elif damage == "out_of_range":
        fields[3] = "9"
    elif damage == "unknown_label":
        fields[3] = "vielleicht"
    elif damage == "extra_field":
        fields.append("zu viel")
    elif damage == "missing_field":
        fields = fields[:-2]
    elif damage == "missing_id":
        fields[0] = ""
    elif damage == "test":
        fields[4] = "ja"
    elif damage == "speeder":
        fields[5] = "3"
    elif damage == "umlaut":
        fields[2] = "Bürgeramt größer, Straße"
    return ";".join(fields)


files = st.lists(st.sampled_from(DAMAGE), min_size=0, max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=files, b=files, encoding=st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]))
def test_rows_read_equal_used_plus_excluded(tmp_path_factory, a, b, encoding):
    folder = tmp_path_factory.mktemp("prop")
    (folder / "survey.yml").write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    offset = 0
    for name, damages in (("a.csv", a), ("b.csv", b)):
        lines = [HEADER] + [_line(offset + i + 1, d) for i, d in enumerate(damages)]
        offset += len(damages)
        (folder / name).write_bytes(("\n".join(lines) + "\n").encode(encoding))
    survey = load_survey(folder / "survey.yml", redact=False, strict=False)
    q = survey.quality
    assert q.rows_read == len(a) + len(b)
    assert q.rows_read == q.rows_used + q.rows_excluded
    per_file = q.by_file
    assert (per_file["rows_read"] == per_file["rows_used"] + per_file["rows_excluded"]).all()
    assert per_file["rows_read"].tolist() == [len(a), len(b)]
    assert len(survey.responses) == q.rows_used
    assert survey.responses["respondent_id"].is_unique
    reasons = q.excluded_by_reason()
    assert int(reasons.sum()) == q.rows_excluded
