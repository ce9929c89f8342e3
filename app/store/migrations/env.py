"""Alembic's environment: migrations run on the app's own engine, in batch mode for SQLite.

Each migration runs in one real SQLite transaction, its DDL and its update of alembic_version
included: the engine's connections leave transactions to the app (see app.store.connection),
which begins each with BEGIN IMMEDIATE, so Alembic is told DDL is transactional here. A migration
stopped at any instant (a kill, a power cut) leaves the file at the revision before it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.store.connection import writing
from app.store.migrate import include_object
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def check_foreign_keys(*, ctx, step, heads, run_args) -> None:
    """Refuse (roll back) a migration that leaves a row pointing at a row that is not there."""
    dangling = ctx.connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise RuntimeError(f"migration {step} would leave rows pointing at nothing: {dangling[:5]}")


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with writing(engine).connect() as connection:
        raw = connection.connection.driver_connection
        # SQLite's own procedure for schema changes: foreign keys off, change, check, commit.
        # With them on, recreating a table (batch mode drops the old one) would delete or empty
        # the rows of every table pointing at it. The pragma does nothing inside a transaction,
        # so it is set before the first one begins, and set back after the last.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                include_object=include_object,
                transactional_ddl=True,
                transaction_per_migration=True,
                on_version_apply=check_foreign_keys,
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            connection.rollback()  # nothing, unless a migration failed
            raw.execute("PRAGMA foreign_keys=ON")


run_migrations()
