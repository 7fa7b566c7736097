"""Who signed or noted an answer: initials around a name found, credits on workshop cards.

* Initials before or after a name found already stay readable beside the tag ("K.-H.
  [NAME]", "F. & M. [NAME]", "[NAME] v. T."); with the tag they name the person, so they
  join it. Abbreviations stay ("z. B.", "u. a.", "S. 12").
* A surname written beside a first name found, in capitals or in lower case, joins its
  tag: "Melder: WEISSER, [NAME]" (a form's "SURNAME, First name"), "[NAME] KRÄMER",
  "gruß [NAME] eisele", "[NAME] „Ralle“ Wörner"; so does a first name joined in lower case
  ("[NAME] und ida"). The place beside a found name is the evidence, so the word itself
  needs only to be no word of the language ("[NAME] BITTE", "[NAME] hat", "[NAME] lol").
* Initials and a surname alone closing a line or the answer sign it: "K. FLAMM",
  "J. C. DE LA ROSA", "H.-J. Brodbeck".
* A first name after a credit on a card or in a note: "(Idee von Alex)", "(Notiz: Kiki)",
  "Host: Kai", "Protokoll: Ben". Only a listed first name or a pet form of one that is
  no noun ("Protokoll: siehe Anhang", "Foto: Stadt Esslingen" stay).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon, verb_lemma
from esslingen_lab.privacy.redact.lower_slots import ABBREVIATION_INITIALS
from esslingen_lab.privacy.redact.particle_surnames import particle_surname
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.public_web import PUBLIC_PLACE_RE
from esslingen_lab.privacy.redact.short_forms import diminutive_name, short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    _HELLO,
    _PLACE_WORDS,
    FIRST_NAMES,
    NOT_NAMES,
    body_named,
    read_words,
)

__all__ = ["CREDIT_RULES", "SIGNER_LEAD", "INITIAL_RULES", "credit_name_spans",
           "initial_sign_off_spans", "initials_beside_name_spans", "name_parts_beside_tag_spans"]

# one initial: "K.", "Th.", a double one "K.-H.", "H.-J." (not a title: "Dr.", "Fr.")
_ONE = r"(?:(?:\p{Lu}|Th|Ch|Ph)\.(?:-\x20?\p{Lu}\.)?)"
# initials before a tag: "K.-H. [NAME]", "F. & M. [NAME]", "E. u. W. [NAME]"
_BEFORE = regex.compile(
    rf"(?<![\p{{L}}.\-])(?<!(?<![\p{{L}}])[iIzZ]\.\x20?)(?P<v>{_ONE}(?:\x20*(?:&|\+|u\.|und|/)?\x20*{_ONE})*-?)\x20*(?=\[NAME\])"
)
# initials after a tag: "[NAME] v. T.", "[NAME] v. d. B.", "[NAME] B." (before an end), and a
# list's or a form's single one after a comma, before an item's end only: "[NAME], T.;" (not
# "[NAME], u. a. wegen", "[NAME], M.A.", "[NAME], S. oben")
_AFTER_COMMA = regex.compile(r"(?<=\[NAME\]),\x20?(?P<v>\p{Lu}\.)(?=\x20*(?:$|\n|[,;)|/]))")
_AFTER = regex.compile(
    r"(?<=\[NAME\])\x20+(?P<v>(?:v\.\x20?(?:d\.\x20?)?)?\p{Lu}\.(?:-?\x20?\p{Lu}\.)?)"
    r"(?=\x20*(?:$|\n|[,;!?)]|\x20\p{Ll}|\x20[–\-]))"
)
# a lower-case initial after a tag in a text typed in lower case: "kollege [NAME] p. und ich"
# (not the letters abbreviations start with: "a. D.", "e. V.", "i. A.", "s. o.", "u. a.", "z. B.")
_LOWER_AFTER_INITIAL = regex.compile(
    rf"(?<=\[NAME\])\x20(?P<v>(?![{ABBREVIATION_INITIALS}])[a-z]\.)(?=[\x20,;)!?]|$)"
    r"(?!\x20\p{Ll}\.|\x20\p{Lu})"
)
# an elided particle between two tags: "[NAME] D'[NAME]" ("Roberta D'Angelo", "Sean O'Brien")
_ELIDED = regex.compile(r"\[NAME\]\x20+(?:[DdOLl]|Dall|Dell)['’]\[NAME\]")
# a short word between two tags, a middle name: "[NAME] Thu [NAME]" ("Trần Thu Hương")
_BETWEEN = regex.compile(r"\[NAME\]\x20(?P<v>\p{Lu}\p{Ll}{1,5})\x20\[NAME\]")
# an Arabic name's kunya or patronymic word before a tag: "Abu [NAME]" ("Abu Bakr Al-Hashimi")
_KUNYA = regex.compile(r"(?<![\p{L}\-])(?:Abu|Umm|Ibn|Bint)\x20(?=\[NAME\])")
# "z. B.", "u. A.", "S. 12": abbreviations the initials must not be
_ABBREVIATIONS = frozenset(("z. B.", "z.B.", "u. A.", "u.A.", "i. A.", "i.A.", "d. h.", "o. Ä."))


# the same abbreviations in any case and spacing ("Z.B.", "z. b.", "U.U.", "O. Ä.")
_ABBREVIATION_LETTERS = frozenset(
    ("zb", "ua", "ia", "iv", "dh", "uu", "oä", "uä", "va", "zt", "ggf", "idr", "usw")
)


def _abbreviation(initials: str) -> bool:
    """Tell initials that spell an abbreviation: "Z.B. ", "u. A. ", "D. H. "."""
    letters = "".join(ch for ch in initials.lower() if ch.isalpha())
    return letters in _ABBREVIATION_LETTERS


def initials_beside_name_spans(text: str):
    """Yield initials standing right before or after a [NAME] tag."""
    if "[NAME]" not in text:
        return
    for match in _BEFORE.finditer(text):
        value = match.group("v")
        if value.strip() in _ABBREVIATIONS or value.strip() in ("S.", "Nr.", "St."):
            continue
        yield match.start("v"), match.end() + len("[NAME]")  # one tag: "[NAME]", not two
    for match in _ELIDED.finditer(text):
        yield match.span()
    for match in _BETWEEN.finditer(text):
        word = match.group("v")
        if word not in NOT_NAMES and not _is_person_noun(word):
            yield match.span()
    for match in _KUNYA.finditer(text):
        yield match.start(), match.end() + len("[NAME]")
    for match in _AFTER.finditer(text):
        value = match.group("v")
        if value.strip() in _ABBREVIATIONS:
            continue
        yield match.start() - len("[NAME]"), match.end("v")
    for match in _AFTER_COMMA.finditer(text):
        yield match.start() - len("[NAME]"), match.end("v")
    for match in _LOWER_AFTER_INITIAL.finditer(text):
        yield match.start() - len("[NAME]"), match.end("v")


# ---- a surname beside a first name found -----------------------------------------------------

_PARTICLES = r"(?:(?i:von|van|vom|zu|zur|de|di|da|del|della|la|le|du|ter|ten|der|den|dos|y)\x20+)"
# "[NAME] KRÄMER", "[NAME] VON DER LINDEN": a surname in capitals after the tag
_CAPS_AFTER = regex.compile(
    rf"\[NAME\]\x20+(?P<v>{_PARTICLES}{{0,3}}\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})*)"
    r"(?![\p{L}\d\-])"
)
# "[14:20] STROBEL [NAME] (Amt 20)": a list's or a chat's surname in capitals before the tag
_CAPS_BEFORE = regex.compile(
    r"(?<![\p{L}\-.])(?P<v>\p{Lu}{3,}(?:-\p{Lu}{2,})*)\x20+\[NAME\]"
)
# "05:45 ŠIMIĆ A. / 05:50 NDIAYE F.": a list's surname in capitals with its first initial
_CAPS_INITIAL = regex.compile(
    r"(?<![\p{L}\-.])(?P<v>\p{Lu}{3,}(?:-\p{Lu}{2,})*)\x20(?P<i>\p{Lu}\.)"
    r"(?=\x20|$|\n|[,;/)])(?!\x20?\p{L}\.)"
)
# "gruß [NAME] eisele", "[NAME] wagenblast und ich": a lower-case surname closing the name
_LOWER_AFTER = regex.compile(
    r"\[NAME\]\x20+(?P<v>\p{Ll}{3,}(?:-\p{Ll}{3,})?)"
    r"(?=\x20*(?:$|\n|[,;.!?)(]|\x20(?:und|u\.|aus|vom|von|\d)\b))"
)
# a line that signs: the tag opens it after a dash or a greeting ("– [NAME] feuchter"); a
# greeting also after a sentence on the same line ("die seite hängt. gruß [NAME] schick")
_SIGNED_LINE = regex.compile(
    r"(?:^|\n|(?<=[.!?]\x20{1,2}))[^\S\n]*(?:[–—\-][^\S\n]*|(?i:(?:liebe|viele|herzliche|beste)\x20+)?"
    r"(?i:grüße|grüsse|gruß|gruss|grüßle|lg|vg|bg|mfg|tschüss|tschüs|ciao|ade)[,!]?[^\S\n]+)$",
    regex.VERSION1,
)
_LINE_ENDS = regex.compile(r"[^\S\n]*[.!]?[^\S\n]*(?:\n|$)", regex.VERSION1)
# a name's cue before the tag: "ich heiße [NAME] ruf,", "kontoinhaberin [NAME] reiß", "von:"
_NAMED = regex.compile(r"(?i:ich\x20hei(?:ß|ss)e|mein\x20name\x20ist|(?:konto)?inhaber(?:in)?:?"
                       r"|absender(?:in)?:|^von:|\nvon:|name:)\x20+$")
# "WEISSER, [NAME]", "Name des Kindes ÖZDEMIR, [NAME]": a form's "SURNAME, First name" after
# a field label, at a line's start or after a colon
_SURNAME_FIRST = regex.compile(
    r"(?:(?P<lead>^|[—–]\x20)|[:;|]|(?<![\d.,])\d{1,3}[.)]|(?<![\p{L}])(?i:name|namens|kind|kindes|sohn|tochter|schüler|schülerin|eltern|"
    r"vater|mutter|melder|melderin|antragsteller|antragstellerin|ansprechpartner|"
    r"ansprechpartnerin|kontakt|inhaber|inhaberin|teilnehmer|teilnehmerin|halter|halterin|"
    r"kontoinhaber|kontoinhaberin|mieter|mieterin|bewohner|bewohnerin|patient|patientin))"
    r"[\x20\t]*(?P<v>\p{Lu}[\p{L}\-]{2,}(?:[\x20\-]\p{Lu}[\p{L}\-]{2,})?),\x20*\[NAME\]",
    regex.MULTILINE,
)
# Speed: every match of _SURNAME_FIRST ends in this; a text without it (most texts with a
# tag) skips the pattern, whose leading alternation is tried at every position (~50 µs)
_COMMA_TAG = regex.compile(r",\x20*\[NAME\]")
# "[NAME] „Ralle“ Wörner": a nickname in quotes between first name and surname, also one
# a name rule took ("[NAME] „[NAME]“ Wörner", "[NAME] „Wolle“ [NAME]")
_QUOTED_MIDDLE = regex.compile(
    r"\[NAME\]\x20+(?P<v>[\"„“‚'»«](?:\p{Lu}\p{Ll}{1,14}|\[NAME\])[\"“”‘'«»]\x20+"
    r"(?:\p{Lu}[\p{Ll}\-]+|\[NAME\]))"
    r"(?![\p{L}])"
)
# "[NAME] und ida": a first name in lower case joined to a name found
_LOWER_JOINED = regex.compile(r"\[NAME\]\x20+(?:und|&|u\.)\x20+(?P<v>\p{Ll}{3,12})(?![\p{L}\-\[])")
# "[NAME] von der Linden", "[NAME] von Waldenfels" (also read from "VON WALDENFELS"): a
# particle name after a first name found, closing the line or before a comma
_PARTICLE_AFTER = regex.compile(
    r"\[NAME\]\x20+(?P<v>(?:von|van|de|di|da|del|della|du|ter|ten|zu)"
    r"(?:\x20+(?:der|den|dem|la|le|los|las|de|do|da))?\x20+(?P<s>\p{Lu}[\p{L}'’\-]+))"
    r"(?=[\x20\t]*(?:$|\n|,|\(|;))",
    regex.MULTILINE,
)
_VOWEL = regex.compile(r"[AEIOUÄÖÜYaeiouäöüy]")
# "er heißt [NAME] Zimmerle, hat …", "[NAME] Vollrner, wohnhaft": a surname no list knows
# right after a first name found (a word of the language, a place, a firm's word stay)
_TITLE_AFTER = regex.compile(
    r"\[NAME\]\x20(?P<v>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)(?![\p{L}\d\-@]|\.\p{L})"
)
_PLACE = PUBLIC_PLACE_RE
# "ich bin maria [NAME]": a first name typed in lower case before the surname found
_LOWER_FIRST_BEFORE = regex.compile(r"(?<![\p{L}\-.])(?P<v>\p{Ll}{3,12})\x20\[NAME\]")
# "VON DER HEYDT, CONSTANTIN" read as "[NAME], CONSTANTIN": the form's first name after it
_CAPS_FIRST_AFTER = regex.compile(
    r"\[NAME\],\x20?(?P<v>\p{Lu}{3,}(?:-\p{Lu}{3,})?"
    # or as the case view reads a shouted line: "HUBER, KARL-HEINZ" as "[NAME], Karl-Heinz"
    r"|\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}"
    # "DOĞAN, ERKAN" read as "[NAME], Erkan": a first name the name lists know
    r"|(?P<t>\p{Lu}\p{Ll}{2,}))(?![\p{L}\-])"
)


def _unknown_surname(word: str, lex) -> bool:
    """Tell a surname by being no word: "Zimmerle", "Vollrner" (not "Esslingen", "Danke")."""
    if word in NOT_NAMES or word in _HELLO or _is_person_noun(word):
        return False
    if "-" in word and any(_unknown_surname(part, lex) for part in word.split("-")) and not any(
        lex.is_compound(part) for part in word.split("-")
    ):
        return True  # "[NAME] Hosseini-Far": one part no word
    if _PLACE.fullmatch(word) is not None or word.lower() in _PLACE_WORDS:
        return False
    if lex.is_lower_word(word) or any(
        lex.is_compound(part) and not (part.endswith("le") and not lex.is_german(part))
        for part in word.split("-")
    ):
        # "[NAME] Nur …", "[NAME] Streudienst": a function word, a compound (not a Swabian
        # name in "-le" that splits as one: "Zipp|erle")
        return False
    if word.lower().endswith(_STREET_ENDINGS):
        return False  # "[NAME] Wartenbergplatz"
    if any(lex.is_german(part) or lex.is_english(part) for part in word.split("-")):
        return word in lex.last and not lex.is_common_noun(word)
    return True


# endings of streets and of places: "Wartenbergplatz", "Ückesdorf", "Holstenquartier"
_STREET_ENDINGS = (
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "steig",
    "steige", "ufer", "markt", "park", "brücke", "tor", "hof", "dorf", "heim", "hausen",
    "ingen", "stadt", "berg", "burg", "feld", "bach", "quartier", "viertel", "furt", "kirchen",
    "weiler", "tal", "hagen", "rode", "stedt",
)


def name_parts_beside_tag_spans(text: str):
    """Yield a surname (or a joined first name) written beside a [NAME] tag, with the tag.

    The words around a found first name are the evidence; the word itself must only be no
    word of the language in the case it has: no function word, no word German writes in
    lower case ("[NAME] BITTE", "[NAME] hat"), no English word ("[NAME] lol"), no acronym
    in capitals ("[NAME] SAP").
    """
    if "[NAME]" not in text:
        return
    lex = lexicon()
    for match in _CAPS_AFTER.finditer(text):
        words = match.group("v").split()
        last = words[-1]
        if len(words) == 1 and not _surname_in_capitals(last, lex):
            continue
        if len(words) > 1 and _function_word(last.lower()):
            continue  # "[NAME] VON DER STADT" reads the noun: a caps noun after a particle
        if len(words) > 1 and words[0].islower() and body_named(last):
            continue  # "[NAME] von der AOK": a body's letters after a particle in lower case
        yield match.start(), match.end("v")
    dialect = None
    for match in _LOWER_AFTER.finditer(text):
        word = match.group("v")
        if not _lower_surname(word, lex) and not (
            (_SIGNED_LINE.search(text, 0, match.start()) is not None
             and _LINE_ENDS.match(text, match.end("v")) is not None
             or _NAMED.search(text, max(0, match.start() - 30), match.start()) is not None
             and not lex.is_english(word))  # "ich heiße [NAME] lol"
            and not _function_word(word) and word not in _DIALECT
        ):
            continue  # a word of the language after a name, unless it closes a signed line
            # ("– gerda feuchter" at the answer's end) or follows a name's cue ("ich heiße")
        if word[:1].upper() + word[1:] not in lex.last:
            if dialect is None:
                from esslingen_lab.privacy.redact.name_checks import dialect_text

                dialect = dialect_text(text)
            if dialect:
                continue  # "beim Doktor [NAME] aagrufa": a dialect verb, spelt as spoken
        yield match.start(), match.end("v")
    surname_first = _SURNAME_FIRST.finditer(text) if _COMMA_TAG.search(text) else ()
    for match in surname_first:
        word = match.group("v")
        if word in _HELLO or word.capitalize() in _HELLO:
            continue  # "Servus, [NAME]", "MOIN, [NAME]"
        if match.group("lead") is not None and not (
            word.isupper() and len(word) > 3 or word in lex.last
        ):
            continue  # without a label only a form's surname in capitals: "WEISSER, [NAME]"
        lead = match.group("lead")
        if lead and lead[0] in "—–" and not (
            word in lex.last or _no_word_in_capitals(word, lex)
        ):
            continue  # "— STIMMT, [NAME]", "– RICHTIG, [NAME] war dabei"
        if _surname_before_first_name(word, lex):
            yield match.start("v"), match.end()
    for match in _PARTICLE_AFTER.finditer(text):
        if particle_surname(match.group("s"), lex):
            yield match.start(), match.end("v")
    for match in _JOINED_PARTICLE.finditer(text):
        yield match.span()  # "[NAME] Kühnle-de [NAME]": one double name, one tag
    for match in _INITIAL_AND.finditer(text):
        yield match.span()  # "R. u. [NAME]": a couple signing with their initials
    for match in _QUOTED_MIDDLE.finditer(text):
        surname = match.group("v").split()[-1]
        if not _function_word(surname.lower()) and not lex.is_lower_word(surname):
            yield match.start(), match.end("v")
    for match in _TITLE_AFTER.finditer(text):
        if _unknown_surname(match.group("v"), lex):
            yield match.start(), match.end("v")
    for match in _LOWER_FIRST_BEFORE.finditer(text):
        word = match.group("v")
        capital = word[:1].upper() + word[1:]
        if lex.is_first_name(capital, ambiguous=True) and not (
            lex.is_lower_word(word) or _function_word(word) or _is_person_noun(capital)
            or capital in NOT_NAMES or capital in _HELLO
        ):
            yield match.start("v"), match.end()
    for match in _CAPS_FIRST_AFTER.finditer(text):
        word = match.group("v")
        if match.group("t") is not None and not (
            lex.is_first_name(word, ambiguous=True) and word not in NOT_NAMES
            and word not in _HELLO and not lex.is_lower_word(word)
        ):
            continue  # a listed first name only: "[NAME], Handy …", "[NAME], Esslingen"
        # each part of a double name as a name: "KARL-HEINZ" as "Karl-Heinz"
        capital = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
        if all(lex.is_first_name(p, ambiguous=True) or (
            p in lex.first and not lex.is_lower_word(p) and not lex.is_common_noun(p)
        ) for p in capital.split("-")):
            yield match.start(), match.end("v")
    for match in _CAPS_BEFORE.finditer(text):
        word = match.group("v")
        if word.capitalize() not in _HELLO and _surname_in_capitals(word, lex):
            yield match.start("v"), match.end()
    for match in _LOWER_JOINED.finditer(text):
        word = match.group("v")
        capital = word[:1].upper() + word[1:]
        if lex.is_first_name(capital, ambiguous=True) and not lex.is_lower_word(
            capital
        ) and capital not in NOT_NAMES:
            yield match.start("v"), match.end("v")


def _surname_in_capitals(word: str, lex, *, strict: bool = True) -> bool:
    """Tell "KRÄMER", "ÖZDEMIR" from "BITTE", "SEHR", "SAP", "STEUERN" after a name.

    ``strict`` turns down a word the dictionary lists in lower case ("SEHR"), which some
    surnames are too ("ÖZDEMIR"); a field label before the word ("Melder:") lifts it.
    """
    if not word.isupper() or len(_VOWEL.findall(word)) < 1 or len(word) < 3:
        return False
    vowels = len(_VOWEL.findall(word))
    if len(word) <= 4 and vowels < 2 and word[:1] + word[1:].lower() not in lex.last:
        return False  # "SAP", "IT", "GMBH"
    for part in word.split("-"):
        lower = part.lower()
        capital = part[:1] + lower[1:]
        if capital in lex.last:
            continue
        if _function_word(lower) or lex.is_english(lower) or capital in NOT_NAMES:
            return False
        lemma = lex.german.get(lower)
        if strict and lemma is not None and lemma[:1].islower() and lemma == lower:
            return False  # "SEHR", "SUPER", "NETT": a word in lower case as written
        noun = lex.german.get(capital)
        if noun is not None and noun[:1].isupper() and noun != capital:
            return False  # "STEUERN", "ÄMTER": an inflected noun
        if _is_person_noun(capital) or lower in _SHOUTED or lex.is_compound(capital):
            return False  # "[NAME] ORDNUNGSAMT"
    from esslingen_lab.privacy.redact.workplace import shouted_noun

    return not shouted_noun(word, lex)  # "[NAME] KINO", "K. SCHWIMMBAD"


# words written in capitals for emphasis after a greeting's name: "[NAME] DANKE!"
_SHOUTED = frozenset(
    "danke bitte dringend gruss gruß grüsse grüße hallo bitte sofort ende stop achtung "
    "info hinweis wichtig ps nachtrag update edit".split()
)


def _lower_surname(word: str, lex) -> bool:
    """Tell "eisele", "wagenblast" from "hat", "lol", "isch", "bürgeramt" after a name."""
    capital = word[:1].upper() + word[1:]
    if _function_word(word) or word in _DIALECT or lex.is_english(word):
        return False
    if capital in lex.last and not lex.is_lower_word(word):
        return True
    return not lex.is_german(word) and not lex.is_german(capital) and len(_VOWEL.findall(word)) >= 1


def _surname_before_first_name(word: str, lex) -> bool:
    """Tell "WEISSER" / "Weisser" before ", [NAME]" after a field label from a noun."""
    parts = word.replace(" ", "-").split("-")
    for part in parts:
        capital = part[:1] + part[1:].lower()
        if capital in lex.last:
            continue
        if _function_word(part.lower()) or capital in NOT_NAMES or _is_person_noun(capital):
            return False
        # a run of capitals is read in ordinary case ("ÖZDEMIR, EMRE" as "Özdemir, Emre"):
        # a word in either case is taken as in capitals
        if not _surname_in_capitals(part.upper(), lex, strict=False):
            return False
        if not part.isupper() and lex.is_compound(capital):
            return False  # "Bürgeramt, [NAME]": a compound noun, as written
    return True


def _function_word(word: str) -> bool:
    from esslingen_lab.privacy.redact.casing import _function_words

    return word in _function_words()


_DIALECT = frozenset(read_words("dialect_markers"))


# ---- initials and a surname signing an answer ----------------------------------------------

# "K. FLAMM", "J. C. DE LA ROSA", "H.-J. Brodbeck": alone on the line's end, after its start
# or a sentence's end
_INITIAL_SIGN_OFF = regex.compile(
    r"(?:^|(?<=(?P<cue>(?i:gez\.|gez|mfg|gruß|gruss|grüße|lg|vg))[,:]?\x20{1,3})|(?<=[.!?)]\x20{1,3}))"
    r"(?P<v>(?:\p{Lu}\.(?:-\p{Lu}\.)?\x20?){1,3}"
    r"(?:(?:VON|VAN|DE|DI|DA|DEL|LA|LE|TER|TEN|ZU|DER|von|van|de|di|da|del|la|ter|ten|zu)\x20)*"
    r"(?P<s>\p{Lu}[\p{L}\-]+))"
    # a role after a comma: "H. Weible, Stadtrat a.D.", "K. Stoll, Kassier"
    r"(?:,\x20*\p{Lu}[^\n,!?]{1,40})?[\x20\t]*[.!]?[\x20\t]*$",
    regex.MULTILINE,
)


def initial_sign_off_spans(text: str):
    """Yield initials and a surname closing a line: "Bin umsonst gekommen. K. FLAMM"."""
    lex = lexicon()
    for match in _INITIAL_SIGN_OFF.finditer(text):
        value = match.group("v")
        surname = match.group("s")
        initials = value[: match.start("s") - match.start("v")]
        if value.split()[0] in ("S.", "Nr.", "St.") or _abbreviation(initials):
            continue  # "Z.B. KINO", "U. A. SCHWIMMBAD": an abbreviation, no initials
        capital = surname[:1] + surname[1:].lower()
        if _function_word(surname.lower()) or capital in NOT_NAMES or _is_person_noun(capital):
            continue
        if surname.isupper():
            if len(surname) < 3 or not _surname_in_capitals(surname, lex):
                continue
        elif capital not in lex.last and (
            lex.is_lower_word(surname) or lex.is_common_noun(surname)
        ) and not _dictionary_name(surname, lex) and not match.group("cue") and (
            text[match.end() :].strip() or text[match.start() - 1 : match.start()] != "\n"
            or not _adjective_surname(surname, lex)
        ):
            continue  # "S. Anlage", "P. S. Danke" (not "gez. K. Härter": signed, nor the
            # answer's last line alone: "…\nR. Wüst")
        yield match.span("v")


def _adjective_surname(word: str, lex) -> bool:
    """Tell a surname made of an adjective ("Wüst", "Härter"), not a noun ("Ruhe", "Punkt")."""
    lemma = lex.german.get(word.lower())
    return bool(lemma) and lemma[:1].islower() and not verb_lemma(lemma)


def _dictionary_name(word: str, lex) -> bool:
    from esslingen_lab.privacy.redact.workplace import _dictionary_surname

    return _dictionary_surname(word, lex)


_CREDIT = regex.compile(
    r"(?<![\p{L}\-])(?:(?:Idee|Vorschlag|Beitrag|Anregung|Wunsch|Frage|Notiz|Karte|Zettel)"
    r"\x20+(?:von|vom)|(?:eingereicht|notiert|aufgeschrieben|geschrieben|verfasst|gemalt|"
    r"gezeichnet|fotografiert)\x20+von|(?:Notiz|Notizen|Protokoll|Mitschrift|Moderation|"
    r"Host|Gastgeberin|Gastgeber|Autorin|Autor|Foto|Fotos|Zeichnung|Text|Verfasserin|"
    r"Verfasser|Schreiberin|Schreiber)\x20*:)"
    r"\x20*(?P<v>\p{Lu}\p{Ll}{1,11})(?=\x20*(?:$|\n|[,;.!?)]|\x20[–\-]|\x20\())"
)


def _credited_first_name(word: str, lex) -> bool:
    if word in NOT_NAMES or _is_person_noun(word) or lex.is_common_noun(word):
        return False
    if lex.is_lower_word(word):
        return False
    return (
        word in FIRST_NAMES
        or word in lex.first
        or short_form(word, cue=True)
        or diminutive_name(word)
    )


def credit_name_spans(text: str):
    """Yield a first name credited on a card or in a note: "(Idee von Alex)"."""
    lex = lexicon()
    for match in _CREDIT.finditer(text):
        if _credited_first_name(match.group("v"), lex):
            yield match.span("v")


# an initial, an elided particle before a tag, a short word between two tags (each branch
# searched alone: patterns.py)
_INITIAL_GATE = Branches(
    r"\p{Lu}\p{Ll}?\.|['’]\[NAME|E\]\x20\p{Lu}\p{Ll}{1,5}\x20\[|E\]\x20\p{Ll}\."
    r"|(?:Abu|Umm|Ibn|Bint)\x20\[NAME"
)
# "[NAME] KRÄMER", "WEISSER, [NAME]", "[NAME] eisele", "[NAME] „Ralle“ Wörner"
# a double name whose second part opens with a particle: "Johanna Kühnle-de Vries", "Angelika
# Storz-von Bülow" (the rules find the first name and "Vries", not the part between)
_JOINED_PARTICLE = regex.compile(
    r"\[NAME\]\x20\p{Lu}\p{Ll}+-(?:de|von|van|vom|zu|ter|ten|di|da|del|della|la|le|al|el|dos|du)"
    r"\x20\[NAME\]"
)
# what stands before those who sign: a line's start, a dash or a comma, a greeting
SIGNER_LEAD = r"(?:^|[\n,–—\-:]|(?i:grüße|gruß|grüßen|lg|vg|mfg|eure|euer|ihre|ihr|von))"
# the first initial of a couple before the second's name: "R. u. M. Teufel", "A. & K. Weiß"
_INITIAL_AND = regex.compile(
    rf"(?<=(?:{SIGNER_LEAD}|[.!?])[^\S\n]*)\p{{Lu}}\.\x20?(?i:u\.|und|&|\+)\x20?(?:\p{{Lu}}\.\x20?)?\[NAME\]",
    regex.VERSION1,
)
_BESIDE_GATE = regex.compile(
    r"\[NAME\]\x20+(?:\p{Lu}{2}|\p{Ll}|[\"„“‚'»«]|(?i:von|van|de|di|da|zu)\x20)|\p{L},\x20*\[NAME"
    r"|\.\x20?(?i:u\.|und|&|\+)\x20?(?:\p{Lu}\.\x20?)?\[NAME"
    r"|\[NAME\]\x20\p{Lu}\p{Ll}{2}|\p{L}{3}\x20\[NAME|\[NAME\],\x20?\p{Lu}(?:\p{Lu}{2}|\p{Ll}{2})"
)


def _no_word_in_capitals(word: str, lex) -> bool:
    """Tell "NDIAYE", "BRANDSTETTER", "ŠIMIĆ" from "KAPITEL", "SEITE", "TEIL" (any noun).

    Without a first name found beside it, a word in capitals is a surname only when it is
    no word of German or English, or a surname that is no common noun.
    """
    if word.capitalize() in _HELLO or not _surname_in_capitals(word, lex):
        return False
    for part in word.split("-"):
        capital = part[:1] + part[1:].lower()
        if capital in lex.last and not lex.is_common_noun(capital):
            continue
        if lex.is_german(capital) or lex.is_german(capital.lower()) or lex.is_english(
            capital.lower()
        ):
            return False
    return True


# the signature's last line, a first name found and one more word: "— [NAME] Sonntag",
# "Viele Grüße\n[NAME] Winter" (the surname may be a word: Sonntag, Winter, Koch)
_SIGNATURE_LINE = regex.compile(
    r"(?m)^[\x20\t]*(?:[—–\-]{1,2}[\x20\t]*)?\[NAME\]\x20(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"[\x20\t]*$"
)


_SIGNING_GROUPS = frozenset("Team Vorstand Redaktion Gruppe Verwaltung Familie Orga".split())
_TITLES_AFTER_NAME = frozenset("Pastor Pfarrer Doktor Professor Gott Jesus".split())


def signature_surname_spans(text: str):
    """Yield a surname after a first name found on the answer's last line."""
    if "[NAME]" not in text:
        return
    lex = lexicon()
    for match in _SIGNATURE_LINE.finditer(text, max(0, len(text) - 80)):
        word = match.group("v")
        if text[match.end() :].strip() or word in _HELLO or word in _SIGNING_GROUPS:
            continue  # not the last line; "[NAME] Danke", "[NAME] Team"
        if not (word in lex.last or not lex.is_german(word)) or word in _TITLES_AFTER_NAME:
            continue  # a surname the lists know ("Winter", "Koch") or no word; not "Leitung"
        if (
            _function_word(word.lower()) or lex.is_lower_word(word) or _is_person_noun(word)
            or _PLACE.fullmatch(word) is not None or word.lower() in _PLACE_WORDS
            or lex.is_compound(word)
        ):
            continue  # "[NAME] Esslingen", "[NAME] Kassier", "[NAME] Elternbeirat"
        yield match.span("v")  # the word alone: the tag before it stays whole


