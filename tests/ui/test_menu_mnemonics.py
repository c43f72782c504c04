"""Each menu's mnemonics (the letter after '&') are unique, in both languages."""

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

# A single '&' marks the mnemonic; '&&' is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text):
    match = MNEMONIC.search(text)
    return match.group(1).casefold() if match else None


def duplicate_mnemonics(actions):
    """Return the texts of the visible actions that share a mnemonic with another one."""
    texts = [action.text() for action in actions if not action.isSeparator() and action.isVisible()]
    counts = Counter(mnemonic(text) for text in texts)
    return sorted(text for text in texts if mnemonic(text) is not None and counts[mnemonic(text)] > 1)


def every_menu(window):
    """Yield (name, actions) for the menu bar and for every menu of the window, submenus included."""
    yield "menu bar", window.menuBar().actions()
    for menu in window.findChildren(QMenu):
        yield menu.title() or menu.objectName() or repr(menu), menu.actions()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_menu_mnemonics_unique(window, qtbot, language):
    window.language_switcher.set_language(language, remember=False)
    try:
        expected_file = "&File" if language == "en" else "파일(&F)"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == expected_file)
        menus = list(every_menu(window))
        assert len(menus) >= 9
        for name, actions in menus:
            assert duplicate_mnemonics(actions) == [], f"duplicate mnemonics in {name}"
    finally:
        window.language_switcher.remove()


def test_mnemonic_reading():
    assert mnemonic("Save &As…") == "a"
    assert mnemonic("다른 이름으로 저장(&A)…") == "a"
    assert mnemonic("Fish && Chips") is None
    assert duplicate_mnemonics([]) == []
