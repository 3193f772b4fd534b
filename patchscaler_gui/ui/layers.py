"""The canvas's scene items: the input and result layers split at the divider, the heatmap.

Both image layers live in one scene, so zoom and pan are shared for free; each paints only
its side of the divider and only the exposed part of it. The result layer is an image that
finished tiles are painted into, so showing a group costs only that group's pixels.
"""

from __future__ import annotations

import time
from collections import deque

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

# Heatmap colours, easy → hard (ColorBrewer RdYlBu reversed).
STOPS = np.array([[44, 123, 182], [171, 217, 233], [255, 255, 191], [253, 174, 97],
                  [215, 25, 28]], np.float32)


def colormap(values: np.ndarray) -> np.ndarray:
    """Values in [0, 1] → (..., 3) uint8 colours along ``STOPS``."""
    x = np.clip(values, 0.0, 1.0) * (len(STOPS) - 1)
    i = np.minimum(x.astype(np.int64), len(STOPS) - 2)
    f = (x - i)[..., None]
    return np.asarray(STOPS[i] * (1 - f) + STOPS[i + 1] * f + 0.5).astype(np.uint8)


def qimage(rgbx: np.ndarray) -> QImage:
    """Wrap an (h, w, 4) uint8 RGB32 array (no copy: keep the array alive while used)."""
    h, w = rgbx.shape[:2]
    return QImage(rgbx.data, w, h, 4 * w, QImage.Format.Format_RGB32)


class SplitLayer(QGraphicsItem):
    """An RGB32 image shown on one side of the divider (``set_split`` takes scene x).

    The layer keeps the numpy buffer it was given and paints straight from it (a QImage
    over the same memory: no copy on the main thread); finished tiles are painted into it.
    ``smooth_up`` filters when magnified (the input, "bilinear ×4"); the result is shown
    with nearest-neighbour when magnified so its pixels can be inspected.
    """

    def __init__(self, right_side: bool, smooth_up: bool) -> None:
        super().__init__()
        self._right = right_side
        self._smooth_up = smooth_up
        self._buffer = np.zeros((0, 0, 4), np.uint8)
        self._image = QImage()
        self._clip = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_buffer(self, rgbx: np.ndarray | None) -> None:
        """Show an (h, w, 4) uint8 RGB32 array (owned by the layer from now on)."""
        self.prepareGeometryChange()
        if rgbx is None:
            self._buffer, self._image = np.zeros((0, 0, 4), np.uint8), QImage()
        else:
            self._buffer = np.ascontiguousarray(rgbx)
            self._image = qimage(self._buffer)
        self.update()

    def image(self) -> QImage:
        return self._image

    def set_split(self, scene_x: float) -> None:
        self._clip = scene_x / self.scale()
        self.update()

    def paste(self, pending: deque[tuple[int, int, np.ndarray]], deadline: float) -> None:
        """Paint queued RGB32 tiles (top, left, array) into the image, one painter for all,
        until ``pending`` is empty or ``deadline`` (perf_counter) has passed."""
        painter = QPainter(self._image)
        try:
            while pending:
                top, left, tile = pending.popleft()
                painter.drawImage(left, top, qimage(tile))
                self.update(QRectF(left, top, tile.shape[1], tile.shape[0]))
                if time.perf_counter() > deadline:
                    break
        finally:
            painter.end()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, self._image.width(), self._image.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._image.isNull():
            return
        rect = option.exposedRect.intersected(self.boundingRect())
        if self._right:
            rect.setLeft(max(rect.left(), self._clip))
        else:
            rect.setRight(min(rect.right(), self._clip))
        if rect.isEmpty():
            return
        magnified = painter.worldTransform().m11() > 1.0
        smooth = self._smooth_up or not magnified
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.drawImage(rect, self._image, rect)


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
        self._image = QImage(np.ascontiguousarray(rgba).data, cols, rows, 4 * cols,
                             QImage.Format.Format_RGBA8888).copy()
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
