"""People as the "before" part needs them: a structured name, several occupations, outreach drafts.

``contacts.given_name`` and ``contacts.family_name`` hold the name as a vCard's N holds it (its
given and family parts, each part's values joined by a space); ``full_name`` stays the name shown.
People imported from a card before this revision get them from the card's N kept among their
details (kind ``name``); nobody gets an N invented from the name shown.

``contact_occupations`` lists every occupation a person can tell the user about, in the order
the user gave them. ``contacts.occupation_id`` stays as the first of them (the store keeps the
two in step in one transaction), so older readers and exports keep working.

``ix_outreach_attempts_latest`` finds each person's latest interaction for the People list.

``outreach_drafts`` keeps the phone script and the email draft a person edited for one prospect,
by kind (``phone_script``, ``email_subject``, ``email_body``), so what they typed is never lost.

Revision ID: 0010_people_model
Revises: 0009_interview_calendar
Create Date: 2026-12-02 11:50:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0010_people_model"
down_revision = "0009_interview_calendar"
branch_labels = None
depends_on = None


def _joined(parts) -> str:
    if isinstance(parts, str):
        return parts.strip()
    if isinstance(parts, list):
        return " ".join(str(part).strip() for part in parts if str(part).strip())
    return ""


def upgrade() -> None:
    # Plain ADD COLUMNs: the table is not rebuilt, so its search triggers and the rows pointing at it stay.
    op.add_column("contacts", sa.Column("given_name", sa.Text(), server_default="", nullable=False))
    op.add_column("contacts", sa.Column("family_name", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "contact_occupations",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occupation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_occupations_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["occupation_id"],
            ["occupations.id"],
            name=op.f("fk_contact_occupations_occupation_id_occupations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "occupation_id", name=op.f("pk_contact_occupations")),
    )
    op.create_index(op.f("ix_contact_occupations_occupation_id"), "contact_occupations", ["occupation_id"])
    op.create_table(
        "outreach_drafts",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_outreach_drafts_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "kind", name=op.f("pk_outreach_drafts")),
    )
    # The People list reads each person's latest interaction: found in the index, not by scanning.
    op.create_index("ix_outreach_attempts_latest", "outreach_attempts", ["contact_id", "attempted_at"])
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "INSERT INTO contact_occupations (contact_id, occupation_id, position) "
            "SELECT id, occupation_id, 0 FROM contacts WHERE occupation_id IS NOT NULL"
        )
    )
    rows = connection.execute(
        sa.text("SELECT contact_id, value FROM contact_details WHERE kind = 'name' ORDER BY contact_id, position, id")
    ).fetchall()
    done: set[int] = set()
    for contact_id, value in rows:
        if contact_id in done:
            continue
        done.add(contact_id)
        try:
            name = json.loads(value)
        except ValueError:
            continue
        if not isinstance(name, dict):
            continue
        connection.execute(
            sa.text("UPDATE contacts SET given_name = :given, family_name = :family WHERE id = :id"),
            {"given": _joined(name.get("given")), "family": _joined(name.get("family")), "id": contact_id},
        )


def downgrade() -> None:
    op.drop_index("ix_outreach_attempts_latest", table_name="outreach_attempts")
    op.drop_table("outreach_drafts")
    op.drop_index(op.f("ix_contact_occupations_occupation_id"), table_name="contact_occupations")
    op.drop_table("contact_occupations")
    op.drop_column("contacts", "family_name")
    op.drop_column("contacts", "given_name")
