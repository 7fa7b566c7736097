"""Second look at names found without a cue: dialect words, foreign words, leading nouns.

The cue-less name finder (:mod:`cueless`) reads unknown words in a person's slot as
surnames. Two kinds of text fool it: answers written in dialect ("i hätt des nia gschafft",
"Sag amol", "s Kischtle") and answers with words of another language ("Teşekkürler!",
"Bürgeramt'ta Türkçe"). Both are told here from the whole answer, not from single words:
a dialect text holds two or more of the dialect's function words; a foreign word is in the
other language's list of function words or carries a Turkish case ending after an
apostrophe on a German noun. A found name also loses a leading kin or role noun and a
dialect possessive ("Bruder [NAME]", "Mei [NAME]"): the tag covers the name only.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.cueless import cueless_name_spans
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.naming import thing_named_first_name
from esslingen_lab.privacy.redact.strength import _is_person_noun

# the dialect test lives in vocabulary.py (cueless.py needs it and is imported here)
from esslingen_lab.privacy.redact.vocabulary import (  # noqa: F401 - re-exported
    FIRST_NAMES,
    _dialect_markers,
    dialect_text,
    read_words,
)

_WORD = regex.compile(r"[\p{L}]+(?:['’][\p{L}]+)?")
# a Turkish case ending after an apostrophe: "Bürgeramt'ta", "Esslingen'deki", "Almanya'da"
_TURKISH_CASE = regex.compile(
    r"^(?P<base>\p{L}+)['’](?:[dt][ae](?:ki)?|[dt][ae]n|[yn]?[ae]|[ıiuü]n|[ıiuü]|l[ae]r)$"
)
# a Turkish language or nationality adverb: "Türkçe", "Almanca", "İngilizce"
_TURKISH_LANGUAGE = regex.compile(r"^\p{Lu}\p{Ll}{2,}(?:ca|ce|ça|çe)$")
_FOREIGN_LANGUAGES = ("turkish", "polish", "italian", "spanish", "portuguese", "romanian",
                      "croatian", "russian", "french", "dutch")
# thanks and greetings of other languages, said at the end of an answer
_FOREIGN_THANKS = frozenset(
    """
    teşekkürler teşekkür tesekkürler tesekkurler sağol sağolun saol dzięki dziękuję dziekuje
    grazie gracias obrigado obrigada hvala merci spasibo mulțumesc multumesc köszönöm
    evet hayır inşallah maşallah lütfen abi abla proszę bence yani zaman
    """.split()
)
# everyday words of mixed answers that a gazetteer also lists as first names ("Yani",
# "Tamam") or that look like one ("Annem" = my mother): discourse words, kin words with a
# possessive ending, endearments; read as words, never as a name (a package first name wins)
_FOREIGN_EVERYDAY = frozenset(
    """
    yani tamam evet hayır peki işte hadi haydi şey çok güzel kanka vallahi valla
    walla wallah wallahi vallah wollah yalla habibi inschallah maschallah lazım lazim
    annem babam ablam abim ağabeyim kardeşim kardeşlerim oğlum kızım eşim kocam karım
    teyzem halam amcam dayım dedem ninem anneannem babaannem yengem torunum çocuğum
    çocuklarım ailem komşum arkadaşım canım hocam güzelim annemler babamlar
    ojalá vale bueno pues claro oye vamos mamá papá abuela abuelo hermano hermana
    hija hijo tía tío señora señor amigo amiga gracias hola adiós
    allora magari boh figurati nonna nonno mamma zio zia
    """.split()
)
_LEADING_NOUNS = frozenset(
    "grüße gruesse gruess grüß gruß gruss grüßle danke dank mei meine dei d frau herr herrn"
    .split()
)
# Low German, Rhenish and Swabian articles before a first name: "de Jupp", "dr Luca"
_DIALECT_ARTICLES = frozenset("de da dr d".split())


@lru_cache(maxsize=1)
def _foreign_function_words() -> frozenset:
    from stop_words import get_stop_words

    words: set = set()
    for language in _FOREIGN_LANGUAGES:
        try:
            words |= set(get_stop_words(language))
        except Exception:  # noqa: BLE001 - a language the package lacks
            continue
    german = set(get_stop_words("german")) | set(get_stop_words("english"))
    # words that are also German or English function words, or first names, stay out
    return frozenset(w for w in words if w not in german and len(w) > 2) | _FOREIGN_THANKS


def _foreign_word(word: str) -> bool:
    """Tell a word of another language that no one is named ("Teşekkürler", "Türkçe")."""
    lower = word.lower()
    if lower in _FOREIGN_EVERYDAY and word not in FIRST_NAMES:
        return True
    if word in FIRST_NAMES or (word[:1].isupper() and lexicon().is_first_name(word)):
        return False  # "Kim", "Ben": first names that are also Turkish or Dutch words
    if lower in _foreign_function_words():
        return True
    found = _TURKISH_CASE.match(word)
    if found is not None:
        base = found.group("base")
        lex = lexicon()
        return lex.is_common_noun(base) or (lex.is_german(base) and base not in lex.last)
    return _TURKISH_LANGUAGE.match(word) is not None and word not in FIRST_NAMES and (
        word not in lexicon().last
    )


def _dialect_form(word: str) -> bool:
    """Tell a dialect spelling of a German noun ("Sonderzeicha", "Ostre", "Kischtle", "Fuaß")."""
    lex = lexicon()
    german = lex.german
    stems = {word}
    if word[:1] == "G" and word[1:2] not in "aeiouäöü":
        stems.add("Ge" + word[1:].lower())  # "Gschwätz": the Swabian drops the "e" of "ge-"
    for end, repl in (("a", "en"), ("e", "en"), ("re", "ern"), ("le", ""), ("le", "e"),
                      ("la", "en"), ("rle", "r")):
        if word.endswith(end):
            stems.add(word[: len(word) - len(end)] + repl)
    more = set()
    for stem in stems:
        for old, new in (("ua", "u"), ("oi", "ei"), ("scht", "st"), ("schp", "sp"),
                         ("ue", "u"), ("ia", "ie"), ("d", "t"), ("o", "a")):
            if old in stem:
                more.add(stem.replace(old, new))
    stems |= more
    return any(
        stem != word and stem in german and (german.get(stem) or "")[:1].isupper()
        for stem in stems
    )


# the last parts of compounds naming places, offices and groups ("Digitalcafé")
_PLACE_TAILS = tuple(
    """
    café cafe behörde zimmer amt stelle büro haus halle schule zentrum verein treff laden
    markt platz straße gasse werk werkstatt gruppe team portal netz station raum
    """.split()
)


def _compound_noun(word: str) -> bool:
    """Tell a compound naming a place or an office ("Digitalcafé", "Ausländerbehörde")."""
    lex = lexicon()
    return (
        "-" not in word
        and word.lower().endswith(_PLACE_TAILS)
        and not lex.is_any_name(word)
        and lex.is_compound(word)
    )


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    return frozenset(read_words("person_nouns"))


def _plural_person_noun(word: str) -> bool:
    """Tell a person noun whose plural is the same word ("Schüler", "Bürger", "Lehrer").

    Without an article such a word names a group ("Plätze für Schüler"); a surname that is
    a person noun with another plural ("Grüße an Koch") stays a name.
    """
    return (
        word[:1].isupper()
        and word.lower() in _person_nouns()
        and word.lower().endswith(("er", "el"))
    )


def _unknown_word(word: str) -> bool:
    lex = lexicon()
    return word not in FIRST_NAMES and word not in lex.last and not lex.is_first_name(word)


def _keep(words: list, dialect: bool, initial: bool) -> bool:
    """Tell whether the words of a found name (tags included) may be a name.

    ``initial``: the first word is one letter with a period ("k. berger").
    """
    real = [w for w in words if w != "NAME"]
    if len(real) < len(words):
        return True  # a tag in it: the tag is there anyway
    if all(_foreign_word(w) for w in real):
        return False
    if words[0][:1].islower():
        first = words[0]
        if len(first) == 1 and not initial:
            return False  # "i wissa", "s gsagt": a dialect pronoun, no initial
        markers = _dialect_markers()
        if all(w.lower() in markers for w in real):
            return False  # "amol"
        if dialect and "NAME" not in words:
            # a lower-case name in a dialect answer: only a listed first name
            capital = first[:1].upper() + first[1:]
            return capital in FIRST_NAMES and first not in markers
        return True
    if len(words) == 1 and words[0][:1].isupper() and _compound_noun(words[0]):
        return False  # "Digitalcafé", "Ausländerbehörde": a compound noun, no surname
    if len(words) == 1 and _plural_person_noun(words[0]):
        return False  # "Praktikumsplätze für Schüler": people in general, no surname
    if dialect and len(real) == 1 and words == real:
        word = real[0]
        if word.lower() in _dialect_markers():
            return False  # "Mei", "Ihne"
        if _unknown_word(word) and _dialect_form(word):
            return False  # "Sonderzeicha", "Kischtle"
    return True


def _trim_lead(text: str, s: int, e: int, dialect: bool) -> int:
    """Move the start past a leading greeting, possessive or kin noun ("Bruder [NAME]")."""
    for _ in range(2):
        moved = _trim_one(text, s, e, dialect)
        if moved == s:
            break
        s = moved
    return s


def _trim_one(text: str, s: int, e: int, dialect: bool) -> int:
    value = text[s:e]
    head = _WORD.match(value)
    if head is None or head.end() >= len(value):
        return s
    word = head.group()
    rest = value[head.end():]
    if not rest[:1].isspace() and rest[:1] not in ("'", "’"):
        return s
    lower = word.lower()
    if lower in _LEADING_NOUNS or lower in _FOREIGN_EVERYDAY or (
        dialect and (lower in _DIALECT_ARTICLES or (
        lower in _dialect_markers() and len(lower) > 1))) or (
        word[:1].isupper() and _is_person_noun(word) and word not in FIRST_NAMES
    ):
        skip = len(rest) - len(rest.lstrip(" \t\n'’"))
        return s + head.end() + skip
    return s


def checked_cueless_spans(text: str):
    """Yield the spans of :func:`cueless_name_spans` that pass the checks above."""
    dialect = None
    for found_start, found_end in cueless_name_spans(text):
        if dialect is None:
            dialect = dialect_text(text)
        for s, e in _lines(text, found_start, found_end):
            if _foreign_phrase(_WORD.findall(text[s:e])):
                continue
            s = _trim_lead(text, s, e, dialect)
            words = _WORD.findall(text[s:e])
            if words and _turkish_words(text, words):
                continue
            initial = bool(words) and len(words[0]) == 1 and text[s + 1 : s + 2] == "."
            if words and _keep(words, dialect, initial):
                if dialect and words[0][:1].islower() and len(words) > 1 and "NAME" not in words:
                    e = _first_only(text, s, e, words)
                if _abbreviation(text, s, e, words) or _not_a_person_before(text, s, words):
                    continue
                if _belief_after_copula(text, s, words):
                    continue
                if _place_after_signature(text, s, e, words):
                    continue
                if len(words) == 1 and thing_named_first_name(text, s, words[0]):
                    continue  # "Das Restaurant heißt Frieda": a first name given to a thing
                if len(words) == 1 and _firm_name(text, s, e):
                    continue  # "Metzgerei Häfele", "Hägele Zerspanungstechnik": a firm
                if text[s:e].endswith(("-Nr", "-NR", "-Nummer", "-ID", "-Id")):
                    continue  # "Chip-Nr. 276 …", "Tasso-Nr.": a number's name
                yield s, _verb_after_tag(text, s, e, words, dialect)


# a firm named after its owner: a trade before the surname ("Metzgerei", "Immobilien", "Fa."),
# or the firm's kind after it ("GmbH", "& Söhne", "Zerspanungstechnik", "Bau")
_FIRM_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:[Ff]irma|F[Aa]\.|Immobilien|Bestattungen|Getränke|Hausverwaltung|"
    r"Autohaus|Fahrschule|Reisebüro|Blumen|Sanitär|Elektro|Malerbetrieb|Optik)"
    r"|\p{Ll}(?:erei|betrieb|handel|werkstatt|geschäft|service|technik))\x20+$",
    regex.VERSION1,
)
_FIRM_AFTER = regex.compile(
    r"\x20*(?:GmbH|AG|KG|OHG|UG|mbH|&\x20*(?:Söhne|Sohn|Co)|Bau|Automobile|und\x20Partner|"
    r"\p{Lu}\p{Ll}*(?:technik|bau|service|handel|werke|werk))(?![\p{L}])",
    regex.VERSION1,
)


def _firm_name(text: str, start: int, end: int) -> bool:
    """Tell a surname that names a firm: "Metzgerei Häfele", "Fezer Wassertechnik GmbH"."""
    return _FIRM_BEFORE.search(text, max(0, start - 30), start) is not None or (
        _FIRM_AFTER.match(text, end) is not None
    )


# endings of surnames of other languages that no gazetteer lists ("Dzhumabekova")
_SURNAME_ENDINGS = ("ova", "ov", "eva", "ev", "ić", "ic", "escu", "oğlu", "oglu", "ski", "ska",
                    "enko", "yan", "ian", "aki", "opoulos", "idis", "sson", "sen", "quez", "ez")
_SIGNED_NAME_BEFORE = regex.compile(r"\[NAME\]\.?,[^\S\n]*$")
_LINE_END_AFTER = regex.compile(r"[^\S\n]*[.!]?[^\S\n]*(?:\n|$)")


# letters of Turkish that German and the other Latin alphabets of the gazetteer lack
_TURKISH_LETTER = regex.compile(r"[ıİşŞğĞ]")


def _turkish_words(text: str, words: list) -> bool:
    """Tell lower-case Turkish words in a Turkish sentence: "lazım yardım", "bence lazım".

    Each word is written in lower case and is a foreign everyday word, or has a letter
    only Turkish has and is no listed first name or gazetteer surname ("ayşe", "yılmaz"
    stay names); the text holds two or more such words.
    """
    lex = lexicon()
    for word in words:
        if not word[:1].islower():
            return False
        capital = word[:1].upper() + word[1:]
        if not _foreign_word(word) and (
            _TURKISH_LETTER.search(word) is None or capital in FIRST_NAMES or capital in lex.last
        ):
            return False
    turkish = {w for w in _WORD.findall(text) if _TURKISH_LETTER.search(w) is not None}
    return len(turkish) >= 2


def _place_after_signature(text: str, s: int, e: int, words: list) -> bool:
    """Tell "Irmgard B., Rüdern", "Karl-Heinz Sautter, Sulzgries": where the signer lives.

    One word no list knows as a first name or surname, after a tagged name and a comma,
    closing the line: a signature's place ("Name, Ort"), not a second person.
    """
    if len(words) != 1 or not words[0][:1].isupper() or words[0] == "NAME":
        return False
    word = words[0]
    lex = lexicon()
    return (
        word not in FIRST_NAMES
        and not lex.is_any_name(word)
        and not word.lower().endswith(_SURNAME_ENDINGS)
        and _SIGNED_NAME_BEFORE.search(text, max(0, s - 12), s) is not None
        and _LINE_END_AFTER.match(text, e) is not None
    )


def _foreign_phrase(words: list) -> bool:
    """Tell "yani gerçekten": a foreign everyday word, then lower-case words, no first name."""
    if not words or words[0].lower() not in _FOREIGN_EVERYDAY or words[0] in FIRST_NAMES:
        return False
    lex = lexicon()
    return all(w[:1].islower() for w in words) and not any(
        lex.is_first_name(w[:1].upper() + w[1:]) for w in words[1:]
    )


def _first_only(text: str, s: int, e: int, words: list) -> int:
    """"mit sabine gschwätzt": in dialect a lower-case word after a first name is no surname."""
    lex = lexicon()
    if all((w[:1].upper() + w[1:]) in lex.last for w in words[1:]):
        return e
    return s + len(words[0])


# where one works: "arbeite bei Festo", "Ingenieurin bei Bosch", "schaff beim Daimler"
_WORK_WORDS = regex.compile(
    r"(?i:arbeit\p{L}*|angestellt\p{L}*|beschäftigt|tätig|job|jobbe|schaff\p{L}*|"
    r"ausbildung|praktikum|werkstudent\p{L}*|azubi|lehre)\s+(?:\p{Ll}+\s+){0,2}(?:bei|beim)\s+$"
)
_JOB_BEFORE = regex.compile(r"(?P<n>\p{Lu}\p{Ll}+)\s+(?:bei|beim)\s+$")
# a house or group before its name: "Stadtteiltreff Sulzgries", "Getränkemarkt Neckarquelle"
_HOUSE_BEFORE = regex.compile(r"(?P<h>\p{Lu}\p{Ll}{3,})\x20+$")


# words of faith that are first names too ("Muslim", "Christ"): after "ich bin", "als" a faith
_BELIEF_WORDS = frozenset(
    ("Christ", "Christin", "Muslim", "Muslima", "Moslem", "Jude", "Hindu", "Sikh")
)
_COPULA_BEFORE = regex.compile(
    r"(?i:(?<!\p{L})(?:bin|bist|ist|sind|seid|war|werde|wurde|als)\s+(?:(?:ein|eine|kein|keine|"
    r"gläubiger?|praktizierender?|überzeugter?|frommer?)\s+)?)$"
)


def _belief_after_copula(text: str, s: int, words: list) -> bool:
    """Tell a faith after "ich bin", "als": "Ich bin Muslim und …", "als gläubiger Christ"."""
    return len(words) == 1 and words[0] in _BELIEF_WORDS and bool(
        _COPULA_BEFORE.search(text, max(0, s - 40), s)
    )


def _not_a_person_before(text: str, s: int, words: list) -> bool:
    """Tell a single word that names an employer or the place of a house, by the words before.

    "in der Arbeit bei Eberspächer", "Ingeniera bei Festo": a company; "Stadtteiltreff
    Sulzgries", "Obstbauverein Weil": the name of a house or a club is a place. A first name
    keeps it a person ("Kollege bei Anna").
    """
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    word = words[0]
    lex = lexicon()
    if lex.is_first_name(word, ambiguous=True):
        return False
    before = text[max(0, s - 60) : s]
    if _WORK_WORDS.search(before) is not None:
        return True
    job = _JOB_BEFORE.search(before)
    if job is not None and (_is_person_noun(job.group("n")) or job.group("n").lower().startswith(
        ("ingenieur", "inginer", "ingenier", "engineer", "entwickler", "techniker")
    )):
        return True
    house = _HOUSE_BEFORE.search(before)
    return house is not None and house.group("h").lower().endswith(_PLACE_TAILS) and (
        not _is_person_noun(house.group("h"))
    )


def _abbreviation(text: str, s: int, e: int, words: list) -> bool:
    """"Kundennr. 123456", "Vorgangsnr.": a noun shortened at "-nr" before a period."""
    return len(words) == 1 and text[e : e + 1] == "." and words[0].lower().endswith("nr")


def _verb_after_tag(text: str, s: int, e: int, words: list, dialect: bool) -> int:
    """"[NAME] weiß das", "[NAME] agrufa": a lower-case verb after a name is no surname.

    Also after a name of two words ("Huber [NAME] weiß") and for a dialect verb no list
    knows ("d'Huber [NAME] woiß des"): a lower-case word after a tag that is no surname of
    the gazetteer. Only in a text that writes its nouns with capitals (else "anna weiß"
    may be a surname).
    """
    if len(words) < 2 or words[-2] != "NAME" or not words[-1][:1].islower():
        return e
    word = words[-1]
    lex = lexicon()
    capital = word[:1].upper() + word[1:]
    verb = lex.is_lower_word(word) or (
        (dialect or not lex.is_german(capital)) and capital not in lex.last
    )
    if not verb or not _capitals_outside_names(text):
        return e
    return text.rindex("]", s, e) + 1


@lru_cache(maxsize=8)
def _capitals_outside_names(text: str) -> bool:
    """Tell a text with a capital letter outside its ``[NAME]`` tags (once per text)."""
    return any(ch.isupper() for ch in text.replace("[NAME]", ""))


def _lines(text: str, s: int, e: int):
    r"""Split a span at line breaks: a name and the next line's place or group are two things.

    "Hagenau\n[NAME]", "[NAME]\nSeniorenrat": the part holding a tag stays, else all parts.
    """
    if "\n" not in text[s:e]:
        return [(s, e)]
    parts, start = [], s
    for piece in text[s:e].split("\n"):
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            parts.append((start + lead, start + len(piece.rstrip())))
        start += len(piece) + 1
    tagged = [(a, b) for a, b in parts if "[NAME]" in text[a:b]]
    return tagged or parts
