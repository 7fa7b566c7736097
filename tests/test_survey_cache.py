"""The report run's cache of the redacted survey (esslingen_lab.surveys.cache)."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from esslingen_lab.surveys import load_survey
from esslingen_lab.surveys.cache import (
    SURVEY_CACHE_ENV,
    cache_key,
    mark_pending,
    new_cache_folder,
    read_cached,
    write_cached,
)
from esslingen_lab.surveys.survey import redact_survey
from tests.test_surveys import write_spec

ROWS = ("id;stadtteil;wunsch;online_b1\n"
        "1;Zell;Bitte rufen Sie mich an: 0711 1234567;4\n"
        "2;Mettingen;Schreiben Sie an anna.weber@example.org;2\n"
        "3;Zell;Termine online buchen;5\n")


@pytest.fixture
def survey_file(tmp_path):
    (tmp_path / "data.csv").write_text(ROWS, encoding="utf-8")
    return write_spec(tmp_path, "data.csv", pseudonymise=False)


@pytest.fixture
def folder():
    import shutil

    path = new_cache_folder()
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _share(survey_file, folder):
    """What a report run does before its kernels start: redact once, write the cache."""
    survey = load_survey(survey_file, redact=False)
    key = cache_key(survey.spec, pseudonymise=False)
    return write_cached(folder, key, redact_survey(survey))


def test_cached_survey_equals_a_fresh_redacted_load(survey_file, folder):
    _share(survey_file, folder)
    fresh = load_survey(survey_file)
    cached = load_survey(survey_file, cache=folder)
    pd.testing.assert_frame_equal(cached.responses, fresh.responses)
    pd.testing.assert_frame_equal(cached.quality.by_file, fresh.quality.by_file)
    pd.testing.assert_frame_equal(cached.quality.cases, fresh.quality.cases)
    assert cached.redacted and cached.redaction_counts == fresh.redaction_counts
    assert "0711" not in " ".join(cached.texts()["text"])
    # the raw text is never cached: raw_texts() reads the files again
    pd.testing.assert_frame_equal(cached.raw_texts(), fresh.raw_texts())


def test_cache_holds_no_raw_text_and_is_private(survey_file, folder):
    entry = _share(survey_file, folder)
    data = entry.read_bytes()
    for raw in (b"0711", b"1234567", b"anna.weber", b"example.org"):
        assert raw not in data
    assert b"Termine online buchen" in data  # the redacted answers are what is cached
    assert folder.stat().st_mode & 0o777 == 0o700 and entry.stat().st_mode & 0o777 == 0o600
    with pytest.raises(ValueError):
        write_cached(folder, "key", load_survey(survey_file, redact=False))


def test_changed_data_file_is_loaded_fresh(survey_file, folder):
    _share(survey_file, folder)
    data = survey_file.parent / "data.csv"
    data.write_text(ROWS.replace("Termine online buchen", "Parkausweis online"),
                    encoding="utf-8")
    texts = load_survey(survey_file, cache=folder).texts()["text"].tolist()
    assert "Parkausweis online" in texts and "Termine online buchen" not in texts


def test_changed_spec_or_other_survey_is_loaded_fresh(tmp_path, survey_file, folder):
    _share(survey_file, folder)
    other = tmp_path / "other"
    other.mkdir()
    (other / "data.csv").write_text(ROWS.replace("Zell", "Berkheim"), encoding="utf-8")
    groups = load_survey(write_spec(other, "data.csv", pseudonymise=False),
                         cache=folder).responses["stadtteil"]
    assert set(groups) == {"Berkheim", "Mettingen"}
    write_spec(survey_file.parent, "data.csv", pseudonymise=False, groups=[])
    assert "stadtteil" not in load_survey(survey_file, cache=folder).responses


def test_environment_names_the_cache_and_unredacted_loads_ignore_it(survey_file, folder,
                                                                    monkeypatch):
    entry = _share(survey_file, folder)
    state = read_cached(folder, entry.stem)
    state["responses"].loc[0, "stadtteil"] = "aus dem Cache"
    entry.write_bytes(pickle.dumps(state))  # what a kernel would find in the run's folder
    monkeypatch.setenv(SURVEY_CACHE_ENV, str(folder))
    assert load_survey(survey_file).responses.loc[0, "stadtteil"] == "aus dem Cache"
    assert load_survey(survey_file, redact=False).responses.loc[0, "stadtteil"] == "Zell"


def test_pending_entry_is_waited_for_and_a_withdrawn_one_loads_fresh(survey_file, folder):
    survey = load_survey(survey_file, redact=False)
    key = cache_key(survey.spec, pseudonymise=False)
    marker = mark_pending(folder, key)
    assert read_cached(folder, key, wait=0.2) is None  # nothing written within the wait
    marker.unlink()
    assert load_survey(survey_file, cache=folder).redacted  # no entry: read the files
    write_cached(folder, key, redact_survey(survey))
    assert read_cached(folder, key, wait=0)["key"] == key


def test_pseudonyms_from_another_salt_are_not_taken_from_the_cache(tmp_path, folder,
                                                                   monkeypatch):
    (tmp_path / "data.csv").write_text(ROWS, encoding="utf-8")
    spec = write_spec(tmp_path, "data.csv", pseudonymise=True)
    monkeypatch.setenv("ESSLINGEN_LAB_SALT", str(tmp_path / "salt-a"))
    survey = load_survey(spec, redact=False)
    write_cached(folder, cache_key(survey.spec, pseudonymise=True), redact_survey(survey))
    ids_a = load_survey(spec, cache=folder).responses["respondent_id"].tolist()
    assert ids_a == survey.responses["respondent_id"].tolist() and ids_a[0].startswith("P-")
    monkeypatch.setenv("ESSLINGEN_LAB_SALT", str(tmp_path / "salt-b"))
    ids_b = load_survey(spec, cache=folder).responses["respondent_id"].tolist()
    assert ids_b == load_survey(spec, redact=False).responses["respondent_id"].tolist()
    assert set(ids_a).isdisjoint(ids_b)


def test_a_folder_or_entry_others_could_write_is_never_read(tmp_path, survey_file, folder):
    """A pickle is code: the cache named by the environment must be this user's private
    folder (not /tmp, not a symlink, not group/world accessible), its entry no symlink."""
    import os
    import shutil

    entry = _share(survey_file, folder)
    key = entry.stem
    assert read_cached(folder, key) is not None
    # a symlink to the private folder (e.g. planted in /tmp) is not followed
    link = tmp_path / "link"
    link.symlink_to(folder, target_is_directory=True)
    assert read_cached(link, key, wait=0) is None
    # a folder others can enter or write (a shared /tmp-like folder) is not read
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(entry, shared / entry.name)
    for mode in (0o777, 0o1777, 0o755, 0o770):
        shared.chmod(mode)
        assert read_cached(shared, key, wait=0) is None
        assert load_survey(survey_file, cache=shared).redacted  # loaded fresh instead
    # an entry that is a symlink (to a file planted elsewhere) is not read
    planted = tmp_path / "planted.pickle"
    os.replace(entry, planted)
    entry.symlink_to(planted)
    assert read_cached(folder, key, wait=0) is None
    entry.unlink()
    # a group/world-writable entry is not read either
    shutil.copy(planted, entry)
    entry.chmod(0o666)
    assert read_cached(folder, key, wait=0) is None


def test_folders_left_by_killed_runs_are_removed_by_the_next_run(tmp_path, monkeypatch):
    import os
    import time

    from esslingen_lab.surveys import cache

    monkeypatch.setattr(cache.tempfile, "tempdir", str(tmp_path))
    old = tmp_path / "esslingen-lab-survey-killed"
    old.mkdir()
    (old / "x.pickle").write_bytes(b"redacted")
    day_ago = time.time() - cache.STALE_SECONDS - 60
    os.utime(old, (day_ago, day_ago))
    running = tmp_path / "esslingen-lab-survey-running"
    running.mkdir()
    target = tmp_path / "keep"
    target.mkdir()
    link = tmp_path / "esslingen-lab-survey-link"
    link.symlink_to(target)
    os.utime(link, (day_ago, day_ago), follow_symlinks=False)

    folder = cache.new_cache_folder()

    assert folder.is_dir() and folder.parent == tmp_path
    assert not old.exists()  # a killed run's folder, a day old
    assert running.exists()  # another run that is still going
    assert target.exists() and link.is_symlink()  # symlinks are never followed


def test_a_file_edited_while_the_run_loads_it_is_not_shared(survey_file):
    """The run's key is taken before its load and again after: a file edited in between
    (the cached text would be the old one under the new key) is not shared; the kernels
    then read the files themselves."""
    from esslingen_lab.reports.run import check_survey, shared_survey, survey_key

    before = survey_key(survey_file)
    _, survey = check_survey(survey_file)
    with shared_survey(survey, key_before=before) as env:
        assert SURVEY_CACHE_ENV in env  # unchanged files: the survey is shared

    before = survey_key(survey_file)
    _, survey = check_survey(survey_file)  # loaded with the old text …
    data = survey_file.parent / "data.csv"  # … then edited before the key is taken again
    data.write_text(ROWS.replace("Termine online buchen", "Parkausweis online"),
                    encoding="utf-8")
    with shared_survey(survey, key_before=before) as env:
        assert env == {}
    assert survey_key(survey_file.parent / "missing.yml") is None
