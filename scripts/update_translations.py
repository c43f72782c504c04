"""Refresh the translation sources from the code and compile them.

Run from the repository root after changing user-visible text::

    python scripts/update_translations.py

1. pyside6-lupdate collects every ``QCoreApplication.translate`` and
   ``QT_TRANSLATE_NOOP`` text from gdviewer/ (except gdviewer/core, which
   has no user-visible text) into resources/translations/gdviewer_ko.ts,
   keeping the translations already there and dropping texts no longer used.
   The English file holds only the plural forms ("%n step(s)"), the way Qt
   treats the source language.
2. Translate the new entries, for example in Qt Linguist
   (``pyside6-linguist resources/translations/gdviewer_ko.ts``), and mark
   them finished.
3. pyside6-lrelease compiles each .ts into the .qm file the application
   loads. The tests fail while a text lacks a finished Korean translation or
   a .qm does not match its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")


def tool(name: str) -> str:
    """Return the path of a PySide6 tool, next to this Python if possible."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6-Essentials in this environment")
    return found


def source_files() -> list[str]:
    package = ROOT / "gdviewer"
    return sorted(
        str(path.relative_to(ROOT))
        for path in package.rglob("*.py")
        if "core" not in path.relative_to(package).parts
    )


def update_sources() -> None:
    for language in LANGUAGES:
        target = TRANSLATIONS / f"gdviewer_{language}.ts"
        command = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete",
                   "-source-language", "en", "-target-language", language, "-ts", str(target)]
        if language == "en":
            command.insert(-2, "-pluralonly")
        subprocess.run(command, cwd=ROOT, check=True)


def compile_translations() -> None:
    for language in LANGUAGES:
        source = TRANSLATIONS / f"gdviewer_{language}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            cwd=ROOT, check=True,
        )


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update_sources()
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
