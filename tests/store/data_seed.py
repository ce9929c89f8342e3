"""A store filled quickly with plain SQL, for the backup, rescue and export tests and the benchmark."""

from __future__ import annotations

import sqlite3
from pathlib import Path

STAMP = "2026-11-20 10:00:00.000000"


def seed(database: Path, people: int = 61, interviews: int = 42, note_words: int = 40) -> None:
    """Occupations, people (every third referred by the one before), interviews with notes,
    questions, next steps, thank-you notes, evaluations and a setting; accents and emoji included."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            connection.executemany(
                "INSERT INTO occupations (title, notes, created_at) VALUES (?, ?, ?)",
                [(f"Métier {i}", "à voir", STAMP) for i in range(1, 6)],
            )
            connection.executemany(
                "INSERT INTO contacts (full_name, source, organisation, email, notes, occupation_id,"
                " referred_by_id, card_image_path, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        f"Zoë Person {i} 🌱",
                        "friend",
                        'Société, "Quoted"\nLine two',
                        f"p{i}@example.org",
                        "likes tea",
                        1 + i % 5,
                        i - 1 if i % 3 == 0 else None,
                        "",
                        STAMP,
                        STAMP,
                    )
                    for i in range(1, people + 1)
                ],
            )
            connection.execute("UPDATE contacts SET given_name = 'Zoë', family_name = 'Person ' || id")
            # Every person has their occupation and, every other one, a second one after it.
            connection.executemany(
                "INSERT INTO contact_occupations (contact_id, occupation_id, position) VALUES (?,?,?)",
                [(i, 1 + i % 5, 0) for i in range(1, people + 1)]
                + [(i, 1 + (i + 1) % 5, 1) for i in range(1, people + 1, 2)],
            )
            connection.executemany(
                "INSERT INTO outreach_drafts (contact_id, kind, body, updated_at) VALUES (?,?,?,?)",
                [(i, "phone_script", f"Hello {i}, may I have 20 minutes?", STAMP) for i in range(1, people + 1, 4)],
            )
            connection.executemany(
                "INSERT INTO outreach_attempts (contact_id, attempted_at, channel, outcome, note) VALUES (?,?,?,?,?)",
                [(i, STAMP, "email", "no_answer", "sent the draft") for i in range(1, people + 1, 3)],
            )
            body = " ".join(f"mot{i}" for i in range(note_words))
            connection.executemany(
                "INSERT INTO interviews (contact_id, occupation_id, status, location, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?)",
                [(1 + i % people, 1 + i % 5, "finished", "Café", STAMP, STAMP) for i in range(interviews)],
            )
            connection.executemany(
                "INSERT INTO interview_notes (interview_id, body, updated_at) VALUES (?,?,?)",
                [(i, f"Notes {i}: {body}", STAMP) for i in range(1, interviews + 1)],
            )
            connection.executemany(
                "INSERT INTO interview_questions (interview_id, text, position, answer, updated_at) VALUES (?,?,?,?,?)",
                [(i, "What is a typical day?", 0, "busy", STAMP) for i in range(1, interviews + 1)],
            )
            connection.executemany(
                "INSERT INTO action_items (interview_id, contact_id, title, created_at) VALUES (?,?,?,?)",
                [(i, 1 + i % people, f"Call back {i}", STAMP) for i in range(1, interviews + 1, 2)],
            )
            connection.executemany(
                "INSERT INTO thank_you_notes (interview_id, body, updated_at) VALUES (?,?,?)",
                [(i, "Thank you!", STAMP) for i in range(1, interviews + 1, 3)],
            )
            connection.executemany(
                "INSERT INTO self_evaluations (interview_id, reflection, updated_at) VALUES (?,?,?)",
                [(i, "went well", STAMP) for i in range(1, interviews + 1, 4)],
            )
            connection.executemany(
                "INSERT INTO evaluation_scores (interview_id, aspect, score) VALUES (?,?,?)",
                [(i, "kept_to_time", 4) for i in range(1, interviews + 1, 4)],
            )
            connection.execute("INSERT INTO app_settings (key, value) VALUES ('sound', 'true')")
    finally:
        connection.close()
