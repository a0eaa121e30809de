"""Build resources/lexicon/fr-forms.tsv, the French lexicon of inflected forms, from the
Dicollecte/Grammalecte Hunspell dictionary (MPL-2.0) as Debian ships it.

    cd /tmp && apt-get download hunspell-fr-comprehensive
    dpkg-deb -x hunspell-fr-comprehensive_*.deb hunspell-fr
    python tools/build_french_lexicon.py /tmp/hunspell-fr/usr/share/hunspell/fr

The dictionary's .dic lines carry morphological fields (po: part of speech, is: gender and
number) and its suffix rules add the fields of each form they generate (`SFX F. 0 es ...
is:fem is:pl`). Expanding every stem by its suffix flags gives every form with its lemma (the
stem: masculine singular, infinitive). Prefix rules (elisions l' d' qu', unit prefixes) are
left out: they do not change what a word agrees with.

Output (see translator_gui/core/lexicon.py, which reads it): fr-analyses.tsv, the distinct
sets of analyses `pos,gender,number,person,lemma-edit;...` one per line, and fr-forms.tsv,
lines `form<TAB>line number in fr-analyses.tsv` sorted by UTF-8 bytes (binary search).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "lexicon"

# Dicollecte's part-of-speech tags -> the lexicon's (few, coarse) parts of speech.
POS = {
    "nom": "noun", "adj": "adj", "npr": "propn", "prn": "propn", "patr": "propn",
    "adv": "adv", "loc.adv": "adv", "prep": "prep", "loc.prep": "prep", "cjco": "conj",
    "cjsub": "conj", "loc.cjsub": "conj", "interj": "intj", "loc.interj": "intj",
    "det": "det", "detpos": "det", "detdem": "det", "detind": "det", "detneg": "det",
    "detex": "det", "dete": "det", "art": "det", "artdf": "det", "artnd": "det",
    "nb": "num", "nbro": "adj", "properobj": "pron", "propersuj": "pron", "prodem": "pron",
    "proind": "pron", "prorel": "pron", "proint": "pron", "proneg": "pron", "prepv": "pron",
    "pronom": "pron", "1pe": "pron", "2pe": "pron", "3pe": "pron", "pfx": None, "titr": "noun",
    "infi": "inf", "ppre": "ppre", "ppas": "ppas",
}
FINITE = {"ipre", "iimp", "ipsi", "ifut", "cond", "spre", "simp", "impe"}
PERSONS = {"1sg": ("1", "s"), "1isg": ("1", "s"), "1jsg": ("1", "s"), "2sg": ("2", "s"),
           "3sg": ("3", "s"), "1pl": ("1", "p"), "2pl": ("2", "p"), "3pl": ("3", "p")}


@dataclass
class Rule:
    strip: str
    add: str
    condition: re.Pattern[str]
    fields: list[str]


def read_affixes(path: Path) -> dict[str, list[Rule]]:
    """Suffix rules by (two-character) flag. A prefix flag's rule that adds nothing to the
    stem (`PFX Um 0 0/S. .`: the unit nouns « calorie », « gramme », whose plural comes only
    through their prefix flag) counts as its continuation flags' suffix rules (see expand)."""
    rules: dict[str, list[Rule]] = defaultdict(list)
    header: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in {"SFX", "PFX"}:
            continue
        flag = parts[1]
        if (parts[0], flag) not in header:
            header.add((parts[0], flag))  # "SFX flag Y count"
            continue
        if parts[0] == "PFX":
            add, _, continuation = parts[3].partition("/")
            if parts[2] == "0" and add == "0":
                _EMPTY_PREFIXES[flag] = flags_of(continuation)
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = parts[3].split("/", 1)[0]
        add = "" if add == "0" else add
        condition = re.compile(f"(?:{parts[4]})$") if len(parts) > 4 else re.compile("$")
        rules[flag].append(Rule(strip, add, condition, parts[5:]))
    return rules


# Prefix flag -> continuation flags of its rule that adds nothing (read_affixes).
_EMPTY_PREFIXES: dict[str, list[str]] = {}


def flags_of(text: str) -> list[str]:
    return [text[k:k + 2] for k in range(0, len(text) - 1, 2)]


