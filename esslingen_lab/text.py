"""German (and English) text preprocessing for theme models and classifiers.

Configurable steps — Unicode normalisation, lowercasing, umlaut/ß folding, nltk tokenising,
stop words, simplemma lemmas, optional Snowball stems, compound parts and frequent phrases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

__all__ = [
    "PARTICIPATION_STOPWORDS",
    "GENERIC_WORDS",
    "DIALECT_WORDS",
    "LABEL_AVOID",
    "GermanAnalyzer",
    "make_analyzer",
    "german_tfidf",
    "fold_umlauts",
    "normalize_text",
    "stopword_set",
    "frequent_phrases",
    "split_compound",
]

#: Words that are frequent in any participation survey but say nothing about a theme
#: ("bitte mehr …", "es sollte …", "ich finde …"). Extend per survey via ``spec.stopwords``.
PARTICIPATION_STOPWORDS = {
    "de": (
        "bitte danke gerne gern sollte sollten soll sollen müsste müssten muss müssen gibt geben "
        "gab finde finden fände wäre wären würde würden könnte könnten kann können mehr einfach "
        "endlich eigentlich vielleicht wirklich immer schon bereits sehr ganz total mal halt eben "
        "ja nein leider besser schön gut super toll wichtig sinnvoll wünschen wünsche wunsch "
        "möchte möchten mögen hätte hätten haben hat sein ist sind war waren wird werden wurde "
        "machen macht gemacht tun bzw usw etc evtl ggf zb z.b u.a. dass daß ob beim vom zum zur "
        "viel viele vielen weniger wenig oft manchmal stadt eher fast zudem jedoch sowie "
        "man leute etwas nix nichts alles jeder jede jedes dinge ding sache sachen "
        "frage antwort idee vorschlag meinung meines erachtens dafür dagegen daher deshalb "
        "weil da dort hier heute jetzt dann mich mir mein meine unser unsere uns "
        # generic verbs and fillers: as lemmas they say nothing about a theme
        "kommen brauchen lassen sagen sehen wissen nehmen bekommen bringen "
        "denken glauben meinen heißen gar genau irgendwie überhaupt "
        "natürlich klar bisschen stück eigentlich trotzdem sowieso insgesamt allgemein"
    ).split(),
    "en": (
        "please thanks thank should would could must might may need needs more just really "
        "simply always already very quite maybe perhaps better good great nice important "
        "want wish like make made get got city people thing things something everything "
        "idea suggestion think opinion also etc eg ie"
    ).split(),
}

#: Words that carry no theme in any participation text: numbers written as words, very
#: generic verbs and adverbs, prepositions missing from the `stop-words` list. Unlike
#: :data:`PARTICIPATION_STOPWORDS` these are plain function words (always removed).
GENERIC_WORDS = {
    "de": (
        # numbers and ordinals written as words ("fünf Wochen", "zum dritten Mal")
        "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
        "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig "
        "siebzig achtzig neunzig hundert tausend hunderte tausende dutzend dutzende zig "
        "erste erster ersten erstes zweite zweiter zweiten dritte dritter dritten vierte "
        "vierten fünfte fünften zehnte zehnten einzige einzigen beide beiden halb hälfte "
        "einmal zweimal dreimal mehrmals mehrfach doppelt "
        # generic verbs (also as lemmas of "geht", "kam", "steht" …)
        "gehen kommen machen geben sehen stehen liegen bleiben halten "
        "tun lassen sagen nehmen finden bekommen kriegen bringen zeigen schauen gucken klappen "
        "passen reichen versuchen wissen meinen glauben denken heißen scheinen "
        "werden sein haben können müssen sollen wollen dürfen mögen "
        # adverbs and particles
        "nie niemals immer schon mal halt eigentlich eben doch noch auch nur wieder gerade "
        "sofort bald ständig dauernd manchmal selten meist meistens oft öfter häufig erst "
        "überall nirgends nirgendwo irgendwo irgendwann irgendwie irgendwas irgendein "
        "irgendeine sowas soetwas jeweils erst bereits nämlich sogar zumindest wenigstens "
        "ziemlich total völlig komplett wohl etwa ca circa teilweise zumal außerdem ebenfalls "
        "genauso sowieso dabei dadurch dazu davon darauf darüber dafür daran darin hierfür "
        "hierbei somit trotzdem jedenfalls übrigens ohnehin allerdings stattdessen zusätzlich "
        "weiterhin weiterer weitere weiteren inzwischen mittlerweile damals früher später "
        "danach vorher nachher zuerst zuletzt endlich gleich gleichzeitig bisher bislang "
        "echt ganze ganzen ganzer ganzes andere anderen anderer anderes sonstige "
        "jemand jemanden niemand niemanden keiner keinen nix nichts was wer wem wen "
        "ok okay bzw. ca. evtl. ggf. usw. z.b. "
        # prepositions and contractions
        "seit wegen per ans aufs ins fürs vors übers ums beim vom zum zur ab bis trotz statt "
        "anstatt neben innerhalb außerhalb bezüglich samt laut gegenüber je pro via inkl "
        "entlang mithilfe anhand dank"
    ).split(),
    "en": (
        "zero one two three four five six seven eight nine ten eleven twelve twenty thirty "
        "forty fifty hundred thousand hundreds thousands dozen first second third fourth fifth "
        "once twice half both "
        "go goes going went gone come comes came coming get gets getting got make makes "
        "making made take takes took give gives gave see sees saw seen put say says said "
        "know knows knew keep keeps let lets seem seems try tries tried use used using "
        "be is are was were been being have has had do does did done can could will would "
        "never always even still just really already ever often sometimes usually again "
        "also only quite rather somehow anyway anyhow actually basically maybe perhaps "
        "lots ok okay"
    ).split(),
}

#: Function words of Swabian, Alemannic and Bavarian answers ("des isch net so", "scho
#: wieder", "koi Termin"): as frequent as "ist" or "nicht", and never a theme or a label.
DIALECT_WORDS = {
    "de": (
        "isch ischs isches ischt net ned nedd scho schoo au aa des dess ebbes äbbes "
        "koi koin koine koiner koinen nix nixe gell gelle hald bissle bissel bissl hen hend "
        "hent send sen hot hodd gsi gwä gwesa gwese ghet ghabt moi mer oifach oi oin oine "
        "emmer nemme nimmer nimme allweil allat ond dr d's mol amol emol eh goht gohd dud duet "
        "dät tät däd däds wär hätt gäb gäbs gibts gibt's kennt kenna kaa ka koa nia "
        "hajo jo joa noi nee ha gwieß gwiß ällaweil hoit wia zwoa oiner "
        "oinr dia dea doa do dô grad gradd"
    ).split(),
}

# English function words that are German words too and must stay in German mode
# ("IT-Sicherheit", "System", "Name", "See", "top Service").
_FOREIGN_KEEP = {
    "de": {
        "it",
        "see",
        "system",
        "name",
        "detail",
        "front",
        "top",
        "part",
        "last",
        "show",
        "mine",
        "made",
        "fire",
        "kind",
        "bill",
        "call",
        "still",
    },
    "en": {"bin", "halt", "total", "bald", "pro", "elf", "null", "gift", "rat", "art", "toll"},
}

# Dictionary lemmas that are wrong in participation texts: "Daten" are data, not dates
# ("Datum"); keys are folded lower-case forms.
_LEMMA_OVERRIDES = {"de": {"daten": "Daten", "datenschutz": "Datenschutz"}}

# In participation texts "Weg" is mostly the noun (Radweg, Schulweg), not the adverb.
_NOT_STOPWORDS = {"de": {"weg"}}

#: Nouns too generic to name a theme: allowed as keywords, avoided in labels.
LABEL_AVOID = {
    "de": set(
        (
            "Jahr Tag Woche Monat Minute Stunde Sekunde Mal Zeit Ende Anfang Seite Art Fall "
            "Beispiel Teil Bereich Thema Problem Sache Ding Punkt Stelle Moment Zahl Prozent "
            "Euro Grund Hinsicht Weise Frage Antwort Idee Vorschlag Meinung Möglichkeit Leute "
            "Mensch Person Stadt"
        ).split()
    ),
    "en": set(
        "year day week month minute hour time end side way case example part problem thing "
        "point number percent reason question answer idea people person city".split()
    ),
}

_UMLAUT_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Tokens: letters/digits with inner hyphens or apostrophes ("Kfz-Zulassung", "geht's").
_TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"
_INNER_SEPARATORS = re.compile(r"[-'’]")
_REDACTION_TAG = re.compile(r"\[[A-ZÄÖÜ]+(?:_[A-ZÄÖÜ]+)*\]")
_DIGITS = re.compile(r"^[\d_]+$")
_LINKING = ("es", "en", "er", "ns", "s", "n", "e")  # Fugenelemente, longest first
# Three-letter nouns that often start compounds in participation texts (Radweg, Busspur,
# Bauantrag); other three-letter starts are mostly false splits (Adr+esse).
_SHORT_MODIFIERS = {
    "rad",
    "bus",
    "bau",
    "zug",
    "tag",
    "bad",
    "ort",
    "weg",
    "amt",
    "not",
    "kfz",
    "pkw",
    "lkw",
    "tor",
    "see",
    "zoo",
    "uhr",
    "hof",
    "ufer",
    "alt",
    "neu",
    "tür",
    "web",
    "app",
    "kur",
    "tal",
}
_DERIVATION_PREFIXES = ("be", "ge", "ver", "ent", "zer", "emp", "er", "miss", "un")
_RESTORE = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


def normalize_text(text: str, form: str = "NFKC") -> str:
    """Normalise Unicode (composed umlauts, compatibility characters) and drop redaction tags.

    Parameters
    ----------
    text : str
        Any text; ``None``/NaN become ``""``.
    form : {"NFKC", "NFC", None}, default="NFKC"
        Unicode normal form; NFKC also maps ligatures and full-width letters.

    Returns
    -------
    str
    """
    if not isinstance(text, str):
        return ""
    text = text.replace("&amp;", "&")  # survives some web exports (e.g. DIPAS)
    text = unicodedata.normalize(form, text) if form else text
    # Redaction tags ("[NAME]", "[TELEFON]") are not what people wrote about.
    return _REDACTION_TAG.sub(" ", text) if "[" in text else text


def fold_umlauts(token: str) -> str:
    """Fold umlauts and ß to their ASCII spelling, so "Bürgeramt" and "Buergeramt" match.

    Parameters
    ----------
    token : str
        Lower-case token.

    Returns
    -------
    str
        The token with ä→ae, ö→oe, ü→ue, ß→ss.

    Examples
    --------
    >>> fold_umlauts("bürgeramt") == fold_umlauts("buergeramt")
    True
    """
    return token.translate(_UMLAUT_FOLD)


def stopword_set(
    language: str = "de", extra: Iterable[str] = (), *, participation=True, foreign=True
) -> set:
    """Stop words of the `stop-words` package, generic words, the participation list and extras.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    extra : iterable of str, default=()
        Survey-specific stop words (``spec.stopwords``, e.g. the city's name).
    participation : bool, default=True
        Include :data:`PARTICIPATION_STOPWORDS`.
    foreign : bool, default=True
        Also drop the function words of the other language (English in German mode and
        vice versa): real participation data mixes in a few answers in another language
        ("the", "and", "can" must not become German keywords). Words that are content
        words in the survey language too ("IT", "System", "Kind") are kept.

    Returns
    -------
    set of str
        Lower-case words in both their umlaut and folded spellings. Always includes
        :data:`GENERIC_WORDS` (numbers as words, generic verbs and adverbs).
    """
    from stop_words import get_stop_words

    words = set(get_stop_words(_stopword_language(language)))
    words.update(GENERIC_WORDS.get(language, ()))
    words.update(DIALECT_WORDS.get(language, ()))
    if foreign:
        words.update(_foreign_stopwords(language))
    words -= _NOT_STOPWORDS.get(language, set())
    if participation:
        words.update(PARTICIPATION_STOPWORDS.get(language, ()))
    words.update(str(w) for w in extra)
    words = {normalize_text(w).casefold() for w in words}
    return words | {fold_umlauts(w) for w in words}


def _foreign_stopwords(language):
    """Return the other language's function words that are no content words in ``language``."""
    if language == "de":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words = set(ENGLISH_STOP_WORDS) | set(GENERIC_WORDS["en"])
        words |= set(PARTICIPATION_STOPWORDS["en"])
    elif language == "en":
        from stop_words import get_stop_words

        words = set(get_stop_words("german")) | set(GENERIC_WORDS["de"])
        words |= set(PARTICIPATION_STOPWORDS["de"])
    else:
        return set()
    return words - _FOREIGN_KEEP.get(language, set())


def _stopword_language(language):
    return {"de": "german", "en": "english"}.get(language, language)


def _nltk_language(language):
    return {"de": "german", "en": "english"}.get(language, language)


class GermanAnalyzer:
    """Turn one text into a list of features; usable as scikit-learn ``analyzer=``.

    Prefer :func:`make_analyzer`, which documents every step. Instances are picklable
    (the token cache is dropped on pickling and rebuilt on use).

    Attributes
    ----------
    display_ : dict
        Feature → readable word (the lemma with umlauts and its usual capitalisation),
        filled as texts are analysed; see :meth:`display`.
    primary_ : set
        Features seen as whole words (not only as a compound part), filled as texts are
        analysed; keywords and labels are drawn from these.
    """

    def __init__(
        self,
        language="de",
        *,
        lemmatize=True,
        stem=False,
        stopwords=(),
        participation_stopwords=True,
        foreign_stopwords=True,
        compounds=True,
        fold=True,
        restore_umlauts=True,
        normalization="NFKC",
        min_length=2,
        bigrams=False,
        phrases=(),
    ):
        self.language = language
        self.lemmatize = lemmatize
        self.stem = stem
        self.stopwords = tuple(stopwords)
        self.participation_stopwords = participation_stopwords
        self.foreign_stopwords = foreign_stopwords
        self.compounds = compounds
        self.fold = fold
        self.restore_umlauts = restore_umlauts
        self.normalization = normalization
        self.min_length = min_length
        self.bigrams = bigrams
        self.phrases = tuple(tuple(p) for p in phrases)
        self._setup()

    # -- set-up and pickling -------------------------------------------------------------
    def _setup(self):
        from nltk.tokenize import RegexpTokenizer

        self._tokenizer = RegexpTokenizer(_TOKEN_PATTERN)
        self._stop = stopword_set(
            self.language,
            self.stopwords,
            participation=self.participation_stopwords,
            foreign=getattr(self, "foreign_stopwords", True),  # models saved before 0.x
        )
        self._stemmer = None
        if self.stem:
            from nltk.stem import SnowballStemmer

            self._stemmer = SnowballStemmer(_nltk_language(self.language))
        self._cache = {}
        self._phrase_set = {tuple(self._norm_feature(w) for w in p) for p in self.phrases}
        if not hasattr(self, "display_"):
            self.display_ = {}
            self.primary_ = set()

    def __getstate__(self):
        state = self.__dict__.copy()
        for key in ("_tokenizer", "_stemmer", "_cache", "_stop", "_phrase_set"):
            state.pop(key, None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._setup()

    def __repr__(self):
        return (
            f"GermanAnalyzer(language={self.language!r}, lemmatize={self.lemmatize}, "
            f"stem={self.stem}, compounds={self.compounds}, fold={self.fold})"
        )

    # -- token level ---------------------------------------------------------------------
    def _norm_feature(self, word):
        word = word.casefold()
        return fold_umlauts(word) if self.fold else word

    def _known(self, word):
        import simplemma

        return simplemma.is_known(word, self.language)

    def _lemma(self, token):
        """Return the dictionary lemma (original spelling), trying casing and umlaut variants."""
        import simplemma

        lang = self.language
        override = _LEMMA_OVERRIDES.get(lang, {}).get(fold_umlauts(token.casefold()))
        if override:
            return override, True
        candidates = [token]
        if token.islower():
            candidates.append(token.capitalize())  # lower-case nouns are common in answers
        elif token.isupper() and len(token) > 3:
            candidates += [token.lower(), token.capitalize()]  # shouted words
        for cand in candidates:
            if self._known(cand):
                lemma = simplemma.lemmatize(cand, lang)
                if lang == "de" and "ss" in cand and self.restore_umlauts:
                    # Swiss/ASCII "Strasse" is a form of "Strass" (rhinestone) in the
                    # dictionary; the ß spelling is almost always the word meant.
                    sharp = cand.replace("ss", "ß")
                    if self._known(sharp):
                        other = simplemma.lemmatize(sharp, lang)
                        if fold_umlauts(other.casefold()) != fold_umlauts(lemma.casefold()):
                            return other, True
                return lemma, True
        if self.restore_umlauts and lang == "de":
            # "Buergeramt", "Fuhrungszeugnis": try the umlaut spelling the dictionary knows.
            for cand in _umlaut_variants(token):
                for c in (cand, cand.capitalize()) if cand.islower() else (cand,):
                    if self._known(c):
                        return simplemma.lemmatize(c, lang), True
        return simplemma.lemmatize(token, lang), False

    def _process(self, token):
        """Features (with readable forms) for one raw token; cached per distinct token."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        out = []
        parts = _INNER_SEPARATORS.split(token)
        for part in parts:
            out.extend(self._process_part(part))
        if len(self._cache) < 2_000_000:
            self._cache[token] = out
        return out

    def _process_part(self, part):
        low = part.casefold()
        if len(low) < self.min_length or _DIGITS.match(low) or low in self._stop:
            return []
        if self.lemmatize:
            lemma, known = self._lemma(part)
        else:
            lemma, known = low, False
        feat = self._norm_feature(lemma)
        if feat in self._stop or len(feat) < self.min_length:
            return []
        display = lemma if known else part
        out = [(self._stem_feature(feat), display, True)]
        if self.compounds and self.language == "de" and self.lemmatize:
            # Unknown words are often names ("Ottensen", "Bahrenfeld"): split them only
            # into longer parts.
            min_part = 3 if known else 4
            for piece in _pieces(lemma, self.language, min_part):
                pf = self._norm_feature(piece)
                if pf not in self._stop and len(pf) >= 3:
                    out.append((self._stem_feature(pf), piece, False))
        return out

    def _stem_feature(self, feat):
        return self._stemmer.stem(feat) if self._stemmer is not None else feat

    # -- text level ----------------------------------------------------------------------
    def __call__(self, text):
        """Analyse one text into a list of features (strings)."""
        text = normalize_text(text, self.normalization)
        feats = []
        display, primary = self.display_, self.primary_
        words = []
        for token in self._tokenizer.tokenize(text):
            for feat, disp, whole in self._process(token):
                feats.append(feat)
                if whole:
                    words.append(feat)
                    if feat not in primary:
                        primary.add(feat)
                        display[feat] = disp  # a word as written beats a compound part
                elif feat not in display:
                    display[feat] = disp
        if self.bigrams or self._phrase_set:
            for a, b in zip(words, words[1:], strict=False):
                if self.bigrams or (a, b) in self._phrase_set:
                    feats.append(f"{a} {b}")
        return feats

    def marked(self, text):
        """Like calling the analyzer, but compound parts are marked with a leading ``~``.

        One pass gives both the clustering features (drop the marks) and the words as
        written (skip marked features), as :class:`~esslingen_lab.themes.ThemeModel` needs.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str
        """
        text = normalize_text(text, self.normalization)
        feats = []
        display, primary = self.display_, self.primary_
        for token in self._tokenizer.tokenize(text):
            for feat, disp, whole in self._process(token):
                if whole:
                    feats.append(feat)
                    if feat not in primary:
                        primary.add(feat)
                        display[feat] = disp
                else:
                    feats.append("~" + feat)
                    if feat not in display:
                        display[feat] = disp
        return feats

    def display(self, feature):
        """Readable form of a feature: the lemma with umlauts ("Bürgeramt" for "buergeramt").

        Parameters
        ----------
        feature : str

        Returns
        -------
        str
        """
        if " " in feature:
            return " ".join(self.display(f) for f in feature.split(" "))
        return self.display_.get(feature, feature)

    def tokens(self, text):
        """Lemmas of a text before stop-word removal, for collocations and quotes.

        Parameters
        ----------
        text : str

        Returns
        -------
        list of str
            Normalised (folded, lower-case) lemmas in text order, stop words removed.
        """
        text = normalize_text(text, self.normalization)
        out = []
        for token in self._tokenizer.tokenize(text):
            for feat, disp, whole in self._process(token):
                if whole:
                    if feat not in self.primary_:
                        self.primary_.add(feat)
                        self.display_[feat] = disp
                    out.append(feat)
        return out


def _umlaut_variants(token, limit=16):
    """Spellings of ``token`` with ae/oe/ue/ss (or a bare u/a/o) turned back into umlauts."""
    low = token
    variants = []
    for ascii_, uml in _RESTORE:
        if ascii_ in low.lower():
            variants.append(re.sub(ascii_, uml, low, flags=re.IGNORECASE))
    if not variants:
        # missing dots: try each single a/o/u as ä/ö/ü ("Fuhrungszeugnis", "Burgeramt")
        for i, ch in enumerate(low):
            if ch.lower() in "aou":
                rep = {"a": "ä", "o": "ö", "u": "ü"}[ch.lower()]
                rep = rep.upper() if ch.isupper() else rep
                variants.append(low[:i] + rep + low[i + 1 :])
                if len(variants) >= limit:
                    break
    return variants


_SPLIT_CACHE: dict = {}


def split_compound(word: str, language: str = "de", *, min_part=3, min_head=3, depth=3):
    """Split a German compound into dictionary words, head last.

    Uses simplemma's dictionary to find the longest known head whose modifier (after
    removing a linking element such as -s-, -es-, -en-) is a known word too; recurses into
    both. Words that cannot be split come back alone.

    Parameters
    ----------
    word : str
        A lemma, e.g. ``"Radwegenetz"``.
    language : str, default="de"
    min_part, min_head : int
        Shortest modifier and head (in characters) accepted.
    depth : int, default=3
        Maximum recursion depth.

    Returns
    -------
    list of str
        Constituents, e.g. ``["Rad", "Weg", "Netz"]``. Modifiers come back as their
        lemma, which for verb stems is the infinitive ("Fahrrad" → "fahren", "Rad").

    Examples
    --------
    >>> split_compound("Radwegenetz")
    ['Rad', 'Weg', 'Netz']
    >>> split_compound("Fahrradweg")[-1]
    'Radweg'
    """
    key = (word, language, min_part, min_head, depth)
    hit = _SPLIT_CACHE.get(key)
    if hit is not None:
        return list(hit)
    result = _split(word, language, min_part, min_head, depth)
    if len(_SPLIT_CACHE) < 500_000:
        _SPLIT_CACHE[key] = tuple(result)
    return result


def _split(word, language, min_part, min_head, depth):
    import simplemma

    # Only nouns are split (German compounds are nouns; "überall" is not "üben" + "Rall").
    if depth <= 0 or len(word) < min_part + min_head or not word.isalpha() or not word[0].isupper():
        return [word]
    stop = _function_words(language)
    for cut in range(min_part, len(word) - min_head + 1):  # longest head first
        head = word[cut:].capitalize()
        if not simplemma.is_known(head, language):
            continue
        head_lemma = simplemma.lemmatize(head, language)
        if len(head_lemma) < min_head or not head_lemma[0].isupper():
            continue
        if len(head_lemma) == 3 and head_lemma.casefold() not in _SHORT_MODIFIERS:
            continue  # "Telefon" is not "Tele" + "Fon"
        modifier = word[:cut]
        mods = [modifier] + [
            modifier[: -len(link)]
            for link in _LINKING
            if modifier.lower().endswith(link) and len(modifier) - len(link) >= min_part
        ]
        for mod in mods:
            cap = mod[0].upper() + mod[1:]
            if simplemma.is_known(cap, language):
                mod_lemma = simplemma.lemmatize(cap, language)
                if mod_lemma[:3].casefold() != cap[:3].casefold():
                    mod_lemma = cap  # "Liefer" must not become "laufen"
                if len(mod_lemma) < 3 or mod_lemma.casefold() in stop:
                    continue
                if len(mod_lemma) == 3 and mod_lemma.casefold() not in _SHORT_MODIFIERS:
                    continue  # "Adresse" is not "Adr" + "Esse"
                if len(mod) <= 5 and mod.lower().startswith(_DERIVATION_PREFIXES):
                    continue  # "Bescheinigung" is not "Besch" + "Einigung"
                # deeper levels need longer parts: "Jugend" is not "Jug" + "End"
                deeper = max(min_part, 4), max(min_head, 4)
                left = _split(mod_lemma, language, *deeper, depth - 1)
                right = _split(head_lemma, language, *deeper, depth - 1)
                return left + right
    return [word]


_FUNCTION_WORDS: dict = {}


def _function_words(language):
    """Plain stop words (no participation list): never a compound constituent."""
    if language not in _FUNCTION_WORDS:
        from stop_words import get_stop_words

        words = set(get_stop_words(_stopword_language(language)))
        keep = _NOT_STOPWORDS.get(language, set())
        _FUNCTION_WORDS[language] = {w.casefold() for w in words} - keep
    return _FUNCTION_WORDS[language]


def _pieces(lemma, language, min_part=3):
    """Constituents worth adding as features: every part plus inner sub-compounds."""
    parts = split_compound(lemma, language, min_part=min_part, min_head=min_part)
    if len(parts) < 2:
        return []
    pieces = list(dict.fromkeys(parts))
    if len(parts) > 2:
        # "Radwegenetz" also yields "Radweg": adjacent pairs that are words themselves
        for i in range(len(parts) - 1):
            joined = parts[i] + parts[i + 1].lower()
            if _is_known(joined, language):
                pieces.append(joined)
    return pieces


def _is_known(word, language):
    import simplemma

    return simplemma.is_known(word, language)


def make_analyzer(
    language: str = "de",
    *,
    lemmatize: bool = True,
    stem: bool = False,
    stopwords: Iterable[str] = (),
    participation_stopwords: bool = True,
    foreign_stopwords: bool = True,
    compounds: bool | None = None,
    fold: bool = True,
    restore_umlauts: bool = True,
    normalization: str | None = "NFKC",
    min_length: int = 2,
    bigrams: bool = False,
    phrases: Iterable = (),
) -> GermanAnalyzer:
    """Build the text → features callable used by theme models and classifiers.

    Steps, in order: Unicode normalisation (NFKC) → nltk ``RegexpTokenizer`` (words with
    inner hyphens are split into their parts) → stop words (the `stop-words` package, the
    participation list and ``stopwords``) → simplemma lemma (tries lower-case nouns
    capitalised and, for unknown words, umlaut spellings: "Buergeraemter", "Burgeramt" →
    "Bürgeramt") → lower-case and umlaut folding (ä→ae, ö→oe, ü→ue, ß→ss) → optional
    Snowball stem → compound parts added as extra features ("Radwegenetz" → radwegenetz,
    rad, weg, netz, radweg) → optional bigrams / given phrases.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    lemmatize : bool, default=True
        Lemmatise with simplemma.
    stem : bool, default=False
        Apply nltk's Snowball stemmer after lemmatising (features become stems; use
        ``analyzer.display(feature)`` for a readable word).
    stopwords : iterable of str, default=()
        Extra stop words, e.g. a survey's ``spec.stopwords``.
    participation_stopwords : bool, default=True
        Remove :data:`PARTICIPATION_STOPWORDS` ("bitte", "sollte", "mehr", …).
    foreign_stopwords : bool, default=True
        Also remove the other language's function words (English "the", "and", "can" in
        German mode), for surveys with a few answers in another language. Numbers written
        as words and generic verbs/adverbs (:data:`GENERIC_WORDS`) are always removed.
    compounds : bool, default=None
        Add compound constituents as features; None means True for German.
    fold : bool, default=True
        Fold umlauts/ß so ASCII spellings match.
    restore_umlauts : bool, default=True
        Look up unknown words with umlauts restored.
    normalization : {"NFKC", "NFC", None}, default="NFKC"
    min_length : int, default=2
        Shorter tokens are dropped.
    bigrams : bool, default=False
        Add all bigrams of consecutive content lemmas ("a b").
    phrases : iterable of (str, str), default=()
        Only these bigrams are added, e.g. from :func:`frequent_phrases`.

    Returns
    -------
    GermanAnalyzer
        A picklable callable ``str -> list[str]``.

    Examples
    --------
    >>> analyze = make_analyzer("de")
    >>> analyze("Bitte mehr Termine beim Bürgeramt!")
    ['termin', 'buergeramt', 'buerger', 'amt']
    >>> analyze("Buergeramt") == analyze("Bürgeramt")
    True
    """
    if compounds is None:
        compounds = language == "de"
    return GermanAnalyzer(
        language,
        lemmatize=lemmatize,
        stem=stem,
        stopwords=stopwords,
        participation_stopwords=participation_stopwords,
        foreign_stopwords=foreign_stopwords,
        compounds=compounds,
        fold=fold,
        restore_umlauts=restore_umlauts,
        normalization=normalization,
        min_length=min_length,
        bigrams=bigrams,
        phrases=phrases,
    )


def german_tfidf(
    language: str = "de",
    *,
    min_df=1,
    max_df=0.5,
    sublinear_tf=True,
    max_features=None,
    dtype=None,
    **analyzer_kw,
):
    """Build a ``TfidfVectorizer`` that uses :func:`make_analyzer`.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    min_df, max_df, max_features : see ``sklearn.feature_extraction.text.TfidfVectorizer``
        ``max_df=0.5`` drops words used in more than half the answers (usually the
        question's own words).
    sublinear_tf : bool, default=True
        Use 1 + log(tf): repeated words in long answers do not dominate.
    dtype : numpy dtype, default=None
        ``numpy.float32`` when None (halves memory for large surveys).
    **analyzer_kw
        Passed to :func:`make_analyzer` (``stopwords``, ``stem``, ``compounds``, …).

    Returns
    -------
    sklearn.feature_extraction.text.TfidfVectorizer

    Examples
    --------
    >>> vec = german_tfidf(min_df=1, max_df=1.0)
    >>> X = vec.fit_transform(["Radwege ausbauen", "Radwegenetz verbessern"])
    >>> "weg" in vec.vocabulary_
    True
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer=make_analyzer(language, **analyzer_kw),
        min_df=min_df,
        max_df=max_df,
        sublinear_tf=sublinear_tf,
        max_features=max_features,
        dtype=np.float32 if dtype is None else dtype,
    )


