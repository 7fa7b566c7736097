"""Where addresses given as directions are read: after a residence cue, before one, alone.

"wohn hinterm Edeka, das gelbe Haus …" (after "wohne"), "Das Eckhaus gegenüber vom Netto, wo
ich wohne" (before "wo ich wohne"), "Hof Lindenmaier, am Ende vom Sträßle links, letzte
Scheune" (a verbless fragment with a singled-out dwelling); the rules' cheap pre-checks. The
pieces and chains themselves are read by :mod:`.directions`. Split from ``directions.py``
(session 26), output unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.directions import (
    _ARTICLES,
    _FLOOR,
    _OF_BUILDING,
    _ORDINAL_WORDS,
    _SIDE,
    _STREET_NAME,
    _THERE,
    _WEAK,
    _above_or_below,
    _adjective_before,
    _chain,
    _enough,
    _is_dwelling,
    _lists,
    _names_a_place,
    _tokens,
)
from esslingen_lab.privacy.redact.lived_in import (
    THERE_WHERE,
    named_dwelling,
    one_liver,
    there_where,
    with_whom,
)
from esslingen_lab.privacy.redact.patterns import spaced_phrases
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import RELATIVES

__all__ = ["direction_spans", "fragment_spans", "may_hold_directions", "may_hold_fragment"]

# the standard library's engine scans an alternation of words about twice as fast
_RESIDENCE = re.compile(
    r"(?<!\w)(?:(?i:wohne|wohn|wohnen|wohnt|wohnst|wohnte|wohnten|wohnet|wohnat|wohnd|wohned|"
    r"lebet|lebed|"
    r"lebe|leben|lebt|zuhause|daheim|wohnhaft|ansässig|haust|hausen)|"
    # where someone without a home sleeps: "ich schlaf unter der Brücke …", "wir pennen …"
    # (read only where the answer says a home is missing, see _HOMELESS: not "Penne im …")
    r"(?P<sleep>(?i:schlafe|schlaf|schlafen|schläft|pennen|penne|penn|pennt|übernachte|"
    r"übernachten))|[Zz]u [Hh]ause|"
    r"[Bb]ei (?:uns|mir)|"
    r"(?i:adresse|anschrift|wohnort|wohnsitz)\s*(?:lautet|ist|:)|"
    # "Adresse für den Ableser: Gartenhaus am Ende der Sackgasse …", "Lieferadresse für …:"
    r"(?i:adresse|anschrift|lieferadresse|postadresse|zustelladresse)\s(?i:für)\s[^:?!.\n\[]{2,30}[:?]|"
    # one's own address with words before its colon: "Unsere Adresse, falls Sie antworten
    # wollen: im Hochhaus am Zollberg, 11. Stock"
    r"(?i:meine|unsere|mei)\s(?i:adresse|anschrift)[^.!?:\n\[]{1,40}:|"
    # "die Urkunde ging an meine Adresse im Gärtnerhaus beim alten Schloss in Weil"
    r"(?i:meine|unsere|mei)\s(?i:adresse|anschrift)(?=\s(?i:im|in\sder|in\sdem|am|beim|auf\sdem)\s)|"
    # "Wir sind die Familie im grauen Reihenhaus direkt neben dem Spielplatz …"
    r"(?i:wir|mir)\s(?i:sind|sen|san|send)\s(?i:die\s)?(?i:familie|leute)"
    r"(?=\s(?i:im|in\sdem|in\sder|aus\sdem|aus\sder|vom|von\sder)\s)|"
    r"(?i:unser|unsere|mein|meine|mei)\s(?i:haus|hof|wohnung|häusle|hütte|wg|atelier|laden|"
    r"werkstatt|praxis|büro|stand|obststand|wohnwagen|wohnmobil|zimmer)\s"
    r"(?i:liegt|steht|ist|isch|befindet\ssich)|"
    r"(?P<pitch>(?i:mein|meine|unser|unsere|mei)\s(?i:zelt|schlafplatz)\s(?i:steht|ist|isch))|"
    # the dwelling described in brackets or after a comma: "Unser Haus (das rote Backsteinhaus
    # am Ende der Sackgasse in Sirnau)", "in unserem Haus, das hinterm Sportplatz …"
    r"(?P<apposed>(?:(?i:in|aus)\s)?(?i:unser|unsere|unserem|unserer|mein|meine|meinem|meiner|"
    r"mei)\s(?i:haus|"
    r"häusle|häuschen|hof|wohnung|wohnwagen)(?=(?:\s\(|,\s)(?i:das|die|der|des)\s))|"
    # "Sie finden mich im Haus Wartberg, Zimmer 22", "ihr findet uns …"
    r"(?i:finden\ssie\smich|sie\sfinden\s(?:mich|uns)|ihr\sfindet\s(?:mich|uns)|"
    r"findet\s(?:mich|uns))|"
    # owning the house: "Uns gehört das alte Fachwerkhaus direkt hinter der Frauenkirche"
    r"(?i:uns|mir)\s(?i:gehört|gehören|ghört)(?=\s(?i:das|die|der|des)\s)|"
    # "mir hend en Hof z'Rüdern, des isch dr letschde Hof am Feldweg …": the dwelling named
    # before (see _OWN_BEFORE)
    r"(?P<that>(?i:das|des)\s(?i:ist|isch))(?=\s(?i:der|die|das|des|dr|d')\s)|"
    # "bis zu uns, ins letzte Haus am Waldrand …"
    r"[Zz]u (?:uns|mir)(?=,?\s(?i:ins|in\sdas|in\sden|in\sdie)\s(?:[a-zäöüß]+\s){0,2}"
    r"(?!(?i:gemeinde|bürger|kinder|jugend|rat|gast|kauf|kranken|pfarr|vereins|senioren|"
    r"familien)\w*(?:haus|hof))\S*(?i:haus|häusle|hof|hütte|wohnung)(?!\w))|"
    # "in ihrer Wohnung über der Sparkasse in Zell", "wir sind im grünen Haus am Ende der …"
    r"(?P<own>(?i:in|aus)\s(?i:meiner|ihrer|seiner|unserer|eurer|deiner)\s(?:[a-zäöüß]+en\s)?"
    r"(?i:wohnung|dachwohnung)|"
    r"(?i:in|aus)\s(?i:meinem|ihrem|seinem|unserem|eurem|deinem)\s(?:[a-zäöüß]+en\s)?"
    r"(?i:haus|häuschen|häusle))|"
    # "wir sind die letzte Hütte …", "wir sind im grünen Haus …": one's own dwelling (not
    # "wir sind vom Kinderhaus …", "… im Gemeindehaus hinter der Kirche jeden Donnerstag")
    r"(?i:wir|mir)\s(?i:sind|sen|san|send)(?=\s(?i:die|das|der|des|s'|im|in\sder|in\sdem)\s"
    r"(?:[a-zäöüß]+\s){0,2}(?!(?i:gemeinde|bürger|kinder|jugend|rat|gast|kauf|kranken|pfarr|"
    r"vereins|senioren|familien|mehrgenerationen)\w*(?:haus|hof))\S*(?i:haus|häusle|hof|hütte|"
    r"wohnung|scheune|block|hälfte)(?!\w)))(?!\w)"
)
# one's own dwelling or someone's home named before "das ist …": "mir hend en Hof z'Rüdern",
# "Wir haben ein Gartenhäusle am Weinberg", "do wohnt dr Opa im Sommer"
_OWN_BEFORE = regex.compile(
    r"(?i:\b(?:wir\x20haben|wir\x20hend|mir\x20hend|mir\x20hen|mir\x20hent|mir\x20hann|"
    r"ich\x20habe|ich\x20hab|i\x20han|i\x20hab)\x20(?:\p{L}+\x20){0,3}?(?:en|einen|ein|a|e|"
    r"n|unseren|unser)\x20(?:\p{L}+\x20)?\p{L}*(?:hof|haus|häusle|hütte|wohnung)\b"
    r"|\b(?:wohnt|wohnen|wohne|wohnet|wohned)\b)[^.!?]{0,80}[.!?,]?\s*\S*$",
    regex.VERSION1,
)
# many people as the ones who live there: a statement about a place, no one's home
_MANY_BEFORE = regex.compile(
    r"(?i:\b(?:viele|manche|einige|etliche|mehrere|alle|die\x20meisten|immer\x20mehr|leute|"
    r"menschen|obdachlose|familien|studenten|studierende|senioren|rentner|flüchtlinge|"
    r"geflüchtete|man))(?:\x20+\p{L}+){0,2}\x20+$",
    regex.VERSION1,
)
# a residence cue that names the dwelling itself: "unser Haus ist", "meine Wohnung liegt"
_DWELLING_CUE = re.compile(r"(?i:haus|hof|wohnung|häusle|hütte|\bwg\b)")
# a street with its number inside is left to the street rules: "in der Lindenstraße 5 in …"
_STREET_AND_NUMBER = regex.compile(r"(?i:straße|strasse|str\.|gasse|weg|platz|allee)\s?\d")

# where a sleeping place is someone's home: the answer says a home or an address is missing
# ("Eine eigene Adresse hab ich nicht", "seit Mai draußen", "im Notfall", "post kommt nicht an")
_HOMELESS = re.compile(
    r"(?i:obdachlos|wohnungslos|wohnsitzlos|ohne\swohnung|keine\swohnung|adresse|anschrift|"
    r"\bpost\b|räumung|geräumt|draußen|draussen|auf\sder\sstraße|auf\sder\sstrasse|platte|"
    r"notunterkunft|unterkunft|wärmestube|bahnhofsmission|streetwork|rausgeworfen|rausgeflogen|"
    r"im\snotfall|postlagernd|kein\sdach)"
)
# an article after "seit" opens a time phrase: "seit der Räumung", "seit letztem Winter"
_SINCE_ARTICLES = frozenset("der dem den einem einer letztem letzter letzten".split())
_SKIP_AFTER_CUE = frozenset(
    "ich wir jetzt nun hier auch schon mittlerweile inzwischen halt ja eigentlich übrigens "
    ": selbst draußen draussen drüben oben unten hinten vorne beide alle zusammen seit "
    "jahren jahrzehnten monaten mit meiner meinem meinen unserer unseren familie frau mann "
    "eltern kindern kinder i mir allein alleine noch eh doch sowieso dauerhaft momentan "
    "derzeit zurzeit aktuell gerade grad einem einer jahr monat woche wochen zwei drei vier "
    "fünf sechs sieben acht neun zehn zwölf zwanzig dreißig vierzig fünfzig vielen paar meine "
    "seit angeblich vorübergehend vorrübergehend übergangsweise wohl offenbar anscheinend "
    "vermutlich damals früher bisher zuletzt vorher "  # "wohnte damals im Wohnheim am …"
    # "ich wohne dort im Container …", "ich wohne nämlich im …", "Wohnen tu ich oben am …"
    "dort da nämlich selber tu tun wieder hier heute heut "  # "wohne jetzt wieder hier, im …"
    "nächten nacht nächte tagen meistens oft manchmal nachts immer "
    # a hedge: "wohnt glaube ich über der Eisdiele …", "wohnt soweit ich weiß am …"
    "glaube glaub denke denk schätze vermute soweit weiß meines wissens gemeinsam".split()
) | {","}  # "bis zu uns, ins letzte Haus …"


@lru_cache(maxsize=1)
def _near_locative():
    """Match a locative word within the next six words: "wohne | jetzt hinterm …"."""
    _, places = _lists()
    words = sorted({*places, *_WEAK, *_THERE, "ecke", "ganz", "gleich", "direkt"}, key=len,
                   reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"(?:[\s:,]+[\p{{L}}\d]+\.?){{0,5}}?[\s:,]+(?i:{alternation})(?![\p{{L}}])",
        regex.VERSION1,
    )


def _skip_to_locative(tokens, i, places) -> int | None:
    """After "wohne", skip "ich", "jetzt", ":" … up to the first locative word.

    An article before a singled-out dwelling counts as one too: "wir wohnen das letzte haus
    rechts …", "wohnen im zweiten Haus …".
    """
    for k in range(i, min(i + 8, len(tokens))):
        low = tokens[k][0].lower()
        if low.isdigit() and len(low) <= 2 and k > i and tokens[k - 1][0].lower() in (
            "seit", "meinen", "unseren"
        ):
            continue  # "wohne seit 30 Jahren in der …", "wohn mit meinen 3 Kindern in …"
        if low == "zur" and k + 1 < len(tokens) and tokens[k + 1][0].lower() == "zeit" or (
            low == "zeit" and k > i and tokens[k - 1][0].lower() == "zur"
        ):
            continue  # "ich schlaf zur Zeit bei …": a time, no place
        if k > i and tokens[k - 1][0].lower() == "seit" and low in _SINCE_ARTICLES or (
            k > i + 1 and tokens[k - 2][0].lower() == "seit" and tokens[k][0][:1].isalpha()
            and tokens[k - 1][0].lower() in _SINCE_ARTICLES and low not in places
            and low not in _WEAK
        ):
            continue  # "wohne seit der Räumung im Wohnheim …", "schlaf seit letztem Winter …"
        if low in places or low in _WEAK or low == "ecke" or low in ("ganz", "gleich", "direkt"):
            return k
        if low in _THERE or (low in _SIDE and k + 1 < len(tokens) and tokens[k + 1][0] in _THERE):
            return k  # "wir wohnen (oben) drüber, dritter Stock links"
        if _STREET_NAME.fullmatch(tokens[k][0]) or (low in _SIDE and k + 1 < len(tokens)
                                                    and tokens[k + 1][0].lower() in _WEAK):
            return k  # "wohne mühlstr. hinter …", "wohn oben am berg, …"
        if low in _ARTICLES and _singled_dwelling_after(tokens, k + 1):
            return k
        if there_where(tokens, k):
            return k  # "ich wohn da, wo früher der Schlecker war, …"
        if low in _SKIP_AFTER_CUE:
            continue
        if with_whom(tokens, i, k):
            continue  # "wohnt mit den Kids im Hochhaus …": who lives there too
        return None
    return None


def _dwelling_itself(tokens) -> int | None:
    """After "unser Haus ist": "das letzte in der Reihe …", "das mit dem Storchennest …".

    The cue names the dwelling, so an article with an ordinal or "mit" singles it out; the
    directions start at the article.
    """
    if len(tokens) > 1 and tokens[0][0].lower() in ("das", "die", "der", "des", "s"):
        second = tokens[1][0].lower()
        if second in _ORDINAL_WORDS or second == "mit":
            return 0
        if second in _RIGHT_BESIDE:
            return 0  # "Unsere Wohnung ist die über dem Friseur am Kreisverkehr …"
        if len(tokens) > 2 and _adjective_before(second) and not (
            second.endswith(("ste", "sten", "ere", "eren"))  # "die kleinste im Haus"
            and not second.startswith(("hinter", "vorder", "ober", "unter", "letzt", "äußer"))
        ) and (
            tokens[2][0].lower() in _WEAK or tokens[2][0].lower() in _RIGHT_BESIDE
        ):
            return 0  # "mein haus ist das gelbe am ende der sackgasse in rüdern"
    return None


def _singled_dwelling_after(tokens, k: int) -> bool:
    """Tell an ordinal or adjective and then a dwelling: "letzte haus", "gelbe Haus"."""
    if k + 1 >= len(tokens):
        return False
    first, second = tokens[k][0].lower(), tokens[k + 1][0]
    singling = first in _ORDINAL_WORDS or _adjective_before(first)
    if singling and _is_dwelling(second) and len(second) > 2:
        return True
    # "die Wohnung über dem Dönerladen", "das Eckhaus Ecke …": a dwelling singled out by its
    # own word or by a relation to a landmark right after it
    word = tokens[k][0]
    if not (_is_dwelling(word) and len(word) > 2):
        return False
    beside = second.lower() in _RIGHT_BESIDE or (  # "die Doppelhaushälfte rechts neben …"
        second.lower() in ("rechts", "links") and k + 2 < len(tokens)
        and tokens[k + 2][0].lower() in _RIGHT_BESIDE
    )
    return first.startswith(("eck", "hinter", "vorder", "reihenend", "dach")) or beside


# relations to a landmark right after a dwelling ("die Wohnung über dem Dönerladen")
_RIGHT_BESIDE = frozenset(
    "über überm neben nebem hinter hinterm gegenüber vorm oberhalb unterhalb "
    "beim direkt gleich schräg".split()
)


def _landmark(tokens, k: int, end: int, places) -> bool:
    """Tell a chain up to ``end`` that holds a relation to a landmark.

    "über dem Döner", "direkt neben dem Schreinerei-Laden": not a floor alone ("im 3. Stock").
    """
    return any(
        tokens[j][0].lower() in places or _above_or_below(tokens, j)
        for j in range(k, len(tokens)) if tokens[j][1] < end
    )


def direction_spans(text: str):
    """Yield (start, end) of addresses given as directions after a residence cue."""
    _, places = _lists()
    done = -1
    for cue in _RESIDENCE.finditer(text):
        if cue.start() < done:
            continue
        if _MANY_BEFORE.search(text, max(0, cue.start() - 40), cue.start()) is not None:
            continue  # "Viele wohnen im Wohnwagen am Neckarufer, weil …": no one's home
        if (
            _near_locative().match(text, cue.end()) is None
            and _SINGLED.search(text, cue.end(), cue.end() + 40) is None
            and THERE_WHERE.match(text, cue.end()) is None
        ):
            continue  # no locative or singled-out house within the next few words (cheap)
        if cue.group("that") is not None and _OWN_BEFORE.search(
            text, max(0, cue.start() - 160), cue.start()
        ) is None:
            continue  # "Das ist der letzte Bus …": no dwelling of the writer's named before
        if (cue.group("sleep") or cue.group("pitch")) and _HOMELESS.search(text) is None:
            continue  # "Im Urlaub schlafen wir im Bulli am Meer": a home missing is not said
        tokens = _tokens(text, cue.end(), 180)
        if cue.group("apposed") is not None and tokens and tokens[0][0] in ("(", ","):
            tokens = tokens[1:]  # "Unser Haus (das rote …": the directions start at "das"
        k = _skip_to_locative(tokens, 0, places)
        if k is None and _DWELLING_CUE.search(cue.group()) is not None:
            k = _dwelling_itself(tokens)
        if k is None:
            continue
        found = _chain(tokens, k, places, verbless=False)
        if found is None:
            continue
        start, end, score, strong, _ = found
        if strong == _OF_BUILDING and not (
            cue.group() in ("wohne", "wohn", "lebe")
            or cue.group().lower().startswith(("mein", "unser", "mei "))  # "Mein Atelier ist …"
            or _LIVER.search(text, max(0, cue.start() - 30), cue.start()) is not None
        ):
            continue  # "Die Fledermäuse wohnen im Dachgeschoss der Kirche", "Betreutes Wohnen im …"
        start = _street_start(tokens, k, start)
        if (
            _DWELLING_CUE.search(cue.group()) is not None
            and score >= 1.0
            and end is not None
            and _names_a_place(text[start:end])
        ):
            # "unsere Wohnung liegt neben der Tankstelle in Mettingen": the cue names the one
            # dwelling, so a relation to a landmark in a named place is enough ("neben einer
            # Baustelle", "neben dem Kindergarten" alone say nothing of where)
            strong, score = True, max(score, 2.0)
        if (
            strong is True and score >= 1.5 and cue.group().startswith(("wohn", "leb"))
            and (cue.group() in ("wohne", "wohn", "lebe")  # the first person said by the verb
                 or _LIVER.search(text, max(0, cue.start() - 30), cue.start()) is not None)
            and end is not None and _landmark(tokens, k, end, places)
            and "[" not in text[start:end]  # "… in der [ADRESSE]": the street was found
        ):
            # "Ich wohn über dem Döner am Postmichelbrunnen": living is said, a flat above a
            # landmark and where that stands single out the home
            score = 2.0
        if (
            not _enough(strong, score) and end is not None
            and one_liver(text, cue.start(), cue.group())
            and named_dwelling(tokens, k, end, places)
        ):
            strong, score = True, 2.0
        if _enough(strong, score) and _STREET_AND_NUMBER.search(text, start, end) is None:
            done = end
            if cue.group("own") is not None:
                if tokens[k][0].lower() in _RIGHT_BESIDE and _names_a_place(text[start:end]):
                    yield cue.start(), end  # "in ihrer Wohnung über der Sparkasse in Zell"
                continue  # "In meinem Haus unter der Treppe stehen …": within the house
            yield _without_locality(text, start, end), end
    if ", " in text:
        for start, end in directions_before_cue_spans(text):
            if start >= done:
                done = end
                yield start, end
    if ", " in text or "(" in text:
        for start, end in _relative_clause_spans(text):
            if start >= done:
                done = end
                yield start, end


# "wohne oben in Liebersbronn, | die Straße hinter der Kirche …": a town or a district
# alone is no address; the directions after it are ("ganz oben in Kennenburg, | der Hof …")
_LOCALITY = regex.compile(
    r"(?:(?i:ganz|weit|da|dort|hier)\x20+)?(?:(?i:oben|unten|hinten|vorne|vorn|drüben|"
    r"draußen|draussen|außerhalb)\x20+)?(?i:in)\x20+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
    r"(?:\x20*,\x20*|\x20+(?=(?i:in|im|am|an|auf|bei|beim)\x20))(?=\p{L})",
    regex.VERSION1,
)


def _without_locality(text: str, start: int, end: int) -> int:
    found = _LOCALITY.match(text, start, end)
    if found is None or _is_dwelling(text[found.start() : found.end()].split()[-1].strip(",")):
        return start
    return found.end()


def _street_start(tokens, k: int, start: int) -> int:
    """Start at a street's name, not at "in der" before it ("in der | mühlstr. hinter …")."""
    j = k
    if j < len(tokens) and tokens[j][0].lower() in {"in", "im", "an", "am", "auf"}:
        j += 1
        if j < len(tokens) and tokens[j][0].lower() in {"der", "dem", "den"}:
            j += 1
    if j > k and j < len(tokens) and _STREET_NAME.fullmatch(tokens[j][0]):
        return tokens[j][1]
    return start


