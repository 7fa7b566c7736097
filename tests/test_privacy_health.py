"""Health details about a specific person become one [GESUNDHEIT] tag (GDPR Art. 9)."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import TAGS, Redactor, redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction
from esslingen_lab.privacy.redact import read_words
from esslingen_lab.privacy.redact.health import health_spans

DEV_S7 = Path(__file__).parent / "fixtures" / "pii_dev_s7_health.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in an aside is the name rules', the detail is from its verb on (session 36)
        ("Mein Vater, Karl-Heinz Obermüller, ist dement und kann den Antrag nicht ausfüllen.",
         "Mein Vater, [NAME], [GESUNDHEIT] und kann den Antrag nicht ausfüllen."),
        ("Meine Frau hat seit der Chemo kaum Kraft, deshalb bitte ein Termin zuhause.",
         "[GESUNDHEIT], deshalb bitte ein Termin zuhause."),
        ("Die Oma vom Lukas aus der 3b, die im Rollstuhl sitzt, kommt nicht in die Halle.",
         "Die Oma vom [GESUNDHEIT], kommt nicht in die Halle."),
        ("Ich lebe in Zell und bin gehbehindert.", "Ich lebe in Zell und [GESUNDHEIT]."),
        ("heinz ist mein opa und er will einen parkausweis, er ist fast blind",
         "[NAME] ist mein opa und er will einen parkausweis, [GESUNDHEIT]"),
        ("Unsere Kollegin Frau Hahn (Personalrat) ist wegen Burnout krankgeschrieben, leider.",
         "Unsere Kollegin Frau [GESUNDHEIT], leider."),
        ("Mein Sohn (Autist) kommt mit dem Lärm nicht zurecht.",
         "[GESUNDHEIT] kommt mit dem Lärm nicht zurecht."),
        ("Nach meinem Herzinfarkt hat mir niemand geholfen.",
         "[GESUNDHEIT] hat mir niemand geholfen."),
        ("Bin seit der OP krankgeschrieben.", "[GESUNDHEIT]."),
        ("Meine demente Mutter kann den Antrag nicht allein ausfüllen.",
         "Meine [GESUNDHEIT] Mutter kann den Antrag nicht allein ausfüllen."),
        ("Seit dem Schlaganfall sitzt mein Vater im Rollstuhl.",
         "[GESUNDHEIT] sitzt mein Vater [GESUNDHEIT]."),
        ("Herr Brändle vom 2. Stock ist gehörlos – bitte auch per Mail.",
         "[GESUNDHEIT] – bitte auch per Mail."),
        ("Meine Oma ist 87 und dement und wohnt allein.",
         "[GESUNDHEIT] und wohnt allein."),
        ("Ich habe Arthrose, bitte mehr Bänke.", "[GESUNDHEIT], bitte mehr Bänke."),
        ("mei mann hat alzheimer, i brauch hilfe", "[GESUNDHEIT], i brauch hilfe"),
        ("ICH BIN SEIT JAHREN DEPRESSIV UND DIE BEHÖRDE HILFT NICHT",
         "[GESUNDHEIT] UND DIE BEHÖRDE HILFT NICHT"),
    ],
)
def test_the_health_detail_becomes_one_tag_with_its_person(text, expected):
    # a relation or "ich" stays readable ("[GESUNDHEIT]"); a name and what follows
    # it go into the tag, so the health rule never leaves a name behind
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Es braucht mehr Angebote für Menschen mit Demenz.",
        "Für Rollstuhlfahrer ist der Bahnhof nicht erreichbar.",
        "Die Rampe für Rollstühle am Rathaus ist zu steil.",
        "Der Bus ist nicht barrierefrei, gehbehinderte Menschen kommen nicht rein.",
        "Bitte mehr Behindertenparkplätze am Krankenhaus!",
        "Das Gesundheitsamt und die Pflegekasse haben schnell geantwortet.",
        "Die Diabetes-Beratung der Stadt ist super.",
        "Ich bin blind vor Wut wegen der Baustelle.",
        "Der Gemeinderat ist taub für Argumente.",
        "Ich bin doch nicht blind, die Ampel ist kaputt.",
        "Ich habe fast einen Herzinfarkt bekommen, als ich die Gebühr sah.",
        "Das Formular macht mich noch depressiv.",
        "Ich arbeite als Pflegerin in der Psychiatrie.",
        "Die Baustelle behindert mich jeden Morgen.",
        "Mein Sohn sucht eine Wohnung.",
        "Ich habe MS Office nicht installiert.",
        "Seit Corona ist alles online, ich habe seit Corona mehr Zeit.",
        "Viele meiner Kollegen haben Burnout.",
        "Mit dem Rollator komm ich da nicht rein.",
        "Meine Frau und ich finden die Radwege blind geplant.",
    ],
)
def test_health_words_about_no_one_stay(text):
    assert redact_text(text) == text


def test_a_name_goes_with_the_detail_and_a_disease_is_no_name():
    # "Parkinson" is no [NAME]; a name with an aside is left to the name rules and the
    # detail starts at its verb, as independent writers label it (session 36)
    result = redact(["Mein Vater Ömer (Jahrgang 1955) hat Parkinson und braucht Hilfe."])
    assert result.texts == ["Mein Vater [NAME] ([DATUM]) [GESUNDHEIT] und braucht Hilfe."]
    assert result.counts["GESUNDHEIT"] == 1 and result.counts["DATUM"] == 1
    assert result.counts["NAME"] == 1
    # without an aside too, when the name rules read the name: writers label the detail
    # from its verb (session 49: 592 labels start right after a name, 13 hold it)
    assert redact_text("Mein Vater Ömer hat Parkinson.") == "Mein Vater [NAME] [GESUNDHEIT]."
    # a name the name rules may not read ("Engel" is a word) still goes with the detail
    assert redact_text("Mein Sohn Engel hat Epilepsie.") == "[GESUNDHEIT]."
    # a tag standing for a person counts as the person
    assert list(health_spans("Mein Vater, [NAME], ist dement.")) == [(20, 30)]
    # a relation without a name right before the detail goes into the tag too (session 32);
    # with a name both stay before it (session 49)
    assert redact_text("Meine Frau Sabine hat Rheuma.") == "Meine Frau [NAME] [GESUNDHEIT]."
    assert redact_text("Meine Mutter ist dement.") == "[GESUNDHEIT]."


def test_the_tag_is_registered_and_can_be_switched_off():
    assert TAGS["GESUNDHEIT"] == "[GESUNDHEIT]"
    assert "gesundheit" in Redactor().rule_names
    off = Redactor(disable=["GESUNDHEIT"])
    assert off.redact_text("Meine Tochter hat ADHS.") == "Meine Tochter hat ADHS."
    names = Redactor().rule_names
    # (a pasted table's name cells, a pasted chat's senders and a forum post's authors come
    # first of all, told by the text's form: table_cells.py, chat_speakers.py)
    first_name_rule = next(rule.name for rule in Redactor()._active_rules()
                           if rule.kind == "NAME" and not rule.name.startswith("table-")
                           and not rule.by_form)
    assert names.index("beschreibung") < names.index("gesundheit") < names.index(first_name_rule)


def test_word_lists_ship_and_every_idiom_holds_a_health_word():
    terms = read_words("health_terms")
    assert len(terms) > 200 and "dement" in terms
    for name in ("health_heads", "health_stems", "health_tails", "health_relatives"):
        assert read_words(name)
    # every idiom holds a health word (else the entry does nothing) and keeps it
    first_words = {term.split()[0].lstrip("=").lower() for term in terms}
    for idiom in read_words("health_idioms"):
        assert first_words & {w.lower() for w in idiom.split()}, idiom
        assert list(health_spans(f"Meine Mutter ist {idiom}")) == [], idiom


def test_dev_set_is_large_and_meets_a_floor():
    records = load_labelled(DEV_S7)
    spans = [s for r in records for s in r["pii"] if s["type"] == "GESUNDHEIT"]
    controls = [c for r in records for c in r["controls"]]
    assert len(spans) >= 60 and len(controls) >= 60
    for record in records:
        for item in record["pii"] + record["controls"]:
            assert item["value"] in record["text"]
    score = score_redaction(records, lambda texts: redact(texts).texts)
    # a floor below today's figure (85/85 until session 9; the second half, written after
    # the rule and scored once before it was changed, was 26/31). This set marks whole
    # statements ("Seit dem Schlaganfall kann mein Vater nicht mehr sprechen"); since session
    # 10 the tag is the detail from its verb on, and a cause before the person stays
    # outside ("Seit dem [GESUNDHEIT] …"): 71/84 then
    assert score.by_category["health_detail_with_person"][0] / len(spans) >= 0.83, score.missed
    # this set's spans are the detail, not the person ("Meine Mutter [ist dement]"), as the
    # tag was from session 8 to 31 (1.4 % of tokens lost then); since session 32 a person
    # right before the detail goes into the tag, as most independent writers label it
    # ("[GESUNDHEIT]" for "Meine Mutter ist dement"): the persons' words count as lost here;
    # since session 33 a cause's preposition and possessive too ("Nach meinem [GESUNDHEIT]");
    # since session 34 a relation before brackets that hold the detail ("Mein Sohn (Autist)")
    assert score.false_removal <= 0.103
    assert all(kept == total for kept, total in score.controls.values()), score.controls


@pytest.mark.parametrize("text, expected", [
    # a clinic someone comes from is their workplace …
    ("Herr Krüger aus der Psychiatrie hat die Anträge erklärt.",
     "Herr [NAME] aus der Psychiatrie hat die Anträge erklärt."),
    ("Die Ärztin von der Dialysestation hat angerufen.",
     "Die Ärztin von der Dialysestation hat angerufen."),
    # … unless it is one's own relative who comes from there
    ("Meine Frau kommt gerade aus der Psychiatrie und braucht Hilfe.",
     "[GESUNDHEIT] und braucht Hilfe."),
])
def test_staff_of_a_clinic_are_no_health_detail(text, expected):
    assert redact_text(text) == expected
