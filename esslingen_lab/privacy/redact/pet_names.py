"""A pet's name is no person's: "unser Hund Bello", "Hund: „Bruno“", "Mein Hund heißt Rex".

Owners name their animals like people (Bruno, Lotte, Max, Luna), and the name rules take
such a word for a person's. A pet's name identifies no one, and the independent writers of
the labelled sets never marked one (0 of 25 pet names in the sets fresh18 to fresh88, 10 of
them tagged before). So a name of one word stays where the answer says an animal bears it,
in an answer about keeping one (the dog tax, its tag, the vet, a lost or a barking animal):

* after one's own animal: "mein Hund Bello", "unser Kater „Mogli“", "unserem Blindenhund
  Arko";
* after the animal, its breed or a colon, in quotes or as a note's field: "Hund: Bello",
  "Hund: Labrador „Bruno“", "Hund "Bruno"";
* as what one's animal is called: "Mein Hund heißt Bruno", "Unser Dackel hieß Waldi", "Hund
  heißt Rex" opening a sentence;
* after "hört auf den Namen" with the animal earlier in the same clause ("Beagle, hört auf den
  Namen Lotte"; not "Unser Hund hört auf Sabine, meine Frau": whom the dog obeys).

A user-and-attacker review of session 34 found the first reading too loose, and a person is a
name again where an animal word is said of people or stands beside them: "Der Nachbar mit
dem Dackel heißt Krause", "Der Hund Meier vom Ordnungsamt", "Mein Hase Jonas (3)", "Morgen
führt den Hund Lisa aus", "Die Malteser Jana und Tim", "Der Hund hört auf Lotte und meine
Frau hört auf Sabine", "Dr Hase Thomas"; a second review, children called "Naschkatze Lena",
"Schmusekater Tobias" and a gate of word pieces ("kleine" held "leine", "Quartier" "tier").
Session 35: an animal's sex before the name ("Hündin Ronja", "der Rüde Bruno"), not where an
office follows ("Der alte Kater Müller vom Amt").
"""

from __future__ import annotations

import regex

__all__ = ["pet_name"]

