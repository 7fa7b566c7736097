"""Cells of a table pasted into an answer, under a header that names personal data.

Staff paste exports and lists into free-text fields: a header line ("Name;Vorname;Geb.;
Straße", "| Name | Geburtsdatum |", "name,email,stadtteil", tab-separated from a
spreadsheet) and rows below it, or a list of "label;value" lines ("Nachname;Wüstholz").
The header says what each cell is, so a cell under "Vorname" is a name whether or not any
name list knows it ("KRAUTTER;SIMONE;Zell"), a cell under "Geb." or "Jahrgang" a date of
birth, a cell under "ID" or "Ticket-ID" with four digits or more a case's number. Only the
cells under such headers are taken, and only when the cell looks like what its header
says (a phone number has digits, an address a house number, a name is no sentence and no
common noun: "Kinder" under "Bewohner" stays); the rest of a row (the district, the
request) stays.

A header is a line of two or more fields (three or more with commas, which prose uses
too) split by ``;``, a tab, ``|`` or ``,``, at least one of them a personal label
(:func:`_kind_of`). With commas every label must be short and two of them known. The rows
are the lines after it (blank lines right after the header skipped) split by the same
sign into two fields or more; more fields than columns belong to the last column, fewer
fill the first ones. A Markdown table's ``|---|`` line is skipped; the table ends at the
first line without the sign. The rules run first, on the text as pasted, before any other
rule joins cells across a tab or a line.
"""

from __future__ import annotations

from functools import lru_cache, partial

import regex

from esslingen_lab.privacy.redact.casing import name_case
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

__all__ = ["TABLE_RULES", "table_cell_spans"]

_DELIMITERS = (";", "\t", "|", ",")

# a column label (lower case, brackets, gender endings and stars removed) and its tag
_LABELS = (
    ("NAME", regex.compile(
        r"(?:(?:vor|nach|zu|familien|ruf|first|last|family|full|given|sur)[\s\-]?)?name[n]?"
        r"|vorname,?\s+(?:nach)?name|(?:nach)?name,?\s+vorname|vor-\s+und\s+(?:zu|nach)name"
        r"|firstname|lastname|surname|melder|meldende[r]?|antragsteller|halter"
        r"|kontoinhaber|teilnehmer|ansprechpartner|kontaktperson|sachbearbeiter|unterschrift"
        r"|patient|bewohner|mieter|eigentümer|inhaber|kind|name des kindes|elternteil"
        r"|erziehungsberechtigte[r]?")),
    ("DATUM", regex.compile(
        r"geb\.?|geboren(?:\s+am)?|geb\.?\s*am|geb\.?[\s\-]*dat(?:um|\.)?|geburts(?:datum|tag|jahr|d\.)"
        r"|dob|date[\s_]*of[\s_]*birth|birth[\s_]*date|birthday|geburts_datum|jahrgang|jg\.?")),
    ("ADRESSE", regex.compile(
        r"(?:straße|strasse|str\.?)(?:\s*(?:[/+,&]|und)?\s*(?:haus)?(?:nr\.?|nummer))?"
        r"|adresse|anschrift|wohnadresse|wohnanschrift|address|street(?:\s+address)?"
        r"|home\s+address|postanschrift")),
    ("TELEFON", regex.compile(
        r"(?:tel\.?|telefon|handy|mobil|mobiltelefon|telephone|phone|festnetz|rückruf)"
        r"(?:[\s.\-]*(?:nr\.?|nummer|number|privat|mobil))*")),
    ("EMAIL", regex.compile(r"e?[\s\-]?mail(?:[\s\-]*(?:adresse|address))?|emailadresse")),
    ("KFZ", regex.compile(
        r"(?:kfz[\s\-]*|amtl\.?\s*)?kennz(?:eichen|\.)?|nummernschild|license\s+plate|plate|kfz")),
    ("IBAN", regex.compile(r"iban(?:[\s\-]*nr\.?)?|kontonr\.?|kontonummer|bankverbindung")),
    ("KONTAKT", regex.compile(r"kontakt|contact|erreichbar(?:keit)?|kontaktdaten")),
    # a case's, a ticket's or a customer's number ("Ticket-ID;Datum;Melder", "| ID | Erstellt
    # |"); not a running number ("Nr.", "Lfd. Nr.")
    ("ID", regex.compile(
        r"id|ticket[\s\-]?(?:id|nr\.?|nummer)?|vorgang(?:s[\s\-]?(?:nr\.?|nummer))?|aktenzeichen|az\.?"
        r"|kunden[\s\-]?(?:nr\.?|nummer)|mitglieds[\s\-]?(?:nr\.?|nummer)"
        r"|personal[\s\-]?(?:nr\.?|nummer)|versicherten[\s\-]?(?:nr\.?|nummer)|steuer[\s\-]?id")),
)
_BRACKET = regex.compile(r"\s*\([^()]*\)")
_GENDER = regex.compile(r"(?:/-?in|\*in|:in|_in|\(in\))(?:nen)?$")
_DASHES = str.maketrans({"‑": "-", "–": "-", "—": "-", "\u00a0": " "})

