"""The parts every form dialog is built of: OK and Cancel, a red line for what went wrong, and
the column the form, its notes and the buttons stand in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from omniprint.gui.widgets import grow_to_fit

ERROR_STYLE = "color:#b3261e;"
HINT_STYLE = "color:#5f6673;"


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label(name: str = "", *, style: str = ERROR_STYLE, wrap: bool = True) -> QLabel:
    """A hidden line (named `name` for tests) for what went wrong; `show_error` fills it."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(wrap)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show `text` in `label` and make its window tall enough that nothing slides under it."""
    label.setText(text)
    label.show()
    grow_to_fit(label.window())


def hint_label(text: str = "", *, name: str = "", style: str = HINT_STYLE) -> QLabel:
    """A grey line that explains a form or says how things stand (named `name` for tests)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(style)
    return label


def column(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """`dialog`'s layout: `parts` (the form, notes, the error line, the buttons) top to bottom."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
