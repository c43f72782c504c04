"""Plots of the lower row fit their panes at the default window size of 1280×820."""

from PySide6.QtWidgets import QApplication, QComboBox


def settle(window, qtbot):
    window.resize(1280, 820)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for _ in range(5):
        QApplication.processEvents()


def title_span(plot):
    """Return the left and right edges of the plot's title text in widget pixels."""
    item = plot.getPlotItem().titleLabel.item
    rect = plot.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()
    return rect.left(), rect.right()


def test_regression_schedule_title_fits(window, qtbot):
    window.experiment.load_lesson("regression")
    combo = window.parameter_panel.findChild(QComboBox, "schedule")
    combo.setCurrentIndex(combo.findData("cosine"))
    settle(window, qtbot)

    plot = window.regression_views.schedule_plot
    assert plot.isVisible()
    assert "Cosine decay" in plot.getPlotItem().titleLabel.text
    left, right = title_span(plot)
    assert left >= 0
    assert right <= plot.width()


def test_regression_schedule_under_loss(window, qtbot):
    window.experiment.load_lesson("regression")
    combo = window.parameter_panel.findChild(QComboBox, "schedule")
    combo.setCurrentIndex(combo.findData("step"))
    settle(window, qtbot)

    views = window.regression_views
    loss = views.loss_plot.geometry()
    schedule = views.schedule_plot.mapTo(views.loss_column, views.schedule_plot.rect().topLeft())
    assert schedule.y() >= loss.bottom()
    assert views.loss_plot.height() > views.schedule_plot.height()
    assert views.parameter_plot.width() >= 200
    assert views.schedule_plot.width() >= 200


def note_inside_view(plot):
    """Return whether the note on zero losses lies wholly inside the plot's view box."""
    note = plot._note
    view = plot.getPlotItem().getViewBox().sceneBoundingRect()
    return view.contains(note.mapRectToScene(note.boundingRect()))


def zero_loss_on_log_axis(window, qtbot):
    window.experiment.load_lesson("convergence")
    window.log_scale.setChecked(True)
    window.experiment.set_learning_rate(0.25)
    window.player.seek(3)
    settle(window, qtbot)
    assert window.experiment.trajectory.losses[1] == 0.0


def test_zero_note_inside_view(window, qtbot):
    zero_loss_on_log_axis(window, qtbot)

    assert window.loss_plot._note.isVisible()
    assert note_inside_view(window.loss_plot)


def test_zero_note_inside_narrow_view(window, qtbot):
    zero_loss_on_log_axis(window, qtbot)
    combo = window.parameter_panel.findChild(QComboBox, "schedule")
    combo.setCurrentIndex(combo.findData("cosine"))
    window.bottom_splitter.setSizes([300, 980])
    settle(window, qtbot)

    assert window.loss_plot.width() < 200
    assert window.loss_plot._note.isVisible()
    assert note_inside_view(window.loss_plot)


def test_zero_note_inside_korean_view(window, qtbot):
    zero_loss_on_log_axis(window, qtbot)
    try:
        window.language_switcher.set_language("ko", remember=False)
        qtbot.waitUntil(lambda: "손실" in window.loss_plot._note.toPlainText())
        settle(window, qtbot)
        assert note_inside_view(window.loss_plot)
    finally:
        window.language_switcher.remove()
