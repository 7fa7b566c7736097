"""Session 16: the second review's leftovers of session 15 — a shop named like a person,
a handle before its platform in brackets, a column whose name is itself personal data."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text",
    [
        "Der Laden heißt MARTHA.",  # "Laden" is also a verb in lower case: still a thing
        "Das Restaurant nennt sich FRIEDA, echt gut.",
        "Der Laden heißt Frieda und hat bis 20 Uhr offen.",
        "Die Kneipe nannte sich früher LUISE.",
    ],
)
def test_a_shop_named_like_a_person_keeps_its_name(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Kleine heißt MARTHA und geht in die Kita.", "MARTHA"),  # an adjective as noun
        ("Der Neue heißt Tim.", "Tim"),
        ("Der neue Kollege nennt sich Tim.", "Tim"),
        ("Die Alte nennt sich MARTHA.", "MARTHA"),
        ("Meine Tochter heißt MARTHA.", "MARTHA"),
    ],
)
def test_a_person_named_with_the_same_verbs_is_redacted(text, name):
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("folgt mir: ben_hx (Instagram)", "ben_hx"),
        ("lena.kocht [TikTok] zeigt das Rezept", "lena.kocht"),
        ("ben_hx (auf Insta)", "ben_hx"),
    ],
)
def test_a_handle_before_its_platform_in_brackets_is_redacted(text, handle):
    out = redact_text(text)
    assert handle not in out
    assert "[URL]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Covid19 (Twitter) war ein Thema",
        "Stadt_Esslingen (Instagram) postet viel",
        "die Seite (Instagram) ist gut",
        "esslingen_2024 (Instagram) fand ich schön",
    ],
)
def test_a_things_name_before_a_platform_in_brackets_stays(text):
    assert redact_text(text) == text


def test_a_column_whose_name_is_personal_data_is_not_named_in_the_note(tmp_path):
    data = tmp_path / "umfrage.csv"
    data.write_text("id,text,heike.lutz@web.de\n1,Alles gut,0711 123456\n", encoding="utf-8")
    out = tmp_path / "bereinigt.csv"
    args = ["redact", str(data), "--text-column", "text", "-o", str(out), "--lang", "de"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "heike.lutz" not in result.stderr
    assert "Spalte Nr. 3" in result.stderr  # still named, by its place
    assert "TELEFON 1" in result.stderr


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Der einzige Hausarzt, der in Hegensberg noch Hausbesuche macht, ist selber über 70.",
            "Hegensberg",
        ),
        (
            "ich hab mit der Fahrerin gesprochen, die ist die einzige Frau, die die Nachtlinie "
            "nach Berkheim fährt.",
            "Nachtlinie",
        ),
    ],
)
def test_the_only_one_with_a_relative_clause_is_a_description(text, gone):
    out = redact_text(text)
    assert gone not in out
    assert "[PERSON-BESCHREIBUNG]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Der einzige, der sich auskennt, ist der Hausmeister.",  # a role, named next
        "Das ist die einzige Möglichkeit, die wir haben.",
        "Die ist die einzige Lösung, die funktioniert.",
        "Der einzige Weg, der bleibt, ist die Klage.",
    ],
)
def test_the_only_thing_or_a_role_named_next_stays(text):
    assert redact_text(text) == text


def test_a_role_that_is_the_only_one_in_a_place_is_a_description():
    out = redact_text("Unser Hausarzt ist der einzige in Hegensberg, der noch Hausbesuche macht.")
    assert "Hegensberg" not in out
    assert out.startswith("Unser Hausarzt ist [PERSON-BESCHREIBUNG]")


@pytest.mark.parametrize(
    "text",
    [
        "Der Bus ist der einzige in Zell, der nachts fährt.",
        "Unser Problem ist das einzige in Zell, das keiner löst.",
    ],
)
def test_the_only_thing_in_a_place_stays(text):
    assert redact_text(text) == text


def _write(tmp_path, header, row):
    data = tmp_path / "umfrage.csv"
    data.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return data


def test_a_missing_column_error_lists_no_column_name_that_is_personal_data(tmp_path):
    data = _write(
        tmp_path,
        "id,text,Anna Schmidt,anna.schmidt(at)web.de,ben_hx,Stadtteil",
        "1,Alles gut,x,y,z,Zell",
    )
    out = tmp_path / "bereinigt.csv"
    result = CliRunner().invoke(
        main, ["redact", str(data), "--text-column", "nope", "-o", str(out), "--lang", "de"]
    )
    assert result.exit_code != 0
    message = result.output + (result.stderr or "")
    for name in ("Schmidt", "ben_hx"):
        assert name not in message
    assert "Stadtteil" in message and "Nr. 3" in message  # the others by their place
    assert not out.exists()


def test_a_column_named_after_a_person_is_named_by_its_number_in_the_note(tmp_path):
    data = _write(tmp_path, "id,text,Heike Lutz", "1,Alles gut,heike.lutz@web.de")
    out = tmp_path / "bereinigt.csv"
    result = CliRunner().invoke(
        main, ["redact", str(data), "--text-column", "text", "-o", str(out), "--lang", "de"]
    )
    assert result.exit_code == 0, result.output
    assert "Lutz" not in result.stderr
    assert "Spalte Nr. 3" in result.stderr


def test_a_column_twice_whose_name_is_an_email_is_not_named(tmp_path):
    data = _write(tmp_path, "id,text,anna.schmidt@web.de,Anna.Schmidt@web.de", "1,gut,x,y")
    out = tmp_path / "bereinigt.csv"
    result = CliRunner().invoke(
        main, ["redact", str(data), "--text-column", "text", "-o", str(out), "--lang", "de"]
    )
    assert result.exit_code != 0
    message = result.output + (result.stderr or "")
    assert "schmidt" not in message.lower()
    assert "Nr. " in message
    assert not out.exists()
