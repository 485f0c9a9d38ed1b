"""Response bodies for a governed read: JSON (default), CSV and NDJSON.

CSV and NDJSON carry the decision and the audit receipt in headers, since their bodies hold
only rows. Every format is produced from the same masked, already-audited rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any

from fastapi.responses import StreamingResponse

NDJSON = "application/x-ndjson"
CSV = "text/csv; charset=utf-8"


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    NDJSON = "ndjson"


def negotiate(explicit: Format | None, accept: str) -> Format:
    """`format=` wins; else the Accept header; else JSON."""
    if explicit is not None:
        return explicit
    accept = accept.lower()
    if "text/csv" in accept:
        return Format.CSV
    if "ndjson" in accept or "jsonl" in accept:
        return Format.NDJSON
    return Format.JSON


def metadata_headers(body: dict[str, Any]) -> dict[str, str]:
    receipt = body["receipt"]
    headers = {
        "Govgate-Decision-Id": body["decision"]["id"],
        "Govgate-Policy-Revision": body["decision"]["policy_revision"],
        "Govgate-Obligations": json.dumps(body["obligations"]["fields"], separators=(",", ":")),
        "Govgate-Audit-Index": str(receipt["index"]),
        "Govgate-Audit-Event-Hash": receipt["event_hash"],
        "Govgate-Audit-Root": receipt["root_hash"],
        "Govgate-Row-Count": str(body["row_count"]),
    }
    if body.get("next_after") is not None:
        headers["Govgate-Next-After"] = str(body["next_after"])
    if body.get("grant"):
        headers["Govgate-Grant"] = body["grant"]
    return headers


def _csv_lines(fields: Sequence[str], rows: Sequence[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    for i, row in enumerate(rows, 1):
        writer.writerow(["" if row.get(f) is None else row.get(f) for f in fields])
        if i % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _ndjson_lines(rows: Sequence[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"


def streamed(fmt: Format, body: dict[str, Any], headers: dict[str, str]) -> StreamingResponse:
    """CSV or NDJSON, streamed in chunks; decision and receipt in headers."""
    all_headers = {**metadata_headers(body), **headers}
    if fmt is Format.CSV:
        all_headers["Content-Disposition"] = f'attachment; filename="{body["dataset"]}.csv"'
        return StreamingResponse(_csv_lines(body["fields"], body["rows"]), media_type=CSV, headers=all_headers)
    return StreamingResponse(_ndjson_lines(body["rows"]), media_type=NDJSON, headers=all_headers)
