"""Writing plots and the whole plot area to PNG, SVG and animated GIF files."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers pg.exporters)
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QObject, QPoint, QRect, QRectF, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from ..core.files import atomic_write_bytes
from ..core.frames import MAX_FRAMES, animation_steps
from ..model.player import Player

IMAGE_SUFFIXES = (".png", ".svg")


def _write_through_temporary(path: Path, write: Callable[[str], None]) -> None:
    """Let ``write`` create a temporary file beside ``path``, then move it over ``path``."""
    temporary = path.with_name(f".{path.name}.partial{path.suffix}")
    try:
        write(str(temporary))
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def export_plot(plot: pg.PlotWidget, path: str | os.PathLike, width: int | None = None) -> None:
    """Write one plot with pyqtgraph's exporters: PNG at ``width`` pixels, or SVG.

    Raises ValueError for another suffix and OSError when writing fails.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        exporter = pg.exporters.ImageExporter(plot.getPlotItem())
        if width:
            exporter.parameters()["width"] = int(width)
    elif suffix == ".svg":
        # NOTE: pyqtgraph 0.14's SVGExporter fails to parse the path data that
        # Qt 6.11 writes ("not enough values to unpack"), so the plot widget is
        # painted into Qt's SVG generator instead, which keeps it vector.
        plots = [(plot, QRect(QPoint(0, 0), plot.size()))]
        _write_through_temporary(path, lambda name: _render_svg(plot.size(), name, lambda painter: _paint_plots(plots, painter)))
        return
    else:
        raise ValueError(f"cannot write a figure as {suffix or 'a file without suffix'}; use .png or .svg")
    _write_through_temporary(path, exporter.export)


def shown_plots(area: QWidget) -> list[tuple[pg.PlotWidget, QRect]]:
    """Return the plots that ``area`` shows, each with its rectangle in the area's coordinates.

    Plots on a hidden tab or a hidden page of a stacked widget are left out.
    """
    plots = []
    for plot in area.findChildren(pg.PlotWidget):
        if plot.isVisibleTo(area) and not plot.size().isEmpty():
            plots.append((plot, QRect(plot.mapTo(area, QPoint(0, 0)), plot.size())))
    return plots


def _figure_bounds(plots: list[tuple[pg.PlotWidget, QRect]]) -> QRect:
    """Return the smallest rectangle around all ``plots``. Raises ValueError when there are none."""
    if not plots:
        raise ValueError("no plot is shown to export; choose a lesson whose plots are visible")
    bounds = QRect(plots[0][1])
    for _plot, rect in plots[1:]:
        bounds = bounds.united(rect)
    return bounds


def _paint_plots(plots: list[tuple[pg.PlotWidget, QRect]], painter: QPainter) -> None:
    """Fill the figure with the plots' background colour, then paint each plot at its place."""
    bounds = _figure_bounds(plots)
    painter.fillRect(QRect(QPoint(0, 0), bounds.size()), plots[0][0].backgroundBrush().color())
    for plot, rect in plots:
        # QWidget.render by name: QGraphicsView (and so every plot) overrides
        # render() with a scene-rendering signature.
        QWidget.render(plot, painter, rect.topLeft() - bounds.topLeft())


