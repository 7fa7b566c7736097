"""Nicknames told by what is said of them: "der Bomber (so nennen wir unseren Torwart)".

A word that is also a word ("Bomber", "Specht", "Krümel", "Doktor") is a person's nickname
where the answer says so, whatever the word means:

* a naming clause right after it, in brackets or after a dash or comma, naming oneself or
  a person noun ("Grüße vom Mucki (so nennen mich alle im Turnverein)", "frag halt den
  Specht – so nennen alle unseren Nachbarn", "Unsere Mami Lolo, so nennen sie alle"); not a
  thing ("so heißen die Kitas", "so nennen alle den Aufgang", "so heißt unser Verein", "Das
  Nadelöhr (…)") — a user+attacker review found those in session 27;
* the word before "nennen/rufen" with a person as the object ("Krümel nennen wir ihn"; not
  "Oma nennen mich alle");
* what people say to someone ("alle sagen nur der Bolle zu ihm"; not "sagen Du zu mir") and a
  nickname said to be one ("Mein Spitzname im Viertel ist 'Bärle'"), quoted or no word;
* a word before brackets telling who it is ("Der Mucki (unser Vereinskassier)", "der Biber
  (eigentlich Bernd …)"; not "Der Opa (mein Vater)", "Die Kiste (eigentlich ein Router)");
* a first name after the spoken article in a self-introduction or sign-off ("I ben dr
  Otto", "Gruß, dr Ümit"; not "i bin dr Hausmeister", "Grüße, dr Kassier");
* a word no dictionary knows, or a first name's short form, between an article and where
  the person is from ("der Gogges vom Nachbarhaus", "Der Tschabo von der Tafel", "der Kuddel
  von nebenan", "dr Mane vom Hegensberg"); not a firm ("Der Rewe von der Pliensauvorstadt"),
  a group ("Die Bufdis von der Stadtbücherei"), a word of the dictionaries ("der Shuttle vom
  Bahnhof", "der Bolle vom Jugendhaus" stays: "Bolle" is a word), a compound or a slip of
  a German word.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact import ties
from esslingen_lab.privacy.redact.description_words import _person_word
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.nicknames import pet_name_shape
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.short_forms import diminutive_name, first_name_starts, short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun, _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    RELATIVES,
    home_districts,
    region_places,
)

__all__ = [
    "NICKNAME_FRAME_NEEDS", "NICKNAME_FRAME_RULES", "nickname_at_place_spans",
    "bracketed_who_spans", "nickname_frame_spans", "self_intro_spans", "tagged_bracket_spans",
]  # fmt: skip

NICKNAME_FRAME_NEEDS = ("so nenn", "so heiß", "so heiss", "so ruf", "nennen", "nennt",
                        "rufen", "zu ihm", "zu ihr", "zu mir", "spitzname", "sagen",
                        "sagt", "für alle", "für uns", "bei uns", "heißt er", "heißt sie",
                        "heisst er", "heisst sie")  # fmt: skip

_WORD = r"\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?"
_QUOTE_OPEN = r"[„\"»‚'“]?"
_QUOTE_CLOSE = r"[“\"«‘'”]?"
# emoji and their joiners between a nickname and its bracket: "Mausi 🐭 (so …)"
_EMOJI = r"(?:\x20*[\p{So}\p{Sk}\u200d\ufe0f]+)*"
# the person named in the clause: oneself, one's own or someone's somebody, "der Mittelstürmer"
_STRONG_PERSON = regex.compile(r"\b(?:mich|ich)\b", regex.VERSION1)
# the one named, a person: "so nennen wir unseren Torwart", "so nennt die Lehrerin meinen
# Sohn" (accusative), "so heißt bei uns der Mittelstürmer" (after "heißt"); the noun must be
# a word for a person ("so nennen alle den Aufgang", "so heißt unser Verein" name things)
_NAMED_NOUN = regex.compile(
    r"\b(?:unseren|meinen|seinen|ihren|deinen|euren|den)\x20+(?P<acc>\p{Lu}[\p{L}\-]+)"
    # "so nennen wir unsere Orga-Queen" (not right after the verb: "so nennen meine Kinder
    # die Rutsche" has the namers there)
    r"|(?<=\p{L}\x20+)(?:unsere|meine|seine|ihre|deine|eure)\x20+(?P<fem>\p{Lu}[\p{L}\-]+)"
    r"|\b(?:der|die)\x20+(?P<nom>\p{Lu}[\p{L}\-]+)",
    regex.VERSION1,
)
# only a pronoun: a person or a thing ("der Bürgerkoffer, so nennen ihn alle")
_PRONOUN = regex.compile(r"\b(?:ihn|sie|se|er)\b", regex.VERSION1)
_CLAUSE_AFTER = regex.compile(
    rf"""(?<![\p{{L}}\-])
         # not a noun after a preposition and its article: "in der Klasse – so nennt …"
         (?<!\b(?:in|an|auf|aus|bei|mit|nach|von|zu|für|über|unter|vor)\x20+(?:der|dem|den|die|das)\x20+)
         (?P<v>{_WORD}(?:\x20+{_WORD})?)
         # where the one named works: "Der Ötzi vom Bauhof (so nennen wir ihn halt)"
         (?:(?<=\b(?:[Dd]er|[Dd]ie|[Dd]r)\x20+{_WORD})
            \x20+(?:vom|von\x20+der|aus\x20+der|aus\x20+dem|beim)\x20+\p{{Lu}}[\p{{L}}\-]+)?
         (?P<tail>){_QUOTE_CLOSE}{_EMOJI}
         \x20*(?P<bracket>\()?(?(bracket)|(?:,\x20*|\x20[–—-]\x20*))
         [Ss]o\x20+(?P<verb>nenn\p{{Ll}}*|heiß\p{{Ll}}*|heiss\p{{Ll}}*|ruf\p{{Ll}}*)
         (?P<clause>[^.!?()\n]{{0,60}})""",
    regex.VERBOSE | regex.VERSION1,
)
# The long patterns here try every position (a name word or an article first, looking
# back); a piece every match of one holds, starting at a literal the engine skips to, is
# searched first (thirty to a hundred times faster on the texts without one): for
# _CLAUSE_AFTER "so nennen", for _SAY_ASIDE its verb or the "nur" its other branches look at
_CLAUSE_CUE = regex.compile(r"[Ss]o\x20+(?:nenn|heiß|heiss|ruf)", regex.VERSION1)
_PLACE_BEFORE = regex.compile(r"\b(?:vom|beim|im|am|zum|zur|ins)\x20+$", regex.VERSION1)
# "Krümel nennen wir ihn", "Schnucki nennen mich alle"
_BEFORE_VERB = regex.compile(
    rf"""(?:^|(?<=[,;:(\n]\x20*)|(?<=\b(?:und|oder|bei\x20mir)\x20))
         {_QUOTE_OPEN}(?P<v>{_WORD}){_QUOTE_CLOSE}\x20+(?:nennen|nennt|nannten|rufen|ruft)\x20+
         # who names and whom: "nennen wir ihn", "nennen mich alle" (not "Fahrgäste rufen
         # mich an", where the word is who calls)
         (?:(?:wir|alle|sie|man|die\x20+\p{{L}}+)\x20+(?:ihn|sie|mich)
           |(?:ihn|sie|mich)\x20+(?:alle|wir|sie|man|die\x20+\p{{L}}+|jeder))\b""",
    regex.VERBOSE | regex.VERSION1,
)
# "alle sagen nur der Bolle zu ihm", "sagen alle nur „unsere Gretl“ zu ihr"
_SAY_TO = regex.compile(
    rf"""\b(?:sagen|sagt|sagten|sagte)\x20+(?:(?:alle|nur|immer|bloß|einfach|bei\x20uns)\x20+)*
         (?P<article>(?:der|die|d['’]|unsere?|mei|meine?)\x20*)?{_QUOTE_OPEN}(?P<v>{_WORD}){_QUOTE_CLOSE}
         \x20+zu\x20+(?:ihm|ihr|mir|uns)\b""",
    regex.VERBOSE | regex.VERSION1,
)
# an aside after a person: "Unser Trainer, alle sagen Pille, …", "Unser Hausmeister, alle
# sagen nur der Lange, …", "mein Nachbar (wir nennen ihn Ötzi)"; whatever the word means
_SAY_ASIDE = regex.compile(
    rf"""(?P<who>\p{{L}}+|\[NAME\])\x20*(?:[,(–]\x20*(?:aber\x20)?|\x20aber)\x20*
         (?:(?:alle|wir|mir|jeder|man|die\x20+\p{{L}}+)\x20+
            (?:sagen|sagt|sage|nennen|nennt|rufen|ruft)\x20+(?:(?:ihn|sie|ihm|ihr)\x20+)?
          # "Mein Vater [NAME] (für alle nur „Reini“)", "(bei uns nur „Klaudi“)" (not "(für
          # alle Mieter)"), "– bei uns heißt er nur der Engel-Bert –", "aber alle sagen Kiwi"
          |(?:für|bei)\x20+(?:alle|uns|die\x20+\p{{L}}+)\x20+(?=(?:nur|bloß|einfach|immer)\x20)
          |(?:bei\x20+uns\x20+|hier\x20+)?(?:heißt|heisst)\x20+(?:er|sie)\x20+(?=(?:nur|bloß|einfach|immer)\x20))
         (?:(?:nur|immer|bloß|einfach|halt|alle)\x20+)*(?:(?:der|die|den|dr|d['’])\x20*)?
         # a nickname in lower case too: "den [NAME] (alle sagen nur dodo, …)"
         {_QUOTE_OPEN}(?P<v>{_WORD}|\p{{Ll}}[\p{{Ll}}ß]{{2,}}){_QUOTE_CLOSE}(?=\x20*[,)–]|\x20+zu\x20|\x20*\p{{So}})""",
    regex.VERBOSE | regex.VERSION1,
)
_ASIDE_CUE = regex.compile(
    r"\x20(?:sagen|sagt|sage|nennen|nennt|rufen|ruft|nur|bloß|einfach|immer)\x20", regex.VERSION1
)
# a name with its article that all call someone: "alle nennen ihn nur den Doktor", "eine
# Frau, die alle nur die Taubenmutter nennen" (labellers mark the article with it)
_CALLED_NAME = rf"(?P<v>(?:den|die|der)\x20+{_QUOTE_OPEN}{_WORD}{_QUOTE_CLOSE})"
_CALLED_AFTER = regex.compile(
    rf"""\b(?:alle|wir|man|jeder|viele)\x20+(?:nennen|nennt|rufen|ruft)\x20+(?:ihn|sie)\x20+
         (?:(?:nur|immer|bloß|einfach|halt|alle)\x20+)*{_CALLED_NAME}
         (?=\x20*(?:[,.;:!?)–\n]|$)|\x20+(?:weil|und|denn|seit)\b)""",
    regex.VERBOSE | regex.VERSION1,
)
_ANTECEDENT = regex.compile(r"(\[NAME\]|\p{Lu}[\p{L}\-]+)\x20*,\x20*$", regex.VERSION1)


def _person_before(text: str, start: int, inflected: bool = False) -> bool:
    """Tell a name found or a person's noun, then a comma, right before ``start``.

    "derselbe Herr, alle nennen ihn …"; ``inflected`` also reads the noun's declined form
    ("einen Kollegen, den …").
    """
    who = _ANTECEDENT.search(text, max(0, start - 60), start)
    if who is None:
        return False
    noun = who.group(1)
    cuts = (0, 1, 2) if inflected else (0,)
    return noun == "[NAME]" or any(
        _person_noun(noun[: len(noun) - cut]) for cut in cuts if len(noun) - cut > 2
    )
_CALLED_BEFORE = regex.compile(
    rf"""\b(?:die|den|der)\x20+(?:wir\x20+alle|alle|wir|man(?:\x20+hier)?|viele)\x20+
         (?:(?:nur|immer|bloß|einfach|halt)\x20+)*{_CALLED_NAME}\x20+(?:nennen|nennt|rufen|ruft)\b""",
    regex.VERBOSE | regex.VERSION1,
)
# a nickname in quotes with a verb of naming: "einen Kollegen, den alle nur 'dr Bär' nennen",
# "den alle 'Ritter Kunibert' nennen", "alle nennen ihn 'Tiger'", "ein Anhänger mit 'Scholli'
# dran, das ist mein Spitzname" — quoted, any word is the nickname (the article stays out);
# "ihn"/"sie" may be a thing ("den Turm nennen alle 'den Klotz'"): only after a person
_Q_OPEN, _Q_CLOSE = r"[„\"»‚'“]", r"[“\"«‘'”]"
_QUOTED_NAME = (
    rf"{_Q_OPEN}(?:(?:dr|d['’]|der|die|den)\x20+)?"
    rf"(?P<v>\p{{Lu}}[\p{{L}}\-]+(?:\x20+\p{{Lu}}[\p{{L}}\-]+)?){_Q_CLOSE}"
)
_QUOTED_CALLED = regex.compile(
    rf"""\b(?:den|die|der|ihn|sie|mich)\x20+
         (?:(?:wir|alle|man|viele|hier|nur|immer|bloß|einfach|halt|auch|eigentlich)\x20+){{1,4}}
         {_QUOTED_NAME}\x20+(?:nennen|nennt|nannten|nannte|rufen|ruft|riefen)\b
       |\b(?:nennen|nennt|nannten|nannte|rufen|ruft)\x20+mich\x20+
         (?:(?:alle|wir|nur|immer|bloß|einfach|halt|auch)\x20+){{0,3}}{_QUOTED_NAME}
       |{_QUOTED_NAME}[^.!?\n]{{0,24}}?\b(?:das|des|dies)\x20+(?:ist|isch|war)\x20+
         (?:mein|sein|ihr|unser)\x20+Spitzname\b(?!\x20+für)""",
    regex.VERBOSE | regex.VERSION1,
)
# "Mein Spitzname im Viertel ist 'Bärle'"
_NICKNAME_IS = regex.compile(
    rf"""\b[Ss]pitzname(?:\x20+[\p{{L}}.]+){{0,4}}?\x20+(?:ist|war|lautet)\x20+
         {_QUOTE_OPEN}(?P<v>{_WORD})""",
    regex.VERBOSE | regex.VERSION1,
)
# words that are no nickname even in the frame: pronouns, articles, sentence words
_NOT_NICKNAMES = frozenset(
    "Ich Er Sie Es Wir Ihr Der Die Das Den Dem Des Und Oder Aber Auch Nur Mein Meine Unser "
    "Unsere Hallo Grüße Gruß Danke".split()
)


_NEUTER_BEFORE = regex.compile(r"\b[Dd]as\x20+$")


def _no_nickname(word: str) -> bool:
    """Tell a word kept as no name, a word for a person or a relative ("Oma", "Bürgermeister")."""
    return word in NOT_NAMES or _is_person_noun(word) or ties.relation(word)


def _person_noun(noun: str) -> bool:
    """Tell a word for a person, a relative or a club's people ("Torwart", "Enkel")."""
    return (
        _person_word(noun) or _is_person_noun(noun) or bool(ties.relation(noun))
        or noun.lower().endswith(_CLUB_ROLE_ENDINGS)
    )  # fmt: skip


def _names_a_person(clause: str, match) -> bool:
    """Tell a naming clause whose named one is a person noun (see :data:`_NAMED_NOUN`)."""
    for found in _NAMED_NOUN.finditer(clause):
        noun = found.group("acc") or found.group("fem") or found.group("nom")
        if found.group("nom") is not None and not match.group("verb").startswith("hei"):
            continue  # the nominative is the one named only after "heißt"
        # the accusative's ending off too: "unseren Nachbarn", "den Kollegen"
        if any(_person_noun(form) for form in {noun, noun.removesuffix("n"),
                                                noun.removesuffix("en")}):
            return True
    return False


def _plain_nickname(word: str, quoted: bool, lex) -> bool:
    """Tell a nickname in a weak frame: quoted, or no word of the dictionaries."""
    if _no_nickname(word):
        return False  # "Oma nennen mich alle", "sagen nur Bürgermeister zu ihm"
    return quoted or not (lex.is_german(word) or lex.is_english(word.lower()))


def nickname_frame_spans(text: str):
    """Yield spans of nicknames in the frames of the module's notes."""
    found = []
    lex = lexicon()
    clauses = _CLAUSE_AFTER.finditer(text) if _CLAUSE_CUE.search(text) is not None else ()
    for match in clauses:
        clause = match.group("clause")
        last = match.group("v").split()[-1]
        if ties.relation(last) or (match.group("bracket") is None and (
            _is_person_noun(last) or last in NOT_NAMES
        )):
            continue  # "(mein Mann, so nennt ihn jeder, …)": the nickname stands before
        if last.lower() in home_districts() or last.lower() in region_places():
            continue  # "die Maus aus dem Jugendhaus Mettingen (so nennen mich alle)": a place
        if _NEUTER_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "Das Nadelöhr (so nennen wir den Engpass)": a thing
        if (_PLACE_BEFORE.search(text, max(0, match.start() - 7), match.start())
                or match.end("v") < match.start("tail")) and (
            lex.is_common_noun(match.group("v").split()[0])
        ):
            continue  # "vom Bauhof (so nennen …)": a place ("Grüße vom Mucki (so …)" is one)
        if _STRONG_PERSON.search(clause) is None and not _names_a_person(clause, match):
            if _PRONOUN.search(clause) is None:
                continue  # "so heißen die Kitas", "so nennen alle den Aufgang"
            if match.group("bracket") is None and (
                lex.is_german(last) or lex.is_english(last.lower()) or lex.is_compound(last)
                or "-" in last
            ):
                continue  # "Der Bürgerkoffer, so nennen ihn alle", "Die Bürger-App, so …"
        found.append(match.span("v"))
    for pattern in (_BEFORE_VERB, _SAY_TO, _NICKNAME_IS):
        for match in pattern.finditer(text):
            word = match.group("v")
            quoted = pattern is _BEFORE_VERB or (
                text[max(0, match.start("v") - 1) : match.start("v")] in "„\"»‚'“"
            )
            article = pattern is _SAY_TO and match.group("article") is not None
            if word in ("Du", "Sie", "Ihr") or not _plain_nickname(word, quoted or article, lex):
                continue  # "Alle sagen Du zu mir", "sagen Alter zu mir", "Spitzname ist Programm"
            found.append(match.span("v"))
    asides = _SAY_ASIDE.finditer(text) if _ASIDE_CUE.search(text) is not None else ()
    for match in asides:
        who, word = match.group("who"), match.group("v")
        if word in ("Du", "Sie", "Ihr", "Bescheid") or word in _NOT_NICKNAMES or (
            _no_nickname(word)
        ):
            continue  # "Unser Chef, alle sagen Du, …", "Mein Vater, wir sagen nur Opa, …"
        if word[:1].islower() and (lex.is_german(word) or lex.is_english(word)):
            continue  # "Unser Chef, alle sagen nur chef, …": a word, no nickname
        if who == "[NAME]" or _person_noun(who):
            found.append(match.span("v"))  # not "Die App, alle sagen Murks, …"
    for pattern in (_CALLED_AFTER, _CALLED_BEFORE):
        for match in pattern.finditer(text):
            word = match.group("v").split()[-1].strip("„“\"»«")
            if _person_before(text, match.start()) and (
                word not in _NOT_NICKNAMES and word.lower() not in RELATIVES
                and not lex.is_common_noun(word)  # "den Busfahrer", "die Katastrophe"
            ):  # the person right before: "derselbe Herr, alle nennen ihn nur den Doktor" (not
                # "Die App, alle nennen sie nur …", "Meine Mutter, alle nennen sie nur die Oma")
                found.append(match.span("v"))
    for match in _QUOTED_CALLED.finditer(text):
        if match.group("v").lower() in RELATIVES or match.group("v") in _NOT_NICKNAMES:
            continue  # "die alle nur 'Oma' nennen"
        if text[match.start() : match.start() + 3].lower() in ("den", "die", "der") and not (
            _person_before(text, match.start(), inflected=True)
        ):
            continue  # "Die App, die alle nur 'Murks' nennen": a thing
        found.append(match.span("v"))
    for start, end in sorted(set(found)):
        words = text[start:end].split()
        while words and words[0] in _NOT_NICKNAMES:
            start += len(words[0]) + 1
            words = words[1:]
        if words:
            yield start, end


# an article, a word, where the person is from: "der Gogges vom Nachbarhaus", "dr Mane vom
# Hegensberg", "Der Schlappi von gegenüber", "der Maxi aus der 10b"
_AT_PLACE = regex.compile(
    r"""(?<![\p{L}'’])(?P<article>[Dd](?:er|en|em|r|['’]r|e|ie)|[Dd]['’])\x20*
        (?P<v>\p{Lu}\p{Ll}{2,11})\x20+
        (?:vom|von\x20+der|von\x20+dem|von|aus\x20+dem|aus\x20+der|aus['’]m|ausm|beim|im
          |bei\x20+der|in\x20+der)\x20+
        (?:\p{Lu}|\d|gegenüber\b|nebenan\b|drüben\b)""",
    regex.VERBOSE | regex.VERSION1,
)
#: A cheap test on the text as written before :func:`nickname_at_place_spans` runs.
AT_PLACE_GATE = regex.compile(
    r"\b(?:vom|von|aus|ausm|beim|im|bei|in)\x20+(?:der\x20+|dem\x20+)?"
    r"(?:\p{Lu}|\d|gegenüber|nebenan|drüben)",
    regex.VERSION1,
)


def _nickname_word(word: str) -> bool:
    """Tell a word no dictionary knows, or a first name's short form ("Mane", "Done")."""
    if _no_nickname(word) or word in _named_after_people() or word.lower() in home_districts():
        return False
    lex = lexicon()
    if short_form(word):
        return True  # "dr Mane vom Hegensberg", "der Pauli vom Kegelclub"
    if word.endswith(("le", "la", "li")) and not diminutive_name(word):
        return False  # a thing's diminutive: "Die Brezele vom Beck", "Der Kärrele vom Markt"
    if word in _FOREIGN_KIN:
        return False
    return not (
        lex.is_german(word) or lex.is_english(word) or lex.is_lower_word(word)
        or lex.is_compound(word) or lex.is_misspelt(word) or _dialect_or_compound(word, lex)
    )  # fmt: skip


# kin words of other languages, used as in German ("die Nonna von der Pizzeria")
_FOREIGN_KIN = frozenset(
    "Nonna Nonno Mamma Zia Zio Abla Abi Teyze Amca Dede Baba Babcia Dziadek Babushka Tata "
    "Tia Tio Yaya Giagia Jaja Nene Hala Khala Amma".split()
)


def _dialect_or_compound(word: str, lex) -> bool:
    """Tell a dialect form without its -e ("Kehrwoch") or a compound ("Abmeldelink")."""
    return lex.is_german(word + "e") or lex.is_german(word + "n") or _compound_like(word, lex)


def _compound_like(word: str, lex) -> bool:
    """Tell a compound :meth:`Lexicon.is_compound` does not read ("Abmeldelink", "Werksbus").

    A German or English word of three letters or more at the end, a German word of four
    letters or more before it (or a verb stem, or with its joining "s": "Werksbus").
    """
    lower = word.lower()
    for cut in range(4, len(word) - 2):
        tail = word[cut].upper() + word[cut + 1 :]
        if not (lex.is_german(tail) or lex.is_english(tail.lower())):
            continue
        head = lower[:cut]
        stems = (head, head[:-1] if head.endswith(("s", "e", "n")) else head, head + "n",
                 head + "en")  # fmt: skip
        if any(lex.is_german(stem) or lex.is_german(stem.capitalize()) for stem in stems):
            return True
    return False


def nickname_at_place_spans(text: str):
    """Yield the nicknames between an article and where the person is from (see above)."""
    for match in _AT_PLACE.finditer(text):
        word = match.group("v")
        article = match.group("article").lower()
        if article == "die" and word.endswith("s"):
            continue  # "Die Bufdis von der Stadtbücherei": a group
        if _nickname_word(word) or (article in _MASCULINE and _pet_form(word)):
            yield match.span("v")
        elif (
            article in _MASCULINE | {"dem"}
            and _listed_nickname(word)
            and _SAYS_AFTER.match(text, match.end())
            and not _PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):  # (not "an der Info im Rathaus, die weiß …": a feminine noun after a preposition)
            yield match.span("v")  # "Der Ötzi vom Bauhof sagt …", "der Mecki vom Skatepark meint …"


_PREPOSITION_BEFORE = regex.compile(
    r"\b(?i:an|von|bei|mit|in|auf|aus|zu|nach|vor|hinter|neben|über|unter)\x20+$"
)
# what a person says or knows, soon after where the person is from
_SAYS_AFTER = regex.compile(
    r"[^.!?\n]{0,40}?\b(?:sagt|sagte|meint|meinte|weiß|wusste|kennt|erzählt|erklärt|moint|woiß|"
    r"(?:hat|hot|het)\x20+(?:mir\x20+|uns\x20+)?(?:gesagt|gsagt|gemeint|gmoint|erzählt|erklärt))\b",
    regex.VERSION1,
)


def _listed_nickname(word: str) -> bool:
    """Tell a short word shaped like a pet name that the dictionary lists with one form or none.

    "Ötzi", "Mecki", "Hotte": the word list has them as nouns, but a noun for a thing has its
    declined forms ("Zettel": "Zettels", "Zetteln"; "Fahrplan": "Fahrplans", "Fahrpläne").
    """
    if not 3 <= len(word) <= 8 or not word.endswith(("i", "y", "o", "e")) or _no_nickname(word):
        return False
    german = lexicon().german
    return sum(german.get(word + end) == word for end in ("s", "n", "en", "e", "er")) <= 1


# articles of a man: "der Bene vom Jugendhaus", "den Maxi aus der 10b", "dr Manni vom …"
_MASCULINE = frozenset(("der", "den", "dr", "d'r", "d’r", "de"))


def _pet_form(word: str) -> bool:
    """Tell a man's first name or its pet form that the dictionary lists as a word too.

    "Maxi" (a listed first name), "Bene" (Benedikt), "Basti": in a man's place before
    where he is from. A word the dictionary reads as a noun is none ("der Link vom
    Bürgeramt", "der Saal im Bürgerhaus", "der Hase vom Nachbarn"), though some pet forms
    go with it ("Manni").
    """
    if _no_nickname(word) or word in _named_after_people() or word.lower() in home_districts():
        return False
    lex = lexicon()
    if lex.german.get(word) is not None:
        return False  # "Der Link vom Bürgeramt", "der Mark vom Konto", "der Mini vom …"
    if word in FIRST_NAMES or word in lex.first:
        return True
    if not word.endswith(("i", "y", "e", "o")):
        return False
    stem = word[:-1]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "Manni" (Man-), "Kalli" (Kal-)
    return len(stem) >= 3 and stem in first_name_starts()


# a word and who it is in brackets: "Der Mucki (unser Vereinskassier)", "Der Jockele (mein
# Enkel)", "der Biber vom Fußballverein (eigentlich Bernd …)", "Mausi (eigentlich Annemarie)"
_BRACKETED_WHO = regex.compile(
    r"""(?<![\p{L}\-])(?P<article>(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]r|[Uu]nser|[Uu]nsere|[Uu]nseren|[Mm]ein|
          [Mm]eine|[Mm]einen)\x20+)?
        [„"'‚]?(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[“"'‘]?
        (?:\x20+(?:vom|von\x20+der|aus\x20+der|aus\x20+dem)\x20+\p{Lu}[\p{L}\-]+)?
        \x20*\((?:(?P<real>eigentlich|heißt\x20+eigentlich|heiß\x20+eigentlich|im\x20+echten\x20+Leben
          |richtiger\x20+Name|echter\x20+Name|bürgerlich)\b
          # a name follows, no article: "(eigentlich Bernd …)", not "(eigentlich ein Router)"
          :?\x20+(?:heiß\p{Ll}*\x20+(?:ich|er|sie)\x20+)?(?:\p{Lu}\p{Ll}|\[NAME\])
          |(?:mein|meine|unser|unsere|sein|seine|ihr|ihre)\x20+(?P<who>\p{Lu}[\p{L}\-]+)\b)""",
    regex.VERBOSE | regex.VERSION1,
)


_BRACKET_CUE = regex.compile(
    r"\((?:eigentlich|heiß|im\x20|richtiger|echter|bürgerlich|mein|unser|sein|ihr)",
    regex.VERSION1,
)
# a club's people the person lists lack: "unser Vereinskassier", "unser Torwart"
_CLUB_ROLE_ENDINGS = ("kassier", "wart", "vorstand", "kapitän", "spieler", "spielerin",
                      "stürmer", "keeper", "coach", "trainerin", "schriftführer")  # fmt: skip


# endings of things ("Wohnung", "Gemeinschaft") and of roles too ("Antragsteller"): no pet name
_THING_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ment", "nis")
_NOUN_SUFFIXES = ("er", *_THING_SUFFIXES)


def bracketed_who_spans(text: str):
    """Yield the nickname before brackets telling who it is (see :data:`_BRACKETED_WHO`)."""
    if _BRACKET_CUE.search(text) is None:
        return  # the bracket's first word every match holds, searched from the "(" (fast)
    lex = lexicon()
    for match in _BRACKETED_WHO.finditer(text):
        word = match.group("v")
        if _no_nickname(word) or word.lower().endswith(_THING_SUFFIXES) and (
            lex.is_common_noun(word)
        ):
            continue  # "Der Opa (mein Vater)", "Der Vorstand (unser Kassier)", "Die Wohnung (…)"
        who = match.group("who")
        if "-" not in word and (lex.is_compound(word) or _compound_like(word, lex)) and not (
            who is not None and ties.relation(who) and text.startswith(")", match.end())
            and not word.lower().endswith(_NOUN_SUFFIXES)
        ):  # "der Antragsteller (ihr Ehemann)": a role of many words ("Der Schnuckel (meine
            continue  # Freundin)" is a pet name the lexicon splits; not "Die Wohnung (meine …")
        if who is not None and (match.group("article") is None or not _person_noun(who)):
            continue  # "Der Verein (unser Stolz)": no person in the brackets
        yield match.span("v")


# a word after the spoken article with who it is in brackets, found by the rules already: "der
# wolle ([NAME])", "Der Jo ([NAME]) vom Bürgerbüro", "der zotti ([DATUM])", "der locke (heißt
# eigentlich [NAME])", "der dicke (spitzname von [NAME])", "Der Blacky (eig. heißt er anders)"
_TAGGED_BRACKET = regex.compile(
    r"(?<![\p{L}])(?i:der|die|dr|de|d')\x20?(?P<v>\p{L}[\p{Ll}\-]+)\x20\("
    r"(?:(?P<name>\[NAME\])|(?P<date>\[DATUM\])[,)]"
    r"|(?P<said>(?i:heißt|heisst|eig\.|eigentlich|spitzname|bürgerlich)))",
    regex.VERSION1,
)


def tagged_bracket_spans(text: str):
    """Yield the nickname before brackets with its bearer's name, birth date or a naming cue."""
    lex = lexicon()
    for match in _TAGGED_BRACKET.finditer(text):
        word = match.group("v")
        if _no_nickname(word) or _person_word(word) or word.lower() in RELATIVES:
            continue  # "Der Hausmeister ([NAME])", "die Oma ([DATUM])"
        if match.group("name") is not None and not text.startswith(")", match.end()):
            continue  # "([NAME] und [NAME])": more than the one
        said = match.group("said") is not None
        if said and word[:1].islower() and (
            "[NAME]" not in text[match.end() : match.end() + 40]
            or lex.is_adjective(word) and "spitzname" not in match.group().lower()
        ):
            continue  # "der knopf (heißt eigentlich Absenden)", "die blaue (eig. heißt sie …)"
        said = said and word[:1].isupper()
        if (match.group("date") is not None or said) and (
            lex.is_common_noun(word) or lex.is_german(word)
        ) and word.lower() != "lange" and "spitzname" not in match.group().lower():
            continue  # "der Vertrag ([DATUM])", "der Polizei (heißt wirklich so)"
        if word[:1].islower() and match.group("date") is not None and lex.is_lower_word(word):
            continue  # "die alte ([DATUM])"
        yield match.span("v")


# "I ben dr Otto", "i bin dr Manni vom Getränkemarkt", "hier ist der Bene vom Jugendhaus",
# "Do isch dr Hermann": one introduces oneself with the spoken article
_SELF_INTRO = regex.compile(
    r"""(?:(?<![\p{L}])(?P<self>[Ii]ch|[Ii])\x20+(?:bin|ben|bi|bins)
         |(?<![\p{L}])(?:[Hh]ier|[Dd]o|[Dd]a)\x20+(?:ist|isch|schreibt|spricht)
         |(?<![\p{L}])(?P<greeting>Gruß|Grüße|Grüßle|Gruss|Grüsse|Servus|LG|VG)[,!]?)
        \x20+(?:der|die|dr|d['’]|de)\x20*
        (?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)
        (?=[\s,.;:!?)]|$)""",
    regex.VERBOSE | regex.VERSION1,
)
# from the article's space, looking back at the verb or greeting: the engine skips to spaces
_SELF_INTRO_CUE = regex.compile(
    r"\x20(?:der|die|dr|d['’]|de)(?<=(?:bin|ben|bi|bins|ist|isch|schreibt|spricht|Gruß|Grüße|"
    r"Grüßle|Gruss|Grüsse|Servus|LG|VG)[,!]?\x20+(?:der|die|dr|d['’]|de))\x20*\p{Lu}",
    regex.VERSION1,
)


def self_intro_spans(text: str):
    """Yield the name one gives oneself with the spoken article (see :data:`_SELF_INTRO`).

    A first name ("Otto", "Fritz") or a first name's pet form ("Manni"), even where it is a
    word too; never a role, a relative or an adjective ("i bin dr Hausmeister", "die Oma",
    "der Neue"). Words no dictionary knows were tried and taken back: roles and compounds
    the lexicon does not read ("Organisatorin", "Ortsvorsteher-Stellvertreter", "Webmaster").
    """
    if _SELF_INTRO_CUE.search(text) is None:
        return  # the article after the intro's verb or greeting, every match holds (fast)
    lex = None
    for match in _SELF_INTRO.finditer(text):
        word = match.group("v")
        if _no_nickname(word):
            continue
        if word in _AMBIGUOUS_FIRST_NAMES and not match.group("self"):
            continue  # "Do isch dr Ernst vom Lebe" (but "I ben dr Otto")
        lex = lex or lexicon()
        if lex.is_lower_word(word.lower()) and word not in FIRST_NAMES:
            continue  # "der Neue", "die Kleine"
        if word in FIRST_NAMES or pet_name_shape(word):
            yield match.span("v")
        elif match.group("greeting") and not (
            lex.is_german(word) or lex.is_english(word.lower()) or _dialect_or_compound(word, lex)
        ):
            yield match.span("v")  # a sign-off: "Gruß, dr Ümit"


# a person's role, then who it is in an apposition: "Unser Zeugwart, der Schnecki, hat …",
# "Unser Hausmeister, der Bäppi, meldet …", "der Hausmeister im Gründerzentrum, der Atze."
_APPOSED = regex.compile(
    r"""(?P<noun>\p{Lu}[\p{Ll}ß\-]+)(?:\x20+(?:im|vom|am|in|der|des)\x20+\p{Lu}[\p{L}\-]+)?
        \x20*,\x20*(?P<article>der|die|de|dr|d['’])\x20*(?P<v>\p{Lu}\p{Ll}{2,11})
        (?=\x20*(?:[,.;:!?)]|$))""",
    regex.VERBOSE | regex.VERSION1,
)


def apposed_nickname_spans(text: str):
    """Yield nicknames in an apposition after a person's role (see :data:`_APPOSED`)."""
    for match in _APPOSED.finditer(text):
        word = match.group("v")
        if not _person_noun(match.group("noun")) or _person_noun(word):
            continue  # "Mein Chef, der Idiot," is no name; "Unser Wart, der Kassier," a role
        masculine = match.group("article").lower() in _MASCULINE
        if _nickname_word(word) or (masculine and _pet_form(word)):
            yield match.span("v")


NICKNAME_FRAME_RULES = [
    _Rule(
        "NAME",
        None,
        needs=NICKNAME_FRAME_NEEDS,
        finder=nickname_frame_spans,
        name="name-nickname-frame",
        trusted=True,
        by_form=True,
    ),
    _Rule(
        "NAME",
        None,
        gate=AT_PLACE_GATE,
        gate_on_raw=True,
        finder=nickname_at_place_spans,
        name="name-nickname-at-place",
        trusted=True,
    ),
    _Rule("NAME", None, finder=self_intro_spans, name="name-self-intro-article", trusted=True,
          needs=("bin ", "ben ", "bi ", "bins ", "ist ", "isch ", "schreibt ", "spricht ",
                 "gruß", "grüß", "gruss", "grüss", "servus", "lg", "vg")),
    _Rule("NAME", None, needs=("(",), finder=bracketed_who_spans, name="name-bracketed-who",
          trusted=True),
    _Rule("NAME", None, needs=("([name])", "([datum]", "(hei", "(eig", "(spitzname", "(bürger"),
          finder=tagged_bracket_spans, name="name-before-tagged-bracket", trusted=True),
    _Rule("NAME", None, needs=(", der ", ", die ", ", de ", ", dr ", ", d'", ", d’"),
          finder=apposed_nickname_spans, name="name-nickname-apposed", trusted=True),
]
