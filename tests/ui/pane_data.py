"""Each pane's data taken from an open store, as the composition root hands it over."""

from __future__ import annotations

from app.ui.interview.interview_area import InterviewData
from app.ui.people.people_view import PeopleData
from app.ui.today.home_view import TodayData
from app.ui.wrapup.followup_area import FollowUpData


def today_data(store) -> TodayData:
    return TodayData(reads=store.reads, actions=store.actions, suggestions=store.suggestions)


def people_data(store) -> PeopleData:
    return PeopleData(
        reads=store.reads,
        occupations=store.occupations,
        contacts=store.contacts,
        interviews=store.interviews,
        settings=store.settings,
        outreach=store.outreach,
    )


def interview_data(store) -> InterviewData:
    return InterviewData(
        reads=store.reads,
        interviews=store.interviews,
        contacts=store.contacts,
        occupations=store.occupations,
        questions=store.questions,
        content=store.content,
        settings=store.settings,
    )


def followup_data(store) -> FollowUpData:
    return FollowUpData(reads=store.reads, wrapups=store.wrapups, cards=store.cards, outcomes=store.outcomes)