def render_figure(area: QWidget, width: int | None = None) -> QImage:
    """Paint the plots shown in ``area`` into an image ``width`` pixels wide.

    The image keeps the plots where the window places them but leaves out
    every other widget, such as check boxes, tab bars and the step panel.
    The gaps between plots get the plots' background colour. Raises
    ValueError when ``area`` shows no plot.
    """
    plots = shown_plots(area)
    bounds = _figure_bounds(plots)
    scale = (width / bounds.width()) if width else 1.0
    image = QImage(QSize(round(bounds.width() * scale), round(bounds.height() * scale)), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    try:
        _paint_plots(plots, painter)
    finally:
        painter.end()
    return image


def export_area(widget: QWidget, path: str | os.PathLike, width: int | None = None) -> None:
    """Write the plots shown in a widget to PNG (``width`` pixels wide) or SVG, without other widgets.

    Raises ValueError for another suffix or when no plot is shown, and
    OSError when writing fails.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        atomic_write_bytes(path, _png_bytes(render_figure(widget, width)))
    elif suffix == ".svg":
        plots = shown_plots(widget)
        bounds = _figure_bounds(plots)
        _write_through_temporary(
            path, lambda name: _render_svg(bounds.size(), name, lambda painter: _paint_plots(plots, painter))
        )
    else:
        raise ValueError(f"cannot write a figure as {suffix or 'a file without suffix'}; use .png or .svg")


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the image could not be encoded as PNG")
    return bytes(buffer.data())


def _render_svg(size: QSize, name: str, paint: Callable[[QPainter], None]) -> None:
    generator = QSvgGenerator()
    generator.setFileName(name)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle("gdviewer")
    painter = QPainter(generator)
    try:
        paint(painter)
    finally:
        painter.end()


def animation_suffixes() -> tuple[str, ...]:
    """Return the animation formats available: GIF always, MP4 with imageio-ffmpeg installed."""
    try:
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return (".gif",)
    return (".gif", ".mp4")


def qimage_to_pillow(image: QImage) -> Image.Image:
    converted = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = converted.width(), converted.height()
    data = bytes(converted.constBits())[: converted.bytesPerLine() * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", converted.bytesPerLine(), 1)


class AnimationExporter(QObject):
    """Writes the plots of the run from step 0 to a last step as an animated GIF or MP4 video.

    Frames are rendered a few at a time from the event loop, so the window
    stays responsive and the export can be cancelled. The player is moved
    through the steps and put back where it was afterwards. A run longer
    than ``max_frames`` steps is sampled by
    :func:`gdviewer.core.frames.animation_steps`: evenly spaced steps, the
    first and the last included.

    Signals
    -------
    progressed(int)
        Frames rendered so far.
    finished(str)
        The path written.
    failed(str)
        Why nothing was written (cancelled, or the error); any previous
        file at the path is left as it was.
    """

    progressed = Signal(int)
    finished = Signal(str)
    failed = Signal(str)

    FRAMES_PER_TICK = 4

    def __init__(self, widget: QWidget, player: Player, path: str | os.PathLike,
                 last_step: int, width: int, frames_per_second: float, parent: QObject | None = None,
                 max_frames: int = MAX_FRAMES):
        super().__init__(parent)
        suffix = Path(path).suffix.lower()
        if suffix not in animation_suffixes():
            raise ValueError(
                f"cannot write an animation as {suffix or 'a file without suffix'}; "
                f"use {' or '.join(animation_suffixes())}"
            )
        self._frames_per_second = frames_per_second
        self._widget = widget
        self._player = player
        self._path = Path(path)
        self._steps = animation_steps(last_step, max_frames)
        self._width = width
        self._frame_ms = max(20, round(1000.0 / frames_per_second))
        self._frames: list[Image.Image] = []
        self._return_to = player.position
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_some)

    @property
    def frame_count(self) -> int:
        return len(self._steps)

    @property
    def steps(self) -> np.ndarray:
        """The step that each frame shows."""
        return self._steps.copy()

    def start(self) -> None:
        self._player.pause()
        self._timer.start()

    @Slot()
    def cancel(self) -> None:
        self._cancelled = True

    def run_to_end(self) -> None:
        """Render and write every frame without returning to the event loop."""
        self._player.pause()
        while self._render_some():
            pass

    @Slot()
    def _render_some(self) -> bool:
        """Render a few frames; return False once the export is over."""
        if self._cancelled:
            self._stop()
            self.failed.emit("cancelled")
            return False
        for _ in range(self.FRAMES_PER_TICK):
            if len(self._frames) == len(self._steps):
                self._write()
                return False
            self._player.seek(int(self._steps[len(self._frames)]))
            try:
                frame = render_figure(self._widget, self._width)
            except ValueError as error:
                self._stop()
                self.failed.emit(str(error))
                return False
            self._frames.append(qimage_to_pillow(frame))
        self.progressed.emit(len(self._frames))
        return True

    def _write(self) -> None:
        self._stop()
        try:
            if self._path.suffix.lower() == ".mp4":
                _write_through_temporary(self._path, self._write_mp4)
            else:
                buffer = io.BytesIO()
                first, *rest = self._frames
                first.save(buffer, format="GIF", save_all=True, append_images=rest,
                           duration=self._frame_ms, loop=0, optimize=False)
                atomic_write_bytes(self._path, buffer.getvalue())
        except (OSError, ValueError, RuntimeError) as error:
            self.failed.emit(str(error))
            return
        self.finished.emit(str(self._path))

    def _write_mp4(self, name: str) -> None:
        import imageio_ffmpeg

        # H.264 in yuv420p needs even sides: drop a last odd row or column.
        width, height = self._frames[0].size
        width, height = width - width % 2, height - height % 2
        writer = imageio_ffmpeg.write_frames(
            name, (width, height), fps=self._frames_per_second, macro_block_size=2, output_params=["-f", "mp4"]
        )
        writer.send(None)
        for frame in self._frames:
            writer.send(frame.crop((0, 0, width, height)).tobytes())
        writer.close()

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._player.seek(self._return_to)
