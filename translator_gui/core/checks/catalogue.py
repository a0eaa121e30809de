"""The check catalogue: every check class, registered once in a stable order.

The order is the order checks run and are listed in (`translator-gui checks`). A module that
registers its checks itself (`@register`) is imported after the list below.
"""

from __future__ import annotations

from translator_gui.core.checks.agreement import (
    FrenchAdjectiveAgreement,
    FrenchParticipleAgreement,
    FrenchSubjectVerbAgreement,
)
from translator_gui.core.checks.agreement_determiner import FrenchDeterminerAgreement
from translator_gui.core.checks.agreement_lexicon import FrenchNounPhraseAgreement
from translator_gui.core.checks.agreement_verb import FrenchVerbNumberAgreement
from translator_gui.core.checks.alignment import (
    AlignmentAddition,
    AlignmentOmission,
    LengthOutlier,
    SegmentTooLong,
)
from translator_gui.core.checks.base import Check, register
from translator_gui.core.checks.calques import FrenchCalque
from translator_gui.core.checks.capitals import (
    FrenchCapitalizedDate,
    FrenchCapitalizedNationality,
    FrenchEnglishTitleCase,
    FrenchLowercaseSentenceStart,
    NameInCapitals,
)
from translator_gui.core.checks.capitals_source import FrenchCapitalWithoutSource
from translator_gui.core.checks.capitals_title import FrenchTitleCaseCopied
from translator_gui.core.checks.false_friends import FalseFriendCheck
from translator_gui.core.checks.names import NameMismatch
from translator_gui.core.checks.numbers import (
    BrokenDocumentSymbol,
    DateMismatch,
    EnglishFrenchNumberFormat,
    FrenchNumberFormat,
    NumberMismatch,
)
from translator_gui.core.checks.repetition import (
    EnglishRepeatedContentWord,
    EnglishRepeatedWord,
    FrenchRepeatedContentWord,
    FrenchRepeatedWord,
    FrenchVerbObjectSameStem,
)
from translator_gui.core.checks.terms import (
    DeprecatedTerm,
    ScrambledTerm,
    TermMismatch,
    TermMissingTranslation,
)
from translator_gui.core.checks.typography import (
    EnglishFrenchPunctuation,
    FrenchSpaceBeforePunctuation,
)
from translator_gui.core.checks.untranslated import (
    TargetIdenticalToSource,
    UntranslatedEnglishWord,
    WrongLanguage,
)
from translator_gui.core.checks.untranslated_en import EnglishUntranslatedFrench

CHECKS: tuple[type[Check], ...] = (
    FrenchRepeatedWord,
    FrenchRepeatedContentWord,
    FrenchVerbObjectSameStem,
    FrenchCalque,
    NameInCapitals,
    FrenchCapitalizedDate,
    FrenchCapitalizedNationality,
    FrenchEnglishTitleCase,
    FrenchCapitalWithoutSource,
    FrenchTitleCaseCopied,
    FrenchLowercaseSentenceStart,
    FrenchAdjectiveAgreement,
    FrenchNounPhraseAgreement,
    FrenchDeterminerAgreement,
    FrenchParticipleAgreement,
    FrenchSubjectVerbAgreement,
    FrenchVerbNumberAgreement,
    FrenchNumberFormat,
    BrokenDocumentSymbol,
    FrenchSpaceBeforePunctuation,
    EnglishRepeatedWord,
    EnglishRepeatedContentWord,
    EnglishFrenchNumberFormat,
    EnglishFrenchPunctuation,
    EnglishUntranslatedFrench,
    NumberMismatch,
    DateMismatch,
    NameMismatch,
    TargetIdenticalToSource,
    WrongLanguage,
    AlignmentOmission,
    AlignmentAddition,
    LengthOutlier,
    SegmentTooLong,
    FalseFriendCheck,
    UntranslatedEnglishWord,
    DeprecatedTerm,
    ScrambledTerm,
    TermMissingTranslation,
    TermMismatch,
)

for _check in CHECKS:
    register(_check)

# Modules whose checks register themselves on import (new families): add them here.
from translator_gui.core.checks import (  # noqa: E402
    calques_en,  # noqa: F401
    capitals_labels,  # noqa: F401
    capitals_named,  # noqa: F401
    consistency,  # noqa: F401
    conventions_en,  # noqa: F401
    determiners,  # noqa: F401
    determiners_coordination,  # noqa: F401
    memory_corrections,  # noqa: F401
    negation,  # noqa: F401
    pronouns,  # noqa: F401
    spelling,  # noqa: F401
    terms_case,  # noqa: F401
    terms_loose,  # noqa: F401
    trends,  # noqa: F401
    variants,  # noqa: F401
    verb_prepositions,  # noqa: F401
    word_order,  # noqa: F401
)
