"""Cheap reads of the ledger's state from disk, for readers that do not hold the writer's lock."""

from __future__ import annotations

import os
from pathlib import Path

from audit._store import CHECKPOINTS_NAME, loads_strict
from audit.checkpoint import split_note


def latest_checkpoint(directory: Path) -> str | None:
    """The newest complete checkpoint note in ``checkpoints.jsonl`` (signature not checked)."""
    path = Path(directory) / CHECKPOINTS_NAME
    try:
        with open(path, "rb") as f:
            end = f.seek(0, os.SEEK_END)
            f.seek(max(0, end - 16384))
            tail = f.read()
    except FileNotFoundError:
        return None
    for line in reversed(tail.split(b"\n")[1 if end > 16384 else 0:]):
        if not line:
            continue
        try:
            note = loads_strict(line)["note"]
            split_note(note)
            return str(note)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, Exception):  # noqa: BLE001 - torn line
            continue
    return None


def latest_checkpoint_size(directory: Path) -> int:
    note = latest_checkpoint(directory)
    return 0 if note is None else split_note(note).checkpoint.size
