"""Health said as an ability lost, in English or Turkish: "my mother can't walk anymore".

"annem yürüyemiyor" (my mother cannot walk), "babam göremiyor", "I can no longer climb the
stairs": no disease is named, but a person's body is (GDPR Art. 9), as in the German
"meine Mutter kann nicht mehr laufen" that the health rule reads. One pattern per
language: a specific person, then a verb of not being able and a bodily ability. The tag
covers the verb phrase; the person stays ("my mother [GESUNDHEIT]").

A sense or a task with an object is often no health at all ("I can't see the button",
"formu göremiyorum"): English needs the loss said ("anymore", "without help") or the
clause to end after the verb; Turkish without a person word only the body's movements.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.health_foreign import _EN_PERSON, _TR_PERSON
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["LOST_ABILITY_RULES"]

_EN_CANNOT = (
    r"(?i:can't|can’t|cannot|can\x20not|can\x20no\x20longer|could\x20no\x20longer"
    r"|couldn't|couldn’t|is\x20no\x20longer\x20able\x20to|am\x20no\x20longer\x20able\x20to"
    r"|is\x20unable\x20to|am\x20unable\x20to|isn't\x20able\x20to|isn’t\x20able\x20to"
    r"|is\x20not\x20able\x20to|am\x20not\x20able\x20to|struggles\x20to|has\x20trouble)"
)
_EN_ABILITY = (
    r"(?i:walk(?:ing)?|stand(?:ing)?|see(?:ing)?|hear(?:ing)?|speak(?:ing)?|talk(?:ing)?"
    r"|swallow(?:ing)?|breathe|breathing|get(?:ting)?\x20up|get(?:ting)?\x20out\x20of\x20bed"
    r"|climb(?:ing)?\x20(?:the\x20)?stairs|use\x20(?:the\x20)?stairs|leave\x20the\x20house"
    r"|remember\x20anything)"
)
_EN_LOSS = (
    r"(?i:anymore|any\x20more|any\x20longer|without\x20help|without\x20a\x20(?:walker|cane)"
    r"|unaided|properly|very\x20well|well|on\x20(?:her|his|my|their)\x20own)"
)
_EN = regex.compile(
    rf"(?<![\p{{L}}']){_EN_PERSON}\x20(?:(?i:really|still|now|just|also)\x20)?"
    rf"(?P<v>{_EN_CANNOT}\x20(?:(?i:really|properly)\x20)?{_EN_ABILITY}"
    rf"(?P<loss>\x20{_EN_LOSS})?)(?![\p{{L}}])",
    regex.VERSION1,
)
_CLAUSE_END = regex.compile(r"\s*(?:[.,;!?)]|$|\s(?i:and|but|so|because)\b)")

# Turkish: a stem, the negative ability "-(y)eme-/-(y)ama-" and a tense ("yürü-y-em-iyor",
# "kalk-am-ıyor-um", "gör-em-ez"); two-word stems ("merdiven çık", "nefes al")
_TR_STEM = (
    r"(?i:yürü|gör|duy|işit|isit|konuş|konus|kalk|ayağa\x20kalk|ayaga\x20kalk|merdiven\x20çık"
    r"|merdiven\x20cik|nefes\x20al|otur|dur|yut)"
)
_TR_BODY_STEM = (
    r"(?i:yürü|kalk|ayağa\x20kalk|ayaga\x20kalk|merdiven\x20çık|merdiven\x20cik|nefes\x20al"
    r"|duy|işit|isit)"
)
_TR_CANNOT = r"y?(?:em|am)(?:iyor|ıyor|iyo|ıyo|ez|az|edi|adı|ad[ıi]|ed[ıi])\p{Ll}*"
_TR = regex.compile(
    rf"(?<![\p{{L}}]){_TR_PERSON}[\x20,]+(?:\p{{Ll}}+\x20){{0,2}}?"
    rf"(?P<v>{_TR_STEM}{_TR_CANNOT})(?![\p{{L}}])"
    # "yürüyemiyorum", "merdiven çıkamıyorum": the person in the ending
    rf"|(?<![\p{{L}}])(?P<v>{_TR_BODY_STEM}y?(?:em|am)(?:iyor|ıyor|iyo|ıyo)(?:um|üm|ım|im))"
    r"(?![\p{L}])",
    regex.VERSION1,
)


def _lost_ability_spans(text: str):
    for match in _EN.finditer(text):
        sense = match.group("v").split()[-1 if match.group("loss") is None else -2].lower()
        said = match.group("loss") is not None or (
            _CLAUSE_END.match(text, match.end("v")) is not None
            and not (match.group().lower().startswith(("i ", "i'", "i’"))
                     and sense.startswith(("see", "hear")))
        )
        if said:
            yield match.span("v")
    for match in _TR.finditer(text):
        yield match.span("v")


LOST_ABILITY_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=("can", "could", "unable", "able to", "struggles", "trouble", "emiyor", "amıyor",
               "emiyo", "amıyo", "emez", "amaz", "emedi", "amadı"),
        finder=_lost_ability_spans,
        name="gesundheit-faehigkeit",
    )
]
