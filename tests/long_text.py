"""Very long single "sentences" in French and English for the linearity tests and benchmarks.

A broken input (a PDF paste, a file whose line breaks were lost) hands the checks one segment
of hundreds of thousands of characters with no sentence break. Each variant stresses another
shape of text: prose with commas only, proper names and capitals, numbers and dates, one phrase
repeated, no punctuation at all, one giant word, runs of spaces. The text is built from a small
vocabulary of everyday clauses (none taken from the checks' examples or data), shuffled with a
fixed seed, and cut at a word boundary to the requested size.
"""

from __future__ import annotations

import random

VARIANTS = ("prose", "names", "capitals", "numbers", "repeated", "nopunct", "giantword",
            "spaces")

_CLAUSES = {
    "fr": (
        "le conseil municipal a voté le budget de l'année prochaine",
        "les habitants du quartier demandent une nouvelle école",
        "la réunion s'est tenue dans la grande salle de la mairie",
        "plusieurs associations ont présenté leurs propositions",
        "le gouvernement prépare une réforme des retraites",
        "les députés examineront le texte la semaine prochaine",
        "une partie des agriculteurs craint la baisse des prix",
        "la ministre a rappelé que les dépenses resteraient maîtrisées",
        "les chercheurs ont publié leurs résultats dans une revue",
        "cette étude montre une hausse nette des températures",
        "le tribunal rendra sa décision au début du mois",
        "les syndicats appellent à une grève nationale",
        "elle a été élue présidente de la commission",
        "nous avons reçu de nombreuses lettres de lecteurs",
        "il faudra attendre plusieurs années avant de voir les effets",
        "les entreprises locales embauchent de jeunes apprentis",
        "la ville a rénové la bibliothèque et le musée",
        "le projet de loi a été adopté en première lecture",
        "les enfants sont rentrés de l'école sous la pluie",
        "on ne sait pas encore combien de personnes viendront",
    ),
    "en": (
        "the city council voted on next year's budget",
        "residents of the district are asking for a new school",
        "the meeting was held in the main hall of the town hall",
        "several associations presented their proposals",
        "the government is preparing a pension reform",
        "members of parliament will examine the bill next week",
        "some farmers fear that prices will fall",
        "the minister recalled that spending would remain under control",
        "the researchers published their results in a journal",
        "this study shows a clear rise in temperatures",
        "the court will deliver its ruling at the beginning of the month",
        "the unions are calling for a national strike",
        "she was elected chair of the committee",
        "we have received many letters from readers",
        "it will take several years before the effects are seen",
        "local companies are hiring young apprentices",
        "the town renovated the library and the museum",
        "the bill was passed at first reading",
        "the children came home from school in the rain",
        "nobody knows yet how many people will come",
    ),
}
_LINKS = {"fr": (", ", " et ", " mais ", " ; ", " car ", " : "),
          "en": (", ", " and ", " but ", " ; ", " because ", " : ")}
_NAMES = ("Jean-Marc Dubois", "Marie Lefèvre", "Organisation des Nations Unies", "Paris",
          "Union européenne", "Kofi Annan", "Banque mondiale", "Fatima Benali", "Genève",
          "Conseil de sécurité", "Pierre Martin", "New York", "Ahmed Diallo", "Bruxelles")
_NUMBERS = {"fr": ("12 345,67 euros", "le 3 mars 2021", "15 %", "1 200 habitants",
                   "l'article 42", "en 1998", "3,5 millions", "n° 17", "le 14 juillet"),
            "en": ("12,345.67 euros", "on 3 March 2021", "15%", "1,200 residents",
                   "article 42", "in 1998", "3.5 million", "No. 17", "on 14 July")}
_GIANT = {"fr": "anticonstitutionnellement", "en": "internationalization"}


def long_text(language: str, variant: str, size: int, seed: int = 0) -> str:
    """About `size` characters of `language` text ("fr" or "en") without a sentence break."""
    rng = random.Random(f"{language}-{variant}-{seed}")
    clauses, links = _CLAUSES[language], _LINKS[language]
    if variant == "giantword":
        word = _GIANT[language]
        return (word * (size // len(word) + 1))[:size]
    if variant == "repeated":
        phrase = clauses[0] + links[0]
        return _cut((phrase * (size // len(phrase) + 2)), size)
    pieces: list[str] = []
    length = 0
    while length < size + 200:
        clause = rng.choice(clauses)
        if variant == "names":
            words = clause.split()
            at = rng.randrange(len(words))
            words.insert(at, rng.choice(_NAMES))
            clause = " ".join(words)
        elif variant == "capitals":
            clause = clause.upper() if rng.random() < 0.5 else clause.title()
        elif variant == "numbers":
            clause = f"{clause} {rng.choice(_NUMBERS[language])}"
        elif variant == "nopunct":
            clause = clause.replace("'", " ")
        elif variant == "spaces":
            clause = "".join(c if c != " " else " " * rng.randint(1, 30) for c in clause)
        link = " " if variant == "nopunct" else rng.choice(links)
        pieces.append(clause + link)
        length += len(clause) + len(link)
    text = "".join(pieces)
    return _cut(text[0].upper() + text[1:], size)


def _cut(text: str, size: int) -> str:
    """`text` cut to at most `size` characters at a word boundary."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > 0 else size].rstrip()
