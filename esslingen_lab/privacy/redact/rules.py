"""The redaction rules, in the order they run.

E-mail, URL, IBAN, file numbers, dates, phone numbers, addresses, licence plates, then names.
"""

from __future__ import annotations

import re
from dataclasses import replace

import regex

from esslingen_lab.privacy.redact.address_after import ADDRESS_AFTER_RULES, AGAIN_AFTER_LEARNED
from esslingen_lab.privacy.redact.birth_cues import BIRTH_AFTER_NAME_RULES, CUE_FIRST_BIRTH_RULES
from esslingen_lab.privacy.redact.birth_dates import (
    BIRTH_DATE_RULES,
    DATE_BESIDE_TAG_RULES,
    SECOND_BIRTH_DATE_RULES,
)
from esslingen_lab.privacy.redact.birth_phrases import BIRTH_PHRASE_RULES
from esslingen_lab.privacy.redact.chat_speakers import CHAT_SPEAKER_RULES, FORUM_AUTHOR_RULES
from esslingen_lab.privacy.redact.contacts_loose import EARLY_CONTACT_RULES, USER_NAME_RULES
from esslingen_lab.privacy.redact.description_clauses import HEALTH_DESCRIPTION_RULES
from esslingen_lab.privacy.redact.descriptions import DESCRIPTION_RULES
from esslingen_lab.privacy.redact.email_words import EMAIL_WORD_RULES
from esslingen_lab.privacy.redact.health import HEALTH_AFTER_NAMES_RULES, HEALTH_RULES
from esslingen_lab.privacy.redact.house_words import HOUSE_WORD_RULES
from esslingen_lab.privacy.redact.iban import SPOKEN_IBAN_RULES, iban_spans, loose_iban_spans
from esslingen_lab.privacy.redact.ids import (
    ACCOUNT_RULES,
    ID_AFTER_WORDS_RULES,
    ID_CUE_RULES,
    ID_LIST_RULES,
    UNCUED_ID_RULES,
)
from esslingen_lab.privacy.redact.learned_steps import (
    ADDRESS_LEARNED_RULE,
    DESCRIPTION_RULE,
    HEALTH_CONTINUED_RULE,
    HEALTH_LEARNED_RULE,
    LEARNED_RULE,
    NICKNAME_LEARNED_RULE,
)
from esslingen_lab.privacy.redact.loose import LOOSE_RULES
from esslingen_lab.privacy.redact.lost_abilities import LOST_ABILITY_RULES
from esslingen_lab.privacy.redact.mentions import MENTION_RULES
from esslingen_lab.privacy.redact.name_rules import NAME_RULES
from esslingen_lab.privacy.redact.name_tails import NAME_TAIL_RULES
from esslingen_lab.privacy.redact.own_hosts import OWN_HOST_RULES
from esslingen_lab.privacy.redact.patterns import (
    _AT,
    _DAY_MONTH,
    _DOT,
    _EMAIL_TLD,
    _HOUSE_NUMBER,
    _I,
    _UP,
    _X,
    _Rule,
    _rule,
)
from esslingen_lab.privacy.redact.personal_sites import HANDLE_SHAPE_RULES, PERSONAL_SITE_RULES
from esslingen_lab.privacy.redact.phone_words import PHONE_CONTINUED_RULE
from esslingen_lab.privacy.redact.plates_loose import LOOSE_PLATE_RULES, SWISS_PLATE_RULES
from esslingen_lab.privacy.redact.public_web import (
    LONG_PUBLIC_HANDLE,
    PUBLIC_HANDLE_HYPHENS,
    PUBLIC_HOST,
)
from esslingen_lab.privacy.redact.table_cells import TABLE_RULES
from esslingen_lab.privacy.redact.vocabulary import (
    _STREET_SUFFIX,
    _STREET_SUFFIX_WORD,
    _UNITS,
)

# Case-insensitive only where letters are compared: a pattern-wide IGNORECASE made the
# scan over every word about three times slower.
_AT_ANY_CASE = f"(?i:{_AT})"
_DOT_ANY_CASE = f"(?i:{_DOT})"
_TLD_ANY_CASE = f"(?i:{_EMAIL_TLD})"

# a month's name before a birth year: "geb. im März 1985"
_MONTH = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)"
)

# an office's mailbox at a town's own domain is no person's address: "buergeramt@esslingen.de",
# "noreply@esslingen.de", "info(at)stuttgart.de" (at any other domain it is redacted)
_ROLE_MAILBOX = (
    r"(?!(?i:info|kontakt|contact|service|support|noreply|no-reply|no_reply|donotreply|post|"
    r"poststelle|presse|press|office|webmaster|sekretariat|zentrale|verwaltung|rathaus|"
    r"[a-zäöü]*(?:amt|aemter|ämter|stelle|buero|büro|referat|foerderung|förderung|verwaltung|"
    r"beratung|beauftragte|dezernat|abteilung|strategie|beteiligung|digital|digitalisierung))"
    rf"(?:@|[(\[{{<](?i:at)[)\]}}>]|\s+(?i:at)\s+){PUBLIC_HOST})"
)

# A later digit group of a phone number that starts the NEXT number of a list is left to its own
# match: an area code "0.." after a spaced dash or slash ("0711 987654 – 0152 …", "3512-2490 -
# 0711 …"), or "0152 998877" right after a full subscriber number ("0711 987654 0152 998877").
_NEXT_NUMBER = (
    r"(?!(?<=[ \t\u00a0][\-/–—·‑_][ \t\u00a0]?|[\-/–—·‑_][ \t\u00a0])0\d\d)"
    r"(?!(?<=\d{5}[ \t\u00a0])0\d{2,4}[ \t\u00a0]\d{3})"
)

