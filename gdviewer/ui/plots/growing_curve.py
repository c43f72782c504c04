"""A curve that grows with the player: a cached settled part and a short live tail."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

#: Points per settled block. The tail holds fewer than this many points,
#: and the settled part is set again only when the end crosses a block.
BLOCK_POINTS = 256


class GrowingCurve:
    """Draw points 0 … n of a long series as two pyqtgraph curves.

    While a race plays, each frame adds a few points to curves of up to
    10,000 points. Setting the whole curve again in every frame rebuilds
    its path and repaints it in full. Here the points before the last
    whole block sit in a ``settled`` curve, which Qt keeps as a pixmap and
    which is set again only when the end crosses a block boundary. Only
    the ``tail`` from that boundary on changes per frame. The two parts share
    the boundary point, so the line has no gap.

    ``sources`` in ``set_data`` are the objects the points are taken from,
    such as the full series: when any of them is a different object, the
    data is new and the settled part is set again even at the same length.
    """

    def __init__(self, plot: pg.PlotItem, **options):
        self.settled = pg.PlotDataItem(**options)
        self.tail = pg.PlotDataItem(**options)
        self.settled.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.addItem(self.settled)
        plot.addItem(self.tail)
        self._settled_sources: tuple = ()
        self._settled_end = -1
        self._settled_symbol = None

    def set_data(self, xs: np.ndarray, ys: np.ndarray, sources: tuple, connect="finite", symbol=None) -> None:
        """Show the points (xs[i], ys[i]); ``connect`` is "finite" or one flag per point."""
        count = len(xs)
        end = (count - 1) // BLOCK_POINTS * BLOCK_POINTS if count else 0
        previous = self._settled_sources
        same_sources = len(sources) == len(previous) and all(a is b for a, b in zip(sources, previous))
        unchanged = same_sources and symbol == self._settled_symbol
        if not (unchanged and end == self._settled_end):
            if end > 0:
                self.settled.setData(xs[: end + 1], ys[: end + 1], connect=_part(connect, 0, end + 1), symbol=symbol)
            else:
                self.settled.setData([], [])
            self._settled_sources = sources
            self._settled_end = end
            self._settled_symbol = symbol
        self.tail.setData(xs[end:], ys[end:], connect=_part(connect, end, count), symbol=symbol)

    def setVisible(self, visible: bool) -> None:
        self.settled.setVisible(visible)
        self.tail.setVisible(visible)

    def setZValue(self, z: float) -> None:
        self.settled.setZValue(z)
        self.tail.setZValue(z)

    def getData(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        """Return the displayed points of both parts, in order, with the shared boundary point once."""
        tail_x, tail_y = self.tail.getData()
        settled_x, settled_y = self.settled.getData()
        if self._settled_end <= 0 or settled_x is None or len(settled_x) == 0:
            return tail_x, tail_y
        if tail_x is None or len(tail_x) == 0:
            return settled_x, settled_y
        if settled_x[-1] == tail_x[0]:
            settled_x, settled_y = settled_x[:-1], settled_y[:-1]
        return np.concatenate([settled_x, tail_x]), np.concatenate([settled_y, tail_y])


def _part(connect, start: int, stop: int):
    """Return the connect setting of points start … stop − 1."""
    if isinstance(connect, str):
        return connect
    return np.asarray(connect)[start:stop]