# other columns of an export, known only to tell a header with commas from prose
_COLUMNS = frozenset(
    "id nr nr. lfd. datum date created zeit uhrzeit ort wohnort stadtteil ortsteil plz "
    "bezirk anliegen text wunsch kategorie category thema betreff kommentar nachricht "
    "message status kanal channel betrag summe alter geschlecht ticket ticket-id "
    "bemerkung bemerkungen".split()
)
# what a cell under a personal header may say that is no one's data
_NO_VALUE = frozenset(
    "- – — / ? k.a. k. a. ka keine keiner kein unleserlich unbekannt anonym n/a na none "
    "leer ohne x herr frau".split()
)
_TITLE = regex.compile(r"(?:(?:Frau|Herrn?|Hr\.|Fr\.|Dr\.|Prof\.)\x20+)+")
_NAME_LINKS = frozenset("und & u. von van de der den di da del dos du ten ter zu al el".split())
_PLATE = regex.compile(r"(?i)\p{L}{1,3}[\s\-]+\p{L}{1,2}[\s\-]*\d{1,4}[eh]?")
# a date of birth: day, month and year, an ISO date, eight digits, "3. April 1990", a year
_BIRTH_DATE = regex.compile(
    r"\d{1,2}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*\d{2,4}|\d{4}\s*[\-/]\s*\d{1,2}\s*[\-/]\s*\d{1,2}"
    r"|\d{8}|\d{1,2}\.?\s*\p{L}{3,}\.?\s*\d{2,4}|(?:19|20)\d\d"
)
# a year is no ticket's number ("ID | Datum\n2024 | …")
_YEAR = regex.compile(r"(?:19|20)\d\d")
# office hours and dates are no phone numbers: "Mo-Fr 08:00-12:00", "12.03.2024"
_NOT_A_PHONE = regex.compile(r"\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}")
# a street and its house number ("Ulmer Str. 160", "Keplerstr. 7"); not "B10", "Tempo 30"
_STREET_NUMBER = regex.compile(
    r"(?!(?i:tempo|linie|zone|gleis|bus|raum|zimmer|kilometer|km)\b)"
    r"\p{L}{3,}[\p{L}.\-\x20]*?\x20*\d{1,4}\x20?[a-zA-Z]?(?:\x20?[/\-]\x20?\d{1,4})?\b"
)
# labels that name a person's name (a noun in their column is a surname: "Wurster");
# under "Name" alone a thing may be named ("Name;Typ\nNeckar;Fluss")
_NAME_LABELS = regex.compile(
    r"(?:vor|nach|zu|familien|ruf|first|last|family|given|sur)[\s\-]?name[n]?"
    r"|vorname,?\s+(?:nach)?name|(?:nach)?name,?\s+vorname|vor-\s+und\s+(?:zu|nach)name"
    r"|firstname|lastname|surname|kontoinhaber|melder|meldende[r]?|antragsteller"
    r"|unterschrift|kontaktperson|sachbearbeiter|erziehungsberechtigte[r]?"
)
# a compound naming a place, a body or a service ("Merkelpark", "Stadtseniorenrat")
_PLACE_ENDINGS = tuple(
    "park platz schule straße strasse weg rat zentrum halle bad amt büro treff treffs "
    "verein kirche markt bibliothek bücherei kita gymnasium realschule gruppe team dienst "
    "beratung stelle portal app vorstadt viertel siedlung".split()
    # (not -haus, -hof, -garten: Neuhaus, Baumgarten)
)
_MAX_LABEL_WORDS = 4
_MAX_CELL_WORDS = 6


