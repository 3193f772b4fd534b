"""Help → Keyboard Shortcuts: every key of the window in a table (keys, command), as the
actions themselves say, and the mouse gestures. A table rather than a message box: it
scrolls, fits any screen in any language, and a screen reader reads it cell by cell."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """The shortcuts of ``rows`` ((keys, command) pairs), then the mouse's."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [*rows, (self.tr("Wheel, drag"),
                        self.tr("Zoom, pan; drag the divider to compare"))]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for r, (keys, text) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit()

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists, row by row (for tests)."""
        cells = [[self.table.item(r, c) for c in (0, 1)] for r in range(self.table.rowCount())]
        return [(keys.text(), text.text()) for keys, text in cells
                if keys is not None and text is not None]

    def _fit(self) -> None:
        """As wide as the table's columns, as tall as its rows, within 90 % of the screen."""
        header = self.table.horizontalHeader()
        width = header.length() + self.table.verticalScrollBar().sizeHint().width() + 48
        height = self.table.verticalHeader().length() + header.height() + 96
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(width, int(0.9 * screen.width())),
                    min(height, int(0.9 * screen.height())))
