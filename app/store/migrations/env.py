"""Alembic's environment: migrations run on the app's own engine, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.store.models import Base

config = context.config
target_metadata = Base.metadata

# The full-text index (an FTS5 virtual table and its shadow tables) is managed by hand in
# migrations; autogenerate must not try to drop it.
FTS_PREFIX = "search_"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


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
