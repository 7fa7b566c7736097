"""Codebook, coding store, agreement (against published examples), QDPX export, coding app."""

import re
import zipfile
from xml.etree import ElementTree as ET

import numpy as np
import pandas as pd
import pytest

from esslingen_lab.coding import (
    CodebookError,
    CodingError,
    CodingStore,
    agreement,
    cohen_kappa,
    example_codebook_path,
    krippendorff_alpha,
    load_codebook,
    theme_agreement,
)
from esslingen_lab.coding.app import CodingApp, CodingSession
from esslingen_lab.coding.qdpx import QDA_NAMESPACE, export_qdpx


@pytest.fixture()
def codebook():
    return load_codebook(example_codebook_path())


@pytest.fixture()
def store(codebook):
    s = CodingStore(":memory:", codebook=codebook)
    s.add_answers(["a1", "a2", "a3", "a4"], [
        "Termine beim Bürgeramt gibt es nie.",
        "Online ausfüllen, dann ausdrucken – wozu?",
        "<b>WLAN</b> am Bahnhof fehlt & Glasfaser",
        "Grüße von Max Müller, max.mueller@example.org",
    ])
    return s


def long_codings(table):
    """Coders × units table (None = not coded) → long codings frame."""
    rows = [(coder, str(unit), str(value))
            for coder, values in table.items()
            for unit, value in enumerate(values, start=1) if value is not None]
    return pd.DataFrame(rows, columns=["coder", "answer_id", "codes"])


# -- codebook ------------------------------------------------------------------------------
def test_example_codebook_loads_with_hierarchy(codebook):
    assert codebook.version == "1.0"
    assert {c.name for c in codebook.children("verwaltung_online")} == {"termine", "medienbruch"}
    assert all(c.definition for c in codebook.codes)


def test_codebook_errors_list_every_problem(tmp_path):
    path = tmp_path / "cb.yml"
    path.write_text(
        "name: t\nversion: 2\ncodes:\n"
        "  - {name: a, definition: A}\n"
        "  - {name: a, definition: again}\n"
        "  - {name: b, definition: B, parent: nope}\n"
        "  - {name: c}\n", encoding="utf-8")
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    message = str(err.value)
    assert "cb.yml" in message and "codes.3.definition" in message
    path.write_text("name: t\nversion: 2\ncodes:\n  - {name: a, definition: A}\n"
                    "  - {name: a, definition: B}\n  - {name: b, definition: B, parent: x}\n",
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="appears twice.*unknown parent 'x'"):
        load_codebook(path)


def test_codebook_rejects_cycles_and_bad_yaml(tmp_path):
    path = tmp_path / "cb.yml"
    path.write_text("name: t\nversion: '1'\ncodes:\n  - {name: a, definition: A, parent: b}\n"
                    "  - {name: b, definition: B, parent: a}\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="cycle"):
        load_codebook(path)
    path.write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="not valid YAML"):
        load_codebook(path)


# -- store ---------------------------------------------------------------------------------
def test_store_keeps_one_coding_per_coder_and_answer(store):
    store.save_coding("anna", "a1", ["termine"], memo="klar")
    store.save_coding("anna", "a1", "termine; verwaltung_online")
    store.save_coding("ben", "a1", ["termine"])
    codings = store.codings()
    assert len(codings) == 2
    anna = codings[codings["coder"] == "anna"].iloc[0]
    assert anna["codes"] == ("termine", "verwaltung_online")
    assert anna["codebook_version"] == "1.0"
    assert store.coders() == ["anna", "ben"]


