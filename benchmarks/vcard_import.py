"""How long importing vCards takes: one address-book export of 10,000 cards parsed and imported
into a fresh store, and damaged cards (a reader that backtracks on a broken line freezes the window).

Prints one JSON object as its last line, with ``vcard_import_10k_s`` (target ≤ 10).
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.clock import SystemClock
from app.core.vcard import (
    AddressParts,
    CardDetails,
    LabelledValue,
    StructuredName,
    VCardError,
    read_vcard_file,
    write_vcards,
)
from app.store.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "core" / "vcards"
CARDS = 10_000
DAMAGED_PER_SAMPLE = 200


def _book(count: int = CARDS) -> bytes:
    cards = (
        (
            CardDetails(
                full_name=f"Zoë Person {number}",
                name=StructuredName(family=(f"Person {number}",), given=("Zoë",)),
                organisation="Exämple & Co",
                units=["Planning"],
                job_title="Planner",
                emails=[
                    LabelledValue(f"p{number}@example.org", "work"),
                    LabelledValue(f"h{number}@example.net", "Conference badge"),
                ],
                phones=[LabelledValue(f"+1 555 01{number % 100:02d}", "cell")],
                address="1 Main St\nSpringfield 12345",
                address_parts=AddressParts(street="1 Main St", city="Springfield", code="12345", label="work"),
                note="Met at the library talk.",
            ),
            f"uid-{number}",
            None,
        )
        for number in range(count)
    )
    return write_vcards(cards, "4.0").encode("utf-8")


def time_import(cards: int = CARDS) -> dict:
    """One file of ``cards`` vCards parsed and imported into a fresh store: the seconds it took
    (``vcard_import_10k_s``), and its parts."""
    data = _book(cards)
    with tempfile.TemporaryDirectory() as folder:
        clock = SystemClock()
        store = open_store(Path(folder) / "infointerview.db", clock)
        try:
            start, cpu_start = time.perf_counter(), time.process_time()
            found = read_vcard_file(data)
            parsed = time.perf_counter()
            store.contact_import.import_cards(imported.card for imported in found.cards)
            done, cpu_done = time.perf_counter(), time.process_time()
        finally:
            store.dispose()
    assert len(found.cards) == cards and not found.refused
    return {
        "cards": cards,
        "file_mb": round(len(data) / 1e6, 2),
        "parse_s": round(parsed - start, 3),
        "store_s": round(done - parsed, 3),
        # The processor time shows what the import costs when the machine is shared.
        "vcard_import_10k_cpu_s": round(cpu_done - cpu_start, 3),
        "vcard_import_10k_s": round(done - start, 3),
    }


def main() -> None:
    measured = time_import()
    generator = random.Random(7)
    worst = 0.0
    total = 0
    for sample in sorted(SAMPLES.glob("*.vcf")):
        original = sample.read_bytes()
        for _ in range(DAMAGED_PER_SAMPLE):
            damaged = bytearray(original)
            for _ in range(generator.randint(1, 8)):
                damaged[generator.randrange(len(damaged))] = generator.randrange(256)
            began = time.perf_counter()
            with contextlib.suppress(VCardError):
                read_vcard_file(bytes(damaged))
            worst = max(worst, time.perf_counter() - began)
            total += 1
    print(
        json.dumps(
            {
                **measured,
                "damaged_inputs": total,
                "worst_damaged_import_ms": round(worst * 1000, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