def _normal(label: str) -> str:
    """Return a label in lower case without brackets, stars, gender endings ("…/in")."""
    label = _BRACKET.sub("", label.translate(_DASHES).lower())
    label = " ".join(label.strip().strip("*:_\"'#").strip().split())
    return _GENDER.sub("", label).strip()


def _surname_label(label: str) -> bool:
    """Tell "Nachname", "Vor- und Zuname", "Kontoinhaber": the column holds a person's name."""
    return _NAME_LABELS.fullmatch(_normal(label)) is not None


@lru_cache(maxsize=4096)
def _kind_of(label: str) -> str | None:
    """Return the tag of a column label ("Tel./Mobil" → TELEFON), or None."""
    label = _normal(label)
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    parts = [label] + [p.strip() for p in regex.split(r"\s*[/+&]\s*|\s+und\s+", label)]
    for part in parts:
        for kind, pattern in _LABELS:
            if pattern.fullmatch(part):
                return kind
    return None


def _fields(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Split one line into (start, end) spans of its fields.

    A double quote opens a quoted field only at the field's start (the inch sign of a
    "27-inch" monitor is no quote); inside, the delimiter belongs to the field.
    """
    spans = []
    start = 0
    quoted = False
    for k, char in enumerate(line):
        if char == '"':
            if not quoted and not line[start:k].strip():
                quoted = True
            elif quoted and (k + 1 == len(line) or line[k + 1:].lstrip(" ")[:1] in (delimiter, "")):
                quoted = False
        elif char == delimiter and not quoted:
            spans.append((start, k))
            start = k + 1
    spans.append((start, len(line)))
    if delimiter == "|":  # "| Name | Geb. |": the outer bars open and close the row
        if spans and not line[slice(*spans[0])].strip():
            spans = spans[1:]
        if spans and not line[slice(*spans[-1])].strip():
            spans = spans[:-1]
    return spans


def _label_text(text: str) -> str:
    return " ".join(text.strip().strip("*:_\"'").strip().lower().split())


def _header(line: str) -> tuple[str, list[str | None], list[bool]] | None:
    """Return the header's delimiter, each column's tag and whether it names a person.

    The tag is None for a column that is not personal; a column named "Nachname" or
    "Kontoinhaber" names a person by its label.
    """
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        fields = _fields(line, delimiter)
        if fields and not line[slice(*fields[-1])].strip():
            fields = fields[:-1]  # "Name;Vorname;Ort;": a trailing sign
        if len(fields) < (3 if delimiter == "," else 2):
            continue
        labels = [_label_text(line[a:b]) for a, b in fields]
        kinds = [_kind_of(line[a:b]) for a, b in fields]
        if not any(kinds):
            continue
        if delimiter == ",":
            # prose lists labels too ("Name, Adresse und so"); an export's header is labels only
            if not all(labels) or any(
                len(label.split()) > _MAX_LABEL_WORDS or label[-1:] in "!?." for label in labels
            ):
                continue
            if sum(k is not None or label in _COLUMNS for k, label in zip(
                kinds, labels, strict=True
            )) < 2:
                continue
        return delimiter, kinds, [_surname_label(line[a:b]) for a, b in fields]
    return None


def _separator(line: str) -> bool:
    """Tell a Markdown table's rule line: "|---|:---:|"."""
    return bool(line.strip()) and set(line.strip()) <= set("|-:+ \t")


