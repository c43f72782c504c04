"""The window's status line at the end of a run that does not settle."""

import pytest


@pytest.mark.parametrize(
    "language, text",
    [("en", "Finished at step 60: still moving without settling"), ("ko", "60단계에서 끝남: 자리 잡지 못하고 아직 움직이는 중")],
)
def test_chaotic_run_status_in_window(window, qtbot, language, text):
    experiment = window.experiment
    window.language_switcher.set_language(language, remember=False)
    try:
        experiment.set_function("sin(5x) + 0.1x^2")
        experiment.set_learning_rate(0.5)
        experiment.set_steps(60)
        experiment.compute_all()
        window.player.seek(60)
        qtbot.waitUntil(lambda: window.run_status.text().startswith(text))
    finally:
        window.language_switcher.remove()
