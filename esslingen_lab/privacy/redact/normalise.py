"""Text as the rules read it: HTML entities decoded, markup and look-alike dots read plainly.

Answers pasted from web forms or e-mails carry HTML entities ("M&uuml;ller", "M&#252;ller")
and emphasis ("*Schwarzkopf*", "_Schwarzkopf_", "<b>Müller</b>"); a name cut by them is
seen by no rule. Two steps:

* :func:`decode_entities` changes the text itself (before the invisible characters go):
  the answer comes out with the entity decoded ("Herr [NAME] vom Bauamt"), and every later
  span is a span of the decoded text.
* :func:`join_words` takes tags out of the middle of a word ("M<b>ül</b>ler" → "Müller"),
  also in the text itself.
* :func:`plain_view` changes only the view the rules read, one character for one: emphasis
  marks and formatting tags around a word become spaces, a one-dot leader ("gmx\u2024de")
  a period. The spans found fit the text as written, so the marks stay around the tag
  ("Frau *[NAME]* vom Bürgeramt").

A gender star or an underscore inside a word ("Bürger*innen", "petra_schwarzkopf") is no
emphasis and stays.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.parse

from esslingen_lab.privacy.redact.vocabulary import _STREET_SUFFIX_WORD

__all__ = [
    "decode_entities",
    "join_words",
    "marks_moved",
    "plain_view",
    "redact_attributes",
]

_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    # a decimal reference without its ";", as browsers read it: "anna.schmid&#64gmx.de"
    r"|&#[0-9]{2,7}(?![0-9;])"
)


def _decoded(match: re.Match) -> str:
    value = html.unescape(match.group())
    if len(value) != 1 or value == "\ufffd":
        return match.group()
    if (
        value in "@.-_+/"
        or unicodedata.category(value)[0] in "LMNZ"
        or unicodedata.category(value) == "Pd"  # a dash inside a number: "0711&#8209;123456"
        or value in _FORMAT
    ):
        return value
    return match.group()  # "&amp;", "&lt;", "&quot;": they hide no letter; stay as written


# invisible characters an entity may stand for ("&shy;", "&#8203;"): removed afterwards
_FORMAT = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"


# a reference escaped once more ("&amp;#64;", "&amp;uuml;"): a form or an export that
# escapes every "&" again; read as the reference it hides
_ESCAPED_TWICE = re.compile(
    r"&amp;(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def _decoded_twice(match: re.Match) -> str:
    inner = "&" + match.group()[5:]
    value = _decoded(_ENTITY.match(inner))
    return match.group() if value == inner else value


def decode_entities(text: str) -> str:
    """Return ``text`` with HTML character references decoded ("M&uuml;ller" → "Müller").

    Only complete references (ending in ";") that stand for a letter, digit, space, an
    invisible character or a sign of an address ("@", ".") are read, also when escaped
    twice ("anna&amp;#64;gmx.de"); others ("&amp;", "&lt;", "&amp;amp;") and unknown ones
    stay as written.
    """
    if "&" not in text or (";" not in text and "&#" not in text):
        return text
    if "&amp;" in text:
        text = _ESCAPED_TWICE.sub(_decoded_twice, text)
    return _ENTITY.sub(_decoded, text)


# an inline tag or a comment between two letters cuts a word in two ("M<b>ül</b>ler",
# "Mül<!-- -->ler"); a line's or a block's tag ("Kübler<br>Neckarstraße") separates two words
_INLINE = (
    r"b|i|u|s|em|strong|span|font|mark|small|big|sup|sub|strike|del|ins|a|abbr|cite|code|q|"
    r"tt|kbd|var|o:p|wbr"
)
_TAG_IN_WORD = re.compile(
    rf"(?<=[^\W_]|[@.])(?:</?(?i:{_INLINE})(?![\w:\-])(?:\s[^<>]{{0,200}})?\s?/?>|<!--.{{0,200}}?-->)+"
    r"(?=[^\W_]|[@.])",
    re.DOTALL,
)
_ONE_TAG = re.compile(r"<!--.*?-->|<(/?)([\w:]+)[^<>]*>", re.DOTALL)
# (a period inside an address: "schmid@gmx.de", "anna</b>.<b>schmid")
_WORD_REST = re.compile(r"(?:[^\W_]|@|\.(?=[^\W_]|<))*")
_VOID = frozenset(("wbr", "br", "img", "o:p"))


def _joins(text: str, start: int, end: int) -> bool:
    """Whether the tags at ``text[start:end]`` cut one word, number or address.

    A period beside a tag joins only inside an e-mail address: the run of text without a
    space around the tags holds an at sign ("<b>anna</b>.<b>schmid</b>@gmx.de").
    """
    before, after = text[start - 1], text[end]
    if before == "@" or after == "@":
        return before.isalnum() or after.isalnum()
    if before == "." or after == ".":
        if not (before.isalnum() or after.isalnum()):
            return False
        left = text.rfind(" ", max(0, start - 100), start) + 1 or max(0, start - 100)
        right = text.find(" ", end, end + 100)
        return "@" in text[left:start] or "@" in text[end : right if right >= 0 else end + 100]
    return (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())


def _balance(tags: list[str]) -> tuple[str, str]:
    """Return the tags to put before and after the joined word (pairs inside it go)."""
    opened: list[tuple[str, str]] = []
    closing: list[str] = []
    for tag in tags:
        for one in _ONE_TAG.finditer(tag):
            if one.group(2) is None or one.group(2).lower() in _VOID or one.group().endswith("/>"):
                continue  # a comment, "<wbr>": nothing to keep
            name = one.group(2).lower()
            if not one.group(1):
                opened.append((name, one.group()))
            elif opened and opened[-1][0] == name:
                opened.pop()  # "M<b>ül</b>ler": the pair goes with the cut
            else:
                closing.append(one.group())  # "<b>Dann</b>ecker": "</b>" after the word
    return "".join(tag for _, tag in opened), "".join(closing)


def join_words(text: str) -> str:
    """Return ``text`` without tags and comments inside a word ("M<b>ül</b>ler" → "Müller").

    The text itself changes (like a removed zero-width space): a tag between two letters,
    two digits or next to an at sign ("0176<span>1234</span>5678", "anna@<wbr>gmx.de") is
    no part of what the writer meant, and left in it would hide the word. A tag that opens
    or closes outside the word moves to the word's edge ("<b>Dann</b>ecker" →
    "<b>Dannecker</b>"), so the markup stays balanced.
    """
    if "<" not in text:
        return text
    pieces: list[str] = []
    last = 0
    word_end = -1
    head = 0  # the piece the word starts with
    tags: list[str] = []

    def flush() -> None:
        nonlocal last
        before, after = _balance(tags)
        pieces.append(text[last:word_end])
        if before:
            pieces.insert(head, before)
        pieces.append(after)
        last = word_end
        tags.clear()

    for match in _TAG_IN_WORD.finditer(text):
        start, end = match.span()
        if not _joins(text, start, end):
            continue
        if tags and start > word_end:
            flush()
        if not tags:
            word_start = start
            while word_start > last and (
                text[word_start - 1] == "@" or text[word_start - 1].isalnum()
                or (text[word_start - 1] == "." and text[word_start - 2 : word_start - 1].isalnum())
            ):
                word_start -= 1
            pieces.append(text[last:word_start])
            head = len(pieces)
            last = word_start
        pieces.append(text[last:start])
        tags.append(match.group())
        last = end
        word_end = _WORD_REST.match(text, end).end()
    if tags:
        flush()
    if pieces:
        pieces.append(text[last:])
        text = "".join(pieces)
    return _numbers_joined(text)


# A tag between a street and its house number or between the groups of a phone number
# hides the number from the rules as much as one inside a word: "<b>Mühlgasse</b> 12",
# "Mühlgasse <b>12</b>", "0711 <i>123456</i>", "0176<br>12345678". The emphasis moves to
# the edge of street and number (the words stay as written); a line break between an area
# code and the rest of the number is read as a space.
_STREET_HEAD = rf"\b[A-ZÄÖÜ][^\W\d_]*(?i:{_STREET_SUFFIX_WORD})\.?|\b[A-ZÄÖÜ][^\W\d_]*(?i:str)\."
_PHONE_HEAD = r"(?<![\w.,/:])(?:\+\d{2,3}[\x20]?\d{2,5}|0\d{2,5})"
_IBAN_HEAD = r"\b[A-Z]{2}\d{2}(?:\x20?[0-9A-Z]{4}){0,7}"
_CLOSE_TAGS = rf"(?:</(?i:{_INLINE})\s?>)+"
_OPEN_TAGS = rf"(?:<(?i:{_INLINE})(?![\w:\-])(?:\s[^<>]{{0,200}})?>)+"
# (an opening tag after the closing one moves along: "Mühlgasse</span> <span>12</span>")
_CLOSED_BEFORE_NUMBER = re.compile(
    rf"(?P<head>{_STREET_HEAD}|{_PHONE_HEAD}(?:[\x20/\-]\d{{1,8}}){{0,4}}|{_IBAN_HEAD})"
    rf"(?P<tags>{_CLOSE_TAGS})(?P<gap>[\x20\t\u00a0]{{1,2}})(?P<open>{_OPEN_TAGS})?"
    r"(?P<num>\d{1,8}(?:[a-hA-H]\b)?)(?!\d)"
)
_OPENED_BEFORE_NUMBER = re.compile(
    rf"(?P<head>{_STREET_HEAD}|{_PHONE_HEAD}|{_IBAN_HEAD})(?P<gap>[\x20\t\u00a0]{{1,2}})"
    rf"(?P<tags>{_OPEN_TAGS})(?=\d)"
)
# (the groups after it too: "0176<br>1234<br>5678"; a group from "0" starts another number;
# a paragraph's or a cell's tag as well: "0711<p>123456</p>", and a group with a digit-like
# letter of another alphabet, read as a digit later: "0176<br>12З45678" with a Cyrillic Ze)
_BREAK_IN_PHONE = re.compile(
    rf"(?P<head>{_PHONE_HEAD}(?:[\x20/\-]\d{{1,8}}){{0,4}})"
    # (each space and each character of a tag read one way only: no backtracking over them)
    r"[\x20\t]*(?:</?(?i:br|wbr|p|div|li|td|th|h[1-6])(?:[\s/][^<>]{0,200})?>[\x20\t]*)+"
    r"(?=[1-9][\dЗзОоΟοІіΙБб]{2})"
)


def _after_number(match: re.Match) -> str:
    opened = match.group("open") or ""
    return match["head"] + match["gap"] + match["num"] + match["tags"] + opened


# Markdown emphasis around a part of a number does the same: "**0711** 123456",
# "0711 **123456**", "_Mühlgasse_ 12". The marks move to the edges of the whole number
# ("**0711 123456**"), where the emphasis rule reads them blank (digits inside too).
_MARKS = r"(?:\*{1,3}|_{1,3})"
_MARK_CLOSED_BEFORE_NUMBER = re.compile(
    rf"(?P<head>{_STREET_HEAD}|{_PHONE_HEAD}|{_IBAN_HEAD})(?P<tags>{_MARKS})"
    r"(?P<gap>[\x20\t\u00a0]{1,2})(?P<open>)(?P<num>\d{1,8}(?:[a-hA-H]\b)?)(?![\d*_])"
)
# a phone number's later groups go inside as well: "*0711* 123 456" → "*0711 123 456*"
_MARK_CLOSED_BEFORE_PHONE_GROUPS = re.compile(
    rf"(?P<head>{_PHONE_HEAD})(?P<tags>{_MARKS})(?P<gap>[\x20\t\u00a0]{{1,2}})(?P<open>)"
    r"(?P<num>\d{1,8}(?:\x20\d{1,8}){1,4})(?![\d*_])"
)
_MARK_OPENED_BEFORE_NUMBER = re.compile(
    rf"(?<![\w*_])(?P<head>{_STREET_HEAD}|{_PHONE_HEAD}|{_IBAN_HEAD})(?P<gap>[\x20\t\u00a0]{{1,2}})"
    rf"(?P<tags>{_MARKS})(?=\d[\d\x20]{{0,12}}(?P=tags)(?![\w*_]))"
)
_MARK_BY_DIGIT = re.compile(r"\d[*_]|[*_][\x20\t\u00a0]{0,2}\d")


def marks_moved(text: str) -> str:
    """Return ``text`` with emphasis marks cutting a number moved to its edges.

    "**0711** 123456" → "**0711 123456**", "Mühlgasse **12**" → "**Mühlgasse 12**": the
    text itself changes (as :func:`join_words` for tags), so that the number is one.
    """
    if _MARK_BY_DIGIT.search(text) is None:
        return text
    text = _MARK_OPENED_BEFORE_NUMBER.sub(r"\g<tags>\g<head>\g<gap>", text)
    text = _MARK_CLOSED_BEFORE_PHONE_GROUPS.sub(_after_number, text)
    return _MARK_CLOSED_BEFORE_NUMBER.sub(_after_number, text)


def _numbers_joined(text: str) -> str:
    if "<" not in text or not any(ch.isdigit() for ch in text):
        return text
    text = _OPENED_BEFORE_NUMBER.sub(r"\g<tags>\g<head>\g<gap>", text)
    for _ in range(7):  # one group a round: "0711 <b>12</b> 34 56", "0176<br>1234<br>5678"
        joined = _CLOSED_BEFORE_NUMBER.sub(_after_number, text)
        joined = _BREAK_IN_PHONE.sub(r"\g<head> ", joined)
        if joined == text:
            break
        text = joined
    return text


# emphasis: "*wort*", "**wort**", "_wort_", "~~wort~~" (not "Bürger*innen", "max_muster@…",
# "@_handle", "*12.03.1938" — a birth date's star stays a cue)
# — in pairs only, so that a handle's last underscore stays ("@lenaa.es_")
# (a number in it too, "**0711 123456**"; a birth star alone stays: "*12.03.1938")
_EMPHASIS = re.compile(
    r"(?<![\w*~@.])(\*{1,3}|_{1,3}|~~)(?=[^\W_])"
    r"([^*_~\n]{1,100}?)(?<=[^\W_])\1(?![\w*~@.])"
)
# tags of HTML and rich-text fields ("<b>", "</strong>", "<a href=…>", "<img alt=…>"), also
# escaped once more ("&lt;b&gt;"): only names of HTML, so that "<Müller>" stays a word
_HTML = (
    _INLINE + r"|p|br|div|img|h[1-6]|hr|li|ul|ol|dl|dt|dd|table|tbody|thead|tfoot|tr|td|th|"
    r"caption|blockquote|pre|center|section|article|header|footer|nav|main|aside|figure|"
    r"figcaption|label|input|button|textarea|option|select|form|time|address|body|html|head|"
    r"meta|title|link|style"
)
_TAG = re.compile(
    rf"(?P<open><|&lt;)/?(?i:{_HTML})(?=[\s/>]|&gt;)(?P<body>(?:[^<>&]|&(?!lt;|gt;)){{0,300}}?)"
    r"/?(?P<close>>|&gt;)",
)
# tags that end a line for the rules ("Kübler<br>Neckarstraße 12<br>73728 Esslingen")
_BLOCK = re.compile(
    r"(?:<|&lt;)/?(?i:p|br|div|h[1-6]|hr|li|ul|ol|dl|dt|dd|table|tbody|thead|tfoot|tr|td|th|"
    r"blockquote|pre|section|article|header|footer|address|caption)(?![\w:\-])"
)
# an attribute in a tag: its value is redacted on its own (redact_attributes), the view
# reads it blank
_ATTRIBUTE = re.compile(
    r"""(?P<name>[A-Za-z_:][\w:.\-]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>&]+))"""
)

def _read_tag(match: re.Match) -> str:
    """Return the tag as the rules read it: its markup blank (one for one).

    Attribute values are blank too: each is redacted on its own before
    (:func:`redact_attributes`), so that a link's address or a title between "Herr" and
    the link's text hides no name ('Herr <a href="#">Dannecker</a>'), and no attribute's
    text runs into the sentence around it. Words that are no attribute ("<a title=x Herr
    Kübler>", a tag left open) stay to be read. A tag that ends a line ("<br>", "</p>")
    ends with a line break.
    """
    tag = match.group()
    start = match.start("body") - match.start()
    end = match.end("body") - match.start()
    body = list(tag[start:end])
    for attribute in _ATTRIBUTE.finditer(tag, start, end):
        for k in range(attribute.start(), attribute.end()):
            body[k - start] = " "
    read = " " * start + "".join(body) + " " * (len(tag) - end)
    if _BLOCK.match(tag) is not None:
        read = read[:-1] + "\n"
    return read


# a link's scheme ("mailto:", "sms:", "whatsapp://") and the separators of its query
# ("?subject=Hallo%20Frau%20K%C3%BCbler&body=…"): each part of an address is read alone
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,20}:(?://)?")
_QUERY_SEPARATOR = re.compile(r"[?&=#;]")
# schemes whose address is a person's number or account ("sms:0176…", "callto:anna76")
_CONTACT_SCHEMES = frozenset(
    ("tel", "sms", "callto", "skype", "whatsapp", "facetime", "facetime-audio", "signal",
     "threema", "viber", "tg", "telegram", "sip", "mms", "imessage", "wa")
)
_NUMBER_LIKE = re.compile(r"\+?[\d ()/\-]{6,}")


def _redact_part(part: str, redact, contact: bool) -> str:
    if not part.strip() or not any(ch.isalnum() for ch in part):
        return part
    if contact and len(part) >= 4:
        if _NUMBER_LIKE.fullmatch(part) is not None:
            return "[TELEFON]"
        if not part.isalpha() or any(ch.isdigit() for ch in part):
            return "[ID]"
    redacted = redact(part)
    if "[NAME]" in redacted and not any(ch.isspace() for ch in part.strip()):
        return part  # one word without a cue ("x.png", "nav-main"): markup, no name
    return redacted


def _redact_value(value: str, redact) -> str:
    """Return an attribute's value redacted as a text of its own."""
    if not any(ch.isalnum() for ch in value):
        return value
    if value[:4].lower() == "http" and _SCHEME.match(value) is not None:
        return _redact_link(value, redact)
    decoded = value
    if "%" in value:
        decoded = urllib.parse.unquote(value)  # "anna.schmid%40gmx.de", "K%C3%BCbler"
    scheme = _SCHEME.match(decoded)
    if scheme is None and _QUERY_SEPARATOR.search(decoded) is None:
        redacted = _redact_part(decoded, redact, False)
    else:
        head = "" if scheme is None else scheme.group()
        contact = head.split(":")[0].lower() in _CONTACT_SCHEMES
        parts = _QUERY_SEPARATOR.split(decoded[len(head):])
        seps = _QUERY_SEPARATOR.findall(decoded[len(head):])
        pieces = [head]
        for k, part in enumerate(parts):
            # a query's name ("phone", "subject") is no address; its value may be one
            name = k + 1 < len(parts) and seps[k] == "="
            pieces.append(part if name else _redact_part(part, redact, contact))
            if k < len(seps):
                pieces.append(seps[k])
        redacted = "".join(pieces)
    return value if redacted == decoded else redacted


def _redact_link(value: str, redact) -> str:
    """Return a web address redacted as written up to its query (URL and profile rules)."""
    address, mark, query = value.partition("?")
    read = redact(address)
    if "[" in read and "[" not in address:
        address = read
    return address + mark + (_redact_value("?" + query, redact)[1:] if mark else "")


def redact_attributes(text: str, redact) -> str:
    """Return ``text`` with every attribute value of its tags redacted on its own.

    ``redact`` redacts one small text. A value is read alone, never as a part of the
    sentence around the tag: 'data-x="Herr Dannecker"' → 'data-x="Herr [NAME]"',
    'href="mailto:anna.schmid%40gmx.de"' → 'href="mailto:[EMAIL]"'. A value with nothing
    to redact stays as written (also percent-encoded).
    """
    if "<" not in text and "&lt;" not in text:
        return text
    pieces: list[str] = []
    last = 0
    for tag in _TAG.finditer(text):
        for attribute in _ATTRIBUTE.finditer(text, tag.start("body"), tag.end("body")):
            group = next(g for g in ("dq", "sq", "bare") if attribute.group(g) is not None)
            a, b = attribute.span(group)
            value = text[a:b]
            redacted = _redact_value(value, redact)
            if redacted != value:
                pieces += (text[last:a], redacted)
                last = b
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# characters that look like a period or an at sign where an address is typed, and
# spaces and hyphens of other widths inside a number ("0711\u2009123456", "0711\u2212123456":
# thin space, minus sign); the en and em dash stay, the rules read them as a list's dash
_LOOK_ALIKE = str.maketrans({
    "\u2024": ".",  # one dot leader
    "\ufe52": ".",  # small full stop
    "\u2e33": ".",  # raised dot
    "\ufe6b": "@",  # small commercial at
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                    "\u2009\u200a\u202f\u205f", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2212\ufe63\u2043", "-"),
})
_LOOK_ALIKE_CHARS = (
    "\u2024\ufe52\u2e33\ufe6b\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u202f\u205f\u2010\u2011\u2012\u2212\ufe63\u2043"
)
# a middle dot, a bullet or an ideographic full stop as the dot of a domain after an at sign
# ("anna.schmid@gmx·de", "anna.schmid＠gmx。de"); elsewhere they separate words or plates
_DOMAIN_DOT = re.compile(
    r"(@[\w\-.]{1,63})[\u00b7\u2022\u30fb\u3002\uff61\u2027](?=[^\W\d_]{2,6}\b)"
)
_DOMAIN_DOT_CHARS = "\u00b7\u2022\u30fb\u3002\uff61\u2027"


def _blank_marks(match: re.Match) -> str:
    mark = " " * len(match.group(1))
    return mark + match.group(2) + mark


# decimal digits of other scripts ("+४९ 176 …", "٠١٧٦ …"): read as ASCII digits, one for one;
# the first such digit is U+0660, so a text whose highest character is lower holds none
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_FIRST_OTHER_DIGIT = "\u0660"


def _as_ascii_digits(match: re.Match) -> str:
    return str(unicodedata.digit(match.group(), 0))


# digits as signs, not decimal digits: superscripts, subscripts, circled and parenthesised
# ("⓪①⑦⑥ ①②③④⑤⑥⑦⑧", "Tel ⁰⁷¹¹ …"); read as ASCII digits in a run of two or more, so
# that "m²" and a footnote's "¹" stay signs
_SIGN_DIGITS = (  # as ranges: a class of single characters is scanned about 3 times slower
    "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
    "\U0001f100-\U0001f10a"
)
_SIGN_DIGIT_RUN = re.compile(f"[{_SIGN_DIGITS}]{{2,}}")
# letters of other alphabets that look like a digit, typed inside a number ("12З45678" with
# a Cyrillic Ze, "О711" with a Cyrillic O): read as the digit beside a digit
_DIGIT_LETTERS = {"З": "3", "з": "3", "Ӡ": "3", "ӡ": "3", "О": "0", "о": "0", "Ο": "0",
                  "ο": "0", "Օ": "0", "օ": "0", "І": "1", "і": "1", "Ӏ": "1", "ӏ": "1",
                  "Ι": "1", "Б": "6", "б": "6"}
_DIGIT_LETTER = re.compile(
    "(?<=[0-9])[{0}]|[{0}](?=[0-9{0}]*[0-9])".format("".join(_DIGIT_LETTERS))
)

# any character the look-alike steps change (one scan in C; most texts hold none)
_RARE_CHAR = re.compile("[{}{}{}]".format(_LOOK_ALIKE_CHARS, _SIGN_DIGITS, "".join(_DIGIT_LETTERS)))


def _as_digits(match: re.Match) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in match.group())


