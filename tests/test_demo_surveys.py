"""Tests for the bundled synthetic demo surveys under ``surveys/``.

They check that the committed files are what the seeded generator produces and that the data
has the properties the rest of the project relies on (size, encodings, planted defects and PII).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadstat
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SURVEYS = ROOT / "surveys"
DEMO = SURVEYS / "esslingen_demo"

CITIZEN_QUESTIONS = ["online_wunsch", "aergernis", "idee"]
STAFF_QUESTIONS = ["hindernisse", "vorschlag"]
NON_ANSWERS = {"", "-", "--", "/", "k.A.", "keine Angabe", "nichts"}
LABELS = {"stimme gar nicht zu": 1, "stimme eher nicht zu": 2, "teils/teils": 3,
          "stimme eher zu": 4, "stimme voll zu": 5}


def _load_generator():
    spec = importlib.util.spec_from_file_location("demo_generate", DEMO / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _csv(path, encoding="utf-8", sep=";"):
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _xlsx(path, sheet):
    return pd.read_excel(path, sheet_name=sheet, dtype=str).fillna("")


@pytest.fixture(scope="module")
def citizens():
    online = _csv(DEMO / "citizens" / "online.csv")
    paper = _xlsx(DEMO / "citizens" / "papier.xlsx", "Antworten")
    return pd.concat([online.assign(source="online"), paper.assign(source="papier")],
                     ignore_index=True)


@pytest.fixture(scope="module")
def staff():
    return _csv(DEMO / "staff" / "antworten.csv", encoding="cp1252")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    out = tmp_path_factory.mktemp("surveys")
    summary = _load_generator().generate(out)
    return out, summary


def _distinct(frame, questions):
    values = {str(v).strip() for q in questions for v in frame[q]}
    return {v for v in values if v not in NON_ANSWERS}


# --- reproducibility --------------------------------------------------------------------------
TEXT_FILES = ["esslingen_demo/citizens/online.csv", "esslingen_demo/staff/antworten.csv",
              "esslingen_demo/truth/topics_citizens.csv", "esslingen_demo/truth/topics_staff.csv",
              "esslingen_demo/truth/defects.csv", "esslingen_demo/planted_pii.txt",
              "partners/ludwigsburg/results-survey381547.csv"]


@pytest.mark.parametrize("relpath", TEXT_FILES)
def test_committed_text_files_match_generator(regenerated, relpath):
    out, _ = regenerated
    assert (SURVEYS / relpath).read_bytes() == (out / relpath).read_bytes(), (
        f"{relpath} differs from the generator output; "
        "run python surveys/esslingen_demo/generate.py")


@pytest.mark.parametrize("relpath,sheet", [
    ("esslingen_demo/citizens/papier.xlsx", "Antworten"),
    ("partners/boeblingen/befragung_2026.xlsx", "Mitarbeitende"),
])
def test_committed_xlsx_match_generator(regenerated, relpath, sheet):
    out, _ = regenerated
    pd.testing.assert_frame_equal(_xlsx(SURVEYS / relpath, sheet), _xlsx(out / relpath, sheet))


def test_committed_sav_matches_generator(regenerated):
    out, _ = regenerated
    rel = "partners/waiblingen/mitarbeiterbefragung_2026.sav"
    committed, meta = pyreadstat.read_sav(SURVEYS / rel)
    fresh, _ = pyreadstat.read_sav(out / rel)
    pd.testing.assert_frame_equal(committed, fresh)
    assert meta.variable_value_labels["strat_m1"][4.0] == "stimme eher zu"


def test_other_seed_gives_other_data(tmp_path):
    _load_generator().generate(tmp_path, seed=7)
    assert (tmp_path / TEXT_FILES[0]).read_bytes() != (SURVEYS / TEXT_FILES[0]).read_bytes()


# --- size and content ----------------------------------------------------------------------------
def test_citizen_counts_and_distinct_texts(citizens):
    assert 580 <= citizens["id"].nunique() <= 640
    assert 100 <= (citizens["source"] == "papier").sum() <= 140
    assert len(_distinct(citizens, CITIZEN_QUESTIONS)) >= 400


def test_staff_counts_and_distinct_texts(staff):
    assert 230 <= staff["id"].nunique() <= 270
    assert len(_distinct(staff, STAFF_QUESTIONS)) >= 150
    assert (staff["fachbereich"].value_counts() < 5).any(), "a department below the threshold"


def test_staff_umlauts_survive_cp1252():
    raw = (DEMO / "staff" / "antworten.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really cp1252, not UTF-8
    text = raw.decode("cp1252")
    for word in ("Bürgerdienste", "Führungskraft", "weiß nicht", "Umlaufmappe", "Medienbrüche"):
        assert word in text
    assert "Ã" not in text  # no double-encoded UTF-8


def test_english_answers_exist(citizens, staff):
    english = re.compile(r"\b(the|and|is|would|please|should)\b", re.IGNORECASE)
    cit = [t for t in _distinct(citizens, CITIZEN_QUESTIONS) if len(english.findall(t)) >= 2]
    stf = [t for t in _distinct(staff, STAFF_QUESTIONS) if english.search(t) and "ist" not in t]
    assert len(cit) >= 5 and len(stf) >= 3


def test_small_stadtteil_and_groups(citizens):
    counts = citizens["stadtteil"].replace("", np.nan).dropna().value_counts()
    assert counts.get("Sirnau", 0) in (3, 4)  # 3 respondents (+ a possible duplicate row)
    assert set(citizens["altersgruppe"]) - {""} == {"16-29", "30-44", "45-64", "65+"}


def test_answer_lengths_vary(citizens, staff):
    texts = _distinct(citizens, CITIZEN_QUESTIONS) | _distinct(staff, STAFF_QUESTIONS)
    words = [len(t.split()) for t in texts]
    assert min(words) <= 2 and max(words) >= 80


def test_online_likert_numbers_and_missing_labels(citizens):
    online = citizens[citizens["source"] == "online"]
    values = set(online["strat_b1"]) | set(online["daten_b1"])
    assert {"1", "2", "3", "4", "5", "weiß nicht"} <= values
    assert {v for c in ["it_b1"] for v in online[c]} & {"7"}  # the planted out-of-range value


def test_paper_likert_as_text_with_messy_spelling(citizens):
    paper = citizens[citizens["source"] == "papier"]
    cells = [v for c in ["strat_b1", "online_b1", "it_b1", "smart_b1", "standort_b1", "daten_b1"]
             for v in paper[c] if v]
    assert all(v.strip().lower() in LABELS or v.strip().lower() in {"weiß nicht", "keine angabe"}
               for v in cells)
    assert any(v != v.strip().lower() for v in cells), "some labels differ in case/whitespace"


def test_likert_reliability_and_group_difference(citizens):
    def num(v):
        v = v.strip().lower()
        return float(v) if v.isdigit() and 1 <= int(v) <= 5 else LABELS.get(v, np.nan)

    items = ["online_b1", "online_b2", "online_b3", "online_b4"]
    x = citizens[items].apply(lambda s: s.map(num))
    x["online_b3"] = 6 - x["online_b3"]
    full = x.dropna()
    alpha = 4 / 3 * (1 - full.var().sum() / full.sum(axis=1).var())
    assert 0.65 <= alpha <= 0.9
    by_age = x.mean(axis=1).groupby(citizens["altersgruppe"]).mean()
    assert by_age["65+"] < by_age["16-29"] - 0.2


def test_planted_defects_present(citizens, staff):
    defects = _csv(DEMO / "truth" / "defects.csv", sep=",")
    kinds = defects[defects["file"].str.startswith("citizens")]["defect"].value_counts()
    assert kinds["duplicate_id"] == 3 and kinds["test_row"] == 2 and kinds["empty_response"] == 2
    assert kinds["speeder"] == 8 and kinds["likert_out_of_range"] == 1
    online = citizens[citizens["source"] == "online"]
    assert online["id"].duplicated().sum() == 3
    assert (online["testantwort"] == "1").sum() == 2
    assert (pd.to_numeric(online["dauer_sek"]) < 60).sum() == 8
    assert staff["id"].duplicated().sum() == 1


def test_truth_topics_cover_the_texts(citizens, staff):
    for name, frame, questions in (("topics_citizens.csv", citizens, CITIZEN_QUESTIONS),
                                   ("topics_staff.csv", staff, STAFF_QUESTIONS)):
        truth = _csv(DEMO / "truth" / name, sep=",")
        assert list(truth.columns) == ["id", "question", "topic"]
        answered = frame.melt(id_vars="id", value_vars=questions, var_name="question")
        answered = answered[~answered["value"].isin(NON_ANSWERS)]
        answered = answered.drop_duplicates(["id", "question"])
        merged = answered.merge(truth, on=["id", "question"], how="left")
        # everything but the test rows and speeders has a written topic
        assert merged["topic"].notna().mean() > 0.98
        assert truth["topic"].value_counts().nunique() > 3  # theme sizes differ
        assert "topic" not in frame.columns and "_topic" not in frame.columns


def test_planted_pii_occurs_in_raw_data(citizens, staff):
    planted = [s for s in (DEMO / "planted_pii.txt").read_text(encoding="utf-8").splitlines() if s]
    assert len(planted) >= 40
    blob = "\n".join(citizens.astype(str).agg(" ".join, axis=1)) + "\n".join(
        staff.astype(str).agg(" ".join, axis=1))
    missing = [s for s in planted if s not in blob]
    assert not missing
    kinds = {
        "email": r"@", "phone": r"^(\+49|0)\d", "iban": r"^DE\d\d ", "plate": r"^ES-",
        "staff name": r"^Kälberer$",
    }
    for kind, pattern in kinds.items():
        assert any(re.search(pattern, s) for s in planted), kind
    staff_texts = _distinct(staff, STAFF_QUESTIONS)
    assert sum(bool(re.search(r"esslingen\.example|3512-", t)) for t in staff_texts) >= 4


def test_specs_match_the_data():
    for spec_path in sorted(SURVEYS.glob("**/survey.yml")):
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        assert re.fullmatch(r"[a-z0-9_]+", spec["name"])
        assert spec["wave"] == "2026" and spec["city"]
        columns = set()
        for f in spec["files"]:
            path = spec_path.parent / f["path"]
            if path.suffix == ".csv":
                enc = "cp1252" if "staff" in str(spec_path) else "utf-8"
                sep = "," if "ludwigsburg" in str(spec_path) else ";"
                head = _csv(path, encoding=enc, sep=sep).columns
            elif path.suffix == ".xlsx":
                head = _xlsx(path, f.get("sheet", 0)).columns
            else:
                head = pyreadstat.read_sav(path, metadataonly=True)[1].column_names
            columns |= {spec.get("rename", {}).get(c, c) for c in head}
        needed = ({spec["id_column"]} | set(spec["questions"]) | set(spec["likert"])
                  | set(spec["groups"]) | set(spec.get("identifiers", [])))
        assert needed <= columns, (spec_path, needed - columns)
        reverse = {c for c, item in spec["likert"].items() if item.get("reverse")}
        assert reverse in ({"online_b3"}, {"strat_m3", "prozess_m2"})


def test_partner_profiles_differ():
    lb = _csv(SURVEYS / "partners/ludwigsburg/results-survey381547.csv", sep=",")
    wn, _ = pyreadstat.read_sav(SURVEYS / "partners/waiblingen/mitarbeiterbefragung_2026.sav")
    bb = pd.read_excel(SURVEYS / "partners/boeblingen/befragung_2026.xlsx",
                       sheet_name="Mitarbeitende")
    assert 80 <= len(lb) <= 120 and 80 <= len(wn) <= 120 and 80 <= len(bb) <= 120
    assert set(lb["G02Q07[SQ001]"]) <= {"A1", "A2", "A3", "A4", "A5", ""}
    smart_lb = lb["G02Q07[SQ001]"].str[1:].replace("", np.nan).astype(float).mean()
    smart_wn = wn["smart_m1"].mean()  # 8/9 are user-missing and read as NaN
    assert smart_lb > smart_wn + 0.5
    it_bb = pd.to_numeric(bb["it_m1"], errors="coerce").mean()
    assert it_bb > smart_wn


def test_every_written_statement_is_used(citizens, staff):
    for name, frame, questions in (("citizens.yml", citizens, CITIZEN_QUESTIONS),
                                   ("staff.yml", staff, STAFF_QUESTIONS)):
        written = yaml.safe_load((DEMO / "statements" / name).read_text(encoding="utf-8"))
        used = _distinct(frame, questions)
        for topics in written.values():
            for statements in topics.values():
                assert {s.strip() for s in statements} <= used | NON_ANSWERS


@pytest.mark.parametrize("spec,prefix,identifiers", [
    ("esslingen_demo/citizens/survey.yml", "citizens/", ["name", "email"]),
    ("esslingen_demo/staff/survey.yml", "staff/", []),
])
def test_loader_excludes_exactly_the_planted_defects(spec, prefix, identifiers):
    surveys = pytest.importorskip("esslingen_lab.surveys")
    survey = surveys.load_survey(SURVEYS / spec, redact=False)
    defects = _csv(DEMO / "truth" / "defects.csv", sep=",")
    defects = defects[defects["file"].str.startswith(prefix)]
    quality = survey.quality
    assert quality.rows_excluded == len(defects)
    assert quality.rows_read == quality.rows_used + quality.rows_excluded
    ids = set(survey.responses["respondent_id"])
    gone = defects[defects["defect"] != "duplicate_id"]["id"]
    assert not ids & set(gone)
    assert not set(identifiers) & set(survey.responses.columns)
