"""The Presets menu of the function editor names each preset with its formula."""

from PySide6.QtGui import QAction

from gdviewer.core.presets import PRESETS


def preset_action(window, preset_id):
    return window.findChild(QAction, f"preset_{preset_id}")


def test_menu_shows_title_and_formula(window):
    action = preset_action(window, "two-minima")

    assert action.text() == "Two minima — x⁴ − 3x² + x"


def test_every_preset_shows_formula(window):
    for preset in PRESETS:
        window.experiment.load_preset(preset.id)
        shown = window.experiment.function_text
        action = preset_action(window, preset.id)
        title, formula = action.text().split(" — ")
        assert title == preset.title
        assert formula == window.experiment.objective.formula(), preset.id
        assert shown == preset.formula


def test_status_tip_gives_start_and_rate(window):
    action = preset_action(window, "plateau")

    assert action.statusTip() == "Starts at x₀ = 2.5 with α = 0.5 for 60 steps"


def test_menu_in_korean(window, qtbot):
    action = preset_action(window, "kink")
    try:
        window.language_switcher.set_language("ko", remember=False)
        qtbot.waitUntil(lambda: not action.text().startswith("A kink"))
        title, formula = action.text().split(" — ")
        assert any("가" <= character <= "힣" for character in title)
        assert formula == "abs(x)"
        assert action.statusTip() == "시작점 x₀ = 1, 학습률 α = 0.3, 12단계"
    finally:
        window.language_switcher.remove()
