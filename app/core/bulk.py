"""Building many objects at once without the cycle collector running part-way through.

Tens of thousands of new rows (none of them in a reference cycle) make Python's collector run a
full pass over the whole app's heap — Qt wrappers, the ORM, every module — which can cost more
than building the rows. The collector is paused while they are built and resumed after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
