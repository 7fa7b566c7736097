"""German and English texts of the workshop pages (German is the default).

Two catalogues of the one shape (:class:`esslingen_lab.i18n.Catalogue`): :data:`TEXTS` for
the participant page and the projector, :data:`REASONS` for refused actions, keyed by
:class:`~esslingen_lab.workshop.errors.Reason`. Look texts up with ``TEXTS.text(key, lang)``.
"""

from __future__ import annotations

from esslingen_lab.i18n import LANGUAGES, Catalogue
from esslingen_lab.workshop.errors import Reason

__all__ = ["LANGUAGES", "TEXTS", "REASONS", "reason_text"]

TEXTS = Catalogue("workshop.i18n", {
    "de": {
        "switch_language": "English",
        "join_title": "Willkommen! Bitte den Workshop-Code eingeben.",
        "code_placeholder": "Code, z. B. ABC123",
        "join": "Teilnehmen",
        "anonymous": "Ihre Abstimmung ist anonym: Niemand sieht, wer wie abgestimmt hat.",
        "joined": "Sie sind dabei! ✓",
        "intro": "Verteilen Sie Ihre {total} Punkte mit + und − auf die Vorschläge, die Ihnen "
                 "am wichtigsten sind. Wenn Sie möchten, bewerten Sie auch Wirkung und "
                 "Aufwand (1 = gering, 5 = hoch). Zum Schluss unten auf „Stimmen abgeben“ "
                 "tippen.",
        "less": "einen Punkt weniger",
        "more": "einen Punkt mehr",
        "counted": "Ihre Stimmen wurden gezählt.",
        "resume_hint": "Mit diesem Link können Sie Ihre Stimmen später noch ändern:",
        "resume_link": "Mein persönlicher Abstimmungs-Link",
        "waiting": "Sobald die Moderation die Abstimmung öffnet, erscheinen hier die "
                   "Vorschläge. Sie müssen nichts tun: Die Seite aktualisiert sich von selbst.",
        "remaining": "Verbleibende Punkte: {n} von {total}",
        "max_per_item": "höchstens {n} Punkte pro Vorschlag",
        "dots": "Punkte",
        "impact": "Wirkung",
        "effort": "Aufwand",
        "rating_hint": "1 = gering, 5 = hoch (freiwillig)",
        "submit": "Stimmen abgeben",
        "update": "Stimmen ändern",
        "saved": "Gespeichert ({time}). Sie können Ihre Stimmen ändern, bis die Runde endet.",
        "unsaved": "Noch nicht gespeichert — bitte auf „Stimmen abgeben“ tippen.",
        "closed": "Diese Abstimmungsrunde ist beendet. Vielen Dank fürs Mitmachen!",
        "error": "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.",
        "results_title": "Ergebnisse",
        "participation": "{ballots} Stimmzettel abgegeben · {participants} Teilnehmende · "
                         "{dots} Punkte vergeben",
        "rank": "Platz",
        "item": "Vorschlag",
        "no_round": "Noch keine Abstimmungsrunde vorbereitet.",
        "status_open": "Abstimmung läuft",
        "status_closed": "Abstimmung beendet",
        "status_draft": "Abstimmung in Vorbereitung",
        "matrix_title": "Wirkung und Aufwand (Mittelwerte)",
        "matrix_empty": "Noch keine Bewertungen von Wirkung und Aufwand.",
        "no_access": "Kein Zugang: Diese Seite braucht den Link mit dem Schlüssel.",
        "join_here": "Mitmachen mit dem Handy: QR-Code scannen oder Link öffnen",
        "code_label": "Workshop-Code",
        "auto_refresh": "Diese Seite aktualisiert sich alle paar Sekunden von selbst.",
        "quick_wins": "viel Wirkung, wenig Aufwand",
        "big_bets": "viel Wirkung, viel Aufwand",
        "impact_axis": "Wirkung (1 = gering, 5 = hoch)",
        "effort_axis": "Aufwand (1 = gering, 5 = hoch)",
    },
    "en": {
        "switch_language": "Deutsch",
        "join_title": "Welcome! Please enter the workshop code.",
        "code_placeholder": "Code, e.g. ABC123",
        "join": "Join",
        "anonymous": "Your vote is anonymous: nobody sees who voted how.",
        "joined": "You are in! ✓",
        "intro": "Spread your {total} dots with + and − over the proposals that matter most "
                 "to you. If you like, also rate impact and effort (1 = low, 5 = high). "
                 "Finally tap “Cast my votes” at the bottom.",
        "less": "one dot less",
        "more": "one dot more",
        "counted": "Your votes have been counted.",
        "resume_hint": "Use this link to change your votes later:",
        "resume_link": "My personal voting link",
        "waiting": "The proposals appear here as soon as the facilitator opens the vote. "
                   "No need to do anything: this page updates itself.",
        "remaining": "Dots left: {n} of {total}",
        "max_per_item": "at most {n} dots per proposal",
        "dots": "dots",
        "impact": "Impact",
        "effort": "Effort",
        "rating_hint": "1 = low, 5 = high (optional)",
        "submit": "Cast my votes",
        "update": "Change my votes",
        "saved": "Saved ({time}). You can change your votes until the round closes.",
        "unsaved": "Not saved yet — please tap “Cast my votes”.",
        "closed": "This voting round has closed. Thank you for taking part!",
        "error": "Sorry, that did not work. Please try again.",
        "results_title": "Results",
        "participation": "{ballots} ballots cast · {participants} participants · "
                         "{dots} dots given",
        "rank": "Rank",
        "item": "Proposal",
        "no_round": "No voting round prepared yet.",
        "status_open": "Voting open",
        "status_closed": "Voting closed",
        "status_draft": "Voting being prepared",
        "matrix_title": "Impact and effort (means)",
        "matrix_empty": "No impact and effort ratings yet.",
        "no_access": "No access: this page needs the link with its key.",
        "join_here": "Join on your phone: scan the QR code or open the link",
        "code_label": "Workshop code",
        "auto_refresh": "This page refreshes itself every few seconds.",
        "quick_wins": "high impact, low effort",
        "big_bets": "high impact, high effort",
        "impact_axis": "Impact (1 = low, 5 = high)",
        "effort_axis": "Effort (1 = low, 5 = high)",
    },
})

