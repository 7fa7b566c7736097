"""Grammar words of the health rule (health.py): possessives, verbs, clause words."""

from __future__ import annotations

_POSSESSIVE_FIRST = frozenset(
    "mein meine meinem meinen meiner meines mei meim unser unsere unserem unseren unserer "
    "unseres unsre unsrem unsren unsrer dein deine deinem deinen deiner euer eure eurem euren "
    "eurer onser onsere onserem onseren onserer "
    "mien".split()  # Low German "mien Vadder" (not "mi": Swabian "mich")
)
_POSSESSIVE_THIRD = frozenset(
    "sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres".split()
)
_ARTICLE = frozenset("der die das den dem des".split())
_INDEFINITE = frozenset("ein eine einen einem einer eines".split())
_RELATIVE = frozenset(
    "der die das dem den welcher welche welches welchem welchen deren dessen".split()
)
_FIRST_PERSON = frozenset(("ich", "mir", "mich", "ik", "ick"))  # Low German "ik", "ick"
_THIRD_PERSON = frozenset(("er", "sie", "ihm", "ihn", "se"))  # Swabian "se": sie
_TITLE = frozenset(("Herr", "Herrn", "Frau", "Hr.", "Fr.", "Dr.", "Prof."))
_PARTICLE = frozenset("von van de di da del der den ten ter zu vom".split())
_FROM = frozenset(("vom", "von"))
# tags of earlier rules that stand for one person: "[PERSON-BESCHREIBUNG] ist schwanger"
_PERSON_TAGS = frozenset(("[NAME]", "[PERSON-BESCHREIBUNG]"))
# words that open a new clause inside a sentence
_CLAUSE_WORDS = frozenset(
    "und aber weil denn sondern oder deshalb deswegen daher darum dass daß damit wenn falls "
    "obwohl sodass trotzdem jedoch bzw weshalb wobei sowie wo ob sobald nachdem bevor "
    "indem ond".split()  # Swabian "ond": und
)
# verbs of a clause whose subject is "ich" without the word: "…und bin gehbehindert"
_FIRST_PERSON_VERBS = frozenset(
    "bin hab habe leide sitze liege brauche nehme bekomme kriege krieg lebe wohne "
    "geh gehe lauf laufe sitz lieg brauch nimm han "  # "…und geh am Rollator"
    "hob hätt".split()  # Bavarian "I hob Diabetes", Alemannic "I hätt …"
)
_FIRST_PERSON_OPENERS = _FIRST_PERSON_VERBS | {"war", "hatte", "musste", "wurde"}
# finite verbs of a clause whose subject stands before the comma: "Mein Vater, Karl, ist …"
_FINITE_VERBS = frozenset(
    "ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte "
    "muss müssen musste sitzt sitzen saß leidet leiden litt liegt liegen lag lebt leben "
    "braucht brauchen bekommt bekommen bekam geht gehen ging nimmt nehmen nahm benötigt "
    "hört sieht kommt kam darf durfte soll sollte bin habe hab "
    # reported speech, as an interviewer writes it down: "ihr Mann sei blind", "seine
    # Tochter habe Asthma", "er könne nicht lange stehen"
    "sei seien leide sitze liege lebe brauche bekomme nehme könne müsse dürfe hätte wäre "
    "isch hot hend hen sen send "  # Swabian: "isch" ist, "hot" hat, "hen" haben
    "is hett hebbt heff het hät hed hod hob ham".split()  # Low German, Alemannic, Bavarian
)
_PLURAL_VERBS = frozenset(
    "sind waren haben hatten sitzen leiden liegen leben brauchen bekommen werden wurden "
    "können müssen".split()
)
_HAVE = frozenset("haben habe hab hatten hatte hob ham heff hebb".split())
# a demonstrative "der"/"die" opening a clause before these is a person: "der isch krank"
_DEMONSTRATIVE_VERBS = frozenset(
    "ist isch hat hot hatte war leidet sitzt liegt braucht nimmt bekommt kriegt "
    "sei habe leide sitze liege brauche".split()
)
_DEMONSTRATIVE_AFTER = frozenset((",", ";", "–", "—", "-", ":", "(", "."))
# words ending in "t" that are no verbs
_NOT_VERBS = frozenset(
    "nicht seit jetzt erst sonst fast selbst meist bereits zuletzt zunächst insgesamt "
    "bisher recht weit halt leicht mindestens höchstens spät schlecht gut oft damit".split()
)
_COPULA = frozenset("ist bin sind war waren wird werde wurde sei seid bist isch sen".split())
_NEGATION = frozenset("nicht kein keine keinen keiner keinem keines nie niemals ohne".split())
_PARTICLES = frozenset("ja doch wohl gar auch mal halt eben eh zum glück".split())
# a health term after these is about a group, not a person ("für Rollstuhlfahrer",
# "viele Blinde")
_GROUP_BEFORE = frozenset("alle viele manche einige andere mehr".split())
_GROUP_NOUNS = frozenset(
    "menschen personen leute leuten kinder kindern jugendliche jugendlichen bürger "
    "bürgerinnen mitbürger senioren seniorinnen ältere älteren patienten patientinnen "
    "familien angehörige angehörigen betroffene betroffenen nutzer besucher fußgänger "
    "jemand jemanden jeder jede alle viele manche einige andere niemand man bewohner "
    "einwohner schüler schülerinnen mitarbeitende beschäftigte frauen männer eltern "
    "fahrgäste kunden gäste".split()
)
# a clause about someone's work: "ich arbeite in der Psychiatrie"
_WORK_WORDS = frozenset(
    "arbeite arbeitet arbeitete arbeiten arbeiteten gearbeitet beruflich tätig angestellt "
    "praktikum ausbildung zuständig ehrenamtlich ehrenamt".split()
)
# words that finish a health statement a little after the term ("auf den Rollator angewiesen")
_COMPLETERS = frozenset(
    "angewiesen betroffen behandelt eingeschränkt abhängig diagnostiziert festgestellt "
    "gekommen eingeliefert gewesen geworden erkrankt".split()
)
# ill persons named by their condition ("Rollstuhlfahrer"): after an article, someone else
_PERSON_ENDINGS = ("fahrer", "fahrerin", "iker", "ikerin", "ist", "istin", "patient",
                   "patientin", "kranke", "kranker")
