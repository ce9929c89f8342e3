"""Running Alembic. Only imported when the database is behind head (Alembic is slow to import)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The full-text index (an FTS5 virtual table and its shadow tables) is written by hand in
# migrations; autogenerate must neither drop it nor report it as a difference.
FTS_PREFIX = "search_"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The config file format treats "%" as interpolation; a path may contain one.
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["engine"] = engine
    return config


def upgrade_to_head(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "head")