# the residence cue after the directions: "Das Eckhaus gegenüber vom Netto, wo ich wohne, …"
# who lives there: "Ich wohn …", "wir wohnen …", "Frau [NAME] wohnt …", "meine Oma lebt …" (not
# "Die Störche wohnen …", "Viele leben …")
_LIVER = regex.compile(
    r"(?:(?<![\p{L}])(?i:ich|i|wir|mir|mer|er|sie|se)|\[NAME\]|(?<![\p{L}])(?i:mein|meine|"
    r"unser|unsere|mei)\x20\p{L}+)\x20+(?:\p{Ll}+\x20+){0,2}$",
    regex.VERSION1,
)
_RESIDENCE_AFTER = regex.compile(
    r"\s*,\s*(?:wo|in\s+dem|in\s+der|in\s+welchem|in\s+welcher|das|den|die)\s+(?:ich|wir)\s+"
    r"(?:[\p{L}\d]+\s+){0,4}?(?i:wohne|wohnen|wohn|wohnte|wohnten|lebe|leben|wohnhaft\s+bin)\b"
    # "…, do wohn i", "…, da wohnen wir" (Swabian "do")
    r"|\s*,\s*(?i:do|da|dort)\s+(?i:wohne|wohnen|wohn|lebe|leben)\s+(?i:i|ich|mir|wir)\b",
    regex.VERSION1,
)


