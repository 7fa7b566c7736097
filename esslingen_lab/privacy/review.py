"""Privacy risk of a quote and the decisions a person took on risky quotes.

Redaction is a safety net; a quote that still looks risky (a capitalised word that could be
a name, a long number, "the only …", family details) is listed for a person to approve, edit
or drop, and the decision is stored so that the next run reuses it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import regex

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.errors import InputError
from esslingen_lab.i18n import LANGUAGES, Catalogue
from esslingen_lab.privacy.redact import TAGS
from esslingen_lab.privacy.redact.redactor import WITHHELD

__all__ = [
    "DECISIONS",
    "QUOTE_REVIEW_FILE",
    "QUOTE_DECISIONS_FILE",
    "REVIEW_THRESHOLD",
    "QuoteDecisions",
    "ReviewCounts",
    "quote_review_counts",
    "review_counts",
    "review_table",
    "waiting_quotes",
    "risk_reasons",
    "risk_score",
]

#: What a person can decide on a quote.
DECISIONS = ("approve", "edit", "drop")
#: File name of a run's reviewed quotes (``esslingen-lab quotes review … --run <folder>``).
QUOTE_REVIEW_FILE = "quote_review.csv"
#: Decisions file a report reads from the survey's folder (``quotes review --decisions``).
QUOTE_DECISIONS_FILE = "quote_decisions.csv"
_COLUMNS = ["key", "decision", "text", "risk", "decided_at"]
_REVIEW_COLUMNS = ["quote", "risk", "needs_review", "decision", "shown"]

REVIEW_TEXT = Catalogue.from_pairs(
    "privacy.review",
    {
        "tag": (
            "Redaktion hat hier schon etwas ersetzt (Platzhalter wie [NAME]); daneben steht "
            "oft noch mehr",
            "redaction already replaced something here (placeholders such as [NAME]); more "
            "often stands beside it",
        ),
        "number": ("lange Zahl oder Nummer (Telefon-, Kunden- oder Aktennummer?)", "long number"),
        "only": ("„der/die einzige …“ kann auf eine bestimmte Person zeigen", "the only one"),
        "family": ("nennt Familie oder Nachbarn („meine Tochter“)", "family or neighbours"),
        "circumstances": (
            "persönliche Umstände (Krankheit, Wohnung, Geburt, Arbeitslosigkeit …)",
            "personal circumstances",
        ),
        "names": ("Wort, das ein Name sein könnte", "possible names"),
        "slot": (
            "Wort an der Stelle eines Namens („… vom Bauamt“, „Grüße an …“, „OB …“)",
            "word where a person's name stands (“… from the office”, “thanks to …”)",
        ),
        "capitals": ("Name in Großbuchstaben", "name in capital letters"),
        "lower_case": ("kleingeschriebener Name", "name in lower case"),
        "describes": (
            "beschreibt eine bestimmte Person („der Hausmeister der …“)",
            "describes one particular person (“the caretaker of …”)",
        ),
        "birth_year": ("Geburtsjahr", "year of birth"),
        "old_date": (
            "genaues Datum aus einem Jahr vor 2010 (Geburtstag oder Lebensdaten?)",
            "exact date of a year before 2010 (birthday or a step in someone's life?)",
        ),
        "plate": ("Kfz-Kennzeichen", "licence plate"),
        "handle": ("Nutzername in sozialen Medien", "social media user name"),
        "address": ("Adresse mit Hausnummer", "address with house number"),
        "health": (
            "Gesundheit einer Person („mein Vater ist dement“)",
            "a person's health (“my father has dementia”)",
        ),
        "appearance": (
            "beschreibt Aussehen oder Gewohnheiten einer Person („die mit der Brille“)",
            "describes how a person looks or what they always do (“the one with glasses”)",
        ),
        "home": (
            "Weg zur Wohnung einer Person („wohne hinterm …, das gelbe Haus“)",
            "how to find someone's home (“I live behind …, the yellow house”)",
        ),
        "nickname": (
            "Vorname oder Spitzname („die Moni“, „der Jogi“)",
            "first name or nickname (“die Moni”, “der Jogi”)",
        ),
        "business": (
            "verbindet eine Person mit einem bestimmten Laden, Betrieb, Verein oder ihrer Straße "
            "(„der Typ vom Kiosk am Bahnhof“, „ich habe die Werkstatt in der …“)",
            "ties a person to one shop, business, club or street (“the guy from the kiosk at "
            "the station”, “I run the workshop in …”)",
        ),
        "learned": (
            "Wörter, die ein gelerntes Modell für personenbezogen hält",
            "words a learned model takes for personal data",
        ),
        "redactor": (
            "Redaktion findet noch personenbezogene Daten (die automatische Schwärzung "
            "würde hier noch etwas ersetzen)",
            "redaction still finds personal data",
        ),
        "markup": (
            "enthält HTML, Formelzeichen ($) oder Wörter in eckigen Klammern, die Text "
            "verändern oder verstecken können",
            "holds HTML, formula signs ($) or words in square brackets that can change or "
            "hide what is shown",
        ),
        "markup_hides": (
            "ohne HTML/Formelzeichen findet die Redaktion personenbezogene Daten",
            "without the HTML/formula signs, redaction finds personal data",
        ),
    },
)

#: Weight of a redaction tag: the threshold itself, so a quote in which redaction replaced
#: anything waits for a person. Where one personal detail was written, others stand beside
#: it more often than anywhere else (session 19: of the redacted answers still holding part
#: of a labelled string, 206 of 359 were held back with 0.15 and 314 with the threshold on
#: the writer sets fresh19-fresh28; on that session's held-out fresh29/fresh30, scored after
#: the choice, 58 of 90 and 82 of 89); the person also sees a word removed by mistake.
#: Quotes without any personal data rarely hold a tag (1.2 % of the Bonn survey's answers, 8.5 % of
#: Ottensen's, 1.0 % of the demo's without planted data).
TAG_WEIGHT = REVIEW_THRESHOLD
#: A tag in a text a person has seen (their own edit): evidence of data nearby, no more.
SEEN_TAG_WEIGHT = 0.15

# the tags redaction writes; other capitals in brackets ("[KRAMER]") are text to check
_TAG = regex.compile("|".join(regex.escape(tag) for tag in (*TAGS.values(), WITHHELD)))
_NOT_A_TAG = regex.compile(r"\[(?P<v>[^\W\d_][^\[\]]{0,60})\]")

_SIGNALS = [
    (_TAG, TAG_WEIGHT, "tag"),
    (
        regex.compile(r"(?i)\b(?:einzige[nrms]?|einzigste[nr]?|only\s+one)\b"),
        0.3,
        "only",
    ),
    (
        regex.compile(
            r"(?i)\b(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer)\s+"
            r"(?:Mann|Frau|Sohn|Tochter|Kind|Kinder|Enkel|Enkelin|Nachbar|Nachbarin|Mutter|"
            r"Vater|Kollege|Kollegin|Chef|Chefin|Vermieter|Vermieterin|Schwester|Bruder)\b"
        ),
        0.1,
        "family",
    ),
    (
        regex.compile(
            r"(?i)\b(?:ich\s+wohne|wohne\s+ich|wir\s+wohnen|hausnummer|geboren|jahrgang|"
            r"diagnose|krankheit|erkrank\w*|behinderung|rollstuhl|schwanger\w*|arbeitslos|"
            r"bürgergeld|hartz|asyl\w*|geflüchtet\w*|scheidung|pflegegrad)\b"
        ),
        0.2,
        "circumstances",
    ),
]


_MARKUP = regex.compile(r"<[^<>]{1,80}>|\$|\\[()\[\]]")


def risk_reasons(text, *, language: str | None = None,
                 seen: bool = False) -> list[tuple[str, float]]:
    """Why a (redacted) quote may still identify someone, with each reason's weight.

    The redactor's own evidence counts: personal data it still finds in the quote (a quote
    shown without redaction, or edited back in). So does what it may have missed
    (:func:`esslingen_lab.privacy.leftovers.leftover_signals`): name-like words read in
    their context — where a person is meant ("<X> vom Bauamt", "Grüße an <X>", "OB <X>"),
    in capitals or in lower case, not in a place's position — and the shapes of phone
    numbers, birth years, licence plates, user names and house numbers. A learned word
    scorer (:mod:`esslingen_lab.privacy.learned`) adds one reason when a word left in the
    quote looks like a name, number or date to it (skipped when its weights are missing).

    Parameters
    ----------
    text : str
    language : {"de", "en"} or None, default=None
        Language of the reasons; None gives both ("German / English").
    seen : bool, default=False
        True for a text a person has just written or edited: its redaction tags (``[NAME]``
        …) are then only evidence of data nearby (weight 0.15), not by themselves a reason
        to hold it back; everything else counts as always.

    Returns
    -------
    list of (str, float)
    """
    if not isinstance(text, str) or not text.strip():
        return []
    from esslingen_lab.privacy.leftovers import leftover_signals
    from esslingen_lab.privacy.redact import redact_text

    found = []
    for pattern, weight, reason in _SIGNALS:
        if reason == "tag" and seen:
            weight = SEEN_TAG_WEIGHT
        hits = len(pattern.findall(text))
        if hits:
            found.append((reason, 1 - (1 - weight) ** hits))
    found += leftover_signals(text)
    found += _learned(text)
    if redact_text(text) != text:
        found.append(("redactor", 0.6))
    # "Frau $K$rämer", "Herr <b>Müller</b>", "Frau [KRAMER]": signs that split or bracket a
    # name hide it from redaction (which leaves anything looking like its tags alone)
    plain = _NOT_A_TAG.sub(
        lambda m: m.group() if _TAG.fullmatch(m.group()) else m.group("v"), _MARKUP.sub("", text)
    )
    if plain != text:
        found.append(("markup", 0.15))
        if redact_text(plain) != plain:
            found.append(("markup_hides", 0.6))
    return [(_reason(key, language), weight) for key, weight in found]


def _learned(text: str) -> list[tuple[str, float]]:
    """Return the learned word scorer's reason, if any (none without its weights file)."""
    from esslingen_lab.privacy import learned

    return [("learned", learned.REVIEW_WEIGHT)] if learned.review_words(text) else []