def test_training_data_takes_the_latest_coding_per_answer(store):
    store.save_coding("anna", "a1", ["termine"], coded_at="2026-11-01T10:00:00+00:00")
    store.save_coding("ben", "a1", ["medienbruch"], coded_at="2026-11-02T10:00:00+00:00")
    store.save_coding("anna", "a3", ["infrastruktur"], coded_at="2026-11-01T11:00:00+00:00")
    train = store.training_data()
    assert train["answer_id"].tolist() == ["a1", "a3"]  # order added; a2, a4 not coded
    assert train["label"].tolist() == ["medienbruch", "infrastruktur"]  # ben's is newer
    texts = store.answers().set_index("answer_id")["text"]
    assert train["text"].tolist() == [texts["a1"], texts["a3"]]
    store.save_coding("anna", "a2", ["medienbruch", "verwaltung_online"])
    assert store.training_data()["label"].tolist() == [
        ("medienbruch",), ("medienbruch", "verwaltung_online"), ("infrastruktur",)]


def test_store_refuses_unusable_codings(store):
    with pytest.raises(CodingError, match="unknown code"):
        store.save_coding("anna", "a1", ["gibtsnicht"])
    with pytest.raises(CodingError, match="no code"):
        store.save_coding("anna", "a1", [])
    with pytest.raises(CodingError, match="no coder"):
        store.save_coding(" ", "a1", ["termine"])
    assert store.codings().empty


def test_export_and_import_round_trip(store, codebook, tmp_path):
    store.save_coding("anna", "a1", ["termine", "verwaltung_online"], memo="Grenzfall; prüfen")
    store.save_coding("ben", "a2", ["medienbruch"])
    csv = store.export(tmp_path / "codings.csv")
    xlsx = store.export(tmp_path / "codings.xlsx")
    assert pd.read_excel(xlsx)["codes"].tolist() == ["termine;verwaltung_online", "medienbruch"]
    other = CodingStore(tmp_path / "other.sqlite", codebook=codebook)
    assert other.import_codings(csv) == 2
    cols = ["coder", "answer_id", "codes", "memo", "codebook_version"]
    pd.testing.assert_frame_equal(other.codings()[cols], store.codings()[cols])


def test_export_coded_is_the_input_of_classify_train(store, tmp_path):
    from click.testing import CliRunner

    from esslingen_lab.cli import main

    texts = {f"t{i}": text for i, text in enumerate(
        ["Termin im Bürgeramt", "keine Termine frei", "Termin online buchen",
         "WLAN am Bahnhof", "Glasfaser fehlt", "schnelles Internet"])}
    store.add_answers(list(texts), list(texts.values()))
    for answer_id in texts:
        code = "termine" if "ermin" in texts[answer_id] else "infrastruktur"
        store.save_coding("anna", answer_id, [code, "medienbruch"] if answer_id == "t0" else
                          [code])
    path = store.export_coded(tmp_path / "kodiert.csv")
    coded = pd.read_csv(path, encoding="utf-8-sig")
    assert list(coded.columns) == ["id", "text", "code"] and len(coded) == 6
    assert coded.loc[coded["id"] == "t0", "code"].item() == "medienbruch;termine"
    result = CliRunner().invoke(main, ["classify", "train", str(path), "--model",
                                       str(tmp_path / "m.joblib"), "--no-curve"])
    assert result.exit_code == 0, result.output
    assert "3 Codes" in result.output


