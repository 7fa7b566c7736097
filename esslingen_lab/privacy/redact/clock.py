"""A time limit per answer: an answer whose redaction runs too long is withheld, not waited for.

Pattern rules pass a timeout to the ``regex`` module; finder rules run their own code and the
standard library's ``re``, which take none. One crafted answer that makes a finder backtrack
would stall a whole batch (a report, a workshop's wall). The clock arms an interval timer
of the process's CPU time (``ITIMER_VIRTUAL``, signal ``SIGVTALRM``: other programs on a busy
machine do not count) before each answer; when it rings, :class:`AnswerTimeout` is raised
inside the running rule (the interpreter and ``re`` check for signals while they work) and
the answer is withheld as ``[TEXT ENTFERNT]``.

The limit grows with the answer's length: about 30 µs a character is usual (0.1 s for 3,000
characters), the limit allows 0.2 ms a character on top of 10 s. The word lists and
lexicons the rules load on first use (about 5 s) are loaded before the first answer's clock
starts (``redactor._warm_up`` redacts :data:`WARM_UP_TEXTS` once per process), so no answer
pays for them. The clock only runs in a
process's main thread on systems with ``signal.setitimer`` (not Windows), and never when
someone else's alarm handler or timer is set; there the rules run without it.
"""

from __future__ import annotations

import signal
import threading

__all__ = ["AnswerClock", "AnswerTimeout", "WARM_UP_TEXTS"]

#: invented answers that make the rules load what they load on first use (names, lexicons,
#: health terms, places): redacted once per process before any clock runs
WARM_UP_TEXTS = (
    "Frau Weber (Jg. 58) wohnt in der Kiesstr. 23/2 in Zell, Tel. 0711 123456, "
    "anna.weber@web.de, www.weber-zell.de, @anna_kocht auf Instagram.",
    "Mein Vater hat seit dem Schlaganfall Pflegegrad 3; der einzige Hausarzt, der in "
    "Berkheim noch Hausbesuche macht, kommt nicht. Diagnose: Diabetes",
    "Viele Grüße\nJürgen Maisch, ES-AB 123, IBAN DE89 3704 0044 0532 0130 00, Kundennr. "
    "12345, geb. 03.09.1952",
    "wir wohnen im gelben haus neben der kirche in sirnau, null sieben eins eins drei vier, "
    "dr Toni vom Bauamt und HERR MÜLLER, die Hausmeisterin der Realschule in Liebersbronn",
    "My husband has dementia. Benim annem hasta. Der Laden heißt MARTHA.",
)

#: seconds every answer may take, and seconds more per character
BASE_SECONDS = 10.0
SECONDS_PER_CHAR = 0.0002


class AnswerTimeout(TimeoutError):
    """One answer's redaction ran past its time limit."""


def _ring(signum, frame):
    raise AnswerTimeout("an answer's redaction ran past its time limit")


class AnswerClock:
    """Arm a timer per answer within a ``with`` block (see the module's notes)."""

    def __init__(self):
        self.usable = False
        self._previous = None

    def __enter__(self):
        if (
            hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGVTALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
            and signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0
        ):
            self._previous = signal.signal(signal.SIGVTALRM, _ring)
            self.usable = True
        return self

    def start(self, n_chars: int) -> None:
        """Give the next answer of ``n_chars`` characters its time."""
        if self.usable:
            signal.setitimer(signal.ITIMER_VIRTUAL, BASE_SECONDS + n_chars * SECONDS_PER_CHAR)

    def stop(self) -> None:
        """Disarm the timer (the answer is done)."""
        if self.usable:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)

    def __exit__(self, *exc) -> None:
        if self.usable:
            self.stop()
            signal.signal(signal.SIGVTALRM, self._previous)
            self.usable = False
