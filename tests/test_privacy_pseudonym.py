import os
import stat

import pytest

from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.privacy import pseudonymise_ids
from esslingen_lab.privacy.pseudonym import default_salt_path


def test_same_id_and_salt_give_the_same_pseudonym(tmp_path):
    salt = tmp_path / "salt"
    first = pseudonymise_ids(["17", "18", 17, None], salt_path=salt)
    again = pseudonymise_ids(["18", "17"], salt_path=salt)
    assert first[0] == first[2] == again[1]
    assert first[1] == again[0] != first[0]
    assert first[3] is None
    assert all(p.startswith("P-") and len(p) == 14 for p in first[:3])
    assert "17" not in first[0][2:] or first[0] != "P-17"


def test_salt_file_is_created_private_and_reused(tmp_path):
    salt = tmp_path / "sub" / "salt"
    pseudonymise_ids(["a"], salt_path=salt)
    assert salt.exists()
    assert stat.S_IMODE(os.stat(salt).st_mode) == 0o600
    content = salt.read_text()
    pseudonymise_ids(["b"], salt_path=salt)
    assert salt.read_text() == content


def test_another_salt_gives_other_pseudonyms(tmp_path):
    a = pseudonymise_ids(["17"], salt_path=tmp_path / "a")
    b = pseudonymise_ids(["17"], salt_path=tmp_path / "b")
    assert a != b


def test_salt_location_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ESSLINGEN_LAB_SALT", str(tmp_path / "env-salt"))
    assert default_salt_path() == tmp_path / "env-salt"
    pseudonymise_ids(["1"])
    assert (tmp_path / "env-salt").exists()
    monkeypatch.delenv("ESSLINGEN_LAB_SALT")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_salt_path() == tmp_path / ".config" / "esslingen-lab" / "salt"


def test_unusable_salt_file_is_a_user_error(tmp_path):
    empty = tmp_path / "salt"
    empty.write_text("")
    with pytest.raises(EsslingenLabError):
        pseudonymise_ids(["1"], salt_path=empty)
    with pytest.raises(EsslingenLabError):
        pseudonymise_ids(["1"], salt_path=tmp_path)  # a folder, not a file