def test_import_is_all_or_nothing_and_names_the_row(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("coder;answer_id;codes\nanna;a1;termine\nben;a2;quatsch\n", encoding="utf-8")
    with pytest.raises(CodingError, match=r"Zeile/row 3.*unknown code 'quatsch'"):
        store.import_codings(path)
    assert store.codings().empty
    path.write_text("coder,answer\nanna,a1\n", encoding="utf-8")
    with pytest.raises(CodingError, match="column 'answer_id'.*column is missing"):
        store.import_codings(path)


# -- agreement: published worked examples ----------------------------------------------------
# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
# Communication, University of Pennsylvania (https://repository.upenn.edu/asc_papers/43).
# Example C: nominal data, 4 observers, 12 units, missing values; published alpha = 0.743.
KRIPPENDORFF_C = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
# Example B: binary data, two observers, 10 units, no missing values; published alpha = 0.095.
KRIPPENDORFF_B = {
    "A": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    "B": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
}


def test_alpha_matches_krippendorff_2011_example_c():
    report = agreement(long_codings(KRIPPENDORFF_C), n_bootstrap=0)
    assert report.alpha == pytest.approx(0.743, abs=0.0005)
    # Unit 12 was coded by one observer only: not pairable, not counted as agreement.
    assert report.n_answers == 11 and report.n_single == 1
    table = pd.DataFrame(KRIPPENDORFF_C)
    assert krippendorff_alpha(table, level_of_measurement="interval") == pytest.approx(
        0.849, abs=0.0005)


def test_alpha_matches_krippendorff_2011_example_b():
    report = agreement(long_codings(KRIPPENDORFF_B), n_bootstrap=0)
    assert report.alpha == pytest.approx(0.095, abs=0.0005)
    assert report.percent_agreement == pytest.approx(0.6)


def _two_by_two(yy, yn, ny, nn):
    a = ["yes"] * (yy + yn) + ["no"] * (ny + nn)
    b = ["yes"] * yy + ["no"] * yn + ["yes"] * ny + ["no"] * nn
    return a, b


@pytest.mark.parametrize("cells, kappa", [
    # Wikipedia, "Cohen's kappa", worked example (50 grant proposals, two readers):
    # p_o = 0.7, p_e = 0.5, kappa = 0.4.
    ((20, 5, 10, 15), 0.4),
    # Same article, "Same percentages but different numbers": both p_o = 0.60,
    # kappa = 0.1304 and 0.2593.
    ((45, 15, 25, 15), 0.1304),
    ((25, 35, 5, 35), 0.2593),
])
def test_cohen_kappa_matches_published_tables(cells, kappa):
    a, b = _two_by_two(*cells)
    assert cohen_kappa(a, b) == pytest.approx(kappa, abs=0.0001)
    codings = pd.DataFrame({"coder": ["r1"] * len(a) + ["r2"] * len(b),
                            "answer_id": [str(i) for i in range(len(a))] * 2,
                            "codes": a + b})
    pair = agreement(codings, n_bootstrap=0).pairs.iloc[0]
    assert pair["kappa"] == pytest.approx(kappa, abs=0.0001)
    assert pair["n_answers"] == len(a)


def test_uncoded_answers_do_not_count_as_agreement():
    codings = pd.DataFrame({
        "coder": ["a", "b", "a", "b", "a", "a", "b"],
        "answer_id": ["1", "1", "2", "2", "3", "4", "5"],
        "codes": ["x", "x", "x;y", "y", "x", "", "y"],
    })
    report = agreement(codings, codes=["x", "y", "z"], n_bootstrap=0)
    assert report.n_answers == 2 and report.n_single == 2  # 3 and 5: one coder; 4: no codes
    assert report.percent_agreement == 0.5
    per_code = report.per_code.set_index("code")
    assert per_code.loc["x", "percent_agreement"] == 0.5  # answer 2: a says x, b not
    assert per_code.loc["y", "percent_agreement"] == 1.0
    # Nobody used z: agreement on "not z" exists, but kappa/alpha are undefined, not perfect.
    assert np.isnan(per_code.loc["z", "kappa"]) and np.isnan(per_code.loc["z", "alpha"])
    assert report.disagreements.to_dict("records") == [
        {"answer_id": "2", "a": "x;y", "b": "y", "disputed": "x"}]
    confusion = report.confusion("a", "b")
    assert confusion.loc["x", "x"] == 1 and confusion.loc["x;y", "y"] == 1


def test_agreement_needs_two_coders_with_overlap():
    from esslingen_lab.errors import DataError

    with pytest.raises(DataError, match="two coders"):
        agreement(pd.DataFrame({"coder": ["a"], "answer_id": ["1"], "codes": ["x"]}))
    with pytest.raises(DataError, match="no answer was coded by two"):
        agreement(pd.DataFrame({"coder": ["a", "b"], "answer_id": ["1", "2"],
                                "codes": ["x", "x"]}))


def test_bootstrap_interval_contains_alpha():
    report = agreement(long_codings(KRIPPENDORFF_C), n_bootstrap=200, random_state=1)
    low, high = report.alpha_ci
    assert low <= report.alpha <= high < 1.0001


def test_theme_agreement_hungarian_and_majority():
    themes = pd.Series([0, 0, 0, 1, 1, 2, 2, 2], index=[f"r{i}" for i in range(8)])
    human = pd.Series(["termine", "termine", "wlan", "wlan", "wlan", "termine", "termine",
                       "termine;wlan"], index=themes.index)
    hung = theme_agreement(themes, human)
    mapping = dict(zip(hung.mapping["theme"], hung.mapping["code"], strict=True))
    # One-to-one: theme 2 takes "termine" (3 answers), so theme 0 stays unmapped.
    assert mapping == {0: None, 1: "wlan", 2: "termine"}
    assert hung.percent_agreement == pytest.approx(5 / 8)
    major = theme_agreement(themes, human, method="majority")
    assert dict(zip(major.mapping["theme"], major.mapping["code"], strict=True))[0] == "termine"
    assert major.percent_agreement == pytest.approx(7 / 8)
    assert major.kappa > hung.kappa


# -- REFI-QDA export -----------------------------------------------------------------------
GUID = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


def test_qdpx_structure_and_references(store, codebook, tmp_path):
    store.save_coding("anna", "a1", ["termine"], memo="Wartezeit")
    store.save_coding("ben", "a1", ["termine", "verwaltung_online"])
    store.save_coding("anna", "a3", ["infrastruktur"])
    path = export_qdpx(tmp_path / "p.qdpx", codebook=codebook, answers=store.answers(),
                       codings=store.codings())
    q = {"q": QDA_NAMESPACE}
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        files = {n: archive.read(n).decode("utf-8") for n in archive.namelist()}
    assert root.tag == f"{{{QDA_NAMESPACE}}}Project"
    # Children in the order the REFI-QDA Project.xsd sequence requires.
    order = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets",
             "Graphs", "Description"]
    tags = [child.tag.split("}")[1] for child in root]
    assert tags == sorted(tags, key=order.index)

    guids = [el.get("guid") for el in root.iter() if el.get("guid")]
    assert len(guids) == len(set(guids)) and all(GUID.match(g) for g in guids)
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", q)}
    users = {u.get("guid"): u.get("name") for u in root.iterfind(".//q:User", q)}
    notes = {n.get("guid") for n in root.iterfind(".//q:Note", q)}
    assert set(users.values()) == {"anna", "ben"}
    assert len(codes) == len(codebook.codes)
    parent = root.find(".//q:Code[@name='Verwaltung online']", q)
    assert {c.get("name") for c in parent.iterfind("q:Code", q)} == {
        "Termine & Wartezeiten", "Medienbrüche"}

    texts = dict(zip(store.answers()["answer_id"], store.answers()["text"], strict=True))
    applied = []
    for source in root.iterfind(".//q:TextSource", q):
        internal = source.get("plainTextPath").removeprefix("internal://")
        text = files[f"Sources/{internal}"]
        assert text == texts[source.get("name")]
        for sel in source.iterfind("q:PlainTextSelection", q):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert text[start:end] == texts[source.get("name")]
            assert sel.get("creatingUser") in users
            for coding in sel.iterfind("q:Coding", q):
                target = coding.find("q:CodeRef", q).get("targetGUID")
                assert target in codes
                applied.append((source.get("name"), users[sel.get("creatingUser")],
                                codes[target]))
            for ref in sel.iterfind("q:NoteRef", q):
                assert ref.get("targetGUID") in notes
    assert sorted(applied) == sorted([
        ("a1", "anna", "Termine & Wartezeiten"), ("a1", "ben", "Termine & Wartezeiten"),
        ("a1", "ben", "Verwaltung online"), ("a3", "anna", "WLAN, Breitband, Glasfaser")])
    assert root.find(".//q:Note/q:PlainTextContent", q).text == "Wartezeit"


