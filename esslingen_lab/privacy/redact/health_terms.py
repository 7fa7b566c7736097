"""Health terms found in a text, less those about no one (:mod:`.health`).

A term about a group ("Menschen mit Demenz"), a negated one, an idiom ("blind vor Wut"),
an aid used as a tool, a term in a clause about work and a clinic someone comes from stay.
"""

from __future__ import annotations

from functools import lru_cache

from esslingen_lab.privacy.redact.health_function import (
    FUNCTION_STARTS,
    function_phrase,
    sense_used_otherwise,
)
from esslingen_lab.privacy.redact.health_lexicon import (
    _hyphen_term,
    _is_compound_term,
    _Lexicon,
    _lexicon,
    _misspelt_term,
)
from esslingen_lab.privacy.redact.health_morph import is_medical_form
from esslingen_lab.privacy.redact.health_narrow import worn_out
from esslingen_lab.privacy.redact.health_phrases import (
    errand_at,
    its_body_part,
    work_near,
)
from esslingen_lab.privacy.redact.health_text import _Text
from esslingen_lab.privacy.redact.health_words import (
    _AFTER_BLIND,
    _AIDS,
    _ARTICLE,
    _CARE_PROFESSIONS,
    _CAUSE_WORDS,
    _CLAUSE_WORDS,
    _COPULA,
    _GROUP_BEFORE,
    _GROUP_NOUNS,
    _INDEFINITE,
    _NEGATION,
    _NOUN_ADJ,
    _PARTICLES,
    _PERSON_ENDINGS,
    _PERSON_WORDS,
    _POSSESSIVE_FIRST,
    _POSSESSIVE_THIRD,
    _PRODUCTS,
    _WORK_WORDS,
)

# ---------------------------------------------------------------- health terms



# what follows "ALS" the disease ("hat ALS und …", "hat ALS."), not "als" in capitals
_AFTER_ALS = frozenset((".", ",", "!", "?", ";", ")", "und", "seit", "im", "–", "-"))


def _term_at(t: _Text, i: int, lex: _Lexicon) -> int:
    """Return the number of words of a health term starting at word ``i`` (0: none)."""
    lower = t.lower[i]
    said = function_phrase(t.lower, i)  # "hört sehr schlecht", "kann kaum noch laufen"
    for term in lex.by_first.get(lower, ()):
        n = len(term.words)
        if i + n > len(t.words):
            continue
        if term.exact:
            if tuple(t.words[i : i + n]) != term.words:
                continue
        elif tuple(t.lower[i : i + n]) != term.words:
            continue
        if term.after and (i == 0 or t.lower[i - 1] not in term.after):
            continue
        if i + n < len(t.words) and t.lower[i + n] in _PRODUCTS:
            continue  # "MS Office", "MS Teams" are things
        if lower == "als" and i + n < len(t.words) and t.lower[i + n] not in _AFTER_ALS:
            continue  # "Ich habe ALS Rentner", "hat ALS 80-Jährige": the conjunction in capitals
        if term.before_relative and (i + n >= len(t.words)
                                     or t.lower[i + n] not in lex.relatives):
            continue
        if term.clause_words and not t.clause_has(t.clause[i], term.clause_words):
            continue
        if sense_used_otherwise(t.lower, i, i + n):
            continue  # "höre schlecht, was die Durchsage sagt", "hört schlecht auf Rat"
        return max(n, said)
    if said:
        return said
    if lower == "mit":  # (too short for a term of one word by the tests below)
        return 3 if its_body_part(t.lower, i, lex.body) else 0  # "I hab's mit em Kreuz"
    return int(_one_word_term(t.words[i]))


