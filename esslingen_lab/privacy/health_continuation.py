"""What the ``health-continued`` step weighs: the words that go on from a health tag.

The health rules tag a condition and stop at the end of its statement as they read it:
"Mein Bruder [GESUNDHEIT] und kann keine Bücher mehr halten", "[GESUNDHEIT] und zittert
stark", "Ich ([NAME]) [GESUNDHEIT] bekommen". What follows often tells the same health detail
on (a symptom, what the person can no longer do), and often it does not ("[GESUNDHEIT] und
braucht einen barrierefreien Zugang zum Bürgeramt", "[GESUNDHEIT], und wir checken jeden
Morgen die App"). This module cuts what follows each ``[GESUNDHEIT]`` tag into pieces and
describes each; the step (:class:`ContinuationModel`, run after ``health-learned`` as
:mod:`esslingen_lab.privacy.redact.learned_steps` orders it) grows a tag over its pieces
outwards while each is judged part of the detail (:data:`REDACT_LOG_ODDS`,
:data:`MAIN_CLAUSE_LOG_ODDS`; weights ``esslingen_lab/data/learned_health_continued.npz``,
written by ``benchmarks/train_health_continued.py``, cross-validated by
``benchmarks/cv_health_continued.py``):

- **a piece** runs from the tag (or the previous piece) to the next comma, "und", "oder" or
  "aber", at most :data:`MAX_WORDS` words (a longer one ends the chain); a sentence's end,
  any line break, a colon, a dash, a bracket, a bullet or any other sign ends the chain
  (an abbreviation's dot does not: "z.B.", "bzw."); the words before another tag belong to
  neither ("[GESUNDHEIT] sitzt mein Vater [GESUNDHEIT]" gives no piece);
- **its features** (:func:`features`): how it opens (a comma, "und", nothing), its first,
  second and last words, whether its first word is a new subject ("und wir …", "und die
  Schule …"), its words, a health word, a negation, its length, what ends it, and the word
  before the tag. Not its place in the chain: a second pass over the step's output sees the
  first piece it refused right after the grown tag, and judges it the same way.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.health_candidates import _health_word
from esslingen_lab.privacy.learned import read_weights
from esslingen_lab.privacy.linear_weights import LinearWeights, Piece, merge_overlaps

__all__ = [
    "MAX_WORDS",
    "TAG",
    "ContinuationModel",
    "Piece",
    "candidates",
    "chosen_spans",
    "continuation_model",
    "continued_health_spans",
    "features",
    "may_hold_candidates",
    "weights_path",
]

#: log-odds above which a piece opening with a comma or a conjunction is taken: probability
#: 0.3, below the other learned steps' 0.5. What such a piece tells on of a health detail is
#: health data too (special category data, GDPR art. 9), and a new clause ("und wir brauchen
#: einen Pflegeplatz") weighs far below either
REDACT_LOG_ODDS = math.log(0.3 / 0.7)
#: a piece right after the tag (no comma, no conjunction) is the main clause after a health
#: phrase put first, and often the answer's point ("weil [GESUNDHEIT] brauch ich einen
#: Parkplatz"): probability 0.5, as the other learned steps
MAIN_CLAUSE_LOG_ODDS = 0.0

TAG = "[GESUNDHEIT]"
MAX_WORDS = 14  # a longer piece is no candidate and ends the chain

# abbreviations are one word ("z.B.", "z. B.", "bzw.", "ca."): their dot ends nothing; every
# line break is a token of its own, and every other sign but a comma ends the chain
_ABBREVIATION = (r"\w{1,3}(?:\.\w{1,3})+\.?|\b\w\. \w\.(?!\w)|"
                 r"(?i:bzw|ca|usw|evtl|ggf|ggfs|etc|inkl|vgl|bspw|sog|dr|nr|std|min|tel|str|"
                 r"jan|feb|mär|apr|aug|sep|sept|okt|nov|dez)\.(?!\w)")  # fmt: skip
_LINE_BREAKS = "\n\r\v\f\x85\u2028\u2029"
_LINE_BREAK = frozenset(_LINE_BREAKS)
_TOKEN = re.compile(f"[{_LINE_BREAKS}]|" + r"\[[A-Z][A-Z\-]*\]|" + _ABBREVIATION
                    + r"|\w+(?:[-'’]\w+)*|[^\w\s]")  # fmt: skip
_OPENERS = frozenset("und ond oder aber sowie plus".split())
_SUBJECTS = frozenset(
    "ich i er sie es wir ihr du man die der das des dem den dies diese dieser dieses mein "
    "meine meinem meinen meiner unser unsere unserem unseren unserer sein seine ihre jetzt "
    "dann da deshalb deswegen".split()
)  # a new clause's first word ("und wir …", "und die Schule …", "und deshalb …")
_NEGATIONS = frozenset("nicht net ned kein keine keinen keiner keinem kaum nix nichts nimmer "
                       "nie niemals".split())  # fmt: skip


def may_hold_candidates(features) -> bool:
    """Tell a text that holds a health tag (the step reads nothing else)."""
    return TAG in features.text


def candidates(text: str) -> list[list[Piece]]:
    """Return each health tag's chain of pieces after it (empty chains left out)."""
    if TAG not in text:
        return []
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    chains = []
    for i, (token, _, _) in enumerate(tokens):
        if token == TAG:
            chain = _chain(tokens, i)
            if chain:
                chains.append(chain)
    return chains


