"""The learned steps, as rules: they run after every rule and read what the rules left.

First the learned name model (:mod:`esslingen_lab.privacy.learned`) takes the names it is
sure of that no rule's cue found ("lg jonas", "der nico"). Then the learned judges, trusted
(their spans may hold a rule's tag): phrases around one person ("die alte Dame aus dem
Erdgeschoss, die …"; :mod:`~esslingen_lab.privacy.learned_descriptions`), health words
("…, er hat Krebs"; :mod:`~esslingen_lab.privacy.learned_health`), what goes on from a health
tag ("[GESUNDHEIT] und zittert stark"; :mod:`~esslingen_lab.privacy.health_continuation`)
and homes ("[ADRESSE], die Tür mit dem blauen Laden";
:mod:`~esslingen_lab.privacy.learned_address`). Last, the words in a person's slot the rules
left ("der Bolle vom Jugendhaus"; :mod:`~esslingen_lab.privacy.learned_nicknames`).
"""

from __future__ import annotations

from esslingen_lab.privacy import health_continuation
from esslingen_lab.privacy.learned import learned_name_spans
from esslingen_lab.privacy.learned_address import learned_address_spans, may_hold_homes
from esslingen_lab.privacy.learned_descriptions import learned_description_spans
from esslingen_lab.privacy.learned_health import learned_health_spans, may_hold_candidates
from esslingen_lab.privacy.learned_nicknames import learned_nickname_spans
from esslingen_lab.privacy.learned_nicknames import may_hold_candidates as may_hold_nicknames
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = [
    "ADDRESS_LEARNED_RULE",
    "DESCRIPTION_RULE",
    "HEALTH_CONTINUED_RULE",
    "HEALTH_LEARNED_RULE",
    "LEARNED_RULE",
    "NICKNAME_LEARNED_RULE",
]

LEARNED_RULE = _Rule("NAME", None, finder=learned_name_spans, name="name-learned",
                     trusted=False)  # fmt: skip
DESCRIPTION_RULE = _Rule("BESCHREIBUNG", None, finder=learned_description_spans,
                         name="description-learned", trusted=True)  # fmt: skip
HEALTH_LEARNED_RULE = _Rule("GESUNDHEIT", None, admit=may_hold_candidates,
                            finder=learned_health_spans, name="health-learned", trusted=True)
HEALTH_CONTINUED_RULE = _Rule("GESUNDHEIT", None, admit=health_continuation.may_hold_candidates,
                              finder=health_continuation.continued_health_spans,
                              name="health-continued", trusted=True)  # fmt: skip
ADDRESS_LEARNED_RULE = _Rule("ADRESSE", None, admit=may_hold_homes, trusted=True,
                             finder=learned_address_spans, name="address-learned")
NICKNAME_LEARNED_RULE = _Rule("NAME", None, admit=may_hold_nicknames, trusted=False,
                              finder=learned_nickname_spans, name="nickname-learned")