@lru_cache(maxsize=200_000)
def _one_word_term(word: str) -> bool:
    """Tell a health term of one word by its form alone, whatever stands around it.

    Remembered per word: a text's every word is asked, and answers repeat their words. The
    lexicon is the one :func:`_lexicon` keeps for the process (the one every text reads; a
    frozen dataclass holding dicts has no hash to key a cache by).
    """
    lex = _lexicon()
    lower = word.lower()
    if _inflected_term(lower, lex):
        return True  # "nach zwei Herzinfarkten", "Schlaganfälle" are written as "Schlaganfall"
    if "-" in lower[1:-1] and _hyphen_tail_term(word, lex):
        return True  # "E-Rolli", "Elektro-Rollstuhl", "Typ-2-Diabetes", "Long-Covid-Erkrankung"
    return len(lower) >= 6 and lower[:1].isalpha() and (
        _is_compound_term(word, lex) or _misspelt_term(word) or is_medical_form(word)
    )



_PLURALS = (("en", ""), ("n", ""), ("e", ""), ("äle", "al"), ("älle", "all"), ("ürfe", "urf"))


def _inflected_term(lower: str, lex: _Lexicon) -> bool:
    """Tell a plural or dative of a one-word term: "Herzinfarkten", "Bandscheibenvorfälle"."""
    for ending, stem_end in _PLURALS:
        stem = lower[: -len(ending)] + stem_end
        if lower.endswith(ending) and len(stem) >= 6 and (
            _hyphen_term(stem, lex) or _is_compound_term(stem, lex)  # "Bandscheibenvorfälle"
        ):
            return True
    return False


def _hyphen_tail_term(word: str, lex: _Lexicon) -> bool:
    """Tell a word whose part after one of its hyphens is a health term or compound.

    "E-Rolli", "Typ-2-Diabetes"; with two hyphens the tail after either: "Herz-Kreislauf-
    Erkrankung", "Long-Covid-Erkrankung" ("covid-erkrankung" is a compound).
    """
    parts = word.split("-")
    if len(parts) > 2 and any(p.lower() in ("und", "oder", "u") for p in parts):
        return False  # "Hals-und-Beinbruch": a phrase, no compound
    for k in range(1, len(parts)):
        tail = "-".join(parts[k:])
        if not tail:
            continue
        if _hyphen_term(tail.lower(), lex) or k < len(parts) - 1 and len(tail) >= 6 and (
            _is_compound_term(tail, lex)
        ):
            return True
    return False


def _about_a_group(t: _Text, i: int, n: int) -> bool:
    """Tell "für Rollstuhlfahrer", "Menschen mit Demenz", "gehbehinderte Menschen"."""
    first = t.clause[i]
    before = [k for k in range(max(t.clauses[first][0], i - 3), i) if t.is_word(k)]
    if before and t.lower[before[-1]] in _GROUP_BEFORE:
        return True
    if _names_ill_persons(t, i, n) and any(t.lower[k] == "für" for k in before[-3:]) and not any(
        t.lower[k] in _PERSON_WORDS for k in before[-3:]
    ):
        # "für Rollstuhlfahrer", "für die Blinden" (not "für mich als Rollstuhlfahrer", and
        # "Termin für die Dialyse" is no group either)
        return True
    if len(before) >= 2 and t.lower[before[-1]] in ("mit", "von") and (
        t.lower[before[-2]] in _GROUP_NOUNS
    ):
        return True
    after = i + n
    if (
        after < len(t.words)
        and _names_ill_persons(t, i, n)
        and t.lower[after] in _PLURAL_VERBS
        and not before  # the subject opens its clause: "…, Dialysepatienten sollen …"
        # not "Dialysepatienten sind meine Eltern", "Rollstuhlfahrer sind hier nur Frau Kunz
        # und ich": no one of the clause told
        and not any(_whose(t.lower[k]) for k in t.clause_words(t.clause[i]) if k > after)
    ):
        return True  # "Diabetiker haben es schwer"
    return after < len(t.words) and t.lower[after] in _GROUP_NOUNS


_WHOSE = frozenset("ich wir i mir uns beide beiden zwei er frau herr herrn [name]".split())