def directions_before_cue_spans(text: str):
    """Yield directions before a residence clause: "Das Eckhaus gegenüber vom Netto, wo ich wohne".

    The verbless stretch from the start of the sentence (or clause) to the comma before
    "wo ich wohne" must single out a dwelling or relate to a landmark twice.
    """
    _, places = _lists()
    for cue in _RESIDENCE_AFTER.finditer(text):
        begin = _fragment_start(text, cue.start())
        while begin < cue.start() and text[begin] in " \t-–—":
            begin += 1
        tokens = _tokens(text, begin, cue.start() - begin)
        if not tokens:
            continue
        found = _chain(tokens, 0, places, verbless=True)
        if found is None:
            continue
        start, end, score, strong, _ = found
        if end is not None and _enough(strong, score) and not text[end : cue.start()].strip():
            yield start, end


# a relative clause that says where someone lives, the directions before its verb: "die alte
# Dame, die im Erdgeschoss vom blauen Mehrfamilienhaus neben dem Kindergarten wohnt", "(der,
# der im Wohnwagen hinterm Vereinsheim in Weil haust)"
_RELATIVE_RESIDENCE = regex.compile(
    r"[,(]\x20*(?:der|die|das|wo|welche|welcher)\x20+(?:(?:jetzt|allein|alleine|noch|schon|"
    r"ganz|auch|seit\x20\p{L}+\x20\p{L}+|mit\x20\p{L}+\x20\p{L}+)\x20+){0,2}"
    r"(?P<c>(?i:im|in|am|an|auf|bei|beim|über|überm|hinter|hinterm|neben|unterm|unter|"
    r"gegenüber|oben|unten|hinten|direkt|gleich)\x20[^,.;!?\n()]*?)\x20+"
    r"(?:wohnt|wohnen|lebt|leben|haust|hausen|wohnte|wohnten|lebte|wohnet|wohnd)\b",
    regex.VERSION1,
)


