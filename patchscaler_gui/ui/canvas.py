"""The canvas: one QGraphicsView and scene with the before/after divider, zoom and pan.

After vimiv-qt's ``gui/image.py``: one view, one scene, zoom clamped to [1/8, 8]. The
input (bilinear ×4) and the result are :class:`SplitLayer` items of the same scene, left
and right of the divider, so they share zoom and pan; each paints only its side and only
what is exposed. The divider is dragged with the mouse (Alt+Left and Alt+Right move it).

The canvas takes pixels as the engine gives them, 8-bit RGB ``(h, w, 3)`` uint8 arrays;
:func:`pixels.qimage` is the one place that wraps them for Qt (QPainter converts in C++). Showing
a group costs only its pixels: its tiles are queued and painted into the result at most
~30 times a second, for at most ~10 ms per tick, so the event loop never waits for long.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from patchscaler_gui.engine.model import SCALE
from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.overlays import (
    HeatmapLayer,
    brush_outline,
    draw_divider,
    draw_frame,
    draw_hint,
)
from patchscaler_gui.ui.pixels import qimage

MIN_ZOOM, MAX_ZOOM = 1 / 8, 8.0
CHECKER_PX = 32  # output pixels a square of the checkerboard behind transparent parts
PAINT_INTERVAL_MS = 33
TICK_SECONDS = 0.010  # main-thread time one paint tick may take
GRAB_DISTANCE = 8  # view pixels around the divider that start a divider drag


def _bilinear(plane: np.ndarray, ys: np.ndarray, xs: np.ndarray, k: int) -> np.ndarray:
    """``plane`` (H, W) at rows ``ys`` and columns ``xs`` of its ×``k`` enlargement,
    interpolated linearly between pixel centres (edges clamped)."""
    def taps(at: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        pos = np.clip((at + 0.5) / k - 0.5, 0, n - 1)
        lo = np.floor(pos).astype(np.intp)
        return lo, np.minimum(lo + 1, n - 1), (pos - lo).astype(np.float32)
    (y0, y1, wy), (x0, x1, wx) = taps(ys, plane.shape[0]), taps(xs, plane.shape[1])
    wy, wx = wy[:, None], wx[None, :]
    top = plane[np.ix_(y0, x0)] * (1 - wx) + plane[np.ix_(y0, x1)] * wx
    bottom = plane[np.ix_(y1, x0)] * (1 - wx) + plane[np.ix_(y1, x1)] * wx
    mixed: np.ndarray = top * (1 - wy) + bottom * wy
    return mixed


class SplitLayer(QGraphicsItem):
    """An image shown on one side of the divider (``set_split`` takes scene x).

    The layer keeps its image in the screen's 32-bit format (made once, in ``set_pixels``)
    and paints the queued tiles into it. ``smooth_up`` filters when magnified (the input,
    "bilinear ×4"); the result is shown with nearest-neighbour when magnified so its pixels
    can be inspected.
    """

    def __init__(self, right_side: bool, smooth_up: bool) -> None:
        super().__init__()
        self._right = right_side
        self._smooth_up = smooth_up
        self._image = QImage()
        self._clip = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_pixels(self, rgb: np.ndarray | None) -> None:
        """Show an (h, w, 3) uint8 RGB array (copied), or nothing."""
        self.prepareGeometryChange()
        if rgb is None:
            self._image = QImage()
        else:
            rgb = np.ascontiguousarray(rgb)  # held until the conversion has copied it
            self._image = qimage(rgb).convertToFormat(QImage.Format.Format_RGB32)
        self.update()

    def image(self) -> QImage:
        return self._image

    def set_split(self, scene_x: float) -> None:
        self._clip = scene_x / self.scale()
        self.update()

    def paste(self, pending: deque[tuple[int, int, np.ndarray]], deadline: float) -> None:
        """Paint queued RGB tiles (top, left, array) into the image, one painter for all,
        until ``pending`` is empty or ``deadline`` (perf_counter) has passed."""
        painter = QPainter(self._image)
        try:
            while pending:
                top, left, tile = pending.popleft()
                tile = np.ascontiguousarray(tile)  # a tiled job's cut tile may be a view
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


class CompareView(QGraphicsView):
    """Input | result compare view with the heatmap overlay.

    Signals:
        split_moved(float): the divider moved; the fraction of the width left of it.
        zoom_changed(float): the zoom factor changed.
        brushed(QPointF): the brush touched this scene point (brush mode only).
        brush_released(): the brush stroke ended.
    """

    split_moved = Signal(float)
    zoom_changed = Signal(float)
    brushed = Signal(QPointF)
    brush_released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.before = SplitLayer(right_side=False, smooth_up=True)
        self.before.setScale(SCALE)
        self.after = SplitLayer(right_side=True, smooth_up=False)
        self.heatmap = HeatmapLayer()
        for z, item in enumerate((self.before, self.after, self.heatmap)):
            item.setZValue(z)
            self.scene().addItem(item)
        self._size = (0, 0)  # output (height, width)
        self._split = 0.5
        self._zoom = 1.0
        self._fitting = True
        self._dragging_divider = False
        self._brush = False
        self.brush_outline = brush_outline()  # where the brush paints, under the mouse
        self.scene().addItem(self.brush_outline)
        self._pending: deque[tuple[int, int, np.ndarray]] = deque()
        self._alpha: np.ndarray | None = None  # the input's (LR, float in [0, 1]), if any
        self._result_alpha: np.ndarray | None = None  # the result's, once a run made it
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.setInterval(PAINT_INTERVAL_MS)
        self._paint_timer.timeout.connect(self._on_paint_timer_timeout)
        self.tooltip_for: Callable[[QPointF], str] | None = None  # set by the owner
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(self.palette().window())
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # the main window takes drops
        self.setAccessibleName(self.tr("Before and after"))
        self._describe()

    # -- content -------------------------------------------------------------------------

    def set_input(self, rgb: np.ndarray, alpha: np.ndarray | None = None) -> None:
        """Show a new input (LR, 8-bit RGB, and its 8-bit alpha if it has one: both sides
        then show a checkerboard through its transparent parts); clears the result and the
        heatmap."""
        self._pending.clear()
        h, w = rgb.shape[:2]
        self._size = (h * SCALE, w * SCALE)
        self._alpha = None if alpha is None else alpha.astype(np.float32) / 255  # once
        self._result_alpha = None
        self.before.set_pixels(self._over_checker(rgb, 0, 0, 1))
        self.after.set_pixels(None)
        self.heatmap.setVisible(False)
        self.scene().setSceneRect(QRectF(0, 0, self._size[1], self._size[0]))
        self.set_split(self._split)
        self.fit()

    def set_result(self, rgb: np.ndarray) -> None:
        """Replace the whole result (the coarse image), 8-bit RGB at output size."""
        self._pending.clear()
        self.after.set_pixels(self._over_checker(rgb, 0, 0, SCALE))
        self.set_split(self._split)

    def set_result_alpha(self, alpha: np.ndarray) -> bool:
        """The result's own alpha (output size, float in [0, 1]), once a run has made it:
        the result side shows the checkerboard through it from then on (through the input's,
        enlarged, before); True if it changed (show the result again to apply it)."""
        if self._result_alpha is not None and np.array_equal(self._result_alpha, alpha):
            return False
        self._result_alpha = np.asarray(alpha, np.float32)
        return True

    def blank_result(self) -> None:
        """A black result to paint tiles into, when there is none yet (tiled jobs)."""
        if self.after.image().isNull():
            self.set_result(np.zeros((*self._size, 3), np.uint8))

    def queue_tiles(self, boxes: np.ndarray, tiles: list[np.ndarray]) -> None:
        """Paint 8-bit RGB ``tiles`` at ``boxes`` (top, left, ...) soon (throttled)."""
        for box, tile in zip(boxes.tolist(), tiles, strict=True):
            self._pending.append((box[0], box[1],
                                  self._over_checker(tile, box[0], box[1], SCALE)))
        if not self._paint_timer.isActive():
            self._paint_timer.start()

    def _over_checker(self, rgb: np.ndarray, top: int, left: int, px_per_input: int
                      ) -> np.ndarray:
        """``rgb``, a part of the input (``px_per_input`` 1) or of the result (SCALE) at
        ``top``, ``left`` in its own pixels, over a grey checkerboard of CHECKER_PX output
        pixels a square, by the result's alpha where a run made one, else the input's
        (bilinear); as it is where there is none."""
        if self._alpha is None:
            return rgb
        h, w = rgb.shape[:2]
        ys, xs = np.arange(top, top + h), np.arange(left, left + w)
        if px_per_input == SCALE and self._result_alpha is not None:
            a = self._result_alpha[top: top + h, left: left + w, None]
        else:
            a = _bilinear(self._alpha, ys, xs, px_per_input)[..., None]
        out = SCALE // px_per_input  # output pixels per pixel of the part
        squares = (ys[:, None] * out // CHECKER_PX + xs[None, :] * out // CHECKER_PX) % 2
        board = np.where(squares == 0, 204, 153).astype(np.float32)[..., None]
        shown: np.ndarray = (rgb * a + board * (1 - a) + 0.5).astype(np.uint8)
        return shown

    def flush_tiles(self) -> None:
        """Paint every queued tile now."""
        self._paint_timer.stop()
        self._paint(float("inf"))

    def _on_paint_timer_timeout(self) -> None:
        self._paint(TICK_SECONDS)
        if self._pending:
            self._paint_timer.start()

    def _paint(self, seconds: float) -> None:
        """Paint queued tiles for about ``seconds`` (at least one)."""
        if self._pending:
            self.after.paste(self._pending, time.perf_counter() + seconds)

    def result_image(self) -> np.ndarray:
        """The shown result as (h, w, 3) uint8 RGB (for tests and diagnostics)."""
        image = self.after.image().convertToFormat(QImage.Format.Format_RGB888)
        h, w = image.height(), image.width()
        arr = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
        return arr[:, : 3 * w].reshape(h, w, 3).copy()

    # -- divider -------------------------------------------------------------------------

    @property
    def split(self) -> float:
        return self._split

    def move_split(self, delta: float) -> None:
        """Move the divider by ``delta`` of the width (the keys: Alt+Left, Alt+Right)."""
        self.set_split(self._split + delta)

    def set_split(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        x = fraction * self._size[1]
        self.before.set_split(x)
        self.after.set_split(x)
        self.viewport().update()
        if fraction != self._split:
            self._split = fraction
            self._describe()
            self.split_moved.emit(fraction)

    def _describe(self) -> None:
        """The accessible description: what the two sides are and where the divider is."""
        self.setAccessibleDescription(i18n.arg(self.tr(
            "Left of the divider: the input (bilinear ×4); right of it: the result. The "
            "divider is at %1 %; %2 and %3 move it."), round(100 * self._split),
            i18n.native("Alt+Left"), i18n.native("Alt+Right")))

    def _divider_view_x(self) -> float:
        return self.mapFromScene(QPointF(self._split * self._size[1], 0)).x()

    def _near_divider(self, pos: QPointF) -> bool:
        return self._size[1] > 0 and abs(pos.x() - self._divider_view_x()) <= GRAB_DISTANCE

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        painter.save()
        painter.resetTransform()
        view = QRectF(self.viewport().rect())
        if self.hasFocus():  # the keyboard focus is visible: a frame in the highlight colour
            draw_frame(painter, view, self.palette().highlight().color())
        if self._size[1] == 0:
            draw_hint(painter, view, self.palette().placeholderText().color(), i18n.arg(
                self.tr("Drop photos or folders here\nor open them with File → Open… (%1) or "
                        "paste one (%2)"), i18n.native(QKeySequence.StandardKey.Open),
                i18n.native(QKeySequence.StandardKey.Paste)))
        else:
            top = max(0.0, self.mapFromScene(QPointF(0, 0)).y())
            bottom = min(view.height(), self.mapFromScene(QPointF(0, self._size[0])).y())
            draw_divider(painter, view, self._divider_view_x(), top, bottom,
                         (self.tr("Input (bilinear ×4)"), "PatchScaler ×4"))
        painter.restore()

    # -- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Set the zoom factor, clamped to [1/8, 8]."""
        self._fitting = False
        self._apply_zoom(zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def fit(self) -> None:
        """Fit the whole image in the view (and keep fitting while the window resizes)."""
        self._fitting = True
        if self._size[1] == 0:
            return
        self._apply_zoom(self._fit_zoom())
        self.centerOn(self._size[1] / 2, self._size[0] / 2)

    def _fit_zoom(self) -> float:
        view = self.viewport().size()
        return min(view.width() / max(1, self._size[1]), view.height() / max(1, self._size[0]))

    def _apply_zoom(self, zoom: float) -> None:
        """Clamp to [1/8, 8], or down to the zoom that fits a larger image whole."""
        zoom = min(MAX_ZOOM, max(min(MIN_ZOOM, self._fit_zoom()), zoom))
        self.setTransform(self.transform().fromScale(zoom, zoom))
        if zoom != self._zoom:
            self._zoom = zoom
            self.zoom_changed.emit(zoom)

    def visible_rect(self) -> QRectF:
        """The part of the scene in view, in output pixels."""
        return self.mapToScene(self.viewport().rect()).boundingRect().intersected(
            self.sceneRect())

    # -- input events --------------------------------------------------------------------

    def set_brush_mode(self, on: bool) -> None:
        self._brush = on
        self.brush_outline.setVisible(False)  # shown again at the next mouse move
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on
                         else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on
                                  else Qt.CursorShape.OpenHandCursor)

    def set_brush_diameter(self, px: float) -> None:
        """Size of the brush outline in output pixels (0 hides it)."""
        centre = self.brush_outline.rect().center()
        self.brush_outline.setRect(QRectF(centre.x() - px / 2, centre.y() - px / 2, px, px))

    def _move_brush_outline(self, scene: QPointF) -> None:
        r = self.brush_outline.rect()
        r.moveCenter(scene)
        self.brush_outline.setRect(r)
        self.brush_outline.setVisible(self._brush and r.width() > 0)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self.brush_outline.setVisible(False)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._near_divider(event.position()):
            self._dragging_divider = True
            event.accept()
            return
        if self._brush and event.button() == Qt.MouseButton.LeftButton:
            self.brushed.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging_divider:
            scene = self.mapToScene(event.position().toPoint())
            self.set_split(scene.x() / self._size[1])
            event.accept()
            return
        if self._brush:
            self._move_brush_outline(self.mapToScene(event.position().toPoint()))
        if self._brush and event.buttons() & Qt.MouseButton.LeftButton:
            self.brushed.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        if not event.buttons():
            near = self._near_divider(event.position())
            self.viewport().setCursor(
                Qt.CursorShape.SplitHCursor if near else
                Qt.CursorShape.CrossCursor if self._brush else Qt.CursorShape.OpenHandCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging_divider:
            self._dragging_divider = False
            event.accept()
            return
        if self._brush and event.button() == Qt.MouseButton.LeftButton:
            self.brush_released.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self.setBackgroundBrush(self.palette().window())
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_for(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
