"""Health details written in English or Turkish.

"My husband has dementia", "I'm diabetic", "Benim annem hasta, Diabetes var", "babam şeker
hastası".

Answers come in other languages too; the German rule reads none of them. One mechanism per
language, as in German: a specific person (a possessive with a relation noun, "I") and a
health word in the same clause; the tag covers the statement from the verb on, the person
stays ("My husband [GESUNDHEIT].", "Benim annem [GESUNDHEIT].").  About a group ("people
with dementia", "engelli insanlar") the words stay.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["FOREIGN_HEALTH_RULES"]

_EN_PERSON = (
    r"(?:(?i:my|our)\x20(?:(?i:little|older|elder|younger|old|late)\x20)?"
    r"(?i:husband|wife|mother|mum|mom|mommy|father|dad|daddy|son|daughter|child|kid|kids"
    r"|grandma|grandmother|granny|grandpa|grandfather|brother|sister|partner|neighbou?r"
    r"|friend|colleague|boy|girl|baby|aunt|uncle|parents|boss|flatmate|roommate)"
    r"|\bI(?:'m|’m)?)"
)
_EN_TERM = (
    r"(?i:dementia|alzheimer'?s|parkinson'?s|diabetes|diabetic|cancer|epilepsy|epileptic"
    r"|depression|depressed|autism|autistic|asthma|blind|deaf|disabled|a\x20disability"
    r"|in\x20a\x20wheelchair|uses\x20a\x20wheelchair|a\x20wheelchair|had\x20a\x20stroke"
    r"|a\x20stroke|a\x20heart\x20attack|heart\x20(?:disease|problems|failure)"
    r"|multiple\x20sclerosis|MS|ADHD|pregnant|on\x20dialysis|dialysis|HIV|arthritis"
    r"|a\x20hearing\x20aid|hard\x20of\x20hearing|hearing\x20impaired|visually\x20impaired"
    r"|paraly[sz]ed|bipolar|schizophrenia|long\x20covid|chronic\x20pain|mentally\x20ill"
    r"|a\x20mental\x20illness|kidney\x20(?:disease|failure)|terminally\x20ill|ill|sick)"
)
_EN = regex.compile(
    rf"(?<![\p{{L}}']){_EN_PERSON}\x20(?P<v>(?i:has|have|had|is|am|was|'s|’s|suffers"
    r"\x20from|suffer\x20from|was\x20diagnosed\x20with|got|has\x20got|have\x20got|lives\x20with)"
    r"\x20(?:(?i:a|an|severe|bad|early|late|type\x202|type\x201|stage\x20\d|almost|completely"
    r"|totally|very|partially|really|also|now|just|been)\x20){0,3}"
    rf"{_EN_TERM}(?:\x20(?i:type\x20[12]|since\x20\d{{4}}|for\x20years))?)(?![\p{{L}}])"
    # "I'm diabetic": the verb in the pronoun
    r"|(?<![\p{L}'])I['’]m\x20(?P<v>(?:(?i:almost|completely|totally|very|partially|really"
    rf"|also|now|just)\x20){{0,2}}{_EN_TERM})(?![\p{{L}}])",
    regex.VERSION1,
)
# idioms: "sick of waiting", "sick and tired", "ill at ease", "blind to the problem"
_EN_IDIOM_AFTER = regex.compile(r"\x20(?i:of|and\x20tired|at\x20ease|to|about)\b")
_TR_PERSON = (
    r"(?:(?:(?i:benim|bizim)\x20)?(?i:annem|babam|eşim|esim|kocam|karım|karim|oğlum|oglum|kızım|kizim|ablam|abim"
    r"|kardeşim|kardesim|dedem|ninem|anneannem|babaannem|teyzem|amcam|dayım|dayim|halam"
    r"|komşum|komsum|çocuğum|cocugum)|(?i:ben|bende))"
)
_TR_TERM = (
    r"(?i:hasta|hastası|hastasi|hastalığı|hastaligi|engelli|kanser|demans|alzheimer"
    r"|diyabet|diabetes|şeker|seker|felç|felc|kör|sağır|sagir|tekerlekli\x20sandalye"
    r"|depresyon|astım|astim|epilepsi|otizm|otistik|hamile|parkinson|kalp|böbrek|diyaliz)"
)
_TR = regex.compile(
    rf"(?<![\p{{L}}]){_TR_PERSON}(?P<v>(?:[\x20,]+(?:(?:[\p{{L}}\-]+\x20){{0,2}}?)"
    rf"{_TR_TERM}[\p{{L}}]*(?:\x20(?i:var|oldu|dır|dir|tır|tir))?)+)(?![\p{{L}}])",
    regex.VERSION1,
)


def _foreign_health_spans(text: str):
    for match in _EN.finditer(text):
        if _EN_IDIOM_AFTER.match(text, match.end("v")) is None:
            yield match.span("v")
    for match in _TR.finditer(text):
        start = match.start("v")
        while start < match.end("v") and text[start] in " ,":
            start += 1
        yield start, match.end("v")


FOREIGN_HEALTH_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        # plain substrings, looked up once per text (a regex over every text cost CPU)
        needs=("my ", "our ", "i'm ", "i’m ", "i have ", "i am ", "i was ", "i had ",
               "i suffer", "annem", "babam", "eşim", "esim", "kocam", "karım", "oğlum",
               "kızım", "ablam", "abim", "kardeş", "dedem", "ninem", "teyzem", "amcam", "dayım",
               "halam", "komşum", "çocuğum", " ben "),  # fmt: skip ("ben " closes "haben ")
        finder=_foreign_health_spans,
        name="gesundheit-fremdsprachig",
    )
]