def _relative_clause_spans(text: str):
    """Yield directions inside a relative clause that ends with "wohnt", "lebt", "haust".

    The stretch between the pronoun and the verb holds no other verb and singles out a
    home as the directions after a cue must (:func:`.directions._enough`); the clause is
    about one person (:func:`_one_person_before`).
    """
    _, places = _lists()
    for clause in _RELATIVE_RESIDENCE.finditer(text):
        if not _one_person_before(text, clause.start(), clause.group().rstrip()):
            continue
        begin, stop = clause.span("c")
        found = _chain(_tokens(text, begin, stop - begin), 0, places, verbless=True)
        if found is None:
            continue
        start, end, score, strong, _ = found
        if end is not None and _enough(strong, score) and not text[end:stop].strip():
            yield start, end


# one person before the relative clause: a name found, a person's noun or a title
# ("die alte Dame, die …", "der herr [NAME], der …", "(der, der …"); several only as one's
# relatives ("zu meinen Eltern, die …"), never animals or groups ("Die Störche, die …",
# "Die Senioren, die im Pflegeheim … wohnen")
_ONE_PERSON = frozenset(
    "herr herrn frau dame mann familie witwe witwer junge mädchen kerl typ ehepaar".split()
)
_WORDS_BEFORE = regex.compile(r"[\p{L}\[\]]+", regex.VERSION1)


