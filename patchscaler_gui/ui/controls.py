"""The side panel: the look, per-group step budgets and start steps, thresholds, seed,
texture, clean-up, sharpening, device, model info, heatmap legend and opacity, and the
cost/ETA read-out.

Widgets only: the panel emits past-tense signals, hands out everything it holds as one
:class:`PanelValues` (``values()``) and shows what it is told (``show_*``); the document's
editor and the session decide what a change means. ``show_*`` block signals, so loading
settings never starts a run. Thresholds are ``(lo, hi)`` here as everywhere: the left
handle is ``lo``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleRangeSlider, QLabeledSlider

from patchscaler_gui.engine.choices import (
    LOOKS,
    LOSSY_FORMATS,
    MAX_SEED,
    MAX_SIGMA,
    OUTPUT_FORMATS,
    OUTPUT_SCALES,
)
from patchscaler_gui.engine.grouping import GROUP_NAMES, GroupPlan
from patchscaler_gui.engine.looks import Look, matching
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.legend import HeatmapLegend
from patchscaler_gui.ui.panel_parts import (
    HORIZONTAL,
    DeviceBox,
    LeaveKeys,
    PanelValues,
    Tuning,
    focus_action,
    labeled_slider,
    name_for_access,
)
from patchscaler_gui.ui.words import group_name, group_title, look_title

LOOK_TIP = str(QT_TRANSLATE_NOOP(
    "ControlPanel", "Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans "
    "noise and JPEG blocks (photos from phones and the web); Detailed samples more patches "
    "with more steps and sharper edges. A look sets the sliders below, the clean-up and "
    "texture switches and the sharpening; changing any of them makes it Custom [%1]"))
MAX_SHARPEN = 2.0  # the largest sharpening amount the panel offers


class ControlPanel(QWidget):
    """Signals:
        plan_edited(): a budget, start step or threshold changed (live while dragging, or
            all at once when the user picks a look or undoes an edit).
        options_edited(): the seed or the texture prompt switch changed.
        coarse_edited(): the clean-up switch or the sharpening changed (the coarse stage
            must run again), by hand, by a look or by undo.
        device_chosen(str): the user picked a compute device ("cpu", "cuda", ...).
        opacity_changed(float): the heatmap opacity slider moved (0..1).
        output_edited(): the output format or quality changed.
    """

    plan_edited = Signal()
    options_edited = Signal()
    coarse_edited = Signal()
    device_chosen = Signal(str)
    opacity_changed = Signal(float)
    output_edited = Signal()

    def __init__(self, devices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._model_box())
        layout.addWidget(self._groups_box())
        layout.addWidget(self._heatmap_box())
        layout.addWidget(self._options_box(devices))
        layout.addWidget(self._output_box())
        layout.addWidget(self._cost_box())
        layout.addStretch(1)

    def _model_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Model"))
        form = QVBoxLayout(box)
        self.model_label = QLabel(self.tr("No model"))
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_label.setToolTip(self.tr("The model in use (Model → Open… picks another "
                                            "folder)"))
        form.addWidget(self.model_label)
        return box

    def _look_row(self, grid: QGridLayout) -> None:
        self._looks: dict[str, Look] = {}
        self._lowband = False  # no widget: the last look's (engine.lowband)
        self._steps_max = 15
        self.look = QComboBox()
        for name in LOOKS:
            self.look.addItem(look_title(name), name)
        self.look.setPlaceholderText(self.tr("Custom"))
        tip = i18n.arg(QCoreApplication.translate("ControlPanel", LOOK_TIP),
                       i18n.native("Alt+L"))
        self.look.setToolTip(tip)
        look = self.tr("Look")
        self._focus_key(self.look, "Alt+L", look)
        self.look.activated.connect(self._on_look_activated)  # by the user only
        name_for_access(self.look, look)
        label = QLabel(f"<b>{look}</b>")
        label.setBuddy(self.look)
        label.setToolTip(tip)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.look, 0, 1, 1, 2)

    def _groups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Patch groups"))
        grid = QGridLayout(box)
        self._look_row(grid)
        self.budgets: list[QLabeledSlider] = []
        self.starts: list[QLabeledSlider] = []
        for g in range(len(GROUP_NAMES)):
            title = QLabel(f"<b>{group_title(g)}</b>")
            grid.addWidget(title, 2 * g + 1, 0)
            keys = (f"Alt+{g + 1}", f"Alt+Shift+{g + 1}")
            budget = labeled_slider(0, 15, i18n.arg(self.tr(
                "Diffusion steps for %1 patches (0 = keep the coarse result) [%2]"),
                group_name(g), i18n.native(keys[0])))
            start = labeled_slider(1, 15, i18n.arg(self.tr(
                "Start step of %1 patches: lower starts closer to the coarse result (shortcut "
                "start) [%2]"), group_name(g), i18n.native(keys[1])))
            names = (i18n.arg(self.tr("%1: steps"), group_title(g)),
                     i18n.arg(self.tr("%1: start step"), group_title(g)))
            for slider, key, name in zip((budget, start), keys, names, strict=True):
                self._focus_key(slider, key, name)
                name_for_access(slider, name)
            for row, (label, slider) in enumerate(((self.tr("steps"), budget),
                                                   (self.tr("start"), start))):
                text = QLabel(label)
                text.setBuddy(slider)
                grid.addWidget(text, 2 * g + row + 1, 1)
                grid.addWidget(slider, 2 * g + row + 1, 2)
                slider.valueChanged.connect(self._on_plan_slider_value_changed)
            self.budgets.append(budget)
            self.starts.append(start)
        threshold_label = QLabel(self.tr("thresholds"))
        grid.addWidget(threshold_label, 7, 1)
        self.thresholds = QLabeledDoubleRangeSlider(HORIZONTAL)
        # superqt's stubs type the double slider's range and step as int
        self.thresholds.setRange(0.0, 1.0)  # type: ignore[arg-type]
        self.thresholds.setDecimals(3)
        self.thresholds.setEdgeLabelMode(QLabeledDoubleRangeSlider.EdgeLabelMode.NoLabel)
        # close handles would overlap their labels: one line of text says it instead
        self.thresholds.setHandleLabelPosition(
            QLabeledDoubleRangeSlider.LabelPosition.NoLabel)
        self.thresholds.setSingleStep(0.001)  # type: ignore[arg-type]
        self.thresholds.setToolTip(i18n.arg(self.tr(
            "Difficulty thresholds: patches below the left handle are simple, at or above the "
            "right one hard. The heatmap regroups live; only patches that change group are "
            "sampled again. [%1]"), i18n.native("Alt+T")))
        inner = self.thresholds.findChild(QSlider)
        if inner is not None:
            self.thresholds.setFocusProxy(inner)
        threshold_label.setBuddy(self.thresholds)
        name_for_access(self.thresholds, self.tr("Difficulty thresholds"))
        self._focus_key(self.thresholds, "Alt+T", self.tr("Thresholds"))
        self.thresholds.valueChanged.connect(self._on_plan_slider_value_changed)
        grid.addWidget(self.thresholds, 7, 2)
        self.threshold_text = QLabel()
        self.threshold_text.setToolTip(self.thresholds.toolTip())
        grid.addWidget(self.threshold_text, 8, 1, 1, 2)
        self._show_thresholds()
        return box

    def _show_thresholds(self) -> None:
        lo, hi = self.thresholds.value()
        self.threshold_text.setText(i18n.arg(self.tr("simple < %1 ≤ medium < %2 ≤ hard"),
                                             i18n.number(lo, 3), i18n.number(hi, 3)))

    def _heatmap_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Difficulty heatmap"))
        form = QVBoxLayout(box)
        self.legend = HeatmapLegend()
        form.addWidget(self.legend)
        self.opacity = labeled_slider(0, 100, i18n.arg(self.tr(
            "Opacity of the heatmap colours [%1]; %2 toggles the heatmap"), i18n.native("Alt+O"),
            i18n.native("H")))
        name_for_access(self.opacity, self.tr("Heatmap opacity"))
        self._focus_key(self.opacity, "Alt+O", self.tr("Heatmap opacity"))
        self.opacity.valueChanged.connect(self._on_opacity_value_changed)
        row = QHBoxLayout()
        opacity_label = QLabel(self.tr("Opacity"))
        opacity_label.setBuddy(self.opacity)
        row.addWidget(opacity_label)
        row.addWidget(self.opacity)
        form.addLayout(row)
        return box

    def _options_box(self, devices: list[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Options"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setToolTip(i18n.arg(self.tr(
            "Random seed: the same seed gives the same result [%1]"), i18n.native("Alt+S")))
        self._focus_key(self.seed, "Alt+S", self.tr("Seed"))
        self.seed.valueChanged.connect(self._on_option_changed)
        name_for_access(self.seed, self.tr("Seed"))
        form.addRow(self.tr("Seed"), self.seed)
        self.texture = QCheckBox(self.tr("Texture prompt (reference texture memory)"))
        self.texture.setToolTip(i18n.arg(self.tr(
            "Condition the denoiser on retrieved reference textures; switch off to see what "
            "it adds [%1]"), i18n.native("Alt+X")))
        self._focus_key(self.texture, "Alt+X", self.tr("Texture prompt"))
        self.texture.toggled.connect(self._on_texture_toggled)
        form.addRow(self.texture)
        self.cleanup = QCheckBox(self.tr("Clean up noise and JPEG blocks"))
        self.cleanup.setToolTip(i18n.arg(self.tr(
            "For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM "
            "trained on degraded photos, which also smooths fine detail of clean ones; a "
            "model with a clean-up gate uses it only where the picture looks degraded [%1]"),
            i18n.native("Alt+C")))
        self._focus_key(self.cleanup, "Alt+C", self.tr("Clean-up switch"))
        self.cleanup.toggled.connect(self._on_coarse_option_changed)
        form.addRow(self.cleanup)
        form.addRow(self.tr("Sharpen"), self._sharpen_row())
        self.device = DeviceBox()
        for name in devices:
            self.device.addItem(name, name)
        self.device.refresh()
        self.device.setToolTip(i18n.arg(self.tr(
            "Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the "
            "CPU; networks run in bfloat16 on GPUs [%1]"), i18n.native("Alt+D")))
        self.device.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(12)  # the panel keeps its width; the list is wide
        self._focus_key(self.device, "Alt+D", self.tr("Device"))
        name_for_access(self.device, self.tr("Device"))
        self.device.currentIndexChanged.connect(self._on_device_index_changed)
        form.addRow(self.tr("Device"), self.device)
        return box

    def _sharpen_row(self) -> QHBoxLayout:
        """The sharpening's amount and radius (:mod:`engine.sharpen`), side by side."""
        self.sharpen = QDoubleSpinBox()
        self.sharpen.setRange(0.0, MAX_SHARPEN)
        self.sharpen.setSingleStep(0.25)
        # the box rounds what it is given to its decimals: three hold every amount the
        # calibration chooses (0.125 included), so a look's sharpening comes back exact
        self.sharpen.setDecimals(3)
        self.sharpen.setToolTip(i18n.arg(self.tr(
            "Edge contrast added to the result: how much of the detail finer than the radius "
            "is added again (0 = none); each look sets the amount its model was calibrated "
            "for [%1]"), i18n.native("Alt+A")))
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0.5, MAX_SIGMA)
        self.radius.setSingleStep(0.5)
        self.radius.setDecimals(1)
        self.radius.setSuffix(" px")  # as the other texts write the unit, in every language
        self.radius.setToolTip(i18n.arg(self.tr(
            "Sharpening radius (output pixels): a wide one lifts the soft edges of blurred "
            "photos, a narrow one the finest detail, grain included [%1]"),
            i18n.native("Alt+Shift+A")))
        row = QHBoxLayout()
        for widget, key, name in ((self.sharpen, "Alt+A", self.tr("Sharpening amount")),
                                  (self.radius, "Alt+Shift+A", self.tr("Sharpening radius"))):
            self._focus_key(widget, key, name)
            name_for_access(widget, name)
            widget.valueChanged.connect(self._on_coarse_option_changed)
            row.addWidget(widget)
        return row

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Output"))
        form = QFormLayout(box)
        self.scale = QComboBox()
        for scale in OUTPUT_SCALES:
            self.scale.addItem(f"×{scale}", scale)
        self.scale.setToolTip(i18n.arg(self.tr(
            "Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, "
            "×2 and ×1 (the input's size) average the pixels under each of theirs [%1]"),
            i18n.native("Alt+Z")))
        self._focus_key(self.scale, "Alt+Z", self.tr("Output scale"))
        name_for_access(self.scale, self.tr("Output scale"))
        self.scale.currentIndexChanged.connect(self._on_output_changed)
        form.addRow(self.tr("Scale"), self.scale)
        self.format = QComboBox()
        for name in OUTPUT_FORMATS:
            self.format.addItem(name.upper() if name != "jpg" else "JPEG", name)
        self.format.setToolTip(i18n.arg(self.tr(
            "File format for Save and the batch queue; EXIF, ICC profile and DPI are kept "
            "[%1]"), i18n.native("Alt+U")))
        self._focus_key(self.format, "Alt+U", self.tr("Output format"))
        name_for_access(self.format, self.tr("Output format"))
        self.format.currentIndexChanged.connect(self._on_output_changed)
        form.addRow(self.tr("Format"), self.format)
        self.quality = QSpinBox()
        self.quality.setRange(1, 100)
        self.quality.setToolTip(i18n.arg(self.tr(
            "JPEG / WebP quality (PNG and TIFF are lossless) [%1]"), i18n.native("Alt+Q")))
        self._focus_key(self.quality, "Alt+Q", self.tr("Output quality"))
        name_for_access(self.quality, self.tr("Output quality"))
        self.quality.valueChanged.connect(self._on_output_changed)
        form.addRow(self.tr("Quality"), self.quality)
        self._show_quality_use()
        return box

    def _show_quality_use(self) -> None:
        """The quality box takes input only for a lossy format (JPEG, WebP)."""
        self.quality.setEnabled(self.format.currentData() in LOSSY_FORMATS)

    def _cost_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cost"))
        form = QVBoxLayout(box)
        self.predicted = QLabel(self.tr("Predicted: open an image"))
        self.predicted.setToolTip(self.tr("Patch-steps (denoiser evaluations) the next run "
                                          "needs, and the time they will take at the measured "
                                          "speed"))
        self.measured = QLabel(self.tr("Last run: —"))
        self.measured.setToolTip(self.tr("Wall time of the last complete run"))
        for label in (self.predicted, self.measured):
            label.setWordWrap(True)
            form.addWidget(label)
        return box

    def leave_keys(self, actions: list[QAction]) -> None:
        """Leave the window's ``actions`` (undo and redo) their keys in the number boxes
        whose values are edits of the picture: the seed and the sharpening."""
        keys = LeaveKeys(self, actions)
        for box in (self.seed, self.sharpen, self.radius):
            box.installEventFilter(keys)

    def _focus_key(self, widget: QWidget, key: str, name: str) -> None:
        """An action that moves the keyboard focus to ``widget`` (listed under Help)."""
        focus_action(self, widget, key, i18n.arg(self.tr("Focus: %1"), name))

    # -- values ------------------------------------------------------------------------

    def values(self) -> PanelValues:
        lo, hi = self.thresholds.value()
        s, b = [w.value() for w in self.starts], [w.value() for w in self.budgets]
        plan = GroupPlan(thresholds=(float(lo), float(hi)), starts=(s[0], s[1], s[2]),
                         budgets=(b[0], b[1], b[2]))
        sharpen = Sharpening(self.sharpen.value(), self.radius.value())
        return PanelValues(plan, str(self.look.currentData() or ""), self.seed.value(),
                           self.texture.isChecked(), self.cleanup.isChecked(), sharpen,
                           self._lowband, self.cleanup.isEnabled(), str(self.device.currentData()),
                           str(self.format.currentData()), self.quality.value(),
                           int(self.scale.currentData()), self.opacity.value() / 100)

    # -- show ------------------------------------------------------------------------

    def show_model(self, text: str, looks: dict[str, Look] | None = None,
                   cleanup_available: bool | None = None) -> None:
        """The model's description, its looks (every name in LOOKS) and whether it has a
        clean-up GRM (without one the switch is greyed; its state comes back with one)."""
        self.model_label.setText(text)
        if cleanup_available is not None:
            self.cleanup.setEnabled(cleanup_available)
        if looks is not None:
            self._looks = dict(looks)
        self._show_look()

    def show_look(self, name: str) -> None:
        """Set the look's plan, clean-up and texture switches and sharpening without emitting
        anything (the seed stays; so does the clean-up switch while it is greyed out: its
        state waits for a model with a clean-up GRM)."""
        look, now = self._looks[name], self.values()
        self.show_tuning(Tuning(look.plan, now.seed, look.texture,
                                look.cleanup if now.cleanup_available else now.cleanup,
                                look.sharpen, look.lowband))

    def show_tuning(self, tuning: Tuning) -> None:
        """Set every value that makes the result without emitting anything."""
        self.show_plan(tuning.plan, self._steps_max)
        blockers = [QSignalBlocker(w) for w in (self.seed, self.texture, self.cleanup)]
        self.seed.setValue(tuning.seed)
        self.texture.setChecked(tuning.texture)
        self.cleanup.setChecked(tuning.cleanup)
        del blockers
        self._show_sharpening(tuning.sharpen)
        self._lowband = tuning.lowband
        self._show_look()

    def _show_sharpening(self, sharpen: Sharpening) -> None:
        blockers = [QSignalBlocker(w) for w in (self.sharpen, self.radius)]
        self.sharpen.setValue(sharpen.amount)
        self.radius.setValue(sharpen.sigma)
        del blockers

    def look_of(self, tuning: Tuning) -> str | None:
        """The look ``tuning`` matches with this model, else None (custom)."""
        return matching(self._looks, tuning.plan, tuning.cleanup and self.cleanup.isEnabled(),
                        tuning.texture, tuning.sharpen, tuning.lowband)

    def _show_look(self) -> None:
        name = self.look_of(self.values().tuning)
        with QSignalBlocker(self.look):
            self.look.setCurrentIndex(self.look.findData(name) if name else -1)

    def show_plan(self, plan: GroupPlan, steps_max: int) -> None:
        self._steps_max = steps_max
        blockers = [QSignalBlocker(w) for w in (*self.budgets, *self.starts, self.thresholds)]
        for g in range(3):
            self.budgets[g].setRange(0, steps_max)
            self.starts[g].setRange(1, steps_max)
            self.budgets[g].setValue(plan.budgets[g])
            self.starts[g].setValue(plan.starts[g])
        self.thresholds.setValue(plan.thresholds)
        del blockers
        self._show_thresholds()
        self._show_look()

    def show_threshold_range(self, low: float, high: float) -> None:
        """Fit the threshold slider to an image's difficulty range (kept within [0, 1])."""
        pad = max(0.25 * (high - low), 0.005)
        with QSignalBlocker(self.thresholds):
            value = self.thresholds.value()
            self.thresholds.setRange(max(0.0, low - pad), min(1.0, high + pad))  # type: ignore[arg-type]
            self.thresholds.setValue(value)

    def show_device(self, name: str) -> None:
        """Select ``name``; an absent one (or "auto") selects the first: the GPU if any."""
        with QSignalBlocker(self.device):
            index = self.device.findData("cuda:0" if name == "cuda" else name)
            self.device.setCurrentIndex(max(0, index))

    def show_options(self, seed: int, texture: bool, cleanup: bool, sharpen: Sharpening,
                     lowband: bool, opacity: float) -> None:
        """The remembered options (the plan stays as it is), without emitting anything."""
        self.show_tuning(Tuning(self.values().plan, seed, texture, cleanup, sharpen, lowband))
        with QSignalBlocker(self.opacity):
            self.opacity.setValue(round(opacity * 100))

    def show_output(self, fmt: str, quality: int, scale: int) -> None:
        blockers = [QSignalBlocker(w) for w in (self.format, self.quality, self.scale)]
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.quality.setValue(quality)
        self.scale.setCurrentIndex(max(0, self.scale.findData(scale)))
        del blockers
        self._show_quality_use()

    def show_legend(self, scale: tuple[float, float], thresholds: tuple[float, float],
                    counts: tuple[int, int, int]) -> None:
        self.legend.set_values(scale, thresholds, counts)

    def show_cost(self, predicted: str | None = None, measured: str | None = None) -> None:
        """The predicted cost of the next run and the measured time of the last one."""
        if predicted is not None:
            self.predicted.setText(predicted)
        if measured is not None:
            self.measured.setText(measured)

    # -- slots ---------------------------------------------------------------------------

    def _on_plan_slider_value_changed(self) -> None:
        self._show_thresholds()
        self._show_look()
        self.plan_edited.emit()

    def _on_coarse_option_changed(self) -> None:
        """The clean-up switch or the sharpening (amount or radius)."""
        self._show_look()
        self.coarse_edited.emit()

    def _on_texture_toggled(self) -> None:
        self._show_look()
        self.options_edited.emit()

    def _on_look_activated(self, index: int) -> None:
        self.pick_look(str(self.look.itemData(index)))

    def pick_look(self, name: str) -> None:
        """Set the look ``name`` as the user does by picking it."""
        self._edit(lambda: self.show_look(name))

    def restore(self, tuning: Tuning) -> None:
        """Set ``tuning`` as the user would by hand (undo and redo)."""
        self._edit(lambda: self.show_tuning(tuning))

    def _edit(self, show: Callable[[], None]) -> None:
        """Change values through ``show`` (which emits nothing), then emit an edit signal for
        each part it changed (the plan's always)."""
        before = self.values()
        show()
        self.plan_edited.emit()
        after = self.values()
        if (after.cleanup, after.sharpen, after.lowband) != \
                (before.cleanup, before.sharpen, before.lowband):
            self.coarse_edited.emit()
        if (after.seed, after.texture) != (before.seed, before.texture):
            self.options_edited.emit()

    def _on_output_changed(self) -> None:
        self._show_quality_use()
        self.output_edited.emit()

    def _on_option_changed(self) -> None:
        self.options_edited.emit()

    def _on_device_index_changed(self) -> None:
        self.device_chosen.emit(str(self.device.currentData()))

    def _on_opacity_value_changed(self, value: int) -> None:
        self.opacity_changed.emit(value / 100)
