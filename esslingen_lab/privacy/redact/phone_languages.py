"""Phone numbers dictated in the respondent's first language: "zéro six, douze …", "sıfır beş …".

Answers from Esslingen's communities switch language for a number: French, Italian, Spanish,
Portuguese, Turkish, Polish, Croatian/Bosnian/Serbian, Ukrainian and Russian digit words.
A run starts with that language's word for zero (a phone number opens with one) and goes on
with the same language's digit words, digit groups and separators; it counts when it holds
at least seven digits, four of them as words, beside a word for a phone or a call ("tre" or
"dos" alone in a sentence, a count "zero, uno, due …" and a score "zero-tre, due-uno" stay).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import _words

__all__ = ["PHONE_LANGUAGE_RULES", "foreign_phone_word_spans"]

# zero first, then one to nine
_DIGITS = {
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "hr": "nula jedan dva tri četiri pet šest sedam osam devet",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
}
# numbers read in pairs, as the French and Italians dictate ("douze, trente-quatre")
_PAIRS = {
    "fr": "dix onze douze treize quatorze quinze seize vingt trente quarante cinquante "
          "soixante",
    "it": "dieci undici dodici tredici quattordici quindici sedici venti trenta quaranta "
          "cinquanta sessanta settanta ottanta novanta",
    "es": "diez once doce trece catorce quince dieciséis veinte treinta cuarenta cincuenta "
          "sesenta setenta ochenta noventa",
}
# the same zero typed without its accent or dotless i ("zero", "sifir")
_ZERO_VARIANTS = {"fr": ("zero",), "tr": ("sifir",)}
_SEPARATOR = r"(?:[\x20\t]*[,/.\-–—:][\x20\t]*|[\x20\t]+)"


def _language_pattern(words: list[str], pairs: list[str], zeros: tuple[str, ...]):
    digit = _words(*words)
    # a pair with its unit joined: "trente-quatre", "vingt-et-un"
    pair = rf"{_words(*pairs)}(?:-(?:et-)?{digit})?" if pairs else "(?!)"
    zero = _words(words[0], *zeros)
    return regex.compile(
        rf"(?<![\p{{L}}\d])(?i:{zero})(?:{_SEPARATOR}(?:(?i:{pair}|{digit})|\d{{1,4}}))+"
        r"(?![\p{L}\d])",
        regex.VERSION1,
    )


_PATTERNS = [
    (words, pairs, _language_pattern(words, pairs, _ZERO_VARIANTS.get(language, ())))
    for language, words, pairs in (
        (k, v.split(), _PAIRS.get(k, "").split()) for k, v in _DIGITS.items()
    )
]
_ZEROS = tuple(
    {words[0] for words, _, _ in _PATTERNS} | {z for zs in _ZERO_VARIANTS.values() for z in zs}
)
_TOKEN = regex.compile(r"[\p{L}'][\p{L}'\-]*(?<!-)|\d+", regex.VERSION1)


# a word for a phone or a call, in German and the languages above, before the number: a
# count ("zero, uno, due, tre …") or a match's score ("zero-tre, due-uno") has none
_CUE = regex.compile(
    r"(?i:tel|phone|nummer|numero|número|numéro|numer|numar|broj|номер|телефон|handy|mobil|"
    r"cell|whatsapp|anruf|ruf|erreich|kontakt|sprech|melde|chiam|llam|appel|zadzwo|nazov|"
    r"zovi|dzwo|подзвон|позвон)|(?<![\p{L}])(?i:ara)",
    regex.VERSION1,
)


def _beside_phone_cue(text: str, start: int, end: int) -> bool:
    """Tell a word for a phone or a call in the 80 characters before or 40 after the run."""
    return (
        _CUE.search(text, max(0, start - 80), start) is not None
        or _CUE.search(text, end, end + 40) is not None
    )


def foreign_phone_word_spans(text: str):
    """Yield phone numbers dictated in another language's digit words after a phone's cue."""
    for words, pairs, pattern in _PATTERNS:
        known, paired = set(words), set(pairs)
        for match in pattern.finditer(text):
            if not _beside_phone_cue(text, match.start(), match.end()):
                continue
            spoken = digits = 0
            for token in _TOKEN.findall(match.group().lower()):
                if token.isdigit():
                    digits += len(token)
                elif "-" in token or token in paired:
                    spoken, digits = spoken + 1, digits + 2  # "trente-quatre", "douze"
                elif token in known:
                    spoken, digits = spoken + 1, digits + 1
            if spoken >= 4 and digits >= 7:
                yield match.span()


PHONE_LANGUAGE_RULES = [
    _Rule(
        "TELEFON",
        None,
        needs=_ZEROS,
        finder=foreign_phone_word_spans,
        name="telefon-words-other-languages",
        trusted=True,
    ),
]
