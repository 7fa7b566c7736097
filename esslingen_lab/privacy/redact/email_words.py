"""E-mail addresses told in words: "anna punkt schmid bei gmx punkt de", "kranich at t-online".

People who fear a form's spam filter, or dictate an address, spell it:

* the mailbox's dots and dashes as words ("anna punkt schmid", "kai minus ludwig"), with
  "bei", "at", "ät", "auf" or an at sign before the provider ("… bei gmx.de");
* one word before "at" and a provider or a domain ("kranich at t-online", "anna-schmid at
  gmx de", "anna schmid at gmx de": a first name before it goes too); with "bei"/"auf" only
  a word that is no German word, near a word for mail ("Mail: pkranich bei gmx");
* the top-level domain as a word or after a space ("gmx punkt de", "gmx de");
* the mailbox told apart from its domain ("schreib mir an anna.schmid, die domain ist
  web.de"): a dotted or underscored lower-case name in a text that speaks of mail and names
  a provider or a domain.

The plain forms ("anna.schmid@gmx.de", "anna.schmid bei gmx.de") are left to the rules of
``contacts_loose.py`` and ``rules.py``; these run right after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.public_web import PUBLIC_HOST

__all__ = ["EMAIL_WORD_RULES"]

_FLAGS = regex.VERSION1 | regex.VERBOSE

_PROVIDERS = (
    "gmx|gmail|googlemail|yahoo|outlook|hotmail|t-online|t\\x20online|tonline|posteo|icloud|aol|freenet|"
    "t\\x20(?:minus|strich)\\x20online|tee\\x20online|"  # "t minus online", as dictated
    "protonmail|proton|arcor|mailbox|web|live|me"
)
# the top-level domains a dictated address ends in; one list for every rule below
_TLD_WORDS = frozenset(
    "de com net org eu info at ch io me fr it pl nl be uk tr gr hr ro pt cz".split()
)
_TLD_ALT = "|".join(sorted(_TLD_WORDS))
_TLD = rf"(?i:{_TLD_ALT})"
# the dot and the at sign told as words, in the languages people dictate in
_DOT_WORDS = "punkt|dot|punto|point|kropka|punt"
_AT_WORDS = (
    "bei|at|ät|ätt|auf|et|klammeraffe|at-zeichen|arroba|arobase|chiocciola|małpa|malpa|"
    "apenstaartje"
)
_SPELLED = rf"(?i:{_DOT_WORDS}|minus|strich|bindestrich|unterstrich|underscore)"
# a dot of the domain: ".", "(punkt)", " punkt ", " dot "
_DOT_WORD = (
    rf"(?:\x20*\.\x20*|\x20*[(\[{{<]\x20*(?i:{_DOT_WORDS}|\.)\x20*[)\]}}>]\x20*"
    rf"|\x20+(?i:{_DOT_WORDS})\x20+)"
)
# the at sign also as "Klammeraffe" (its German name), "at-zeichen" or "et"
_AT_WORD = (
    rf"(?:\x20+(?i:{_AT_WORDS})\x20+"
    r"|\x20*[(\[{<]\x20*(?i:at|ät|@|klammeraffe|at-zeichen)\x20*[)\]}>]\x20*"
    r"|\x20*@\x20*)"
)
# a provider ("gmx", "gmx.de", "gmx punkt de", "gmx de") or any domain with its ending
_DOMAIN = rf"""(?:(?i:{_PROVIDERS})(?:{_DOT_WORD}{_TLD}|\x20{_TLD})?
               |[\w\-]{{2,63}}(?:{_DOT_WORD}[\w\-]{{2,63}}){{0,2}}{_DOT_WORD}{_TLD})
               (?![\w@\-]|\.\w)"""
_PIECE = r"[\p{L}\d][\w+\-]{0,40}"

# a separator told as a word: " punkt ", "(punkt)", " [dot] "
_SPELLED_SEP = (
    rf"(?:\x20{{1,2}}{_SPELLED}\x20{{1,2}}|\x20?[(\[{{<]\x20?{_SPELLED}\x20?[)\]}}>]\x20?|[._\-])"
)
_SPELLED_WORD = regex.compile(
    rf"\x20{_SPELLED}\x20|[(\[{{<]\x20?{_SPELLED}\x20?[)\]}}>]", regex.VERSION1
)
# "anna punkt schmid bei gmx.de": a separator told as a word makes the mailbox
_SPELLED_EMAIL = regex.compile(
    rf"""(?<![\w.+\-@]){_PIECE}(?:{_SPELLED_SEP}{_PIECE}){{1,4}}
         {_AT_WORD}{_DOMAIN}""",
    _FLAGS,
)
# "kranich at t-online", "Mail: pkranich bei gmx.de": one word as the mailbox
_WORD_EMAIL = regex.compile(
    rf"""(?<![\w.+\-@])(?:(?P<first>\p{{L}}{{2,20}})\x20)?(?P<box>\p{{L}}[\w+\-]{{1,40}}?(?:\.[\w+\-]{{1,40}}?){{0,3}})
         (?P<at>{_AT_WORD})(?P<domain>{_DOMAIN})""",
    _FLAGS,
)
# an office's mailbox or a public body's domain is no one's address ("info(at)ludwigsburg.de")
_ROLE_BOX = regex.compile(
    r"(?i:info|kontakt|contact|service|support|noreply|no-reply|post|poststelle|presse|press|"
    r"office|webmaster|sekretariat|zentrale|verwaltung|rathaus|[a-zäöü]*(?:amt|aemter|ämter|"
    r"stelle|buero|büro|referat|beratung|dezernat|abteilung|archiv|buecherei|bücherei|"
    r"bibliothek|museum|musikschule))",
    regex.VERSION1,
)
_PUBLIC_DOMAIN = regex.compile(PUBLIC_HOST, regex.VERSION1)
_MAIL_CUE = regex.compile(
    r"(?i:mail|adresse|postfach|kontakt|schreib|erreichbar|domain|domäne)", regex.VERSION1
)
_FILE_OR_SITE = regex.compile(rf"\.(?i:{_TLD_ALT}|pdf|docx?|xlsx?|jpe?g|png|html?|txt|zip)$")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("german")) | {"ist", "war", "mail", "email", "e-mail"}


def _ordinary(word: str) -> bool:
    """Tell a word of the dictionary or a function word ("ist", "Konto", "kaputt")."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    low = word.lower()
    if low in _stop_words():
        return True
    lex = lexicon()
    return lex.is_lower_word(low) or lex.is_german(low[:1].upper() + low[1:])


