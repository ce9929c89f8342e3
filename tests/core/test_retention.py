from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.retention import BackupReason, RetentionPolicy, backup_due, backups_to_keep

NOW = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def _every(step: timedelta, span: timedelta) -> list[datetime]:
    moments, moment = [], NOW
    while moment > NOW - span:
        moments.append(moment)
        moment -= step
    return moments


def test_everything_from_the_last_two_days_is_kept():
    recent = _every(timedelta(minutes=30), timedelta(days=2))
    assert backups_to_keep(recent, PARIS, NOW) == set(recent)


def test_a_year_of_half_hourly_backups_thins_to_the_graded_tiers():
    moments = _every(timedelta(minutes=30), timedelta(days=365))
    kept = backups_to_keep(moments, PARIS, NOW)
    recent = {m for m in moments if m >= NOW - timedelta(days=2)}
    older = sorted(kept - recent, reverse=True)
    assert len(older) == 12 + 10 + 9
    # Daily: one per local day, the newest of each.
    daily = older[:12]
    assert len({m.astimezone(PARIS).date() for m in daily}) == 12
    # The oldest kept is about 9 months plus 10 weeks plus 12 days back: roughly a year.
    assert NOW - older[-1] > timedelta(days=300)


def test_the_newest_backup_of_each_day_is_the_one_kept():
    day = NOW - timedelta(days=5)
    moments = [day.replace(hour=8), day.replace(hour=20)]
    kept = backups_to_keep(moments, UTC, NOW)
    assert kept == {day.replace(hour=20)}


def test_days_are_the_persons_local_days():
    # 23:30 UTC on 27 Nov is already 28 Nov in Paris: two backups that share a UTC day
    # fall on different local days, and both are kept as dailies.
    first = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    second = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    assert backups_to_keep([first, second], PARIS, NOW) == {first, second}
    assert backups_to_keep([first, second], UTC, NOW) == {second}


def test_the_numbers_are_settings():
    moments = _every(timedelta(days=1), timedelta(days=30))
    policy = RetentionPolicy(recent_days=0, daily=3, weekly=0, monthly=0)
    kept = backups_to_keep(moments, UTC, NOW, policy)
    # The one taken this instant, then the newest of three earlier days.
    assert sorted(kept) == [NOW - timedelta(days=d) for d in (3, 2, 1, 0)]


def test_a_backup_is_due_every_thirty_minutes_only_when_something_changed():
    last = NOW - timedelta(minutes=29)
    assert not backup_due(BackupReason.PERIODIC, True, last, NOW)
    assert backup_due(BackupReason.PERIODIC, True, NOW - timedelta(minutes=30), NOW)
    assert not backup_due(BackupReason.PERIODIC, False, NOW - timedelta(hours=5), NOW)
    assert backup_due(BackupReason.PERIODIC, True, None, NOW)


def test_quit_and_wrap_up_need_a_change_but_no_interval():
    recent = NOW - timedelta(minutes=1)
    for reason in (BackupReason.QUIT, BackupReason.WRAP_UP_FINISHED):
        assert backup_due(reason, True, recent, NOW)
        assert not backup_due(reason, False, recent, NOW)


def test_before_a_migration_a_backup_is_always_made():
    assert backup_due(BackupReason.BEFORE_MIGRATION, False, NOW, NOW)


def test_the_schedule_follows_changes_and_backups():
    from app.core.retention import BackupSchedule

    schedule = BackupSchedule(last_backup_at=NOW - timedelta(hours=1), changed=False)
    assert not schedule.due(BackupReason.PERIODIC, NOW)
    schedule.note_change()
    assert schedule.due(BackupReason.PERIODIC, NOW)
    schedule.note_backup(NOW)
    assert not schedule.due(BackupReason.QUIT, NOW + timedelta(minutes=1))
    schedule.note_change()
    assert not schedule.due(BackupReason.PERIODIC, NOW + timedelta(minutes=10))
    assert schedule.due(BackupReason.QUIT, NOW + timedelta(minutes=10))
