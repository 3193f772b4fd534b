"""The heatmap's colour legend: the difficulty scale, both thresholds and group sizes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.overlays import colormap
from patchscaler_gui.ui.pixels import qimage


class HeatmapLegend(QWidget):
    """A gradient bar from ``vmin`` (easy) to ``vmax`` (hard) with the threshold ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = (0.0, 1.0)
        self._thresholds = (0.5, 0.25)
        self._counts: tuple[int, ...] = ()
        ramp = np.concatenate([colormap(np.linspace(0, 1, 256))[None],
                               np.full((1, 256, 1), 255, np.uint8)], -1)
        self._ramp = qimage(np.ascontiguousarray(ramp)).copy()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Patch difficulty (1 − mean confidence of the coarse stage): "
                                "blue is easy, red is hard. Ticks mark the two thresholds; "
                                "white lines in the canvas are the group boundaries."))
        self.setAccessibleName(self.tr("Difficulty heatmap legend"))
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 3 * self.fontMetrics().height() + 16)

    def set_values(self, scale: tuple[float, float], thresholds: tuple[float, float],  # lo, hi
                   counts: tuple[int, ...]) -> None:
        self._scale, self._thresholds, self._counts = scale, thresholds, counts
        self._describe()
        self.update()

    def texts(self) -> tuple[str, str, str]:
        """What the legend writes: its easy end, its hard end, the group sizes ("" before
        an image has groups)."""
        vmin, vmax = self._scale
        counts = ""
        if self._counts:
            counts = i18n.arg(self.tr("simple: %1   medium: %2   hard: %3 patches"),
                              *self._counts)
        return (i18n.arg(self.tr("easy %1"), i18n.number(vmin, 3)),
                i18n.arg(self.tr("%1 hard"), i18n.number(vmax, 3)), counts)

    def _describe(self) -> None:
        """The accessible description: the scale and thresholds, for a screen reader."""
        low, high, counts = self.texts()
        lo, hi = self._thresholds
        text = i18n.arg(self.tr("Scale from %1 to %2; thresholds at %3 and %4."), low, high,
                        i18n.number(lo, 3), i18n.number(hi, 3))
        self.setAccessibleDescription(f"{text} {counts}".strip())

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
        low, high, counts = self.texts()
        painter.drawText(QRectF(4, 0, bar.width(), fh), Qt.AlignmentFlag.AlignLeft, low)
        painter.drawText(QRectF(4, 0, bar.width(), fh), Qt.AlignmentFlag.AlignRight, high)
        for value in self._thresholds:
            x = self._x(bar, value)
            painter.setPen(QPen(QColor(0, 0, 0), 3))
            painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
            painter.setPen(QPen(QColor(255, 255, 255), 1))
            painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
        if counts:
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(4, bar.bottom() + 6, bar.width(), fh),
                             Qt.AlignmentFlag.AlignHCenter, counts)
        painter.end()
