"""Context that makes a lone first name which is also a word a name ("Frank", "Gabi", "Ben").

The package's ambiguous first names (``ambiguous_first_names.txt``: "Frank", "Rosa", "Max",
"Gabi", "Ben" …) are not taken alone, as "frank und frei", "rosa Schutzhüllen" or "max. 20"
are no one. Next to one of these they are a person:

* a child's age or class ("Otto (3)", "Noah, Klasse 3b") or a clear first name beside it
  ("Noah und Mila");
* a salutation at a line's start or after a comma ("Lieber Frank,", "Hallo Ben!");
* a possessive before and a verb after ("Unser Ben ist Autist", "meine Rosa hat …");
* a phone number or an e-mail address right after ("Kontakt über Gabi (0711 …)"), unless a
  noun names a product before it ("Tarif Max (0711 …)");
* a sign-off line that ends with it ("Grüße vom letzten Hof in Wäldenbronn, Gabi").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.sign_offs import _LINE_ENDS  # the name closes its line
from esslingen_lab.privacy.redact.vocabulary import _AMBIGUOUS_FIRST_NAMES, FIRST_NAMES

__all__ = ["named_in_context"]

# a child's age or class after its name: "(Emil, 4 und Greta, 2)", "Otto (3)", "Noah, Klasse 3b"
_AGE_AFTER = regex.compile(
    r"(?:,\s*|\s*\()(?:\d{1,2}(?:\s*(?:J\.|Jahre|Monate))?\s*(?:[,;)]|und\b|$)"
    r"|(?:(?i:klasse|kl\.)\s*\d{1,2}[a-e]?|\d{1,2}[a-e])\b)"
)
_CHILDREN_BEFORE = regex.compile(
    r"(?i:kind|kinder|kindern|sohn|söhne|tochter|töchter|enkel|enkelin|zwillinge|jungs)"
    r"[^.!?\n]{0,12}$"
)

_NAME_WITH_AGE_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+),\s*\d{1,2}\s*,?\s*(?:und\s+)?$")


_AND_NAME_AFTER = regex.compile(r"\s*(?:,|und|&|sowie)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\-])")
_NAME_AND_BEFORE = regex.compile(r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+)\s*(?:,|und|&|sowie)\s+$")

# "Lieber Frank,", "Hallo Ben!", "Moin Max" at a line's start or after a comma ("…, lieber
# Ben,"), the name ending its clause
_SALUTATION_BEFORE = regex.compile(
    r"(?:^|\n|,)[^\S\n]*(?i:lieber?|hallo|hi|hey|servus|moin|grüß[^\S\n]+gott|"
    r"guten[^\S\n]+(?:morgen|tag|abend)|sehr[^\S\n]+geehrter?)[^\S\n]+$"
)
_SALUTATION_AFTER = regex.compile(r"[^\S\n]*(?:[,!:]|\n|$)")
# "Unser Ben ist Autist", "meine Rosa hat …": a possessive, then the name as a subject
_POSSESSIVE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:unser|unsere|mein|meine|dein|deine)\x20+$")
_VERB_AFTER = regex.compile(
    r"\x20+(?:ist|hat|war|hatte|wird|kann|konnte|muss|musste|soll|will|darf|braucht|geht|"
    r"kommt|fährt|schafft|bekommt|kriegt|wohnt|arbeitet|spielt|sagt|meint)(?![\p{L}])"
)
# "meine Iris ist entzündet", "mein Ernst", "Unser Frank ist kein Thema" (the currency): a
# word, not a name
_WORDS_AFTER_POSSESSIVE = frozenset(("Iris", "Ernst", "Mark", "Will", "Can", "Wolle", "Frank"))
# a product or a plan named right before: "Tarif Max (0711 …)"
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+\x20+$")
# a way to reach the person right after the name: "Gabi ([TELEFON])", "Frank: 0711 …",
# "Wolle, Tel. 0711 …", or said to be reached there: "Gabi erreicht man unter [TELEFON]",
# "Rosa erreichen Sie unter …", "Ben ist erreichbar über [EMAIL]"
_CONTACT_AFTER = regex.compile(
    r"[^\S\n]*(?:\([^\S\n]*|[:,][^\S\n]*"
    r"|(?i:erreicht\x20man|erreichen\x20Sie|erreichst\x20du|kann\x20man|ist\x20(?:gut\x20|"
    r"am\x20besten\x20)?erreichbar)\x20+(?i:unter|über|per|via)\x20+)?"
    r"(?:(?i:tel|telefon|handy|mobil|e-mail|mail)\.?:?[^\S\n]*)?"
    r"(?:\[(?:TELEFON|EMAIL)\]|\+?\d[\d\x20/\-]{5,}\d)"
)
_ARTICLES = frozenset("der die das den dem des ein eine unser unsere mein meine".split())
# a sign-off line ending with the name: "Grüße vom letzten Hof in Wäldenbronn, Gabi"
_SIGN_OFF_BEFORE = regex.compile(
    r"(?:^|\n)[^\S\n]*(?i:viele\x20|liebe\x20|herzliche\x20|beste\x20|schöne\x20)?"
    r"(?i:grüße|grüsse|gruß|gruss|lg|vg|danke)(?![\p{L}])[^\n]{0,60},[^\S\n]*$"
)


# greetings from someone said with an article: "lg von dr Gabi", "Grüße vom Wolle aus …"
_GREETING_FROM_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:grüße|grüsse|grüß|gruß|gruss|grüßle|grüssle|lg|vg|mfg)\x20+"
    r"(?:(?i:von)\x20+(?:(?i:der|die|dr|d'|d’|dem)\x20+)?|(?i:vom)\x20+)$"
)
_GREETING_FROM_AFTER = regex.compile(r"[^\S\n]*(?:[,.!)]|\n|$|(?i:aus|vom|von)\x20)")


def named_in_context(text: str, match) -> bool:
    """Tell an ambiguous first name at ``match`` that its context makes a person's name."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 90) : start]
    if _SALUTATION_BEFORE.search(before) and _SALUTATION_AFTER.match(text, end):
        return True
    if (
        match.group() not in _WORDS_AFTER_POSSESSIVE
        and _POSSESSIVE_BEFORE.search(before)
        and _VERB_AFTER.match(text, end)
    ):
        return True
    if _CONTACT_AFTER.match(text, end) and not _product_before(before):
        return True
    if _SIGN_OFF_BEFORE.search(before) and _LINE_ENDS.match(text, end):
        return True
    if _GREETING_FROM_BEFORE.search(before) and _GREETING_FROM_AFTER.match(text, end):
        return True
    return _child_with_age(text, match) or _beside_first_name(text, match)


def _product_before(before: str) -> bool:
    """Tell a capitalised noun right before ("Tarif Max", "Modell Frank"), not a greeting."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    found = _NOUN_BEFORE.search(before)
    if found is None or found.group().strip().lower() in _ARTICLES:
        return False  # "Die Gabi erreicht man unter …": an article, no product
    return lexicon().is_common_noun(found.group().strip())


def _beside_first_name(text: str, match) -> bool:
    """Tell an ambiguous first name listed with a clear one: "Noah und Mila", "Mila, Noah"."""
    after = _AND_NAME_AFTER.match(text, match.end())
    before = _NAME_AND_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return any(
        found is not None
        and found.group(1) in FIRST_NAMES
        and found.group(1) not in _AMBIGUOUS_FIRST_NAMES
        for found in (after, before)
    )


def _child_with_age(text: str, match) -> bool:
    """Tell an ambiguous first name listed with an age after a word for children."""
    return _AGE_AFTER.match(text, match.end()) is not None and (
        _CHILDREN_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        or _name_with_age_before(text, match.start())
    )


def _name_with_age_before(text: str, start: int) -> bool:
    before = _NAME_WITH_AGE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in FIRST_NAMES
