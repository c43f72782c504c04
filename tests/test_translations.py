"""Translation files: complete Korean, compiled files current, placeholders kept."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import LANGUAGES, source_files, tool  # noqa: E402


def messages(ts_file: Path):
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        yield message.findtext("source"), message.find("translation")


@pytest.fixture(scope="module")
def refreshed_korean(tmp_path_factory) -> Path:
    """The Korean .ts after collecting the texts of the current code."""
    copy = tmp_path_factory.mktemp("ts") / "gdviewer_ko.ts"
    shutil.copy(TRANSLATIONS / "gdviewer_ko.ts", copy)
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-silent", "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )
    return copy


def test_every_text_has_finished_korean(refreshed_korean):
    unfinished = [
        source for source, translation in messages(refreshed_korean)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip()
    ]
    assert unfinished == [], "run scripts/update_translations.py and translate these"


def test_code_texts_are_all_in_korean_file(refreshed_korean):
    committed = {source for source, _ in messages(TRANSLATIONS / "gdviewer_ko.ts")}
    current = {source for source, _ in messages(refreshed_korean)}
    assert current - committed == set()


def test_korean_keeps_placeholders():
    for source, translation in messages(TRANSLATIONS / "gdviewer_ko.ts"):
        expected = sorted(re.findall(r"\{[^}]*\}", source))
        assert sorted(re.findall(r"\{[^}]*\}", translation.text or "")) == expected, source


def test_korean_keeps_accelerators():
    for source, translation in messages(TRANSLATIONS / "gdviewer_ko.ts"):
        if re.search(r"&\w", source):
            assert re.search(r"&\w", translation.text), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_file_matches_source(tmp_path, language):
    source = TRANSLATIONS / f"gdviewer_{language}.ts"
    compiled = tmp_path / f"gdviewer_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    shipped = TRANSLATIONS / f"gdviewer_{language}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run scripts/update_translations.py"
