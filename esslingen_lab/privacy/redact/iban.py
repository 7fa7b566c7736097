"""IBANs as people type them: spaces, dashes or dots between groups, groups of any size.

"DE89 3704 0044 0532 0130 00", "de89370400440532013000", "DE 89 370 400 440 532 013 000",
"DE89-3704-0044-0532-0130-00", "DE89.3704.0044.0532.0130.00". The candidate's characters
without separators must have the length the IBAN registry gives for its country (DE 22,
AT 20 …), or lack one or two characters at its end (a typing slip); a longer run is cut
after the last group that fits, so a year or a phone number typed after the IBAN stays.
The printed form (groups of four) of another length counts too, and after "IBAN"/"Konto"
any grouping. The check digits are not verified: a mistyped IBAN is still someone's bank
account.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["SPOKEN_IBAN_RULES", "iban_spans", "loose_iban_spans", "spoken_iban_spans"]

# IBAN lengths by country (ISO 13616 registry), the countries respondents here bank with
LENGTHS = {
    "AD": 24, "AL": 28, "AT": 20, "BA": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "ME": 22, "MK": 19, "MT": 31, "NL": 18, "NO": 15,
    "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TR": 26, "UA": 29, "XK": 20, "SA": 24, "AE": 23, "IL": 23, "LB": 28, "TN": 24,
}
_COUNTRIES = "|".join(sorted(LENGTHS))
# a country code, two check digits, then groups of letters and digits with one separator
_CANDIDATE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<cc>(?i:{_COUNTRIES})|[A-Z]{{2}})(?P<sep0>[\x20\-.]?)(?P<check>\d{{2}})"
    r"(?P<rest>(?:\x20{1,2}|[\-.])?+[0-9A-Za-z]++(?:(?:\x20{1,2}|[\-.])[0-9A-Za-z]++){0,11}+)",
    regex.VERSION1,
)
_GROUP = regex.compile(r"[0-9A-Za-z]+")
_TWO_DIGITS = regex.compile(r"\d{2}", regex.VERSION1)  # the \d of _CANDIDATE


def _candidates(text: str):
    """Yield the matches of ``_CANDIDATE.finditer(text)``, tried only beside check digits.

    The pattern (a look-behind, a country code in any case first) was tried at every
    position. A match at ``s`` has its check digits at ``s + 2`` or ``s + 3``, so no match
    starts before ``d - 3`` where ``d`` is the first pair of digits from ``pos + 2`` on: only
    ``d - 3`` and ``d - 2`` are tried, in order, then the search goes on from ``d - 1`` (or
    from a match's end, as ``finditer`` does). ``match`` at a position reads the text before
    it as ``finditer`` does (look-behind), and finds there what ``finditer`` would.
    """
    pos = 0
    while True:
        pair = _TWO_DIGITS.search(text, pos + 2)
        if pair is None:
            return
        d = pair.start()
        for start in (d - 3, d - 2):
            if start < pos:
                continue
            match = _CANDIDATE.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = d - 1
_CUE = regex.compile(r"(?i:iban|konto|bankverbindung|überweis|bank)")


def iban_spans(text: str):
    """Yield (start, end) of IBANs in ``text``.

    Examples
    --------
    >>> text = "IBAN DE89-3704-0044-0532-0130-00, seit 2019"
    >>> [text[a:b] for a, b in iban_spans(text)]
    ['DE89-3704-0044-0532-0130-00']
    """
    for match in _candidates(text):  # as _CANDIDATE.finditer(text), faster
        code = match.group("cc")
        groups = []
        for group in _GROUP.finditer(text, match.start("rest"), match.end("rest")):
            if groups and group.group().isalpha():
                break  # "… 0130 00 BIC …": only a bank code at the start is letters
            groups.append(group)
        length = LENGTHS.get(code.upper())
        exact = _exact_end(groups, length)
        if not (code.isupper() or match.group("sep0") == "" or _cued(text, match.start())):
            # "es 12 3456 …" in lower case with a space: only after "IBAN"/"Konto", or when
            # digits alone give the country's length exactly ("de 89 37040044 0532013000")
            if exact is None or not text[match.start("rest"):exact].replace(" ", "").isdigit():
                continue
        end = _printed_end(groups, length)  # the printed form may be a slip too long
        if end is not None and exact is not None and exact > end:
            # "DE 89 3704 0044 0532 013 000": groups of three close the registry's length
            tail = [g for g in groups if end < g.end() <= exact]
            if all(len(g.group()) <= 3 for g in tail):
                end = exact
        if end is None:
            end = _registry_end(groups, length)
        if end is None and _cued(text, match.start()):
            end = _cued_end(groups)
        if end is None:
            continue
        value = text[match.start("rest"):end]
        if sum(ch.isdigit() for ch in value) < sum(ch.isalnum() for ch in value) // 2:
            continue  # mostly letters: words, not an account
        separators = {ch for ch in value if ch in "-."} | ({" "} if " " in value else set())
        if len(separators) > 1:
            continue  # "DE12 3456-7890.12": one kind of separator in an IBAN
        yield match.start(), end


def _registry_end(groups, length: int | None) -> int | None:
    """End of the groups that give the country's length exactly (or lack one or two)."""
    if length is None:
        return None
    need, have = length - 4, 0
    for group in groups:
        have += len(group.group())
        if have >= need:
            return group.end() if have == need else None
    # the run ends short: one or two characters forgotten ("… 0130 0")
    return groups[-1].end() if groups and have >= need - 2 else None


def _exact_end(groups, length: int | None) -> int | None:
    """End of the groups that give the country's length exactly, else None."""
    if length is None:
        return None
    have = 0
    for group in groups:
        have += len(group.group())
        if have >= length - 4:
            return group.end() if have == length - 4 else None
    return None


def _printed_end(groups, length: int | None) -> int | None:
    """End of an IBAN in its printed form (groups of four, a shorter last one), any length.

    A country missing from the table, or a slip of more than two characters: the grouping
    itself says IBAN ("DE12 3456 7890 1234 5678 901").
    """
    have, end, n = 0, None, 0
    for group in groups:
        size = len(group.group())
        if size > 4:
            break
        have, end, n = have + size, group.end(), n + 1
        if size < 4:
            break
    low, high = (10, 30) if length is None else (length - 8, length)
    if n >= 3 and have == (length or 0) - 4:
        return end  # the registry's length in print: a year after it stays
    return end if n >= 3 and low <= have <= high else None


def _cued_end(groups) -> int | None:
    """End of an account number after "IBAN"/"Konto" whatever its length or grouping."""
    have, end = 0, None
    for group in groups:
        value = group.group()
        if sum(ch.isdigit() for ch in value) * 2 < len(value):
            break  # "BIC", "danke": the number has ended
        have, end = have + len(value), group.end()
        if have > 32:
            return None
    return end if have >= 10 else None


def _cued(text: str, start: int) -> bool:
    return _CUE.search(text, max(0, start - 40), start) is not None


# ---------------------------------------------------------------- IBANs typed loosely

# every character apart: "D E 8 9 3 7 0 4 0 0 4 4 …", also "D E 89 3704 …"
_SPACED = regex.compile(
    r"(?<![\p{L}\d])(?P<cc>[A-Za-z]\x20[A-Za-z])\x20{1,2}(?P<rest>\d\x20?\d"
    r"(?:\x20{0,2}[0-9A-Za-z]){8,40})",
    regex.VERSION1,
)
# a letter typed or scanned for a digit in the groups, the check digits too: "DE89 37O4 OO44
# O532 O13O OO", "DE9l 6115 OO2O OO18 4476 O3", "DEOl 6115 …" (O for 0, I or l for 1)
_LETTER_GROUPS = regex.compile(
    r"(?<![\p{L}\d])(?:[A-Z]{2}|(?i:de|at|ch))[\x20\-.]?(?P<check>\d[0-9OoIl]|[OoIl][0-9OoIl])"
    r"(?P<rest>(?:[\x20\-.]?[0-9OoIl]{1,4}+){3,9}+)(?![\p{L}\d])",
    regex.VERSION1,
)
_AS_DIGIT = str.maketrans("OoIl", "0011")


def _spaced_spans(text: str):
    for match in _SPACED.finditer(text):
        code = match.group("cc").replace(" ", "").upper()
        length = LENGTHS.get(code)
        if length is None or not (code == match.group("cc")[::2] or _cued(text, match.start())):
            continue
        need, have, end = length - 4, 0, None
        rest = match.group("rest")
        chars = [k for k, ch in enumerate(rest) if ch != " "]
        for k in chars[2:]:  # after the check digits
            have += 1
            if have == need:
                end = match.start("rest") + k + 1
                break
        if end is None and need - 2 <= have < need:
            end = match.start("rest") + chars[-1] + 1
        if end is None:
            continue
        value = text[match.start("rest") : end]
        if sum(ch.isdigit() for ch in value) * 2 < sum(ch.isalnum() for ch in value):
            continue
        yield match.start(), end


def _letter_spans(text: str):
    for match in _LETTER_GROUPS.finditer(text):
        rest = match.group("rest")
        check = match.group("check")
        if not any(ch in "OoIl" for ch in check + rest) or sum(ch.isdigit() for ch in rest) < 6:
            continue
        if text[match.start() : match.start() + 2].upper() not in LENGTHS:
            continue  # "Kapitel VIII 2020 2021 …": a Roman numeral, no country
        read = (
            text[: match.start()]
            + text[match.start() : match.start("check")].upper()  # "deol …" as "DE01 …"
            + (check + rest).translate(_AS_DIGIT)
        )
        for start, end in iban_spans(read[match.start() :]):
            yield match.start() + start, match.start() + end
            break


def loose_iban_spans(text: str):
    """Yield (start, end) of IBANs typed apart or with letters for digits.

    Examples
    --------
    >>> text = "IBAN DE89 37O4 OO44 O532 O13O OO bitte"
    >>> [text[a:b] for a, b in loose_iban_spans(text)]
    ['DE89 37O4 OO44 O532 O13O OO']
    """
    yield from _spaced_spans(text)
    yield from _letter_spans(text)


# ---------------------------------------------------------------- IBANs read out in words

_DIGIT_WORDS = ("null", "eins", "ein", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben",
                "acht", "neun")
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# "DE vier eins sechs …", "D E sieben drei …", "D-E-fünf-sechs, sechs-null-eins-sieben, …"
_SPOKEN = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<v>[Dd][\x20\-]?[Ee](?:[\x20,\-–]{{1,3}}(?:(?i:{_DIGIT_WORD})|\d{{1,4}})"
    r"(?![\p{L}\d])){12,})",
    regex.VERSION1,
)
_SPOKEN_CUE = regex.compile(r"(?i:iban|bankverbindung|konto)")


def spoken_iban_spans(text: str):
    """Yield a German IBAN read out digit by digit after its cue: "IBAN ist DE vier eins …".

    Twenty digits follow "DE"; a dictated one may lose a digit or two, so sixteen suffice.
    """
    for match in _SPOKEN.finditer(text):
        if _SPOKEN_CUE.search(text, max(0, match.start() - 40), match.start()) is None:
            continue
        digits = 0
        for piece in regex.split(r"[\x20,\-–]+", match.group("v"))[1:]:
            digits += len(piece) if piece.isdigit() else piece.lower() in _DIGIT_WORDS
        if digits >= 16:
            yield match.span("v")


#: Before the other IBAN rules: an IBAN read out in words after its cue.
SPOKEN_IBAN_RULES = [
    _Rule("IBAN", None, needs=("iban", "bankverbindung", "konto"),
          gate=regex.compile(rf"(?i:d[\x20\-]?e[\x20,\-–]+(?:{_DIGIT_WORD}|\d))"),
          gate_on_raw=True, finder=spoken_iban_spans, name="iban-spoken", trusted=True),
]
