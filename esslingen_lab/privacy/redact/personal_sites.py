"""A web site that belongs to one person, named without "www." or "https://".

The URL rules of ``rules.py`` take an address with its scheme or "www.", and ``contacts_loose``
one after "meine Seite", "mein Blog". People also write the bare host:

* a page on a site builder or blog host is someone's own: "zeynepcizart.carrd.co",
  "strickliesel-berkheim.jimdosite.com", "rebzeilen-neckarhalde.wordpress.com",
  "linktr.ee/lena.k" (a town's or an office's page there stays: "stadt-esslingen.wordpress.com");
* a domain that spells the name of a person in the same answer is that person's: "Theo
  Kästle, kaestle-weine.de", "Birgit Zwißler / hebamme-zwissler.de", "Jan-Ole Petersen |
  janolepetersen.de". A company's domain named after people stays ("Bosch, bosch.de").
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.public_web import OFFICE, PUBLIC_PLACE_RE
from esslingen_lab.privacy.redact.strength import _is_person_noun, _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    FIRST_NAMES,
    NOT_NAMES,
    TOWN_ENDINGS,
    home_districts,
    read_words,
    region_places,
)

__all__ = ["PERSONAL_SITE_RULES"]

_PATH = r"""(?:/[^\s<>"'\])}]{0,200}(?<![.,;:!?]))?"""
_HOSTS = (
    r"blogspot|wordpress|jimdosite|jimdofree|jimdo|wixsite|carrd|podigee|substack|tumblr|"
    r"github|gitlab|neocities|webnode|weebly|strikingly|mystrikingly|yolasite|beepworld|"
    r"npage|bandcamp|over-blog|blogger|ghost|notion|"
    # app and page hosts: "parkfinder-es.netlify.app", "lena-k.vercel.app", "x.pages.dev"
    r"netlify|vercel|pages|glitch|herokuapp|onrender|web|firebaseapp|surge"
)
_HOSTED = regex.compile(
    rf"""(?<![\w.@\-/])(?P<v>(?P<sub>[a-z0-9][a-z0-9\-]{{1,62}})(?:\.[a-z0-9\-]{{1,62}})?
         \.(?i:{_HOSTS})\.(?i:com|co|io|de|org|net|site|page|me|fr|blog|app|dev|sh){_PATH}
       |(?i:linktr\.ee|bio\.link|beacons\.ai)/[\w.\-]{{2,40}})(?![\w\-]|\.\w)""",
    regex.VERSION1 | regex.VERBOSE | regex.IGNORECASE,
)
_PLACE = PUBLIC_PLACE_RE
_OFFICE = regex.compile(rf"(?i:{OFFICE}-?)", regex.VERSION1)


# a club's, a school's, a parish's or a paper's page is no one's own: "vhs-esslingen.wordpress.com",
# "tsv-berkheim.jimdofree.com", "esslinger-zeitung.de", "theodor-heuss-gymnasium.de"
_GROUP = regex.compile(
    r"(?i:vhs|tsv|tv|sv|fc|vfb|vfl|sg|djk|ev|verein|club|klub|kirche|gemeinde|kita|schule|"
    r"gymnasium|realschule|hochschule|uni|stiftung|zeitung|museum|bibliothek|buecherei|"
    r"bücherei|feuerwehr|drk|awo|caritas|diakonie|partei|fraktion|spd|cdu|gruene|fdp|linke|"
    r"rathaus|stadt|amt|kreis|sommer|festival|fest|markt|chor|kapelle|orchester|theater|"
    r"buergerverein|bürgerverein|nachrichten|blatt|anzeiger|radio)"
)


def _group_page(label: str) -> bool:
    return any(
        _GROUP.fullmatch(part)
        or part.endswith(("verein", "schule", "gymnasium", "zeitung", "kirche", "stiftung"))
        for part in label.lower().replace(".", "-").split("-")
    )


def _hosted_page_spans(text: str):
    for match in _HOSTED.finditer(text):
        sub = (match.group("sub") or "").lower()
        if sub and _group_page(sub):
            continue
        rest = _OFFICE.sub("", sub).strip("-")
        if sub and (_PLACE.fullmatch(rest) is not None or _PLACE.fullmatch(sub) is not None):
            continue  # "esslingen.wordpress.com", "stadt-esslingen.blogspot.com": the town's
        yield match.span("v")


_TLD = (
    r"de|com|net|org|eu|info|at|ch|me|online|shop|art|design|studio|photo|name|blog|io|site|"
    r"dev|page|tv|fm|works|social"
)
# a host abroad, only for a bare host: "joostvanvliet.nl", "elblogdelucia.es" (a dotted user
# name may end in "es" for Esslingen: "khoa.tran.es", see _DOTTED)
_ABROAD = r"nl|es|fr|it|pl|coach"
_BARE = regex.compile(
    rf"""(?<![\w.@\-/])(?P<v>(?:www\.)?(?:(?P<sub>[a-z0-9\-]{{2,20}})\.(?=[a-z0-9äöü\-]{{3,}}\.))?
         (?P<label>[a-z0-9äöü][a-z0-9äöü\-]{{2,62}})
         \.(?:{_TLD}|{_ABROAD}){_PATH})(?![\w\-@]|\.\w)""",
    regex.VERSION1 | regex.VERBOSE | regex.IGNORECASE,
)
# a first name and a surname as written: "Theo Kästle", "Jan-Ole Petersen", "Birgit Zwißler"
_FULL_NAME = regex.compile(
    r"(?<![\p{L}\-])(?P<f>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[\x20\t]+"
    r"(?P<s>\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)(?![\p{L}\-])",
    regex.VERSION1,
)
_PLAIN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def umlauted(low: str) -> str:
    """Read a host's "ue", "ae", "oe" as umlauts: "mueller" → "müller"."""
    return low.replace("ue", "ü").replace("ae", "ä").replace("oe", "ö")


def _spellings(word: str) -> set[str]:
    low = word.lower()
    return {low.translate(_PLAIN), low.replace("ß", "ss"), low}


def _names_in(text: str) -> tuple[set[str], set[str]]:
    """Surnames (and first-and-surname joins) of the full names in the text, as in a host."""
    lex = lexicon()
    named = _named_after_people()
    surnames: set[str] = set()
    joined: set[str] = set()
    for match in _FULL_NAME.finditer(text):
        first, last = match.group("f"), match.group("s")
        first_parts = first.split("-")
        if not all(lex.is_first_name(p, ambiguous=True) for p in first_parts):
            continue
        if last in NOT_NAMES or last in named:
            continue
        for part in [last, *last.split("-")]:
            if len(part) >= 4:
                surnames |= _spellings(part)
        for f in _spellings(first.replace("-", "")):
            for s in _spellings(last.replace("-", "")):
                joined.add(f + s)
    return surnames, joined


def _named_domain_spans(text: str):
    surnames = joined = None
    for match in _BARE.finditer(text):
        if surnames is None:
            surnames, joined = _names_in(text)
            if not surnames:
                return
        label = match.group("label").lower()
        glued = label.replace("-", "")
        # the whole name of someone in the answer before a group's word is that person's
        # own school or shop: "Holger Dietz … holger-dietz-fussballschule.de"
        whole = any(len(j) >= 8 and j in glued for j in joined)
        if label in surnames or (_group_page(label) and not whole):
            continue  # "mueller.de", "esslinger-zeitung.de": a firm's or a group's
        # "kaestle-weine", "janolepetersen", "hanneseberle": the surname a part, or the
        # first name and surname (or a short form) run together
        if (
            not set(label.split("-")).isdisjoint(surnames)
            or glued in joined
            or any(len(s) >= 5 and glued.endswith(s) for s in surnames)
        ):
            yield match.span("v")


@lru_cache(maxsize=1)
def known_sites() -> frozenset:
    """Names of platforms and well-known firms' hosts, without their ending ("doctolib")."""
    return frozenset(word.lower() for word in read_words("public_sites"))


def _first_name_domain_spans(text: str):
    """Yield a bare domain opening with a first name: "nele-dreht.de", "wernerbloch.de".

    The first part of the host's name (before a hyphen, or run together with a surname) is a
    listed first name, and what follows is no group's, office's or place's word:
    "sebastian-fromm.dev", "podcast.wernerbloch.de", "maxvonstetten.dev". A first name
    alone ("otto.de", "emma.de") is a firm's or a magazine's, and a firm named after people
    stays ("hans-im-glueck.de" holds a function word, "bosch.de").
    """
    lex = None
    for match in _BARE.finditer(text):
        label = match.group("label").lower()
        if _group_page(label) or (match.group("sub") and _group_page(match.group("sub"))):
            continue
        if label in known_sites():
            continue  # a firm named after a first name: "hugo-boss.com", "emma-sleep.de"
        if label.endswith(TOWN_ENDINGS) and not any(p in label for p in ("von", "van", "zu")):
            continue  # "ludwigsburg.de": a town's (but "maxvonstetten.dev" a person's)
        lex = lex or lexicon()
        if (
            _first_name_then_name(label, lex) or _person_in_label(label, lex)
            or _first_name_opens(label, lex)
        ):
            yield match.span("v")


def _plain_parts(parts, shortest: int) -> bool:
    """Tell plain parts of a host after its first name ("technik", "es").

    None shorter than ``shortest``, none a function word ("im", "und") or a firm's word
    ("gmbh", "shop").
    """
    return not any(
        len(part) < shortest or part in _FUNCTION or part in _FIRM_WORDS for part in parts
    )


def _first_name_opens(label: str, lex) -> bool:
    """Tell a host's name whose first part is a listed first name: "tim-technik-es".

    All 210 such hosts in the labelled sets were someone's own page, also with a thing's word
    after the name ("linus-lichtbild", "herbert-nachtwache"); not with a function word ("hans-
    im-glueck"), a firm's word ("anna-mueller-gmbh"), an institution ("anna-haus"), a trade's
    word ("eva-blumen", a review's find) or a famous pair ("david-bowie-…").
    """
    parts = label.split("-")
    return (
        len(parts) >= 2
        and _listed_first(parts[0], lex)
        and parts[0].capitalize() not in _named_after_people()
        and _plain_parts(parts[1:], shortest=2)  # "marc-o-polo": a letter, a brand's
        and not any(part.endswith(_INSTITUTIONS + _TRADES) for part in parts[1:])
        and f"{parts[0].capitalize()} {parts[1].capitalize()}" not in _named_after_people()
    )


# a trade's or a shop's word: "eva-blumen", "mario-pizza-es", "lisa-pflegedienst", "max-kino"
_TRADES = (
    "pizza", "pizzeria", "kino", "blumen", "floristik", "immobilien", "pflegedienst", "pflege",
    "matratze", "matratzen", "krippe", "fanclub", "club", "reisen", "mode", "friseur", "salon",
    "praxis", "kanzlei", "bau", "shop", "markt", "möbel", "moebel", "autohaus", "druck",
    "service", "dienst", "handel", "consulting", "beratung", "versand", "catering", "bäckerei",
    "baeckerei", "metzgerei", "apotheke", "optik", "hotel", "gasthof", "restaurant", "cafe",
    "bistro", "imbiss", "taxi", "umzug", "umzuege", "reinigung", "gartenbau", "elektro",
    "sanitär", "sanitaer", "maler", "dach", "fliesen", "schreinerei", "werkstatt",
    "versicherung", "steuer", "energie", "solar", "kosmetik", "nails", "tattoo", "yoga",
    "zeitschrift", "magazin", "zeitung", "verlag", "radio",
    # a second reviewer's shops and inns (session 59): "hofladen-lena", "trattoria-giovanni"
    "hofladen", "weingut", "trattoria", "ristorante", "osteria", "taverna", "fahrrad",
    "radladen", "eiscafe",
)


def _person_in_label(label: str, lex) -> bool:
    """Tell a host's name with a person's name among its parts.

    "sebastian-weller-foto", "petra-haug-fotografie" (a first name and a surname),
    "hebamme-susanne", "hausmeister-dieter-fink" (a first name and a role), "marias-kochblog"
    (a first name's genitive): someone's own page; not a thing named
    after a first name ("emma-zeitschrift", "anna-haus"), an institution named after a
    person ("paul-gerhardt-schule") or a firm's ("mueller-bau-gmbh").
    """
    parts = [part for part in label.split("-") if part]
    if len(parts) < 2 or any(part in _FIRM_WORDS or part in _FUNCTION for part in parts):
        return False
    named = _named_after_people()
    first = surname = role = thing = False
    for k, part in enumerate(parts):
        capital = part.capitalize()
        if capital in named or capital in NOT_NAMES or _PLACE.fullmatch(part) is not None:
            continue
        if part.endswith(_INSTITUTIONS):
            return False
        if k == 0 and part.endswith("s") and _listed_first(part[:-1], lex):
            return True  # "marias-kochblog", "lisas-welt": someone's own
        if _listed_first(part, lex):
            first = True
        elif len(part) >= 4 and capital in lex.last and not lex.is_german(capital) and (
            not lex.is_english(part)
        ):
            surname = True
        elif _is_person_noun(capital):
            role = True  # "hebamme", "hausmeister", "tischler"
        elif _thing(part, lex) or lex.is_english(part):
            thing = True
    return first and (surname or role) or (first or surname) and not thing


_INSTITUTIONS = ("schule", "gymnasium", "kita", "kindergarten", "verein", "stiftung", "kirche",
                 "gemeinde", "zentrum", "haus", "klinik", "bibliothek", "museum")


_PARTICLES = ("von", "van", "de", "vom", "zu")


def _first_name_then_name(label: str, lex) -> bool:
    parts = label.split("-")
    named = _named_after_people()
    if len(parts) >= 2:
        first, rest = parts[0], parts[1:]
        if not _plain_parts(rest, shortest=3):
            return False  # "hans-im-glueck", "anna-und-co", "wolfgang-fuchs-gmbh"
        if any(lex.is_english(part) and part.capitalize() not in lex.last for part in rest):
            return False  # "tom-tailor": an English word, a brand
        return _listed_first(first, lex) and all(
            part.capitalize() not in named
            and _PLACE.fullmatch(part) is None
            and not _thing(part, lex)
            for part in rest
        )  # "nele-dreht", "sebastian-fromm"; not "emma-zeitschrift", "anna-haus"
    for cut in range(3, len(label) - 3):
        first, rest = label[:cut], label[cut:]
        if not _listed_first(first, lex):
            continue
        bare = rest
        for particle in _PARTICLES:
            if bare.startswith(particle) and len(bare) - len(particle) >= 4:
                bare = bare[len(particle) :]
                break
        surname = bare.capitalize()
        if surname in named or surname in NOT_NAMES or _PLACE.fullmatch(bare) is not None:
            continue
        if surname in lex.last and not lex.is_english(bare) and not _thing(bare, lex):
            return True  # "wernerbloch": a listed surname run on (not "paulaner", "karlsruhe")
        if bare != rest and not (lex.is_german(surname) or lex.is_english(bare)):
            return True  # "maxvonstetten": a particle, then no word
    return False


def _thing(part: str, lex) -> bool:
    """Tell a noun of the dictionary that is no listed surname ("haus", "zeitschrift")."""
    capital = part.capitalize()
    lemma = lex.german.get(capital) or ""
    return lemma[:1].isupper() and capital not in lex.last


_FIRM_WORDS = frozenset(
    "gmbh ag kg ohg ug gbr ev group gruppe shop store online verlag stiftung werk werke".split()
)
_FUNCTION = frozenset("und and im am in zum zur der die das the of for fuer für vom".split())


def _listed_first(word: str, lex) -> bool:
    capital = word.capitalize()
    return len(word) >= 3 and lex.is_first_name(capital, ambiguous=True)


# ---------------------------------------------------------------- a handle by its shape

# a user name joined by underscores ("gaby_b_1955", "Rentnerin_Ulrike_ES", "der_Jockel"):
# no German word is written so; not a file's name ("Antrag_final.pdf") nor a form's field
# ("user_email", "feedback_id", "frage_7"). Of such words in the labelled sets 97 are
# someone's handle, 2 an office's ("Stadtplanung_ES"), 5 a field or a file.
_UNDERSCORED = regex.compile(
    r"(?<![\w.@/\-#\[])(?P<v>[\p{L}\d][\p{L}\d.]*_[\w.]*[\p{L}\d])(?![\w@/\-\]])",
    regex.VERSION1,
)
_FILE_END = regex.compile(
    r"\.(?i:pdf|docx?|xlsx?|odt|ods|pptx?|jpe?g|png|gif|csv|txt|zip|json|xml|html?|py|mp[34])$"
)
# the gender gap of a noun for people: "Anwohner_innen", "Bürger_in", "Kolleg_innen"
_GENDER_GAP = regex.compile(r"\p{L}+_(?:innen|in|r|e|n)", regex.VERSION1)
_FIELD_WORDS = frozenset(
    "id nr no user name email mail e date datum file feld field frage key value wert test tmp "
    "temp final neu alt new old v copy kopie form formular antrag seite page code typ type "
    "status info data daten".split()
)
# a made-up word with a year or two digits after it: "neckarbiene73", "Neckarpirat1974"
_WORD_YEAR = regex.compile(
    r"(?<![\w.@/\-#])(?P<v>(?P<w>\p{L}{5,})(?:19\d\d|20[0-2]\d|\d\d))(?![\w@/\-]|\.\w)",
    regex.VERSION1,
)


def _underscored_spans(text: str):
    """Yield a user name joined by underscores, without a platform's name (see above)."""
    lex = None
    for match in _UNDERSCORED.finditer(text):
        value = match.group("v")
        if _FILE_END.search(value) is not None or _GENDER_GAP.fullmatch(value) is not None:
            continue  # "Antrag_final.pdf", "Anwohner_innen", "Schüler_in"
        parts = [p for p in regex.split(r"[_.]|(?<=\p{L})(?=\d)", value) if p]
        lex = lex or lexicon()
        if any(_personal_part(part, lex) for part in parts) or (
            _ACCOUNT_BEFORE.search(text, max(0, match.start() - 30), match.start())
            and not any(part.lower() in _NOT_ONES_OWN for part in parts)
        ):
            yield match.span("v")  # also "registriert als gartenjunge_hh": one's account


# an account anyone or a device has: "eingeloggt als guest_user", "registriert als Stadtwerke_ES"
_NOT_ONES_OWN = _FIELD_WORDS | frozenset(
    "guest gast hotspot wlan wifi admin stadtwerke stadt es public free".split()
)
# one's account named right before: "registriert als", "angemeldet unter", "Nutzername:"
_ACCOUNT_BEFORE = regex.compile(
    r"(?i:(?:registriert|angemeldet|eingeloggt|unterwegs)\x20+(?:als|unter)"
    r"|(?:nutzer|benutzer|user|account|profil|spitz)(?:name|-name)?\x20*(?::|ist|lautet))\x20*$"
)


def _personal_part(part: str, lex) -> bool:
    """Tell a part of a user name that says a person's.

    A first name or surname ("Ulrike", "tina", "kaiser"), a person's noun ("Hundepapa",
    "Wutbürger"), a birth year ("1955", "78") or a made-up word ("Jockel", "tommi"); not a
    word, a place, an abbreviation, a count or a field's name ("Stadtplanung", "esslingen",
    "ES", "iOS", "12", "date", "k12").
    """
    low = part.lower()
    if part.isdigit():  # a birth year, not a club's founding ("TSV_Berkheim_1898")
        return len(part) == 4 and "1930" <= part <= "2015" or len(part) == 2 and part >= "30"
    if len(low) < 3 or low in _FIELD_WORDS or low in _FUNCTION or not low.isalpha():
        return False
    if not part[1:].islower():
        return False  # "ADFC", "AG", "iOS", "FritzBox": an abbreviation or a product
    capital = low.capitalize()
    if _listed_first(low, lex) or capital in lex.first or capital in lex.last or (
        _is_person_noun(capital)
    ):
        return True
    plain = umlauted(low)
    return not (
        lex.is_german(capital) or lex.is_german(plain.capitalize()) or lex.is_english(low)
        or lex.is_compound(plain.capitalize()) or lex.is_lower_word(low)
        or _PLACE.fullmatch(low) is not None or low in region_places()
        or low in home_districts()
    )


def _word_year_spans(text: str):
    """Yield a made-up word with a year after it ("neckarbiene73")."""
    lex = None
    for match in _WORD_YEAR.finditer(text):
        word = match.group("w")
        lex = lex or lexicon()
        year = match.group("v")[len(word) :]
        if word.isupper() or lex.is_english(word.lower()) or lex.is_german(word.capitalize()) or (
            len(year) == 4 and not "1930" <= year <= "2015"
        ):
            continue  # "COVID19", "Check24", "Haushalt2025", "Stadtradeln2024": no birth year
        yield match.span("v")


# a user name of dotted parts opening with a listed first name: "kai.brenninger", "mira.k",
# "biggi.lorch.1966", "khoa.tran.es" (all 131 such words in the labelled sets were someone's
# user name, address or name; 13 were missed)
_DOTTED = regex.compile(
    r"(?<![\w@./\-])(?P<v>(?P<f>\p{Ll}{3,})(?:\.[\p{Ll}\d_]+)+)(?![\w@/\-]|\.\w)",
    regex.VERSION1,
)
# the last part of a host: "otto.de", "mark.com", "leon.schule"
_HOST_END = regex.compile(rf"(?:{_TLD}|schule|shop|app|it|fr|nl|pl|tr|uk|us)")
DOTTED_GATE = regex.compile(r"\p{Ll}{3}\.[\p{Ll}\d]", regex.VERSION1)


def _dotted_spans(text: str):
    """Yield a dotted user name opening with a listed first name (see above)."""
    lex = None
    for match in _DOTTED.finditer(text):
        value = match.group("v")
        parts = value.split(".")
        if _FILE_END.search(value) is not None or parts[1].isdigit() or (
            _HOST_END.fullmatch(parts[-1]) is not None or "muster" in value
        ):
            continue  # "anna.pdf", "max.20", "otto.de", "leon.schule", "max.mustermann"
        lex = lex or lexicon()
        if _listed_first(match.group("f"), lex):
            yield match.span("v")


# the endings a bare host needs: ".de", ".com", … (a cheap test before the patterns)
_TLD_NEEDS = tuple("." + ending for ending in f"{_TLD}|{_ABROAD}".split("|"))
_HOST_GATE = re.compile(r"[a-z0-9]\.(?:[a-z\-]+\.)?[a-z]{2,6}\b")

# a profile's name in quotes after its platform: "auf Facebook unter 'Helga hilft Hohenkreuz'",
# "postet auf Insta als „Esslinger Pendler Klaus“" (a user name alone: rules.py)
_QUOTED_PROFILE = regex.compile(
    r"(?<![\p{L}])(?i:facebook|instagram|insta|tiktok|youtube|twitter|threads|mastodon|"
    r"bluesky|linkedin|xing|twitch|telegram|pinterest)(?![\p{L}])"
    r"[^.!?\n\"'„“‚‘]{0,20}?(?<![\p{L}])(?i:unter|als|namens)\x20"
    r"[\"'„“‚‘«»](?P<v>[^\"'„“”‚‘’«»\n]{2,60}?)[\"'“”’‘«»]",
    regex.VERSION1,
)


def _quoted_profile_spans(text: str):
    """Yield a profile's name in quotes after its platform.

    Not a group's, a town's or an office's page ("unter 'Stadt Esslingen am Neckar'", "als
    'TSV Zell'") and not one word of the language ("ein Video als 'Tutorial'").
    """
    lex = lexicon()
    for match in _QUOTED_PROFILE.finditer(text):
        words = match.group("v").split()
        if not any(char.isupper() for char in match.group("v")):
            continue
        first = words[0].lower().strip(".,")
        if _GROUP.fullmatch(first) or _PLACE.fullmatch(first) or _OFFICE.fullmatch(first):
            continue
        if len(words) == 1 and (lex.is_german(words[0]) or lex.is_english(words[0])):
            continue
        # a person's page shows a first name ("Helga hilft Hohenkreuz") or is one made-up
        # word ("Neckarperle"); a group's or an office's ("Stadtbücherei Esslingen", "VVS
        # Störungen", "Flohmarkt Berkheim") shows neither
        if len(words) > 1 and not any(_personal_word(word.strip(",.!?"), lex) for word in words):
            continue
        yield match.span("v")


def _personal_word(word: str, lex) -> bool:
    """Tell a first name or a name that is no word and no place ("Lazaridis", not "Esslingen")."""
    if word in FIRST_NAMES:
        return True
    lower = word.lower()
    town = lower[:-2] if lower.endswith("er") else lower  # "Esslinger", "Ulmer": its people
    return (
        word[:1].isupper() and not word.isupper() and not lex.is_german(word)
        and not lex.is_english(word)
        and not {lower, town, town + "en"} & _places()
    )  # fmt: skip


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Return the region's places and the town's districts, joined once (not per word)."""
    return region_places() | home_districts()


#: After the URL rules with a scheme: pages on a blog host, domains spelling a name.
PERSONAL_SITE_RULES = [
    _Rule(
        "URL",
        None,
        needs=(
            "blogspot",
            "wordpress",
            "jimdo",
            "wixsite",
            "carrd",
            "podigee",
            "substack",
            "tumblr",
            "github",
            "gitlab",
            "neocities",
            "webnode",
            "weebly",
            "strikingly",
            "yolasite",
            "beepworld",
            "npage",
            "bandcamp",
            "over-blog",
            "blogger",
            "ghost.",
            "notion.",
            "linktr.ee",
            "bio.link",
            "beacons.ai",
            "netlify",
            "vercel",
            ".pages.",
            "glitch",
            "herokuapp",
            "onrender",
            ".web.app",
            "firebaseapp",
            "surge.",
        ),
        finder=_hosted_page_spans,
        name="url-hosted-page",
        trusted=True,
    ),
    _Rule(
        "URL",
        None,
        needs=("facebook", "insta", "tiktok", "youtube", "twitter", "threads", "mastodon",
               "bluesky", "linkedin", "xing", "twitch", "telegram", "pinterest"),
        finder=_quoted_profile_spans,
        name="url-quoted-profile",
    ),
    _Rule(
        "URL",
        None,
        needs=_TLD_NEEDS,
        gate=_HOST_GATE,
        finder=_named_domain_spans,
        name="url-named-domain",
        trusted=True,
    ),
    _Rule(
        "URL",
        None,
        needs=_TLD_NEEDS,
        gate=_HOST_GATE,
        finder=_first_name_domain_spans,
        name="url-first-name-domain",
        trusted=True,
    ),
]

#: After the user names with a cue (contacts_loose.USER_NAME_RULES, tagged [ID]): handles
#: told by their shape alone.
HANDLE_SHAPE_RULES = [
    _Rule("URL", None, needs=("_",), finder=_underscored_spans, name="url-handle-shape",
          trusted=True),
    # from a digit, looking back at the letters: the engine skips to the digits
    _Rule("URL", None, needs_digit=True, gate=regex.compile(r"\d(?<=\p{L}{5}\d)\d"),
          finder=_word_year_spans, name="url-word-year", trusted=True),
    _Rule("URL", None, gate=DOTTED_GATE, gate_on_raw=True, finder=_dotted_spans,
          name="url-dotted-user-name", trusted=True),
]
