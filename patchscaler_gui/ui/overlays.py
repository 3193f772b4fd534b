"""What the canvas draws over the two pictures: the heatmap layer (each patch's difficulty
in colour, the boundaries between groups), the brush outline, the divider with its labels,
the keyboard focus frame, and the hint on an empty canvas.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from patchscaler_gui.ui.pixels import qimage

# Heatmap colours, easy → hard (ColorBrewer RdYlBu reversed).
STOPS = np.array([[44, 123, 182], [171, 217, 233], [255, 255, 191], [253, 174, 97],
                  [215, 25, 28]], np.float32)


def colormap(values: np.ndarray) -> np.ndarray:
    """Values in [0, 1] → (..., 3) uint8 colours along ``STOPS``."""
    x = np.clip(values, 0.0, 1.0) * (len(STOPS) - 1)
    i = np.minimum(x.astype(np.int64), len(STOPS) - 2)
    f = (x - i)[..., None]
    return np.asarray(STOPS[i] * (1 - f) + STOPS[i + 1] * f + 0.5).astype(np.uint8)


class HeatmapLayer(QGraphicsItem):
    """Per-patch difficulty colours (with adjustable opacity) and the group boundaries."""

    def __init__(self) -> None:
        super().__init__()
        self._image = QImage()
        self._bounds = QRectF()
        self._patch = 1
        self._path = QPainterPath()
        self._opacity = 0.45

    def set_opacity_level(self, opacity: float) -> None:
        self._opacity = opacity
        self.update()

    def set_data(self, difficulty: np.ndarray, groups: np.ndarray, patch_px: int,
                 size: tuple[int, int], scale: tuple[float, float]) -> None:
        """Colour ``difficulty`` over ``scale`` = (vmin, vmax); outline ``groups``."""
        self.prepareGeometryChange()
        vmin, vmax = scale
        norm = (difficulty - vmin) / max(vmax - vmin, 1e-6)
        rows, cols = difficulty.shape
        rgba = np.concatenate([colormap(norm), np.full((rows, cols, 1), 255, np.uint8)], -1)
        self._image = qimage(np.ascontiguousarray(rgba)).copy()
        self._patch = patch_px
        self._bounds = QRectF(0, 0, size[1], size[0])
        self._path = boundaries(groups, patch_px)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._image.isNull():
            return
        painter.setClipRect(self._bounds)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.setOpacity(self._opacity)
        full = QRectF(0, 0, self._image.width() * self._patch,
                      self._image.height() * self._patch)
        painter.drawImage(full, self._image)
        painter.setOpacity(1.0)
        for colour, width in ((QColor(0, 0, 0, 160), 3.0), (QColor(255, 255, 255), 1.2)):
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(self._path)


def boundaries(groups: np.ndarray, patch_px: int) -> QPainterPath:
    """Line segments between neighbouring patches of different groups (scene pixels)."""
    path = QPainterPath()
    rows, cols = np.nonzero(groups[:, 1:] != groups[:, :-1])
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        x = (c + 1) * patch_px
        path.moveTo(QPointF(x, r * patch_px))
        path.lineTo(QPointF(x, (r + 1) * patch_px))
    rows, cols = np.nonzero(groups[1:, :] != groups[:-1, :])
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        y = (r + 1) * patch_px
        path.moveTo(QPointF(c * patch_px, y))
        path.lineTo(QPointF((c + 1) * patch_px, y))
    return path


def draw_divider(painter: QPainter, view: QRectF, x: float, top: float, bottom: float,
                 labels: tuple[str, str]) -> None:
    """The divider at view x ``x`` from ``top`` to ``bottom``, its handle, and the labels of
    the sides (left, right) at its top (view coordinates). With the divider scrolled out of
    the ``view``, the labels stay at the view's edge, so the side that fills it is named."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 150), 4))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setPen(QPen(QColor(255, 255, 255), 2))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    mid = (top + bottom) / 2
    painter.setBrush(QColor(255, 255, 255))
    painter.setPen(QPen(QColor(0, 0, 0, 150), 1.5))
    painter.drawEllipse(QPointF(x, mid), 9, 9)
    painter.drawText(QRectF(x - 9, mid - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "⇔")
    at = min(max(x, view.left()), view.right())
    _draw_label(painter, at - 8, top + 8, labels[0], right=True)
    _draw_label(painter, at + 8, top + 8, labels[1], right=False)


def _draw_label(painter: QPainter, x: float, y: float, text: str, right: bool) -> None:
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(text) + 12
    box = QRectF(x - width if right else x, y, width, painter.fontMetrics().height() + 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 140))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def draw_frame(painter: QPainter, view: QRectF, colour: QColor) -> None:
    """The keyboard focus frame around the ``view`` rectangle."""
    painter.setPen(QPen(colour, 3))
    painter.drawRect(view.adjusted(1.5, 1.5, -1.5, -1.5))


def draw_hint(painter: QPainter, view: QRectF, colour: QColor, text: str) -> None:
    """``text`` centred in the ``view`` rectangle (an empty canvas)."""
    painter.setPen(colour)
    painter.drawText(view, Qt.AlignmentFlag.AlignCenter, text)


def brush_outline() -> QGraphicsEllipseItem:
    """The circle that shows where the brush paints (hidden until the mouse moves)."""
    item = QGraphicsEllipseItem()
    pen = QPen(QColor(255, 255, 255), 1.5)
    pen.setCosmetic(True)
    item.setPen(pen)
    item.setZValue(10)
    item.setVisible(False)
    return item