def test_qdpx_refuses_codings_of_unknown_answers(store, codebook, tmp_path):
    from esslingen_lab.errors import DataError

    codings = pd.DataFrame({"coder": ["anna"], "answer_id": ["zz"], "codes": [("termine",)]})
    with pytest.raises(DataError, match="'zz'"):
        export_qdpx(tmp_path / "p.qdpx", codebook=codebook, answers=store.answers(),
                    codings=codings)


# -- coding app ----------------------------------------------------------------------------
def test_session_codes_skips_and_goes_back(store):
    session = CodingSession(store, coder="anna")
    assert session.current_id == "a1" and session.progress == (0, 4)
    session.handle_keys("2")  # second code of the codebook: termine
    session.memo = "eindeutig"
    session.handle_keys("w")
    assert session.current_id == "a2" and session.progress == (1, 4)
    session.skip()
    assert session.current_id == "a3"
    session.back()
    assert session.current_id == "a2"
    session.back()
    assert session.current_id == "a1" and session.selected == {"termine"}
    assert session.memo == "eindeutig"
    saved = store.codings("anna").iloc[0]
    assert saved["codes"] == ("termine",) and saved["memo"] == "eindeutig"


def test_skipped_answers_come_back_at_the_end(store):
    session = CodingSession(store, coder="anna")
    session.skip()
    for _ in range(3):
        session.toggle("sonstiges")
        assert session.save()
    assert session.current_id == "a1"
    session.toggle("sonstiges")
    session.save()
    assert session.done and session.progress == (4, 4)


