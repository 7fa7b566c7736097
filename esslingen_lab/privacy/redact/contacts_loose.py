"""Contact data typed so that the strict rules miss it: spaced, spelled or disguised.

* e-mail addresses typed apart ("m a x . m u s t e r @ g m x . d e",
  "max . mustermann @ gmx . de");
* an e-mail address with "bei"/"at"/"auf" for the at sign, or a mail provider without its
  top-level domain ("petra.schwarzkopf bei gmx.de", "petra.schwarzkopf at gmx",
  "kai_99@posteo"); the part before it must look like a mailbox (a dot, an underscore or
  digits in it), so that "bei GMX ist das Postfach voll" stays;
* a phone number after its cue with letters for digits ("Tel: 07II 3512249O": I and l for
  1, O and o for 0);
* a user name after "Benutzername", "Login", "User", "Account", "Kennung" … ("Mein
  Benutzername im Portal ist pschwarzkopf92"): tagged ``[ID]``, an identifier of the person's
  account; it must have a user name's shape (digits, "_" or "." inside), or be a made-up
  word after ":"/"ist" ("mein Login ist pkranich"), so that "der Login nervt" and "der Login
  ist kaputt" stay;
* a messenger's user name after its name ("Skype: petra.kranich77"): ``[URL]``, like the
  social networks' handles of ``rules.py``.

These rules run before all others; they leave the plain forms to the strict rules.
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _DOT, Branches, _Rule
from esslingen_lab.privacy.redact.public_web import (
    PUBLIC_HANDLE,
    PUBLIC_HOST,
    PUBLIC_PLACE_RE,
)

__all__ = ["EARLY_CONTACT_RULES", "USER_NAME_RULES"]

_FLAGS = regex.VERSION1 | regex.VERBOSE

# ---------------------------------------------------------------- e-mail typed apart

_TLDS = ("de", "com", "net", "org", "eu", "info", "at", "ch", "io", "me")
_SPACED_TLD = "(?i:" + "|".join(r"\x20?".join(tld) for tld in _TLDS) + ")"
# one piece: letters typed apart ("m a x") or together ("max")
_UNIT = r"(?:\w(?:\x20\w){2,}(?!\w)|\w\x20\w(?!\w)|[\w+\-]+)"
_SEP = r"\x20{0,2}[._\-]\x20{0,2}"
_SPACED_EMAIL = regex.compile(
    rf"""(?<![\w.+\-@])
         {_UNIT}(?:{_SEP}{_UNIT}){{0,4}}
         # a space at the at sign: else the address is typed together (the strict rules)
         (?:\x20{{1,2}}(?:@|\((?i:at)\)|\[(?i:at)\])\x20{{0,2}}
           |(?:@|\((?i:at)\)|\[(?i:at)\])\x20{{1,2}})
         {_UNIT}(?:{_SEP}{_UNIT}){{0,3}}?
         \x20{{0,2}}\.\x20{{0,2}}{_SPACED_TLD}(?!\w)""",
    _FLAGS,
)

# ---------------------------------------------------------------- "bei", a provider alone

_PROVIDERS = (
    "gmx|gmail|googlemail|yahoo|outlook|hotmail|t-online|posteo|icloud|aol|freenet|"
    "protonmail|proton|arcor|mailbox|web"
)
_TLD = r"(?i:de|com|net|org|eu|info|at|ch|io|me|ru|tr|fr|it|es|pl)"
# (a site or a file is no mailbox: "esslingen.de auf web.de", "Antrag.pdf bei web.de")
_MAILBOX = (
    r"(?:\p{L}[\w+\-]*(?:[._][\w+\-]+)+|\p{L}[\p{L}\-]*\d{2,})"
    r"(?<!\.(?i:de|com|net|org|eu|info|at|ch|pdf|docx?|xlsx?|jpe?g|png|html?|txt|zip))"
)
_LOOSE_EMAIL = regex.compile(
    rf"""(?<![\w.+\-@])(?:{_MAILBOX})
         (?:\x20+(?i:bei|at|ät|auf)\x20+|\x20*(?:\((?i:at)\)|\[(?i:at)\])\x20*|@)
         (?:(?i:{_PROVIDERS})(?:(?i:{_DOT}){_TLD})?
            |[\w\-]{{2,63}}(?i:{_DOT}){_TLD})
         (?![\w@]|\.\w|\s*[(\[{{<]\s*(?i:dot|punkt|\.)|\s+(?i:dot|punkt)\s)""",
    _FLAGS,
)


def _spaced_email_spans(text: str):
    for match in _SPACED_EMAIL.finditer(text):
        if " " in match.group():
            yield match.span()


def _loose_email_spans(text: str):
    for match in _LOOSE_EMAIL.finditer(text):
        yield match.span()


# ---------------------------------------------------------------- phone with letters

_PHONE_CUE = (
    r"(?i:\b(?:tel(?:efon)?|telefonnummer|rufnummer|handy(?:nummer)?|mobil(?:nummer)?|fax|"
    r"tel\.?-?nr)\b\.?|\berreichbar\x20+unter|\banrufen\x20+unter|\bunter\x20+der\x20+nummer"
    r"|\bmeine\x20+nummer(?:\x20+ist)?|\bnummer\x20+ist"
    # a verb of calling or writing: "Ruf mich an O176 …", "meld dich unter O176 …"
    r"|\bruf(?:e|t|en)?(?:\x20+(?:mich|uns|sie|ihn|mal|doch|gerne?))*\x20+an\b,?"
    r"|\b(?:melde?t?|meldet|meldet\x20+euch|melden\x20+sie\x20+sich|meld\x20+dich)\x20+(?:dich\x20+|euch\x20+|sich\x20+)?unter"
    r"|\bwhats?app\b|\bsms\b|\bsignal\b)"
)
_LETTER_PHONE = regex.compile(
    rf"""{_PHONE_CUE}\s*[:.]?\s*
         # (groups apart by a spaced slash too, as scanned: "O711 / 3l 8 55 O2")
         (?P<v>\+?[\dIlOo|](?:[\dIlOo|]|[\x20\-/]{{1,3}}(?=[\dIlOo|])){{5,24}})(?![\p{{L}}\d])""",
    _FLAGS,
)
# a letter for a digit beside a digit: most texts hold none
_LETTER_BY_DIGIT = re.compile(r"\d[IlOo|]|[IlOo|]\d")


def _letter_phone_spans(text: str):
    for match in _LETTER_PHONE.finditer(text):
        value = match.group("v")
        digits = sum(char.isdigit() for char in value)
        if digits >= 4 and digits < len(value.replace(" ", "").replace("-", "").replace("/", "")):
            yield match.span("v")


# ---------------------------------------------------------------- user names

_ACCOUNT_CUE = (
    r"\b(?i:benutzer-?name|nutzer-?name|user-?name|user-?id|user|login(?:-?name)?|log-in|"
    r"account(?:name)?|benutzerkennung|nutzerkennung|kennung|benutzer-?konto|kontoname|"
    r"nick(?:-?name)?|gamertag|handle|(?:be)?nutzer(?:in)?(?=\x20*:\x20*[\p{L}\d]+[_.])|"
    # a ticket's or a post's person in an export, before a colon: "Anwender: bkraemer",
    # "Reporter: kscha", "Erstellt von: jdoe42"
    r"(?:anwender(?:in)?|reporter(?:in)?|ersteller(?:in)?|erstellt\x20+von|autor(?:in)?|"
    r"author|created\x20+by|submitted\x20+by|assignee|zugewiesen\x20+an)(?=\x20*:))"
)
_USER_NAME = regex.compile(
    rf"""{_ACCOUNT_CUE}
         (?:\x20+(?:im|in|beim|bei|für|fürs|auf|der|die|das|dem|den|von|vom|am|zum|zur|
             meine[mnrs]?|unsere[mnrs]?|dort|da|hier|drüben|jetzt|\p{{Lu}}[\p{{L}}\-]+|
             \p{{Ll}}\p{{Lu}}\p{{L}}+)){{0,3}}  # "bei eBay Kleinanzeigen", "in iCloud"
         (?P<how>\x20*[:=]\x20*|\x20+(?i:ist|lautet|war|heißt|heisst)\x20+(?:immer\x20+noch\x20+)?
            |\x20+)
         [„"“'‚»«]?(?P<v>[\p{{L}}\d][\w.\-]{{2,40}}(?<![.\-]))(?![\w@/])""",
    _FLAGS,
)
_SITE = regex.compile(r"\.(?i:de|com|net|org|eu|info|at|ch|io|me|social)$", regex.VERSION1)
_SHAPE = regex.compile(r"\p{L}.*\d|\d.*\p{L}|\p{L}[_.]\p{L}|\p{Ll}\p{Lu}", regex.VERSION1)
# a plain word after "Login:", "User ist": a user name if it is no word ("pkranich")
_PLAIN = regex.compile(r"\p{Ll}{4,30}", regex.VERSION1)


def _made_up(word: str) -> bool:
    """Tell a lower-case word that is no German or English word and no function word."""
    from esslingen_lab.privacy.redact.email_words import _ordinary

    return not _ordinary(word) and not lexicon().is_english(word)


# login services and platforms, no one's user name: "Login: BundID", "ServiceBW-Konto"
_SERVICES = frozenset(
    """
    bundid bund-id servicebw service-bw elster meinelster mein-elster ausweisapp ausweisapp2
    eid e-id eausweis e-ausweis nutzerkonto servicekonto servicekontobw bayernid bayernportal
    servicekontonrw muensterid hamburgservice berlinid govid id-austria idaustria swissid
    mygov paypal ebay icloud appleid apple-id googlemail gmail github gitlab linkedin
    youtube tiktok whatsapp facebook instagram onedrive microsoft office365 moodle webuntis
    """.split()
)
_SERVICE_SUFFIX = regex.compile(
    r"[\-]?(?i:konto|account|login|portal|zugang|app|nutzerkonto|servicekonto)$", regex.VERSION1
)


def _service(value: str) -> bool:
    """Tell a login service or platform named after a login cue ("BundID", "ServiceBW-Konto")."""
    bare = value.lower()
    if bare in _SERVICES:
        return True
    short = _SERVICE_SUFFIX.sub("", value).lower()
    return short != bare and short in _SERVICES


def _user_name_spans(text: str):
    for match in _USER_NAME.finditer(text):
        value = match.group("v")
        if _SITE.search(value) is not None or _service(value):
            continue
        if _SHAPE.search(value) is None:
            # "mein Login ist pkranich", "User: pkranich" (not "der Login ist kaputt")
            if match.group("how").strip() == "" or _PLAIN.fullmatch(value) is None:
                continue
            if not _made_up(value):
                continue
        digits = sum(char.isdigit() for char in value)
        if digits * 2 > len(value):
            continue  # mostly digits: a number, left to the file-number rules ("[ID]")
        yield match.span("v")


# a messenger's or a game's user name after its name ("Skype: petra.kranich77", "Signal:
# kranich_p"); the social networks are read in rules.py ("url-platform-user")
_MESSENGER_USER = regex.compile(
    r"""\b(?P<m>(?i:skype|signal|threema|wire|steam|icq|jabber|xmpp|wechat|kik|matrix|element|
             psn|xbox|playstation|nintendo|battle\.net|whatsapp-name|telegram|discord|viber|
             snapchat|kakaotalk|weixin))
         # "WeChat-ID:", "Threema ID", "Skype-Name:"
         (?:[\x20\-]?(?i:id|name)(?![\p{L}]))?
         # after "ID"/"Name" a space is enough before a handle in lower case: "WeChat ID
         # zhangmin_es88" (a code in capitals is left to the ID rules: "Threema-ID 4HX9K2PQ")
         (?:\x20*[:=\-–]\x20*|\x20+(?i:ist|lautet|heißt|heisst|als|bin\x20+ich(?:\x20+als)?|unter)\x20+
            |(?<=(?i:id|name))(?P<bare>\x20+)(?=[\w\-#]*(?:[\p{Ll}_]|\.\w)))
         [„"“'‚»«]?(?P<v>(?=[\w.\-#]*\p{L})[\p{L}\d][\w.\-#]{2,40}(?<![.\-]))(?![\w@/])""",
    _FLAGS,
)


# a user name on a platform told in a sentence, never after a bare colon ("Auf Strava: 10km
# gelaufen"): "auf Twitch als neckarqueen", "bei Kleinanzeigen findet ihr mich als …", "Mein
# Twitch-Kanal heißt neckarqueen", "auf Strava heiße ich laufmaus_es"
_PLATFORMS = (
    r"(?i:twitch|reddit|roblox|minecraft|fortnite|kleinanzeigen|ebay|strava|komoot|duolingo|"
    r"soundcloud|jodel|tellonym|bereal|tiktok|instagram|insta|youtube|pinterest|vinted|"
    r"spotify|steam|discord|snapchat|twitter|threads|bluesky|mastodon)"
)
_PLATFORM_USER = regex.compile(
    rf"""(?:\b(?i:auf|bei|in)\x20+{_PLATFORMS}\x20+
          (?:(?:bin|ist|sind)\x20+(?:ich|er|sie|wir)\x20+|findet\x20+(?:ihr|man)\x20+(?:mich|uns)\x20+
             |heiße?\x20+ich\x20+|heißt\x20+(?:er|sie)\x20+)?
          (?:(?:als|unter)(?:\x20+dem\x20+Namen)?\x20+|(?<=ich\x20+|er\x20+|sie\x20+)(?=\p{{Ll}}))
        |\b[Mm]ein(?:e[nm]?)?\x20+{_PLATFORMS}[\x20\-](?i:kanal|name|profil|account|nick)\x20+
          (?:heißt|ist|lautet)\x20+)
       [„"“'‚»«]?(?P<v>[\p{{Ll}}\d][\w.]{{2,40}}(?<![.]))(?![\w@/\-])""",
    _FLAGS,
)
def _platform_user(match) -> bool:
    """Tell a user name after a platform.

    By its shape ("laufmaus_es", "neckarfuchs88") or, after "als", "heißt", an unknown word
    of one piece ("neckarqueen"; not "afk" without "als", not the compounds
    "privatverkäufer", "hobbyfotografin").
    """
    value = match.group("v")
    if _SHAPE.search(value) is not None:
        return True
    said = match.group()[: match.start("v") - match.start()].lower()
    if not any(cue in said for cue in (" als ", " unter ", "heiß", " ist ", "lautet")):
        return False
    return len(value) >= 5 and _made_up(value) and not lexicon().is_compound(value.capitalize())


# a messenger's name that is also a word ("Signal ID k12_ost der Ampel", "Element ID
# e3_button", "Matrix ID v2.3"): only with a colon or a verb before the user name
_WORD_MESSENGERS = frozenset(("signal", "wire", "matrix", "element", "steam"))


# what the user-name pattern leaves: Skype's own ids ("Skype ID: live:.cid.4f8a2b1c9d3e")
# and Discord's numeric user ids, 17 to 20 digits ("Discord-ID: 381726493817264938")
_OWN_IDS = regex.compile(
    r"""\b(?:(?i:skype)(?:[\x20\-]?(?i:id|name))?\x20*[:=]?\x20*(?P<v>live:\.?[\w.\-]{3,40}(?<![.\-]))
         |(?i:discord)(?:[\x20\-]?(?i:id|user[\x20\-]?id))?\x20*[:=]?\x20*(?P<v>\d{17,20})(?!\d))""",
    _FLAGS,
)


def _messenger_user_spans(text: str):
    lowered = text.lower()
    own = []
    if "live:" in lowered or "discord" in lowered:
        own = [match.span("v") for match in _OWN_IDS.finditer(text)]
    platform = [
        match.span("v") for match in _PLATFORM_USER.finditer(text) if _platform_user(match)
    ]
    return sorted(set(own).union(_messenger_name_spans(text), platform))


def _messenger_name_spans(text: str):
    for match in _MESSENGER_USER.finditer(text):
        value = match.group("v")
        if _SITE.search(value) is not None:
            continue
        if match.group("bare") and match.group("m").lower() in _WORD_MESSENGERS:
            continue
        if _SHAPE.search(value) is None and not (
            _PLAIN.fullmatch(value) is not None and _made_up(value)
        ):
            continue
        yield match.span("v")


# ---------------------------------------------------------------- one's own web site

# a domain without "www" and without a path, named as one's own site: "Meine Seite ist
# kuehn-hans.de", "schaut auf meine Website kuehn.online", "mein Blog: neckarperle.blog",
# "kuehn.online ist meine Homepage". With a path the URL rules of rules.py take it; a bare
# domain is read only beside "mein/unser … Seite/Website/Homepage/Blog/Shop …", so that a
# company's or a town's domain named in passing stays. Any two-letter country code in lower
# case and the new generic endings a person picks for a name.
_SITE_WORD = (
    r"(?i:(?:mein|meine|meiner|meinem|meinen|unser|unsere|unserer|unserem|unseren|my|our"
    # someone else's: "auf seiner Seite kostas-nachhilfe.de", "auf seinem Weinblog …"
    r"|(?P<third>sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|his|her|their))"
    r"\x20+(?:\p{L}+\x20+)?(?:web|home|internet|online|privat|familien|\p{L}{3,12}?)?"
    r"(?:seite|site|page|homepage|blog|domain|portfolio|podcast|shop|webshop|präsenz|auftritt)"
    r"\p{L}{0,3}"
    # "Ich blogge unter datenneckar.de", "bloggt privat auf …", "Sie bloggt auch unter …"
    r"|(?:blogge|bloggt|blogg|blogt)\x20+(?:(?:privat|auch|noch|selbst|übrigens|jetzt)\x20+){0,2}"
    r"(?:unter|auf|bei)"
    # a blog, a portfolio, one's private or "about me" page named before the host: "Blog
    # kurtsgarten.de", "portfolio unter timostertag.dev", "privat unter janapfaehler.de",
    # "Mehr über mich: hufbeschlag-mira.de" (not "Website:" alone: a firm's as often)
    r"|(?<![\p{L}\-])(?:blog|portfolio)(?:\x20+(?:unter|auf|bei))?(?=\x20*:?\x20+\p{L})"
    r"|privat\x20+(?:unter|auf)|(?:mehr\x20+)?über\x20+mich"
    # a site made for the writer: "Mein Enkel hat mir eine Seite gebaut: traudl-weinmann.de"
    r"|(?:hat|haben|hot)\x20+(?:mir|uns|ihm|ihr)\x20+(?:eine|ne|'ne|a)\x20+"
    r"(?:web|home|internet)?seite\x20+(?:gebaut|gemacht|erstellt|eingerichtet|programmiert))"
)
_SITE_TLD = (
    r"(?:(?-i:[a-z]{2})|(?i:com|net|org|info|biz|online|site|website|blog|shop|store|page|app|"
    r"dev|social|club|space|cloud|email|link|berlin|bayern|nrw|hamburg|koeln|family|name|me|"
    r"studio|design|art|photo|photography|digital|works|media|events|live|life|world|xyz|"
    r"io|tv|fm|eu|de|example))"
)
_HOST = (
    rf"(?<![\w.@\-/])(?!{PUBLIC_HOST})[A-Za-z0-9äöü][\w\-]{{1,62}}(?:\.[\w\-]{{1,63}}){{0,3}}"
    rf"""\.{_SITE_TLD}(?![\w\-@]|\.\w)(?:/[^\s<>"'\])}}]{{0,200}}(?<![.,;:!?]))?"""
)
# a platform's own domain alone is no one's site: "meine Seite bei wordpress.com"
_PLATFORM = (
    r"(?i:amazon|ebay|google|wikipedia|youtube|facebook|instagram|tiktok|twitter|x|linkedin|"
    r"xing|wordpress|blogspot|jimdo|wix|github|gitlab|etsy|gmx|web|t-online|paypal|spotify|"
    r"apple|mastodon|substack|medium)\.[a-z]{2,4}(?![\w\-/]|\.\w)"  # ("bei wordpress.com.")
)
_OWN_SITE = regex.compile(
    # (the site on the next line too: "Meine Website\nkuehn-hans.de")
    # (a verb and its colon between: "eine Seite gebaut: traudl-weinmann.de")
    rf"""{_SITE_WORD}[\x20\t]*[:\-–]?[\x20\t]*(?:\n[\x20\t]*)?(?:(?:\p{{L}}+|{_PLATFORM})[\x20\t]*:?[\x20\t]+){{0,4}}?(?!{_PLATFORM})(?P<v>{_HOST})
       |(?P<v>{_HOST})[\x20\t]*[:,\-–]?[\x20\t]*(?i:(?:das\x20)?(?:ist|wäre|war))\x20+{_SITE_WORD}""",
    _FLAGS,
)
_SITE_GATE = re.compile(r"[\w\-]\.[a-z]{2,8}\b(?!\.\w)", re.IGNORECASE)


_PUBLIC_HOST = regex.compile(PUBLIC_HOST, regex.VERSION1)


def _public_site(value: str) -> bool:
    """Tell a site of the town, an office or a company by its registrable domain.

    "beteiligung.esslingen.de" is the town's (its domain "esslingen.de"); "vvs.de" a public
    body's; "wetter.com" one word of the dictionary: a firm's, no one's own name.
    """
    labels = value.split("/", 1)[0].lower().split(".")
    if len(labels) < 2:
        return False
    if _PUBLIC_HOST.fullmatch(".".join(labels[-2:])) is not None:
        return True
    name = labels[-2]
    return _PUBLIC.fullmatch(name) is not None or (name.isalpha() and _plain_word(name))


def _own_site_spans(text: str):
    for match in _OWN_SITE.finditer(text):
        value = match.group("v")
        if _public_site(value) or PUBLIC_PLACE_RE.fullmatch(value.split(".", 1)[0].lower()):
            continue  # "esslingen.wordpress.com": the town's blog
        third = match.group("third")
        if third is not None and (_a_body_site(value) or (
            third[:1] == "I" and _MID_SENTENCE.search(text, 0, match.start("third"))
        )):
            continue  # "auf ihrer Seite vhs-esslingen.de", "auf Ihrer Webseite …": the city's
        yield match.span("v")


# a word before the possessive in its sentence: a capital "Ihrer" there addresses the reader
_MID_SENTENCE = regex.compile(r"\p{L}[^.!?\n]*\x20$", regex.VERSION1)


def _a_body_site(host: str) -> bool:
    """Tell the site of a club, a school, an office or a paper by its host's words.

    Someone else's site ("seine", "ihre Seite") may be a body's: "ihre" also stands for a
    club or an office ("Die VHS hat auf ihrer Seite vhs-esslingen.de …", "tsv-zell.de"),
    while "kostas-nachhilfe.de", "frida-tauscht.de" are a person's.
    """
    labels = host.split("/", 1)[0].lower().split(".")[:-1]
    parts = [p for p in regex.split(r"[\-_.]", ".".join(labels)) if p]
    return any(p in _BODY_TOKENS or p.startswith(_BODY_STEMS) or p.endswith(_BODY_ENDINGS)
               for p in parts)


# words of a body's host: "vhs-esslingen.de", "tsv-zell.de", "swe.de", "ev-kirche-…"
_BODY_TOKENS = frozenset(
    "vhs tsv sv fc tv vfb vfl hs swe ev kath evang drk asb awo nabu bund ig igm dgb spd cdu "
    "fdp afd gruene grüne linke esslingen stuttgart bw ludwigsburg waiblingen boeblingen "
    "böblingen zell berkheim mettingen".split()
)
_BODY_STEMS = ("stadt", "gemeinde", "landkreis", "kreis", "polizei", "feuerwehr", "schule",
               "gymnasium", "kita", "kirche", "verein", "tafel", "klinik", "bücherei",
               "buecherei", "bibliothek", "zeitung", "museum", "theater", "amt")
_BODY_ENDINGS = ("verein", "schule", "kirche", "zeitung", "amt", "werke", "bücherei",
                 "buecherei", "klinikum", "gymnasium", "kita", "tafel")


# ---------------------------------------------------------------- a handle beside its platform

# the platform named after the handle or the handle in brackets after it: "Grüße ben_hx
# (auf Twitter)", "lena.k_09 bei Insta", "auf instagram (luisa.schwoab)"; a Discord name with
# its four digits ("DerKleineTobi#4471") where the text names Discord. A handle's shape: a
# "_" or "." inside, or letters and two digits or more, so that plain words stay.
_PLATFORMS = (
    r"(?i:instagram|insta|ig|tiktok|twitter|x|discord|telegram|snapchat|snap|facebook|fb|"
    r"youtube|threads|mastodon|bluesky|twitch|reddit|pinterest|linkedin|xing|signal|skype)"
)
_HANDLE_SHAPE = (
    # (letters and digits and the marks between them apart, so that each character is read
    # one way only: "a_a_a_…" is no backtracking trap)
    r"(?=[\w.]*[A-Za-z])[A-Za-z0-9][^\W_]*(?:[_.]+[^\W_]+)+_*|(?=\w*[A-Za-z])[A-Za-z0-9]+_\w*"
    r"|[A-Za-z]+\d{2,}"
)
_HANDLE_BESIDE_PLATFORM = regex.compile(
    # (never a hashtag's words: "#esslingen2024 auf Instagram")
    rf"""(?<![\w.@/#])(?P<v>@?(?:{_HANDLE_SHAPE}))(?![\w@/]|\.\w)
         [\x20\t]*(?:[(\[][\x20\t]*(?:(?i:auf|bei|on|via|im|in)\x20+)?  # "ben_hx (Instagram)"
                   |(?i:auf|bei|on|via|im|in)\x20+){_PLATFORMS}(?!\p{{L}})
       |(?<![\p{{L}}]){_PLATFORMS}[\x20\t]*[(\[][\x20\t]*(?P<v>@?(?:{_HANDLE_SHAPE}))[\x20\t]*[)\]]""",
    _FLAGS,
)
_PUBLIC = regex.compile(PUBLIC_HANDLE, regex.VERSION1)  # "stadt_esslingen": an office's
_DISCORD_TAG = regex.compile(r"(?<![\w#])(?P<v>[\p{L}\d_.]{2,32}#\d{4})(?!\d)", regex.VERSION1)


_PLACE = PUBLIC_PLACE_RE
# a word and a number, one mark between at most: "Covid19", "Top40", "Folge_12", "iOS_17"
_WORD_AND_NUMBER = regex.compile(r"(?P<word>[A-Za-z]+)[_.]?\d+", regex.VERSION1)


def _known_word(word: str, compounds: bool = True) -> bool:
    """Tell a word of the dictionaries in any case ("covid", "fifa", "tourismus").

    A first name is no such word: "lena2004", "max_99" are handles.
    """
    words = lexicon()
    forms = {word, word.lower(), word[:1].upper() + word[1:].lower()}
    if len(word) <= 5:
        forms.add(word.upper())  # "FIFA", "ADAC"
    if any(form in words.first or words.is_first_name(form) for form in forms):
        return False
    return any(
        words.is_common_noun(form) or words.is_english(form) or words.is_lower_word(form)
        for form in forms
    ) or (
        compounds and len(word) >= 6 and words.is_compound(word[:1].upper() + word[1:].lower())
    )


def _plain_word(word: str) -> bool:
    """Tell one word of the dictionaries in any case ("wetter"), no first name, no compound."""
    return _known_word(word, compounds=False)


def _no_handle(value: str) -> bool:
    """Tell a thing's name or a public body's account in a handle's shape.

    A word and a number name a thing, a version or a year ("Covid19", "Top40", "Linie X10",
    "iOS_17", "Version2024"): a short letter part with a capital in it too ("X10", "iOS_17");
    words and a town of the region name its office, club or tourist board
    ("tourismus_esslingen", "Stadtjugendring.Esslingen").
    """
    bare = value.lstrip("@")
    if _PUBLIC.fullmatch(bare) is not None:
        return True
    match = _WORD_AND_NUMBER.fullmatch(bare)
    if match is not None:
        word = match.group("word")
        short = len(word) == 1 or (len(word) <= 3 and not word[1:].islower())  # "X10", "PS5"
        return short or _known_word(word)
    parts = [part for part in regex.split(r"[_.]+", bare) if part]
    return (
        len(parts) >= 2
        and any(_PLACE.fullmatch(part) for part in parts)
        and all(_PLACE.fullmatch(part) or (part.isalpha() and _known_word(part)) for part in parts)
    )


def _handle_beside_platform_spans(text: str):
    for match in _HANDLE_BESIDE_PLATFORM.finditer(text):
        value = match.group("v")
        if _SITE.search(value) is None and not _no_handle(value):
            yield match.span("v")
    if "discord" in text.lower():
        yield from (match.span("v") for match in _DISCORD_TAG.finditer(text))


EARLY_CONTACT_RULES = [
    _Rule(
        "URL",
        None,
        needs=("insta", "tiktok", "twitter", "discord", "telegram", "snap", "facebook",
               "youtube", "threads", "mastodon", "bluesky", "twitch", "reddit", "pinterest",
               "linkedin", "xing", "signal", "skype"),
        needs_words=frozenset(("X", "x", "IG", "ig", "Ig", "FB", "fb", "Fb")),
        gate=re.compile(r"\w[_.]\w|[A-Za-z]\d\d|#\d{4}"),
        gate_on_raw=True,
        finder=lambda text: sorted(set(_handle_beside_platform_spans(text))),
        name="url-handle-beside-platform",
        trusted=True,
    ),
    _Rule(
        "URL",
        None,
        needs=("seite", "site", "page", "blog", "domain", "portfolio", "podcast", "shop",
               "präsenz", "auftritt", "privat", "über mich"),  # ("blog" in "blogge")
        gate=_SITE_GATE,
        gate_on_raw=True,
        finder=_own_site_spans,
        name="url-own-site",
        trusted=True,
    ),
    _Rule(
        "EMAIL",
        None,
        needs=("@", "(at)", "[at]"),
        finder=_spaced_email_spans,
        name="email-spaced",
        trusted=True,
    ),
    _Rule(
        "EMAIL",
        None,
        # a domain's ending or a mail provider in the text (found per word, cheaply) …
        needs=(".de", ".com", ".net", ".org", ".eu", ".info", ".at", ".ch", ".io", ".me",
               "punkt", "dot", *_PROVIDERS.replace("|web", "").split("|")),
        # … and a mailbox's last piece before "bei"/"at"/"auf" or an at sign
        gate=Branches(re.compile(  # each branch alone (patterns.py)
            r"[._][\w\-]+(?:\x20+(?:bei|at|ät|auf)\x20|@|\x20?[(\[]at[)\]])"
            r"|\d\d(?:\x20+(?:bei|at|ät|auf)\x20|@|\x20?[(\[]at[)\]])")),
        finder=_loose_email_spans,
        name="email-loose",
        trusted=True,
    ),
    _Rule(
        "TELEFON",
        None,
        needs=("tel", "ruf", "handy", "mobil", "fax", "erreichbar", "anrufen", "nummer", "meld",
               "whatsapp", "whatapp", "sms", "signal"),
        needs_digit=True,
        gate=Branches(_LETTER_BY_DIGIT),
        gate_on_raw=True,
        finder=_letter_phone_spans,
        name="telefon-letters-for-digits",
        trusted=True,
    ),
    _Rule(
        "URL",
        None,
        needs=("skype", "signal", "threema", "wire", "steam", "icq", "jabber", "xmpp",
               "telegram", "discord", "viber", "snapchat", "kakaotalk", "weixin",
               "wechat", "kik", "matrix", "element", "psn", "xbox", "playstation", "nintendo",
               "battle.net", "whatsapp-name", "twitch", "reddit", "roblox", "minecraft",
               "fortnite", "kleinanzeigen", "ebay", "strava", "komoot", "duolingo",
               "soundcloud", "jodel", "tellonym", "bereal", "tiktok", "insta", "youtube",
               "pinterest", "vinted", "spotify", "twitter", "threads", "bluesky", "mastodon"),
        finder=_messenger_user_spans,
        name="url-messenger-user",
        trusted=True,
    ),
]

# after the IBANs: the first rule of kind ID marks where the loose number formats run
# (rules.py, _with_loose_rules)
USER_NAME_RULES = [
    # an account's user name is an identifier of the person at an office's portal: [ID]
    _Rule(
        "ID",
        None,
        needs=("benutzer", "nutzer", "user", "login", "log-in", "account", "kennung",
               "kontoname", "nick", "gamertag", "handle", "anwender", "reporter", "ersteller",
               "erstellt", "autor", "author", "created", "submitted", "assignee", "zugewiesen"),
        gate=re.compile(
            r"\w[_.]\w|[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]"
            r"|(?i:user|login|name|kennung|account|anwender|anwenderin|reporter|reporterin|"
            r"ersteller|erstellerin|von|autor|autorin|author|by|assignee|an)"
            r"(?:\x20*[:=]|\x20+(?:ist|lautet|war)\x20)"
        ),
        gate_on_raw=True,
        finder=_user_name_spans,
        name="id-user-name-after-cue",
        trusted=True,
    ),
]
