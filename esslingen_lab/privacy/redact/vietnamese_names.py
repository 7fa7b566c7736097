"""Vietnamese names whole: "Nguyễn Thị Mai", "Trần Văn Phú" and their echoes without marks.

The family name, a middle name and the given name are one name; the given name may be a
word ("Mai" is a month too), so the name is tagged whole before the other name rules split
it. The same name typed without diacritics elsewhere in the answer ("Tran Phu" in a firm's
name) goes with it.
"""

from __future__ import annotations

import unicodedata

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["VIETNAMESE_NAME_RULES", "vietnamese_name_spans"]

# a Vietnamese name: family name, a middle name, the given name, which may be a word ("Mai")
# ("NGUYỄN VĂN HÙNG" in capitals too, as forms ask)
_VIETNAMESE = regex.compile(
    r"(?<![\p{L}\-])(?=\p{Lu})(?i:Nguyễn|Nguyen|Trần|Tran|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|"
    r"Phan|Vũ|Võ|Đặng|Dang|Bùi|Bui|Đỗ|Ngô|Ngo|Dương|Duong|Lê|Lý)\x20"
    r"(?=\p{Lu})(?i:Thị|Văn|Thi|Van|Đức|Hữu|Ngọc|Minh|Thanh|Quang|Xuân|Kim|Bảo|Gia)\x20"
    r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?![\p{L}\-])",
    regex.VERSION1,
)
# "Pham Van Dong Straße": a street named after a person
_STREET_AFTER = regex.compile(r"[\x20\-](?i:straße|strasse|str\.|platz|weg|allee|schule)")


def vietnamese_name_spans(text: str):
    """Yield Vietnamese names and their echoes without diacritics.

    "Tran Phu" for "Trần Văn Phú" in a firm's name: the echo rule no longer sees the name
    once it is a tag.
    """

    def folded(value: str) -> str:
        value = value.replace("Đ", "D").replace("đ", "d")
        return "".join(
            c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c)
        )

    lex = lexicon()
    spans = []
    for match in _VIETNAMESE.finditer(text):
        given = match.group().split()[-1]
        given = given[:1] + given[1:].lower()  # "HÙNG" read as "Hùng"
        if len(given) > 4 and (lex.is_common_noun(given) or lex.is_lower_word(given)):
            continue  # "Herr Nguyen Minh Bescheid gegeben": a word, no given name
        if _STREET_AFTER.match(text, match.end()) is not None:
            continue  # "Pham Van Dong Straße": a street named after a person
        spans.append(match.span())
        parts = match.group().split()
        for echo in {folded(match.group()), folded(f"{parts[0]} {parts[-1]}")}:
            if echo != match.group():
                pattern = rf"(?<![\p{{L}}]){regex.escape(echo)}(?![\p{{L}}])"
                spans += [m.span() for m in regex.finditer(pattern, text)]
    yield from sorted(spans)


VIETNAMESE_NAME_RULES = [
    _Rule("NAME", None, finder=vietnamese_name_spans,
          needs=("nguy", "trần", "tran", "phạm", "pham", "hoàng", "hoang", "huỳnh", "huynh",
                 "phan", "vũ", "võ", "đặng", "dang", "bùi", "bui", "đỗ", "ngô", "ngo", "dương",
                 "duong", "lê", "lý"),
          name="name-vietnamese", trusted=True),
]