def _whose(word: str) -> bool:
    """Tell a word that says whose ("meine", "wir", "die beiden", "Frau …").

    Not "ihre", the group's own ("Dialysepatienten sollen sich an ihre Zentren wenden").
    """
    return word.startswith(("mein", "dein", "sein", "unser", "eur")) or word in _WHOSE


# verbs in the plural after people named by their illness: a group, not one person
_PLURAL_VERBS = frozenset(
    "sollen sind haben müssen können werden dürfen brauchen bekommen kriegen wollen "
    "kommen stehen warten".split()
)


def _names_ill_persons(t: _Text, i: int, n: int) -> bool:
    """Tell "Rollstuhlfahrer", "Diabetiker", "Blinde", "Gehbehinderten": people, not a state."""
    word = t.words[i + n - 1]
    lower = word.lower()
    # an adjective used as a noun: "Blinde", "Gehbehinderten", "Gehörlose", "Kranken"
    return lower.endswith(_PERSON_ENDINGS) or (word[:1].isupper() and lower.endswith(_NOUN_ADJ))


def _as_an_adverb(t: _Text, i: int) -> bool:
    """Tell "blind geplant", "blind unterschreiben" from "ist blind", "blind und taub"."""
    if t.lower[i] not in ("blind", "taub") or i + 1 >= len(t.words):
        return False
    nxt = t.words[i + 1]
    if t.clause[i + 1] != t.clause[i] or "\n" in t.text[t.ends[i] : t.starts[i + 1]]:
        return False  # the clause ends with "blind"
    return nxt[:1].islower() and nxt.lower() not in _CLAUSE_WORDS and nxt not in _AFTER_BLIND


_DIALECT_ARTICLE = frozenset(("em", "de", "dr", "m"))  # "mit em Rollstuhl"


def _as_a_tool(t: _Text, i: int) -> bool:
    """Tell "mit dem Rollator", "mit meinem Rollstuhl": an aid used, not a predicate."""
    if not t.lower[i].rsplit("-", 1)[-1].startswith(_AIDS):  # "mit meinem E-Rolli" too
        return False
    k = i - 1
    if k >= 0 and (t.lower[k] in _ARTICLE or t.lower[k] in _DIALECT_ARTICLE
                   or t.lower[k] in _INDEFINITE
                   or t.lower[k] in _POSSESSIVE_FIRST or t.lower[k] in _POSSESSIVE_THIRD):
        k -= 1
    # "nur noch mit Krücken": what someone depends on, not a tool
    return k >= 0 and t.lower[k] == "mit" and not (k >= 1 and t.lower[k - 1] in ("nur", "noch"))


def _as_a_cause(t: _Text, i: int) -> bool:
    """Tell "seit der Reha", "nach meinem Bandscheibenvorfall": a cause or a time."""
    k = i - 1
    if k >= 0 and (t.lower[k] in _ARTICLE or t.lower[k] in _POSSESSIVE_FIRST
                   or t.lower[k] in _INDEFINITE):
        k -= 1
    return k >= 0 and t.lower[k] in _CAUSE_WORDS


def _negated(t: _Text, i: int) -> bool:
    """Tell "ich bin doch nicht blind", "ohne Behinderung"."""
    k = i - 1
    while k >= 0 and t.lower[k] in _PARTICLES:
        k -= 1
    return k >= 0 and t.lower[k] in _NEGATION


def _someone_else(t: _Text, i: int) -> bool:
    """Tell "dem Rollstuhlfahrer", "ein Diabetiker": an ill person not yet said to be anyone."""
    if not t.lower[i].endswith(_PERSON_ENDINGS) or i == 0:
        return False
    if t.lower[i - 1] not in _ARTICLE and t.lower[i - 1] not in _INDEFINITE:
        return False
    # "ist ein Diabetiker", "Meine Nachbarin, eine Rollstuhlfahrerin, …": the same person
    return i < 2 or (t.lower[i - 2] not in _COPULA and t.words[i - 2] != "," and
                     t.lower[i - 2] != "als")


