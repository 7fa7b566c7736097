"""Addresses given as directions: "wohn hinterm Edeka, das gelbe Haus neben der Bäckerei".

Where someone lives can be told without a street: landmarks and relations ("gegenüber vom
Penny", "ums Eck"), then the one house ("das Eckhaus mit den Solarzellen", "7. Stock, die
Wohnung ganz links"). A town or a district alone ("ich wohne in Zell") is no address.

The finder reads the words after a residence cue (wohne, leben, daheim, bei uns, Adresse)
as a chain of comma-separated pieces: locative phrases, a singled-out dwelling, a floor, a
bare place name between them, a "da wo …" clause. The chain ends at the first piece that
is none of these or holds a verb. It is kept only with enough evidence (a relation to a
landmark and a second locative, or a singled-out dwelling). Without a residence cue, a
verbless fragment of such pieces with a singled-out dwelling and a relation to a landmark
counts too ("Hof Lindenmaier, am Ende vom Sträßle links, letzte Scheune").

The finders that start such a reading (after a cue, before one, a fragment without one)
and their cheap pre-checks live in :mod:`.direction_finders`; this module reads the pieces
and tells whether a chain is enough.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__: list[str] = []  # read by direction_finders.py

# ---------------------------------------------------------------- word classes

# "mühlstr." is one word: the dot of a street's abbreviation ends no sentence
_WORD = regex.compile(
    r"\d+\.(?=\s)|[\p{L}\d][\p{L}\d'’\-/]*(?:(?<=[sS][tT][rR])\.|(?<=(?<![\p{L}])St)\.(?=\x20\p{Lu})"
    r"|(?<=(?<![\p{L}])st)\.(?=\x20\p{Ll}{4})|(?<=(?<![\p{L}])(?:[hH]aus-?|[hH])?[nN][rR])\.(?=\x20?\d))?"
    # (also "st. bernhardt" in lower case; the dot of "Nr. 8", "Hausnr. 8" is the number's)
    r"|[,;]|[.!?\n:()–—]|\s-\s"  # ("Mühlstr.", "St. Bernhardt": no sentence's end)
)
# a street's name without its number: "Mühlstr.", "Neckarstraße", "blumenstr"
_STREET_NAME = regex.compile(r"\p{L}{3,}(?i:straße|strasse|str\.?|gasse|weg|allee)", regex.VERSION1)
_HARD_STOPS = frozenset(".!?\n:()–—")
# weak locatives: "am Kreisel", "im Hochhaus", "in Altfeld"
_WEAK = frozenset(
    "am an im em in beim bei bi bim auf aufm aufn vor vorm vors zum zur zu nach vom von bis "
    "über überm unter unterm an'm ab ins".split()
)
# adverbs of place and words that lead into a direction ("gleich das gelbe Haus")
_SIDE = frozenset("links rechts hinten vorne vorn oben unten drüben gradaus geradeaus".split())
# a relation to a landmark just named: "Mein Laden ist unten, wir wohnen direkt drüber"
_THERE = frozenset("drüber darüber obendrüber drunter darunter daneben nebendran danebe".split())
_LEAD = frozenset(
    "gleich direkt ganz kurz genau also quasi so da dort dann hier eben halt und also "
    "etwa ungefähr gleichs".split()
)
_PRONOUNS = frozenset("uns mir mich dir dich euch ihm ihr ihnen".split())
_KIN_OWN = frozenset("meiner meinem meinen seiner seinem ihrer ihrem unserer unserem".split())
_ARTICLES = frozenset(
    "der die das dem den des de dat dä d' dr em ne ner nem nen eine einer einem einen "
    "unser unsere unserem unseren unserer mein meine meinem meinen meiner".split()
)
_FLOOR = regex.compile(
    r"(?i:stock|stockwerk|etage|og|eg|ug|dg|obergeschoss|erdgeschoss|dachgeschoss|"
    r"untergeschoss|souterrain|hochparterre|parterre|dachwohnung|einliegerwohnung)"
)
# a floor of one building, named with a definite article: "im Souterrain vom Pfarrhaus",
# "im Dachgeschoss der alten Brauerei", "im Dachstock vom alta Pfarrhaus" (not "im Erdgeschoss
# von einem Mehrfamilienhaus", "im Erdgeschoss in der Weststadt")
_OF_THE = frozenset("vom vum des der dr".split())


def _of_one_building(words, pos: int) -> bool:
    """Tell a floor followed by "vom"/"des"/"der" and a building's noun.

    A house's plain word needs an adjective ("vom alten Haus", not "vom Haus"); a dialect
    adjective is any lower-case word there ("vom alta Pfarrhaus").
    """
    if pos + 1 >= len(words) or words[pos + 1].lower() not in _OF_THE:
        return False
    adjective = False
    for k in range(pos + 2, min(pos + 4, len(words))):
        word = words[k]
        low = word.lower()
        if word[:1].isupper() and not word.isupper():
            if low in _NEARNESS or len(word) <= 3:
                return False
            if k + 1 < len(words) and not (  # "… des Rathauses lagern Akten": no home
                words[k + 1].lower() in _WEAK or words[k + 1].lower() in _lists()[1]
                or words[k + 1].lower() in _SIDE or words[k + 1][:1].isupper()  # "Rössle"
            ):
                return False
            return adjective or not low.startswith(_PLAIN_HOUSES)
        if low in _STOP_WORDS or low in _ARTICLES or low in _WEAK or len(low) < 3:
            return False
        adjective = True
    return False


# plain words for a house ("Hauses", "Mehrfamilienhaus", "Hochhaus")
_PLAIN_HOUSES = ("haus", "häus", "gebäude", "block", "wohnblock", "mehrfamilienhaus",
                 "hochhaus", "wohnhaus", "neubau", "altbau", "hof")


# the strength of a chain whose only strong piece is such a floor: it needs a score of
# _FLOOR_ONLY_SCORE, not 2 (a truthy value below True: ``max`` keeps a stronger piece)
_FLOOR_ONLY = 0.5
# the strength of a floor of one named building (_of_one_building): strong where a person
# is said to live there, a truthy value below True
_OF_BUILDING = 0.75
_FLOOR_ONLY_SCORE = 3.0
# a floor that needs no ordinal: one flat of a house
_OWN_FLOORS = frozenset(
    "erdgeschoss dachgeschoss untergeschoss souterrain hochparterre parterre dachwohnung "
    "einliegerwohnung kellerwohnung dachgeschosswohnung erdgeschoß dachgeschoß eg dg "
    "keller dachstock dachstübchen dachstüble dachstübble mansarde dachkammer".split()
)
# homes few people live in: one of them is told by where it stands ("im Wohnwagen auf dem
# Stellplatz am Neckarufer", "im Gartenhaus hinter der Kelter")
_FEW_LIVE_IN = ("wohnwagen", "bauwagen", "wohnmobil", "hausboot", "gartenhaus", "gartenhäuschen",
                "gartenhäusle", "wärterhaus", "wärterhäuschen", "wärterhäusle", "trafohäuschen",
                "aussiedlerhof", "unterkunft", "zelt", "bulli", "camper")
# a room or flat by its number in a home, a hall of residence, a block
_ROOMS = frozenset(
    "zimmer zi zi. app app. apartment appartement whg whg. wohnung container stellplatz "
    "parzelle".split()
)
_ORDINAL_WORDS = frozenset(
    "erste ersten erstes zweite zweiten zweites dritte dritten drittes vierte vierten "
    "viertes fünfte fünften fünftes sechste sechsten siebte siebten achte achten neunte "
    "zehnte letzte letzten letztes vorletzte vorletzten drütte drüdde tweete eerste "
    "einzige einzigen letscht letschte letschde letschtes erster zweiter dritter vierter "
    "fünfter sechster siebter neunter zehnter letzter oberste oberster obersten "
    "zwoate zwoaten zwoater erschte erschter erschten zwoite zwoiter zwoiten".split()
    # ("achter" is Low German "behind": dwelling_places)
)
_STOP_WORDS = frozenset(
    "ich wir du er sie es man ihr und aber oder weil dass daß wenn ob denn doch sondern "
    "seit seitdem wird ist sind war waren hat haben hatte gibt fehlt kommt geht steht "
    "liegt kann muss soll darf will wurde werden bin bist sein wäre".split()
)
# a dwelling is singled out by an adjective or ordinal after the article, a "mit" phrase
# or a side after it: "das gelbe Haus", "das Haus mit der blauen Tür", "Wohnung ganz links"


@lru_cache(maxsize=1)
def _lists():
    nouns = tuple(read_words("dwelling_nouns"))
    places = frozenset(read_words("dwelling_places"))
    return nouns, places


def _is_dwelling(word: str) -> bool:
    nouns, _ = _lists()
    lower = word.lower()
    if lower.endswith("rathaus") or lower.endswith(
        ("kaufhaus", "krankenhaus", "gasthaus", "parkhaus", "hallenbad", "freibad", "bahnhof",
         "friedhof", "schulhof", "bauhof", "betriebshof", "festzelt", "bierzelt", "zirkuszelt")
    ):
        return False
    return lower.endswith(nouns)


def _is_verb(word: str) -> bool:
    """Tell a finite verb or infinitive by its lemma ("fehlt" → "fehlen")."""
    lower = word.lower()
    if lower in _STOP_WORDS:
        return True
    if word[:1].isupper() and not word.isupper():
        return False
    lex = lexicon()
    if lower in _ARTICLES or lower in _SIDE or lower in _WEAK or lower in _ORDINAL_WORDS:
        return False
    lemma = lex.german.get(lower)
    if not lemma or not lemma[:1].islower() or not lemma.endswith("n"):
        return False
    if lex.german.get(lower.capitalize(), "")[:1].isupper():
        return False  # lower-cased noun ("reiterhof" is no verb; "haus" neither)
    return not lex.is_adjective(lower)


# one entrance or bell of a block, told by its ordinal: "dritter Eingang", "zweite Klingel"
_ENTRANCES = frozenset("eingang aufgang klingel tür türe haustür treppenhaus".split())


# ---------------------------------------------------------------- the chain of pieces


def _tokens(text: str, start: int, limit: int = 260):
    end = start + limit
    while end < len(text) and not text[end].isspace():
        end += 1  # never a word cut at the limit ("[ADRESSE]auptstraße")
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


# the end of a street or village said in one word: "im Haus am Ortsende von Hohenkreuz"
_PLACE_ENDS = frozenset(
    "ortsende dorfende straßenende strassenende wegende gassenende sackgassenende".split()
)


def _piece(tokens, i, first: bool, places):
    """Read one comma-separated piece from token ``i``.

    Returns (score, strong, end_index, last_char_end, stop) or None when the piece is no
    direction. ``stop`` is True when a verb ended the piece early.
    """
    n = len(tokens)
    j = i
    # words that lead into the piece
    while j < n and tokens[j][0].lower() in _LEAD and j - i < 2:
        j += 1
    if j > i and j + 1 < n and tokens[j][0] == "," and tokens[j + 1][0].lower() == "wo":
        j += 1  # "da, wo früher der Schlecker war": the clause after "da" and its comma
    if j >= n:
        return None
    word = tokens[j][0]
    lower = word.lower()
    if lower in _WEAK and j + 1 < n and tokens[j + 1][0].lower() in _PRONOUNS:
        return None  # "…, bei uns gibt's kein Netz": a person, no place
    score = 0.0
    strong = False
    kind = None
    if lower in places or lower == "ecke" or _above_or_below(tokens, j):
        kind, score, strong = "loc", 1.0, True
    elif _STREET_NAME.fullmatch(word):
        kind, score = "loc", 1.0  # "mühlstr. hinter der apotheke"
    elif lower in _WEAK:
        kind, score = "loc", 0.5
    elif lower in _THERE:
        kind, score = "loc", 1.0
    elif lower in _SIDE:
        kind, score = "loc", 0.5
    elif lower in ("wo", "da"):
        kind = "clause"
    elif (
        lower in _ARTICLES
        or lower in _ORDINAL_WORDS
        or _is_dwelling(word)
        or (word[:-1].isdigit() and word.endswith("."))
    ):
        kind = "thing"
    elif not first and not _is_verb(word):
        kind = "name"  # a bare place between directions: "ganz hinten, oberweiler, nach …"
    if kind is None:
        return None
    if kind == "clause":
        # "da wo immer der Wohnwagen steht": up to the end of the piece, verbs allowed
        k = j
        while k < n and tokens[k][0] not in (",", ";") and tokens[k][0] not in _HARD_STOPS:
            k += 1
        return 0.0, False, k, tokens[k - 1][2], "clause"
    words = []
    k = j
    stop = dotted = False
    while k < n:
        token = tokens[k][0]
        if token in (",", ";") or token in _HARD_STOPS or token.strip() == "-":
            break
        low = token.lower()
        if low == "und" and "und" not in words and (
            "zwischen" in (w.lower() for w in words)
            or ("mit" in (w.lower() for w in words) and k + 1 < n
                and tokens[k + 1][0].lower() in ("dem", "der", "den", "einem", "einer"))
        ):
            # "zwischen der Apotheke und dem Friseur", "das mit den Solarplatten und dem …"
            words.append(token)
            k += 1
            continue
        if k > j and _is_verb(token) and low not in _WEAK and low not in places and not (
            words
            and (words[-1].lower() == "in" or token[:1].isupper())
            and words[-1].lower() in ("in", "nach", "bei", "von")
        ) and not (token == "Weil" and words and words[-1][:1].isupper()):
            # "… gegenüber der Kirche in Weil", "… in weil,": a place's name after "in"; "…
            # hinter dem Sportplatz Weil": the district Weil naming a place, no "weil"
            stop = True
            break
        words.append(token)
        k += 1
        if len(words) > 1 and words[-2].lower() in _ROOMS and token[:-1].isdigit() and (
            token.endswith(".")
        ):
            dotted = True  # "Zimmer 214. Das WLAN …": the number ends its sentence
            break
    if not words:
        return None
    lowers = [w.lower() for w in words]
    # further locatives inside the piece: "beim alten Sportplatz hinter der Kirche"
    for pos, low in enumerate(lowers):
        if pos == 0:
            continue
        if low in places and not (pos and lowers[pos - 1] == "ums" and low == "eck") or (
            _above_or_below(tokens, j + pos)
        ):
            score += 1.0
            strong = True
        elif low in ("ums", "um") and pos + 1 < len(lowers) and lowers[pos + 1] in ("eck", "ecke"):
            score += 1.0
            strong = True
        elif low in _WEAK and not (pos + 1 < len(lowers) and lowers[pos + 1] in _KIN_OWN):
            score += 0.5  # not "bei meiner Tochter": a person, no place
        elif low in _SIDE:
            score += 0.5
    if lowers[0] in ("ums", "um") and len(lowers) > 1 and lowers[1] in ("eck", "ecke"):
        score, strong = max(score, 1.0), True
    # "am Ende vom Kelterweg": the end of a street is a landmark ("im Haus am Ende vom …")
    if any(a == "am" and (b == "ende" or b in _PLACE_ENDS)
           for a, b in zip(lowers, lowers[1:], strict=False)) or any(
        # "am oberen Ende der Stäffele", "am hinteren Ende vom Hof"
        a == "am" and b.endswith("en") and c == "ende"
        for a, b, c in zip(lowers, lowers[1:], lowers[2:], strict=False)
    ):
        score, strong = score + 0.5, True
    # the one bell of a house: "Klingel ganz oben", "dritte Klingel von links"
    if "klingel" in lowers and any(w in _SIDE for w in lowers):
        score, strong = score + 1.0, True
    # dwellings and floors
    for pos, word in enumerate(words):
        if lowers[pos] in _ROOMS and pos + 2 == len(words) and words[pos + 1][:1].isdigit() and (
            not stop  # "Zimmer 3 sind zu wenig", "Wohnung 3 Zimmer": no room's number
        ):
            score += 1.0  # "im Wohnheim am Zollberg, Zimmer 214"
            strong = True
        elif lowers[pos] in _OWN_FLOORS and pos and first and not stop and (
            _of_one_building(words, pos)
        ):
            # "im Souterrain vom Pfarrhaus", "im Dachgeschoss der alten Brauerei": right after
            # the cue only, not before a verb of its own ("…, im Keller des Rathauses lagern
            # Akten"), and only when a person lives there (_OF_BUILDING, see
            # direction_finders: not "Die Fledermäuse wohnen im Dachgeschoss der Kirche")
            score += 1.5
            strong = max(strong, _OF_BUILDING)
        elif lowers[pos] in _OWN_FLOORS and pos or (
            lowers[pos] == "dach" and pos and lowers[pos - 1] in ("unterm", "unters")
        ):
            # "im Erdgeschoss vom Hochhaus …", "unterm Dach bei der Gärtnerei": one flat of a
            # house told by more ("im Erdgeschoss in der Weststadt", "von einem
            # Mehrfamilienhaus" tell no house): strong only at a higher score (_FLOOR_ONLY)
            score += 0.5
            strong = strong or _FLOOR_ONLY
        elif (_FLOOR.fullmatch(word) or lowers[pos] in _ENTRANCES) and pos and (
            # "im 2. Stock", "im zweiten Stock", "dritter Eingang", "zweite Klingel"
            words[pos - 1][:-1].isdigit() or lowers[pos - 1] in _ORDINAL_WORDS
        ):
            score += 1.0
            strong = True
        elif _is_dwelling(word) and len(word) > 2:
            before = words[max(0, pos - 3) : pos]
            after = lowers[pos + 1 : pos + 3]
            singled = (
                any(b.lower() in _ORDINAL_WORDS or _adjective_before(b) for b in before)
                or (after[:1] == ["mit"])
                or any(a in _SIDE for a in after)
                or word.lower().startswith(("eck", "hinter", "vorder", "reihenend", "dach"))
                or (  # "im Wohnwagen auf dem Stellplatz …", not "im Wohnwagen" alone
                    word.lower().endswith(_FEW_LIVE_IN)
                    and _locative_after(lowers, pos + 1, places)
                )
                or (pos + 1 < len(words) and words[pos + 1][:1].isupper() and lowers[pos] == "hof")
            )
            if singled:
                score += 2.0
                strong = True
            else:
                score += 0.5
    if kind == "thing" and not stop and len(lowers) > 2 and lowers[0] in _ARTICLES and (
        lowers[1] == "mit" or lowers[1] in _ORDINAL_WORDS or lowers[1].startswith("einzig")
    ):
        # "…, das mit der kaputten Klingel", "…, das letzte vor dem Feld", "…, des mit dem
        # rote Hoftor": the one house of those just named (not "…, das mit dem Aufzug ist
        # eine Katastrophe": a verb makes it a clause of its own)
        score, strong = score + 1.0, True
    if kind == "name" and len(words) > 2 and not strong:
        return None  # "…, parken ständig Eltern in der Einfahrt": a clause, no place's name
    last = j + len(words) - 1
    end = tokens[last][2] - dotted  # the sentence's full stop stays
    return score, strong, last + 1, end, "stop" if stop or dotted else kind


# what a flat looks over, not stands on
_WIDE = ("stadt", "dorf", "ort", "tal", "neckar", "fluss", "dächern", "wolken", "see", "wald",
         "weinbergen", "land", "gegend", "straße", "strasse", "gleisen", "nebel")


def _locative_after(lowers: list, start: int, places) -> bool:
    """Tell a place told after a home few live in: "… auf dem Stellplatz", "… hinter der Kelter".

    Not a verb's particle at the end ("… in der Unterkunft nicht immer an") nor a town alone
    ("in Unterkunft in Kennenburg").
    """
    for pos in range(start, len(lowers) - 1):
        low = lowers[pos]
        if low in places or low in _WEAK and (low != "in" or lowers[pos + 1] in _ARTICLES):
            return True
    return False


def _above_or_below(tokens, k: int) -> bool:
    """Tell "über dem/der …", "überm" at ``k``: a flat above a landmark ("überm Bäcker").

    Also "unter der Fahrschule" (not "unter der Woche", "unterm Dach").

    Only with the dative ("über die App", "über den Hof" lead somewhere else).
    """
    if k >= len(tokens):
        return False
    low = tokens[k][0].lower()
    if low in ("überm", "unterm"):
        following = k + 1
    elif low in ("über", "unter") and k + 1 < len(tokens) and (
        tokens[k + 1][0].lower() in ("dem", "der", "einem", "einer", "em", "dr")
    ):
        following = k + 2
    else:
        return False
    if low.startswith("unter") and following < len(tokens) and tokens[following][0].lower() in (
        _NOT_BELOW
    ):
        return False  # "unter der Woche", "unterm Dach", "unter der Treppe"
    # "über der Stadt", "überm Neckartal": a view, no landmark
    return following >= len(tokens) or not tokens[following][0].lower().endswith(_WIDE)


_NOT_BELOW = frozenset("woche dach treppe erde brücke armutsgrenze decke aufsicht leitung".split())
# nouns of vague nearness, no adjective: "in der Nähe vom Bahnhof" singles out no house
_NEARNESS = frozenset("nähe naehe umgebung gegend richtung umkreis".split())


def _adjective_before(word: str) -> bool:
    """Tell an inflected adjective before a dwelling: "gelbe", "alten", "kleines".

    A noun is none: "Nähe" (capitalised and no adjective of the word list, or a word of
    nearness).
    """
    lower = word.lower()
    if word[:1].isupper() and not word.isupper() and not lexicon().is_adjective(lower):
        return False  # "in der Nähe vom Bahnhof": a noun ("im Gelben Haus" an adjective)
    word = lower
    if word in _ARTICLES or word in _WEAK or word in _NEARNESS or word in _SAME:
        return False
    if word in _UNINFLECTED_COLOURS:
        return True  # "das rosa Haus", "das lila Häusle"
    return word.endswith(("e", "es", "en", "er")) and word not in _STOP_WORDS and len(word) > 3


# "im gleichen Haus", "im eigenen Haus": no house told apart from others
_SAME = frozenset("gleiche gleichen gleiches selbe selben selbes eigene eigenen eigenes".split())
_UNINFLECTED_COLOURS = frozenset("rosa lila orange beige türkis pink".split())


def _chain(tokens, i, places, *, verbless: bool):
    """Read pieces from token ``i``; return (start, end, score, strong, pieces) or None."""
    n = len(tokens)
    score = 0.0
    strong = False
    pieces = 0
    start = None
    end = None
    first = True
    while i < n:
        found = _piece(tokens, i, first, places)
        if found is None:
            break
        s, st, k, char_end, kind = found
        first = False
        if kind == "clause":  # "da wo immer der Wohnwagen steht" closes the chain
            if end is not None and not verbless:
                end = char_end
                if k + 1 < n and tokens[k][0] == ",":
                    i = k + 1  # "…, da wo die Straße aufhört, das einzige Haus mit Solardach"
                    continue
            elif start is None and not verbless and k + 1 < n and tokens[k][0] == ",":
                start = tokens[i][1]  # "wohn da, wo früher der Schlecker war, über dem …"
                i = k + 1
                continue
            break
        if kind == "stop" and tokens[i][0].lower() in ("und", "aber") and end is not None:
            break  # "…, Klingel ganz oben, und der Lärm vom Markt ist …": a clause, no place
        if start is None:
            start = tokens[i][1]
        if s > 0 or st:
            end = char_end  # a bare place name before it is taken along
        score += s
        strong = max(strong, st)
        pieces += 1
        if kind == "stop":
            if verbless:
                return None
            break
        if k < n and tokens[k][0] in (",", ";"):
            i = k + 1
            continue
        if k < n and verbless and tokens[k][0] not in _HARD_STOPS:
            return None
        break
    return start, end, score, strong, pieces


def _enough(strong, score: float) -> bool:
    """Tell a chain that singles out a home: a strong piece and a score of 2.

    A floor as the only strong piece (_FLOOR_ONLY) needs _FLOOR_ONLY_SCORE.
    """
    if strong == _FLOOR_ONLY:
        return score >= _FLOOR_ONLY_SCORE
    return bool(strong) and score >= 2.0


def _names_a_place(span: str) -> bool:
    """Tell directions that name where: one of the town's districts or a street."""
    from esslingen_lab.privacy.redact.vocabulary import home_districts

    words = {w.strip(".,;:!?()").lower() for w in span.split()}
    return not words.isdisjoint(home_districts()) or _STREET_NAME.search(span) is not None
