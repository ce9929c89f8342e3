"""File ▸ Restore from backup…: every backup, newest first, with when it was made and what it holds."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.data_safety import BackupInfo, describe_contents
from app.ui.widgets.i18n import tr_text

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


def backup_moment(taken_at: datetime, zone: tzinfo, locale: QLocale | None = None) -> str:
    """'3 Dec 2026 14:30' in the person's language and on their clock."""
    locale = locale or QLocale()
    local = taken_at.astimezone(zone)
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("RestoreDialog", "{day} {time}").format(day=day, time=time)


def backup_line(info: BackupInfo, zone: tzinfo) -> str:
    """'3 Dec 2026 14:30 — 42 interviews, 61 people, newest note 3 Dec'."""
    when = backup_moment(info.taken_at, zone)
    if info.counts is None:
        return QCoreApplication.translate("RestoreDialog", "{when} — cannot be read").format(when=when)
    return QCoreApplication.translate("RestoreDialog", "{when} — {contents}").format(
        when=when, contents=tr_text(describe_contents(info.counts, zone))
    )


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What you have now is backed up first, so you can come "
                "back to it. InfoInterview restarts to show the restored data."
            )
        )
        intro.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups"))
        for info in backups:
            item = QListWidgetItem(backup_line(info, zone))
            item.setData(BACKUP_ROLE, info)
            item.setToolTip(info.path)
            if info.counts is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.backup_list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups yet. File ▸ Back up now makes one."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.backup_list.currentItemChanged.connect(
            lambda item, _previous: self.restore_button.setEnabled(item is not None and self.chosen() is not None)
        )
        self.backup_list.itemDoubleClicked.connect(lambda _item: self.chosen() is not None and self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(BACKUP_ROLE)


def ask_backup_to_restore(parent: QWidget | None, backups: list[BackupInfo], zone: tzinfo) -> BackupInfo | None:
    dialog = RestoreDialog(backups, zone, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
