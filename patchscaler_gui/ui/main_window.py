"""The main window: canvas in the middle, controls and batch queue in docks, menus,
toolbar and status bar; opening (drop, dialog, paste), saving, settings, messages."""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
)

from patchscaler_gui.engine import metadata
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.device import available
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.engine.imageio import (
    FORMATS,
    Picture,
    load_image,
    output_format,
    save_image,
)
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.ui import i18n, messages, model_source, recent
from patchscaler_gui.ui import settings as settings_store
from patchscaler_gui.ui.about import AboutDialog
from patchscaler_gui.ui.actions import Actions
from patchscaler_gui.ui.batch import BatchPanel
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.files import (
    IMAGE_PATTERNS,
    SAVE_FILTERS,
    clipboard_image,
    expand,
    extension,
    output_name,
    picture_from_qimage,
)
from patchscaler_gui.ui.icon import app_icon
from patchscaler_gui.ui.language import LanguageMenu
from patchscaler_gui.ui.session import Session


class MainWindow(QMainWindow):
    """PatchScaler's window. ``model`` may be a PatchScaler (tests), a model folder, or
    None for the folder the user picked last or the installed default."""

    def __init__(self, model: PatchScaler | Path | None = None) -> None:
        super().__init__()
        self.settings = settings_store.load()
        self.language = LanguageMenu(self.settings, self)
        self.setWindowTitle("PatchScaler ×4")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.canvas = CompareView(self)
        self.setCentralWidget(self.canvas)
        self.controls = ControlPanel(available(), self)
        self._closed = False
        self._about_model: tuple[str, Path | None] = ("", None)  # name, card (Help → About)
        self._titled: tuple[str, int, int] | None = None  # the open picture: name, width, height
        self.session = Session(self.canvas, self.controls, self.settings, self)
        try:
            self._build(model)
        except BaseException:
            self._closed = True
            self.session.shutdown()  # a running QThread destroyed with the window aborts
            raise

    def _build(self, model: PatchScaler | Path | None) -> None:
        self.batch = BatchPanel(self.session, self.settings, self)
        self._docks()
        self.commands = Actions(self)
        self.controls.leave_keys([self.commands.undo, self.commands.redo])
        self._status_bar()
        self._dialog: QMessageBox | None = None
        self._apply_settings()
        self._connect()
        self._bridge = messages.bridge()
        self._bridge.connect_view(self._on_message_shown)
        self._load_model(model)
        self._update_actions()

    def _docks(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)
        self.controls_dock = QDockWidget(self.tr("Controls"), self)
        self.controls_dock.setObjectName("controls")
        self.controls_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.controls_dock)
        self.batch_dock = QDockWidget(self.tr("Batch queue"), self)
        self.batch_dock.setObjectName("batch")
        self.batch_dock.setWidget(self.batch)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.batch_dock)
        self.batch_dock.hide()

    def _status_bar(self) -> None:
        self.status_text = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("%p %"))
        self.progress.setToolTip(self.tr("Patch-steps done of this run"))
        self.progress.setAccessibleName(self.tr("Patch-steps done of this run"))
        self.zoom_label = QLabel()
        self._on_canvas_zoom_changed(1.0)
        self.zoom_label.setToolTip(i18n.arg(self.tr(
            "Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)"),
            self.tr("Ctrl+wheel"), *(i18n.native(k) for k in ("Ctrl+=", "Ctrl+-", "Ctrl+0",
                                                              "Ctrl+1"))))
        bar = self.statusBar()
        bar.addPermanentWidget(self.status_text)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.zoom_label)

    def _connect(self) -> None:
        s = self.session
        s.jobs.busy_changed.connect(self._on_jobs_busy_changed)
        s.progressed.connect(self._on_session_progressed)
        s.editor.result_changed.connect(self._update_actions)
        s.editor.history_changed.connect(self._update_actions)
        self.canvas.zoom_changed.connect(self._on_canvas_zoom_changed)
        self.controls.device_chosen.connect(self._on_controls_device_chosen)
        self.controls.opacity_changed.connect(self.canvas.heatmap.set_opacity_level)
        self.controls.output_edited.connect(self._on_controls_output_edited)
        self.batch.running_changed.connect(self._update_actions)
        self.batch_dock.visibilityChanged.connect(self._update_actions)

    # -- settings ------------------------------------------------------------------------

    def _apply_settings(self) -> None:
        st = self.settings
        if st.geometry:
            self.restoreGeometry(QByteArray.fromBase64(st.geometry.encode()))
        else:
            self.resize(1280, 800)
        if st.window_state:
            self.restoreState(QByteArray.fromBase64(st.window_state.encode()))
        settings_store.show(st, self.controls)
        self.canvas.heatmap.set_opacity_level(st.heatmap_opacity)
        self.commands.heatmap.setChecked(st.heatmap_visible)

    def store_settings(self) -> None:
        st = self.settings
        st.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        st.window_state = bytes(self.saveState().toBase64().data()).decode()
        settings_store.remember(st, self.controls.values(), self.session.model_id)
        st.heatmap_visible = self.commands.heatmap.isChecked()
        settings_store.save(st)

    # -- model ---------------------------------------------------------------------------

    def _load_model(self, source: PatchScaler | Path | None) -> bool:
        folder = None
        try:
            if isinstance(source, PatchScaler):
                loaded = model_source.from_instance(source)
                loaded.model.to(self.controls.values().device)
            else:
                folder = source or model_source.default_folder(self.settings.model_dir)
                if source is None and not folder.is_dir():
                    self.controls.show_model(model_source.missing_message(folder))
                    messages.error(model_source.missing_message(folder))
                    return False
                loaded = model_source.from_folder(folder, self.controls.values().device)
        except Exception as exc:  # a broken model folder must not stop the window opening
            text = i18n.engine_text(exc) if isinstance(exc, PatchscalerError) else i18n.arg(self.tr(
                "The model in %1 could not be loaded (%2: %3); choose another with Model → "
                "Open… (%4)."), folder, type(exc).__name__, exc, i18n.native("Ctrl+M"))
            if self.session.model is None:
                self.controls.show_model(i18n.arg(self.tr("No model loaded: %1"), text))
            messages.error(text)
            return False
        self.controls.show_model(loaded.description, loaded.model.config.all_looks(),
                                 loaded.model.grm_cleanup is not None)
        self._about_model = (loaded.name, loaded.card)
        T = loaded.model.schedule.T
        plan = settings_store.plan_for(self.settings, loaded.model_id,
                                       loaded.model.config.plan, T)
        if plan is not None and not self.settings.look:
            self.controls.show_plan(plan, T)  # the user's own tuning for this model
        else:  # the remembered look as this model defines it now, else the default look
            self.controls.show_plan(loaded.model.config.plan, T)
            self.controls.show_look(self.settings.look or DEFAULT_LOOK)
        self.session.editor.rebase()  # the model's values are no edit to undo
        self.session.set_model(loaded.model, loaded.model_id)
        self._update_actions()
        return True

    def open_model_dialog(self) -> None:
        start = model_source.dialog_folder(self.settings.model_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open model folder"),
                                                  str(start))
        if folder and self._load_model(Path(folder)):
            self.settings.model_dir = folder

    def about_dialog(self) -> None:
        dialog = AboutDialog(*self._about_model, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def reset_look(self) -> None:
        """The default look as the model defines it, every part of it (what a new user
        starts from)."""
        if self.session.model is not None:
            self.controls.pick_look(DEFAULT_LOOK)

    # -- opening -------------------------------------------------------------------------

    def open_paths(self, paths: list[Path]) -> None:
        """One image opens in the canvas; several (or a folder) go to the batch queue."""
        if self.batch.running:
            messages.warning(self.tr("The batch queue is running: cancel it or add files when "
                                     "it has finished."))
            return
        files = expand(paths)
        folder = paths[0] if len(paths) == 1 and paths[0].is_dir() else None
        if not files:
            messages.error(i18n.arg(self.tr("No images found in %1."),
                                    ", ".join(str(p) for p in paths)))
            return
        if folder is not None:  # a folder opened, by the dialog or dropped: Open Recent
            self.settings.recent = recent.remember(self.settings.recent, folder, folder=True)
        if len(files) > 1:
            self.batch.add(files)
            self.batch_dock.show()
            messages.info(self.tr("%n image(s) added to the batch queue.", "", len(files)))
            return
        self.open_file(files[0])

    def open_file(self, path: Path) -> None:
        try:
            picture = load_image(path)
        except PatchscalerError as exc:
            messages.error(i18n.engine_text(exc))
            if not path.exists():  # e.g. picked from File → Open Recent after it was moved
                self._forget(path)
            return
        self.settings.last_open_dir = str(path.parent)
        self.settings.recent = recent.remember(self.settings.recent, path)
        self._show(picture, path)

    def _forget(self, path: Path) -> None:
        self.settings.recent = recent.forget(self.settings.recent, path)
        self._update_actions()

    def _show(self, picture: Picture, path: Path | None) -> None:
        name = path.name if path is not None else self.tr("pasted image")
        h, w = picture.pixels.shape[:2]
        self._titled = (name, w, h)
        self._show_title()
        self.statusBar().clearMessage()  # a message about the previous picture or file
        self.session.open_picture(picture, path)
        self._tell(picture, name)
        self._update_actions()

    def _show_title(self) -> None:
        """The open picture's name, its size and the size it is saved at (the output
        scale's)."""
        if self._titled is not None:
            name, w, h = self._titled
            k = self.controls.values().output_scale
            self.setWindowTitle(f"{name} ({w}×{h} → {k * w}×{k * h}) — PatchScaler ×4")

    def _tell(self, picture: Picture, name: str) -> None:
        """What the user should know about the file: its notes (e.g. only the first frame of
        an animation is used), and the clean-up switch for a heavily compressed JPEG where the
        model has no deblocker."""
        for note in picture.notes:
            messages.warning(i18n.arg(self.tr("%1: %2"), name, i18n.engine_text(note)))
        q, model = picture.heavy_jpeg_quality(), self.session.model
        if q is not None and model is not None and model.blocks_need_cleanup \
                and not self.controls.values().cleanup:
            messages.warning(i18n.arg(self.tr(
                "%1 is a heavily compressed JPEG (quality ≈ %2): Clean up noise and JPEG "
                "blocks (%3, or the Balanced look) removes most blocks."), name, q,
                i18n.native("Alt+C")))

    def open_dialog(self) -> None:
        open_filter = ";;".join((i18n.arg(self.tr("Images (%1)"), IMAGE_PATTERNS),
                                 self.tr("All files (*)")))
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open images"),
                                                self.settings.last_open_dir, open_filter)
        if names:
            self.open_paths([Path(n) for n in names])

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of images"),
                                                  self.settings.last_open_dir)
        if folder:
            self.settings.last_open_dir = folder
            self.open_paths([Path(folder)])

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not self._open_data(data):
            messages.error(self.tr("The clipboard holds no image: copy an image or image "
                                   "files."))

    def _open_data(self, data: QMimeData) -> bool:
        """Open what a paste or a drop brings: files of this computer, else an image, else
        say that web addresses are not opened (no network); False: none of these."""
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if paths:
            self.open_paths(paths)
        elif data.hasImage():
            self._show(picture_from_qimage(QImage(data.imageData())), None)
        elif data.hasUrls():
            messages.error(i18n.arg(self.tr(
                "%1 is not a file on this computer: PatchScaler does not download; save the "
                "image first, then open it."), data.urls()[0].toDisplayString()))
        else:
            return False
        return True

    def copy_result(self) -> asyncio.Task[None] | None:
        """The result at the output scale on the clipboard (:func:`files.clipboard_image`),
        converted in a thread pool (qasync): a large result takes seconds."""
        doc = self.session.doc
        if doc is None or doc.result is None:
            messages.error(self.tr("Nothing to copy yet: let the run finish first."))
            return None
        convert = functools.partial(clipboard_image, doc.result,
                                    self.controls.values().output_scale)

        async def run() -> None:
            image = await asyncio.get_running_loop().run_in_executor(None, convert)
            QGuiApplication.clipboard().setImage(image)
            messages.info(i18n.arg(self.tr("Result copied to the clipboard (%1×%2)."),
                                   image.width(), image.height()))
        return asyncio.ensure_future(run())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        data = event.mimeData()
        if data.hasUrls() or data.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        event.acceptProposedAction()
        self._open_data(event.mimeData())

    # -- saving --------------------------------------------------------------------------

    def save_dialog(self) -> None:
        doc = self.session.doc
        if doc is None or doc.result is None:
            messages.error(self.tr("Nothing to save yet: let the run finish first."))
            return
        v = self.controls.values()
        fmt = v.output_format
        ext = extension(fmt)
        folder = Path(self.settings.last_save_dir or self.settings.last_open_dir or Path.home())
        stem = doc.path.stem if doc.path is not None else self.tr("pasted")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save result"), str(folder / output_name(stem, fmt, v.output_scale)),
            ";;".join(SAVE_FILTERS.values()), SAVE_FILTERS[fmt])
        if not name:
            return
        path = Path(name)
        agreed = path.exists()  # the dialog itself asked before replacing an existing file
        if path.suffix.lower().lstrip(".") not in FORMATS:  # a name the engine saves
            path = path.with_suffix(ext)
            agreed = path.exists()
            if agreed and not self._confirm_replace(path):
                return
        self.settings.last_save_dir = str(path.parent)
        # only a file the user agreed to replace is replaced; one that appears after the
        # question is kept, and the save says so
        self.save_result(path, overwrite=agreed)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace file?"),
                                      i18n.arg(self.tr("%1 exists. Replace it?"), path))
        return answer == QMessageBox.StandardButton.Yes

    def save_result(self, path: Path, overwrite: bool = False) -> asyncio.Task[None]:
        """Write the last complete result to ``path`` in a thread pool (qasync)."""
        doc = self.session.doc
        assert doc is not None and doc.result is not None
        v = self.controls.values()
        h, w = (n * v.output_scale // SCALE for n in doc.result.pixels.shape[:2])
        try:
            _, dropped = metadata.fit(doc.result.info, output_format(path), w, h)
        except PatchscalerError:
            dropped = []  # save_image says what is wrong with the name
        for note in dropped:
            messages.warning(i18n.arg(self.tr("%1: %2"), path.name, i18n.engine_text(note)))
        write = functools.partial(save_image, path, doc.result, quality=v.quality,
                                  overwrite=overwrite, scale=v.output_scale)

        async def run() -> None:
            try:
                await asyncio.get_running_loop().run_in_executor(None, write)
            except PatchscalerError as exc:
                messages.error(i18n.engine_text(exc))
            else:
                messages.info(i18n.arg(self.tr("Saved %1"), path))
        return asyncio.ensure_future(run())

    # -- status and messages -------------------------------------------------------------

    def _on_message_shown(self, level: messages.Level, text: str, details: str) -> None:
        timeout = 4000 if level == messages.Level.INFO else 12000
        self.statusBar().showMessage(text, timeout)
        if level != messages.Level.ERROR:
            return
        box = QMessageBox(QMessageBox.Icon.Critical if details else QMessageBox.Icon.Warning,
                          "PatchScaler", text, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = box
        box.open()

    def _on_jobs_busy_changed(self, busy: bool) -> None:
        self._update_actions()

    def _on_session_progressed(self, done: int, total: int, text: str) -> None:
        self.status_text.setText(text)
        # no total yet (the coarse stage): an empty bar, not Qt's busy indicator, whose
        # ~60 Hz animation takes CPU from the coarse stage that decides when the preview shows
        self.progress.setRange(0, total or 1)
        self.progress.setValue(done)

    def _on_canvas_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(i18n.arg(self.tr("%1 %"), round(zoom * 100)))

    def _on_controls_output_edited(self) -> None:
        settings_store.remember_output(self.settings, self.controls.values())
        self._show_title()

    def _on_controls_device_chosen(self, device: str) -> None:
        self.session.set_device(device)

    def _update_actions(self) -> None:
        self.commands.update(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowStateChange:  # F11, or the window manager
            with QSignalBlocker(self.commands.full_screen):
                self.commands.full_screen.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        event.accept()
        self.shutdown()

    def shutdown(self) -> None:
        """Stop the batch and the sampler thread, and store the settings; once, on every
        way out (the window closed, the application quit)."""
        if self._closed:
            return
        self._closed = True
        if self.batch.task is not None:
            self.batch.cancel()
            self.batch.task.cancel()
        self.session.shutdown()
        self.store_settings()
        self._bridge.disconnect_view(self._on_message_shown)