def analyses(fields: list[str]) -> set[tuple[str, str, str, str]]:
    """(pos, gender, number, person) of a form from its morphological fields."""
    tags = [f[3:].rstrip("!") for f in fields if f.startswith("po:")]
    gender = number = ""
    for field in fields:
        if field == "is:mas":
            gender = "m"
        elif field == "is:fem":
            gender = "f"
        elif field == "is:sg":
            number = "s"
        elif field == "is:pl":
            number = "p"
    found: set[tuple[str, str, str, str]] = set()
    persons = [PERSONS[t] for t in tags if t in PERSONS]
    if any(t in FINITE for t in tags):
        numbers = {n for _p, n in persons}
        found.add(("verb", "", numbers.pop() if len(numbers) == 1 else "",
                   "".join(sorted({p for p, _n in persons}))))
    for tag in tags:
        if tag.startswith("v") and "_" in tag:
            continue  # the verb's conjugation class: the suffix rules say the form
        pos = POS.get(tag, "x" if tag not in FINITE and tag not in PERSONS else None)
        if pos is None or pos == "x" and not tag.isalpha():
            continue
        if pos == "x":
            pos = "other"
        found.add((pos, gender, number, ""))
    return found


def lemma_edit(form: str, lemma: str) -> str:
    """How to get the lemma from the form: "" when equal, else "<cut><suffix>"."""
    if form == lemma:
        return ""
    common = 0
    while common < min(len(form), len(lemma)) and form[common] == lemma[common]:
        common += 1
    return f"{len(form) - common}{lemma[common:]}"


def expand(dic: Path, rules: dict[str, list[Rule]]) -> dict[str, set[str]]:
    lexicon: dict[str, set[str]] = defaultdict(set)

    def add(form: str, lemma: str, fields: list[str]) -> None:
        if not form or " " in form:
            return
        edit = lemma_edit(form, lemma)
        for pos, gender, number, person in analyses(fields):
            lexicon[form].add(f"{pos},{gender},{number},{person},{edit}")

    lines = dic.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # the first line is the entry count
        if not line.strip():
            continue
        head, *fields = line.split()
        if "/" in head and not head.startswith("/"):
            stem, flag_text = head.split("/", 1)
        else:
            stem, flag_text = head, ""
        flags = flags_of(flag_text)
        empty = [_EMPTY_PREFIXES[flag] for flag in flags if flag in _EMPTY_PREFIXES]
        flags += [flag for continuation in empty for flag in continuation]
        # The stem alone: unless NEEDAFFIX, or through an empty prefix that continues with no
        # suffix (« lux », invariable); one that continues with suffixes gives its forms there.
        if "()" not in flags or any(not continuation for continuation in empty):  # NEEDAFFIX: the stem alone is not a word
            add(stem, stem, fields)
        for flag in flags:
            for rule in rules.get(flag, ()):
                if not stem.endswith(rule.strip) or not rule.condition.search(stem):
                    continue
                form = stem[:len(stem) - len(rule.strip)] + rule.add
                add(form, stem, fields + rule.fields)
    return lexicon


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary", help="path of the dictionary without .aff/.dic, e.g. "
                                           "/tmp/hunspell-fr/usr/share/hunspell/fr")
    parser.add_argument("--output", default=str(FOLDER), help="folder to write into")
    args = parser.parse_args(argv)
    rules = read_affixes(Path(args.dictionary + ".aff"))
    lexicon = expand(Path(args.dictionary + ".dic"), rules)
    # Each distinct set of analyses once, in a small table; forms point into it by number.
    table: dict[str, int] = {}
    rows = []
    for form, found in lexicon.items():
        key = ";".join(sorted(found))
        rows.append((form.encode("utf-8"), table.setdefault(key, len(table))))
    rows.sort()  # by UTF-8 bytes: the order the reader's binary search relies on
    folder = Path(args.output)
    header = ("# French inflected forms, sorted by their UTF-8 bytes: form<TAB>number of a line "
              "of fr-analyses.tsv. Built by tools/build_french_lexicon.py from the Dicollecte "
              "French Hunspell dictionary (MPL-2.0, see README.md).\n")
    body = header.encode("utf-8") + b"".join(form + b"\t" + str(code).encode() + b"\n"
                                              for form, code in rows)
    # Not compressed: decompressing costs more than the 100 ms a first lookup may take, and
    # the wheel (a zip) compresses it anyway.
    (folder / "fr-forms.tsv").write_bytes(body)
    analyses_header = (
        "# Analyses of French forms, one set per line (line N after this header = code N of "
        "fr-forms.tsv):\n# analysis;analysis... with analysis = pos,gender,number,person,"
        "lemma-edit\n# pos: noun adj ppas (past participle) ppre inf verb (finite) adv det pron "
        "prep conj num propn intj other; gender m|f|empty (both); number s|p|empty (both);\n"
        "# person: the persons of a finite verb form (e.g. 13); lemma-edit: empty when the lemma "
        "is the form, else <characters to cut from its end><text to append>.\n")
    (folder / "fr-analyses.tsv").write_text(
        analyses_header + "".join(f"{key}\n" for key in table), encoding="utf-8")
    print(f"{len(rows)} forms, {len(table)} sets of analyses -> {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
