"""German (and English) text preprocessing for theme models and classifiers.

Configurable steps — Unicode normalisation, lowercasing, umlaut/ß folding, nltk tokenising,
stop words, simplemma lemmas, optional Snowball stems, compound parts and frequent phrases.

The package's modules: :mod:`~esslingen_lab.text.vocabulary` (word lists),
:mod:`~esslingen_lab.text.normalize` (Unicode, umlauts, stop-word sets),
:mod:`~esslingen_lab.text.compounds` (compound splitting) and
:mod:`~esslingen_lab.text.analyzer` (the analyzer, TF-IDF and phrases). Import from
``esslingen_lab.text``.
"""

from esslingen_lab.text.analyzer import (
    GermanAnalyzer,
    display_feature,
    frequent_phrases,
    german_tfidf,
    make_analyzer,
)
from esslingen_lab.text.compounds import split_compound
from esslingen_lab.text.normalize import fold_umlauts, normalize_text, stopword_set
from esslingen_lab.text.vocabulary import (
    DIALECT_WORDS,
    GENERIC_WORDS,
    LABEL_AVOID,
    PARTICIPATION_STOPWORDS,
)

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
    "display_feature",
]
