"""The heatmap's colour legend: the difficulty scale, both thresholds and group sizes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from patchscaler_gui.engine.grouping import GROUP_NAMES
from patchscaler_gui.ui.layers import colormap


class HeatmapLegend(QWidget):
    """A gradient bar from ``vmin`` (easy) to ``vmax`` (hard) with the threshold ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = (0.0, 1.0)
        self._thresholds = (0.5, 0.25)
        self._counts: tuple[int, ...] = ()
        ramp = np.concatenate([colormap(np.linspace(0, 1, 256))[None],
                               np.full((1, 256, 1), 255, np.uint8)], -1)
        self._ramp = QImage(np.ascontiguousarray(ramp).data, 256, 1, 256 * 4,
                            QImage.Format.Format_RGBA8888).copy()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("Patch difficulty (1 − mean confidence of the coarse stage): blue is "
                        "easy, red is hard. Ticks mark the two thresholds; white lines in "
                        "the canvas are the group boundaries.")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 3 * self.fontMetrics().height() + 16)

    def set_values(self, scale: tuple[float, float], thresholds: tuple[float, float],  # lo, hi
                   counts: tuple[int, ...]) -> None:
        self._scale, self._thresholds, self._counts = scale, thresholds, counts
        self.update()

    def _x(self, bar: QRectF, value: float) -> float:
        vmin, vmax = self._scale
        f = (value - vmin) / max(vmax - vmin, 1e-6)
        return bar.left() + min(1.0, max(0.0, f)) * bar.width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        fh = self.fontMetrics().height()
        painter = QPainter(self)
        bar = QRectF(4, fh + 4, self.width() - 8, fh)
        painter.drawImage(bar, self._ramp)
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.drawRect(bar)
        vmin, vmax = self._scale
        painter.drawText(QRectF(4, 0, bar.width(), fh), Qt.AlignmentFlag.AlignLeft,
                         f"easy {vmin:.3f}")
        painter.drawText(QRectF(4, 0, bar.width(), fh), Qt.AlignmentFlag.AlignRight,
                         f"{vmax:.3f} hard")
        for value in self._thresholds:
            x = self._x(bar, value)
            painter.setPen(QPen(QColor(0, 0, 0), 3))
            painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
            painter.setPen(QPen(QColor(255, 255, 255), 1))
            painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
        if self._counts:
            painter.setPen(self.palette().windowText().color())
            text = "   ".join(f"{n}: {c}" for n, c in zip(GROUP_NAMES, self._counts,
                                                          strict=True))
            painter.drawText(QRectF(4, bar.bottom() + 6, bar.width(), fh),
                             Qt.AlignmentFlag.AlignHCenter, text + " patches")
        painter.end()
