"""The thank-you note keeps its subject line, and the wrap-up keeps what is typed before "Add".

Until now the subject of a thank-you note was drafted afresh each time the step opened, so a
subject the person had reworded was lost. It gets a column of its own, empty for notes written
before (the step drafts one for those, as it did).

The wrap-up's entry boxes (a takeaway, a next step, a referral's name and how to reach them)
hold text the person has typed but not yet added. ``wrapup_drafts`` keeps that text, one row per
interview and box, so that it survives a crash and comes back when the step is opened again.

Revision ID: 0005_thank_you_subject
Revises: 0004_search_prefixes
Create Date: 2026-12-02 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_thank_you_subject"
down_revision = "0004_search_prefixes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: the table is not rebuilt, so its search triggers stay as they are.
    op.add_column("thank_you_notes", sa.Column("subject", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "wrapup_drafts",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("box", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_wrapup_drafts_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", "box", name=op.f("pk_wrapup_drafts")),
    )


def downgrade() -> None:
    op.drop_table("wrapup_drafts")
    op.drop_column("thank_you_notes", "subject")
