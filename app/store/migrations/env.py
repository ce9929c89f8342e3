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


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with writing(engine).connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            transactional_ddl=True,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
