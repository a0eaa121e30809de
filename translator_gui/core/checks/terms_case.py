"""An official French name written with English capitals: « le Sud Global », « le Programme des
Nations Unies pour le Développement ». French gives a capital to the first word of a name (and
to the words that are names themselves), not to each word as English does; the termbase writes
each name as it should be, so a word it writes in lower case that the draft capitalizes is the
English title case carried over. The termbase's form is the fix. A word French itself may write
with a capital (resources/checks/capitalized-nouns-fr.tsv: « l'Intérieur », « l'Homme ») and
ministries and offices (French government style capitalizes the portfolio: « ministère de la
Santé ») are left alone."""

from __future__ import annotations

from collections.abc import Iterable

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity, register
from translator_gui.core.checks.capitals_source import _convention
from translator_gui.core.checks.terms import fit_case
from translator_gui.core.checks.text import termbase
from translator_gui.core.termbase import ACCEPTED, DEPRECATED, is_acronym, tokenize


def _title_cased(found: str, form: str) -> bool:
    """Whether `found` capitalizes a word after the first that `form` writes in lower case
    (and is no acronym in either)."""
    found_tokens, form_tokens = tokenize(found), tokenize(form)
    if len(found_tokens) != len(form_tokens) or len(found_tokens) < 2:
        return False
    return any(a.text[:1].isupper() and b.text[:1].islower() and not is_acronym(a.text)
               and _convention(a.text) is None  # « droits de l'Homme », « ministère de l'Intérieur »
               for a, b in zip(found_tokens[1:], form_tokens[1:], strict=True))


# Ministries and offices: French government style capitalizes the portfolio (« ministère des
# Affaires étrangères », « ministre de la Santé ») where UN style does not; both are French.
_HOUSE_STYLES = frozenset({"government", "title"})


@register
class TermCapitals(Check):
    id = "term-capitals"
    name = "Capitals of an official name (French)"
    description = ("An official name of the termbase written in French with English capitals "
                   "(« le Sud Global » → « le Sud global », « Programme des Nations Unies pour "
                   "le Développement » → « … pour le développement »): the termbase's form is "
                   "the fix. Quiet on text in capitals throughout (a heading).")
    category = "Linguistic conventions/Capitalization"
    severity = Severity.MINOR
    severities = (Severity.NEUTRAL, Severity.MINOR)  # a note in a French source
    languages = ("fr",)
    bad_examples = (
        Example("Les pays du Sud Global demandent plus de soutien.",
                "Countries of the Global South call for more support.",
                flags=('Sud Global',)),
    )
    good_examples = (
        Example("Les pays du Sud global demandent plus de soutien au Conseil de sécurité.",
                "Countries of the Global South call for more support from the Security Council."),
        Example("LE SUD GLOBAL DEMANDE PLUS DE SOUTIEN.", "THE GLOBAL SOUTH ASKS FOR MORE."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        terms = termbase(context)
        for side in context.sides_in("fr"):
            text = context.text(side)
            if not any(c.isupper() for c in text) or text.isupper():
                continue
            matches = terms.find(text, "fr")
            deprecated = [m for m in matches if m.status == DEPRECATED]
            reported: set[tuple[int, int]] = set()
            for match in matches:
                if match.status not in ACCEPTED or match.entry.domain in _HOUSE_STYLES or any(
                        d.start < match.end and match.start < d.end for d in deprecated):
                    continue  # a deprecated form is term-deprecated's, with its own fix
                if (match.start, match.end) in reported:
                    continue  # (several entries or forms may read the same words)
                found = text[match.start:match.end]
                if found in match.entry.accepted("fr") or not _title_cased(found, match.form):
                    continue
                # (in a French source, a note: the reviewer does not answer for it)
                reported.add((match.start, match.end))
                yield Finding(side, match.start, match.end,
                              f"« {found} »: French writes « {match.form} », with a capital "
                              "only where the name has one.",
                              replacement=fit_case(text, match.start, match.form),
                              severity=Severity.NEUTRAL if side == "source" else None)
