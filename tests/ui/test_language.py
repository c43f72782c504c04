"""Switching between Korean and English at run time."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QListWidget

from gdviewer.language import LanguageSwitcher, choose_language, hangul_font_families


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def visible_texts(window):
    lessons = window.findChild(QListWidget, "lessonList")
    return {
        "menus": menu_titles(window),
        "lessons": [lessons.item(row).text() for row in range(lessons.count())],
        "step": window.findChild(QAction, "actionStep").text(),
        "play": window.findChild(QAction, "actionPlay").text(),
        "status": window.run_status.text(),
        "step label": window.transport.step_label.text(),
    }


@pytest.fixture
def switcher_cleanup(window):
    yield window
    window.language_switcher.remove()


def test_switch_to_korean_and_back(switcher_cleanup, qtbot, settings):
    window = switcher_cleanup
    window.player.seek(1)
    english = visible_texts(window)
    assert english["menus"] == ["&File", "&Edit", "&Lessons", "&Run", "&Compare", "&View", "Lan&guage", "&Help"]
    assert english["lessons"][:2] == ["Divergence without a learning rate", "Convergence with learning rate 0.1"]
    assert english["status"] == "Step 1: converging, f(x) = 0.72"

    window.findChild(QAction, "actionLanguageKo").trigger()
    # Qt posts LanguageChange events; they arrive on the next event loop pass.
    qtbot.waitUntil(lambda: menu_titles(window)[0] != "&File")
    korean = visible_texts(window)
    assert korean["menus"] == [
        "파일(&F)", "편집(&E)", "레슨(&L)", "실행(&R)", "비교(&C)", "보기(&V)", "언어(&G)", "도움말(&H)"
    ]
    assert korean["lessons"][:4] == ["학습률 없이 발산하기", "학습률 0.1로 수렴하기", "선형 회귀 한 단계", "경사 하강법으로 선형 회귀"]
    assert korean["lessons"][5] == "Rosenbrock 골짜기를 따라 경주"
    assert korean["step"] == "한 단계(&S)"
    assert korean["play"] == "재생(&P)"
    assert korean["status"] == "1단계: 수렴 중, f(x) = 0.72"
    assert korean["step label"] == "단계 1 / 4"
    assert "0.6 − 0.1·2.4 = 0.36" in window.step_panel.toPlainText()
    assert "1단계 → 2단계" in window.step_panel.toPlainText()
    assert window.findChild(QAction, "actionLanguageKo").isChecked()
    assert settings.value("language") == "ko"

    window.findChild(QAction, "actionLanguageEn").trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert visible_texts(window) == english
    assert settings.value("language") == "en"


def test_saved_choice_is_used_next_start(settings):
    settings.setValue("language", "ko")
    assert choose_language(None, settings) == "ko"
    assert choose_language("en", settings) == "en"


def test_locale_decides_without_saved_choice(settings):
    # The test process runs with LC_ALL=C.UTF-8 (see conftest.py).
    assert choose_language(None, settings) == "en"


def test_unsupported_language_raises(qapp):
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        LanguageSwitcher().set_language("fr")


def test_korean_locale_prints_korean(tmp_path):
    environment = dict(os.environ, LC_ALL="ko_KR.UTF-8", LANG="ko_KR.UTF-8", XDG_CONFIG_HOME=str(tmp_path))
    printed = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--lesson", "convergence", "--print"],
        env=environment, capture_output=True, text=True, check=True,
    ).stdout
    header = next(line for line in printed.splitlines() if not line.startswith("#"))
    assert header.split() == ["단계", "x", "f(x)", "f'(x)"]
    assert printed.splitlines()[-1] == "4단계에서 끝남: 수렴 중, f(x) = 0.03359232"
    english = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--lang", "en", "--lesson", "convergence", "--print"],
        env=environment, capture_output=True, text=True, check=True,
    ).stdout
    assert english.splitlines()[-1] == "Finished at step 4: converging, f(x) = 0.03359232"


def hangul_font_installed() -> bool:
    folders = ("/usr/share/fonts/truetype/nanum", "/usr/share/fonts/opentype/noto")
    return any(os.path.isdir(folder) for folder in folders)


@pytest.mark.skipif(not hangul_font_installed(), reason="no Korean font package installed")
def test_offscreen_platform_has_hangul_font(qapp):
    assert QApplication.platformName() == "offscreen" or os.environ.get("QT_QPA_PLATFORM") != "offscreen"
    assert hangul_font_families() != []


def test_every_lesson_explained_in_both_languages(qapp):
    from gdviewer.core.lessons import LESSONS
    from gdviewer.ui.lesson_texts import lesson_explanation

    switcher = LanguageSwitcher()
    try:
        english = {lesson.id: lesson_explanation(lesson.id) for lesson in LESSONS}
        switcher.set_language("ko", remember=False)
        korean = {lesson.id: lesson_explanation(lesson.id) for lesson in LESSONS}
    finally:
        switcher.remove()
    for lesson in LESSONS:
        assert english[lesson.id], lesson.id
        assert korean[lesson.id] != english[lesson.id], lesson.id
        assert any("가" <= character <= "힣" for character in korean[lesson.id]), lesson.id


def test_data_legend_follows_language(switcher_cleanup, qtbot):
    window = switcher_cleanup
    window.experiment.load_lesson("regression")
    plot = window.regression_views.data_plot
    legend = plot.getPlotItem().legend
    assert legend.getLabel(plot._line).text == "current line"

    window.findChild(QAction, "actionLanguageKo").trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] != "&File")
    assert legend.getLabel(plot._line).text == "현재 직선"
