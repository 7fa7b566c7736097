"""Names given with a verb of naming: "der hieß Busch", "Busch hieß der", "heißt nur „Bulldozer“".

"heißen", "nennen", "rufen" give a person's name or nickname. The word after them counts
only where the clause is about a person (a pronoun "er/sie/ihn/der/die" or a word for a
person near the verb), never after "das heißt", "es heißt", "wie heißt". A word in quotes
is a nickname whatever it means; a bare word must be no common noun unless a person
pronoun stands right beside the verb ("die hieß Specht").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["NAMING_NEEDS", "naming_spans", "thing_named_before", "thing_named_first_name"]

NAMING_NEEDS = ("heißt", "hieß", "heisst", "hiess", "heiß ", "heiße ", "heißen ", "heissen ",
                "nennen", "nennt", "nannte", "genannt", "rufen", "ruft", "riefen", "nennet",
                "spitzname", "kosename", "rufname", "künstlername", "alias")  # fmt: skip

_VERB = regex.compile(  # also at a note's start: "Nennt sich „Mausi“"
    r"\b(?:[Hh]eißt|[Hh]ieß|[Hh]eisst|[Hh]iess|[Hh]eißen|[Hh]eissen|[Hh]ießen|[Nn]ennen|[Nn]ennt|heiß|heiße|"
    r"[Nn]annte|[Nn]annten|rufen|ruft|riefen|(?<=,\x20?)genannt(?=\x20+[„\"»‚'“]))\b",
    regex.VERSION1,
)
_PRONOUN = r"(?:er|sie|der|die|ihn|ihm|den|mich|ich)"  # "Alle nennen mich Stummel"
_FILLER = (
    r"(?:\x20+(?:"
    + _PRONOUN
    + r"|sich|mit\x20+(?:Nach|Vor|Spitz)namen|wohl|glaub(?:e)?\x20+ich|ich\x20+glaub(?:e)?|"
    r"angeblich|eigentlich|alle|bei\x20+uns|hier|nur|immer|auch|einfach|so|im\x20+\p{Lu}\p{Ll}+|"
    r"intern|überall|doch|halt|ja|übrigens|wirklich|tatsächlich|nämlich|aber|"
    r"jetzt|wieder|nun|seitdem|seither|inzwischen|mittlerweile|seit\x20+(?:19|20)\d\d))*\x20+"
)
# the name one had before: "ich heiße jetzt [NAME] statt Teufel", "heiße nicht mehr Aksoy" (the
# name before it found or a tag already; not "nicht Rose wie die Blume": a name misspelt)
_INSTEAD = regex.compile(
    r"(?:[Hh]eiß|[Hh]eiss|[Hh]ieß|[Hh]iess)(?:e|t|en)?(?![\p{L}])"
    + _FILLER
    + r"(?P<n>\[NAME\]|\p{Lu}[\p{L}\-]+)\x20*,?\x20*(?:und\x20+)?"
    r"(?:statt|anstatt|nicht\x20+mehr|früher|vorher)\x20+(?P<v>\p{Lu}[\p{L}\-]+)(?![\p{L}\-])",
    regex.VERSION1,
)
_QUOTED = regex.compile(
    _FILLER + r"[„\"»‚'“](?:(?:der|die|das|dr)\x20+)?"
    r"(?P<v>\p{Lu}[\p{L}\-]+(?:\x20+\p{Lu}[\p{L}\-]+)?)[“\"«‘'”]",
    regex.VERSION1,
)
_BARE = regex.compile(
    _FILLER + r"(?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)(?![\p{L}\-])"
    r"(?!\x20+(?:willkommen|gut)\b)",
    regex.VERSION1,
)
# "Busch hieß der, eher nicht": the name before the verb, a pronoun and then no noun
_BEFORE = regex.compile(
    r"(?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)\x20+(?:hieß|heißt|heisst|hiess)\x20+"
    r"(?:(?:der|die|er|sie)(?=\x20*[,.;!?)–]|\x20+(?:glaub|wohl|doch|ja|oder|eher|jedenfalls|ich)\b)"
    # "Knödler heißt er übrigens": a person's pronoun (not "Lindenweg heißt die übrigens")
    r"|(?P<late>er|sie)(?=\x20+(?:übrigens|richtig|wirklich|tatsächlich|eigentlich|"
    r"mit\x20+Nachnamen|mit\x20+Vornamen)\b))",
    regex.VERSION1,
)
# a relative clause with the verb at its end: "den alle nur Wolle nennen", "die wir Bine rufen"
_RELATIVE_FINAL = regex.compile(
    r"(?<![\p{L}])(?:den|die|der|dem)\x20+(?:alle|wir|sie|man|jeder|ihr|die\x20+Kinder)"
    r"(?:\x20+(?:nur|bloß|immer|gern|gerne|hier|einfach|halt|bei\x20+uns|noch))*\x20+"
    r"(?:[„\"»‚'“](?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)[“\"«‘'”]"
    r"|(?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?))\x20+"
    r"(?:nennen|nennt|nannten|nannte|rufen|ruft|riefen)\b",
    regex.VERSION1,
)
# "Der Knödi — so heißt er bei uns", "Dr Bruddler — so nennet mir onsern Nachbar": a word,
# then "so" and a verb of naming that says the word is what someone is called (a word of the
# language only with one's own person after the verb: "Die Altstadt – so nennt man sie")
_SO_CALLED = regex.compile(
    r"(?<![\p{L}\-])[„\"»‚'“]?(?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)[“\"«‘'”]?"
    r"\x20*(?:[—–,(]|\x20-)\x20*(?:so\x20+(?:heißt|hieß|heisst|hiess|heißen|nennen|nennt|nennet|"
    r"nannte|nannten|rufen|ruft|riefen)\x20+"
    r"(?:er|sie|ihn|ihr|wir|mir|alle|man|jeder|mer)\b"
    # "(der „Fröhle“, wie ihn alle nennen)"
    r"|wie\x20+(?:ihn|mich)\x20+(?:alle|wir|jeder|man|hier\x20+alle)(?:\x20+nur)?\x20+"
    r"(?:nennen|nennt|nannten|nannte|rufen|ruft)\b)",
    regex.VERSION1,
)
_POSSESSIVE_BEFORE = regex.compile(
    r"\b(?i:mein|meine|dein|deine|unser|unsere|sein|seine|ihr|ihre)\x20+$"
)
# "Unser Kollege, von allen „Turbo“ genannt, …": a quoted name before "genannt"
_QUOTED_NAMED = regex.compile(
    r"(?<=\b(?:allen|uns|jedem|ihn|sie|wird|wurde|nur)\x20+)"
    r"[„\"»‚'“](?:(?:der|die|das)\x20+)?(?P<v>\p{Lu}[\p{L}\-]+(?:\x20+\p{Lu}[\p{L}\-]+)?)"
    r"[“\"«‘'”]\x20+(?:genannt|gerufen)\b",
    regex.VERSION1,
)
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
# a name, then a comma and the words of the aside: "Heinz, von allen nur "
_NAME_BEFORE_ASIDE = regex.compile(
    r"(\[NAME\]|(?<![\p{L}\-])\p{Lu}\p{Ll}+),\x20+(?:\p{L}+\x20+){0,3}$", regex.VERSION1
)
_OWN_PERSON = regex.compile(
    r"(?i:unser|unseren|onsern|onser|mein|meinen|dein|deinen|ihren|seinen)\x20+(\p{Lu}\p{Ll}+)"
)
# things that get names too: "Das Projekt wurde von der Bürgermeisterin „Leuchtturm“ genannt"
_THINGS = frozenset("Ort Platz Projekt Park Stadt Haus Gebäude Straße Turm Brücke App".split())
# "Knödler heißt unser Hausmeister", "Strähle heißt die Erzieherin": a person noun after
_BEFORE_PERSON = regex.compile(
    r"(?P<v>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)\x20+(?:hieß|heißt|heisst|hiess)\x20+"
    r"(?:der|die|unser|unsere|mein|meine|dein|deine|ihr|ihre|sein|seine)\x20+(?P<n>\p{Lu}\p{Ll}+)"
    r"(?=\x20*(?:[,.;!?)–]|$))",
    regex.VERSION1,
)
# "Unser Trainer, Spitzname „Bomber“, …", "Trainer alias Bomber": a nickname's own cue
_NICKNAME_CUE = regex.compile(
    r"(?<![\p{L}])(?:Spitzname|Spitznamen|Kosename|Rufname|Künstlername|alias)\x20*:?\x20*[„\"»‚'“]?"
    r"(?P<v>\p{Lu}[\p{L}\-]+(?:\x20+\p{Lu}[\p{L}\-]+)?)",
    regex.VERSION1,
)
_OWN_NICKNAME = regex.compile(r"(?i:mein|meinen|meinem)\x20+$")  # not "ihren" (a thing's)
_WORD_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}*)\x20+$")
_NO_NAME = frozenset("das es was wie so da dann also wo hier jetzt damals früher".split())
_NOT_A_PERSON_BEFORE = frozenset("das es was wie dies dass man".split())
_PERSON_WORDS = regex.compile(
    r"\b(?:er|sie|ihn|ihm|der|die|mich|ich|Herr|Herrn|Frau|Mann|Typ|Kerl|Kollege|Kollegin|Chef|Chefin|"
    r"Nachbar|Nachbarin|Junge|Mädchen|Sohn|Tochter|Kind|Hund|[Ww]ir)\b|\[NAME\]",
    regex.VERSION1,
)


def _clause_before(text: str, start: int) -> str:
    head = text[max(0, start - 50) : start]
    cut = max(head.rfind(c) for c in ".!?;:\n")
    return head[cut + 1 :]


def _strong(words: list, between: str, is_person_noun) -> bool:
    """Tell a clause about a person: a pronoun by the verb, or a word for a person before it."""
    if words and words[-1].lower() in {"er", "sie", "der", "die", "wir", "ich"}:
        return True  # "die hieß Specht", "er heißt Vogel", "wir heißen Schneider"
    if regex.search(rf"^\x20+{_PRONOUN}\b", between) is not None:
        return True  # "heißt er Vogel", "nennen mich Stummel", "heiß ich Kante"
    return any(
        w[:1].isupper() and (w.strip(",") in _TITLES or is_person_noun(w.strip(",")))
        for w in words[-4:]
    )


_TITLES = frozenset("Herr Herrn Frau Mann Typ Kerl Junge".split())


def naming_spans(text: str):
    """Yield spans of names after (or right before) a verb of naming (see module text)."""
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = None
    found_spans: list[tuple[int, int]] = []
    for verb in _VERB.finditer(text):
        before = _clause_before(text, verb.start())
        words = before.split()
        if words and words[-1].lower().strip(",") in _NOT_A_PERSON_BEFORE:
            continue  # "das heißt", "wie heißt", "es hieß"
        quoted = _QUOTED.match(text, verb.end())
        bare = None if quoted else _BARE.match(text, verb.end())
        found = quoted or bare
        if found is None:
            continue
        between = text[verb.end() : found.start("v")]
        if between.endswith((" der ", " die ", " den ")):
            continue  # "hieß der Film": an article
        if _PERSON_WORDS.search(before[-30:]) is None and _PERSON_WORDS.search(between) is None:
            continue  # no person in sight: "Die Straße heißt Lindenweg"
        word = found.group("v")
        if word in NOT_NAMES or _is_person_noun(word.split()[0]) or word == "Willkommen":
            continue  # "Ich heiße Willkommen alle"
        if quoted:
            found_spans.append(found.span("v"))
            continue
        lex = lex or lexicon()
        if _strong(words, between, _is_person_noun):
            found_spans.append(found.span("v"))  # "die Kollegin heißt Vogel", "die hieß Specht"
        elif lex.is_any_name(word) and not lex.is_common_noun(word):
            found_spans.append(found.span("v"))
        elif not lex.is_german(word) and not lex.is_english(word):
            found_spans.append(found.span("v"))
    for match in _INSTEAD.finditer(text):
        word = match.group("v")
        if match.group("n") != "[NAME]" and match.span("n") not in found_spans:
            continue
        if word in NOT_NAMES or _is_person_noun(word) or word in _TITLES:
            continue  # "ich heiße [NAME], nicht Herr Doktor"
        found_spans.append(match.span("v"))
    for match in _BEFORE.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or word.lower() in _NO_NAME or _is_person_noun(word):
            continue
        lex = lex or lexicon()
        if match.group("late") is not None and _place_like(word, lex):
            continue  # "Stadtgarten heißt er übrigens": a place's or a thing's name
        found_spans.append(match.span("v"))  # the frame is strong: "Busch hieß der, …"
    for match in _BEFORE_PERSON.finditer(text):
        noun, word = match.group("n"), match.group("v")
        lex = lex or lexicon()
        if (_is_person_noun(noun) or noun in _TITLES) and word not in NOT_NAMES and not (
            _is_person_noun(word) or lex.is_lower_word(word) or _place_like(word, lex)
        ):
            found_spans.append(match.span("v"))  # not "Trotzdem heißt der Chef alle willkommen"
    for match in _NICKNAME_CUE.finditer(text):
        before = _CAPITALISED.findall(_clause_before(text, match.start())[-40:])
        own = _OWN_NICKNAME.search(text, max(0, match.start() - 8), match.start())
        if match.group("v").split()[0] not in NOT_NAMES and (
            own is not None or any(map(_is_person_noun, before))
        ):  # "meinen Spitznamen „Platanen-Paule“": one's own
            found_spans.append(match.span("v"))  # not "Das neue Rathaus, Spitzname „…“"
    for match in _QUOTED_NAMED.finditer(text):
        clause = _clause_before(text, match.start())[-40:]
        words_before = _CAPITALISED.findall(clause)
        # a person named before: "Unser Kollege, von allen „Turbo“ genannt", or a name right
        # before the aside: "Heinz, von allen nur „Professor“ genannt" (a tag by now; not
        # "neben der Martin-Luther-Kirche wird von allen nur „Bunker“ genannt")
        named = _NAME_BEFORE_ASIDE.search(clause)
        person = any(map(_is_person_noun, words_before)) or (
            named is not None and (named.group(1) == "[NAME]" or named.group(1) in FIRST_NAMES)
        )
        if person and not _THINGS.intersection(words_before):
            found_spans.append(match.span("v"))  # not "der Ort, „Klein-Venedig“ genannt"
    for match in _SO_CALLED.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or word.lower() in _NO_NAME or _is_person_noun(word):
            continue  # not "(mein Mann, so nennt ihn jeder, …)"
        lex = lex or lexicon()
        # "so nennet mir onsern Nachbar": the one named is a person (not "so nennen sie die
        # Anwohner": who names)
        after = _OWN_PERSON.finditer(text, match.end(), match.end() + 30)
        person_after = any(_is_person_noun(m.group(1)) for m in after)
        if "-" in word or (_place_like(word, lex) and not person_after):
            continue  # "Die Altstadt – so nennt man sie", "Der Bürgerkoffer, so nennen ihn alle"
        if _POSSESSIVE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before is not None and before.group(1).lower() not in ("der", "die", "dr", "den", "dem"):
            continue  # "Unsere Mami Lolo, so nennen sie alle": the whole name is read elsewhere
        found_spans.append(match.span("v"))  # "Der Knödi — so heißt er bei uns"
    for match in _RELATIVE_FINAL.finditer(text):
        word = match.group("v")
        quoted = text[match.start("v") - 1] in "„\"»‚'“"
        if word.lower().endswith(_ABSTRACT):
            continue
        if (word in NOT_NAMES or _is_person_noun(word)) and not quoted:
            continue  # not "den alle Hausmeister nennen"; but "den alle nur „Professor“ nennen"
        found_spans.append(match.span("v"))  # the frame is strong: "den alle nur Wolle nennen"
    yield from sorted(set(found_spans))


def _place_like(word: str, lex) -> bool:
    """Tell a word of the language, a compound or a place's name ("Stadtgarten", "Maille")."""
    return lex.is_german(word) or lex.is_compound(word) or lex.is_english(word) or (
        word.lower().endswith(("park", "platz", "straße", "weg", "brücke", "garten", "stadt"))
    )


