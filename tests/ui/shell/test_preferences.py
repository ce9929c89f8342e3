"""Saved preferences reach the panes through one signal, whoever wrote them and on whichever thread."""

from __future__ import annotations

import threading
from dataclasses import replace

from app.core.preferences import PROFILE_NAME_KEY
from app.ui.shell.preferences import Preferences, PreferenceValues


def test_a_settings_write_on_another_thread_is_announced_on_the_ui_thread(store, qtbot):
    preferences = Preferences()
    preferences.attach(store.settings, store.changes)
    heard: list[tuple[PreferenceValues, bool]] = []
    on_ui_thread = threading.current_thread()
    preferences.changed.connect(lambda values: heard.append((values, threading.current_thread() is on_ui_thread)))
    writer = threading.Thread(target=lambda: store.settings.set_json(PROFILE_NAME_KEY, "Sam Rivera"))
    with qtbot.waitSignal(preferences.changed, timeout=2000):
        writer.start()
    writer.join()
    assert heard == [(PreferenceValues(signature="Sam Rivera", sound_enabled=False), True)]
    preferences.detach()


def test_other_writes_are_not_preference_changes(store, qtbot):
    from app.core.entities import Occupation

    preferences = Preferences()
    preferences.attach(store.settings, store.changes)
    with qtbot.assertNotEmitted(preferences.changed, wait=50):
        store.occupations.add(Occupation("Nurse"))
    preferences.detach()


def test_saved_preferences_reach_the_wrap_up_the_outcome_and_the_interview_under_way(make_app, qtbot):
    application = make_app()
    application.open_store()
    store = application.store
    followups = application.window.pane("wrapup")
    interview = application.window.pane("interview")
    assert followups.wrapup_view.services.signature == ""

    with qtbot.waitSignal(application.preferences.changed):
        store.settings.set_json(PROFILE_NAME_KEY, "Sam Rivera")
    assert followups.wrapup_view.services.signature == "Sam Rivera"
    assert followups.outcome_view._signature == "Sam Rivera"

    from app.core.entities import Contact, Interview, Occupation

    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    planned = store.interviews.add(Interview(ana.id, nurse.id))
    interview.refresh_choices()
    interview.open_interview(planned.id)
    assert not interview.session.alert.sound_enabled
    with qtbot.waitSignal(application.preferences.changed):
        store.settings.save_countdown_settings(replace(store.settings.countdown_settings(), sound_enabled=True))
    assert interview.session.alert.sound_enabled
