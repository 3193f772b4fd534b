"""The batch queue: many inputs, one output folder, per-item status and overall progress.

The queue is a coroutine (qasync) that awaits each job in turn: it loads the image in a
thread pool, lets the session run it (shown in the canvas as it streams), and saves the
result in the thread pool, so the event loop never waits on a file. Skip stops the
current item and goes on; Cancel stops the queue. Existing outputs are never replaced
without asking once.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patchscaler_gui.engine import metadata
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.engine.eta import BatchClock
from patchscaler_gui.engine.imageio import (
    Picture,
    header_pixels,
    load_image,
    output_format,
    save_image,
)
from patchscaler_gui.engine.limits import check_limits
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.files import output_name
from patchscaler_gui.ui.session import Session
from patchscaler_gui.ui.settings import AppSettings
from patchscaler_gui.ui.words import duration


class ItemStatus(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


@dataclass
class BatchItem:
    path: Path
    status: ItemStatus = ItemStatus.WAITING
    output: Path | None = None
    note: str = ""


class BatchPanel(QWidget):
    """The queue's view and coroutine.

    Signals:
        running_changed(bool): the queue started (True) or ended (False).
    """

    running_changed = Signal(bool)

    def __init__(self, session: Session, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.items: list[BatchItem] = []
        self.task: asyncio.Task[None] | None = None
        self.fraction = 0.0
        self._skip = self._stop = False
        self._replace: set[Path] = set()  # existing outputs the user agreed to replace
        self._output = (settings.output_format, settings.quality, settings.output_scale)
        self._clock: BatchClock | None = None  # while a run goes: its ETA (engine.eta)
        self._build()
        session.progressed.connect(self._on_session_progressed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Status"),
                                              self.tr("Output")])
        self.table.setAccessibleName(self.tr("Batch queue"))
        self.table.setAccessibleDescription(self.tr(
            "One row per file: its name, its status and the file it was saved as"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setToolTip(self.tr("Where the queue writes its results"))
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Output folder…"))
        self.folder_button.setToolTip(i18n.arg(self.tr("Choose the output folder (%1)"),
                                               i18n.native("Ctrl+Shift+F")))
        self.folder_button.clicked.connect(self.choose_folder)
        self.show_button = QPushButton(self.tr("Open Folder"))
        self.show_button.setToolTip(self.tr("Show the output folder in the file manager"))
        self.show_button.clicked.connect(self.show_folder)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat(self.tr("%p %"))
        self.progress.setToolTip(self.tr("Overall progress of the queue"))
        self.progress.setAccessibleName(self.tr("Overall progress of the queue"))
        self.eta = QLabel("")
        layout.addWidget(self.progress)
        layout.addWidget(self.eta)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(i18n.arg(self.tr("Upscale every waiting file (%1)"),
                                              i18n.native("Ctrl+Return")))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(i18n.arg(self.tr(
            "Stop the current file and go on with the next (%1)"), i18n.native("Ctrl+K")))
        self.cancel_button = QPushButton(self.tr("Cancel queue"))
        self.cancel_button.setToolTip(i18n.arg(self.tr(
            "Stop the queue; files not done stay waiting (%1)"), i18n.native("Ctrl+Shift+Esc")))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(i18n.arg(self.tr(
            "Take the selected files out of the queue (%1 in the table)"), i18n.native("Del")))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every file from the queue"))
        self.start_button.clicked.connect(self.start)
        self.skip_button.clicked.connect(self.skip)
        self.cancel_button.clicked.connect(self.cancel)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self._remove_key = QAction(self.tr("Batch: Remove"), self.table)  # Del in the rows
        self._remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._remove_key.triggered.connect(lambda _checked=False: self.remove_button.click())
        self.table.addAction(self._remove_key)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._keys = {button: self._key(button, key, name) for button, key, name in (
            (self.folder_button, "Ctrl+Shift+F", self.tr("Batch: Output folder…")),
            (self.start_button, "Ctrl+Return", self.tr("Batch: Start")),
            (self.skip_button, "Ctrl+K", self.tr("Batch: Skip")),
            (self.cancel_button, "Ctrl+Shift+Esc", self.tr("Batch: Cancel queue")))}
        for b in (self.start_button, self.skip_button, self.cancel_button, self.remove_button,
                  self.clear_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- queue contents ------------------------------------------------------------------

    @property
    def output_dir(self) -> Path:
        if self.settings.output_dir:
            return Path(self.settings.output_dir)
        first = self.items[0].path.parent if self.items else Path.home()
        return first / "upscaled"

    def add(self, paths: list[Path]) -> None:
        for path in paths:
            self.items.append(BatchItem(path))
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate((path.name, "", "")):
                self.table.setItem(row, col, QTableWidgetItem(text))
            self._cell(row, 0).setToolTip(str(path))
            self._show(row)
        self._update_buttons()

    def clear(self) -> None:
        if self.running:
            return
        self.items.clear()
        self.table.setRowCount(0)
        self._set_fraction(0.0)
        self._update_buttons()

    def remove_selected(self) -> None:
        """Take the selected rows out of the queue (not while it runs: its rows are its
        plan)."""
        if self.running:
            return
        for row in sorted({index.row() for index in self.table.selectedIndexes()},
                          reverse=True):
            del self.items[row]
            self.table.removeRow(row)
        self._update_buttons()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                  str(self.output_dir))
        if folder:
            self.settings.output_dir = folder
            self._update_buttons()

    def show_folder(self) -> None:
        """The output folder in the desktop's file manager."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output_dir))):
            messages.warning(i18n.arg(self.tr("No file manager could open %1."),
                                      self.output_dir))

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        cell = self.table.item(row, col)
        assert cell is not None
        return cell

    def _show(self, row: int) -> None:
        item = self.items[row]
        status = self._cell(row, 1)
        text = self.status_text(item.status)
        status.setText(i18n.arg(self.tr("%1: %2"), text, item.note) if item.note else text)
        status.setToolTip(item.note)
        self._cell(row, 2).setText(item.output.name if item.output else "")

    def _key(self, button: QPushButton, key: str, name: str) -> QAction:
        """A key for ``button``, as an action (listed under Help, enabled with the button)."""
        action = QAction(name, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: button.click())
        self.addAction(action)
        return action

    def _update_buttons(self) -> None:
        waiting = any(i.status == ItemStatus.WAITING for i in self.items)
        self.start_button.setEnabled(waiting and not self.running)
        self.skip_button.setEnabled(self.running)
        self.cancel_button.setEnabled(self.running)
        self.clear_button.setEnabled(bool(self.items) and not self.running)
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()) and not self.running)
        self._remove_key.setEnabled(self.remove_button.isEnabled())
        self.folder_button.setEnabled(not self.running)
        self.show_button.setEnabled(self.output_dir.is_dir())
        for button, action in self._keys.items():
            action.setEnabled(button.isEnabled())
        self.folder_label.setText(i18n.arg(self.tr("Output: %1"), self.output_dir))

    # -- running -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> asyncio.Task[None] | None:
        """Start the queue coroutine on the running (qasync) loop."""
        if self.running:
            return self.task
        if self.session.model is None:
            messages.error(self.tr("No model loaded: choose one with Model → Open… first."))
            return None
        self.task = asyncio.ensure_future(self.run())
        self._update_buttons()
        self.running_changed.emit(True)
        return self.task

    def skip(self) -> None:
        self._skip = True
        self.session.cancel()

    def cancel(self) -> None:
        self._stop = True
        self.session.cancel()

    async def run(self) -> None:
        """Upscale every waiting file in turn (start() runs this as a task)."""
        self._stop = False
        started = time.perf_counter()
        rows = [r for r, i in enumerate(self.items) if i.status == ItemStatus.WAITING]
        try:
            if not self._plan_outputs(rows):
                self._stop = True
                return
            self.session.editor.batch_mode = True
            paths = [self.items[r].path for r in rows]
            sizes = await asyncio.get_running_loop().run_in_executor(None, header_pixels, paths)
            clock = self._clock = BatchClock(sizes)
            self.eta.clear()  # the last run's report, until this one has an estimate
            self._set_fraction(0.0)
            for k, row in enumerate(rows):
                if self._stop:
                    break
                clock.begin(k)
                await self._one(row)
                clock.end(upscaled=self.items[row].status == ItemStatus.DONE)
                self._set_fraction(clock.share(0, 1), clock.left(0, 1))
        finally:
            self._clock = None
            self.session.editor.batch_mode = False
            if self._stop:
                self.eta.setText(self.tr("Cancelled"))
            else:
                self._report([self.items[r].status for r in rows],
                             time.perf_counter() - started)
            QApplication.alert(self.window())  # the taskbar asks for attention, if elsewhere
            self.task = None
            self._update_buttons()
            self.running_changed.emit(False)

    def _report(self, statuses: list[ItemStatus], seconds: float) -> None:
        """The finished run in the panel: its time, and how many of its files failed or
        were skipped; failures go to the status bar too (in a long queue they may be out
        of view)."""
        failed, skipped = statuses.count(ItemStatus.FAILED), statuses.count(ItemStatus.SKIPPED)
        parts = [i18n.arg(self.tr("Finished in %1"), duration(seconds))]
        if failed:
            parts.append(self.tr("%n failed", "", failed))
        if skipped:
            parts.append(self.tr("%n skipped", "", skipped))
        self.eta.setText(" · ".join(parts))
        if failed:
            messages.warning(self.tr("%n image(s) of the batch could not be upscaled: the "
                                     "queue says why.", "", failed))

    def _plan_outputs(self, rows: list[int]) -> bool:
        """Name each output and ask before replacing; the format, quality and scale named
        here are the ones the run saves with, whatever the panel says meanwhile."""
        st = self.settings
        self._output = (st.output_format, st.quality, st.output_scale)
        fmt, _, scale = self._output
        taken: set[Path] = set()
        for row in rows:
            item = self.items[row]
            out = self.output_dir / output_name(item.path.stem, fmt, scale)
            n = 2
            while out in taken:
                out = self.output_dir / output_name(item.path.stem, fmt, scale, n)
                n += 1
            taken.add(out)
            item.output = out
            self._show(row)
        outputs = [self.items[r].output for r in rows]
        existing = [p for p in outputs if p is not None and p.exists()]
        if existing and not self.confirm_overwrite(existing):
            return False
        self._replace = set(existing)  # only these: a file that appears later is kept
        return True

    def confirm_overwrite(self, existing: list[Path]) -> bool:
        names = ", ".join(p.name for p in existing[:5]) + (" …" if len(existing) > 5 else "")
        answer = QMessageBox.question(
            self, self.tr("Replace existing files?"),
            i18n.arg(self.tr("%n output file(s) already exist in %1: %2. Replace them?", "",
                             len(existing)), existing[0].parent, names))
        return answer == QMessageBox.StandardButton.Yes

    async def _one(self, row: int) -> None:
        item = self.items[row]
        item.status, item.note = ItemStatus.RUNNING, ""
        self._skip = False
        self._show(row)
        self.table.scrollToItem(self._cell(row, 0))
        loop = asyncio.get_running_loop()
        try:
            picture = await loop.run_in_executor(None, load_image, item.path)
            assert item.output is not None
            dropped = self._check(picture, item.output)
            outcome = await self.session.process(picture, item.path)
            if outcome.picture is None:
                item.status = (ItemStatus.SKIPPED if self._skip else ItemStatus.CANCELLED
                               if self._stop else ItemStatus.FAILED)
                item.note = "" if self._skip or self._stop else outcome.error
            else:
                assert item.output is not None
                fmt, quality, scale = self._output
                await loop.run_in_executor(None, functools.partial(
                    save_image, item.output, outcome.picture, fmt=fmt, quality=quality,
                    overwrite=item.output in self._replace, scale=scale))
                item.status, item.note = ItemStatus.DONE, "; ".join(
                    i18n.engine_text(note) for note in dropped)
        except PatchscalerError as exc:
            item.status, item.note = ItemStatus.FAILED, i18n.engine_text(exc)
        self._show(row)

    def _check(self, picture: Picture, output: Path) -> list[str]:
        """Refuse before the work what would fail at the save (pixel limit, a side too long
        for the format, a read-only folder, the disk); drop metadata the format cannot hold
        and say so."""
        fmt, scale = output_format(output), self._output[2]
        check_limits(picture, self.session.editor.tile_limits, output, fmt, scale)
        h, w = picture.pixels.shape[:2]
        picture.info, dropped = metadata.fit(picture.info, fmt, scale * w, scale * h)
        return dropped

    def _on_session_progressed(self, done: int, total: int, text: str) -> None:
        if self.running and total and self._clock is not None:
            self._clock.progress(done)
            self._set_fraction(self._clock.share(done, total), self._clock.left(done, total))

    def _set_fraction(self, fraction: float, seconds: float | None = None) -> None:
        """The progress bar at ``fraction``, and the ETA in ``seconds`` when there is one."""
        self.fraction = fraction
        self.progress.setValue(round(1000 * fraction))
        if seconds is not None and 0 < fraction < 1:
            done = sum(i.status == ItemStatus.DONE for i in self.items)
            self.eta.setText(i18n.arg(self.tr("%1 of %2 done · ETA %3"), done,
                                      len(self.items), duration(seconds)))

    def status_text(self, status: ItemStatus) -> str:
        """A file's status as the table shows it."""
        return {ItemStatus.WAITING: self.tr("waiting"), ItemStatus.RUNNING: self.tr("running"),
                ItemStatus.DONE: self.tr("done"), ItemStatus.FAILED: self.tr("failed"),
                ItemStatus.SKIPPED: self.tr("skipped"),
                ItemStatus.CANCELLED: self.tr("cancelled")}[status]