def _looks_like(kind: str, value: str, *, surname_column: bool = False) -> str | None:
    """Return the tag for a cell that looks like what its header says, else None."""
    digits = sum(ch.isdigit() for ch in value)
    if kind == "KONTAKT":
        if "@" in value or "(at)" in value.lower():
            return "EMAIL"
        if digits >= 5:
            return None if _NOT_A_PHONE.search(value) else "TELEFON"
        return "NAME" if _name_cell(value) else None
    if kind == "TELEFON":
        return kind if digits >= 5 and not _NOT_A_PHONE.search(value) else None
    if kind == "DATUM":
        return kind if _BIRTH_DATE.fullmatch(value.strip()) else None
    if kind == "ADRESSE":
        return kind if _STREET_NUMBER.search(value) else None
    if kind == "EMAIL":
        return kind if "@" in value or "(at)" in value.lower() or " at " in value else None
    if kind == "KFZ":
        return kind if _PLATE.fullmatch(value.strip()) else None
    if kind == "IBAN":
        return kind if digits >= 10 else None
    if kind == "ID":  # four digits or more in one piece or a few: "48213", "WG-3301/25"
        return kind if digits >= 4 and len(value.split()) <= 3 and not _NOT_A_PHONE.search(
            value
        ) and not _YEAR.fullmatch(value.strip()) else None
    return kind if _name_cell(value, surname_column=surname_column) else None