def test_session_refuses_to_save_without_coder_or_code(store):
    session = CodingSession(store)
    session.toggle("termine")
    assert not session.save() and "Namen" in session.message
    session.coder = "anna"
    assert session.selected == set()
    assert not session.save() and "kein Code" in session.message
    assert store.codings().empty and session.current_id == "a1"
    session.toggle("termine")
    assert session.save() and session.current_id == "a2"


def test_app_shows_redacted_escaped_text(store):
    session = CodingSession(store, coder="anna")
    app = CodingApp(session)
    session.skip(), session.skip()
    app.refresh()
    assert "&lt;b&gt;WLAN&lt;/b&gt;" in app.answer.value and "<b>WLAN" not in app.answer.value
    assert "&amp; Glasfaser" in app.answer.value
    session.skip()
    app.refresh()
    assert "max.mueller@example.org" not in app.answer.value
    assert "Müller" not in app.answer.value


def test_app_widgets_drive_the_session(store):
    app = CodingApp(CodingSession(store, coder="anna"))
    app.toggles[1].value = True
    app.memo.value = "memo"
    app.buttons["save"].click()
    assert app.session.current_id == "a2"
    assert app.progress.value == 1 and "1 von 4" in app.progress_label.value
    assert not any(t.value for t in app.toggles)
    app.keys.value = "3"
    assert app.toggles[2].value and app.keys.value == ""
    app.coder.value = "ben"
    assert app.session.current_id == "a1" and app.progress.value == 0


def test_suggestions_can_be_accepted(codebook):
    store = CodingStore(":memory:", codebook=codebook)
    texts = ["Termin Bürgeramt", "kein Termin frei", "Wartezeit Termin", "WLAN fehlt",
             "Glasfaser fehlt", "WLAN Bahnhof", "Termin online buchen", "WLAN Schule",
             "Termine beim Bürgeramt buchen", "schnelles WLAN"]
    store.add_answers([f"a{i}" for i in range(10)], texts)
    session = CodingSession(store, coder="anna")
    for code in ["termine", "termine", "termine", "infrastruktur", "infrastruktur",
                 "infrastruktur"]:
        session.toggle(code)
        session.save()
    assert session.compute_suggestions(n=3, random_share=0) == 3
    assert session.current_id in {"a6", "a7", "a8", "a9"}
    assert set(session.suggestions) == {"a6", "a7", "a8", "a9"}
    assert session.suggestions["a8"][0] == ("termine",)
    assert session.suggestions["a9"][0] == ("infrastruktur",)
    session.handle_keys("v")
    assert session.selected == set(session.suggestion[0])


