"""The app icon, drawn with QPainter so the package needs no image file: a photo split by
the before/after divider, blocky patches in the heatmap's colours on the left and a
smooth gradient on the right. ``packaging/make_icons.py`` writes the PNGs in resources/."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from patchscaler_gui.ui.overlays import STOPS, colormap

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icon(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    frame = QRectF(2 * s, 2 * s, 60 * s, 60 * s)
    clip = QPainterPath()
    clip.addRoundedRect(frame, 12 * s, 12 * s)
    p.setClipPath(clip)
    smooth = QLinearGradient(QPointF(2 * s, 2 * s), QPointF(62 * s, 62 * s))
    for k, stop in enumerate(STOPS):
        smooth.setColorAt(k / (len(STOPS) - 1), QColor(*(int(v) for v in stop)))
    p.fillRect(frame, smooth)
    tile = 7.5
    for r in range(8):  # the same gradient, blocky: the low-resolution input
        for c in range(4):
            x, y = 2 + c * tile, 2 + r * tile
            rgb = colormap(np.array((x + y + tile - 4) / 120))
            p.fillRect(QRectF(x * s, y * s, tile * s + 0.5, tile * s + 0.5),
                       QColor(*(int(v) for v in rgb)))
    p.setClipping(False)
    x = 32 * s
    p.setPen(QPen(QColor(255, 255, 255), max(1.0, 3 * s)))
    p.drawLine(QPointF(x, 4 * s), QPointF(x, 60 * s))
    p.setBrush(QColor(255, 255, 255))
    p.setPen(QPen(QColor(30, 30, 50), max(1.0, 1.5 * s)))
    p.drawEllipse(QPointF(x, 32 * s), 6 * s, 6 * s)
    if size >= 32:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(16 * s))
        p.setFont(font)
        box = QRectF(35 * s, 41 * s, 24 * s, 18 * s)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 120))
        p.drawRoundedRect(box, 4 * s, 4 * s)
        p.setPen(QColor(255, 255, 255))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, "×4")
    p.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    return icon