REASONS = Catalogue("workshop.i18n.reasons", {
    "de": {
        Reason.INVALID_CODE: "Dieser Workshop-Code ist nicht gültig. Bitte prüfen Sie die "
                             "Schreibweise (Buchstaben und Ziffern).",
        Reason.INVALID_TOKEN: "Dieser persönliche Link ist nicht (mehr) gültig. Bitte treten "
                              "Sie mit dem Workshop-Code neu bei.",
        Reason.NOT_AUTHORISED: "Kein Zugang: Diese Seite braucht den Moderationslink.",
        Reason.NO_OPEN_ROUND: "Gerade ist keine Abstimmung geöffnet.",
        Reason.ROUND_CLOSED: "Diese Abstimmungsrunde ist beendet; Änderungen sind nicht mehr "
                             "möglich.",
        Reason.TOO_MANY_DOTS: "Sie haben mehr Punkte verteilt, als Ihnen zustehen.",
        Reason.TOO_MANY_ON_ITEM: "Auf einen Vorschlag passen nicht so viele Punkte.",
        Reason.INVALID_RATING: "Bewertungen gehen von 1 bis 5.",
        Reason.UNKNOWN_ITEM: "Die Vorschläge haben sich geändert. Bitte laden Sie die Seite neu.",
        Reason.TEXT_TOO_LONG: "Der Text ist zu lang. Bitte kürzen.",
        Reason.EMPTY_TEXT: "Bitte einen Text eingeben.",
        Reason.NOT_FOUND: "Das gewählte Element gibt es nicht mehr. Bitte neu laden.",
        Reason.NOTHING_TO_UNDO: "Es gibt nichts rückgängig zu machen.",
        Reason.INVALID_VALUE: "Die Eingabe passt nicht. Bitte prüfen.",
    },
    "en": {
        Reason.INVALID_CODE: "This workshop code is not valid. Please check the spelling "
                             "(letters and digits).",
        Reason.INVALID_TOKEN: "This personal link is not valid (any more). Please join again "
                              "with the workshop code.",
        Reason.NOT_AUTHORISED: "No access: this page needs the facilitator link.",
        Reason.NO_OPEN_ROUND: "No voting round is open right now.",
        Reason.ROUND_CLOSED: "This voting round has closed; changes are no longer possible.",
        Reason.TOO_MANY_DOTS: "You have spent more dots than you have.",
        Reason.TOO_MANY_ON_ITEM: "That is too many dots for one proposal.",
        Reason.INVALID_RATING: "Ratings go from 1 to 5.",
        Reason.UNKNOWN_ITEM: "The proposals have changed. Please reload the page.",
        Reason.TEXT_TOO_LONG: "The text is too long. Please shorten it.",
        Reason.EMPTY_TEXT: "Please enter a text.",
        Reason.NOT_FOUND: "The chosen element no longer exists. Please reload.",
        Reason.NOTHING_TO_UNDO: "There is nothing to undo.",
        Reason.INVALID_VALUE: "The input does not fit. Please check it.",
    },
})


def reason_text(reason, language: str = "de") -> str:
    """Return the friendly message for a refused action; a generic one for unknown reasons."""
    return REASONS.get_text(reason, language, TEXTS.text("error", language))
