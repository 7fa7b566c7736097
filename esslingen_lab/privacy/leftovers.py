"""What redaction may have left in a quote: name-like words read in context, telling shapes.

The redactor decides word by word whether a capitalised word is a name; a surname that is
also a dictionary word ("Vogel", "Maurer") or written in capitals or in lower case slips
through. The quote review (:mod:`esslingen_lab.privacy.review`) reads the same words once
more, looking at the place they stand in: a word where a person is meant ("<X> vom
Ordnungsamt", "Grüße an <X>", "OB <X>", "ihr Mann <X>"), a name in capitals or in lower case,
a description that singles out one person ("der Hausmeister der Grundschule"). Words in a
place's position ("Bahrenfelder Str.", "in Sirnau") count as no name. It also looks for the
shapes of numbers (in digits or in words), birth years, licence plates, user names and house
numbers, and for phrases that single someone out without a name: a health detail beside the
person it is about ("mein Vater … ist dement"), how a person looks or what they always do
("die Studentin mit den grünen Haaren", "der Fahrer, der morgens …"), the way to a home
("wohne hinterm …, das gelbe Haus") and a first name or pet name after an article ("die
Moni"), a person tied to one shop or business ("der Typ vom Kiosk am Bahnhof", "ich hab
die Werkstatt in der …"). Redaction tags (``[NAME]``, ``[GESUNDHEIT]``, …) are read as removed data.
The readings live in :mod:`~esslingen_lab.privacy.leftover_names`,
:mod:`~esslingen_lab.privacy.leftover_shapes`, :mod:`~esslingen_lab.privacy.leftover_phrases`
and :mod:`~esslingen_lab.privacy.leftover_ties`.

:func:`leftover_signals` returns ``(reason key, weight)`` pairs; the reasons' texts live in
the review's catalogue. Nothing here knows a particular name: only word lists of the
redactor (roles, offices, institutions, first names, the German dictionary) and shapes.
"""

from __future__ import annotations

import math

from esslingen_lab.privacy.leftover_names import _TOKEN, lower_case_names, name_weights
from esslingen_lab.privacy.leftover_phrases import one_person_told, phrase_signals
from esslingen_lab.privacy.leftover_shapes import shape_weights
from esslingen_lab.privacy.leftover_ties import business_ties

__all__ = ["leftover_signals"]


def leftover_signals(text: str) -> list[tuple[str, float]]:
    """Reasons why a redacted quote may still name or single out someone.

    Parameters
    ----------
    text : str
        A quote as it would be shown (already redacted).

    Returns
    -------
    list of (str, float)
        Reason keys of the review's catalogue (``names``, ``slot``, ``capitals``,
        ``lower_case``, ``number``, ``describes``, ``birth_year``, ``old_date``, ``plate``,
        ``handle``, ``address``, ``health``, ``appearance``, ``home``, ``nickname``,
        ``business``) and each one's weight.
    """
    tokens = _TOKEN.findall(text)
    names, slots, capitals, describes = name_weights(tokens, text)
    found = []
    for key, weights in (("names", names), ("slot", slots), ("capitals", capitals),
                         *shape_weights(text, tokens).items()):  # fmt: skip
        if weights:
            found.append((key, round(1 - math.prod(1 - w for w in weights), 3)))
    lower = lower_case_names(tokens, text)
    if lower:
        found.append(("lower_case", round(1 - 0.65**lower, 3)))
    if describes or one_person_told(text):
        found.append(("describes", 0.3))
    if business_ties(text):
        found.append(("business", 0.3))
    return found + phrase_signals(text, tokens)