# aids used as a tool ("Mit dem Rollator komm ich da nicht rein") say how someone gets about,
# not what they have: they count as a predicate only ("sitzt im Rollstuhl", "hat einen Rollator")
_AIDS = ("rollator", "rollstuhl", "rolli", "gehhilfe", "krücken", "gehstock", "gehwagen",
         "hörgerät", "blindenhund", "blindenstock", "sauerstoff")
_AFTER_BLIND = frozenset("seit geworden gewesen ist sind war bin auf geboren".split())
# words that make "für … Rollstuhlfahrer" one person: "für mich als Rollstuhlfahrer"
_PERSON_WORDS = frozenset("mich mir ihn ihm sie uns als".split()) | _POSSESSIVE_FIRST
# names after an abbreviation that make it a product: "MS Office", "MS Teams"
_PRODUCTS = frozenset(
    "office teams word excel windows outlook access paint edge project forms dos exchange "
    "sharepoint azure visio dynamics 365 publisher store defender onedrive".split()
)
# a person after these is one of many: "viele meiner Kollegen haben Burnout"
_MANY = frozenset("viele einige manche mehrere paar etliche wenige".split())
# words before a health term that go on with the same person: "…ist 87 und fast taub"
_DEGREE = frozenset(
    "fast völlig komplett halb stark schwer leicht sehr inzwischen mittlerweile schon auch "
    "total nahezu beinahe chronisch psychisch zudem außerdem dazu noch praktisch ganz".split()
)
_NOUN_ADJ = ("te", "ten", "se", "sen", "de", "den", "ge", "gen", "ke", "ken")
_MAX_GAP = 7  # words between a person and the health term
_MAX_TAIL = 4  # words after the last health term still taken to the clause end
_MAX_LEAD = 3  # words before a health term that opens the clause ("Seit dem Schlaganfall")
_MAX_CONSEQUENCE = 8  # words after a term where a consequence still belongs to it
# what a condition leaves a person with: "seit dem Burnout (…) keine Nerven mehr"
_CONSEQUENCES = frozenset(
    "probleme beschwerden schmerzen schwierigkeiten nerven kraft energie ausdauer puste "
    "atemnot schwindel anfälle aussetzer".split()
)
# a term after these is a cause or a time, not a workplace: "seit der Reha arbeite ich …"
_CAUSE_WORDS = frozenset("seit nach wegen trotz durch vor".split())
# professions of health and care: a job at a place of care (health_terms._staff_at) and a
# role whose health words are its work, not its health (health_persons._one_by_role)
_CARE_PROFESSIONS = ("pfleger", "pflegerin", "pflegekraft", "arzt", "ärztin", "therapeut",
                     "therapeutin", "betreuer", "betreuerin", "seelsorger", "seelsorgerin",
                     "sozialarbeiter", "sozialarbeiterin", "hebamme", "psychologe",
                     "psychologin")