def _digits_read(view: str) -> str:
    """Return ``view`` with digit signs and digit-like letters in numbers as ASCII digits."""
    view = _SIGN_DIGIT_RUN.sub(_as_digits, view)
    return _DIGIT_LETTER.sub(lambda m: _DIGIT_LETTERS[m.group()], view)


# a date read by OCR with letters for digits ("03.O9.1952", "1l.02.1961"): O for 0, l and I
# for 1, read as digits when the date has four real digits or more (one character for one)
_OCR_DATE = re.compile(
    r"(?<![\w.])[\dOlI]{1,2}\.[\dOlI]{1,2}\.(?:[\dOlI]{4}|[\dOlI]{2})(?![\w]|\.\d)"
)
# "\d[OlI]|[OlI]\.?\d" written to start with one class: the engine then skips in C to an
# "O", "l" or "I" instead of trying both branches at every character (4x faster; same
# texts found, its match is never used)
_OCR_BY_DIGIT = re.compile(r"[OlI](?:(?<=\d[OlI])|\.?\d)")
_OCR_DIGITS = str.maketrans("OlI", "011")


# a scanned letter's slips inside a word or a number, one character for one: "Mü1ler" and
# "Ra1ner" (a digit between small letters), "WElSS" (a small l between capitals),
# "freundIichen" (a capital I between small letters; not the gender I of "BürgerInnen",
# "KollegIn"), "1O9", "2l", "1l5", "l7" (a letter beside digits), "FR0MMER". Each branch
# starts with its character class, so the engine skips in C to the next candidate.
_OCR_SLIP = re.compile(
    r"[10](?<=[a-zäöüß][10])(?=[a-zäöüß])"
    r"|l(?<=[A-ZÄÖÜ]l)(?=[A-ZÄÖÜ])"
    r"|I(?<=[a-zäöüß]I)(?=[a-zäöüß])(?!nnen|n(?![a-zäöüß]))"
    r"|[OlI](?<=\d[OlI])(?=\d)"
    r"|[lI](?<=\d[lI])(?![\w])"
    # a house number's first digit ("Wiesenweg l2", "Str. l9, …"), a postcode's last zero
    # scanned as an O ("7373O Esslingen"), an O scanned as a zero in capitals ("FR0MMER",
    # "BEW0HNER")
    r"|[lI](?<=[\s(][lI])(?=\d{1,3}(?![\w.:]|,\d))"
    r"|O(?<=\d\d\d\dO)(?![\w])"
    r"|0(?<=[A-ZÄÖÜ]0)(?=[A-ZÄÖÜ])"
)
_OCR_SLIP_READ = {"l": "I", "I": "l", "O": "0"}
# without a digit only two branches of _OCR_SLIP can match (the others hold \d, "0", "1"):
# they alone first, not the whole pattern at every "l" (10 µs; two thirds hold no digit)
_ANY_DIGIT = re.compile(r"\d")
_L_IN_CAPITALS = re.compile(r"l(?<=[A-ZÄÖÜ]l)(?=[A-ZÄÖÜ])")
_I_IN_SMALL = re.compile(r"I(?<=[a-zäöüß]I)(?=[a-zäöüß])")


