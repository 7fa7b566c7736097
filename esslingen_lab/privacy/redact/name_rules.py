"""The rules for names, in order: after cues, in greetings and sign-offs, without a cue.

:mod:`.rules` runs them after the contact, number, address and plate rules (and the
descriptions and health details, see ``_with_loose_rules`` there).
"""

from __future__ import annotations

import re
from dataclasses import replace

import regex

from esslingen_lab.privacy.redact.article_names import ARTICLE_NAME_RULES
from esslingen_lab.privacy.redact.casing import capital_name_spans
from esslingen_lab.privacy.redact.cueless import worth_a_look
from esslingen_lab.privacy.redact.families import COUPLE_RULES, FAMILY_RULES, MAIDEN_NAME_RULES
from esslingen_lab.privacy.redact.initials import INITIALS_RULES
from esslingen_lab.privacy.redact.inverted_names import INVERTED_NAME_RULES
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.list_initials import LIST_INITIAL_RULES
from esslingen_lab.privacy.redact.lower_pairs import LOWER_PAIR_RULES
from esslingen_lab.privacy.redact.lower_slots import (
    LOWER_INITIAL_GATE,
    LOWER_INITIAL_SIGNS_GATE,
    LOWER_INTRO_GATE,
    LOWER_INTRO_NEEDS,
    LOWER_LAST_WORD_GATE,
    LOWER_SLOT_GATE,
    LOWER_SLOT_WORDS,
    lower_initial_name_spans,
    lower_initial_signature_spans,
    lower_intro_spans,
    lower_last_word_spans,
    lower_slot_name_spans,
    name_on_the_door_spans,
)
from esslingen_lab.privacy.redact.name_checks import checked_cueless_spans
from esslingen_lab.privacy.redact.name_contexts import NAME_CONTEXT_RULES
from esslingen_lab.privacy.redact.name_lists import LIST_NEEDS, listed_people_spans
from esslingen_lab.privacy.redact.name_tails import NAME_TAIL_RULES
from esslingen_lab.privacy.redact.names import (
    _first_name_spans,
)
from esslingen_lab.privacy.redact.naming import (
    BRACKETED_NICKNAME_GATE,
    NAMING_NEEDS,
    bracketed_nickname_spans,
    naming_spans,
)
from esslingen_lab.privacy.redact.nickname_frames import NICKNAME_FRAME_RULES
from esslingen_lab.privacy.redact.nicknames import (
    APPOSITION_RULES,
    possessive_pet_name_spans,
    short_form_before_full_name,
)
from esslingen_lab.privacy.redact.particle_surnames import (
    RANKED_GATE,
    RANKED_NEEDS,
    VOM_GATE,
    VOM_NEEDS,
    ranked_name_spans,
    vom_name_spans,
)
from esslingen_lab.privacy.redact.patterns import (
    _FIRST_NAME,
    _INITIAL,
    _LOWER_NAME,
    _NAME_TOKEN,
    _NAME_WORD,
    _PARTICLE,
    _PARTICLE2,
    _UP,
    _X,
    _Rule,
    _rule,
)
from esslingen_lab.privacy.redact.people_slots import PEOPLE_SLOT_RULES
from esslingen_lab.privacy.redact.split_names import SPLIT_NAME_RULES
from esslingen_lab.privacy.redact.spoken_names import (
    _ascii_echo_spans,
    _first_name_after_spoken_article,
    _full_name_after_spoken_article,
    _has_first_name,
    _has_foreign_letter,
    _lower_surname_after_article,
    _may_hold_spoken_name,
    _nickname_spans,
    _particle_name_after_salutation,
)
from esslingen_lab.privacy.redact.subjects import SUBJECT_GATE, subject_name_spans
from esslingen_lab.privacy.redact.title_names import bare_title_name_spans
from esslingen_lab.privacy.redact.vietnamese_names import VIETNAMESE_NAME_RULES
from esslingen_lab.privacy.redact.vocabulary import (
    _GREETING,
    _ROLE,
    NOT_NAMES,
)

