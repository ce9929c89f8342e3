"""Follow-up suggestions can be snoozed or dismissed; dismissed ones stay as history.

Revision ID: 0008_suggestion_decisions
Revises: 0007_no_generated_words
Create Date: 2026-12-02 07:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_suggestion_decisions"
down_revision = "0007_no_generated_words"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestion_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_decisions")),
        sa.UniqueConstraint("kind", "subject_id", "due_on", name="uq_suggestion_decisions_key"),
    )


def downgrade() -> None:
    op.drop_table("suggestion_decisions")
