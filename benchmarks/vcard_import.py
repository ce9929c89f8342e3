"""How long importing vCards takes: a large address-book export, and damaged cards.

Damaged input matters because a reader that backtracks on a broken line freezes the window.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from app.core.vcard import CardDetails, LabelledValue, VCardError, read_vcards, write_vcard

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "core" / "vcards"
CARDS = 2000
DAMAGED_PER_SAMPLE = 1000


def main() -> None:
    book = "".join(
        write_vcard(
            CardDetails(
                full_name=f"Zoë Person {number}",
                organisation="Exämple & Co",
                job_title="Planner",
                emails=[
                    LabelledValue(f"p{number}@example.org", "work"),
                    LabelledValue(f"h{number}@example.net", "home"),
                ],
                phones=[LabelledValue(f"+1 555 01{number % 100:02d}", "cell")],
                address="1 Main St\nSpringfield",
            )
        )
        for number in range(CARDS)
    )
    start = time.perf_counter()
    cards = read_vcards(book)
    book_seconds = time.perf_counter() - start
    assert len(cards) == CARDS

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
                read_vcards(bytes(damaged))
            worst = max(worst, time.perf_counter() - began)
            total += 1
    print(
        json.dumps(
            {
                "cards_in_book": CARDS,
                "book_import_seconds": round(book_seconds, 3),
                "cards_per_second": round(CARDS / book_seconds),
                "damaged_inputs": total,
                "worst_damaged_import_ms": round(worst * 1000, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