def _is_first_name(word: str) -> bool:
    from esslingen_lab.privacy.redact.lexicon import lexicon

    capital = word[:1].upper() + word[1:].lower()
    return lexicon().is_first_name(capital, ambiguous=True)


_SPOKEN_AT = regex.compile(
    r"\s*[(\[{<]\s*(?i:at|ät|@|klammeraffe|at-zeichen)\s*[)\]}>]\s*"
    rf"|\s+(?i:{_AT_WORDS})\s+|\s*@\s*",
    regex.VERSION1,
)
_SPOKEN_DOT = regex.compile(
    rf"\s*[(\[{{<]\s*(?i:{_DOT_WORDS}|\.)\s*[)\]}}>]\s*|\s+(?i:{_DOT_WORDS})\s+", regex.VERSION1
)


def office_mailbox(value: str) -> bool:
    """Tell an office's mailbox at a public body told in words: "info at esslingen punkt de".

    Written plainly ("buergeramt@esslingen.de") the strict rules leave it; told in words it
    stays too.
    """
    parts = _SPOKEN_AT.split(value, maxsplit=1)
    if len(parts) != 2:
        return False
    box, domain = parts[0].strip(), _SPOKEN_DOT.sub(".", parts[1].strip())
    return (
        _ROLE_BOX.fullmatch(box) is not None
        and _PUBLIC_DOMAIN.match(domain) is not None
    )


def _spelled_spans(text: str):
    for match in _SPELLED_EMAIL.finditer(text):
        if _SPELLED_WORD.search(match.group()) is not None:
            yield match.span()


def _word_spans(text: str):
    for match in _WORD_EMAIL.finditer(text):
        box = match.group("box")
        at = match.group("at").strip().lower()
        if _FILE_OR_SITE.search(box) or box.lower() in _stop_words():
            continue
        if _ROLE_BOX.fullmatch(box) or _PUBLIC_DOMAIN.match(match.group("domain")):
            continue
        if at == "et" and not any(ch in box for ch in "._0123456789"):
            continue  # "et" for the at sign only after a mailbox's shape ("anna.schmid et gmx")
        if at in ("bei", "auf") and not (
            box.islower() and _SPOKEN_DOT.search(match.group("domain")) is not None
        ):
            # "bei gmx ist das Postfach voll", "Konto bei web.de": only a made-up word, and
            # only near a word for mail (a domain told in words is a mailbox's: "kranich bei
            # t-online punkt de")
            if _ordinary(box) or box[:1].isupper() and not any(ch.isdigit() for ch in box):
                continue
            if _MAIL_CUE.search(text, max(0, match.start() - 60), match.start()) is None:
                continue
        start = match.start("box")
        first = match.group("first")
        if first is not None and first.lower() not in _stop_words() and _is_first_name(first):
            start = match.start("first")  # "anna schmid at gmx de"
        yield start, match.end()