def _word_around(text: str, at: int) -> str:
    """Return the word around ``text[at]`` without it (40 characters each way at most)."""
    start = at
    while start > max(0, at - 40) and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    end = at + 1
    while end < min(len(text), at + 41) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:at] + text[at + 1 : end]


def _ocr_slip(match: re.Match) -> str:
    char = match.group()
    text, at = match.string, match.start()
    if char in "10" and text[at - 1].isalpha():
        if any(ch.isdigit() for ch in _word_around(text, at)):
            return char  # "a1c3" in an IPv6 address, "x1y2": codes, no slip in a word
        if char == "0":  # between small letters an o, between capitals an O
            return "o" if text[at - 1].islower() else "O"
        return "l"
    if char == "O" and any(ch.isalpha() and ch not in "OlI" for ch in _word_around(text, at)):
        return char  # "P4O10", "Fe2O3": a formula, no number
    if char in "lI" and (text[at - 1].isdigit() or text[at + 1 : at + 2].isdigit()):
        return "1"  # "1l5", "2l", "l2": a one beside digits (each branch has a character before)
    return _OCR_SLIP_READ[char]


def _ocr_date(match: re.Match) -> str:
    date = match.group()
    if sum(ch.isdigit() for ch in date) < 4 or date.replace(".", "").isdigit():
        return date
    return date.translate(_OCR_DIGITS)


