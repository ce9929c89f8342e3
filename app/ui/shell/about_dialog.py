"""Help ▸ About: the icon, the version and the licence, and where this person's data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.paths import resource

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self._data_dir = data_dir
        # The same SVG as the window icon and the desktop entry's icon.
        self.icon_label = QLabel()
        self.icon_label.setPixmap(QIcon(str(resource("icons", "infointerview.svg"))).pixmap(ICON_SIZE, ICON_SIZE))
        title = QLabel(self.tr("<h2>{app} {version}</h2>").format(app=APP_NAME, version=__version__))
        heading = QHBoxLayout()
        heading.addWidget(self.icon_label)
        heading.addWidget(title, 1)
        purpose = QLabel(
            self.tr(
                "Plan, run and follow up informational interviews: twenty-minute conversations to learn "
                "about an occupation from someone who works in it."
            )
        )
        purpose.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the MIT licence."))
        self.data_label = QLabel(self.tr("Your data is kept in:\n{folder}").format(folder=data_dir))
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_folder)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        for widget in (purpose, licence, self.data_label, buttons):
            layout.addWidget(widget)

    def _open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir))):
            self.data_label.setText(
                self.tr(
                    "Your data is kept in:\n{folder}\n(No file manager could be opened; copy the path above.)"
                ).format(folder=self._data_dir)
            )