# a short word in capitals after a shouted name is no part of it: "FR. ZIMMERMANN AM 12.03."
# nor is the title of the next person: "Herr Müller Frau Meier" is two names
_SHOUTED_SMALL_WORD = (
    r"(?:AM|IM|UM|AN|IN|AB|BIS|BEI|VOM|VON|ZUM|ZUR|UND|ODER|MIT|WEGEN|HAT|IST|WAR|WIRD"
    r"|(?i:herrn?|frau|hr|fr)(?=[\s.]))(?!\p{L})"
)

_ROLE_ABBREVIATION_LIST = "OB OBM EBM BM GF StR StD OStR MdL MdB MdEP RA Bgm".split()
_ROLE_ABBREVIATIONS = frozenset(_ROLE_ABBREVIATION_LIST)
# nouns that follow a role abbreviation as a compound written apart ("OB Wahl", "GF Büro")
_AFTER_ROLE_NOT_NAME = (
    r"(?:Wahl|Kandidat|Sprechstunde|Büro|Referent|Sitzung|Amt|Stelle|Team|Vorlage|Bereich|"
    r"Posten|Stellvertret|Assistenz|Bürgerbüro)\w*\b"
)

# "\b(?:[dD]ie|[dD]er|…)": the first letter first (with "\b" as a look-behind), so that
# the search skips to the next "d" or "D"
_LOWER_SURNAME_GATE = re.compile(
    r"[dD](?<!\w[dD])(?:ie|er|en|em|r) +[a-zäöüß]{3,} +"
    r"(?:vom|von der|aus der|aus dem|im|am|beim) "
)
_ROLE_ABBREVIATION_GATE = regex.compile(
    rf"(?<![\w\-])(?:{'|'.join(_ROLE_ABBREVIATION_LIST)})\.?\x20+\p{{Lu}}"
)
_AFTER_ROLE_ABBREVIATION = regex.compile(
    rf"""(?<![\w\-])(?:{'|'.join(_ROLE_ABBREVIATION_LIST)})\.?\x20+(?!{_AFTER_ROLE_NOT_NAME})
         (?P<v>{_NAME_TOKEN}(?:\x20+{_NAME_TOKEN})?)""",
    _X | regex.VERSION1,
)


def _after_role_abbreviation(text: str):
    """Yield the surname after "OB", "BM", "GF" … ("OB Zieger"; the role stays).

    A listed non-name or a noun in an inflected form ends the name ("BM Wahlen").
    """
    lex = lexicon()
    for match in _AFTER_ROLE_ABBREVIATION.finditer(text):
        words = match.group("v").split()
        keep = []
        for word in words:
            lemma = lex.german.get(word)
            inflected = lemma is not None and lemma != word and not lex.is_any_name(word)
            if word in NOT_NAMES or inflected:
                break
            keep.append(word)
        if keep:
            start = match.start("v")
            yield start, start + len(" ".join(keep))


