import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.core.retention import BackupReason, RetentionPolicy
from app.store.backups import backup_job
from app.ui.shell.backup_runner import BackupRunner
from tests.store.data_seed import seed

NOW = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)


def test_a_backup_runs_in_the_background_and_reports_on_the_ui_thread(qtbot, tmp_path, migrated_database):
    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    seed(database)
    runner = BackupRunner(backup_job(database, tmp_path / "backups", lambda: UTC, RetentionPolicy))

    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        assert runner.start(NOW, BackupReason.PERIODIC)
    assert runner.wait(5)

    info = blocker.args[0]
    assert Path(info.path).parent == tmp_path / "backups"
    assert info.counts.people == 61


def test_a_failed_backup_is_reported_not_raised(qtbot, tmp_path):
    runner = BackupRunner(
        backup_job(tmp_path / "missing" / "infointerview.db", tmp_path / "backups", lambda: UTC, RetentionPolicy)
    )

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(NOW, BackupReason.QUIT)
    runner.wait(5)

    assert "could not" in blocker.args[0]