# dogs by their work, never a person's word ("Schulhund Schnuffi", "Blindenhund Arko")
_WORKING_DOG = (
    r"Schulhund|Bürohund|Besuchshund|Kitahund|Therapiehund|Blindenhund|Assistenzhund"
)
# animals kept as pets and common breeds; not those said of people ("Hase", "Esel", "Mops",
# "Papagei" as endearments or insults), surnames ("Vogel", "Fuchs") or services ("Malteser")
_ANIMAL = (
    r"(?:Hund|Hündin|Rüde|Welpe|Katze|Kater|Kätzchen|Pferd|Stute|Wallach|Pony|Kaninchen|"
    r"Meerschweinchen|Hamster|Wellensittich|Kanarienvogel|Schildkröte|Dackel|Labrador|"
    r"Schäferhund|Mischling|Beagle|Terrier|Pudel|Collie|Husky|Chihuahua|Retriever|"
    r"Bernhardiner|Vierbeiner|Fellnase|Stubentiger"
    # a few compounds, the working and the family ones ("Blindenhund Arko"; not "Naschkatze",
    # "Schmusekater", "Spürhund", "Wachhund": said of children and people too)
    rf"|{_WORKING_DOG}|Begleithund|Rettungshund|Hütehund|Hofhund|"
    r"Familienhund|Zweithund|Hofkatze|Wohnungskatze)"
)
_OWN = (
    r"(?:[Mm]ein|[Mm]eine|[Mm]einem|[Mm]einen|[Mm]einer|[Uu]nser|[Uu]nsere|[Uu]nserem|"
    r"[Uu]nseren|[Uu]nserer|[Mm]ei|[Ii]hr|[Ii]hre|[Ii]hrem|[Ss]ein|[Ss]eine|[Ss]einem)"
)
_QUOTE = r"[„\"»‚'“]"
_BEFORE = regex.compile(
    rf"""(?:
        # "mein Hund Bello", "unserem alten Kater Mogli"
        (?<![\p{{L}}]){_OWN}\x20+(?:\p{{Ll}}+\x20+)?{_ANIMAL}\x20*:?\x20*{_QUOTE}?
        # "Hund: Bello", "Hund: Labrador „Bruno“", "Hund "Bruno""
      | (?<![\p{{L}}]){_ANIMAL}\x20*(?::\x20*(?:{_ANIMAL}\x20*,?\x20*)?{_QUOTE}?|\x20*{_QUOTE})
        # an animal's sex or work, no person's word: "Hündin Ronja", "der Rüde Bruno", "Kater
        # Momo", "& Schulhund Schnuffi" (after an article or none: "der alte Rüde Günther",
        # "so ein Rüde" call a person so)
      | (?:^|(?<=[^\p{{L}}\x20]\x20{{0,3}})|(?<=(?<![\p{{L}}])(?:[Dd]er|[Dd]ie|[Dd]en|für|von)\x20))
        (?:Hündin|Rüde|Kater|Stute|Wallach|{_WORKING_DOG})\x20+{_QUOTE}?
        # "Mein Hund heißt Bruno", "Der Dackel hieß übrigens Waldi": the animal the subject
      | (?:(?<![\p{{L}}])(?:{_OWN}|[Dd]er|[Dd]ie|[Dd]as)\x20+(?:\p{{Ll}}+\x20+)?
           # or the note's subject: "… / Mischling, heißt Kaiser", "Schwarzer Labrador, heißt …"
           |(?<=[.!?:\n/]\x20{{0,3}})(?:\p{{Lu}}\p{{Ll}}+er\x20+)?)
        {_ANIMAL},?\x20+(?:heißt|hieß|heisst|hiess)\x20+(?:(?:jetzt|übrigens|nur|einfach|auch)\x20+)?{_QUOTE}?
      | (?<![\p{{L}}])hört\x20+auf\x20+den\x20+Namen\x20+{_QUOTE}?
    )$""",
    regex.VERSION1 | regex.VERBOSE,
)
# the animal earlier in the clause of "hört auf den Namen": "Beagle, hört auf den Namen Lotte"
# (not "Der Hund … und meine Frau hört auf den Namen …": a new subject between)
_ANIMAL_IN_CLAUSE = regex.compile(
    rf"(?<![\p{{L}}]){_ANIMAL}(?![\p{{L}}])[^.!?\n;]{{0,40}}$", regex.VERSION1
)
_NEW_SUBJECT = regex.compile(r"\b(?:und|oder|aber)\b", regex.VERSION1)
# an answer about keeping an animal
_KEEPING = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_WORKING_DOG}|"
    r"hundesteuer\p{L}*|\p{L}*steuermarke|hundemarke|tierheim\p{L}*|"
    r"tierarzt\p{L}*|tierärzt\p{L}*|chipnummer|mikrochip|gassi\p{L}*|hundehalter\p{L}*|"
    r"tierhalter\p{L}*|rasse|futter|entlaufen|zugelaufen|gebell|bellt|bellen|kotbeutel\p{L}*|"
    r"welpen?|tierschutz\p{L}*|haustier\p{L}*|hund|hunde|hündin|katze|katzen|kater|dackel|"
    r"beagle|pfoten?)(?![\p{L}])|[🐶🐕🐱🐈🐾]"
)
_A_PERSON_AFTER = regex.compile(
    r"\x20+(?:vom|von\x20+der|aus\x20+dem|beim)\x20+(?:Stadt|\p{L}*(?:amt|rathaus|verwaltung|"
    r"behörde|polizei|büro|stelle))(?![\p{L}])"
    # or a person in apposition: "den Kater Klaus, einen alten Mann" (not "Waldi, ein
    # richtiger Loriot-Hund")
    r"|\x20*,\x20*(?:ein|eine|einen|einem|einer)\x20+(?:\p{Ll}+\x20+)?(?:Mann|Frau|Herr|Herrn|"
    r"Typ|Kerl|Nachbar\p{L}*|Kolleg\p{L}*|Rentner\p{L}*)(?![\p{L}])",
    regex.VERSION1,
)
_ONE_WORD = regex.compile(r"\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?", regex.VERSION1)


def pet_name(text: str, start: int, end: int) -> bool:
    """Tell a one-word name right after an animal that bears it (see the module text)."""
    if _ONE_WORD.fullmatch(text, start, end) is None:
        return False
    before = text[max(0, start - 60) : start]
    found = _BEFORE.search(before)
    if found is None or _KEEPING.search(text) is None:
        return False
    if _A_PERSON_AFTER.match(text, end) is not None:
        return False  # "Der alte Kater Müller vom Amt", "den Kater Klaus, einen alten Mann"
    if found.group().startswith("hört"):
        clause = before[: found.start()]
        animal = _ANIMAL_IN_CLAUSE.search(clause)
        return animal is not None and _NEW_SUBJECT.search(animal.group()) is None
    return True