def _name_cell(value: str, *, surname_column: bool = False) -> bool:
    """Tell a cell that may be a person's name: no digit, no sentence, no common noun.

    "Erwachsene", "Stadtbücherei", "Merkelpark", "Telefonisch", "Alle", "Mein Name ist egal"
    and "beides geht" are not; "KRAUTTER", "anna lutz", "Nadine und Kevin Brückner-Yilmaz"
    may be. In a ``surname_column`` (a column labelled "Nachname", or any name column of a
    row that holds a first name) a noun is taken as a surname ("Wurster", "Specht"); a word
    the dictionary has in lower case only ("Schnell", "Alle") is still none.
    """
    words = [w.strip(".,;:()\"'") for w in value.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_CELL_WORDS or any(ch.isdigit() for ch in value):
        return False
    lex = lexicon()
    words = [name_case(w) if w.isupper() else w for w in words]
    # a first name makes the cell a name: "Walz, Ursula" (though "Walz" is a noun too)
    with_first_name = any(lex.is_first_name(w, ambiguous=True) for w in words)
    for word in words:
        if word.lower() in _NAME_LINKS:
            continue
        if word[:1].islower():
            capital = word[:1].upper() + word[1:]
            if lex.is_lower_word(word) and not (capital in FIRST_NAMES or lex.is_any_name(capital)):
                return False  # "warum braucht man das", "beides geht"
            continue
        listed = word in FIRST_NAMES or lex.is_any_name(word)
        lemma = lex.german.get(word) or lex.german.get(word.lower()) or ""
        if lemma[:1].islower() and not listed:
            return False  # "Telefonisch", "Alle", "Hallo": a word German writes in lower case
        if with_first_name or surname_column:
            continue  # "Walz, Ursula"; "Wurster" under "Nachname"
        if lemma[:1].isupper() and not (listed and lemma == word) or word.lower().endswith(
            _PLACE_ENDINGS
        ):
            return False  # "Erwachsene", "Kinder", "Merkelpark" (not "Fuchs", "Koch")
    return True


def _cell(kind: str, line: str, a: int, b: int, *, surname_column: bool = False):
    """Return (tag, start, end) within the line of a personal cell, or None."""
    cell = line[a:b]
    value = cell.strip().strip('"').strip()
    if not value or value.lower() in _NO_VALUE or value.startswith("[") and value.endswith("]"):
        return None
    if kind in ("NAME", "KONTAKT"):  # "Frau Weber": the title stays readable
        title = _TITLE.match(value)
        if title is not None and title.end() < len(value):
            value = value[title.end() :]
    tag = _looks_like(kind, value, surname_column=surname_column)
    if tag is None:
        return None
    start = a + cell.index(value)
    return tag, start, start + len(value)


def _first_name_in(cell: str) -> bool:
    lex = lexicon()
    for word in cell.replace(",", " ").split():
        word = word.strip(".;:()\"'")
        if word.isupper():
            word = word[:1] + word[1:].lower()
        if lex.is_first_name(word, ambiguous=True):
            return True
    return False


def _pair(line: str):
    """Return (kind, fields) of a "label;value" line ("Nachname;Wüstholz"), or None."""
    for delimiter in (";", "\t", "|"):
        if delimiter in line:
            fields = _fields(line, delimiter)
            if len(fields) == 2:
                label, value = (line[a:b] for a, b in fields)
                kind = _kind_of(label)
                if kind is not None and _kind_of(value) is None and (
                    _label_text(value) not in _COLUMNS
                ):
                    return kind, fields
            return None
    return None


@lru_cache(maxsize=32)
def _cells(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every personal cell of every table in ``text``: (tag, start, end)."""
    found: list[tuple[str, int, int]] = []
    lines = text.split("\n")
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    pairs: dict[int, object] = {}  # each line read at most once as "label;value"

    def pair_at(j: int):
        if j not in pairs:
            pairs[j] = _pair(lines[j])
        return pairs[j]

    k = 0
    while k < len(lines):
        line = lines[k]
        pair = pair_at(k) if len(line) <= 300 else None
        if pair is not None and (k + 1 < len(lines) and pair_at(k + 1) is not None or (
            k and pair_at(k - 1) is not None
        )):
            # a list of "label;value" lines: the label is the header of its own line
            kind, ((la, lb), (a, b)) = pair
            cell = _cell(kind, line, a, b, surname_column=_surname_label(line[la:lb]))
            if cell is not None:
                found.append((cell[0], offsets[k] + cell[1], offsets[k] + cell[2]))
            k += 1
            continue
        header = _header(line) if len(line) <= 300 else None
        k += 1
        if header is None:
            continue
        delimiter, kinds, surnames = header
        blank = 0
        while k < len(lines) and not lines[k].strip("\r \t") and blank < 2:
            k += 1  # blank lines between the header and its rows
            blank += 1
        while k < len(lines):
            line = lines[k]
            if delimiter == "|" and _separator(line):
                k += 1
                continue
            fields = _fields(line, delimiter)
            if len(fields) < 2:
                break
            if len(fields) > len(kinds):
                # more signs than columns: the rest is the last column's free text
                fields = fields[: len(kinds) - 1] + [(fields[len(kinds) - 1][0], len(line))]
            # a first name in a name column makes every name column of the row a name
            named = any(
                kind == "NAME" and _first_name_in(line[a:b])
                for kind, (a, b) in zip(kinds, fields, strict=False)
            )
            for kind, surname, (a, b) in zip(kinds, surnames, fields, strict=False):
                if kind is None:
                    continue
                cell = _cell(kind, line, a, b, surname_column=surname or named)
                if cell is not None:
                    found.append((cell[0], offsets[k] + cell[1], offsets[k] + cell[2]))
            k += 1
    return tuple(found)


def table_cell_spans(text: str, kind: str):
    """Yield (start, end) of the cells tagged ``kind`` in the tables of ``text``."""
    if "\n" not in text:
        return
    for cell_kind, start, end in _cells(text):
        if cell_kind == kind:
            yield start, end


# a line with a field sign, then another line: the cheapest sign of a table
_TABLE_GATE = regex.compile(r"[;|\t,][^\n]*\n")

#: one rule per tag; they share one reading of the text (``_cells`` is cached)
TABLE_RULES = [
    _Rule(kind, None, gate=_TABLE_GATE, gate_on_raw=True,
          finder=partial(table_cell_spans, kind=kind), name=f"table-{kind.lower()}",
          trusted=True)
    for kind in ("NAME", "DATUM", "ADRESSE", "TELEFON", "EMAIL", "KFZ", "IBAN", "ID")
]