def _chain(tokens, tag: int) -> list[Piece]:
    """Cut what follows the tag at token ``tag`` into pieces."""
    prev = tokens[tag - 1][0].lower() if tag else ""
    pieces: list[Piece] = []
    j, n = tag + 1, len(tokens)
    while j < n:
        k, opener = j, []
        if tokens[k][0] == ",":
            opener.append(",")
            k += 1
        if k < n and tokens[k][0].lower() in _OPENERS:
            opener.append(tokens[k][0].lower())
            k += 1
        body = k
        while k < n and k - body <= MAX_WORDS and not _boundary(tokens[k][0]):
            k += 1
        stop = tokens[k][0] if k < n else "end"
        if k == body or k - body > MAX_WORDS or stop[0] == "[":
            # nothing, too long a piece, or the words before another tag: the chain ends
            # before them (a second pass finds the same and takes nothing more)
            break
        words = [token for token, _, _ in tokens[body:k]]
        pieces.append(Piece(tokens[j][1], tokens[k - 1][2], dict(
            opener=" ".join(opener) or "none", words=words, stop=_stop(stop),
            prev=prev, tag=tokens[tag][1],
        )))  # fmt: skip
        if stop != "," and stop.lower() not in _OPENERS:
            break
        j = k
    return pieces


def _boundary(token: str) -> bool:
    """Tell a token a piece ends at: a comma, a conjunction, a tag or any other sign."""
    return not (token[0].isalnum() or token[0] == "_") or token.lower() in _OPENERS


def _stop(token: str) -> str:
    return "\n" if token in _LINE_BREAK else token.lower()


def chosen_spans(chains: list[list[Piece]], take) -> list[tuple[int, int]]:
    """Each tag grown over its pieces while ``take(piece)`` says yes (the tag's start on)."""
    spans = []
    for chain in chains:
        end = None
        for piece in chain:
            if not take(piece):
                break
            end = piece.end
        if end is not None:
            spans.append((chain[0].facts["tag"], end))
    return spans


def _bucket(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7-9" if n <= 9 else "10+"


def features(facts: dict) -> dict[str, float]:
    """Describe a piece for the model (names to values)."""
    words = facts["words"]
    lower = [word.lower() for word in words]
    first, second, last = lower[0], lower[1] if len(lower) > 1 else "", lower[-1]
    out = {
        f"open:{facts['opener']}": 1.0,
        f"w1:{first}": 1.0,
        f"w2:{second}": 1.0,
        f"last:{last}": 1.0,
        f"stop:{facts['stop']}": 1.0,
        f"len:{_bucket(len(words))}": 1.0,
        f"prev:{facts['prev']}": 1.0,
    }
    if first in _SUBJECTS:
        out["subject"] = 1.0
    if words[0][:1].isupper() and not words[0].isupper():
        out["capital_first"] = 1.0
    for word in set(lower):
        out[f"bow:{word}"] = 1.0
    if any(word in _NEGATIONS for word in lower):
        out["negation"] = 1.0
    if "mehr" in lower:
        out["mehr"] = 1.0
    if any(_health_word(word) for word in words):
        out["health_word"] = 1.0
    if any(char.isdigit() for word in words for char in word):
        out["digit"] = 1.0
    return out


class ContinuationModel(LinearWeights):
    """Weights of the pieces' features (:func:`features`); :data:`REDACT_LOG_ODDS` takes one."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return each tag's extent grown over the pieces taken, overlaps merged."""
        return merge_overlaps(chosen_spans(candidates(text), self.takes))

    def takes(self, piece: Piece) -> bool:
        """Tell a piece the tag grows over (see :data:`MAIN_CLAUSE_LOG_ODDS`)."""
        threshold = MAIN_CLAUSE_LOG_ODDS if piece.facts["opener"] == "none" else REDACT_LOG_ODDS
        return self.score(features(piece.facts)) > threshold


def weights_path():
    """Return the package's weights file (if missing, the step finds nothing)."""
    return resources.files("esslingen_lab") / "data" / "learned_health_continued.npz"


@lru_cache(maxsize=4)
def continuation_model(path=None) -> ContinuationModel | None:
    """Return the model (default: the package's weights), or None if the file is missing."""
    return read_weights(
        weights_path() if path is None else path, ContinuationModel.from_file,
        packaged=path is None, what="learned health continuation model",
        without="health tags are not grown over what follows them; reinstall esslingen-lab "
        "or run benchmarks/train_health_continued.py",
    )  # fmt: skip


def continued_health_spans(text: str) -> list[tuple[int, int]]:
    """Health tags grown over what tells the detail on (``health-continued``)."""
    model = continuation_model()
    return [] if model is None else model.spans(text)
