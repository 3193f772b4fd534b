"""The view refresh: what the canvas's heatmap, the legend and the cost read-out show for
the open document, and the status texts of a running job. Nothing here is computed twice:
the groups and the cost come from the document's :class:`PatchPlan` (made by the engine),
the predicted time from :meth:`Cost.seconds`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF

from patchscaler_gui.engine.events import Progress
from patchscaler_gui.engine.grouping import Cost
from patchscaler_gui.ui import i18n
from patchscaler_gui.ui.canvas import CompareView
from patchscaler_gui.ui.controls import ControlPanel
from patchscaler_gui.ui.document import Document, RunKey
from patchscaler_gui.ui.words import duration, group_name


def coarse_text(done: int, total: int, seconds: float) -> str:
    eta = seconds / done * (total - done)
    return i18n.arg(QCoreApplication.translate("View", "Coarse stage: tile %1/%2 · ETA %3"),
                    done, total, duration(eta))


def step_text(event: Progress, left: float | None) -> str:
    """A job's progress line; ``left``: its seconds to go (:class:`eta.BatchClock`), None
    before the first rate."""
    return i18n.arg(QCoreApplication.translate(
        "View", "%1 step %2/%3 · %4/%5 patch-steps · ETA %6"), group_name(event.group),
        event.step, event.steps, event.patch_steps_done, event.patch_steps_total,
        "…" if left is None else duration(left))


def predicted_text(cost: Cost, rate: float | None) -> str:
    """What bringing the document up to date costs (``cost``: its plan limited to the
    stale patches) and takes at ``rate`` (seconds per patch-step; None: not measured yet)."""
    if cost.patch_steps == 0:
        return i18n.arg(QCoreApplication.translate("View", "Up to date (%1 patch-steps in all)"),
                        cost.all_patch_steps)
    if rate:
        return i18n.arg(QCoreApplication.translate(
            "View", "Predicted: %1 patch-steps of %2 · ETA ≈ %3"), cost.patch_steps,
            cost.all_patch_steps, duration(cost.seconds(rate)))
    return i18n.arg(QCoreApplication.translate(
        "View", "Predicted: %1 patch-steps of %2 · ETA: measuring"), cost.patch_steps,
        cost.all_patch_steps)


def stale_cost(doc: Document, key: RunKey) -> Cost:
    """The cost of the document's plan limited to the patches stale under ``key``."""
    assert doc.plan is not None
    return doc.plan.only(doc.stale(key)).cost()


def difficulty_scale(doc: Document) -> tuple[float, float]:
    """The difficulty range the legend and the threshold slider span: the image's, widened
    to take in the thresholds."""
    assert doc.difficulty is not None and doc.plan is not None
    lo, hi = doc.plan.rule.thresholds
    return min(float(doc.difficulty.min()), lo), max(float(doc.difficulty.max()), hi)


class View(QObject):
    """Shows the open document's plan on the canvas and the panel (a QObject for its
    translated plural)."""

    def __init__(self, canvas: CompareView, controls: ControlPanel, heatmap_on: bool) -> None:
        super().__init__(canvas)
        self.canvas, self.controls = canvas, controls
        self.heatmap_on = heatmap_on

    def refresh(self, doc: Document | None, key: RunKey, rate: float | None) -> None:
        """Regroup the heatmap and legend and update the predicted cost (no sampling)."""
        if doc is None or doc.difficulty is None or doc.plan is None:
            self.canvas.heatmap.setVisible(False)
            return
        scale, cost = difficulty_scale(doc), stale_cost(doc, key)
        h, w = doc.picture.pixels.shape[:2]
        self.canvas.heatmap.set_data(doc.difficulty, doc.plan.groups, doc.patch_px,
                                     (4 * h, 4 * w), scale)
        self.canvas.heatmap.setVisible(self.heatmap_on)
        self.controls.show_legend(scale, doc.plan.rule.thresholds, cost.patches)
        self.controls.show_cost(predicted=predicted_text(cost, rate))

    def show_predicted(self, doc: Document | None, key: RunKey, rate: float | None) -> None:
        """Only the predicted cost and time (a new rate: the groups did not change)."""
        if doc is not None and doc.plan is not None:
            self.controls.show_cost(predicted=predicted_text(stale_cost(doc, key), rate))

    def fit_thresholds(self, doc: Document) -> None:
        """The threshold slider spans the new image's difficulty range."""
        self.controls.show_threshold_range(*difficulty_scale(doc))

    def tooltip(self, doc: Document, cell: tuple[int, int]) -> str:
        if not self.heatmap_on or doc.plan is None or doc.difficulty is None:
            return ""
        assert doc.brush is not None
        plan = doc.plan
        g = int(plan.groups[cell])
        group = group_name(g)
        if doc.brush[cell] >= 0:
            group = i18n.arg(QCoreApplication.translate("View", "%1 (brushed)"), group)
        return "\n".join([
            i18n.arg(QCoreApplication.translate("View", "Patch %1, %2"), *cell),
            i18n.arg(QCoreApplication.translate("View", "Difficulty %1"),
                     i18n.number(float(doc.difficulty[cell]), 3)),
            i18n.arg(QCoreApplication.translate("View", "Group: %1"), group),
            i18n.arg(self.tr("Start step %1, %n step(s)", "", plan.steps(g)),
                     plan.rule.starts[g])])

    def patch_at(self, doc: Document | None, point: QPointF) -> tuple[int, int] | None:
        """The patch under a scene point, if the document has patches there."""
        if doc is None or doc.difficulty is None:
            return None
        h, w = doc.picture.pixels.shape[:2]
        if not (0 <= point.x() < 4 * w and 0 <= point.y() < 4 * h):
            return None
        return int(point.y() // doc.patch_px), int(point.x() // doc.patch_px)
