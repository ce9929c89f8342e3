from __future__ import annotations

import os

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


@pytest.fixture
def store(tmp_path, clock):
    from app.store.store import open_store

    opened = open_store(tmp_path / "infointerview.db", clock)
    yield opened
    opened.dispose()