def _one_person_before(text: str, at: int, clause: str) -> bool:
    """Tell one person (or one's relatives) before the relative clause at ``at``."""
    words = _WORDS_BEFORE.findall(text, max(0, at - 60), at)[-5:]
    if clause.endswith(("wohnen", "leben", "hausen", "wohnten")):
        return any(  # several: one's relatives only ("zu meinen Eltern, die …")
            w.lower() in RELATIVES and prev.lower().startswith(("mein", "unser", "sein", "ihr"))
            for prev, w in zip(words, words[1:], strict=False)
        )
    if words[-1:] in (["der"], ["die"]):
        return True  # "(der, der im Wohnwagen … haust)", "Ich bin die, die …": a person
    return any(
        w == "[NAME]" or w.lower() in _ONE_PERSON
        or (w[:1].isupper() and (_is_person_noun(w) or w.lower() in RELATIVES))
        for w in words
    )


def fragment_spans(text: str):
    """Yield (start, end) of verbless fragments of directions with a singled-out dwelling."""
    _, places = _lists()
    yield from _verbless_spans(text, places, -1)


_SINGLED = regex.compile(
    r"(?i:\b(?:letzte|erste|zweite|dritte|vierte|drütte|gelbe|rote|blaue|grüne|weiße|"
    r"alte|kleine|große|einzige)s?\s+\p{L}*(?:haus|huus|scheune|hof|hütte|wohnung)\b|"
    r"\beckhaus\b|\bhinterhaus\b)"
)