# the end of a host before a path: any two-letter country code in lower case ("hofladen.it/",
# "petition.es/") or a generic one, also the new ones a small shop or club picks ("hofladen.shop/",
# "verein.berlin/") and the reserved "example" of invented addresses ("kranich.example/blog")
_WEB_TLD = (
    r"(?:(?-i:[a-z]{2})|(?i:com|net|org|info|biz|social|app|dev|page|site|online|shop|store|blog|"
    r"berlin|hamburg|koeln|bayern|nrw|ruhr|swiss|club|team|space|website|cloud|link|email|gmbh|"
    r"example))"
)

# country calling codes (ITU-T E.164, every assigned code but "1" and "7", which the phone
# rule reads apart): a number after "+" or "00" and one of them is a phone number abroad,
# longest codes first
_COUNTRY_CODES = "|".join((
    "211", "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227",
    "228", "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240",
    "241", "242", "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253",
    "254", "255", "256", "257", "258", "260", "261", "262", "263", "264", "265", "266", "267",
    "268", "269", "290", "291", "297", "298", "299", "350", "351", "352", "353", "354", "355",
    "356", "357", "358", "359", "370", "371", "372", "373", "374", "375", "376", "377", "378",
    "379", "380", "381", "382", "383", "385", "386", "387", "389", "420", "421", "423", "500",
    "501", "502", "503", "504", "505", "506", "507", "508", "509", "590", "591", "592", "593",
    "594", "595", "596", "597", "598", "599", "670", "672", "673", "674", "675", "676", "677",
    "678", "679", "680", "681", "682", "683", "685", "686", "687", "688", "689", "690", "691",
    "692", "850", "852", "853", "855", "856", "880", "886", "960", "961", "962", "963", "964",
    "965", "966", "967", "968", "970", "971", "972", "973", "974", "975", "976", "977", "992",
    "993", "994", "995", "996", "998", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
    "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57",
    "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92",
    "93", "94", "95", "98",
))  # fmt: skip

