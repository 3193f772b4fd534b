"""Every command of the main window as a QAction with its shortcut and tooltip, the menus
and the toolbar, and which commands are enabled in which state.

Every menu item has a mnemonic, unique in its menu (in every language).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QWidget

from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.recent import RecentMenu
from patchscaler_gui.ui.shortcuts import ShortcutsDialog
from patchscaler_gui.ui.words import group_name

if TYPE_CHECKING:
    from patchscaler_gui.ui.main_window import MainWindow

Key = QKeySequence.StandardKey
LISTED_AS = "listed_as"  # an action's name in the shortcuts list, if its text is too short
# "&File", and "文件(&F)" in Chinese and Japanese
_MNEMONIC = re.compile(r"\s*\(&\w\)|&(?=[^&])")


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&Open…" → "Open…", "打开(&O)…" → "打开…"."""
    return _MNEMONIC.sub("", text).replace("&&", "&")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) of every action in ``window`` that has a shortcut: the menus',
    the control panel's focus keys and the batch queue's, as the actions themselves say."""
    rows = []
    for a in window.findChildren(QAction):
        keys = ", ".join(i18n.native(k) for k in a.shortcuts())
        if keys:
            rows.append((keys, plain(str(a.property(LISTED_AS) or a.text()))))
    return rows


class Actions(QObject):
    """The window's actions (attributes), built into its menus and toolbar."""

    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self._w = w
        c, s, e = w.canvas, w.session, w.session.editor
        icon = w.style().standardIcon
        P = QStyle.StandardPixmap
        self.open = self._make(
            self.tr("&Open…"), [Key.Open],
            self.tr("Open one image, or several for the batch queue"), w.open_dialog,
            icon(P.SP_DialogOpenButton))
        self.open_folder = self._make(
            self.tr("Open &Folder…"), ["Ctrl+Shift+O"],
            self.tr("Queue every image in a folder"), w.open_folder_dialog,
            icon(P.SP_DirIcon))
        self.recent = RecentMenu(w)
        self.paste = self._make(self.tr("&Paste Image"), [Key.Paste],
                                self.tr("Open the image on the clipboard"), w.paste)
        self.copy = self._make(self.tr("&Copy Result"), [Key.Copy],
                               self.tr("Put the result on the clipboard, at the output scale"),
                               w.copy_result)
        self.save = self._make(
            self.tr("&Save As…"), [Key.Save, Key.SaveAs],
            self.tr("Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)"),
            w.save_dialog, icon(P.SP_DialogSaveButton))
        self.quit = self._make(self.tr("&Quit"), [Key.Quit],
                               self.tr("Close PatchScaler"), w.close)
        self.run = self._make(
            self.tr("&Run"), ["F5", "Ctrl+R"],
            self.tr("Sample every patch that is not up to date with the current settings"),
            e.run, icon(P.SP_MediaPlay))
        self.preview = self._make(
            self.tr("Preview &Visible Area"), ["F6", "Ctrl+Shift+R"],
            self.tr("Sample only the patches in view first (Run does the rest)"),
            e.preview_visible, icon(P.SP_FileDialogContentsView))
        self.cancel = self._make(self.tr("&Cancel"), ["Esc"],
                                 self.tr("Stop the current run within one step"),
                                 s.cancel, icon(P.SP_MediaStop))
        self.brush = self._make(
            self.tr("&Brush"), ["B"],
            self.tr("Paint patches into another group (choose the group in Run → Brush "
                         "group)"), c.set_brush_mode, checkable=True)
        self.brush_bigger = self._make(self.tr("&Larger Brush"), ["]"],
                                       self.tr("Paint more patches at once"),
                                       lambda: e.set_brush_radius(e.brush_radius + 1))
        self.brush_smaller = self._make(self.tr("&Smaller Brush"), ["["],
                                        self.tr("Paint fewer patches at once"),
                                        lambda: e.set_brush_radius(e.brush_radius - 1))
        self._brush_groups(self.tr("Brush: %1"))
        self.undo = self._make(self.tr("&Undo"), [Key.Undo], self.tr(
            "Take back the last edit: a brush stroke, or a change of the look, the sliders, "
            "the switches, the seed or the sharpening"), e.undo)
        # the platform's own key first (what the menu shows), then both common ones
        self.redo = self._make(self.tr("Red&o"), [Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
                               self.tr("Put back the last edit taken back"), e.redo)
        for a in (self.undo, self.redo):  # the menu names the step (update); the list not
            a.setProperty(LISTED_AS, a.text())
        self.clear_brush = self._make(
            self.tr("Clear &Brush Strokes"), [],
            self.tr("Give every painted patch back to the thresholds (Undo takes it back)"),
            e.clear_brush)
        self.reset = self._make(
            self.tr("Reset to &Model Defaults"), ["Ctrl+Shift+D"],
            self.tr("The default look: budgets, starts, thresholds, clean-up, texture prompt "
                    "and sharpening as the model was calibrated"),
            w.reset_look)
        self.heatmap = self._make(
            self.tr("&Heatmap"), ["H"],
            self.tr("Show the per-patch difficulty and the group boundaries"),
            self._toggle_heatmap, checkable=True)
        self.zoom_in = self._make(self.tr("Zoom &In"), [Key.ZoomIn, "Ctrl+="],
                                  self.tr("Zoom in"), lambda: c.zoom_by(1.25))
        self.zoom_out = self._make(self.tr("Zoom &Out"), [Key.ZoomOut],
                                   self.tr("Zoom out"), lambda: c.zoom_by(0.8))
        self.fit = self._make(self.tr("&Fit"), ["Ctrl+0"],
                              self.tr("Fit the image in the window"), c.fit)
        self.actual = self._make(self.tr("&100 %"), ["Ctrl+1"],
                                 self.tr("One output pixel per screen pixel"),
                                 lambda: c.set_zoom(1.0))
        self.full_screen = self._make(self.tr("F&ull Screen"), [Key.FullScreen],
                                      self.tr("Give the whole screen to the window"),
                                      self._show_full_screen, checkable=True)
        # [ and ] size the brush; the divider has keys of its own (one key, one meaning)
        self.left = self._make(
            self.tr("Divider &Left"), ["Alt+Left"],
            i18n.arg(self.tr("Move the before/after divider left (%1 moves further)"),
                     i18n.native("Alt+Shift+Left")), lambda: c.move_split(-0.02))
        self.right = self._make(self.tr("Divider &Right"), ["Alt+Right"],
                                self.tr("Move the divider right"),
                                lambda: c.move_split(0.02))
        self.left_far = self._make(self.tr("&Divider Far Left"), ["Alt+Shift+Left"],
                                   self.tr("Move the divider left by a tenth"),
                                   lambda: c.move_split(-0.1))
        self.right_far = self._make(self.tr("Divider Far Righ&t"), ["Alt+Shift+Right"],
                                    self.tr("Move the divider right by a tenth"),
                                    lambda: c.move_split(0.1))
        self.open_model = self._make(
            self.tr("&Open Model…"), ["Ctrl+M"],
            self.tr("Use another model folder (config.json + model.safetensors)"),
            w.open_model_dialog)
        self.queue = w.batch_dock.toggleViewAction()
        self.queue.setText(self.tr("&Batch Queue"))
        self.queue.setShortcut("Ctrl+B")
        self.queue.setToolTip(i18n.arg(self.tr("Show the batch queue (%1)"),
                                       i18n.native("Ctrl+B")))
        self.controls = w.controls_dock.toggleViewAction()
        self.controls.setText(self.tr("&Controls"))
        self.controls.setShortcut("Ctrl+Shift+C")
        self.controls.setToolTip(i18n.arg(self.tr("Show the side panel (%1)"),
                                          i18n.native("Ctrl+Shift+C")))
        self.shortcuts = self._make(self.tr("&Keyboard Shortcuts"), ["F1"],
                                    self.tr("List every shortcut"), self._show_shortcuts)
        self.about = self._make(self.tr("&About PatchScaler"), [],
                                self.tr("The version, the model, licences and credits"),
                                w.about_dialog)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._menus()

    def _brush_groups(self, listed: str) -> None:
        """Run → Brush Group: which group the brush paints (Ctrl+Alt+0 … 3)."""
        self.brush_group_menu = QMenu(self.tr("Brush &Group"), self._w)
        self.brush_groups = QActionGroup(self._w)
        self.brush_group_actions = []
        texts = [self.tr("&Thresholds"), self.tr("&Simple"),
                 self.tr("&Medium"), self.tr("&Hard")]
        for g, text in enumerate(texts, start=-1):
            tip = (i18n.arg(self.tr("The brush puts patches into the %1 group"),
                            group_name(g)) if g >= 0 else
                   self.tr("The brush gives patches back to the thresholds"))
            a = self._make(text, [f"Ctrl+Alt+{g + 1}"], tip,
                           lambda on, g=g: self._pick_brush_group(g, on), checkable=True)
            a.setProperty(LISTED_AS, i18n.arg(listed, plain(text)))
            self.brush_groups.addAction(a)
            self.brush_group_actions.append(a)
            self.brush_group_menu.addAction(a)
        self.brush_group_menu.setToolTipsVisible(True)
        self.brush_group_actions[-1].setChecked(True)
        self._w.session.editor.brush_group = 2

    def _make(self, text: str, keys: list[QKeySequence.StandardKey | str], tip: str,
              slot: Callable[..., object], icon: object = None, checkable: bool = False
              ) -> QAction:
        action = QAction(text, self._w)
        action.setIconText(plain(text))  # the toolbar: no "(&H)" after a Japanese text
        sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}  # once each
        action.setShortcuts(list(sequences.values()))
        first = i18n.native(action.shortcut())
        action.setToolTip(i18n.arg(self.tr("%1 (%2)"), tip, first)
                          if first else tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if icon is not None:
            action.setIcon(icon)  # type: ignore[arg-type]
        if checkable:
            action.toggled.connect(slot)
        else:  # slots take no "checked" argument (Editor.run's first one is a mask)
            action.triggered.connect(lambda _checked=False: slot())
        self._w.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self._w.menuBar()
        groups: list[tuple[str, list[QAction | QMenu | None]]] = [
            (self.tr("&File"), [self.open, self.recent, self.open_folder, None, self.save,
                                None, self.quit]),
            (self.tr("&Edit"), [self.undo, self.redo, None, self.copy, self.paste, None,
                                self.clear_brush, self.reset]),
            (self.tr("&Run"), [self.run, self.preview, self.cancel, None, self.brush,
                               self.brush_bigger, self.brush_smaller, self.brush_group_menu]),
            (self.tr("&View"), [self.heatmap, None, self.zoom_in, self.zoom_out, self.fit,
                                self.actual, self.full_screen, None, self.left, self.right,
                                self.left_far, self.right_far, None, self.controls,
                                self.queue, None, self._w.language]),
            (self.tr("&Model"), [self.open_model]),
            (self.tr("&Help"), [self.shortcuts, None, self.about]),
        ]
        for title, actions in groups:
            menu = bar.addMenu(title)
            menu.setToolTipsVisible(True)
            for a in actions:
                if a is None:
                    menu.addSeparator()
                elif isinstance(a, QMenu):
                    menu.addMenu(a)
                else:
                    menu.addAction(a)
        tools = self._w.addToolBar(self.tr("Main"))
        tools.setObjectName("main-toolbar")
        for a in (self.open, self.save, None, self.run, self.preview, self.cancel, None,
                  self.heatmap, self.brush, None, self.fit, self.actual):
            tools.addSeparator() if a is None else tools.addAction(a)

    def _pick_brush_group(self, group: int, on: bool) -> None:
        if on:
            self._w.session.editor.brush_group = group

    def _show_full_screen(self, on: bool) -> None:
        state = self._w.windowState() & ~Qt.WindowState.WindowFullScreen
        self._w.setWindowState(state | Qt.WindowState.WindowFullScreen if on else state)

    def _toggle_heatmap(self, on: bool) -> None:
        self._w.session.show_heatmap(on)

    def _show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(shortcut_rows(self._w), self._w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def update(self, w: MainWindow) -> None:
        busy, batch = w.session.busy, w.batch.running
        have_model = w.session.model is not None
        doc = w.session.doc
        self.run.setEnabled(have_model and doc is not None and not batch)
        self.preview.setEnabled(have_model and doc is not None and doc.state is not None
                                and not batch)
        self.cancel.setEnabled(busy)
        self.save.setEnabled(doc is not None and doc.result is not None and not batch)
        self.copy.setEnabled(self.save.isEnabled())
        for a in (self.open, self.open_folder, self.paste, self.open_model):
            a.setEnabled(not batch)
        self.recent.menuAction().setEnabled(not batch and bool(w.settings.recent))
        for action, forward in ((self.undo, False), (self.redo, True)):
            name = w.session.editor.step_name(forward)
            action.setEnabled(name is not None and not batch)
            named = self.tr("Red&o %1") if forward else self.tr("&Undo %1")
            action.setText(i18n.arg(named, name) if name else str(action.property(LISTED_AS)))
        self.clear_brush.setEnabled(w.session.editor.brushed and not batch)
