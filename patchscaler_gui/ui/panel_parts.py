"""The side panel's parts: the values it hands out, its sliders, the device box, and the
helpers that give a control its screen-reader name, a key that focuses it, and the window's
undo keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)
from superqt import QLabeledSlider

from patchscaler_gui.engine.device import describe
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui import i18n

HORIZONTAL = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class Tuning:
    """The panel's values that make the result: what one step of undo puts back with the
    brush (the device, the output and the heatmap's opacity are not edits of the picture)."""

    plan: GroupPlan
    seed: int
    texture: bool
    cleanup: bool
    sharpen: Sharpening
    lowband: bool


@dataclass(frozen=True)
class PanelValues:
    """Everything the panel holds, as plain values."""

    plan: GroupPlan
    look: str  # the look the plan, switches and sharpening match, or "" (custom)
    seed: int
    texture: bool
    cleanup: bool  # the switch as set (remembered for a model that has a clean-up GRM)
    sharpen: Sharpening
    lowband: bool  # the output keeps the coarse result's low band (set by the look)
    cleanup_available: bool  # the model has a clean-up GRM
    device: str
    output_format: str
    quality: int
    output_scale: int  # the saved files': 4, 3, 2 or 1 times the input
    opacity: float  # of the heatmap, 0..1

    @property
    def tuning(self) -> Tuning:
        return Tuning(self.plan, self.seed, self.texture, self.cleanup, self.sharpen,
                      self.lowband)

    @property
    def cleanup_on(self) -> bool:
        """Whether the coarse stage runs the clean-up GRM."""
        return self.cleanup and self.cleanup_available


def labeled_slider(low: int, high: int, tip: str) -> QLabeledSlider:
    slider = QLabeledSlider(HORIZONTAL)
    slider.setRange(low, high)
    slider.setToolTip(tip)
    inner = slider.findChild(QSlider)
    if inner is not None:  # one Tab stop: the slider (its number box takes clicks only)
        slider.setFocusProxy(inner)
    return slider


def name_for_access(widget: QWidget, name: str, description: str = "") -> None:
    """What a screen reader says for ``widget`` (and the part of it that takes the focus):
    its name, and a description (the tooltip unless given)."""
    for w in (widget, widget.focusProxy()):
        if w is not None:
            w.setAccessibleName(name)
            w.setAccessibleDescription(description or widget.toolTip())


def focus_action(owner: QWidget, widget: QWidget, key: str, text: str) -> QAction:
    """An action of ``owner`` that moves the keyboard focus to ``widget`` on ``key`` (Help
    → Keyboard Shortcuts lists it as ``text``)."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: widget.setFocus(
        Qt.FocusReason.ShortcutFocusReason))
    owner.addAction(action)
    return action


class LeaveKeys(QObject):
    """An event filter that leaves the ``actions``' keys to them in the widgets it watches.

    A number box takes Ctrl+Z for its own text undo, which would take back a keystroke where
    everywhere else in the window Ctrl+Z takes back the last edit of the picture, that box's
    value included (the window's Undo, which puts the box back through the panel)."""

    def __init__(self, parent: QObject, actions: list[QAction]) -> None:
        super().__init__(parent)
        self._keys = [key for action in actions for key in action.shortcuts()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            return pressed in self._keys  # left ignored: the shortcut takes the key
        return False


class DeviceBox(QComboBox):
    """The device selector: each entry's label shows the device's free memory, read again
    whenever the list opens. The box shows the chosen entry elided to its width (a GPU's
    name and a long translation do not fit the side panel); the list shows it whole."""

    def shown_text(self) -> str:
        """The chosen entry as the box draws it: elided ("…") to the room it has."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                             room.width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def refresh(self) -> None:
        for k in range(self.count()):
            self.setItemText(k, self.label(str(self.itemData(k))))

    def label(self, name: str) -> str:
        """``cuda:0 · NVIDIA … · 21,3 GB free of 24,0 GB`` (the CPU: its available RAM)."""
        info = describe(name)
        free, total = i18n.number(info.free / 1e9, 1), i18n.number(info.total / 1e9, 1)
        if info.name == "cpu":
            return i18n.arg(self.tr("CPU · %1 GB free of %2 GB RAM"), free, total)
        return i18n.arg(self.tr("%1 · %2 · %3 GB free of %4 GB"), info.name, info.title,
                        free, total)

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth())
        super().showPopup()
