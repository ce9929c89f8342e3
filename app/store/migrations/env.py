"""Alembic's environment: migrations run on the app's own engine, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.store.migrate import include_object
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
