from __future__ import annotations

import os
import shutil

# Set before any Qt import: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INFOINTERVIEW_DATA_DIR", None)

import pytest

from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    return path


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    """An empty database at head, made once: migrating costs more than copying."""
    from app.store.store import open_store

    path = tmp_path_factory.mktemp("template") / "infointerview.db"
    open_store(path, FakeClock()).dispose()
    return path


@pytest.fixture
def store(tmp_path, clock, migrated_database):
    from app.store.store import open_store

    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    opened = open_store(database, clock)
    yield opened
    opened.dispose()
