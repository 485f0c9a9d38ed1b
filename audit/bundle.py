"""Export the ledger as one file a third party verifies with the public key and nothing else.

A bundle is an uncompressed POSIX tar holding, in this order:

* ``bundle.json`` — ``{"format": "govgate-audit-bundle/1", "origin", "tree_size",
  "root_hash", "segments": [{"name", "bytes", "sha256"}]}`` (informational: nothing in
  it is trusted; every claim is re-derived);
* ``checkpoints.jsonl`` — the signed checkpoints up to the bundle's tree size;
* ``events-NNNNNN.jsonl`` — the entries ``[0, tree_size)``, cut at the latest
  checkpoint, so every entry in a bundle is covered by a signed checkpoint.

``verify_bundle`` extracts only those names (no paths, no links, sizes bounded) into a
private temporary directory, runs :func:`audit.verify_ledger` on it with the given
keys, and additionally requires that the entries are completely sealed.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
import tempfile
from collections.abc import Mapping
from pathlib import Path

from audit._store import CHECKPOINTS_NAME, STEP_COMPLETE, STEP_FILES, list_segments
from audit.errors import LedgerVerificationError
from audit.status import latest_checkpoint
from audit.checkpoint import split_note
from audit.verify import VerifyReport, verify_ledger

FORMAT = "govgate-audit-bundle/1"
_MEMBER_RE = re.compile(r"^(bundle\.json|checkpoints\.jsonl|events-\d{6}\.jsonl)$")
_MAX_MEMBER = 8 << 30


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o644, 0
    tar.addfile(info, io.BytesIO(data))


def export_bundle(ledger_dir: Path, out: Path) -> dict[str, object]:
    """Write the bundle for everything sealed so far; return its manifest."""
    ledger_dir = Path(ledger_dir)
    note = latest_checkpoint(ledger_dir)
    if note is None:
        raise LedgerVerificationError(None, "nothing to export: the ledger has no signed checkpoint", step=STEP_FILES)
    cp = split_note(note).checkpoint
    size, remaining = cp.size, cp.size
    segments: list[tuple[str, bytes]] = []
    for path in list_segments(ledger_dir):
        if remaining == 0:
            break
        data = path.read_bytes()
        lines = data.count(b"\n")
        if lines > remaining:
            cut = 0
            for _ in range(remaining):
                cut = data.index(b"\n", cut) + 1
            data, lines = data[:cut], remaining
        segments.append((path.name, data))
        remaining -= lines
    cps = b""
    for line in (ledger_dir / CHECKPOINTS_NAME).read_bytes().splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        if split_note(json.loads(line)["note"]).checkpoint.size > size:
            break
        cps += line
    manifest = {"format": FORMAT, "origin": cp.origin, "tree_size": size, "root_hash": cp.root_hash.hex(),
                "segments": [{"name": n, "bytes": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                             for n, d in segments]}
    tmp = Path(str(out) + ".tmp")
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
        _add(tar, "bundle.json", json.dumps(manifest, indent=2).encode() + b"\n")
        _add(tar, CHECKPOINTS_NAME, cps)
        for name, data in segments:
            _add(tar, name, data)
    tmp.replace(out)
    return manifest


def verify_bundle(bundle: Path, public_keys: Mapping[str, object], *, deep: bool = False,
                  known: tuple[str, ...] = ()) -> VerifyReport:
    """Steps: 1. only expected, regular members; 2.–9. :func:`verify_ledger`; all entries sealed."""
    with tempfile.TemporaryDirectory(prefix="govgate-bundle-") as tmp:
        root = Path(tmp)
        try:
            with tarfile.open(bundle, "r:") as tar:
                for member in tar.getmembers():
                    if not _MEMBER_RE.match(member.name) or not member.isreg() or member.size > _MAX_MEMBER:
                        raise LedgerVerificationError(None, f"bundle member {member.name!r} is not allowed",
                                                      step=STEP_FILES)
                    src = tar.extractfile(member)
                    assert src is not None
                    (root / member.name).write_bytes(src.read())
        except (tarfile.TarError, OSError) as exc:
            raise LedgerVerificationError(None, f"not a readable bundle: {exc}", step=STEP_FILES) from None
        (root / "bundle.json").unlink(missing_ok=True)  # informational only
        report = verify_ledger(root, public_keys, deep=deep, known=known)
    if report.unsealed:
        raise LedgerVerificationError(report.latest_checkpoint_size, f"{report.unsealed} entries in the bundle "
                                      "are not covered by a signed checkpoint", step=STEP_COMPLETE)
    return report
