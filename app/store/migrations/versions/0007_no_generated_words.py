"""The store keeps only what the person entered: generated English goes from referrals.

Referrals added in the wrap-up used to get two pieces of English written for them: a "how I got
the name" line made from the link to the referrer ("Referred by Ana Ruiz (informational
interview, 25 Nov 2026); you may mention their name") and a "How to reach them: " before the
words typed for reaching them. The app now says both from the link when it shows them, in the
person's language. Lines of exactly the shape the app wrote are cleared (a line the person
reworded is kept); the prefix is taken off the typed words.

The shape is written here as it was, not taken from the app's code, which may change.

Revision ID: 0007_no_generated_words
Revises: 0006_note_chunks
Create Date: 2026-12-02 07:25:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0007_no_generated_words"
down_revision = "0006_note_chunks"
branch_labels = None
depends_on = None

REACH_PREFIX = "How to reach them: "


def generated_origin(referrer_name: str) -> re.Pattern[str]:
    return re.compile(
        rf"Referred by {re.escape(referrer_name)}"
        r"( \(informational interview, \d{1,2} [A-Z][a-z]{2} \d{4}\))?"
        r"(; you may mention their name|; do not mention their name)?"
    )


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT c.id, c.how_got_name, c.notes, r.full_name FROM contacts AS c "
            "JOIN contacts AS r ON r.id = c.referred_by_id WHERE c.source = 'referral'"
        )
    ).fetchall()
    for contact_id, how_got_name, notes, referrer_name in rows:
        origin = "" if generated_origin(referrer_name).fullmatch(how_got_name or "") else how_got_name
        reach = notes[len(REACH_PREFIX) :] if (notes or "").startswith(REACH_PREFIX) else notes
        if (origin, reach) != (how_got_name, notes):
            connection.execute(
                sa.text("UPDATE contacts SET how_got_name = :origin, notes = :reach WHERE id = :id"),
                {"origin": origin, "reach": reach, "id": contact_id},
            )


def downgrade() -> None:
    # What was cleared was made from the link and can be made again; nothing a person wrote is lost.
    pass
