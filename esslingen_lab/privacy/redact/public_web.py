"""The city's own pages and accounts are no one's personal data.

"www.esslingen.de/radverkehr", "stuttgart.de", "@stadt_esslingen", "@polizei_bw": a site
of a town of the region (``description_big_places.txt``) or of an office, and a handle
that names a town's administration, stay in the text. Used as look-aheads in the URL rules.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = [
    "LONG_PUBLIC_HANDLE", "OFFICE", "PUBLIC_HANDLE", "PUBLIC_HANDLE_HYPHENS", "PUBLIC_HOST",
    "PUBLIC_PLACE", "PUBLIC_PLACE_RE",
]


def _place_alternation() -> str:
    places = set()
    for word in read_words("description_big_places"):
        low = word.lower()
        if " " in low or not low.isalpha():
            continue
        places.add(low)
        places.add(low.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss"))
    return "|".join(sorted(places, key=len, reverse=True))


_PLACES = _place_alternation()
#: a town of the region alone, any case ("esslingen", "Plochingen")
PUBLIC_PLACE = rf"(?i:{_PLACES})"
#: the same, compiled once for the modules that test one word against it
PUBLIC_PLACE_RE = regex.compile(PUBLIC_PLACE, regex.VERSION1)
#: a word naming a town's administration ("stadt", "rathaus", "bürgerbüro")
OFFICE = r"(?:stadt|gemeinde|landkreis|kreis|rathaus|polizei|buergerbuero|bürgerbüro|city)"
_OFFICE = OFFICE

#: a public host at the start of a URL (after "https://" or at its start, "www." optional)
PUBLIC_HOST = (
    rf"(?:www\.)?(?i:(?:{_OFFICE}[\-.])?(?:{_PLACES})|service-bw|bund|bundesregierung|"
    rf"bw|baden-wuerttemberg|arbeitsagentur|elster)\.(?i:de|eu|info)(?![\w\-]|\.\w)"
)
#: a handle naming an administration: "@stadt_esslingen", "@polizei.bw", "@esslingen_stadt"
#: (not "@stadtfuchs_obertal": an office word glued to another word is a nickname)
#: a part of a handle that names a public body, a paper or a broadcaster: "@buergeramt_es",
#: "@esslinger_zeitung", "@stadtbuecherei.es", "@vhs_esslingen" (a person's handle names a
#: person: "@lena_kocht"; "@baeckerei_nuessle", "@theater_lena" are someone's); "amt" alone
#: at the start or after another part ("@amt_fuer_soziales", "@digital_amt"; not "@jana_im_amt")
_PUBLIC_PART = (
    r"(?:[a-zäöü]{3,}(?:amt|aemter|ämter|verwaltung|zeitung|nachrichten|bibliothek|buecherei|"
    r"bücherei|stadtwerke)|zeitung|nachrichten|bibliothek|buecherei|bücherei|stadtwerke|"
    r"vhs|volkshochschule|feuerwehr|swr|ndr|wdr|tagesschau|vvs)"
)
#: the end of an institution's handle longer than a platform allows (the handle rule read
#: handles to 40 characters until session 59, to 100 since; this bound stayed at 40):
#: "@hochschule_esslingen_university_official"
LONG_PUBLIC_HANDLE = (
    r"(?<!@[\p{L}0-9_.]{31,40}(?i:official|offiziell|presse|info|e\.?v|verein|amt|stadt|netz|"
    r"university|hochschule|schule|polizei|kirche|gemeinde|samstag|altstadt))"
)


def _public_handle(sep: str, chars: str) -> str:
    """Return the pattern of a public body's handle, parts joined by ``sep``, made of ``chars``."""
    return (
        # a chat's mention of everyone ("@alle bitte bis Freitag melden"; "_official" says
        # nothing: "@mert.es_official" is a person's)
        r"(?i:alle|all|everyone|here|channel|"
        rf"{_OFFICE}(?:{sep}|(?:{_PLACES})){chars}*|{chars}*{sep}{_OFFICE}"
        rf"|(?:{_PLACES})(?:{sep}?(?:de|official|info))?"
        # "amt" after another part too, not one's place in it ("@jana_im_amt")
        rf"|(?:(?:[\w]*{sep})?{_PUBLIC_PART}|amt|[\w]*(?<!(?i:_im|_vom|_beim|_am|_dem)){sep}amt)"
        rf"(?:{sep}{chars}*)?)"
        rf"(?!{chars}*\w)"
    )


PUBLIC_HANDLE = _public_handle(r"[_.]", r"[\w.]")
#: the same with hyphens between the parts, as a domain handle has them:
#: "@polizei-bw.bsky.social", "@esslinger-zeitung.bsky.social"
PUBLIC_HANDLE_HYPHENS = _public_handle(r"[_.\-]", r"[\w.\-]")