# -- notebook ------------------------------------------------------------------------------
def test_coding_notebook_is_output_free_and_runs(tmp_path, monkeypatch):
    from pathlib import Path

    import nbformat
    import yaml

    root = Path(__file__).resolve().parents[1]
    nb = nbformat.read(root / "notebooks" / "coding.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert "parameters" in code[0].metadata.get("tags", [])
    survey = root / "tests" / "fixtures" / "report_survey" / "survey.yml"
    question = next(iter(yaml.safe_load(survey.read_text(encoding="utf-8"))["questions"]))
    monkeypatch.chdir(tmp_path)
    namespace = {"display": lambda *a: None}
    exec(code[0].source, namespace)
    namespace.update(survey_path=str(survey), question=question, coder="anna",
                     store_path=str(tmp_path / "c.sqlite"), output_dir=str(tmp_path / "coding"))
    for number, cell in enumerate(code[1:], start=1):
        assert "../outputs" not in cell.source  # every path comes from the parameters
        exec(compile(cell.source, "cell", "exec"), namespace)
        if number == 1:  # the app is up: a coder codes the first 24 answers
            answers = namespace["store"].answers()
            for k, answer_id in enumerate(answers["answer_id"][:24]):
                namespace["store"].save_coding("anna", answer_id,
                                               ["termine" if k % 2 else "infrastruktur"])
    assert namespace["store"].answers().shape[0] > 24
    assert (tmp_path / "coding" / "project.qdpx").exists()
    assert len(pd.read_csv(tmp_path / "coding" / "kodiert.csv", encoding="utf-8-sig")) == 24
    # the classifier section coded the rest: one suggestion per uncoded answer with text
    predicted = pd.read_csv(tmp_path / "coding" / "vorhersagen.csv")
    answers = namespace["store"].answers()
    open_answers = answers[~answers["answer_id"].isin(answers["answer_id"][:24])]
    assert len(predicted) == (open_answers["text"].str.strip() != "").sum()
    assert set(predicted["predicted"]) <= {"termine", "infrastruktur"}
    # model themes compared with the 24 human-coded answers
    result = namespace["theme_result"]
    assert result.n_answers == 24 and 0 <= result.percent_agreement <= 1
    assert set(result.mapping["code"].dropna()) <= {"termine", "infrastruktur"}


def test_keys_pressed_over_the_answer_code_save_and_leave_browser_shortcuts(store):
    app = CodingApp(CodingSession(store, coder="anna"))
    assert app.key_events is not None and app.key_events.source is app.coding_area
    assert app.key_events.watched_events == ["keydown"]
    first = app.session.current_id
    key = next(k for k, c in app.session.key_map.items() if c == "termine")

    def press(name, **modifiers):
        app._on_key_event({"type": "keydown", "key": name, **modifiers})

    press(key)
    assert app.session.selected == {"termine"}
    assert next(b for b in app.toggles if "Termin" in b.description).value
    press("c", ctrlKey=True)  # Ctrl+C copies text; it toggles and saves nothing
    press("Shift")
    assert app.session.selected == {"termine"}
    press("Enter")
    assert store.codings("anna").set_index("answer_id").loc[first, "codes"] == ("termine",)
    assert app.session.current_id != first


@pytest.mark.parametrize("query, expected", [
    ("coder=anna", "anna"), ("coder=Anna%20%20M%C3%BCller", "Anna Müller"),
    ("x=1", "fallback"), ("", "fallback"), ("coder=", "fallback")])
def test_personal_link_names_the_coder(monkeypatch, query, expected):
    from esslingen_lab.coding.app import coder_from_link

    monkeypatch.setenv("QUERY_STRING", query)
    assert coder_from_link("fallback") == expected
