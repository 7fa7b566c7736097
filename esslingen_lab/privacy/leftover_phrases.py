"""Phrases that single out a person without a name: health, looks, the way home, nicknames.

Part of the quote review's leftover reading (:mod:`esslingen_lab.privacy.leftovers`): a health
detail beside the person it is about ("mein Vater … ist dement"), how a person looks or what
they always do ("die Studentin mit den grünen Haaren", "der Fahrer, der morgens …"), the way
to a home ("wohne hinterm …, das gelbe Haus") and a first name or pet name after an article
("die Moni"). A sentence is the unit.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.leftover_names import (
    _AFTER_SLOT,
    _PERSON_VERBS,
    _THANKS,
    _TOKEN,
    _could_be_name,
    _is_capitalised,
    _is_word,
    _vocabulary,
)
from esslingen_lab.privacy.redact.description_clauses import STAFF_HEADS, tie_to_one_place
from esslingen_lab.privacy.redact.directions import _lists as dwelling_lists
from esslingen_lab.privacy.redact.dwelling_phrases import _PUBLIC as DWELLING_PUBLIC
from esslingen_lab.privacy.redact.lexicon import german_first_names, lexicon
from esslingen_lab.privacy.redact.strength import _LOCATIVE
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

__all__ = ["phrase_signals", "one_person_told"]

# --- phrase-level leftovers: details that single out a person without naming them ---------
# A sentence is the unit: a health word and the person it is about, a person noun and how
# they look, a home and the way to it must stand in the same sentence.
_SENTENCE = regex.compile(r"(?<!\b(?:ca|bzw|z\.\x20?B|Nr|Dr|Str|evtl))(?<!\d)[.!?]+(?=\s|$)|[\n;|]")
# illnesses, disabilities, therapies and aids (word starts; "-behindert", "-süchtig" in any
# compound)
_HEALTH = regex.compile(
    r"(?i)(?<!\p{L})(?:dement|demenz|alzheimer|parkinson|chemo|krebs(?:krank|erkrank)?\b|"
    r"tumor|leukämie|rollstuhl(?!gerecht|fahrerparkpl)|rollator|erblindet|"
    r"blind(?:e[rn]?)?\b(?!\x20+(?:für|auf|vor|gegenüber))|taub\b|gehörlos|schwerhörig|"
    r"hörgerät|burn-?out|krankgeschrieben|chronisch\x20krank|schwer\x20krank|schwerkrank|"
    r"todkrank|diabet|dialyse|autis|adhs\b|depressi|schlaganfall|herzinfarkt|epilep|"
    r"multiple\x20sklerose|querschnitt|gelähmt|lähmung|pflegebedürftig|bettlägerig|amputiert|"
    r"prothese|psychisch\x20krank|psychiatri|alkoholkrank|asthma|downsyndrom|down-syndrom|"
    r"trisomie|spastik|inkontinen|long[\x20-]?covid|post[\x20-]?covid|physiotherapie|"
    r"ergotherapie|logopäd|psychotherapie|reha\b(?!-)|pflegegrad\x20\d|pflegestufe|"
    # conditions told in everyday words: an allergy, gout, a slipped disc, a torn ligament,
    # a pregnancy, a suicide risk, a strained mind ("psychisch sehr belastet")
    r"\p{L}*allergi(?:e|en|sch)\b|gicht\b|rheuma|bandscheib|kreuzband|meniskus|schwanger|"
    r"suizid|selbstmord|sauerstoffgerät|(?:psychisch|seelisch)\x20+(?:\p{L}+\x20+)?"
    r"(?:belastet|krank|labil|am\x20+ende)|"
    r"(?:bein|arm|hüfte|schulter|fuß|hand|knie|sehne|schlüsselbein|handgelenk|sprunggelenk)"
    r"(?:e|s)?\x20+(?:gebrochen|gerissen))"
    r"|(?:behindert|süchtig)(?!\p{L})"
)
# who it is about: "mein Vater", "unserer Tochter", "[NAME]", "ich bin", "er hat", "leide"
_FAMILY_WORDS = (
    r"(?:mann|frau|ehemann|ehefrau|sohn|tochter|kind|kinder|kleine[rn]?|enkel|enkelin|"
    r"mutter|mama|mutti|vater|papa|vati|eltern|oma|opa|großmutter|großvater|schwiegermutter|"
    r"schwiegervater|schwester|bruder|nachbar|nachbarin|partner|partnerin|freund|freundin|"
    r"onkel|tante|neffe|nichte|cousin|cousine|schwager|schwägerin|kollege|kollegin)"
)
_HEALTH_PERSON = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:mein|meine[mnrs]?|unser|unsere[mnrs]?|sein|seine[mnrs]?|ihr|"
    rf"ihre[mnrs]?)\x20+{_FAMILY_WORDS}(?!\p{{L}})|\[NAME\]|"
    r"(?<!\p{L})(?:der|die|dr|d['’])\x20*(?:opa|oma|nachbar|nachbarin|vater|mutter|sohn|"
    r"tochter|schwester|bruder|onkel|tante|kollege|kollegin|kleine|kleiner|große|großer|"
    r"älteste|jüngste|chef|chefin)(?!\p{L})|"
    # "eine davon ist schwanger", "einer von uns hat …"; Swabian "der isch", "er hot"
    r"(?<!\p{L})(?:eine|einer|einem)\x20+(?:davon|von\x20+(?:uns|ihnen|denen))(?!\p{L})|"
    r"(?<!\p{L})(?:i|er|sie|der|die|dr)\x20+(?:isch|hot|hod|hät|sitzt|sitz)(?!\p{L})|"
    r"(?<!\p{L})(?:ich|er|sie)\x20+(?:bin|ist|hat|habe|hab|leide|leidet|sitze|sitzt|"
    r"brauche|braucht|bekomme|bekommt|kriege|kriegt|lebe|lebt|wurde|wurden|war|muss|"
    r"geh|gehe|geht|nutze|nutzt|benutze|benutzt)(?!\p{L})|"
    r"(?<!\p{L})(?:bin|habe|hab|leide|sitze|war)\x20+(?:ich|seit|selbst|auch|leider|"
    r"schwer|stark|fast|halb|chronisch)(?!\p{L})|(?<=(?:^|[,\n]\x20?|\bund\x20))bin(?!\p{L})"
)
# "der blinde Klavierstimmer", "unsere schwerhörige Kollegin": one person named by a health
# adjective ("-e" after "der/die": singular; "die blinden Menschen" are many)
_HEALTH_ADJECTIVE = regex.compile(
    r"(?i)(?<!\p{L})(?:der|die|dr|unser|unsere|mein|meine|sein|seine|ihr|ihre)\x20+"
    r"(?:blind|schwerhörig|gehörlos|taub|dement|demenzkrank|gehbehindert|sehbehindert|"
    r"hörbehindert|behindert|querschnittsgelähmt|gelähmt|autistisch|depressiv|krebskrank|"
    r"schwerkrank|todkrank|alkoholkrank|pflegebedürftig|bettlägerig|spastisch|epileptisch|"
    r"psychisch\x20+krank)e\x20+((?-i:\p{Lu})\p{Ll}+)"
)
# how far (characters) a health word may stand after / before the person it is about
_NEAR, _NEAR_BEFORE = 60, 25
# between person and health word: a clause or a phrase about others ("ich bin dafür, dass …
# für Rollstuhlfahrer"); after a name tag also a place ("Frau [NAME] aus der Psychiatrie" is
# staff there)
_OTHERS = regex.compile(r"(?i)(?<!\p{L})(?:dass|daß|für|fuer|damit|wenn|alle|viele)(?!\p{L})")
_STAFF = regex.compile(r"(?i)(?<!\p{L})(?:vom|von|aus|beim|im|in)(?!\p{L})")
# what a person looks like, or their age guessed ("ca. 60", "Mitte 50")
_LOOKS = regex.compile(
    r"(?i)(?<!\p{L})(?:\p{L}{3,}piercing|\p{L}{3,}tattoo|haare[n]?\b|hut\b|mütze|bart\b|"
    r"vollbart|schnurrbart|schnauzer|schnauzbart|kopftuch|tattoo|tätowier|piercing|glatz|"
    r"blond|brünett|zopf|pferdeschwanz|dreadlocks|sommersprossen|"
    r"(?:ca\.?|circa|etwa|ungefähr|um\x20die|so)\x20*[2-9]0(?!\x20*\p{L})|"
    r"(?:anfang|mitte|ende)\x20+[2-9]0\b)|(?:haarig|brille)(?!\p{L})"
)
# a singled-out habit: "die jeden Morgen …", "der immer am Schalter sitzt", "freitags"
_HABIT = regex.compile(
    r"(?i)(?<!\p{L})(?:immer|ständig|täglich|jede[nr]?\x20+(?:morgen|abend|tag|mittag|"
    r"woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|morgens|abends|"
    r"mittags|nachts|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s)"
    r"(?!\p{L})"
)
_COLOURS = (r"(?:rot|grün|blau|gelb|schwarz|weiß|weiss|grau|pink|rosa|lila|orange|braun|"
            r"silber|golden|bunt)")  # fmt: skip
# "mit dem roten Lastenrad", "mit den grünen Haaren": a thing that marks one person
_MARK = regex.compile(rf"(?i)(?<!\p{{L}})mit\x20+(?:dem|der|den|einem|einer)\x20+{_COLOURS}\w*")
# "(die mit dem Hund …)", "ich bin der mit dem Lastenrad": a person told by what they have
# ", der mit dem Motorrad,": the same as an apposition (no verb before the comma)
_THE_ONE_WITH = regex.compile(
    r"(?i)(?:\(|(?<!\p{L})(?:bin|ist|war)\x20+)(?:die|der)\x20+mit\x20+(?:dem|der|den)\x20"
    r"|,\x20*(?:die|der)\x20+mit\x20+(?:dem|der|den)\x20+\p{L}+\x20*[,)]"
)
# an adjective for the person: "der Lange mit dem Bart", "so ein älterer mit Schnauzer"
_ONE_LOOKING = regex.compile(
    r"(?i)(?<!\p{L})(?:der|die|dem|den|ein|eine|einer|einem)\x20+(?:ganz\x20+|so\x20+)?"
    r"(\p{L}+e[nr]?)\x20+mit\x20+(?P<what>[^\x20,.;:!?()]+(?:\x20+[^\x20,.;:!?()]+){0,3})"
)
_GENERIC_PERSONS = (
    "frau", "mann", "dame", "herr", "typ", "kerl", "junge", "mädchen", "person", "aushilfe",
    "student", "studentin", "rentner", "rentnerin", "oma", "opa", "bursche",
)  # fmt: skip
_FEMININE = ("frau", "dame", "person", "aushilfe", "oma", "hebamme", "kraft", "schwester",
             "tochter", "mutter", "friseuse")  # fmt: skip
_ARTICLE_MASC = frozenset(
    "der den dem des ein einen einem eines unser unseren unserem mein meinen meinem".split()
)
_ARTICLE_FEM = frozenset("die der eine einer unsere unserer meine meiner".split())
_DEFINITE = frozenset("der die den dem".split())
_COPULAS = frozenset("ist war sind waren wirkt wirkte bleibt blieb".split())
# "wohne …", "Wohnort:", "bei uns", "meine Adresse": where someone lives
_HOME = regex.compile(
    r"(?i)(?<!\p{L})(?:wohn|wohne|wohnen|wohnt|wohnst|wohnte|wohnten|wohnort|wohnhaft|"
    r"bei\x20+uns|adresse|anschrift|zuhause|zu\x20+hause|daheim)(?!\p{L})"
)
_DIRECTION = regex.compile(
    r"(?i)(?<!\p{L})(?:hinter[mn]?|neben|gegenüber|ums\x20+eck|um\x20+die\x20+ecke|ecke|"
    r"schräg|direkt\x20+(?:am|an|neben|über|unter)|oberhalb|unterhalb|über\x20+de[mr]|"
    r"am\x20+ende\x20+(?:vom|von\x20+der|des)|"
    r"unter\x20+de[mr])(?!\p{L})"
)
_ORDINALS = (r"(?:erst|zweit|dritt|viert|fünft|letzt|vorletzt|alt|neu|klein|groß|hoh|weiß|"
             r"weiss)")  # fmt: skip
# the house itself told apart ("das gelbe Haus", "das Eckhaus", "das Haus mit …", a street
# corner), and weaker marks of a flat that point to one home only together ("7. Stock",
# "Hinterhaus", "die Wohnung ganz links")
_HOUSE = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:(?:das|im|ein|dem|einem)\x20+(?:{_COLOURS}|{_ORDINALS})e[nms]?"
    r"\x20+(?:hoch|eck|reihen|mehrfamilien|wohn)?haus|"
    rf"{_COLOURS}es\x20+haus|(?:das|dem|im)\x20+haus\x20+mit|gartenzaun|"
    rf"{_COLOURS}e[nm]?\x20+(?:haus)?tür\b|ecke\x20+(?-i:\p{{Lu}}))|eckhaus"
)
# a house told apart by its colour or its place in a row ("das blaue Hochhaus", "das dritte
# Haus"), its fence or door: without a residence word, "das neue Haus" or a corner is a place
_HOUSE_TOLD = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:(?:das|im|dem|ein|einem)\x20+(?:{_COLOURS}|erst|zweit|dritt|viert|"
    r"fünft|letzt|vorletzt)e[nms]?\x20+(?:hoch|eck|reihen|mehrfamilien|wohn)?haus|"
    rf"{_COLOURS}es\x20+(?:hoch|eck|reihen)?haus|(?:das|dem|im)\x20+haus\x20+mit|gartenzaun|"
    rf"{_COLOURS}e[nm]?\x20+(?:haus)?tür\b)"
)
# one plot told by the way to it: "die erste Einfahrt rechts", "das letzte Grundstück links",
# "der Hof ganz am Ende vom Feldweg"
_PLOT = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:die|das|der|dem|den)\x20+(?:erste|zweite|dritte|vierte|letzte|"
    r"vorletzte)[nmrs]?\x20+(?:einfahrt|haus|grundstück|hof|tür|eingang|gebäude|hütte)"
    r"\x20+(?:links|rechts)|(?:der|das|die)\x20+(?:hof|haus|grundstück|einfahrt|hütte)\x20+"
    r"(?:ganz\x20+)?(?:am\x20+ende|hinten\x20+am|oben\x20+am|unten\x20+am))(?!\p{L})"
)
# a home pointed at with a way to it and no residence word: "the one with …" ("wir sind die
# mit dem Wohnwagen im Garten", "…, das mit dem Storchennest"), the writer's own dwelling
# with the way right after it ("unser Haus, das letzte in der Sackgasse hinter …") or "we are
# the one with …" ("wir sind die mit dem Wohnwagen …", "…, das sind wir"); read only in a
# sentence with a way (_DIRECTION)
_ONE_WITH = regex.compile(
    r"(?i)(?:^|[,(–]\x20*|(?<!\p{L})(?:sind|ist|bin|isch)\x20+)(?:das|die|der|dem|den|des)"
    r"(?:\x20+(?-i:\p{Ll}+e[nms]?))?\x20+mit\x20+(?:dem|der|den|de)(?!\p{L})"
)
_OWN_DWELLING = regex.compile(
    r"(?i)(?<!\p{L})(?:unser|unsere[mns]?|mein|meine[mnrs]?|mei)\x20+(?:\p{L}+e[nms]?\x20+)?"
    r"(\p{L}*(?:haus|hof|wohnung|grundstück|häusle|häuschen|hütte|wohnwagen|zimmer))(?!\p{L})"
)
_WE_ARE = regex.compile(
    r"(?i)(?<!\p{L})(?:wir\x20+sind\x20+(?:die|das)(?:\x20+(?:familie|leute))?\x20+mit|"
    r"das\x20+sind\x20+wir(?=\x20*(?:[.!?,)]|$)))(?!\p{L})"
)
_WAY_STEMS = ("haus", "einfahrt", "grundstück", "hof", "hütte", "tür", "eingang", "gebäude")
_FLAT = regex.compile(
    r"(?i)(?<!\p{L})(?:hinterhaus|hochhaus|erdgeschoss|dachgeschoss|souterrain|"
    r"\d{1,2}\.\x20*(?:stock|etage|og)\b|(?:erste|zweite|dritte|vierte|fünfte|sechste|"
    r"oberste)[nmr]?\x20+(?:stock|etage)|wohnung\x20+(?:ganz\x20+)?(?:links|rechts|"
    r"oben|unten)|klingel|briefkasten)"
)
# "die Moni", "der Jogi", "d'Liesl", "da Sepp": an article before a first name or nickname
_DIALECT_ARTICLE = regex.compile(
    r"(?<![\p{L}])(?:d['’]|s['’]|da\x20|de\x20|dr\x20)(\p{Lu}\p{Ll}{2,8})\b"
)
_NICK_SHAPE = regex.compile(r"\p{Lu}\p{Ll}{1,7}(?:i|y|l|le|erl|el)")
_NICK_BEFORE = frozenset(
    "bin ist frag fragt fragen sag mit grüß grüße heißt heisst war hat hatte mir uns".split()
)
_PLACE_PREPOSITIONS = frozenset("an am auf bei beim vor hinter neben zur zum vom im".split())
_NICK_AFTER = _PERSON_VERBS | _AFTER_SLOT | frozenset(
    "meinte meint sagt hilft vo aus von und hot hod hat".split()
)


_LOOKS_GATES = (_LOOKS, _HABIT, _MARK, _THE_ONE_WITH, _HOUSE, _FLAT)
# word parts a text must hold before a kind's patterns run (a substring test is cheap)
_HEALTH_STEMS = (
    "dement", "demenz", "alzheimer", "parkinson", "chemo", "krebs", "tumor", "leukäm",
    "rollstuhl", "rollator", "blind", "taub", "gehörlos", "schwerhörig", "hörgerät", "burn",
    "krank", "diabet", "dialyse", "autis", "adhs", "depressi", "schlaganfall", "infarkt",
    "epilep", "sklerose", "querschnitt", "gelähmt", "lähmung", "pflege", "bettlägerig",
    "amputiert", "prothese", "psychiatri", "süchtig", "asthma", "syndrom", "trisomie",
    "spastik", "inkontinen", "covid", "therapie", "logopäd", "reha", "behindert", "allergi",
    "gicht", "rheuma", "bandscheib", "kreuzband", "meniskus", "schwanger", "suizid",
    "selbstmord", "sauerstoff", "psychisch", "seelisch", "gebrochen", "gerissen",
)  # fmt: skip
_HOME_STEMS = ("wohn", "bei uns", "adresse", "anschrift", "hause", "daheim")
_LOOKS_STEMS = (
    "haar", "hut", "mütze", "bart", "brille", "kopftuch", "tattoo", "tätowier", "piercing",
    "glatz", "schnauz", "blond", "brünett", "zopf", "pferdeschwanz", "dreadlocks",
    "sommersprossen",
    "0", "immer", "ständig", "täglich", "jede", "morgens", "abends", "mittags", "nachts",
    "tags", "mit de", "mit ein", "haus", "stock", "etage", "geschoss", "souterrain", "wohnung",
    "klingel", "briefkasten", "tür", "zaun", "ecke",
)  # fmt: skip


def _holds(low: str, stems: tuple[str, ...]) -> bool:
    return any(stem in low for stem in stems)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s and s.strip()]


def _health_near_person(sentence: str) -> bool:
    """Tell a health word a few words from whom it is about ("mein Vater, [NAME], ist dement")."""
    for match in _HEALTH_ADJECTIVE.finditer(sentence):
        noun = match.group(1)
        if _person_noun(noun) or noun.lower().endswith(("er", "in")):
            return True  # "der blinde Klavierstimmer", not "der blinde Fleck"
    words = [m.span() for m in _HEALTH.finditer(sentence)]
    if not words:
        return False
    cues = [m.span() for m in _HEALTH_PERSON.finditer(sentence)]
    for h_start, h_end in words:
        for c_start, c_end in cues:
            tag = sentence[c_start] == "["
            if 0 <= h_start - c_end <= _NEAR:
                gap = sentence[c_end:h_start]
            elif 0 <= c_start - h_end <= _NEAR_BEFORE:
                gap = sentence[h_end:c_start]
            else:
                continue
            # a place right after a name tag tells staff ("Frau [NAME] aus der Psychiatrie");
            # a verb first tells what happened to them ("[NAME] hat sich … gerissen")
            staff = tag and _STAFF.match(gap.lstrip(" ,"))
            if not _OTHERS.search(gap) and not staff:
                return True
    return False


def _person_noun(word: str) -> str | None:
    """'fem' or 'masc' for a singular person noun ("Mitarbeiterin", "Typ"), else None."""
    lower = word.lower()
    if lower.endswith("innen") or not (_is_capitalised(word) or word.islower()):
        return None  # lower case too: "der typ mit dem bart"
    persons = _vocabulary()["persons"] + _GENERIC_PERSONS
    if not (lower in _GENERIC_PERSONS or lower.endswith(persons)):
        return None
    if lower.endswith("in") and not lower.endswith(("rin", "tin", "nin", "gin", "zin", "din",
                                                     "kin", "lin", "ffin", "ssin", "ärztin")):
        return "masc" if lower.endswith(("azubin",)) else "fem"
    if lower.endswith("in") or lower.endswith(_FEMININE):
        return "fem"
    return "masc"


def _singular_persons(tokens: list[str]) -> list[int]:
    """Positions of singular person nouns after a fitting article ("die Studentin", "der Typ")."""
    found = []
    for i, token in enumerate(tokens):
        if i == 0 or not _is_word(token):
            continue
        gender = _person_noun(token)
        if gender is None:
            continue
        # an adjective may stand between: "die junge Aushilfe", "der nette Fahrer"
        k = i - 1
        if k > 0 and tokens[k].lower() not in _ARTICLE_MASC | _ARTICLE_FEM and (
            (tokens[k][:1].islower() and tokens[k].endswith(("e", "en")))
            or (tokens[k].endswith("er") and tokens[k - 1].lower() == "ein")  # "ein junger Mann"
        ):
            k -= 1
        article = tokens[k].lower()
        if (gender == "fem" and article in _ARTICLE_FEM) or (
            gender == "masc" and article in _ARTICLE_MASC
        ):
            found.append(i)
    return found


def _describes_looks(sentence: str, tokens: list[str]) -> bool:
    """Tell a singular person noun with how the person looks, a mark or a habit of theirs."""
    if _THE_ONE_WITH.search(sentence) or any(
        lexicon().is_lower_word(m[1].lower()) and _LOOKS.search(m["what"])
        for m in _ONE_LOOKING.finditer(sentence)
    ):
        return True  # "der Lange mit dem Bart", not "eine Mütze mit Logo"
    persons = _singular_persons(tokens)
    if not persons:
        return False
    if _LOOKS.search(sentence) or _HOUSE.search(sentence) or _FLAT.search(sentence):
        return True  # "… mit Brille", "die ältere Dame aus dem Erdgeschoss"
    for i in persons:
        rest = tokens[i + 1 : i + 14]
        if _MARK.match(" ".join(rest[:4])):
            return True
        # "der Fahrer, der morgens …", "die Dame, die freitags …": a habit in a relative clause
        before = {t.lower() for t in tokens[max(0, i - 2) : i]}
        if not before & _DEFINITE:
            continue  # "ein Lehrer, der jeden Tag …" is anyone
        relative = "der" if _person_noun(tokens[i]) == "masc" else "die"
        for j, word in enumerate(rest):
            if word.lower() == relative and (j == 0 or rest[j - 1] == ","):
                clause = []
                for w in rest[j + 1 :]:
                    if w in {",", "."}:
                        break
                    clause.append(w)
                # "…, die immer freundlich ist": a trait, no habit that points to one person
                trait = clause and clause[-1].lower() in _COPULAS
                if _HABIT.search(" ".join(clause)) and not trait:
                    return True
                break
    return False


# what ties one person to a place: "die Leiterin vom Bürgerbüro in Berkheim", "der Mann aus
# der Praxis am Postmichelbrunnen"
_TIES = frozenset("vom von aus im in am an bei beim".split())
_TIE_ARTICLES = frozenset("der dem den des die einem einer".split())
_CLAUSE_ENDS = frozenset(",.–-)!?:;")
_INDEFINITE = frozenset("ein eine einen einem einer".split())
# the one person of an office: its head, its caretaker
_ONE_PER_OFFICE = ("leiter", "leiterin", "chef", "chefin", "hausmeister", "hausmeisterin")


def one_person_told(text: str) -> bool:
    """Tell one person singled out without a name: by a relative clause or a named place.

    A singular person noun after a fitting article ("die Kollegin", "ein junger Mann") with,
    right after it, a relative clause of its gender ("…, die nur mittwochs da ist"; without
    the comma "die digitallotsin die immer donnerstags …") or a tie to a place
    (:func:`_tied_place`: "vom Bürgerbüro in Berkheim", "aus der Praxis am
    Postmichelbrunnen"). Unlike :func:`esslingen_lab.privacy.leftover_names._describes_one`
    (a role tied to a known institution), a city office counts too: the labelled sets'
    writers mark "die Leiterin vom Bürgerbüro in Berkheim" as a description of one person.

    Not read: a trait ("…, die immer freundlich ist": a clause ending in a copula, unless it
    tells a habit), the genitive of many ("Schutz der Radfahrer beim Abbiegen"), anyone ("Ein
    Lehrer, der …" opening a sentence), the heads the redactor never reads as a description
    (``description_excluded.txt``: office holders, members of the public, family) and a
    writer's own role ("Bin Hausärztin in Berkheim": 2 more leftovers of 2,636 for 2 more
    false alarms in 3,414 real texts, session 47). A helper's 157 tempting ordinary sentences
    were held back 67 times when any capitalised noun after "vom"/"am" counted as a place,
    53 times with a proper name required, for 2 of 110 descriptions and 5 of 291 leftovers of
    fresh143-fresh159 less.
    """
    for sentence in _sentences(text):
        tokens = _TOKEN.findall(sentence)
        for i in _singular_persons(tokens):
            if tokens[i].lower().endswith(_vocabulary()["excluded"]):
                continue  # "Der Oberbürgermeister, der …", "Der Bürger, der …"
            masc = _person_noun(tokens[i]) == "masc"
            if masc and tokens[i - 1].lower() == "der" and i >= 2 and (
                _is_capitalised(tokens[i - 2]) and _is_word(tokens[i - 2])
            ):
                continue  # "Schutz der Radfahrer": a genitive plural
            rest = tokens[i + 1 : i + 18]
            if tokens[0].lower() in _INDEFINITE and i <= 2:
                continue  # "Ein Lehrer, der …, braucht", "Eine Hausärztin in Berkheim zu …"
            # after "ein" a clause tells one person only by a time or a name in it ("eine
            # Frau, die seit 40 Jahren …"), not by a wish ("einen Kinderarzt, der …")
            some = any(t.lower() in _INDEFINITE for t in tokens[max(0, i - 2) : i])
            pronoun = "der" if masc else "die"
            if _relative_clause(rest, pronoun, told=some) or _tied_place(rest, tokens[i]):
                return True
            # after a tie, staff told by their duty are any of them ("Der Sachbearbeiter im
            # Bürgeramt, der Pässe ausstellt"): their clause must tell a habit or a time
            clause = _past_tie(rest)
            staff = tokens[i].lower().startswith(STAFF_HEADS)
            if clause and _relative_clause(clause, pronoun, told=some or staff):
                return True
    return False


def _past_tie(rest: list[str]) -> list[str]:
    """Return what follows a short tie after a person ("vom Kulturamt", "mit dem Hund")."""
    if not rest or rest[0].lower() not in _TIES | {"mit", "für", "der", "des"}:
        return []
    for j, word in enumerate(rest[1:8], start=1):
        if word == ",":
            return rest[j:] if tie_to_one_place(" ".join(rest[:j])) else []
        if word in _CLAUSE_ENDS:
            return []
    return []


def _relative_clause(rest: list[str], pronoun: str, *, told: bool = False) -> bool:
    """", die nur mittwochs da ist" (or without the comma: "die immer donnerstags …")."""
    if rest[:1] == [","]:
        rest = rest[1:]
    elif not (rest[1:2] and rest[1].islower() and lexicon().is_lower_word(rest[1])):
        return False  # "die Kollegin die Stadt …", "die frau die tür …": an article
    if not rest or rest[0].lower() != pronoun:
        return False
    clause = []
    for word in rest[1:]:
        if word in _CLAUSE_ENDS:
            break
        clause.append(word)
    if len(clause) < 2:
        return False
    if told and not (
        any(w.lower() == "seit" or _proper(w) for w in clause) or _HABIT.search(" ".join(clause))
    ):
        return False
    # "…, die immer freundlich ist" is a trait; "…, die nur mittwochs da ist" a habit, "…,
    # die früher Lehrerin am Mörike-Gymnasium war" a named place
    return (
        clause[-1].lower() not in _COPULAS
        or any(
            m.group().lower() not in {"immer", "ständig"}
            for m in _HABIT.finditer(" ".join(clause))
        )
        or any(_proper(w) for w in clause[:-1])
    )


def _proper(word: str) -> bool:
    """Tell a proper name: capitalised and no word of the dictionaries ("Berkheim"), or a tag."""
    if word.startswith("["):
        return True
    if not (_is_word(word) and _is_capitalised(word)):
        return False
    lex = lexicon()
    return not (lex.is_german(word) or lex.is_compound(word) or lex.is_english(word)
                or lex.is_common_noun(word))


def _tied_place(rest: list[str], noun: str) -> bool:
    """"vom Bürgerbüro in Berkheim", "aus der Praxis am Postmichelbrunnen": one named place.

    The tie names its place: a proper name within a few words ("Berkheim", a tag), not only
    common nouns ("Die Frau am Telefon", "Der Mann am Schalter im Bürgerbüro", "Die
    Sachbearbeiterin im Jobcenter": one of many staff). The head or caretaker of a place is one
    person without a proper name ("die Leiterin vom Bürgerbüro", "den hausmeister vom alten
    rathaus").
    """
    if not rest or rest[0].lower() not in _TIES:
        return False
    j = 2 if rest[1:2] and rest[1].lower() in _TIE_ARTICLES else 1
    place = rest[j] if j < len(rest) else ""
    if place[:1].islower() and place.endswith(("e", "en", "er", "em")) and j + 1 < len(rest):
        j += 1  # "vom alten rathaus": an adjective first
        place = rest[j]
    if not (_is_word(place) and _is_capitalised(place)) and not place.startswith("[") and not (
        place.islower() and place.endswith(_vocabulary()["institutions"])
    ):
        return False
    return noun.lower().endswith(_ONE_PER_OFFICE) or any(_proper(w) for w in rest[j : j + 6])


def _nicknames(tokens: list[str], text: str) -> int:
    """'die Moni', 'der Jogi', "d'Liesl": an article and a first name or pet name."""
    lex, first = lexicon(), german_first_names()
    hits = sum(
        1 for m in _DIALECT_ARTICLE.finditer(text)
        if not lex.is_lower_word(m.group(1)) and not lex.is_common_noun(m.group(1))
        and (m.group(1) in first or _NICK_SHAPE.fullmatch(m.group(1)))
    )  # fmt: skip
    for i, word in enumerate(tokens[1:], start=1):
        if not (_is_word(word) and _is_capitalised(word)) or word.isupper():
            continue
        if tokens[i + 1 : i + 3] == ["(", "[NAME]"] and _could_be_name(word):
            hits += 1  # "Bene ([NAME])": another name of the person the tag stands for
            continue
        k = i - 1
        if tokens[k][:1].isalpha() and tokens[k].lower().endswith("e") and k > 0 and (
            tokens[k].lower() not in {"die", "der"}
        ):
            k -= 1  # "der gute Bene"
        if tokens[k].lower() not in {"der", "die", "den", "dem"}:
            continue
        known = word in first or word in FIRST_NAMES
        shaped = _NICK_SHAPE.fullmatch(word) and not lex.is_lower_word(word) and (
            not lex.is_common_noun(word)) and not lex.is_english(word)
        if not (known or shaped) or (lex.is_compound(word) and lex.is_german(word)):
            continue
        if known and lex.is_common_noun(word):
            continue  # "die Rose", "der Wolf"
        prev = tokens[k - 1].lower() if k else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else "."
        if prev == "an" and k > 1 and tokens[k - 2].lower() in _THANKS:
            prev = "grüße"  # "Grüße an die Babsi"
        if (_is_word(nxt) and _is_capitalised(nxt)) or prev in _LOCATIVE | _PLACE_PREPOSITIONS:
            continue  # "dem Alma-Wartenberg-Platz", "an der Maille": a place
        nxt = nxt.lower()
        if nxt in _NICK_AFTER or prev in _NICK_BEFORE:
            hits += 1  # "die Moni meinte", "frag den Jogi"
        elif known and nxt in {",", "(", ".", "!", "?"}:
            hits += 1  # "ich bin die Jule, …"
    return hits


def _private_dwelling(noun: str) -> bool:
    """Tell a home ("Haus", "Eckhaus", "Wohnwagen"), not a house of many ("Clubhaus")."""
    if noun.endswith(DWELLING_PUBLIC) or noun.endswith(_SHARED_ROOMS):
        return False
    return noun in _dwellings() or noun.endswith(_HOME_COMPOUNDS)


def _dwelling_in(sentence: str) -> bool:
    """Tell a sentence that names a dwelling ("Wohnwagen", "Eckhaus", "Hof")."""
    return any(_private_dwelling(w.lower()) for w in _TOKEN.findall(sentence) if _is_word(w))


@lru_cache(maxsize=1)
def _dwellings() -> frozenset:
    return frozenset(w.lower() for w in dwelling_lists()[0]) | {"zimmer", "grundstück"}


# rooms and houses many share: "Klassenzimmer", "Hotelzimmer", "Clubhaus", "Stadtteilhaus"
_SHARED_ROOMS = ("klassenzimmer", "hotelzimmer", "wartezimmer", "lehrerzimmer", "clubhaus",
                 "stadtteilhaus", "gerätehaus", "literaturhaus", "nachbarschaftshaus",
                 "generationenhaus", "gesundheitshaus", "vereinsheim", "feuerwehrhaus")  # fmt: skip
# homes as compounds: "Eckhaus", "Reihenhaus", "Bauernhof", "Dachwohnung", "Gartenhäusle"
_HOME_COMPOUNDS = ("eckhaus", "reihenhaus", "familienhaus", "bauernhaus", "fachwerkhaus",
                   "elternhaus", "wohnhaus", "doppelhaus", "haushälfte", "endhaus",
                   "bauernhof", "wohnung", "häusle", "häuschen", "gartenhaus", "wohnwagen",
                   "bauwagen")  # fmt: skip


def phrase_signals(text: str, tokens: list[str]) -> list[tuple[str, float]]:
    """Health details about someone, how someone looks, the way to a home, a nickname.

    Each kind is read sentence by sentence only when the whole text holds one of its words
    (a health word, a residence word, a mark of looks or habits): most quotes hold none.
    """
    low = text.lower()
    want_health = _holds(low, _HEALTH_STEMS) and _HEALTH.search(text) is not None
    want_home = _holds(low, _HOME_STEMS) and _HOME.search(text) is not None
    want_looks = _holds(low, _LOOKS_STEMS) and any(p.search(text) for p in _LOOKS_GATES)
    want_way = _holds(low, _WAY_STEMS) and (
        _HOUSE_TOLD.search(text) is not None or _PLOT.search(text) is not None
    )
    want_told = _DIRECTION.search(text) is not None
    health = looks = home = 0
    wanted = want_health or want_home or want_looks or want_way or want_told
    for sentence in _sentences(text) if wanted else ():
        if want_health and not health:
            health = _health_near_person(sentence)
        if want_looks and not looks:
            looks = _describes_looks(sentence, _TOKEN.findall(sentence))
        if want_home and _HOME.search(sentence):
            # the house told apart, or two marks of the way or the flat ("hinterm Friedhof,
            # 7. Stock"); one mark alone ("wir wohnen neben der Schule") is a hint only
            marks = 2 * bool(_HOUSE.search(sentence) or _PLOT.search(sentence))
            marks += len(_FLAT.findall(sentence))
            home = max(home, marks + bool(_DIRECTION.search(sentence)))
        elif want_way:
            # no residence word: the house or plot told apart and the way to it, or its floor
            # ("hinterm Penny das blaue Hochhaus, 9. Stock", "oberhalb vom Sportplatz die
            # erste Einfahrt rechts")
            # a street corner ("Ecke Holstentwiete") or "das neue Haus der Jugend" is a place
            house = _PLOT.search(sentence) or _HOUSE_TOLD.search(sentence)
            marks = len(_FLAT.findall(sentence)) + bool(_DIRECTION.search(sentence))
            if house and marks:
                home = max(home, 2)
        if want_told and home < 2 and _DIRECTION.search(sentence) and (
            (_ONE_WITH.search(sentence) or _WE_ARE.search(sentence)) and _dwelling_in(sentence)
            or any(
                _private_dwelling(m.group(1).lower())
                and _DIRECTION.search(sentence, m.end(), m.end() + 50)
                for m in _OWN_DWELLING.finditer(sentence)
            )
        ):
            home = 2  # "wir sind die mit dem Wohnwagen im Garten am Ende der Sackgasse"
    found = []
    if health:
        found.append(("health", 0.35))
    if looks:
        found.append(("appearance", 0.35))
    if home:
        found.append(("home", 0.35 if home >= 2 else 0.1))
    if _nicknames(tokens, text):
        found.append(("nickname", 0.35))
    return found