def _verbless_spans(text: str, places, done: int):
    """Yield verbless fragments of directions with a singled-out dwelling (no cue).

    The fragment is read from the start of its line or clause ("–", ":", ".") before the
    singled-out dwelling.
    """
    for singled in _SINGLED.finditer(text):
        if singled.start() < done:
            continue
        begin = _fragment_start(text, singled.start())
        while begin < len(text) and text[begin] in " \t-–—":
            begin += 1
        if begin < done:
            continue
        tokens = _tokens(text, begin, 200)
        if not tokens:
            continue
        found = _chain(tokens, 0, places, verbless=True)
        if found is None:
            continue
        start, end, score, strong, pieces = found
        if pieces >= 2 and score >= 3.0 and start <= singled.start() and singled.end() <= end:
            if _SUBJECT_OF.match(text, end):
                continue  # "Das Gebäude gegenüber vom Rathaus, das gelbe Haus, ist das Bürgeramt"
            done = end
            yield start, end


# a verb right after the fragment makes it the subject of a sentence about a building
_SUBJECT_OF = regex.compile(
    r"\s*,?\s*(?:ist|war|wird|wurde|sind|waren|hat|hatte|steht|stand|gehört|beherbergt)\b"
)


_FRAGMENT_MARKS = (".", "!", "?", "\n", ":", "–", "—", " - ")
# the point of an ordinal before a floor ends no fragment: "…in Zell, 2. Stock links, da …"
_ORDINAL_FLOOR = regex.compile(r"(?<![\p{L}\d])\d{1,2}\.\x20" + _FLOOR.pattern + r"(?!\p{L})")


