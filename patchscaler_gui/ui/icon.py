"""The app icon, drawn with QPainter so the package needs no image file: a photo split by
the before/after divider, blocky patches in the heatmap's colours on the left and a
smooth gradient on the right. ``packaging/make_icons.py`` writes the PNGs in resources/."""

from __future__ import annotations

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

from patchscaler_gui.ui.layers import STOPS

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
    sky = QLinearGradient(frame.topLeft(), frame.bottomRight())
    sky.setColorAt(0.0, QColor(35, 72, 140))
    sky.setColorAt(1.0, QColor(120, 60, 150))
    p.fillRect(frame, sky)
    colours = [QColor(*(int(v) for v in STOPS[k])) for k in (0, 1, 2, 3, 4)]
    tile = 60 * s / 4
    pattern = ((0, 1, 3, 4), (1, 2, 4, 3), (0, 2, 3, 2), (1, 0, 2, 4))
    for r, row in enumerate(pattern):
        for c in range(2):
            p.fillRect(QRectF(2 * s + c * tile, 2 * s + r * tile, tile + 0.5, tile + 0.5),
                       colours[row[c]])
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
        p.setPen(QColor(255, 255, 255))
        p.drawText(QRectF(34 * s, 40 * s, 26 * s, 20 * s), Qt.AlignmentFlag.AlignCenter, "×4")
    p.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    return icon