_RULES: list[_Rule] = [
    *EARLY_CONTACT_RULES,  # "m a x . m u s t e r @ g m x . d e", "Tel: 07II 3512249O"
    *EMAIL_WORD_RULES,  # "anna punkt schmid bei gmx.de", "kranich at t-online" (email_words.py)
    *SWISS_PLATE_RULES,  # "der Porsche mit ZH 12345" (before the file numbers)
    # ---- a fediverse handle is one piece: "@ben@chaos.social" (not "@" + an e-mail address)
    _rule(
        "URL",
        r"(?<![\w.@])@[\w.\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}",
        needs=("@",),
        gate=re.compile(r"@[\w.\-]+@"),
        name="url-fediverse",
    ),
    # ---- e-mail, also obfuscated ("anna.weber at web dot de", "name(at)gmx.de")
    # spelled out: "max punkt muster at gmx punkt de", "kai minus ludwig (at) posteo (punkt) net"
    _rule(
        "EMAIL",
        rf"""(?<![\w.+\-])[\w\-]{{1,30}}(?:\s+(?i:punkt|dot|minus|unterstrich|underscore)\s+
             [\w\-.]{{1,30}}){{1,3}}{_AT_ANY_CASE}[\w\-]{{1,63}}+(?:{_DOT_ANY_CASE}[\w\-]{{1,63}}+){{0,3}}
             {_DOT_ANY_CASE}{_TLD_ANY_CASE}\b""",
        needs=("punkt", "dot", "minus", "unterstrich", "underscore"),  # the gate's words
        gate=re.compile(
            r"(?:punkt|dot|minus|unterstrich|underscore)\s+[\w\-.]{1,30}\s*[(\[{<]?\s*(?:at|ät)\b"
        ),
        flags=_X,
        name="email-spelled",
    ),
    _rule(
        "EMAIL",
        rf"""(?<![\w.+\-]){_ROLE_MAILBOX}[\w.+\-]{{1,64}}+{_AT_ANY_CASE}[\w\-]{{1,63}}+
             (?:{_DOT_ANY_CASE}[\w\-]{{1,63}}+){{0,3}}{_DOT_ANY_CASE}{_TLD_ANY_CASE}\b""",
        needs=("@", " at ", "(at", "[at", "{at", "<at", " ät ", "(ät", "[ät", "\tat "),
        flags=_X,
    ),
    _rule(
        "EMAIL",
        rf"""(?<![\w.+\-]){_ROLE_MAILBOX}[\w.+\-]{{1,64}}@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,4}}""",
        needs=("@",),
        flags=_X,
    ),
    # ---- URLs and social-media profiles / handles
    _rule(
        "URL",
        rf"""(?:\b(?:https?|ftp)://|\b(?=www\.))(?!{PUBLIC_HOST})[^\s<>"'\])}}]{{1,2000}}(?<![.,;:!?])""",
        needs=("http", "www.", "ftp"),
        flags=_X | _I,
    ),
    _rule(
        "URL",
        rf"""(?<![\w\-.])(?!{PUBLIC_HOST})[\w\-]{{1,63}}+(?:\.[\w\-]{{1,63}}+){{1,4}}+
             (?<=\.{_WEB_TLD})
             /[^\s<>"'\])}}]{{1,2000}}(?<![.,;:!?])""",
        needs=("/",),
        gate=re.compile(r"\.[a-z]{2,8}/"),
        flags=_X | _I,
    ),
    # handles; a single capitalised word ("@Stadtverwaltung") addresses an institution; a
    # hyphen inside a domain handle belongs to it ("@lea-bkn.bsky.social", not "[URL]-bkn…")
    _rule(
        "URL",
        rf"(?<![\w.@])@(?![A-ZÄÖÜ][a-zäöüß]+\b(?![_.]\w))(?!{PUBLIC_HANDLE_HYPHENS})"
        r"[\p{L}0-9_](?:[\p{L}0-9_.]|-(?=[\p{L}0-9])){2,99}(?<!\.)\b"
        + LONG_PUBLIC_HANDLE,  # to 100: a domain handle may be long ("@hannelore-…-es.bsky.social")
        needs=("@",),
    ),
    # a user name after a platform's name: "Insta: neckarperle_es", "TikTok heiße ich lena.09"
    _rule(
        "URL",
        r"""\b(?i:instagram|insta|tiktok|twitter|discord|telegram|snapchat|snap|facebook|fb|ig|
             youtube|threads|mastodon|bluesky|twitch|reddit|pinterest|linkedin|xing)\b
             (?:[\x20\t]*[:\-–][\x20\t]*|[\x20\t]+)(?:\p{Ll}+[\x20\t]+){0,3}?
             (?P<v>(?=[\w.#]*[A-Za-z])[A-Za-z0-9][\w]*(?:[_.#][\w]+)+|
             (?=[\w]*[A-Za-z])[A-Za-z0-9]+_[\w]*|[A-Za-z]+\d{2,})(?![\w@])""",
        needs=(
            "insta", "tiktok", "twitter", "discord", "telegram", "snap", "facebook",
            "youtube", "threads", "mastodon", "bluesky", "twitch", "reddit", "pinterest",
            "linkedin", "xing", "fb:", "ig:", "fb-", "ig-", "fb–", "ig–",
        ),
        # "fb"/"ig" as words only: as substrings they sit in most texts ("wenig", "richtig")
        needs_words=("fb", "ig", "Fb", "Ig", "FB", "IG"),
        flags=_X,
        name="url-platform-user",
    ),
    # a bare host: "zeynepcizart.carrd.co", "Theo Kästle, kaestle-weine.de" (personal_sites.py)
    *PERSONAL_SITE_RULES,
    # a Reddit user: "u/EsslingerBua", "/u/neckar_kind" (a capital, digit or "_" inside)
    _rule(
        "URL",
        r"(?<![\w/.])/?u/(?=[\w\-]*[A-Z\d_])[\w\-]{3,20}(?![\w/])",
        needs=("u/",),
        name="url-reddit-user",
    ),
    # ---- IBAN (DE89 3704 0044 0532 0130 00 and other countries)
    # typed apart ("D E 8 9 3 7 …") or with letters for digits ("DE89 37O4 OO44 …"): iban.py
    *SPOKEN_IBAN_RULES,  # "meine IBAN ist DE vier eins sechs …" (iban.py)
    _Rule(
        "IBAN",
        None,
        needs_digit=True,
        # "\d[OoIl]|[OIl]\d|\d(?<=[A-Za-z] [A-Za-z] \d) ?\d|…" with one class first: the engine
        # skips in C to a digit, "O", "I" or "l", not trying four branches at every character
        # (three times faster; the same texts pass)
        gate=re.compile(
            r"[\dOIl](?:(?<=\d)[OoIl]|(?<=[OIl])\d"
            r"|(?<=[A-Za-z] [A-Za-z] \d) ?\d|(?<=[A-Za-z] [A-Za-z]  \d) ?\d"
            # both check digits scanned as letters: "DEOl 6115 …", "DE Ol 6115", "deol 6115"
            r"|(?<=[A-Za-z]{2}[OoIl])[OoIl][\x20\-.]?\d|(?<=[A-Za-z]{2}[\x20\-.][OoIl])[OoIl][\x20\-.]?\d)"
        ),
        gate_on_raw=True,
        finder=loose_iban_spans,
        name="iban-loose",
        trusted=True,
    ),
    _Rule(
        "IBAN",
        None,
        needs_digit=True,
        # "[a-z]{2}[\x20\-.]?\d{2}[\x20\-.]{0,2}[0-9a-z]{2}", digit first (see the street gate);
        # two characters after the check digits: "DE 2161 1500 …" groups them with the bank code
        gate=regex.compile(r"\d(?<=[a-z]{2}[\x20\-.]?\d)\d[\x20\-.]{0,2}[0-9a-z]{2}"),
        finder=iban_spans,
        trusted=True,
    ),
    # the plain printed form of any length ("DE12 3456 7890 1234 5678 90123"), also with a
    # check digit lost ("DE0 2600 5010 1000 1337 7701")
    _rule(
        "IBAN",
        r"""\b(?:[A-Z]{2}|[Dd][Ee]|[Aa][Tt]|[Cc][Hh])(?:\d{2}[ ]?|\d[ ](?=(?:[0-9A-Z]{4}[ ]){3}))
             (?:[0-9A-Z]{4}[ ]?){2,7}
             [0-9A-Z]{1,4}\b""",
        needs_digit=True,
        gate=r"\d{2}\x20?\d{4}",
        flags=_X,
    ),
    *USER_NAME_RULES,  # "mein Login ist pkranich" → [ID] (contacts_loose.py)
    *HANDLE_SHAPE_RULES,  # "gaby_b_1955", "Neckarpirat1974" (personal_sites.py)
    *ID_CUE_RULES,  # a number after its cue word; a letter's or a payment's reference
    # any "…-ID" before its number: "Kunden-ID 44018", "Schüler-ID: 44018", "SpielerID 7781"
    _rule(
        "ID",
        r"(?<![\p{L}\-])\p{L}{3,}(?:-(?:ID|Id|id)|(?<=\p{Ll})ID)(?![\p{L}\-])"
        # between name and number: a colon, "ist", "lautet:", a bracket or a quote, "Nr."
        r"[\x20\t]*(?:[:#=\-–][\x20\t]*)?(?:(?:ist|lautet|war)[\x20\t]*:?[\x20\t]+(?:die[\x20\t]+)?)?"
        r"[(\[{„“\"']?[\x20\t]*(?:(?i:nr)\.?[\x20\t]*)?"
        r"(?P<v>"
        # digits read out in blocks ("12 34 56"): three blocks or more, or two not before a
        # capitalised word, a number or a percent sign ("2024 30 Minuten"); no two years
        r"(?!(?:19|20)\d\d[\x20\t]+(?:19|20)\d\d(?!\d))"
        r"(?:\d{2,6}(?:[\x20\t]{1,2}\d{1,8}){2,7}(?![\d\-]|[.,]\d)"
        r"|\d{2,6}[\x20\t]{1,2}\d{2,8}(?![\d\-]|[\x20\t]+[\p{Lu}\d]|[.,]\d|[\x20\t]*%))"
        # one run of digits, letters, - and /: three digits at least, no year alone ("ist
        # 2024 eingeführt"), no "2FA", no share ("100 %")
        r"|(?!(?:19|20)\d\d(?![\p{L}\d\-/])|\d[\p{L}\-])(?=(?:[\p{L}\-/]*\d){3})"
        r"[\p{L}\d][\p{L}\d\-/]{2,}(?![\p{L}\d\-])(?![\x20\t]*%))"
        # a number in brackets closes them: "(0711) 123456" is a phone number
        r"(?![)\]}][\x20\t]*\d)",
        needs_digit=True,
        needs=("-id", "id:", "id "),
        gate=r"\p{L}(?:-I[Dd]|-id|ID)\b",
        gate_on_raw=True,
        name="id-compound",
    ),
    # a few words between cue and number: "kundennr von der stadtkasse 40-118-772"
    *ID_AFTER_WORDS_RULES,
    *ACCOUNT_RULES,
    *UNCUED_ID_RULES,  # a tax id in its grouping, "Pass, C9HT27L04, …" (ids.py)
    *ID_LIST_RULES,  # "Aktenzeichen [ID], B98-765-432", "Kundennr. [ID] / 5678 / 9012"
    # ---- birth dates (only after/before a birth cue, so appointment dates survive)
    # in phrases: "kam 1961 zur Welt", "am dritten März 58 geboren", "Mai 1966 geboren"
    *BIRTH_PHRASE_RULES,
    _rule(
        "DATUM",
        rf"""(?:\bgeb(?:\.|\b(?=\s*:?\s*\d))|\bgebor(?:en|e|a|n)\b(?:\s+(?:am|im|den|in\s+\p{{Lu}}\p{{L}}+\s+am))?|
               \bGeburtsdatum(?:\s+\p{{L}}+){{0,3}}?\s*:|\bGeburtsdatum|\bGeb\.?[\x20\-]?Datum|
               \bGeb\.?[\x20\-]?Jahr|\bGeburtsjahr|\bGeburtstag(?:\s+(?:ist|am|war))?|
               \bJahrgang|\bJg\.|(?<!\w)\*|
               # in English, of a person: "I was born in 1991", "birth year 1991"
               \b(?:I\s+was|I'm|I\s+am|(?:he|she)\s+was|we\s+were|(?:my|our)\s+\w+\s+was)
                 \s+born(?:\s+in)?|\bbirth\s?year|\byear\s+of\s+birth|
               # "Geboren bin ich 1952", "geboren wurde meine Mutter im Jahr 1940"
               \bgeboren\s+(?:bin|ist|wurde|war|sind|wurden)\s+
                 (?:ich|er|sie|wir|(?:mein|unser|sein|ihr)\p{{L}}*\s+\p{{L}}+)\s+(?:im\s+Jahre?\s+)?)
             \s*+[:,]?\s*+(?:(?:der|den|am|im|ist|war)\s+)?(?:Jahre?\s+)?
             (?P<v>{_DAY_MONTH}|(?:19|20)\d{{2}}\b|
               # "geb. '44", "Jg. ’58" (not after a list's star: "* '22 war …")
               (?<!\*\s{{0,3}})['’]\d{{2}}\b|
               # a month and year: "geb. 03/1985", "geb. im März 1985", "März '61"
               (?:\d{{1,2}}[./]\s?|{_MONTH}\.?\s+)(?:(?:19|20)\d{{2}}|'\d{{2}})\b|
               # a day without its year, not after a list's star: "geboren am 9.1."
               (?<!\*\s{{0,3}})\d{{1,2}}\.\s?\d{{1,2}}\.(?!\s?\d))
             # a cohort of a group is no birth year: "Jahrgang 2024 der Azubis"
             (?!\s+(?:der|des)\s+(?-i:\p{{Lu}}))""",
        needs_digit=True,
        needs=("geb", "jahrgang", "jg.", "*", "born", "birth"),
        flags=_X | _I,
    ),
    # a person's sex and birth year in brackets, as in forms and notes: "ich (m, 1964)",
    # "Kundin (w/1958)", "(m, 1964; w, 1958)"; an age stays ("(w, 58)")
    _rule(
        "DATUM",
        r"""(?:\(|(?<=\(\s{0,2}(?:m|w|d)\s{0,2}[,/]\s{0,2}(?:19|20)\d{2}\s{0,2});)\s{0,2}
             (?:m|w|d|männlich|weiblich|divers)\s{0,2}[,/;]\s{0,2}
             (?P<v>(?:19|20)\d{2})(?=\s{0,2}[,;)])""",
        needs_digit=True,
        needs=("(",), gate=r"[,/;]\s{0,2}(?:19|20)\d{2}", gate_on_raw=True,  # in each match
        flags=_X | _I,
        name="datum-sex-and-year",
    ),
    _rule(
        "DATUM",
        rf"""# an idea or a project "born" in a year is no one's birth: "Die Idee wurde 2019
             # geboren", "Das Stadtteilprojekt ist 1987 geboren worden" (review P17)
             (?<!(?:idee|projekt|\bplan|konzept|gedanke|initiative|verein|fest|festival|tradition
                 |bewegung|vorhaben|vorschlag|aktion|programm|format|netzwerk|kooperation)
                 \s+(?:ist|wurde|war|sind|wurden|waren)\s+(?:(?:schon|bereits|erst|im\s+jahre?)\s+)?)
             (?P<v>{_DAY_MONTH}|\b(?<![\d./])(?:19|20)\d{{2}}\b|\b(?:neunzehnhundert|zweitausend)\p{{L}}+
               # two digits after "bin", "wurde" …: "Bin 67 geboren" (not "Haus 67 geboren")
               # (not after "sind": "Von den Befragten sind 40 in Esslingen geboren")
               |(?<=\b(?:bin|bist|wurde|wurd|ist|isch)\s+)['’]?\d{{2}}\b(?![.,:/\-]?\d))
             # "1985 und 1987 geboren": the first of two years is a birth year too
             (?=\s+(?:(?:und|oder|bzw\.|&|/)\s+(?:19|20)\d{{2}}\s+)?(?:in\s+\p{{Lu}}\p{{L}}+(?:\s\p{{Lu}}\p{{L}}+)?\s+)?
             (?:geb(?:oren(?:e[nmrs]?)?|orn|ohren|ohrn|oran|ore|ora)\b
                |(?-i:geb)\.(?!\w)(?!\s*\d)))  # "(Frau, 1966 geb., …)", not "Geb. 3"
             """,
        needs=("gebor", "gebohr", "geb."),
        flags=_X | _I,
    ),
    # "Geburtsdatum falsch eingetragen, 07/11/1983", "born 11/04/1991", "kam am … zur Welt"
    _rule(
        "DATUM",
        rf"""(?:\b(?:Geburtsdat(?:ums?|en)|Geburtstag|Geb\.?-?Datum)\b[^.!?\n\d\[]{{0,60}}?
               # not a form's or a law's date: "…, Version vom 12.02.2024", "seit dem …"
               (?<!\b(?:vom|seit|ab|bis|zum)\s|\bseit\s+dem\s|\bbis\s+zum\s)
             |\bborn(?:\s+(?:on|in))?\s+)(?P<v>{_DAY_MONTH})
           |(?P<v>(?:{_DAY_MONTH}|\d{{1,2}}\.\d{{1,2}}\.)(?:\s+um\s+\d{{1,2}}[:.]\d{{2}}(?:\s+Uhr)?)?)
            (?=\s+zur\s+Welt\b)
           # "Bin seit 1.1.1990 auf der Welt"
           |(?<=\bseit\s+(?:dem\s+)?)(?P<v>{_DAY_MONTH})(?=\s+auf\s+(?:der|dieser)\s+Welt\b)""",
        needs_digit=True,
        needs=("geburts", "geb.", "born", "zur welt", "auf der welt", "auf dieser welt"),
        flags=_X | _I,
        name="datum-birth-in-sentence",
    ),
    # one's own year with "-er" before the word for it: "bin 2004er Jahrgang", "Ich, 1980er
    # Jahrgang, …" (not a wine's or a bus's: "Der 2019er Jahrgang des Weins", "Der Bus ist
    # 2008er Baujahr")
    _rule(
        "DATUM",
        r"(?<=\b(?i:bin|bist|als)\x20+(?:(?i:ein|eine|ne|n|a)\x20+)?|\b(?i:ich),\x20*)"
        r"(?P<v>(?:19|20)\d{2}er\x20+(?i:jahrgang|baujahr))\b",
        needs_digit=True,
        needs=("er jahrgang", "er baujahr"),
        flags=_I,
        name="datum-year-er-cohort",
    ),
    *CUE_FIRST_BIRTH_RULES,  # "Gebore bin i 1939", "bin Baujahr 58" (birth_cues.py)
    # in English forms and exports: "DOB: 1987/11/02", "\"dob\": \"2001-11-09\"", "date of
    # birth 02/11/1987", "birthday 1987-11-02"; a JSON key: "dateOfBirth", "birth_date",
    # "geburtsdatum": "1987-03-12", an XML element "<dateOfBirth>1987-03-12"
    _rule(
        "DATUM",
        rf"""\b(?:dob|d\.o\.b\.?|date[\s_]?of[\s_]?birth|birth[\s_]?date|birthday|
               geburts_?datum)\b
             # a key's colon or equals sign, an XML element's ">" right after its name (not
             # a query's "birth_date > 1990-01-01")
             ["'”]?(?:>|\s*+[:=]?)\s*+["'“]?\s*+(?:(?:is|was|on)\s+)?
             # or written without separators: "19870312", "12031987"
             (?P<v>{_DAY_MONTH}
               |(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b
               |(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{{2}}\b)""",
        needs_digit=True,
        needs=("dob", "d.o.b", "date of birth", "dateofbirth", "date_of_birth", "birthdate",
               "birth date", "birth_date", "birthday", "geburtsdatum", "geburts_datum"),
        flags=_X | _I,
        name="datum-birth-english",
    ),
    # a second date set against a birth date: "[DATUM] statt 07/11/1988"
    _rule(
        "DATUM",
        rf"""(?<=\[DATUM\]\s{{1,2}}(?:statt|anstatt|anstelle\s+von|nicht|sondern|bzw\.|oder)\s{{1,2}})
             (?P<v>{_DAY_MONTH})""",
        needs_digit=True,
        needs=("[datum]",),
        flags=_X | _I,
        name="datum-birth-corrected",
    ),
    # "Tochter Leonie (2. 11. 2009)"; "… das Geburtsdatum. Ich hab 17.01.1963 eingegeben"
    *BIRTH_DATE_RULES,
    # another full date beside a birth date: "[DATUM], im Bürgerkonto steht aber 08.12.1971"
    *SECOND_BIRTH_DATE_RULES,
    # ---- phone numbers
    _rule(
        "TELEFON",
        r"""(?<![\w+.,])
             # a colon only before a plus ("TEL;TYPE=CELL:+49 176 …", "Telefon 2:+49 …"; not
             # "12:0049", "Seriennummer:00491234567"); a bracket before it: "(+40) 742 …"
             (?!(?<=:)\(?00)(?:\(\x20?(?=[+0]))?(?:\+|00)\s?
             # two numbers with a thousands' dot or clock times in the run are figures or a
             # timetable: "+250 1.200 3.400 Einwohner", "(+30) 7.35 8.05 8.35"
             (?!(?:[\d\x20\-/()]|\.(?=\d)){0,40}?(?<![\d.])\d{1,3}[.:]\d{2,3}(?![\d.])
                (?:[\d\x20\-/()]|\.(?=\d)){0,40}?(?<![\d.])\d{1,3}[.:]\d{2,3}(?![\d.]))
             # seven digits at least after the country's code ("+40 742 318 905", "(+40) 742
             # …"), ten after "1" or "7" ("+1 2025/2026 wäre besser" agrees, "12.00 14.00" is a
             # timetable)
             (?:(?:1|7)\)?[\s\-/.–—]{0,3}(?=(?:[\s\-/.–—()]{0,3}\d){10})
               |(?:"""
        + _COUNTRY_CODES
        + r""")\)?[\s\-/.–—]{0,3}(?=(?:[\s\-/.–—()]{0,3}\d){7}))
             (?:\(0\)[\s\-/–—]{0,3})?\(?\d{1,5}\)?(?:[\s\-/.–—]{0,3}"""
             + _NEXT_NUMBER
             + r"""\d{1,8}){1,6}+\b
             # numbers before a unit of time, money or people count something ("Wartezeit: +30
             # 45 60 90 120 Minuten"); not "mal", "Tage" ("+49 711 318905 mal anrufen")
             (?!\s*+(?i:minuten|min|sekunden|sek|stunden|std|prozent|%|euro|eur|€|cent|km|
                meter|m|punkte|einwohner|befragte|stimmen|kcal|höhenmeter)(?!\p{L}))""",
        needs_digit=True,
        needs=("+", "00"),
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?<![\w.,/])\(\s?0[\d ]{1,6}\d\s?\)[\s\-/]{0,3}\d{1,8}(?:[\s\-/]{0,3}\d{1,8}){0,5}\b""",
        needs_digit=True,
        needs=("(",),
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?<![\w.,/:])(?<![A-Z]{2}-)(?<!\d\d-)0\d{2,5}
             (?:[ \t\u00a0]?[\-/–—·‑_][ \t\u00a0]?|[ \t\u00a0]{1,2}|\.|&nbsp;)?
             (?:\d{2,}|\d(?=[ \t\u00a0]\d))  # "0176-2 99 48 17 0"
             # later groups: also after a dot when the first one had one ("0711.12.34.56")
             (?:(?:[ \t\u00a0]?[\-/–—·‑_][ \t\u00a0]?|[ \t\u00a0]|&nbsp;|(?<=0\d{2,5}(?:\.\d+)+)\.)
                """
        + _NEXT_NUMBER
        + r"""\d{1,8}){0,5}
             (?!\w|[,.]\d)""",
        needs_digit=True,
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?:\bTel(?:efon)?\b\.?|\bTelefonnummer|\bRufnummer|\bHandy(?:nummer)?|
             \bMobil(?:nummer|funk)?|\bFax|\berreichbar\s+unter|\banrufen\s+unter|
             \bunter\s+der\s+Nummer|\bmeine\s+Nummer(?:\s+ist)?|\bNummer\s+ist|\bTel\.?-?Nr\.?
             # "Rückruf unter": six digits or more and no unit after ("unter 2 - 3 Wochen")
             |\bRückruf\w*(?:\s+\p{Ll}+){0,2}?\s+unter(?=\s*[:.]?\s*\+?(?:\d[\x20\-/()]{0,3}){5}\d)
              (?!\s*[:.]?\s*\+?[\d\x20\-/()]++"""
        + _UNITS
        + r"""(?!\p{L})))
             \s*[:.]?\s*(?P<v>\+?\d[\d \-/()]{3,20}\d)\b""",
        needs_digit=True,
        needs=("tel", "ruf", "handy", "mobil", "fax", "erreichbar", "anrufen", "nummer"),
        flags=_X | _I,
    ),
    # an extension after a number already replaced: "[TELEFON] Durchwahl 17"
    _rule(
        "TELEFON",
        r"(?<=\[TELEFON\],?\s{1,2})(?P<v>(?:Durchwahl|Durchw\.|DW|Apparat|App\.)\s*:?\s*\d{1,5})\b",
        needs=("durchw", "dw", "app"),
        needs_digit=True,
        name="telefon-extension",
    ),
    # an extension alone after its cue: "Durchwahl 2291", "App. 417" (not 110, 112, 115, 116…)
    _rule(
        "TELEFON",
        r"""(?<=\b(?i:Durchwahl|Durchw\.|Apparat|App\.|Nebenstelle)\x20?[:\-]?\x20?)
             (?P<v>(?!11[0-9]\b)\d{2,5})(?![\d.,:]|\x20?(?i:uhr|min|euro|€|%))""",
        needs=("durchw", "apparat", "app.", "nebenstelle"),
        needs_digit=True,
        flags=_X,
        name="telefon-extension-alone",
    ),
    # ---- addresses: street with house number, postcode with place
    _rule(
        "ADRESSE",
        rf"""\b(?:Am|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Im|In\s+der|In\s+den|Hinter\s+der|
             Hinter\s+dem|Unter\s+den|Zum|Zur|Vor\s+dem|Ob\s+dem|Unterm|Untere|Obere|Alte|Neue)
             \s+(?!\p{{L}}+(?i:straße|strasse|str\.?|gasse|weg|allee)\s)
             (?={_UP})[\p{{L}}\-]*?(?i:{_STREET_SUFFIX})\s{{1,2}}{_HOUSE_NUMBER}""",
        needs_digit=True,
        needs=(
            "am ",
            "an d",
            "auf d",
            "im ",
            "in d",
            "hinter",
            "unter",
            "zum ",
            "zur ",
            "vor dem",
            "ob dem",
            "obere",
            "alte ",
            "neue ",
        ),
        flags=_X,
    ),
    _rule(
        "ADRESSE",
        # (a road's class and number is no address: "Bundesstraße 10", "Landesstraße 1150")
        rf"""(?!(?:Bundes|Landes|Kreis|Staats)stra(?:ß|ss)e\x20)
             (?:\b{_UP}[\p{{L}}\-]*+(?<=\p{{L}}\p{{L}}(?i:{_STREET_SUFFIX_WORD}))\.?|
             (?!(?:Die|Der|Das|Den|Dem|Des|Eine|Einer|In|Im|Am|An|Auf|Zur|Zum|Jede|Keine)\b)
             # a name in two words, a suffix in lower case, as dictation splits them: "Ober Tor
             # Straße 3", "Uhland straße 12", "Plochinger Gass 5"
             \b{_UP}[\p{{L}}\-]*(?:\x20{_UP}\p{{Ll}}+)?[\x20\-](?:Straße|Strasse|Str\.|Str(?=\x20\d)|
             Weg|Platz|Allee|Ring|Markt|Gasse|Gass|Steige|Steig|Damm|Ufer|Tor|Chaussee|Promenade|
             Graben|Berg|Hof|Staffel|Gässle|Anlage|Stäffele|Weiler|Park|
             (?:straße|strasse|gasse|gass)(?=\x20\d)))
             [^\S\n]{{0,2}}{_HOUSE_NUMBER}""",
        needs_digit=True,
        # (gates written digit first, the rest in a look-behind: the same yes or no, but
        # the search jumps from digit to digit instead of looking behind at every character)
        gate=rf"\d(?<={_STREET_SUFFIX}\.?[^\S\n]{{0,2}}\d)",
        flags=_X,
    ),
    _rule(
        "ADRESSE",
        rf"""(?<![\d.,/€$])(?:D-\s?)?\b\d{{5}}\s+(?!(?:Euro|EUR|Einwohner|Menschen|Bürger|Leute|
             Mitarbeiter|Stück|Anträge|Fälle|Besucher|Unterschriften|Haushalte|Nutzer|Zugriffe|
             Klicks|Seiten|Personen|Kunden|Teilnehmer|Stimmen|Mal|Jahre|Kilometer|Meter|Tonnen|
             Liter|Exemplare|Wohnungen|Arbeitsplätze|Beschäftigte|Studierende|Schüler|Kinder|
             Fahrgäste|Autos|Fahrzeuge|Menschen|Mitglieder|Follower|Downloads|Aufrufe)\p{{L}}*\b)
             {_UP}[\p{{L}}\-]{{1,40}}(?:\s(?:am|an\s+der|a\.\s?N\.|a\.d\.|ob\s+der|im|bei|in)
             \s{_UP}[\p{{L}}\-]{{1,40}})?""",
        needs_digit=True,
        gate=r"\d{5}\s",
        flags=_X,
    ),
    _rule("ADRESSE", r"\bPostfach\s+(?P<v>\d[\d ]{1,12}\d)", needs=("postfach",), flags=_I),
    *ADDRESS_AFTER_RULES,
    *HOUSE_WORD_RULES,  # "Ebershaldenstraße fünfzehn", "Hauptstr. zwölf a"
    # ---- licence plates (ES-AB 123, S-XY 123E, WN K 42)
    # plates typed apart after a car word: "Fahrzeug E S - M K  2 0 0 3", "Autos: es-nk 310"
    *LOOSE_PLATE_RULES,
    _rule(
        "KFZ",
        r"""(?<![\w\-])(?!(?:SGB|BGB|StGB|GG|HGB|ZPO|OZG|AO|EU|ISO|DIN|PC|IT|VwVfG)\b)
             # separators also as typed on phones: "WN‑NK‑3100", "ES·UV·88", "NT ⋅ GH ⋅ 512";
             # the number never starts with 0 ("MAC-ID 00:1A:…" is no plate)
             [A-ZÄÖÜ]{1,3}(?:[ ]?[\-–‑·⋅•][ ]?|[ ])(?!I{1,3}\b|IV\b|V\b|VI{1,3}\b|IX\b|X\b)
             [A-ZÄÖÜ]{1,2}(?:[ ]?[\-‑·⋅•][ ]?|[ ])?[1-9]\d{0,3}(?:[EH]\b|[ ][EH](?![\w\-])|\b)""",
        needs_digit=True,
        gate=r"\d(?<=[A-ZÄÖÜ](?:[\x20\-‑·⋅•]|\x20[\-‑·⋅•]\x20)?\d)",  # digit first (see above)
        gate_on_raw=True,
        flags=_X,
    ),
    _rule(
        "KFZ",
        r"""\b(?:Kennzeichen|Kfz-Kennzeichen|Nummernschild|Autokennzeichen)\s*[:]?\s*
             (?:(?:ist|lautet|war|mit)\s+)?(?P<v>[A-Za-zÄÖÜäöü]{1,3}\s?[\-–\s]\s?[A-Za-z]{1,2}
             [\s\-]?\d{1,4}[EHeh]?)\b""",
        needs_digit=True,
        needs=("kennzeichen", "nummernschild"),
        flags=_X,
    ),
    *NAME_RULES,  # after cues, in sign-offs, without a cue; households (name_rules.py)
    PHONE_CONTINUED_RULE,  # "Tel. [TELEFON], dann Durchwahl vier-null-sieben"
]


def _with_loose_rules(rules: list[_Rule]) -> list[_Rule]:
    """Loose number formats before the first file-number rule; descriptions, health, names.

    A health detail runs before the names ("Mein Vater Ömer hat Parkinson" is one tag).
    """
    first_id = next(i for i, rule in enumerate(rules) if rule.kind == "ID")
    first_name = next(i for i, rule in enumerate(rules) if rule.kind == "NAME")
    return (
        rules[:first_id]
        + LOOSE_RULES
        + rules[first_id:first_name]
        + DESCRIPTION_RULES
        + HEALTH_RULES
        + LOST_ABILITY_RULES  # "my mother can't walk anymore", "annem yürüyemiyor"
        + HEALTH_DESCRIPTION_RULES  # "Die Kollegin aus dem Bürgeramt, die [GESUNDHEIT]"
        + rules[first_name:]
        + BIRTH_AFTER_NAME_RULES  # "• Amira El-Sayed (2016)" (birth_cues.py)
        + DATE_BESIDE_TAG_RULES  # "[NAME], [ADRESSE], 03.01.1970" (birth_dates.py)
        + HEALTH_AFTER_NAMES_RULES
        + OWN_HOST_RULES  # "[NAME] … veröffentlicht auf ruoff-misst.de" (own_hosts.py)
    )


def _named(rules: list[_Rule]) -> list[_Rule]:
    """Give each unnamed rule a name: its kind and number within the kind (``name-3``)."""
    seen: dict[str, int] = {}
    out = []
    for rule in rules:
        seen[rule.kind] = seen.get(rule.kind, 0) + 1
        out.append(replace(rule, name=rule.name or f"{rule.kind.lower()}-{seen[rule.kind]}"))
    return out


# a pasted table's cells under "Vorname", "Geb.", "Kennzeichen" and a pasted chat's
# senders first, on the text as pasted (a name rule reads a tab as a space and would join
# cells; a date rule would take a message's time stamp); named, so no other rule's number
# changes
_RULES = (TABLE_RULES + CHAT_SPEAKER_RULES + FORUM_AUTHOR_RULES + MENTION_RULES
          + _named(_with_loose_rules(_RULES))
          # last, the learned steps (learned_steps.py): names no cue found ("lg jonas")
          + [LEARNED_RULE]
          # the rest of a name the learned rule found: "ana-maría pfisterer hat angerufen"
          + [replace(rule, name=f"{rule.name}-after-learned") for rule in NAME_TAIL_RULES]
          # then the learned judges of descriptions, health words, what goes on from a health
          # tag, and homes; the address rules read the homes' tags once more
          + [DESCRIPTION_RULE, HEALTH_LEARNED_RULE, HEALTH_CONTINUED_RULE, ADDRESS_LEARNED_RULE,
             *AGAIN_AFTER_LEARNED]
          # last, the words in a person's slot every rule left ("der Bolle vom Jugendhaus")
          + [NICKNAME_LEARNED_RULE])
