"""The strip that says DEMO across the top of the demo workspace's window, with its reset button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.shell.confirm import confirm


class DemoBanner(QFrame):
    """Always shown in the demo; never takes the keyboard by itself. Its colours are the theme's
    highlight ones (resources/themes/app.qss), so it stands out in every theme and follows a change."""

    reset_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.badge = QLabel(self.tr("DEMO"))
        font = QFont(self.badge.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.badge.setFont(font)
        self.text_label = QLabel(
            self.tr("Sample people and interviews, made up for trying the app. Your own data is not touched.")
        )
        self.text_label.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Re&set demo…"))
        self.reset_button.setToolTip(self.tr("Put the demo back as it was when it was first opened"))
        self.reset_button.clicked.connect(self.ask_to_reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.badge)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.reset_button)
        self.setAccessibleName(self.tr("Demo workspace"))
        self.setAccessibleDescription(self.text_label.text())

    def ask_to_reset(self) -> None:
        if confirm(
            self.window(),
            self.tr("Reset the demo"),
            self.tr(
                "Put the demo workspace back as it was? Whatever was changed in the demo is replaced by "
                "the sample data, and InfoInterview starts again. Your own data is not touched."
            ),
            self.tr("Reset demo"),
            self.tr("Keep it as it is"),
            default_is_yes=False,
        ):
            self.reset_confirmed.emit()
