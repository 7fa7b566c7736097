"""Column names that may be shown: a name that is itself personal data is shown by its place."""

from __future__ import annotations

__all__ = ["column_labels"]


def column_labels(columns) -> list[str]:
    """Each column's name to print, or "Nr. N" when the name itself may be personal data.

    A table exported from a form may carry a respondent's e-mail address, handle or name as
    a column's name ("anna.schmidt@web.de", "ben_hx", "Anna Schmidt"): such a name is not
    printed in a note or an error, its place in the table is. A name counts as personal when
    redaction changes it, when it is written like a user name ("_" or "." joining a listed
    first name or surname: "ben_hx", "schmidt.a"), or when it is two or more words of which
    all but initials are listed names ("Anna Schmidt", "ASchmidt"). One word alone is shown:
    "Wunsch", "Koch" or "Weber" name survey questions as often as people.
    """
    import regex

    from esslingen_lab.privacy import redact
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

    names = [str(column) for column in columns]
    redacted = redact(names, n_jobs=1).texts
    lex = lexicon()

    def listed(word: str) -> bool:
        word = word[:1].upper() + word[1:].lower()
        return len(word) > 2 and (word in FIRST_NAMES or word in lex.first or word in lex.last)

    labels = []
    for number, (name, after) in enumerate(zip(names, redacted, strict=True), start=1):
        words = regex.findall(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})", name)
        named = [word for word in words if listed(word)]
        user_name = bool(named) and regex.search(r"\w[_.]\w", name) is not None
        full_name = len(words) >= 2 and bool(named) and all(
            listed(word) or len(word) == 1 for word in words
        )
        personal = after != name or user_name or full_name
        labels.append(f"Nr. {number}" if personal else name)
    return labels
