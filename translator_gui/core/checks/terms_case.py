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
from translator_gui.core.termbase import ACCEPTED, DEPRECATED, Termbase, is_acronym, tokenize


def _title_cased(found: str, form: str) -> bool:
    """Whether `found` capitalizes a word after the first that `form` writes in lower case
    (and is no acronym in either)."""
    found_tokens, form_tokens = tokenize(found), tokenize(form)
    if len(found_tokens) != len(form_tokens) or len(found_tokens) < 2:
        return False
    return any(a.text[:1].isupper() and b.text[:1].islower() and not is_acronym(a.text)
               and _convention(a.text) is None  # « droits de l'Homme », « ministère de l'Intérieur »
               for a, b in zip(found_tokens[1:], form_tokens[1:], strict=True))


# The kinds of entries whose French name is a proper name with its first capital in running text
# (an organ, a body, an agency, an event), unlike a place's generic word (« l'île Christmas », « le
# pays de Galles ») or a treaty's (« les conventions de Genève »).
_NAMES = frozenset({"organ", "body", "agency", "fund-programme", "event"})
# Ministries and offices: French government style capitalizes the portfolio (« ministère des
# Affaires étrangères », « ministre de la Santé ») where UN style does not; both are French.
_HOUSE_STYLES = frozenset({"government", "title"})


@register
class TermCapitals(Check):
    id = "term-capitals"
    name = "Capitals of an official name (French)"
    description = ("An official name of the termbase written in French with English capitals "
                   "(« le Sud Global » → « le Sud global », « Programme des Nations Unies pour "
                   "le Développement » → « … pour le développement »), or in lower case where "
                   "the English writes the name with its capitals (« l'assemblée générale » for "
                   "\"the General Assembly\"): the termbase's form is the fix. Quiet on text in "
                   "capitals throughout (a heading).")
    category = "Linguistic conventions/Capitalization"
    severity = Severity.MINOR
    severities = (Severity.NEUTRAL, Severity.MINOR)  # a note in a French source
    languages = ("fr",)
    bad_examples = (
        Example("Les pays du Sud Global demandent plus de soutien.",
                "Countries of the Global South call for more support.",
                flags=('Sud Global',)),
        # the name in lower case where the English writes it with its capitals
        Example("Le projet a été transmis à l'assemblée générale et à la banque mondiale.",
                "The draft went to the General Assembly and to the World Bank.",
                flags=("assemblée générale", "banque mondiale")),
    )
    good_examples = (
        Example("Les pays du Sud global demandent plus de soutien au Conseil de sécurité.",
                "Countries of the Global South call for more support from the Security Council."),
        Example("LE SUD GLOBAL DEMANDE PLUS DE SOUTIEN.", "THE GLOBAL SOUTH ASKS FOR MORE."),
        # no capitals in the English: a common noun phrase, not the name
        Example("L'assemblée générale des actionnaires a voté le budget de la banque.",
                "The general meeting of shareholders voted the bank's budget."),
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
            yield from self._lowered(context, side, text, terms, reported)

    @staticmethod
    def _lowered(context: SegmentContext, side: str, text: str, terms: Termbase,
                 reported: set[tuple[int, int]]) -> Iterable[Finding]:
        """An official name the English side writes with its capitals (« General Assembly »)
        and the French in lower case (« l'assemblée générale »): the name, not a common
        noun phrase (a company's « assemblée générale » has no capitals in English either)."""
        english = [other for other in ("source", "target") if other != side
                   and (context.source_language if other == "source"
                        else context.target_language) == "en"]
        if not english:
            return
        named = [m.entry for m in terms.find(context.text(english[0]), "en")
                 if m.status in ACCEPTED and m.entry.domain in _NAMES
                 and context.text(english[0])[m.start:m.end][:1].isupper()]
        if not named:
            return
        for match in terms.find(text, "fr", capital=False):
            found = text[match.start:match.end]
            if not any(match.entry is entry for entry in named) or match.status not in ACCEPTED \
                    or (match.start, match.end) in reported \
                    or not (found[:1].islower() and match.form[:1].isupper()):
                continue
            reported.add((match.start, match.end))
            yield Finding(side, match.start, match.end,
                          f"« {found} » is the official name « {match.form} » (as the English "
                          "writes it with capitals): French gives its first word a capital.",
                          replacement=match.form,
                          severity=Severity.NEUTRAL if side == "source" else None)
