"""The analyzer: one text → features (lemmas, compound parts), for theme models and classifiers.

Configurable steps — Unicode normalisation, lowercasing, umlaut/ß folding, nltk tokenising,
stop words, simplemma lemmas, optional Snowball stems, compound parts and frequent phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from esslingen_lab.text.compounds import _pieces, _umlaut_variants
from esslingen_lab.text.normalize import (
    _language_name,
    fold_umlauts,
    normalize_text,
    stopword_set,
)
from esslingen_lab.text.vocabulary import _LEMMA_OVERRIDES

__all__ = [
    "GermanAnalyzer",
    "make_analyzer",
    "german_tfidf",
    "frequent_phrases",
    "display_feature",
]

# Tokens: letters/digits with inner hyphens or apostrophes ("Kfz-Zulassung", "geht's").
_TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"
_INNER_SEPARATORS = re.compile(r"[-'’]")
_DIGITS = re.compile(r"^[\d_]+$")


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

            self._stemmer = SnowballStemmer(_language_name(self.language))
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
    def _walk(self, text):
        """Yield ``(feature, whole word?)`` of one text, recording readable forms on the way."""
        display, primary = self.display_, self.primary_
        for token in self._tokenizer.tokenize(normalize_text(text, self.normalization)):
            for feat, disp, whole in self._process(token):
                if whole:
                    if feat not in primary:
                        primary.add(feat)
                        display[feat] = disp  # a word as written beats a compound part
                elif feat not in display:
                    display[feat] = disp
                yield feat, whole

    def __call__(self, text):
        """Analyse one text into a list of features (strings)."""
        feats, words = [], []
        for feat, whole in self._walk(text):
            feats.append(feat)
            if whole:
                words.append(feat)
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
        return [feat if whole else "~" + feat for feat, whole in self._walk(text)]

    def display(self, feature):
        """Readable form of a feature: the lemma with umlauts ("Bürgeramt" for "buergeramt").

        Parameters
        ----------
        feature : str

        Returns
        -------
        str
        """
        return display_feature(self.display_, feature)

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
        return [feat for feat, whole in self._walk(text) if whole]



def display_feature(forms, feature):
    """Return the readable form of a feature (of each word of a bigram) from ``forms``.

    Parameters
    ----------
    forms : mapping of str to str
        Feature → readable word, as :attr:`GermanAnalyzer.display_`.
    feature : str

    Returns
    -------
    str
        The feature itself when ``forms`` does not know it.

    Examples
    --------
    >>> display_feature({"buergeramt": "Bürgeramt", "termin": "Termin"}, "termin buergeramt")
    'Termin Bürgeramt'
    """
    if " " in feature:
        return " ".join(forms.get(f, f) for f in feature.split(" "))
    return forms.get(feature, feature)


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

