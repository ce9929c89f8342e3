"""Interviews can be held over a video link, and go to a calendar as events that stay the same.

``video_link`` is the link of an interview held by video (beside, or instead of, its place).
``calendar_uid`` names the interview's calendar event for good: exporting it again, after a
reschedule too, updates the one event in the person's calendar instead of adding a second.
``calendar_sequence`` rises each time the interview is moved (its time, length, place or link),
so calendars take the newer export over the older one.

``interview_checklist`` holds each interview's preparation checklist: per item (by its key), whether
it is ticked and the person's notes.

Interviews written before get a uid each here, made as the app makes them (a random uuid4).

Revision ID: 0009_interview_calendar
Revises: 0008_suggestion_decisions
Create Date: 2026-12-02 07:50:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009_interview_calendar"
down_revision = "0008_suggestion_decisions"
branch_labels = None
depends_on = None

UID_DOMAIN = "infointerview"  # written here as the app writes it, not imported: the app may change


def upgrade() -> None:
    # Plain ADD COLUMNs: the table is not rebuilt, so its search triggers and the rows pointing at it stay.
    op.add_column("interviews", sa.Column("video_link", sa.Text(), server_default="", nullable=False))
    op.add_column("interviews", sa.Column("calendar_uid", sa.Text(), server_default="", nullable=False))
    op.add_column("interviews", sa.Column("calendar_sequence", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "interview_checklist",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=60), nullable=False),
        sa.Column("done", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_checklist_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", "item_key", name=op.f("pk_interview_checklist")),
    )
    connection = op.get_bind()
    for (interview_id,) in connection.execute(sa.text("SELECT id FROM interviews")).fetchall():
        connection.execute(
            sa.text("UPDATE interviews SET calendar_uid = :uid WHERE id = :id"),
            {"uid": f"{uuid.uuid4()}@{UID_DOMAIN}", "id": interview_id},
        )


def downgrade() -> None:
    op.drop_table("interview_checklist")
    op.drop_column("interviews", "calendar_sequence")
    op.drop_column("interviews", "calendar_uid")
    op.drop_column("interviews", "video_link")