# ---------------------------------------------------------------- a mailbox apart from its domain

_APART_BOX = regex.compile(
    r"(?<![\w.+\-@/])(?P<v>\p{Ll}[\p{Ll}\d\-]{1,30}[._][\p{Ll}\d][\w\-]{0,30}(?:\.[\p{Ll}\d][\w\-]{0,30})?)"
    r"(?![\w@/]|\.\w)",
    regex.VERSION1,
)
_APART_DOMAIN = regex.compile(
    rf"(?i:domain|domäne|endung|(?<![\w\-])(?:{_PROVIDERS})(?:\.{_TLD})?(?![\w\-]))",
    regex.VERSION1,
)
_APART_GATE = re.compile("domain|domäne|endung|" + _PROVIDERS.replace("|me", ""))
_ABBREVIATION = regex.compile(r"^(?:\p{L}{1,3}\.){1,3}\p{L}{0,3}$|^(?:bzw|usw|etc|evtl|ggf|inkl)\.")


def _apart_spans(text: str):
    if _APART_DOMAIN.search(text) is None or _MAIL_CUE.search(text) is None:
        return
    for match in _APART_BOX.finditer(text):
        value = match.group("v")
        if _FILE_OR_SITE.search(value) or _ABBREVIATION.search(value):
            continue
        if "." in value and value.split(".")[-1] in _TLD_WORDS:
            continue
        if _AT_AFTER.match(text, match.end()) is not None:
            continue  # "jonas.b2005 (ät) gmx punkt de": the whole address, for the other rules
        yield match.span("v")


_AT_AFTER = regex.compile(r"\x20*(?:[(\[{<]|@|＠|(?i:at|ät|bei|auf|@)\x20)", regex.VERSION1)

EMAIL_WORD_RULES = [
    _Rule(
        "EMAIL",
        None,
        needs=("punkt", "dot", "punto", "point", "minus", "strich", "unterstrich", "underscore"),
        gate=re.compile(
            r"(?:punkt|dot|punto|point|minus|strich|underscore)[)\]}>]? ?[\w+\-]+ ?"
            r"(?:bei|at|ät|auf|et|klammeraffe|arroba|arobase|chiocciola|małpa|[(\[{<@])"
        ),
        finder=_spelled_spans,
        name="email-spelled-words",
        trusted=True,
    ),
    _Rule(
        "EMAIL",
        None,
        # an at word between spaces, or in brackets, or the sign
        needs=tuple(f" {word} " for word in _AT_WORDS.split("|"))
        + ("(at)", "[at]", " @", "@ ", "klammeraffe", "at-zeichen"),
        # each branch alone (patterns.py) skips to its first character; the at sign's branch
        # starts at " @" (" @ ?\w" or "\w @ ", the word before looked back at)
        gate=Branches(re.compile(
            rf" (?:{_AT_WORDS}) "
            rf"(?:(?:{_PROVIDERS})\b|[\w\-]{{2,63}}"
            rf"(?:\.| (?:{_DOT_WORDS}) |\((?:{_DOT_WORDS})\))"
            rf"(?:{_TLD_ALT})\b)"
            r"|[(\[{<] ?(?:at|ät|klammeraffe|at-zeichen) ?[)\]}>]|\x20@(?:\x20?\w|(?<=\w\x20@)\x20)"
        )),
        finder=_word_spans,
        name="email-word-at-provider",
        trusted=True,
    ),
    _Rule(
        "EMAIL",
        None,
        needs=("mail", "adresse", "postfach", "kontakt", "schreib", "erreichbar"),
        gate=re.compile(r"[a-zäöüß][a-zäöüß\d\-]+[._][a-zäöüß\d]"),
        gate_on_raw=True,
        admit=lambda features: _APART_GATE.search(features.lowered) is not None,
        finder=_apart_spans,
        name="email-mailbox-apart-from-domain",
        trusted=True,
    ),
]
