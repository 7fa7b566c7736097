"""Medical words recognised by their form, not looked up one by one.

A closed list of diseases keeps missing the next one a writer uses ("Tuberkulose",
"Zerebralparese", "Rot-Grün-Schwäche", "Kniearthrose", "Herzprobleme"). Medical German
builds its words from a few parts, so the form tells most of them:

- Greek and Latin endings that name a disease: "-itis" (Neurodermitis, Bronchitis),
  "-plegie"/"-parese" (Tetraplegie, Zerebralparese), "-ämie" (Leukämie, Anämie),
  "-pathie" (Neuropathie, but not Sympathie), "-algie" (Fibromyalgie, not Nostalgie), and
  "-ose"/"-om" after a medical stem only (Psychose, Tuberkulose, Arthrose; Karzinom,
  Melanom, Glaukom) — "Rose", "Dose", "Prognose", "Arbeitslose", "Atom", "Strom" stay;
- a body part or a sense before an ending of complaint: "Herzprobleme", "Rückenleiden",
  "Sehschwäche", "Rot-Grün-Schwäche", "Hörstörung", "Atembeschwerden", "Nierenleiden" —
  the same endings after anything else are ordinary ("Netzwerkstörung",
  "Lieferschwäche", "Anwohnerbeschwerden", "Geldprobleme");
- "-krank" and its nouns after any stem ("herzkrank", "Lungenkranker").

A word of this form is only a candidate: the health rule still needs a specific person in
the clause ("mein Bruder hat …", "ich bin …") and leaves groups, negations and idioms alone.
"""

from __future__ import annotations

import re

__all__ = ["is_medical_form"]

# body parts, organs and senses that open a compound of complaint
_BODY = (
    "herz herzrhythmus herzkreislauf kreislauf nieren niere leber lungen lunge atem atemwegs "
    "rücken knie hüft hüften hüfte schulter schultern nacken kopf magen darm magen-darm "
    "blasen blase gelenk gelenke muskel muskeln nerven venen augen auge ohren ohr "
    "bandscheiben wirbelsäulen wirbel haut schilddrüsen bauchspeicheldrüsen prostata "
    "gebärmutter knochen sprunggelenk fuß füße bein beine hand hände kiefer zahn "
    "gleichgewichts schluck seh hör geh sprech rot-grün rotgrün farb immun "
    "gedächtnis konzentrations aufmerksamkeits wahrnehmungs entwicklungs verhaltens "
    "persönlichkeits angst panik zwangs ess schlaf belastungs stoffwechsel durchblutungs "
    "gerinnungs blutgerinnungs lese-rechtschreib rechtschreib rechen lern sprach "
    # bones, joints and ligaments before a fracture or a tear ("Schlüsselbeinbruch")
    "schlüsselbein oberschenkel oberschenkelhals schenkelhals unterschenkel becken arm arme "
    "handgelenk handgelenks ellenbogen sprunggelenks rippen rippe schädel zehen finger "
    "knöchel sehnen achillessehnen bänder kreuzband meniskus gehirn hirn wirbelkörper"
).split()
# endings of complaint, medical after a body part only
_COMPLAINT = (
    "probleme problemen problem schwäche schwächen störung störungen leiden beschwerden "
    "schmerzen schmerz behinderung insuffizienz versagen vorfall "
    "entzündung entzündungen verschleiß lähmung "
    # singular only: one person's ("ein Schlüsselbeinbruch"), the plural is talk of a sport
    "bruch fraktur verletzung erschütterung riss blutung prellung"
).split()
# the same endings made ordinary by these stems (language and money, not the body)
_NOT_BODY = frozenset(("sprachprobleme", "sprachproblemen", "sprachproblem", "lernprobleme",
                       "lernproblemen", "lernproblem", "kopfschaden", "handproblem",
                       "sprachschwäche", "leseschwäche", "lernschwäche"))

# stems before "-ose" and "-om" that make a disease
_OSE = (
    "tuberkul psych arthr neur osteopor fibr skler thromb skoli endometri zirrh sten "
    "dermat mukoviszid sarkoid amyloid kyph spondyl spondylarthr chondr narkolept "
    "polyarthr koxarthr gonarthr hämochromat diverticul divertikul zyst lipomat "
    "borreli toxoplasm"
).split()
_OM = (
    "karzin melan glauk lymph my sark hämat aden glioblast blast meningi lip papill "
    "neurin terat myel fibr angi neuroblast retinoblast osteosark"
).split()

def _alt(words):
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_FORM = re.compile(
    r"[a-zäöüß\-]*(?:"
    r"[a-zäöüß]{3}itis"  # Neurodermitis, Bronchitis, Arthritis
    r"|(?:pl|par)egie|parese|paresen"  # Tetraplegie, Zerebralparese
    r"|[a-zäöüß]{2}(?:ämie|aemie)n?"  # Leukämie, Anämie (not Akademie)
    r"|[a-zäöüß]{2}algie"  # Fibromyalgie, Neuralgie
    r"|[a-zäöüß]{2}pathie"  # Neuropathie, Kardiomyopathie
    rf"|{_alt(_OSE)}osen?"  # Psychose, Tuberkulose, Kniearthrose
    rf"|{_alt(_OM)}om(?:e|en|s)?"  # Karzinom, Melanom, Glaukom
    r"|syndrom|syndroms"  # Down-Syndrom, Tourette-Syndrom
    r")"
    # Herzprobleme, Rot-Grün-Schwäche; two parts: Sprachentwicklungsstörung
    rf"|(?:{_alt(_BODY)}-?)?{_alt(_BODY)}-?{_alt(_COMPLAINT)}"
    r"|[a-zäöüß]{3,}-?(?:krank|kranke|kranker|kranken|krankes)"  # herzkrank, Lungenkranker
)
# ordinary words of these forms
_ORDINARY = frozenset(
    "sympathie antipathie empathie telepathie homöopathie osteopathie nostalgie "
    "akademie pandemie epidemie liebeskrank heimwehkrank".split()
)
# (and a premium: "Digitalisierungsprämie", "Prämien" are no anaemia)
_ORDINARY_ENDINGS = ("sympathie", "akademie", "pandemie", "epidemie", "prämie", "prämien",
                     "alchemie")


def is_medical_form(word: str) -> bool:
    """Tell a word whose form makes it a medical term ("Tuberkulose", "herzkrank").

    Examples
    --------
    >>> [w for w in ("Tuberkulose", "Herzprobleme", "Rot-Grün-Schwäche", "Prognose",
    ...              "Netzwerkstörung", "Arbeitslose", "Strom") if is_medical_form(w)]
    ['Tuberkulose', 'Herzprobleme', 'Rot-Grün-Schwäche']
    """
    if len(word) < 6:
        return False
    lower = word.lower()
    if lower in _ORDINARY or lower in _NOT_BODY or lower.endswith(_ORDINARY_ENDINGS):
        return False
    return _FORM.fullmatch(lower) is not None
