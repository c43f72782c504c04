"""Rewrite ``_tr("text")`` helper calls as ``QCoreApplication.translate``.

pyside6-lupdate only extracts calls whose context and source text are
literals at the call site, so a module-level helper such as::

    def _tr(text):
        return QCoreApplication.translate("Context", text)

hides its strings from the translation files. This script replaces each
``_tr(`` call with ``QCoreApplication.translate("Context", `` and removes
the helper. Usage: ``python scripts/inline_tr_helpers.py FILE...``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HELPER = re.compile(
    r'\n*def _tr\(text(?:: str)?\)(?: -> str)?:\n'
    r'    return QCoreApplication\.translate\(("[^"]+"), text\)\n\n*'
)


def inline(path: Path) -> bool:
    source = path.read_text(encoding="utf-8")
    match = HELPER.search(source)
    if match is None:
        return False
    context = match.group(1)
    source = source[: match.start()] + "\n\n\n" + source[match.end():]
    source = re.sub(r"(?<![\w.])_tr\(", f"QCoreApplication.translate({context}, ", source)
    path.write_text(source, encoding="utf-8")
    for number, line in enumerate(source.splitlines(), start=1):
        if re.search(r'f"[^"]*\{[^}]*QCoreApplication\.translate\("', line):
            print(f"{path}:{number}: translate call inside an f-string; move it out")
    return True


def main(arguments: list[str]) -> int:
    for name in arguments:
        if inline(Path(name)):
            print(f"rewrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
