"""Packaging: data files load from an installed wheel, and the core never imports Qt."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_resources_load_from_the_checkout() -> None:
    from translator_gui.core.resources import resource

    assert resource("lang", "stopwords-fr.txt").read_text(encoding="utf-8").strip()


@pytest.mark.slow
def test_resources_load_from_an_installed_wheel(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    # The build backend of pyproject.toml called as pip calls it (PEP 517), without pip's own
    # start-up (~2 s of CPU): the same wheel.
    build = ("import sys; from setuptools import build_meta;"
             "print(build_meta.build_wheel(sys.argv[1]))")
    built = subprocess.run([sys.executable, "-c", build, str(wheel_dir)], cwd=ROOT,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheel = next(wheel_dir.glob("translator_gui-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "translator_gui/resources/lang/stopwords-fr.txt" in names
    # the window's compiled translations (the French interface, English plurals)
    assert "translator_gui/resources/i18n/translator_gui_fr.qm" in names
    assert "translator_gui/resources/i18n/translator_gui_en.qm" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    # A fresh interpreter without site-packages (so no editable install of the checkout)
    # that sees only the unpacked wheel.
    probe = (f"import sys; sys.path.insert(0, {str(target)!r});"
             "import translator_gui.core.resources as r;"
             "p = r.resource('lang', 'stopwords-en.txt');"
             "assert 'the' in p.read_text(encoding='utf-8').split();"
             "print(r.__file__)")
    result = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True,
                            cwd=tmp_path, check=True)
    assert str(target) in result.stdout


def test_core_never_imports_qt() -> None:
    result = subprocess.run(["lint-imports", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_commands_do_not_load_qt() -> None:
    probe = ("import sys, translator_gui.cli, translator_gui.core.pipeline,"
             " translator_gui.core.checks;"
             "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'")
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT)


def test_every_code_and_resource_folder_is_a_listed_package() -> None:
    """A folder missing from [tool.setuptools] packages is left out of the wheel (the window's
    controllers were) or shipped with a "Package would be ignored" warning (resources')."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    code = {".".join(p.parent.relative_to(ROOT).parts)
            for p in (ROOT / "translator_gui").rglob("__init__.py")
            if "resources" not in p.relative_to(ROOT).parts}
    data = {"translator_gui.resources." + ".".join(p.relative_to(ROOT / "resources").parts)
            for p in (ROOT / "resources").rglob("*") if p.is_dir() and p.name != "__pycache__"}
    assert code | data | {"translator_gui.resources"} == listed
