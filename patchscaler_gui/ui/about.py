"""Help → About PatchScaler: the version, what the app is, the model in use and where its
card is, the licences and credits, and the versions of what it runs on."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
import torch
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from patchscaler_gui import version
from patchscaler_gui.ui import i18n


class AboutDialog(QDialog):
    """About the app and the model ``model_name`` (empty: none loaded) whose card is
    ``card`` (None: the folder has none)."""

    def __init__(self, model_name: str, card: Path | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About PatchScaler"))
        self.text = QLabel(self._text(model_name, card), self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setMinimumWidth(60 * self.fontMetrics().averageCharWidth())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        about_qt = buttons.addButton(self.tr("About &Qt"),
                                     QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _text(self, model_name: str, card: Path | None) -> str:
        if not model_name:
            model = self.tr("No model is loaded.")
        elif card is None:
            model = i18n.arg(self.tr("Model: %1."), html.escape(model_name))
        else:
            words = html.escape(self.tr("its model card"))
            link = f'<a href="{QUrl.fromLocalFile(str(card)).toString()}">{words}</a>'
            model = i18n.arg(self.tr("Model: %1; %2 says how it was trained, on which "
                                     "photos, and how well it does."),
                             html.escape(model_name), link)
        paragraphs = [
            html.escape(self.tr("Photos upscaled ×4 by a patch-independent diffusion model, "
                                "after “PatchScaler: An Efficient Patch-Independent Diffusion "
                                "Model for Image Super-Resolution” (arXiv 2405.17158). Its "
                                "authors published no code or weights: this implementation "
                                "and its model were made for this project.")),
            model,
            html.escape(self.tr("Free software under the MIT licence. The shipped model was "
                                "trained on photos under free licences (listed in its model "
                                "card) and in part on the outputs of Real-ESRGAN x4plus "
                                "(BSD-3-Clause).")),
            html.escape(f"Python {platform.python_version()} · Qt {qVersion()} · "
                        f"PySide6 {PySide6.__version__} · PyTorch {torch.__version__}"),
        ]
        title = html.escape(i18n.arg(self.tr("PatchScaler %1"), version()))
        return f"<h3>{title}</h3>" + "".join(f"<p>{p}</p>" for p in paragraphs)
