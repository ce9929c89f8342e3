"""A data file that cannot be read, at start-up: what to do with it, and what a rescue recovered."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.core.data_safety import BackupInfo, BadDatabaseChoice, RescueReport, describe_contents, rescue_lines
from app.ui.shell.restore_dialog import backup_moment
from app.ui.widgets.i18n import tr_text


def _local_zone():
    # The dialog runs before the app's clock is handed anywhere: the zone the system clock uses.
    from app.core.clock import SystemClock

    return SystemClock().local_zone()


def ask_after_bad_database(
    parent: QWidget | None, problem: str, newest_backup: BackupInfo | None, zone=None
) -> BadDatabaseChoice:
    """Restore the newest good backup (named with its date and contents), rescue what can be read,
    start a new empty store, or quit. The file is kept whatever is chosen."""
    box, buttons = bad_database_box(parent, problem, newest_backup, zone or _local_zone())
    box.exec()
    return buttons.get(box.clickedButton(), BadDatabaseChoice.QUIT)


def bad_database_box(
    parent: QWidget | None, problem: str, newest_backup: BackupInfo | None, zone
) -> tuple[QMessageBox, dict[object, BadDatabaseChoice]]:
    """The question, and what each of its buttons chooses."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DamagedData", "{app}: your data file cannot be read").format(app=APP_NAME)
    )
    box.setText(problem)
    lines = [
        QCoreApplication.translate(
            "DamagedData",
            "The file is kept as it is, renamed, whatever you choose: nothing is deleted.",
        )
    ]
    buttons: dict[object, BadDatabaseChoice] = {}
    if newest_backup is not None and newest_backup.counts is not None:
        lines.append(
            QCoreApplication.translate("DamagedData", "Your newest good backup is from {when}: {contents}.").format(
                when=backup_moment(newest_backup.taken_at, zone),
                contents=tr_text(describe_contents(newest_backup.counts, zone)),
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("DamagedData", "&Restore the backup of {when}").format(
                when=backup_moment(newest_backup.taken_at, zone)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        buttons[restore] = BadDatabaseChoice.RESTORE_BACKUP
    lines.append(
        QCoreApplication.translate(
            "DamagedData", "Rescue copies everything that can still be read into a new file and says what it found."
        )
    )
    box.setInformativeText("\n\n".join(lines))
    rescue = box.addButton(
        QCoreApplication.translate("DamagedData", "Re&scue what can be read"), QMessageBox.ButtonRole.AcceptRole
    )
    buttons[rescue] = BadDatabaseChoice.RESCUE
    fresh = box.addButton(
        QCoreApplication.translate("DamagedData", "Start a &new empty store"), QMessageBox.ButtonRole.AcceptRole
    )
    buttons[fresh] = BadDatabaseChoice.START_FRESH
    quit_button = box.addButton(QCoreApplication.translate("DamagedData", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    buttons[quit_button] = BadDatabaseChoice.QUIT
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(quit_button)
    return box, buttons


def rescue_report_text(report: RescueReport) -> str:
    """One line per list a person keeps: "58 of 61 people", "all notes"…"""
    return "\n".join(f"• {tr_text(line)}" for _entry, line in rescue_lines(report))


def show_rescue_report(parent: QWidget | None, report: RescueReport) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("DamagedData", "{app}: rescue finished").format(app=APP_NAME))
    box.setText(QCoreApplication.translate("DamagedData", "This is what could be read from the damaged file:"))
    box.setInformativeText(
        rescue_report_text(report)
        + "\n\n"
        + QCoreApplication.translate(
            "DamagedData", "The damaged file is kept beside your data as {file}, exactly as it was."
        ).format(file=_name(report.source))
    )
    box.exec()


def _name(path: str) -> str:
    return PurePath(path).name