def frequent_phrases(texts, language="de", *, n=20, min_count=3, analyzer=None, measure="pmi"):
    """Frequent two-word phrases (collocations) of content words, with nltk.

    Parameters
    ----------
    texts : iterable of str
    language : str, default="de"
    n : int, default=20
        Number of phrases returned.
    min_count : int, default=3
        Phrases seen fewer times are ignored.
    analyzer : GermanAnalyzer, default=None
        Built with ``make_analyzer(language, compounds=False)`` when None.
    measure : {"pmi", "likelihood_ratio", "raw_freq"}, default="pmi"
        Association measure of ``nltk.collocations.BigramAssocMeasures``.

    Returns
    -------
    pandas.DataFrame
        Columns ``phrase`` (readable), ``words`` (feature tuple), ``count``, ``score``.
    """
    import pandas as pd
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    analyzer = analyzer or make_analyzer(language, compounds=False)
    docs = [analyzer.tokens(t) for t in texts]
    finder = BigramCollocationFinder.from_documents(docs)
    finder.apply_freq_filter(min_count)
    scored = finder.score_ngrams(getattr(BigramAssocMeasures, measure))[:n]
    counts = Counter(finder.ngram_fd)
    rows = [
        {
            "phrase": f"{analyzer.display(a)} {analyzer.display(b)}",
            "words": (a, b),
            "count": counts[(a, b)],
            "score": float(score),
        }
        for (a, b), score in scored
    ]
    return pd.DataFrame(rows, columns=["phrase", "words", "count", "score"])