def _in_idiom(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Tell a term inside a phrase of health_idioms.txt ("blind vor Wut")."""
    # a window of the text (with room for look-arounds): the regex module is slower on
    # positions in a long string, which made long texts quadratic
    lo, hi = max(0, start - 45), min(len(text), end + 45)
    base, top = max(0, lo - 30), min(len(text), hi + 30)
    return _idiom_in_window(text[base:top], lo - base, hi - base, start - base, end - base)


@lru_cache(maxsize=4096)
def _idiom_in_window(window: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Tell an idiom in ``window[lo:hi]`` around ``start`` … ``end`` (repeated windows once)."""
    for match in _lexicon().idioms.finditer(window, lo, hi):
        if match.start() <= start and end <= match.end():
            return True
    return False


# a ward or clinic someone comes from is their workplace: "Herr [NAME] aus der Psychiatrie"
_INSTITUTION_ENDINGS = ("psychiatrie", "klinik", "klinikum", "ambulanz", "station", "praxis",
                        "zentrum", "abteilung")
_FROM = frozenset(("aus", "von", "vom"))


def _from_an_institution(t: _Text, i: int) -> bool:
    """Tell a clinic or ward after "aus der", "von der", "vom" (where someone works)."""
    if not t.lower[i].endswith(_INSTITUTION_ENDINGS):
        return False
    before = [t.lower[k] for k in range(max(0, i - 2), i)]
    if not _FROM.intersection(before):
        return False
    # "meine Frau kommt aus der Psychiatrie": one's own relative was a patient there
    return not t.clause_has(t.clause[i], _POSSESSIVE_FIRST)


# a job at a place of care, said as one's job just before it: "ich bin Nachtschwester im
# Pflegeheim", "als Altenpflegerin in der Reha-Klinik", "Meine Kundin ist Ärztin in der
# Psychiatrie"; not a kin word ("meine Schwester ist im Pflegeheim", "Halbschwester"), nor a
# compound without "bin"/"ist"/"als" before it ("nach dem Gottesdienst im Krankenhaus")
_CARE_JOBS = ("schwester", *_CARE_PROFESSIONS, "helfer", "helferin", "kraft", "leitung",
              "leiter", "leiterin", "dienst", "praktikant", "praktikantin", "azubi", "koch",
              "köchin", "nachtwache")
# job words that alone name a relative or say nothing of a job
_NOT_ALONE = frozenset(("schwester", "kraft", "dienst", "leitung"))
_AT_THE = frozenset("im in der dem den auf am an beim bei".split())
_KIN = frozenset("stief halb zwillings groß gross ur lieblings".split())
_FORMER = ("ehemalig", "pensioniert", "früher", "gelernt", "frühere", "ex-", "verrentet")
_AS_ONE_S_JOB = frozenset("bin ist war sind bist sei isch als arbeite arbeitet".split())


def _staff_at(t: _Text, i: int) -> bool:
    """Tell a place of care right after one's job: "bin Nachtschwester im Pflegeheim"."""
    k = i - 1
    while k > 0 and t.lower[k] in _AT_THE and i - k <= 3:
        k -= 1  # only "im", "in der", "auf der" between
    if k == i - 1 or k < 1 or not t.words[k][:1].isupper():
        return False
    lower = t.lower[k]
    job = next((e for e in _CARE_JOBS if lower.endswith(e)), None)
    if job is None or lower[: -len(job)] in _KIN or (lower == job and job in _NOT_ALONE):
        return False
    before = k - 1
    if before > 0 and t.words[before][:1].islower() and t.lower[before].endswith(("e", "en")):
        if t.lower[before].startswith(_FORMER):
            return False  # "wohnt als ehemalige Krankenschwester im Pflegeheim": a stay
        before -= 1  # "bin leitende Ärztin im …"
    return t.lower[before] in _AS_ONE_S_JOB


# what someone writes, reads or learns about: "schreibt über Demenz eine Hausarbeit",
# "informiert sich zum Thema Diabetes", "forscht zu Autismus"; the clause must name such
# work (a talk alone may be about one's own illness: "hat über Depressionen gesprochen")
_TOPIC_WORK = (
    "forsch", "recherch", "referat", "hausarbeit", "vortrag", "studie", "seminar", "artikel",
    "buch", "broschüre", "flyer", "infoabend", "infoveranstaltung", "fortbildung", "schulung",
    "projekt", "bachelorarbeit", "masterarbeit", "doktorarbeit", "podcast", "informier",
    "aufsatz", "präsentation", "workshop", "ausstellung", "schreibt", "schreiben",
    "referiert", "referierte", "vorgetragen",
)
# one's own state said in the same clause: "…, seit ich die Diagnose habe", "selbst
# betroffen", a complaint ("klagt über", "hat sich über … beklagt")
_OWN = ("klag", "beschw", "jammer", "stöhn", "leid", "betroffen", "diagnos", "erkrankt",
        "schäm", "sorge")
_POSSESSIVES = ("mein", "dein", "sein", "ihr", "unser", "eur")


def _topic_clause(t: _Text, c: int) -> tuple[bool, bool]:
    """(names a work of study or talk, says one's own state) for clause ``c``, once."""
    key = ("topic", c)
    found = t.memo.get(key)
    if found is None:
        words = [t.lower[w] for w in t.clause_words(c)]
        found = t.memo[key] = (
            any(w.startswith(_TOPIC_WORK) for w in words),
            any(w.startswith(_OWN) or "klag" in w for w in words),
        )
    return found


def _as_a_topic(t: _Text, i: int) -> bool:
    """Tell a subject of study or talk: "über Demenz", "zum Thema Diabetes", "zu Autismus"."""
    k = i - 1
    if k >= 0 and t.lower[k] in ("die", "den", "das", "der", "dem"):
        k -= 1  # "ein Referat über die Demenz"
    if k < 0 or t.lower[k] not in ("über", "ueber", "thema", "thema:", "zu"):
        return False
    if any(t.lower[j].startswith(_POSSESSIVES) for j in range(i + 1, min(len(t.lower), i + 3))):
        return False  # "über die Demenz meiner Mutter": hers
    work, own = _topic_clause(t, t.clause[i])
    return work and not own


def _health_terms(t: _Text, lex: _Lexicon) -> list[tuple[int, int]]:
    """Return the health terms as word ranges (first, end), less those about no one."""
    found = []
    after = 0  # the words of a term found are passed over
    for i in _term_starts(t, lex):
        if i < after:
            continue
        n = _term_at(t, i, lex)
        if not n:
            continue
        if not excluded(t, i, n, lex):
            found.append((i, i + n))
        after = i + n
    return found


def excluded(t: _Text, i: int, n: int, lex: _Lexicon) -> bool:
    """Tell a term at words i … i+n-1 about no one in particular, or no health detail.

    An idiom, a negation, a group, someone else's, a tool, a topic, an adverb, a clause
    about work, an institution, staff at one, an errand, being worn out, an aid given away,
    the reader's own in an "if" clause, a doctor's field ("Arzt für Diabetes").
    """
    start, end = t.starts[i], t.ends[i + n - 1]
    return (
        _in_idiom(t.text, start, end, lex)
        or _negated(t, i)
        or _about_a_group(t, i, n)
        or _someone_else(t, i)
        or _as_a_tool(t, i)
        or _as_a_topic(t, i)
        or _as_an_adverb(t, i)
        or (t.clause_has(t.clause[i], _WORK_WORDS)
            # a work word outside an aside on a person is not about the term: "Mein Sohn
            # (19, Autist) macht ein Praktikum" (not "arbeite als Pflegerin (Demenz)")
            and work_near(t.lower, [k for k in t.clause_words(t.clause[i]) if (
                t.depth[k] == t.depth[i] or not _person_aside(t, i, lex))], i, _WORK_WORDS)
            and not _as_a_cause(t, i))
        or _from_an_institution(t, i)
        or _staff_at(t, i)
        or errand_at(t.lower, i, i + n)
        or worn_out(t.lower, lambda k: t.clauses[t.clause[k]][2], i, n)
        or _aid_given(t, i)
        or _the_readers(t, i)
        or _a_job_for(t, i)
    )


# what one does with an aid as a thing: "Unser Nachbar hat einen Rollstuhl gespendet"
_GIVEN = frozenset("gespendet spendet spende verschenkt verschenke verschenkt verkauft verkaufe "
                   "verliehen verleiht verleihe ausgeliehen geschenkt abgegeben entsorgt "
                   "gefunden repariert".split())  # fmt: skip
_IF = frozenset(("wenn", "falls", "sofern", "ob"))
_YOURS = ("dein", "euer", "eure")  # and the polite "Ihr…", capitalised


def _aid_given(t: _Text, i: int) -> bool:
    """Tell an aid given, sold or found: a thing ("hat einen Rollstuhl gespendet")."""
    return t.lower[i].rsplit("-", 1)[-1].startswith(_AIDS) and t.clause_has(t.clause[i], _GIVEN)


def _the_readers(t: _Text, i: int) -> bool:
    """Tell a term in an "if" clause about the reader's own: "Wenn dein Kind Läuse hat, …"."""
    c = t.clause[i]
    first, end, _ = t.clauses[c]
    return (t.opener[c] in _IF or t.lower[first] in _IF) and any(
        t.words[k].startswith("Ihr") or t.lower[k].startswith(_YOURS)
        for k in range(first, min(i, end))
    )


def _a_job_for(t: _Text, i: int) -> bool:
    """Tell a term after a care job and "für": "Mein Vater ist Arzt für Diabetes"."""
    return i >= 2 and t.lower[i - 1] == "für" and _job_word(t.lower[i - 2])


def _person_aside(t: _Text, i: int, lex: _Lexicon) -> bool:
    """Tell a term in brackets right after "ich" or a relation: "Mein Sohn (19, Autist)"."""
    k = next((k for k in range(i - 1, max(-1, i - 8), -1) if t.words[k] == "("), 0)
    if any(_job_word(w) for w in t.lower[k:i]):
        return False  # "Mein Mann (Pfleger, Intensivstation)": where he works
    return k > 0 and t.depth[i] > 0 and (t.lower[k - 1] in ("ich", "i") or k > 1 and (
        t.lower[k - 1] in lex.relatives and t.lower[k - 2] in _POSSESSIVE_FIRST))


def _job_word(word: str) -> bool:
    return word in _WORK_WORDS or word.endswith((*_CARE_JOBS, "station", "klinik"))


def _term_starts(t: _Text, lex: _Lexicon) -> list[int]:
    """Return the words where :func:`_term_at` may find a term, in order.

    Why no other: it finds a term of the lexicon only at its first word (``by_first``), a
    function phrase only at a word of ``FUNCTION_STARTS``, a body part only after "mit",
    else a term of one word by its form (``_one_word_term``); at every other word it says 0
    and the search moves on by one word. A set look-up and a remembered test per word here
    instead of a call of _term_at (and of function_phrase) at each (84 µs an answer).
    """
    by_first = lex.by_first
    return [
        i for i, (word, lower) in enumerate(zip(t.words, t.lower, strict=True))
        if (lower in by_first or lower in FUNCTION_STARTS or lower == "mit"
            or _one_word_term(word)) and t.is_word(i)
    ]