def _fragment_start(text: str, pos: int) -> int:
    """Return where the line or clause holding ``pos`` starts (after ".", ":", "–" …).

    Read back at most _FRAGMENT_BACK characters: a long paste of floors ("im 2. Stock vom
    Hinterhaus, im 3. Stock …") was read back to its start once per floor.
    """
    lowest = max(0, pos - _FRAGMENT_BACK)
    begin = max(text.rfind(mark, lowest, pos) for mark in _FRAGMENT_MARKS) + 1
    while begin and text[begin - 1] == "." and _ORDINAL_FLOOR.match(
        text, text.rfind(" ", lowest, begin) + 1
    ) is not None:
        begin = max(text.rfind(mark, lowest, begin - 1) for mark in _FRAGMENT_MARKS) + 1
    if not begin and lowest:
        begin = text.find(" ", lowest, pos) + 1 or lowest  # no mark so near: a word's start
    return begin


_FRAGMENT_BACK = 400


# words that may start a residence cue or single out a dwelling, as they are written
_CUE_WORDS = frozenset(
    form
    for word in (
        "wohne wohn wohnen wohnt wohnst wohnte wohnten wohnet wohnat wohnd wohned lebe leben lebt "
        "lebet lebed zuhause daheim wohnhaft ansässig adresse anschrift wohnort wohnsitz "
        "haust hausen lieferadresse postadresse zustelladresse schlafe schlaf schlafen schläft "
        "pennen penne penn pennt übernachte übernachten"
    ).split()
    for form in (word, word.capitalize(), word.upper())
)
_CUE_PHRASES = ("bei uns", "bei mir", "zu hause", "hof liegt", "haus liegt", "haus steht",
                "wohnung liegt", "bei ons", "do wohn", "haus ist", "hof ist", "hof isch",
                "haus isch", "häusle isch", "zu uns", "zu mir", "das ist", "des isch",
                "wg ist", "uns gehört", "mir gehört",
                "wohnung ist", "er wohnung", "en wohnung", "em haus", "em häus",
                "en haus", "wir sind", "mir sen", "mir san", "mir send",
                "atelier ist", "laden ist", "werkstatt ist", "werkstatt isch", "praxis ist",
                "büro ist", "stand ist", "stand steht", "wagen steht", "wohnwagen steht",
                "zimmer ist", "mobil steht", "zelt steht", "schlafplatz ist", "finden sie mich",
                "sie finden mich", "sie finden uns", "findet mich", "findet uns",
                "befindet sich", "haus (das", "haus, das", "wohnung (die", "wohnung, die",
                "hof (der", "hof, der", "häusle (des", "häusle, das")  # fmt: skip
_SINGLING_WORDS = frozenset(
    form
    for word in (
        "letzte erste zweite dritte vierte drütte gelbe rote blaue grüne weiße alte kleine "
        "große einzige eckhaus hinterhaus"
    ).split()
    for stem in (word, word + "s")
    for form in (stem, stem.capitalize(), stem.upper())
)


# one scan from space to space instead of one per phrase (patterns.spaced_phrases)
_CUE_PHRASE = spaced_phrases(_CUE_PHRASES)


def may_hold_directions(features) -> bool:
    """Cheap test: a word or phrase that says where someone lives."""
    if not _CUE_WORDS.isdisjoint(features.words()):
        return True
    return _CUE_PHRASE.search(features.lowered) is not None


def may_hold_fragment(features) -> bool:
    """Cheap test: a word that singles out a dwelling ("letzte", "Eckhaus") and a dwelling."""
    if _SINGLING_WORDS.isdisjoint(features.words()):
        return False
    lowered = features.lowered
    return any(noun in lowered for noun in _SINGLED_NOUNS)


_SINGLED_NOUNS = ("haus", "huus", "scheune", "hof", "hütte", "wohnung")