def _reason(key: str, language: str | None) -> str:
    if language is None:
        return " / ".join(REVIEW_TEXT.text(key, lang) for lang in LANGUAGES)
    return REVIEW_TEXT.text(key, language)


def risk_score(text, *, seen: bool = False) -> float:
    """Privacy risk of a quote between 0 (nothing left to worry about) and 1.

    The reasons of :func:`risk_reasons` are combined as independent chances
    (``1 - prod(1 - weight)``); a redacted quote without any scores 0. A quote holding a
    redaction tag scores at least the review threshold, unless a person has just written it
    (``seen=True``, see :func:`risk_reasons`).

    Examples
    --------
    >>> risk_score("Die Online-Terminvergabe ist super.")
    0.0
    >>> risk_score("Die einzige Hebamme hier, Tel. 0711 1234567") > 0.5
    True
    """
    keep = 1.0
    for _, weight in risk_reasons(text, seen=seen):
        keep *= 1 - weight
    return round(1 - keep, 3)


def quote_key(text: str) -> str:
    """Key of a quote in the decisions file: sha256 of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(str(text).split()).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class QuoteDecisions:
    """Decisions on quotes (approve, edit with a new text, drop), kept in a CSV file.

    Only the quote's hash is stored, never its text; an edited quote stores the new text a
    person approved, redacted (it is shown instead of the quote, so it must be kept, and
    never in clear).

    Parameters
    ----------
    path : str or Path
        The decisions file (created on :meth:`save`).
    """

    path: Path

    def __post_init__(self):
        self.path = Path(self.path)
        self._rows: dict[str, dict] = {}
        if self.path.exists():
            self._load()

    def _load(self):
        import pandas as pd

        try:
            table = pd.read_csv(self.path, dtype=str, keep_default_na=False)
        except (ValueError, OSError, UnicodeDecodeError) as exc:
            raise InputError(f"Entscheidungsdatei nicht lesbar / unreadable: {exc}",
                             file=self.path) from None  # fmt: skip
        missing = [c for c in ("key", "decision") if c not in table.columns]
        if missing:
            raise InputError(
                f"Spalte/column '{missing[0]}' fehlt — keine Entscheidungsdatei / not a "
                "decisions file",
                file=self.path,
            )
        for row_number, row in enumerate(table.to_dict("records"), start=2):
            if row["decision"] not in DECISIONS:
                raise InputError(
                    f"Entscheidung/decision '{row['decision']}' unbekannt — erlaubt: "
                    f"{', '.join(DECISIONS)}",
                    file=self.path,
                    row=row_number,
                    column="decision",
                )
            self._rows[row["key"]] = {c: row.get(c, "") for c in _COLUMNS}

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, quote: str) -> dict | None:
        """Return the stored decision on ``quote`` (dict with ``decision``, ``text``) or None."""
        return self._rows.get(quote_key(quote))

    def decide(self, quote: str, decision: str, text: str | None = None) -> None:
        """Record a decision; ``edit`` needs the new ``text``, which is stored redacted.

        Raises
        ------
        ValueError
            An unknown decision, or an edit without a new text or with the quote's own
            text (an unchanged edit is no decision).
        """
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {DECISIONS}, not {decision!r}")
        if decision == "edit":
            if not (text or "").strip():
                raise ValueError("an edited quote needs its new text")
            from esslingen_lab.privacy.redact import redact_text

            text = redact_text(text)
            if quote_key(text) == quote_key(quote):
                raise ValueError("an edit that leaves the quote unchanged is no decision")
        self._rows[quote_key(quote)] = {
            "key": quote_key(quote),
            "decision": decision,
            "text": text if decision == "edit" else "",
            "risk": f"{risk_score(quote):.3f}",
            "decided_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }

    def table(self):
        """Return the decisions as a DataFrame (key, decision, text, risk, decided_at)."""
        import pandas as pd

        return pd.DataFrame(list(self._rows.values()), columns=_COLUMNS)


def review_table(quotes, decisions: QuoteDecisions | None = None, *,
                 threshold: float = REVIEW_THRESHOLD):
    """Score quotes and apply stored decisions.

    Parameters
    ----------
    quotes : iterable of str
        Quotes as they would be shown (already redacted).
    decisions : QuoteDecisions, optional
    threshold : float, default=0.3
        Quotes with a risk at or above it need a decision before they are shown.

    Returns
    -------
    pandas.DataFrame
        One row per quote: ``quote``, ``risk``, ``needs_review``, ``decision``
        (approve/edit/drop, or empty), ``shown`` (the text to show; empty when dropped or
        still waiting for a decision).
    """
    import pandas as pd

    rows = []
    for quote in quotes:
        quote = "" if quote is None else str(quote)
        risk = risk_score(quote)
        needs = risk >= threshold
        stored = decisions.get(quote) if decisions is not None else None
        decision = stored["decision"] if stored else ""
        if decision == "drop":
            shown = ""
        elif decision == "edit":
            # redacted when decided; again here for files written before that rule
            shown = _redacted(stored["text"])
        elif decision == "approve" or not needs:
            shown = quote
        else:
            shown = ""  # waiting for a person: not shown
        rows.append(
            {"quote": quote, "risk": risk, "needs_review": needs, "decision": decision,
             "shown": shown}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["quote", "risk", "needs_review", "decision", "shown"])


def _redacted(text: str) -> str:
    from esslingen_lab.privacy.redact import redact_text

    return redact_text(text) if str(text).strip() else ""


def waiting_quotes(table):
    """Rows of a :func:`review_table` at or above the threshold that nobody decided on yet."""
    return table[table["needs_review"] & (table["decision"] == "")]


@dataclass(frozen=True)
class ReviewCounts:
    """How many quotes a review showed, decided and held back.

    Attributes
    ----------
    quotes : int
        Quotes scored.
    shown : int
        Quotes shown: below the threshold, approved or edited.
    needs_review : int
        Quotes at or above the risk threshold.
    reviewed : int
        Quotes with a person's decision (approved + edited + dropped).
    approved, edited, dropped : int
        Decisions by kind.
    pending : int
        Quotes at or above the threshold still waiting for a decision (not shown).
    """

    quotes: int
    shown: int
    needs_review: int
    reviewed: int
    approved: int
    edited: int
    dropped: int
    pending: int

    def as_dict(self) -> dict:
        """Return the counts as a plain dict (for a manifest or a report table)."""
        return asdict(self)


def review_counts(table) -> ReviewCounts:
    """Count shown, reviewed, approved, edited and dropped quotes of a review table.

    Parameters
    ----------
    table : pandas.DataFrame
        The result of :func:`review_table` (or the file it was written to, read back).

    Returns
    -------
    ReviewCounts

    Examples
    --------
    >>> review_counts(review_table(["Die Online-Terminvergabe ist super."])).shown
    1
    """
    decision = table["decision"].fillna("").astype(str)
    needs = table["needs_review"].astype(str).str.lower().isin(["true", "1"])
    shown = table["shown"].fillna("").astype(str).str.strip() != ""
    counts = {kind: int((decision == kind).sum()) for kind in DECISIONS}
    return ReviewCounts(
        quotes=len(table),
        shown=int(shown.sum()),
        needs_review=int(needs.sum()),
        reviewed=sum(counts.values()),
        approved=counts["approve"],
        edited=counts["edit"],
        dropped=counts["drop"],
        pending=int((needs & (decision == "")).sum()),
    )


def quote_review_counts(path) -> ReviewCounts | None:
    """Return the counts of the quote review stored in a run's output folder.

    Parameters
    ----------
    path : str or Path
        A run's output folder (holding :data:`QUOTE_REVIEW_FILE`, written by
        ``esslingen-lab quotes review QUOTES --decisions FILE --run FOLDER``) or that file.

    Returns
    -------
    ReviewCounts or None
        None when the folder holds no review (no quotes were reviewed for this run).

    Raises
    ------
    InputError
        The file exists but is no review table (names the file and the missing column).
    """
    import pandas as pd

    path = Path(path)
    file = path / QUOTE_REVIEW_FILE if path.is_dir() else path
    if not file.exists():
        return None
    try:
        table = pd.read_csv(file, dtype=str, keep_default_na=False)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Zitatprüfung nicht lesbar / quote review unreadable: {exc}",
                         file=file) from None  # fmt: skip
    missing = [c for c in _REVIEW_COLUMNS if c not in table.columns]
    if missing:
        raise InputError(
            f"Spalte/column '{missing[0]}' fehlt — keine Zitatprüfung / not a quote review "
            "(esslingen-lab quotes review … --run)",
            file=file,
        )
    return review_counts(table)
