"""Cost of the `tokenize` masking operator per cell, beside `mask` and `hash`, on one column
of resident IDs (classify.mask_rows, as the gateway's mask stage calls it).

    PYTHONPATH=$PWD python -m bench.tokenize_operator [cells]

Prints µs per cell for each operator (median of 5 rounds). Numbers: docs/keys.md.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from classify import mask_rows
from classify.identifiers import resident_id_check_char
from keys import MacKey, TokenKey, token_format, tokenize


def _ids(n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        body = f"330502{19500101 + (i % 28):08d}{i % 1000:03d}"
        rows.append({"resident_id": body + resident_id_check_char(body)})
    return rows


def main(cells: int) -> None:
    rows = _ids(cells)
    entities = {"resident_id": "CN_RESIDENT_ID"}
    key = TokenKey("00000000", os.urandom(32))
    mac = MacKey("00000000", os.urandom(32))

    def token_of(fmt: str, value: str) -> str:
        return tokenize(value, key, token_format(fmt))

    for operator in ("mask", "hash", "tokenize"):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            mask_rows(rows, {"resident_id": operator}, entities, mac=mac.hexdigest, tokenize=token_of)
            times.append((time.perf_counter() - started) / cells * 1e6)
        print(f"{operator:9s} {statistics.median(times):7.2f} µs/cell  (min {min(times):.2f}, max {max(times):.2f})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
