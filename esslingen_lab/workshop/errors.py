"""Errors of the workshop apps: one class with a machine-readable reason.

Apps translate the reason into a friendly German or English message; the CLI prints ``str()``.
"""

from __future__ import annotations

import enum

from esslingen_lab.errors import EsslingenLabError


class Reason(str, enum.Enum):
    """Why a workshop action was refused; apps and tests match on these, not on text."""

    INVALID_NAME = "invalid_name"
    UNKNOWN_WORKSHOP = "unknown_workshop"
    SCHEMA_TOO_NEW = "schema_too_new"
    INVALID_CODE = "invalid_code"
    INVALID_TOKEN = "invalid_token"
    NOT_AUTHORISED = "not_authorised"
    NO_OPEN_ROUND = "no_open_round"
    ROUND_CLOSED = "round_closed"
    TOO_MANY_DOTS = "too_many_dots"
    TOO_MANY_ON_ITEM = "too_many_on_item"
    INVALID_RATING = "invalid_rating"
    UNKNOWN_ITEM = "unknown_item"
    TEXT_TOO_LONG = "text_too_long"
    EMPTY_TEXT = "empty_text"
    NOT_FOUND = "not_found"
    INVALID_STATE = "invalid_state"
    NOTHING_TO_UNDO = "nothing_to_undo"
    INVALID_VALUE = "invalid_value"


class WorkshopError(EsslingenLabError):
    """A workshop action cannot be carried out (bad code, closed round, too many dots ...).

    Parameters
    ----------
    reason : Reason
        Machine-readable reason; apps map it to a localised message.
    message : str
        One sentence for the CLI and logs; never contains respondent text or tokens.
    """

    def __init__(self, reason: Reason, message: str):
        self.reason = Reason(reason)
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message
