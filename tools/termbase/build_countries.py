"""Build resources/termbase/countries-fr-en.csv: country and territory names in French and English.

Sources, merged in this order:

1. tools/termbase/un-countries.tsv: the UN Member States and observer States with their short
   and formal names as the UN Terminology Database (UNTERM) writes them. UN usage wins wherever
   it differs from ISO 3166 (« République argentine », not ISO's « République d'Argentine »).
2. pycountry (LGPL-2.1), which ships the ISO 3166-1 list and the French names of the
   iso-codes project (LGPL-2.1): it checks every UN row's ISO code and gives the names of the
   non-self-governing and other territories, corrected by TERRITORIES below (ISO's inverted
   « Åland, Îles » becomes « Îles d'Åland »; the UN writes « Chine, région administrative
   spéciale de Hong Kong »). Territories whose names are the same in both languages are left
   out: the termbase lists places because their names differ.
3. tools/termbase/country-extras.csv: hand-written variants, deprecated forms and notes.

Run from the checkout root: `python tools/termbase/build_countries.py` (needs
`pip install pycountry`, used only here, never at run time).
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent.parent / "resources" / "termbase" / "countries-fr-en.csv"
HEADER = ["id", "domain", "fr", "en", "fr_variants", "en_variants", "fr_deprecated",
          "en_deprecated", "note"]

# Territories: ISO code -> (English, French) in UN usage, or None to leave the territory out
# (Taiwan: the UN lists no separate name; the United States Minor Outlying Islands: no use).
TERRITORIES: dict[str, tuple[str, str] | None] = {
    "AX": ("Åland Islands", "Îles d'Åland"),
    "CC": ("Cocos (Keeling) Islands", "Îles des Cocos (Keeling)"),
    "CX": ("Christmas Island", "Île Christmas"),
    "FK": ("Falkland Islands (Malvinas)", "Îles Falkland (Malvinas)"),
    "GL": ("Greenland", "Groenland"),
    "HK": ("China, Hong Kong Special Administrative Region",
           "Chine, région administrative spéciale de Hong Kong"),
    "MO": ("China, Macao Special Administrative Region",
           "Chine, région administrative spéciale de Macao"),
    "NU": ("Niue", "Nioué"),
    "RE": ("Réunion", "La Réunion"),
    "VI": ("United States Virgin Islands", "Îles Vierges américaines"),
    "VG": ("British Virgin Islands", "Îles Vierges britanniques"),
    "WF": ("Wallis and Futuna Islands", "Îles Wallis-et-Futuna"),
    "SJ": ("Svalbard and Jan Mayen Islands", "Îles Svalbard-et-Jan Mayen"),
    "SX": ("Sint Maarten (Dutch part)", "Sint Maarten (partie néerlandaise)"),
    "BQ": ("Bonaire, Sint Eustatius and Saba", "Bonaire, Saint-Eustache et Saba"),
    "PN": ("Pitcairn", "Pitcairn"),
    "SH": ("Saint Helena", "Sainte-Hélène"),
    "PM": ("Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon"),
    "TW": None,
    "UM": None,
}
# Short forms a territory also goes by (variants).
TERRITORY_VARIANTS: dict[str, tuple[list[str], list[str]]] = {
    "HK": (["Hong Kong", "Hong Kong (Chine)"], ["Hong Kong", "Hong Kong, China"]),
    "MO": (["Macao", "Macao (Chine)", "Macau"], ["Macao", "Macao, China", "Macau"]),
    "FK": (["Îles Malouines", "Malouines"], ["Falkland Islands", "Malvinas"]),
    "RE": (["Réunion", "île de La Réunion"], []),
}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _table(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t" if path.suffix == ".tsv" else ","))


def _add(items: list[str], *forms: str) -> None:
    for form in forms:
        if form and form not in items:
            items.append(form)


def build() -> list[dict[str, str]]:
    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    extras: dict[str, dict[str, object]] = {}
    for row in _table(HERE / "country-extras.csv"):
        merged = extras.setdefault(row["iso2"], {"id": "", "note": "", **{
            column: [] for column in HEADER[4:8]}})
        merged["id"] = merged["id"] or row["id"]
        for column in HEADER[4:8]:
            _add(merged[column], *[f for f in row[column].split("|") if f])  # type: ignore
        if row["note"] and row["note"] not in str(merged["note"]):
            merged["note"] = " ".join(filter(None, [str(merged["note"]), row["note"]]))

    rows: list[dict[str, str]] = []
    seen: set[str] = set()

    def emit(iso2: str, en: str, fr: str, en_formal: str = "", fr_formal: str = "",
             en_more: list[str] | None = None, fr_more: list[str] | None = None,
             note: str = "") -> None:
        extra = extras.get(iso2, {})
        fr_variants: list[str] = []
        en_variants: list[str] = []
        _add(fr_variants, *[f for f in extra.get("fr_variants", []) if f != fr])  # type: ignore
        _add(en_variants, *[f for f in extra.get("en_variants", []) if f != en])  # type: ignore
        _add(fr_variants, *[f for f in [fr_formal, *(fr_more or [])] if f != fr])
        _add(en_variants, *[f for f in [en_formal, *(en_more or [])] if f != en])
        rows.append({
            "id": str(extra.get("id") or f"place.{slug(en)}"),
            "domain": "place",
            "fr": fr,
            "en": en,
            "fr_variants": "|".join(fr_variants),
            "en_variants": "|".join(en_variants),
            "fr_deprecated": "|".join(extra.get("fr_deprecated", [])),  # type: ignore
            "en_deprecated": "|".join(extra.get("en_deprecated", [])),  # type: ignore
            "note": " ".join(filter(None, [str(extra.get("note", "")), note])),
        })
        seen.add(iso2)

    for row in _table(HERE / "un-countries.tsv"):
        if pycountry.countries.get(alpha_2=row["iso2"]) is None:
            raise SystemExit(f"{row['iso2']} is not an ISO 3166-1 code")
        note = "" if row["en"] != row["fr"] or row["en_formal"] != row["fr_formal"] else (
            "Same short name in both languages.")
        emit(row["iso2"], row["en"], row["fr"], row["en_formal"], row["fr_formal"], note=note)

    for country in pycountry.countries:
        code = country.alpha_2
        if code in seen:
            continue
        if code in TERRITORIES:
            names = TERRITORIES[code]
            if names is None:
                continue
            en, fr = names
        else:
            en, fr = country.name, french.gettext(country.name)
            if ("," in en or "," in fr) and "(" not in en:
                raise SystemExit(f"{code}: inverted ISO name {en!r} / {fr!r} needs an override")
        fr_more, en_more = TERRITORY_VARIANTS.get(code, ([], []))
        if en == fr and not fr_more and not en_more:
            continue
        emit(code, en, fr, en_more=en_more, fr_more=fr_more,
             note="" if en != fr else "Same name in both languages; the variants differ.")
    return rows


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUTPUT}: {len(rows)} entries")


if __name__ == "__main__":
    main()
