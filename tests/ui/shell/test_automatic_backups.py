"""The app backs up by itself: on its timer when something changed, after an interview is finished,
at quit; in the background, and a failure is told in the message bar."""

from __future__ import annotations

import shutil

from app.core.entities import Contact, Interview, InterviewStatus, Occupation
from app.core.retention import RetentionPolicy
from app.store.backups import list_backups


def _opened(make_app, app_paths, migrated_database):
    shutil.copyfile(migrated_database, app_paths.database)
    application = make_app()
    assert application.open_store()
    return application


def test_the_timer_backs_up_only_what_changed_and_at_most_every_30_minutes(
    qtbot, make_app, app_paths, migrated_database, clock
):
    application = _opened(make_app, app_paths, migrated_database)
    backups = application.backups
    assert backups.timer.isActive()
    # No backup yet: the data already there is backed up at the first check.
    with qtbot.waitSignal(backups.runner.finished, timeout=10_000):
        assert backups.check()
    assert len(list_backups(app_paths.backups_dir)) == 1

    clock.advance(31 * 60)
    assert not backups.check()  # nothing changed

    application.store.contacts.add(Contact("Ana Ruiz"))
    with qtbot.waitSignal(backups.runner.finished, timeout=10_000):
        assert backups.check()  # 31 minutes since the last one, and a change
    assert len(list_backups(app_paths.backups_dir)) == 2


def test_a_change_waits_for_the_30_minutes_to_pass(qtbot, make_app, app_paths, migrated_database, clock):
    application = _opened(make_app, app_paths, migrated_database)
    backups = application.backups
    with qtbot.waitSignal(backups.runner.finished, timeout=10_000):
        backups.check()

    application.store.contacts.add(Contact("Ana Ruiz"))  # heard through the window's change signal
    clock.advance(10 * 60)
    assert not backups.check()
    clock.advance(20 * 60)
    with qtbot.waitSignal(backups.runner.finished, timeout=10_000) as blocker:
        assert backups.check()
    assert blocker.args[0].counts.people == 1
    assert blocker.args[0].reason == "auto"
    assert len(list_backups(app_paths.backups_dir)) == 2


def test_finishing_an_interview_backs_up(qtbot, make_app, app_paths, migrated_database, clock):
    application = _opened(make_app, app_paths, migrated_database)
    store = application.store
    occupation = store.occupations.add(Occupation("Urban planner"))
    contact = store.contacts.add(Contact("María José Ortega", occupation_id=occupation.id))
    interview = store.interviews.add(
        Interview(contact.id, occupation.id, started_at=clock.now(), status=InterviewStatus.IN_PROGRESS)
    )
    area = application.window.pane("interview")

    with qtbot.waitSignal(application.backups.runner.finished, timeout=10_000) as blocker:
        area.finished.emit(interview.id)
    info = blocker.args[0]
    assert info.reason == "wrapup"
    assert store.interviews.get(interview.id).status is InterviewStatus.FINISHED


def test_quitting_backs_up_what_changed_and_waits_for_it(make_app, app_paths, migrated_database):
    application = _opened(make_app, app_paths, migrated_database)
    application.store.contacts.add(Contact("Ana Ruiz"))
    application.back_up_at_quit()
    (made,) = list_backups(app_paths.backups_dir)
    assert made.reason == "quit"
    assert made.counts.people == 1


def test_a_failed_backup_is_told_in_the_message_bar_not_a_dialog(qtbot, make_app, app_paths, migrated_database):
    application = _opened(make_app, app_paths, migrated_database)
    app_paths.backups_dir.write_text("a file where the backups folder should be")
    with qtbot.waitSignal(application.backups.runner.failed, timeout=10_000):
        application.backups.check()
    assert "A backup of your data could not be made" in application.window.problem_text()


def test_the_retention_numbers_come_from_preferences(qtbot, make_app, app_paths, migrated_database, clock):
    application = _opened(make_app, app_paths, migrated_database)
    backups = application.backups
    with qtbot.waitSignal(application.preferences.changed, timeout=5_000):
        application.store.settings.save_retention_policy(RetentionPolicy(recent_days=0, daily=1, weekly=0, monthly=0))
    for _day in range(3):
        application.store.contacts.add(Contact("Ana Ruiz"))
        clock.advance(24 * 3600)
        with qtbot.waitSignal(backups.runner.finished, timeout=10_000):
            assert backups.check()
    # The one just made and one a day before it; the defaults would keep all three (2 days).
    assert len(list_backups(app_paths.backups_dir)) == 2


def test_a_wrap_up_completed_backs_up(qtbot, make_app, app_paths, migrated_database, clock):
    application = _opened(make_app, app_paths, migrated_database)
    with qtbot.waitSignal(application.backups.runner.finished, timeout=10_000):
        application.backups.check()  # the first backup, of the data already there
    application.store.contacts.add(Contact("Ana Ruiz"))
    clock.advance(60)
    area = application.window.pane("wrapup")

    with qtbot.waitSignal(application.backups.runner.finished, timeout=10_000) as blocker:
        area.wrapup_view.completed.emit(1)
    assert blocker.args[0].reason == "wrapup"