NAME_RULES: list[_Rule] = [
    *COUPLE_RULES,  # "Gruß R. u. M. Teufel" whole, before a greeting takes "R." (families.py)
    *LIST_INITIAL_RULES,  # "WÖRNER, S. und KOWALCZYK, P.", "Gez. TH. BAUR" (list_initials.py)
    *VIETNAMESE_NAME_RULES,  # "Nguyễn Thị Mai" whole (vietnamese_names.py)
    # "Valentin Graf von Ostheim" whole, before a title rule takes what follows the rank
    _Rule("NAME", None, needs=RANKED_NEEDS, gate=RANKED_GATE, finder=ranked_name_spans,
          name="name-ranked", trusted=True),
    # "Friedrich vom Stein", "Reinhild vom Hofe" (particle_surnames.py)
    _Rule("NAME", None, needs=VOM_NEEDS, gate=VOM_GATE, finder=vom_name_spans,
          name="name-vom-family", trusted=True),
    # ---- names after cues
    *SPLIT_NAME_RULES,  # a name cut after its cue: "Herr Mül-ler", "Mein Name: P3tra …"
    # a name's spelling without its letters elsewhere in the answer: "Kovačević" … "Kovacevic"
    _Rule(
        "NAME",
        None,
        # a letter beyond ASCII and the German umlauts ("č", "ı", "é"): most answers hold none
        admit=lambda features: not features.text.isascii() and _has_foreign_letter(
            features.text),
        finder=lambda text: _ascii_echo_spans(text),
        name="name-ascii-echo",
        trusted=True,
    ),
    # a letter's salutation: what follows "Sehr geehrter Herr" is a name, also after "vom"
    # or "von der" ("Sehr geehrter Herr vom Hofe", "Sehr geehrte Frau von der Au")
    _Rule(
        "NAME",
        None,
        needs=("geehrte", "liebe"),
        gate=re.compile(r"(?:herrn?|frau)\s+(?:(?:dr|prof)\.\s*)*(?:vom|von|zum|zur|zu|van|ten|ter)\s"),
        finder=lambda text: _particle_name_after_salutation(text),
        name="name-salutation-particle",
        trusted=True,  # the particle belongs to the name here: "vom Hofe"
    ),
    # Herr/Frau/Familie (+ optional role and titles) + name: "Frau Oberbürgermeisterin Lindner"
    _rule(
        "NAME",
        rf"""(?:\b(?:Herrn?|Frau|Familie|Fam\.|Freifrau|Freiherrn?)\s+
                |(?<![\w\-–/]|[\-–/]\x20)(?:Hr|Fr)\.\s*  # "Fr.Krämer": no space after the dot
                |(?<![\w\-–/.])Hr\x20+(?=\p{{Lu}}\p{{Ll}}))  # "Hr Kächele" ("Fr" alone is Friday)
             (?:{_ROLE}\s+)?
             (?:(?:Dr|Prof|Dipl\.-Ing|Dipl|Ing|med|rer\.\s?nat|jur|phil|h\.\s?c|Mag)\.\s*){{0,3}}
             (?:[(„"“‚'»«]|\[(?![A-Z][A-Z\-]*\]))?  # "Frau (Krämer)", "Frau „Krämer“"
             (?P<v>(?:{_INITIAL}\s*)?{_NAME_TOKEN}
                 (?:\s+(?!{_SHOUTED_SMALL_WORD}){_NAME_TOKEN}){{0,2}})""",
        needs=("herr", "frau", "hr.", "fr.", "famili", "fam."),
        needs_words=("Hr",),
        flags=_X,
    ),
    # the name on a door: "im Dachgeschoss, Klingel Schneider", "Briefkasten: Yılmaz", "c/o Berg"
    _Rule(
        "NAME",
        None,
        needs=("klingel", "briefkasten", "türschild", "namensschild", "c/o"),
        finder=name_on_the_door_spans,
        name="name-on-the-door",
    ),
    # titles alone: "Dr. Schneider", "Prof. Dr. Weißenberger"
    _rule(
        "NAME",
        rf"""(?<!\w)(?:Dr|Prof|Dipl\.-Ing)\.\s*(?:(?:Dr|med|rer\.\s?nat|jur|phil|dent)\.\s*){{0,2}}
             (?P<v>(?:{_INITIAL}\s*)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})""",
        needs=("dr.", "prof.", "dipl"),
        flags=_X,
    ),
    # the same without the period: "Dr Gottlob-Vogel" (not the Swabian article "Dr Bus")
    _Rule(
        "NAME",
        None,
        needs_words=frozenset(("Dr", "Prof")),
        finder=bare_title_name_spans,
        name="name-after-bare-title",
        trusted=True,
    ),
    # a role abbreviation before a surname: "OB Zieger", "BM Rottweiler"; the role stays
    _Rule(
        "NAME",
        None,
        needs_words=_ROLE_ABBREVIATIONS,
        gate=_ROLE_ABBREVIATION_GATE,
        gate_on_raw=True,
        finder=lambda text: _after_role_abbreviation(text),
        name="name-after-role-abbreviation",
        trusted=True,
    ),
    # typed in lower case: "bei frau weber", "herr nguyen hat" (a second title opens the
    # next name: "die frau von der ausländerbehörde frau schneider")
    _rule(
        "NAME",
        rf"""(?:\b(?:herrn?|frau|familie)\s+|(?<![\p{{L}}.])(?:hr|fr|frl)\.\s*)
             (?P<v>(?:{_PARTICLE}\s+(?:{_PARTICLE2}\s+)?)?{_LOWER_NAME}
                (?:\s+(?!(?:herrn?|frau|familie)\b){_LOWER_NAME})?|
             (?:{_PARTICLE}\s+(?:{_PARTICLE2}\s+)?)?{_NAME_WORD})""",
        needs=("herr", "frau", "famili", "hr.", "fr."),
        flags=_X,
    ),
    # a first name after the spoken article: "d'gudrun vom empfang", "dr hansi"
    _Rule(
        "NAME",
        None,
        needs=("d'", "d’", "s'", "s’", "die ", "der ", "den ", "dem ", "dr ", "beim ", "vom ",
               "zum "),
        admit=lambda features: _may_hold_spoken_name(features),
        finder=lambda text: _first_name_after_spoken_article(text),
        name="name-after-spoken-article",
        trusted=True,
    ),
    # lower case in a person's slot: "meine tochter lea-marie", "gruß jule", "klingel özkan"
    _Rule(
        "NAME",
        None,
        needs_words=LOWER_SLOT_WORDS,
        gate=LOWER_SLOT_GATE,
        gate_on_raw=True,
        finder=lower_slot_name_spans,
        name="name-lower-slot",
        trusted=True,
    ),
    # a lower-case first name with an initial: "der schüler, tim h., war fertig"
    _Rule("NAME", None, gate=LOWER_INITIAL_GATE, gate_on_raw=True,
          finder=lower_initial_name_spans, name="name-lower-with-initial", trusted=True),
    _Rule("NAME", None, gate=LOWER_INITIAL_SIGNS_GATE, gate_on_raw=True,
          finder=lower_initial_signature_spans, name="name-lower-initial-signs", trusted=True),
    _Rule("NAME", None, needs=LOWER_INTRO_NEEDS, gate=LOWER_INTRO_GATE, gate_on_raw=True,
          finder=lower_intro_spans, name="name-lower-intro", trusted=True),
    _Rule("NAME", None, gate=LOWER_LAST_WORD_GATE, gate_on_raw=True,
          finder=lower_last_word_spans, name="name-lower-last-word", trusted=True),
    *LOWER_PAIR_RULES,  # "der mitarbeiter (thomas feucht)", "ben-luca" (lower_pairs.py)
    # a pet name after a possessive: "unser Timbo", "unser Träible", "mei Lisbethle"
    _Rule(
        "NAME",
        None,
        needs=("unser", "mei "),
        finder=possessive_pet_name_spans,
        name="name-possessive-pet",
        trusted=True,
    ),
    # a surname in lower case after the spoken article, at a desk: "die rapp am telefon"
    _Rule(
        "NAME",
        None,
        needs=("die ", "der ", "den ", "dem ", "dr "),
        gate=_LOWER_SURNAME_GATE,
        gate_on_raw=True,
        finder=lambda text: _lower_surname_after_article(text),
        name="name-lower-surname-after-article",
        trusted=True,
    ),
    # a full name after the Swabian article: "d'Erna Bäuerle hot mir gholfa"
    _Rule(
        "NAME",
        None,
        needs=("d'", "d’", "s'", "s’"),
        finder=lambda text: _full_name_after_spoken_article(text),
        name="name-full-after-spoken-article",
        trusted=True,
    ),
    # a short form before its full first name: "der gute Bene (Benedikt)"
    _Rule(
        "NAME",
        None,
        needs=("(",),
        # "\w \(|\w\(" from its bracket: the search skips to a "(" in C instead of trying
        # both branches at every character (the same texts pass)
        gate=re.compile(r"\((?:(?<=\w\()|(?<=\w \())"),
        finder=short_form_before_full_name,
        name="name-short-form",
        trusted=True,
    ),
    # strong cues: the next words are a name, in any case
    _rule(
        "NAME",
        rf"""(?:\b[Ii][Cc][Hh]\s+[Hh][Ee][Ii](?:ß|ss|s|SS|S)[Ee]|
             \b[Ii]ch\s[^.!?\n]{{1,60}}?\bund\s+hei(?:ß|ss)e(?=\s)|  # "ich bin … und heiße"
             \b[Mm]ein\s+(?:[Nn]ame|[Nn]achname|[Vv]orname)\s+(?:ist|lautet|:)|
             # "Name im Pass:", "Name laut Ausweis:", "Name auf dem Bescheid:"
             (?<![\w\-])(?:Vor-?\s*und\s+Nach)?[Nn]ame(?:\s+(?:im|laut|lt\.|gem\.|auf\s+dem|
             in\s+der|wie\s+im)\s+(?:\p{{Lu}}\p{{Ll}}*)?(?:[Pp]ass|[Aa]usweis|[Bb]escheid|[Vv]ertrag|
             [Uu]rkunde|[Tt]itel|[Ss]chein|[Rr]egister))?\s*:|\b[Nn]achname\s*:|\b[Vv]orname\s*:|
             \b(?:Ad[ıi]|Soyad[ıi]|Ad\s+[Ss]oyad[ıi]?|[İI]sim)\s*:|  # Turkish form labels
             \b[Mm]y\s+name\s+is|\b[Cc]all\s+me(?!\s+(?i:back|later|again|anytime|any\s+time|
             tomorrow|today|now|please|pls|asap|on|at|if|when|under|via|maybe|soon)\b))
             # the name ends at the line's end ("Name: Gerlinde Trautwein\nGeburtsdatum: …")
             \s*:?\s*(?P<v>(?:{_INITIAL}\s*)?{_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN}){{0,2}}|
             {_LOWER_NAME}(?:[^\S\n]+{_LOWER_NAME}){{0,2}})""",
        needs=("ich hei", "und hei", "name", "call me", "adı", "adi", "soyad", "isim"),
        flags=_X,
    ),
    # cues followed by a capitalised name: "Kontaktperson: Lukas Brenner", "namens Weber"
    _rule(
        "NAME",
        rf"""(?:\b(?:Ansprechpartner(?:in)?|Kontakt(?:person)?|Unterschrift|Absender(?:in)?|
             Verfasser(?:in)?)\s*:|\bnamens|\bmit\s+Namen)
             # a title is no initial: "Kontakt: Hr. Riedlinger"
             \s*(?:(?:Hr|Hrn|Fr|Herrn?|Frau|Dr|Prof)\.?\s+)*+
             (?P<v>(?:{_INITIAL}\s*)?{_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN}){{0,2}})""",
        needs=("ansprech", "kontakt", "unterschrift", "absender", "verfasser", "namen"),
        flags=_X,
    ),
    # weak cues: only with a known first name ("ich bin die Elif", "hier schreibt der Frieder")
    _rule(
        "NAME",
        rf"""(?:\b[Ii]ch\s+bin\s+(?:die|der|d')?|\b[Hh]ier\s+(?:ist|schreibt|spricht)\s+
             (?:die|der|d')?|\bI\s+am|\bI'm|\b[Ww]ir\s+sind|\b[Mm]eine?\s+(?:Frau|Mann|Sohn|
             Tochter|Mutter|Vater|Oma|Opa|Nachbarin|Nachbar|Kollegin|Kollege|Freundin|Freund|
             Schwester|Bruder|Enkelin|Enkel|Kind|Partnerin|Partner|Schwiegermutter|Schwiegervater)
             ,?)\s+(?P<v>{_FIRST_NAME}(?:\s+{_NAME_TOKEN}){{0,2}})(?![\p{{L}}\-])""",
        needs_first_name=True,
        flags=_X,
    ),
    _rule(
        "NAME",
        rf"""\b[Ii]ch,\s+(?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}),""",
        needs=("ich,",),
        flags=_X,
    ),
    # greetings and signatures: "Viele Grüße, Anna Weber", "LG Tim", "gez. Weber"
    _rule(
        "NAME",
        rf"""(?:^|(?<=[\s,.;:!?(]))(?:{_GREETING})(?:\s+(?:aus|vom|von\s+der|von)\s+{_UP}[\p{{L}}\-]+
             (?![\p{{L}}\-])
             # with an article only before a break: "Grüße aus der Pliensauvorstadt, Gabi" (not
             # "aus der Orthodoxen Kirche Hl. Nikolaus")
             |\s+aus\s+(?:der|dem|den)\s+{_UP}[\p{{L}}\-]+(?![\p{{L}}\-])
             (?=[\x20\t]*[,:;–]))?
             [\x20\t]*[,:;!\-–]?\s*
             (?:(?:Ihre?|Eure?|Euer|Deine?|Familie|Fam\.|von)\s+
             # in lower case before one word closing the line: "Liebe Grüße, eure Gabi"
             |(?:ihre?|eure?|euer|deine?)\s+(?={_UP}[\p{{L}}\-]*[\x20\t]*(?:$|[\n.!,;)]|\p{{So}})))?
             # a second greeting starts its own match ("Danke! Gruß Baschdi", "Danke!\nViele
             # Grüße\nKübler"): no name starts with one
             (?!(?:{_GREETING}|Familie|Fam|Herrn?|Frau|Hr|Fr)(?![\p{{L}}]))
             (?P<v>(?:{_INITIAL}[^\S\n]*|{_NAME_TOKEN}[^\S\n]*){{1,3}})
             # not an initial without its period ("i. A. R. Wiedmann" is no "R"); a slash
             # ends a pasted line ("i. A. R. Wiedmann / Schriftführerin"), "+" and "&" join
             # two people ("GRUSS H.+S. MÜLLER"); an emoji may close it ("Melli 🙂"; the
             # farewells are in not_names.txt); "Gruß, dr Ümit" is nickname_frames.py's
             (?!(?<=(?<![\p{{L}}\d])\p{{Lu}})\.)
             (?=\s*$|\s*[,.;:!?)\n+&]|\s+\p{{Ll}}|\s+\(|\s+und\s|\s+/\s|\s+\p{{So}})""",
        needs=(
            "grü",
            "gruß",
            "gruss",
            "gruess",
            "regards",
            "cheers",
            "servus",
            "ciao",
            "tschü",
            "dank",
            "gez",
            "i.a.",
            "i. a.",
            "i.v.",
            "i. v.",
        ),
        needs_words=(
            "MfG",
            "mfg",
            "Mfg",
            "LG",
            "lg",
            "Lg",
            "VG",
            "vg",
            "Vg",
            "Ihr",
            "Ihre",
            "Eure",
            "Euer",
            "Dein",
            "Deine",
        ),
        flags=_X,
    ),
    # a signature typed in lower case at the end: "danke gruß a. frank", "lg m. özdemir"
    replace(_rule(
        "NAME",
        r"""(?<![\p{L}])(?:gruß|grüße|gruss|grüsse|gruesse|lg|vg|mfg)[\x20\t]*[,:\-–]?[\x20\t]*
             (?P<v>\p{Ll}\.[\x20\t]?\p{Ll}[\p{Ll}\-]{2,})[\x20\t]*[.!]?[\x20\t]*$""",
        needs=("gru", "grü", "lg", "vg", "mfg"),
        gate=r"(?:gru|grü|lg|vg|mfg)\S*[\x20\t]*[,:\-–]?[\x20\t]*\p{Ll}\.",
        flags=_X | regex.MULTILINE,
        name="name-lower-signature",
    ), trusted=True),  # the initial and the word after it are the name
    # a nickname: "von allen nur „Brenni“ genannt", "Spitzname: Schnecke" is no name
    _Rule(
        "NAME",
        None,
        needs=("genannt", "spitzname", "alias", "sagen", "sagt", "nennen", "nennt", "rufen",
               "ruft", "von allen"),
        finder=lambda text: _nickname_spans(text),
        name="name-nickname",
        trusted=True,
    ),
    # a lone word in capitals in a person's place: "MÜLLER vom Ordnungsamt", "an HÄFELE"
    _Rule(
        "NAME",
        None,
        gate=regex.compile(r"\p{Lu}{4}"),
        gate_on_raw=True,
        finder=capital_name_spans,
        name="name-in-capitals",
        trusted=True,
    ),
    # a known first name, alone or followed by a surname ("Anna Weber", "für Emre")
    _Rule(
        "NAME",
        None,
        admit=lambda features: _has_first_name(features),
        finder=lambda text: _first_name_spans(text),
    ),
    # names without a cue: gazetteer, German word list and context
    _Rule(
        "NAME",
        None,
        finder=checked_cueless_spans,
        name="name-without-cue",
        trusted=True,
        admit=worth_a_look,
    ),
    # a form's or a list's order: "Patient: Grüninger, Emil", "1. Schwarzkopf, Birgit"
    *INVERTED_NAME_RULES,
    # surnames in a list of people: "Schäfer, Wagner und ich", "die Kolleginnen Specht und Fink"
    _Rule("NAME", None, needs=LIST_NEEDS, finder=listed_people_spans, name="name-list",
          trusted=True),
    # a name opening a sentence before where the person is from and a verb: "Kiki aus … hat"
    _Rule("NAME", None, gate=SUBJECT_GATE, finder=subject_name_spans, name="name-subject",
          # the gate's words, in any case: a set look-up before the pattern
          needs_words=frozenset(w for w in ("aus", "vom", "von", "beim")
                                for w in (w, w.capitalize(), w.upper())),
          trusted=True),
    # a name given with a verb of naming: "die hieß Specht", "heißt nur „Bulldozer“"
    _Rule("NAME", None, needs=NAMING_NEEDS, finder=naming_spans, name="name-naming-verb",
          trusted=True),
    # "Ute („Kuddel“) Reinhardt": the nickname and the surname after it (naming.py)
    _Rule("NAME", None, gate=BRACKETED_NICKNAME_GATE, gate_on_raw=True,
          finder=bracketed_nickname_spans,
          name="name-bracketed-nickname", trusted=True),
    *APPOSITION_RULES,  # "mein Sohn, der Toni,", "der Kaiser, unser alter Vorarbeiter"
    *ARTICLE_NAME_RULES,  # "Der Pauli und ich", "dem Manni sagen" (article_names.py)
    *PEOPLE_SLOT_RULES,  # "die Mama von Emil", "… acht. Kranich", "den Kollegen Baumgärtner"
    *NAME_CONTEXT_RULES,  # "die Dannecker vom Bauamt", "dr Schwarz Karle", "[NAME] und Manni"
    *INITIALS_RULES,  # "M. K. aus dem Bürgeramt", "Protokoll: J.-P. S." (initials.py)
    *NICKNAME_FRAME_RULES,  # "der Bomber (so nennen wir unseren Torwart)" (nickname_frames.py)
    *FAMILY_RULES,  # "die Müllers von nebenan" (families.py)
    *MAIDEN_NAME_RULES,  # "Anna Müller, geb. Schmid" (families.py)
    *NAME_TAIL_RULES,  # "[NAME] al-Masri", "Der di [NAME]" (name_tails.py)
]
