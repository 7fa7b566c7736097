"""Word lists of the German (and English) preprocessing: stop words, generic and dialect words.

Data, not logic: :mod:`esslingen_lab.text.normalize` builds the stop-word sets from them and
the theme labels avoid :data:`LABEL_AVOID`.
"""

__all__ = [
    "PARTICIPATION_STOPWORDS",
    "GENERIC_WORDS",
    "DIALECT_WORDS",
    "LABEL_AVOID",
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