def caps_initial_spans(text: str):
    """Yield a surname in capitals with its first initial: "NDIAYE F.", "ŠIMIĆ A."."""
    lex = lexicon()
    for match in _CAPS_INITIAL.finditer(text):
        if _no_word_in_capitals(match.group("v"), lex):
            yield match.start("v"), match.end("i")


# a form's surname label read out without its colon: "Vorname Jürgen, Nachname Sautter"
# (also with a colon or a verb for a maiden name: "Geburtsname: Köhler", "Mein Mädchenname
# ist Schäfer"; not "… ist derselbe", "Geburtsname: siehe oben")
_SURNAME_LABEL = regex.compile(
    r"\b(?:Nach|Familien|Zu|Geburts|Mädchen)name(?<lead>\x20*:\x20*|\x20+(?:ist|war|lautet)\x20+"
    r"|\x20+)(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)

_FORM_GOES_ON = regex.compile(r"\x20*[,;/|]\x20*(?i:vorname|rufname|geb|geburt)")
_LABEL_ENDS = regex.compile(r"\x20*(?:[.,;!?)]|$)")
# typed in lower case: "der jürgen vom sportverein, nachname maichle, hat gesagt"
_LOWER_SURNAME_LABEL = regex.compile(
    r"\b(?i:nach|familien|zu|geburts|mädchen)name\x20+(?P<v>\p{Ll}{3,}(?:-\p{Ll}+)?)"
    r"(?=\x20*(?:[,.;:!?)]|$|\n))"
)


def surname_label_spans(text: str):
    """Yield the surname after "Nachname" or "Familienname" written without a colon."""
    lex = lexicon()
    for match in _SURNAME_LABEL.finditer(text):
        word = match.group("v")
        lead = match.group("lead").strip()
        if lead and not (
            lex.is_compound(word) or lex.is_lower_word(word) or _function_word(word.lower())
            or (lead != ":" and lex.is_common_noun(word) and word not in lex.last)
        ):  # (not "Der Nachname ist Pflicht")
            yield match.span("v")  # "Geburtsname: Köhler", "Mein Mädchenname ist Schäfer"
            continue
        if _unknown_surname(word, lex) or word in lex.last and not (
            lex.is_compound(word) or lex.is_lower_word(word) or _is_person_noun(word)
        ) or _FORM_GOES_ON.match(text, match.end("v")) and not (
            lex.is_compound(word) or lex.is_lower_word(word) or _function_word(word.lower())
            or _is_person_noun(word) or word in NOT_NAMES or word.lower() in _PLACE_WORDS
        ) or _LABEL_ENDS.match(text, match.end("v")) and not (
            lex.is_common_noun(word) or lex.is_compound(word) or lex.is_english(word.lower())
            or _function_word(word.lower()) or word in NOT_NAMES
        ):  # a surname the lists know, any word when the form goes on ("Nachname Kübler,
            # Vorname Anja") or the phrase ends ("Nachname Brecht."; not "… Pflichtfeld.")
            yield match.span("v")
    for match in _LOWER_SURNAME_LABEL.finditer(text):
        word = match.group("v")
        capital = word[:1].upper() + word[1:]
        if not (lex.is_lower_word(word) or lex.is_german(capital) or _function_word(word)):
            yield match.span("v")  # "nachname maichle,"; not "nachname fehlt.", "pflicht"


# the initials' gates start at the dot and look back at the capital: the engine skips to
# the dots (a capital letter's class is tried at every position, four times slower)
INITIAL_RULES = [
    _Rule("NAME", None, gate=regex.compile(r"\.(?<=\p{Lu}\.)(?:-\p{Lu}\.)?\x20?\p{Lu}"),
          gate_on_raw=True, finder=initial_sign_off_spans, name="name-initials-sign-off",
          trusted=True),
    _Rule("NAME", None, needs=("[name]",), gate=_BESIDE_GATE, gate_on_raw=True,
          finder=name_parts_beside_tag_spans, name="name-parts-beside-tag", trusted=True),
    _Rule("NAME", None, needs=("[name]",), gate=_INITIAL_GATE,
          gate_on_raw=True, finder=initials_beside_name_spans,
          name="name-initials-beside-tag", trusted=True),
    _Rule("NAME", None, needs=("[name]",), gate=regex.compile(r"\[NAME\]\x20\p{Lu}\p{Ll}+\s*$"),
          gate_on_raw=True, finder=signature_surname_spans, name="name-signature-surname",
          trusted=True),
    _Rule("NAME", None, gate=regex.compile(r"\.(?<=\p{Lu}{3}\x20\p{Lu}\.)"), gate_on_raw=True,
          finder=caps_initial_spans, name="name-caps-with-initial", trusted=True),
    _Rule("NAME", None, needs=("name",), gate=regex.compile(r"name\x20*:?\x20*\p{L}"),
          gate_on_raw=True, finder=surname_label_spans, name="name-after-surname-label",
          trusted=True),
]
CREDIT_RULES = [
    _Rule("NAME", None, needs=(
        "idee", "vorschlag", "beitrag", "anregung", "wunsch", "frage", "notiz", "karte",
        "zettel", "eingereicht", "notiert", "geschrieben", "verfasst", "gemalt", "gezeichnet",
        "fotografiert", "protokoll", "mitschrift", "moderation", "host", "gastgeber", "autor",
        "foto", "zeichnung", "text", "verfasser", "schreiber",
    ), finder=credit_name_spans, name="name-credited", trusted=True),
]