# a year shortened with another apostrophe ("Jg. ’54", "Baujahr ‘54", "´61"): read as "'54"
_YEAR_APOSTROPHE = re.compile(r"[‘’´`ʼ′](?<!\w[‘’´`ʼ′])(?=\d\d(?!\d))")  # the sign first: fast
_APOSTROPHES = "‘’´`ʼ′"


# an at sign percent-encoded in a pasted link ("mailto:anna.schmid%40gmx.de"): read as
# "_4@", one character for one, so that the address is one e-mail for the rules
_PERCENT_AT = re.compile(r"(?<=[\w.+\-])%40(?=[\w\-]{1,63}\.[\w\-.]{2,})")


# a phone number after its cue, broken at the line's end between area code and number
# ("Tel 0711\n123456", "Handy: 0176<br>\n1234567" once the tag is blank): the break reads as
# spaces. Only after a cue word: two numbers on two lines of a list stay two numbers.
_CUED_PHONE_BREAK = re.compile(
    r"(?i:(?<![\w])(?:tel|telefon|telefonnummer|fon|handy|mobil|mobilnummer|rufnummer|"
    r"festnetz|rückruf|durchwahl|whatsapp)\.?:?[\x20\t]{0,3})"
    r"(?:\+\d{2,3}[\x20]?\d{2,5}|0\d{2,5})(?P<br>[\x20\t]{0,8}(?:\r?\n[\x20\t]{0,8}){1,2})(?=[1-9]\d{2})"
)


