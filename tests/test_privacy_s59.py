"""Session 59: someone's own web site written bare, and a handle with a hyphen.

A bare host ("paulinaholz.de", no "www.") was taken only when its sentence told an owner;
now also when the host spells a first name anywhere in it, when it ends in a neighbour
country's ending (".nl", ".es", ".fr", ".it", ".pl", ".coach"), and with a few more ways of
telling an owner ("Ich schreibe … auf …", "mehr dazu auf …", "Arbeitsproben auf …",
"Praxis: …"). A handle with a hyphen inside ("@lea-bkn.bsky.social") is one handle, not
"[URL]-bkn.bsky.social".
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import Redactor, redact_text


# invented for this test; each host was left in the text before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name in the host, not at its start or run on with a surname
        ("Ich unterrichte Ukulele, Material gibt es auf ukulele-ulrike.de gratis.",
         "Ich unterrichte Ukulele, Material gibt es auf [URL] gratis."),
        ("Auf paulinaholz.de sieht man die Tische.", "Auf [URL] sieht man die Tische."),
        ("Der Shop heißt annikastrobel.de, da gibt es Karten.",
         "Der Shop heißt [URL], da gibt es Karten."),
        # a neighbour country's ending
        ("Er hat eine tolle Seite: joostvanvliet.nl.", "Er hat eine tolle Seite: [URL]."),
        ("Wir sind Lucía y Pablo (elblogdelucia.es) und reisen im Mai.",
         "Wir sind [NAME] y [NAME] ([URL]) und reisen im Mai."),
        ("Mehr über mich: carlos-deluca.coach", "Mehr über mich: [URL]"),
        # an owner told in more ways
        ("Ich schreibe seit Jahren über Besen auf besenblog-neckar.de.",
         "Ich schreibe seit Jahren über Besen auf [URL]."),
        ("Ich schreibe Krimis (mehr dazu auf krimi-vom-neckar.de).",
         "Ich schreibe Krimis (mehr dazu auf [URL])."),
        ("Logo entworfen (Arbeitsproben auf grafik-am-neckar.de).",
         "Logo entworfen (Arbeitsproben auf [URL])."),
        ("Unser Physio hat eine Praxis in der Stadt. Praxis: rehasport-ruiz.de",
         "Unser Physio hat eine Praxis in der Stadt. Praxis: [URL]"),
        ("Er hat sogar eine Seite gemacht, nachbarn-helfen-es.de, mit Nummer.",
         "Er hat sogar eine Seite gemacht, [URL], mit Nummer."),
        ("Auf neckarknipser.de zeig ich meine Fotos.", "Auf [URL] zeig ich meine Fotos."),
    ],
)  # fmt: skip
def test_someones_own_bare_host_goes(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # firms, magazines, institutions and public figures named after a first name
        "Ich habe die Jacke bei hugo-boss.com bestellt.",
        "Die Matratze kam von emma-matratze.de, sehr gut.",
        "Meine Mutter lag im elisabethen-krankenhaus.de, siehe dort.",
        "Die Schule ist auf paul-gerhardt-schule.de zu finden.",
        "Das Bier von paulaner.de schmeckt.",
        "Die Kinder lernen mit anton-app.de Mathe.",
        "Die Matratze kam von emma-sleep.de, sehr gut.",
        # a customer's or reader's verb, as before
        "Ich bestelle Bücher meistens bei thalia.de, das geht schneller.",
        "Bloggerinnen schreiben darüber auf krautreporter.de.",
    ],
)
def test_a_host_of_no_one_in_particular_stays(text):
    assert redact_text(text) == text


def test_a_dotted_user_name_ending_in_es_is_still_taken_whole():
    assert redact_text("Zalo: khoa.tran.es") == "Zalo: [URL]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lea hat auf Bluesky (@lea-bkn.bsky.social) geschrieben.",
         "Lea hat auf Bluesky ([URL]) geschrieben."),
        ("Mein Insta ist @lea-bkn und mehr.", "Mein Insta ist [URL] und mehr."),
        # a hyphen at the end or a team word after a capitalised name stays outside
        ("@Ingo-Team bitte melden", "@Ingo-Team bitte melden"),
        ("Treffen @ 18-20 Uhr", "Treffen @ 18-20 Uhr"),
        ("Schreib an @stadt-esslingen.bsky.social", "Schreib an @stadt-esslingen.bsky.social"),
    ],
)  # fmt: skip
def test_a_handle_with_a_hyphen_is_one_handle(text, expected):
    assert redact_text(text) == expected


def test_the_host_rule_can_be_switched_off():
    text = "Material gibt es auf ukulele-ulrike.de gratis."
    off = Redactor(disable=["url-own-host", "url-first-name-domain"])
    assert "ukulele-ulrike.de" in off.redact([text]).texts[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Dutch particle with its article before a surname typed in lower case
        ("thomas van den berg, imker.", "[NAME], imker."),
        ("hier ist die ana van der linden, klassenlehrerin 3b", "hier ist die [NAME], "
         "klassenlehrerin 3b"),
        # the particle's article is needed: "van" alone before a word stays a word's
        ("Ich war mit Thomas im van unterwegs.", "Ich war mit [NAME] im van unterwegs."),
        # "von der" between two tags stays: where someone is from ("Schwesterle von der Jenny")
        ("Schwesterle von der Jenny, also ich", "[NAME] von der [NAME], also ich"),
    ],
)  # fmt: skip
def test_a_dutch_particle_before_a_lower_case_surname(text, expected):
    assert redact_text(text) == expected
