"""A pet's name is no person's: "unser Hund Bello", "Kater „Mogli“", "hört auf Lotte".

Owners name their animals like people (Bruno, Lotte, Max, Luna), and the name rules take
such a word for a person's. A pet's name identifies no one, and the independent writers of
the labelled sets never marked one (0 of 25 pet names in the sets fresh18 to fresh88, 10 of
them tagged before). So a name of one word stays where the answer says an animal bears it:

* right after the animal, its breed or a colon between: "Hund Bello", "Hündin: Luna", "Hund:
  Labrador „Bruno“", "unser Kater Murmel";
* after the animal and a verb of naming: "Mein Hund heißt Bruno", "der Kater namens Felix";
* after "hört auf (den Namen)" in an answer about an animal ("Beagle, hört auf Lotte").

A person beside an animal stays a name: "der Hund von Frau Berger", "Hund Bello, Halterin
Sabine Vogel".
"""

from __future__ import annotations

import regex

__all__ = ["pet_name"]

# animals kept as pets and common breeds (not "Vogel", "Fuchs", "Boxer", "Spitz": surnames or
# persons as often)
_ANIMAL = (
    r"(?:Hund|Hündin|Hundi|Rüde|Welpe|Welpen|Katze|Kater|Kätzchen|Katzenmädchen|Pferd|Stute|"
    r"Wallach|Pony|Esel|Hase|Häsin|Kaninchen|Meerschweinchen|Hamster|Wellensittich|Papagei|"
    r"Kanarienvogel|Schildkröte|Dackel|Labrador|Schäferhund|Mischling|Beagle|Terrier|Pudel|"
    r"Collie|Husky|Mops|Chihuahua|Retriever|Golden\x20Retriever|Bernhardiner|Dogge|Malteser|"
    r"Haustier|Vierbeiner|Fellnase|Stubentiger|Tier)"
)
_QUOTE = r"[„\"»‚'“]?"
_BEFORE = regex.compile(
    rf"""(?:
        # "Hund Bello", "Hund: Labrador „Bruno“", "Kater (3 Jahre) Mogli" is rare: not read
        (?<![\p{{L}}]){_ANIMAL}\x20*(?::\x20*(?:{_ANIMAL}\x20*,?\x20*)?)?\x20*{_QUOTE}
        # "Mein Hund heißt Bruno", "der Kater namens Felix"
      | (?<![\p{{L}}]){_ANIMAL}(?:\x20+\p{{L}}+){{0,2}},?\x20+(?:heißt|hieß|heisst|namens)
        \x20+(?:(?:jetzt|übrigens|nur|einfach)\x20+)?{_QUOTE}
      | (?<![\p{{L}}])hört\x20+auf\x20+(?:den\x20+Namen\x20+)?{_QUOTE}
    )$""",
    regex.VERSION1 | regex.VERBOSE,
)
_ANY_ANIMAL = regex.compile(rf"(?<![\p{{L}}]){_ANIMAL}|(?i:hund|katze|kater)", regex.VERSION1)
_ONE_WORD = regex.compile(r"\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?", regex.VERSION1)


def pet_name(text: str, start: int, end: int) -> bool:
    """Tell a one-word name right after an animal that bears it (see the module text)."""
    if _ONE_WORD.fullmatch(text, start, end) is None:
        return False
    before = text[max(0, start - 60) : start]
    found = _BEFORE.search(before)
    if found is None:
        return False
    if found.group().startswith("hört"):
        # "hört auf" only in an answer about an animal ("Die Kollegin hört auf Frau Maier")
        return _ANY_ANIMAL.search(text, max(0, start - 200), start) is not None
    return True