def _break_read_as_spaces(match: re.Match) -> str:
    start, end = match.span("br")
    whole = match.group()
    return whole[: start - match.start()] + " " * (end - start)


def beyond_latin1(text: str) -> bool:
    """Whether ``text`` holds a character beyond Latin-1 (U+0100 on).

    Most answers hold Latin-1 letters only: encoding them to Latin-1 drops nothing, a copy
    in C, far cheaper than a search or ``max()`` over the text.
    """
    return not text.isascii() and len(text.encode("latin-1", "ignore")) < len(text)


def plain_view(view: str) -> str:
    """Return ``view`` with emphasis, tags, look-alike dots and other digits read plainly.

    The result has the length of ``view``: each mark becomes a space (a look-alike dot a
    period), so a span found in it is the same span in the text as written.
    """
    if "*" in view or "_" in view or "~~" in view:
        plain = _EMPHASIS.sub(_blank_marks, view)
        if plain != view:
            view = plain
    if "<" in view or "&lt;" in view:
        plain = _TAG.sub(_read_tag, view)
        if plain != view:
            view = plain
    if "\n" in view:
        plain = _CUED_PHONE_BREAK.sub(_break_read_as_spaces, view)
        if plain != view:
            view = plain
    rare = not view.isascii() and _RARE_CHAR.search(view) is not None
    if rare:
        view = view.translate(_LOOK_ALIKE)
    if (
        # max() walks the text in Python objects; a text of Latin-1 letters only (most) has
        # no character from U+0660 on
        beyond_latin1(view)
        and max(view) >= _FIRST_OTHER_DIGIT
        and _OTHER_DIGIT.search(view) is not None
    ):
        view = _OTHER_DIGIT.sub(_as_ascii_digits, view)
    if rare:
        view = _digits_read(view)
    digit = _ANY_DIGIT.search(view) is not None  # without one, no date is changed either
    if digit and _OCR_BY_DIGIT.search(view) is not None:
        view = _OCR_DATE.sub(_ocr_date, view)  # "03.O9.1952"
    if digit or _L_IN_CAPITALS.search(view) or "I" in view and _I_IN_SMALL.search(view):
        view = _OCR_SLIP.sub(_ocr_slip, view)  # "Mü1ler", "WElSS", "freundIichen", "1O9"
    if any([ch in view for ch in _APOSTROPHES]) and _YEAR_APOSTROPHE.search(view) is not None:
        view = _YEAR_APOSTROPHE.sub("'", view)
    if "%40" in view:
        view = _PERCENT_AT.sub("_4@", view)
    if "@" in view and not view.isascii() and any([ch in view for ch in _DOMAIN_DOT_CHARS]):
        view = _DOMAIN_DOT.sub(r"\1.", view)
    return view
