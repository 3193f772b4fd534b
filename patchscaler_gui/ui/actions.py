"""Every command of the main window as a QAction with its shortcut and tooltip, the menus
and the toolbar, and which commands are enabled in which state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from patchscaler_gui.engine.grouping import GROUP_NAMES

if TYPE_CHECKING:
    from patchscaler_gui.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) of every action in ``window`` that has a shortcut: the menus',
    the control panel's focus keys and the batch queue's, as the actions themselves say."""
    rows = []
    for a in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in a.shortcuts())
        if keys:
            rows.append((keys, a.text().replace("&", "")))
    return rows


class Actions:
    """The window's actions (attributes), built into its menus and toolbar."""

    def __init__(self, w: MainWindow) -> None:
        self._w = w
        c, s = w.canvas, w.session
        icon = w.style().standardIcon
        P = QStyle.StandardPixmap
        self.open = self._make("&Open…", [Key.Open], "Open one image, or several for the "
                               "batch queue", w.open_dialog, icon(P.SP_DialogOpenButton))
        self.open_folder = self._make("Open &Folder…", ["Ctrl+Shift+O"], "Queue every image "
                                      "in a folder", w.open_folder_dialog, icon(P.SP_DirIcon))
        self.paste = self._make("&Paste Image", [Key.Paste], "Open the image on the "
                                "clipboard", w.paste)
        self.save = self._make("&Save As…", [Key.Save, Key.SaveAs], "Save the result as "
                               "PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)",
                               w.save_dialog, icon(P.SP_DialogSaveButton))
        self.quit = self._make("&Quit", [Key.Quit], "Close PatchScaler", w.close)
        self.run = self._make("&Run", ["F5", "Ctrl+R"], "Sample every patch that is not up "
                              "to date with the current settings", s.run,
                              icon(P.SP_MediaPlay))
        self.preview = self._make("Preview &Visible Area", ["F6", "Ctrl+Shift+R"],
                                  "Sample only the patches in view first (Run does the "
                                  "rest)", s.preview_visible, icon(P.SP_FileDialogContentsView))
        self.cancel = self._make("&Cancel", ["Esc"], "Stop the current run within one step",
                                 s.cancel, icon(P.SP_MediaStop))
        self.brush = self._make("&Brush", ["B"], "Paint patches into another group (choose "
                                "the group in Run → Brush group)", c.set_brush_mode,
                                checkable=True)
        self.brush_bigger = self._make("Larger Brush", ["]"], "Paint more patches at once",
                                       lambda: s.set_brush_radius(s.brush_radius + 1))
        self.brush_smaller = self._make("Smaller Brush", ["["], "Paint fewer patches at once",
                                        lambda: s.set_brush_radius(s.brush_radius - 1))
        self.brush_groups = QActionGroup(w)
        self.brush_group_actions = []
        for g, name in [(-1, "thresholds"), *enumerate(GROUP_NAMES)]:
            a = self._make(f"Brush: {name.capitalize()}", [f"Ctrl+Alt+{g + 1}"],
                           f"The brush puts patches into the {name} group" if g >= 0 else
                           "The brush gives patches back to the thresholds",
                           lambda on, g=g: self._pick_brush_group(g, on), checkable=True)
            self.brush_groups.addAction(a)
            self.brush_group_actions.append(a)
        self.brush_group_actions[-1].setChecked(True)
        s.brush_group = 2
        self.reset = self._make("Reset to &Model Defaults", ["Ctrl+Shift+D"], "Budgets, "
                                "starts and thresholds as the model was calibrated",
                                w.reset_plan)
        self.heatmap = self._make("&Heatmap", ["H"], "Show the per-patch difficulty and the "
                                  "group boundaries", self._toggle_heatmap, checkable=True)
        self.zoom_in = self._make("Zoom &In", [Key.ZoomIn, "Ctrl+="], "Zoom in",
                                  lambda: c.zoom_by(1.25))
        self.zoom_out = self._make("Zoom &Out", [Key.ZoomOut], "Zoom out",
                                   lambda: c.zoom_by(0.8))
        self.fit = self._make("&Fit", ["Ctrl+0"], "Fit the image in the window", c.fit)
        self.actual = self._make("&100 %", ["Ctrl+1"], "One output pixel per screen pixel",
                                 lambda: c.set_zoom(1.0))
        # [ and ] size the brush; the divider has keys of its own (one key, one meaning)
        self.left = self._make("Divider &Left", ["Alt+Left"], "Move the before/after divider "
                               "left (Alt+Shift+Left moves further)",
                               lambda: c.set_split(c.split - 0.02))
        self.right = self._make("Divider &Right", ["Alt+Right"], "Move the divider right",
                                lambda: c.set_split(c.split + 0.02))
        self.left_far = self._make("Divider Far Left", ["Alt+Shift+Left"], "Move the divider "
                                   "left by a tenth", lambda: c.set_split(c.split - 0.1))
        self.right_far = self._make("Divider Far Right", ["Alt+Shift+Right"], "Move the "
                                    "divider right by a tenth",
                                    lambda: c.set_split(c.split + 0.1))
        self.open_model = self._make("&Open Model…", ["Ctrl+M"], "Use another model folder "
                                     "(config.json + model.safetensors)", w.open_model_dialog)
        self.queue = w.batch_dock.toggleViewAction()
        self.queue.setShortcut("Ctrl+B")
        self.queue.setToolTip("Show the batch queue (Ctrl+B)")
        self.controls = w.controls_dock.toggleViewAction()
        self.controls.setShortcut("Ctrl+Shift+C")
        self.shortcuts = self._make("&Keyboard Shortcuts", ["F1"], "List every shortcut",
                                    self._show_shortcuts)
        self._menus()

    def _make(self, text: str, keys: list[QKeySequence.StandardKey | str], tip: str,
              slot: Callable[..., object], icon: object = None, checkable: bool = False
              ) -> QAction:
        action = QAction(text, self._w)
        action.setShortcuts([QKeySequence(k) for k in keys])
        first = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({first})" if first else tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if icon is not None:
            action.setIcon(icon)  # type: ignore[arg-type]
        if checkable:
            action.toggled.connect(slot)
        else:  # slots take no "checked" argument (Session.run's first one is a mask)
            action.triggered.connect(lambda _checked=False: slot())
        self._w.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self._w.menuBar()
        groups: dict[str, list[QAction | None]] = {
            "&File": [self.open, self.open_folder, self.paste, None, self.save, None,
                      self.quit],
            "&Run": [self.run, self.preview, self.cancel, None, self.brush, self.brush_bigger,
                     self.brush_smaller, *self.brush_group_actions, None, self.reset],
            "&View": [self.heatmap, None, self.zoom_in, self.zoom_out, self.fit, self.actual,
                      None, self.left, self.right, self.left_far, self.right_far, None,
                      self.controls, self.queue],
            "&Model": [self.open_model],
            "&Help": [self.shortcuts],
        }
        for title, actions in groups.items():
            menu = bar.addMenu(title)
            menu.setToolTipsVisible(True)
            for a in actions:
                menu.addSeparator() if a is None else menu.addAction(a)
        tools = self._w.addToolBar("Main")
        tools.setObjectName("main-toolbar")
        for a in (self.open, self.save, None, self.run, self.preview, self.cancel, None,
                  self.heatmap, self.brush, None, self.fit, self.actual):
            tools.addSeparator() if a is None else tools.addAction(a)

    def _pick_brush_group(self, group: int, on: bool) -> None:
        if on:
            self._w.session.brush_group = group

    def _toggle_heatmap(self, on: bool) -> None:
        self._w.session.show_heatmap(on)

    def _show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>"
                       for keys, text in shortcut_rows(self._w))
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts",
                          f"<table>{rows}</table><p>Wheel: zoom; drag: pan; drag the divider "
                          "to compare.</p>", QMessageBox.StandardButton.Ok, self._w)
        box.setObjectName("shortcuts")
        box.open()

    def update(self, w: MainWindow) -> None:
        busy, batch = w.session.busy, w.batch.running
        have_model = w.session.model is not None
        doc = w.session.doc
        self.run.setEnabled(have_model and doc is not None and not batch)
        self.preview.setEnabled(have_model and doc is not None and doc.state is not None
                                and not batch)
        self.cancel.setEnabled(busy)
        self.save.setEnabled(doc is not None and doc.result is not None and not batch)
        for a in (self.open, self.open_folder, self.paste, self.open_model):
            a.setEnabled(not batch)