# abstract nouns said of places and things: "die wir Heimat nennen", "die alle Zukunft nennen"
_ABSTRACT = ("heimat", "zukunft", "ung", "heit", "keit", "schaft", "tion", "ismus", "tät")


# "Das Restaurant heißt", "Die neue App hieß", "ein Café namens": a noun with its article
# right before a verb of naming or "namens"
_THING_NAMED = regex.compile(
    r"(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?"
    r"|[Mm]ein(?:e[mnrs]?)?|[Dd]ies(?:e[mnrs]?)?)(?:\x20+\p{Ll}+)?\x20+(?P<n>\p{Lu}[\p{L}\-]+)"
    r"\x20+(?:heißt|hieß|heisst|hiess|namens|nennt\x20+sich|nannte\x20+sich)(?:\x20+(?:jetzt|auch|übrigens|einfach|nur|wohl|"
    r"doch|ja|inzwischen|seitdem|früher|damals|heute|mal))*\x20+$",
    regex.VERSION1,
)
# animals, whose names stay as before: "unser Hund heißt BELLO"
_ANIMALS = frozenset("Katze Kater Hündin Pferd Hase Vogel Papagei Wellensittich Hamster".split())


def thing_named_before(text: str, start: int) -> bool:
    """Tell a thing named right before ``start``: "Das Restaurant heißt ", "Die App heißt ".

    The noun must be a plain noun of the dictionary (its lemma capitalised) and no word
    for a person or an animal ("Die Kleine heißt", "Meine Tochter heißt", "Der Hund heißt").
    """
    from esslingen_lab.privacy.redact.description_words import _person_word
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    match = _THING_NAMED.search(text, max(0, start - 80), start)
    if match is None:
        return False
    noun = match.group("n")
    # "ein Monteur namens Kevin", "der Typ heißt Max": a person's noun
    if noun in _TITLES or noun in _ANIMALS or _is_person_noun(noun) or _person_word(noun):
        return False
    if _PERSON_WORDS.fullmatch(noun) is not None:
        return False
    lex = lexicon()
    lemma = lex.german.get(noun) or ""
    # "Die Kleine", "Der Neue": an adjective taken as a noun says a person ("Der Laden",
    # also a verb in lower case, is a thing)
    adjective = lex.is_adjective(noun.lower()) or lex.is_adjective(noun)
    return lemma[:1].isupper() and lex.is_common_noun(noun) and not adjective


