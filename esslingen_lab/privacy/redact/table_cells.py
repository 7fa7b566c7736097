"""Cells of a table pasted into an answer, under a header that names personal data.

Staff paste exports and lists into free-text fields: a header line ("Name;Vorname;Geb.;
Straße", "| Name | Geburtsdatum |", "name,email,stadtteil") and rows below it. The header
says what each cell is, so a cell under "Vorname" is a name whether or not any name list
knows it ("KRAUTTER;SIMONE;Zell"), a cell under "Geb." a date of birth, one under
"Kennzeichen" a plate. Only the cells under such headers are taken; the rest of a row
(the district, the request) stays.

A header is a line of two or more fields (three or more with commas, which prose uses
too) split by ``;``, a tab, ``|`` or ``,``, every field a short label and at least one of
them a personal one (:data:`_HEADERS`). The rows are the lines right after it split by
the same sign into at least as many fields (with commas, any more belong to the last
column, the free text); a Markdown table's ``|---|`` line is skipped; the table ends at
the first other line.
"""

from __future__ import annotations

from functools import lru_cache, partial

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["TABLE_RULES", "table_cell_spans"]

_DELIMITERS = (";", "\t", "|", ",")

# header labels (lower case, without ":" and "*") and the tag their cells get
_HEADERS = {
    "NAME": (
        "name", "namen", "vorname", "nachname", "familienname", "name, vorname",
        "vorname, name", "nachname, vorname", "vor- und nachname", "vorname nachname",
        "melder", "melderin", "meldender", "meldende", "antragsteller", "antragstellerin",
        "halter", "halterin", "kontoinhaber", "kontoinhaberin", "teilnehmer", "teilnehmerin",
        "ansprechpartner", "ansprechpartnerin", "unterschrift", "patient", "patientin",
        "bewohner", "bewohnerin", "mieter", "mieterin", "eigentümer", "eigentümerin",
        "kind", "name des kindes", "erziehungsberechtigte", "erziehungsberechtigter",
        "first name", "last name", "full name", "surname", "given name",
    ),
    "DATUM": (
        "geb", "geb.", "geboren", "geburtsdatum", "geburtstag", "geb.-datum", "geb.datum",
        "geb.-dat.", "geburtsd.", "dob", "date of birth", "birthday", "birth date",
    ),
    "ADRESSE": (
        "straße", "strasse", "str.", "straße/nr.", "straße und hausnummer",
        "straße, hausnummer", "adresse", "anschrift", "wohnadresse", "wohnanschrift",
        "address", "street", "home address",
    ),
    "TELEFON": (
        "tel", "tel.", "telefon", "telefonnummer", "tel.-nr.", "tel.nr.", "mobil",
        "mobilnummer", "handy", "handynummer", "rückrufnummer", "festnetz", "phone",
        "mobile", "phone number",
    ),
    "EMAIL": ("e-mail", "email", "mail", "e-mail-adresse", "mailadresse", "emailadresse"),
    "KFZ": ("kennzeichen", "kfz-kennzeichen", "kfz", "amtl. kennzeichen", "kennz.", "plate"),
    "IBAN": ("iban", "bankverbindung", "kontonummer"),
    # told by the cell: an e-mail address or a phone number
    "KONTAKT": ("kontakt", "contact", "erreichbar", "kontaktdaten", "rückruf"),
}
_KIND_OF = {label: kind for kind, labels in _HEADERS.items() for label in labels}
# other columns of an export, known only to tell a header with commas from prose
_COLUMNS = frozenset(
    "id nr nr. lfd. nr. datum date created zeit uhrzeit ort stadtteil ortsteil plz bezirk "
    "anliegen text wunsch kategorie category thema betreff kommentar nachricht message "
    "status kanal channel betrag summe alter geschlecht ticket ticket-id".split()
)
# what a cell under a personal header may say that is no one's data
_NO_VALUE = frozenset(
    "- – — / ? k.a. k. a. ka keine keiner kein unleserlich unbekannt anonym n/a na none "
    "leer ohne x herr frau".split()
)
_TITLE = regex.compile(r"(?:(?:Frau|Herrn?|Hr\.|Fr\.|Dr\.|Prof\.)\x20+)+")
_MAX_LABEL_WORDS = 4
_MAX_CELL_WORDS = 8


def _fields(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Split one line into (start, end) spans of its fields; double quotes hold a field."""
    spans = []
    start = 0
    quoted = False
    for k, char in enumerate(line):
        if char == '"':
            quoted = not quoted
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


def _label(text: str) -> str:
    return " ".join(text.strip().strip("*:_\"'").strip().lower().split())


def _header(line: str) -> tuple[str, list[str | None]] | None:
    """Return the header's delimiter and each column's tag (None: not personal)."""
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        fields = _fields(line, delimiter)
        if len(fields) < (3 if delimiter == "," else 2):
            continue
        labels = [_label(line[a:b]) for a, b in fields]
        if not all(labels) or any(
            len(label.split()) > _MAX_LABEL_WORDS or label[-1:] in "!?" for label in labels
        ):
            continue
        kinds = [_KIND_OF.get(label) for label in labels]
        if delimiter == "," and sum(
            kind is not None or label in _COLUMNS for kind, label in zip(kinds, labels, strict=True)
        ) < 2:
            continue  # "Name, Adresse und so": prose lists labels too; an export names more
        if any(kinds):
            return delimiter, kinds
    return None


def _separator(line: str) -> bool:
    """Tell a Markdown table's rule line: "|---|:---:|"."""
    return bool(line.strip()) and set(line.strip()) <= set("|-:+ \t")


@lru_cache(maxsize=256)
def _cells(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every personal cell of every table in ``text``: (tag kind, start, end)."""
    found: list[tuple[str, int, int]] = []
    lines = text.split("\n")
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    k = 0
    while k < len(lines):
        header = _header(lines[k]) if len(lines[k]) <= 300 else None
        k += 1
        if header is None:
            continue
        delimiter, kinds = header
        while k < len(lines):
            line = lines[k]
            if delimiter == "|" and _separator(line):
                k += 1
                continue
            fields = _fields(line, delimiter)
            if len(fields) < len(kinds):
                break
            if len(fields) > len(kinds):
                if delimiter != ",":
                    break
                # more commas than columns: the rest is the last column's free text
                fields = fields[: len(kinds) - 1] + [(fields[len(kinds) - 1][0], len(line))]
            for kind, (a, b) in zip(kinds, fields, strict=True):
                if kind is None:
                    continue
                cell = line[a:b]
                value = cell.strip().strip('"').strip()
                if not value or value.lower() in _NO_VALUE or value.startswith("[") and (
                    value.endswith("]")
                ) or len(value.split()) > _MAX_CELL_WORDS:
                    continue
                if kind == "KONTAKT":
                    if "@" in value:
                        kind = "EMAIL"
                    elif sum(ch.isdigit() for ch in value) >= 5:
                        kind = "TELEFON"
                    else:
                        continue
                if kind == "NAME":  # "Frau Weber": the title stays readable
                    title = _TITLE.match(value)
                    if title is not None and title.end() < len(value):
                        value = value[title.end() :]
                start = offsets[k] + a + cell.index(value)
                found.append((kind, start, start + len(value)))
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
    for kind in ("NAME", "DATUM", "ADRESSE", "TELEFON", "EMAIL", "KFZ", "IBAN")
]
