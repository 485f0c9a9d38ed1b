"""``govgate audit verify --es``: is the index what the (verified) ledger says it should be?

Run after :func:`audit.verify_ledger` has passed, against the same ledger.  Steps:

1. Read the ledger's entries ``[0, upto)`` (event bytes and chain hashes).
2. Page through every document in the target that carries ``govgate.ledger.index``
   and ``govgate.ledger.hash`` (sorted by both, ``search_after``):
   a document whose id is not the ledger's hash at its index, or whose index is
   outside the ledger, is **added**; a document with the right id whose content
   (without ``govgate.ledger``) is not canonically equal to the ledger event, or whose
   ``govgate.ledger`` disagrees, is **altered**.
3. Every other document (lacking those fields) is **added**.
4. Every ledger entry below ``shipped`` with no document is **missing**; entries at or
   above it are only *pending* (the shipper's lag), not a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TYPE_CHECKING

from audit._canonical import canonicalize
from audit._reader import iter_entries
from audit.errors import InvalidEvent

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

_PAGE = 1000


@dataclass
class CrossCheck:
    checked: int = 0  # ledger entries compared
    documents: int = 0
    missing: list[int] = field(default_factory=list)
    altered: list[int] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # document ids
    pending: int = 0

    @property
    def ok(self) -> bool:
        return not (self.missing or self.altered or self.added)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "documents": self.documents, "pending": self.pending,
                "missing": self.missing, "altered": self.altered, "added": self.added}


def _same(source: dict[str, Any], event_bytes: bytes, digest: str, origin: str | None) -> bool:
    gg = source.get("govgate")
    if not isinstance(gg, dict):
        return False
    meta = gg.get("ledger")
    if not isinstance(meta, dict) or meta.get("hash") != digest or (origin and meta.get("origin") != origin):
        return False
    stripped = dict(source)
    rest = {k: v for k, v in gg.items() if k != "ledger"}
    if rest:
        stripped["govgate"] = rest
    else:
        del stripped["govgate"]
    try:
        return canonicalize(stripped) == event_bytes
    except InvalidEvent:
        return False


def cross_check(client: Elasticsearch, target: str, ledger_dir: Path, *, upto: int, shipped: int,
                origin: str | None = None) -> CrossCheck:
    result = CrossCheck()
    # 1.
    ledger = {e.index: (e.hash, event) for e, event in iter_entries(Path(ledger_dir), 0, upto)}
    result.checked = len(ledger)
    seen: set[int] = set()
    # 2.
    has_meta = {"bool": {"filter": [{"exists": {"field": "govgate.ledger.index"}},
                                    {"exists": {"field": "govgate.ledger.hash"}}]}}
    after: list[Any] | None = None
    while True:
        kwargs: dict[str, Any] = {"search_after": after} if after else {}
        page = client.search(index=target, query=has_meta, size=_PAGE, track_total_hits=False,
                             sort=[{"govgate.ledger.index": "asc"}, {"govgate.ledger.hash": "asc"}], **kwargs)
        hits = page["hits"]["hits"]
        for hit in hits:
            result.documents += 1
            meta = hit["_source"].get("govgate", {}).get("ledger", {})
            index = meta.get("index")
            entry = ledger.get(index) if isinstance(index, int) else None
            if entry is None or hit["_id"] != entry[0] or index in seen:
                result.added.append(hit["_id"])  # not a document the shipper wrote
                continue
            seen.add(index)
            if not _same(hit["_source"], entry[1], entry[0], origin):
                result.altered.append(index)
        if len(hits) < _PAGE:
            break
        after = hits[-1]["sort"]
    # 3.
    others = client.search(index=target, size=_PAGE, query={"bool": {"must_not": [has_meta]}}, source=False)
    result.added += [h["_id"] for h in others["hits"]["hits"]]
    result.documents += len(others["hits"]["hits"])
    # 4.
    for index in range(result.checked):
        if index not in seen:
            if index < shipped:
                result.missing.append(index)
            else:
                result.pending += 1
    return result