def thing_named_first_name(text: str, start: int, word: str) -> bool:
    """Tell a first name given to a thing: "Die App heißt Luca", "ein Café namens FRIEDA"."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    capital = word[:1] + word[1:].lower() if word.isupper() else word
    if capital not in FIRST_NAMES and not lexicon().is_first_name(capital):
        return False
    return thing_named_before(text, start)


# a nickname in quotes, in brackets or both between a first name and the surname: "Ute
# („Kuddel“) Reinhardt", "[NAME] ('Bine') Kühnle", "Herbert (Herbie) Kuttler", "Gisela „Gisi“
# Rapp" — both the nickname and the surname
_OPEN, _CLOSE = "[„\"»‚'“]", "[“\"«‘'”]"
_BRACKETED_BETWEEN = regex.compile(
    r"(?:\[NAME\]|(?<![\p{L}\-])(?P<f>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))\x20*"
    rf"(?:\(\x20*(?P<q>{_OPEN})?(?P<n>\[NAME\]|\p{{Lu}}[\p{{L}}\-]+)(?(q){_CLOSE})\x20*\)"
    rf"|{_OPEN}(?P<n>\[NAME\]|\p{{Lu}}[\p{{L}}\-]+){_CLOSE})"
    r"\x20+(?P<s>\[NAME\]|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])",
    regex.VERSION1,
)
_PLACE_BEFORE_NAME = regex.compile(r"(?<![\p{L}])(?i:im|am|zum|vom|beim|ins)\x20+$")
BRACKETED_NICKNAME_GATE = regex.compile(rf"(?:\(\x20*{_OPEN}?|{_OPEN})(?:\p{{Lu}}|\[NAME\])")


def bracketed_nickname_spans(text: str):
    """Yield the nickname and the surname of "Ute („Kuddel“) Reinhardt" (see above)."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    for match in _BRACKETED_BETWEEN.finditer(text):
        first, surname = match.group("f"), match.group("s")
        if first is not None and not lex.is_first_name(first, ambiguous=True):
            continue  # "Stadtfest („Sommer“) Programm"
        nickname = match.group("n")
        bare = match.group("q") is None and text[match.start("n") - 1] in "( "
        tagged = surname == "[NAME]"
        if bare and _PLACE_BEFORE_NAME.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Im Hans (Sachs) Saal": a hall named after someone
        if not tagged and (surname in NOT_NAMES or (
            (lex.is_lower_word(surname) or lex.is_common_noun(surname))
            and (surname not in lex.last or bare)  # word-surname: quotes only
        ) or "-" in surname and lex.is_common_noun(surname.rsplit("-", 1)[1])):
            continue  # "Ute („Kuddel“) Bescheid geben", "Der Klaus (Kasper) Puppenspiel-Termin"
        if nickname != "[NAME]" and not (bare and (
            lex.is_common_noun(nickname) or lex.is_lower_word(nickname)
        )):
            yield match.span("n")  # not a role in bare brackets: "Anna (Kassiererin) Weber"
        if not tagged:
            yield match.span("s")
