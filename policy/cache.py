"""A decision cache in front of any engine: the gateway's fast path.

    engine = CachedEngine(EmbeddedEngine.from_catalog(catalog))   # what engine_from_settings builds

A decision is reused only for an input equal to the one it was made for in every member
except ``context.time`` and ``context.rows_today``, and only while those two stay inside
the ranges the policy itself declared for it (``Decision.validity``, computed in Rego:
grant expiry bounds the time, the export limit bounds the day's volume). The cache knows
no rule: it compares numbers with bounds the policy gave. Entries are keyed by the engine's
revision too, so a reload (new bundle or data) never serves an old answer. A reused
decision gets a fresh decision id.

Not cached (decided by the engine every time): inputs that are not plain JSON, a
``context.time`` not in the one RFC 3339 form the gateway sends
(``YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)``), a ``rows_today`` that is not a
non-negative integer, and decisions without validity (an unreadable time).
"""

from __future__ import annotations

import json
import re
import threading
from calendar import timegm
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policy._uuid7 import uuid7
from policy.decision import Decision
from policy.engine import _INT64, PolicyEngine, _plain

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))"
)


def instant_ns(text: Any) -> int | None:
    """Nanoseconds since the epoch for the gateway's RFC 3339 form, else None."""
    if not isinstance(text, str):
        return None
    m = _RFC3339.fullmatch(text)
    if m is None:
        return None
    year, month, day, hour, minute, second = map(int, m.group(1, 2, 3, 4, 5, 6))
    # the policy reads times as int64 nanoseconds (1677-09-21 … 2262-04-11); keep clear of the edges
    if not (1678 <= year <= 2261 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month) and hour < 24 and minute < 60 and second < 60):
        return None
    seconds = timegm((year, month, day, hour, minute, second, 0, 0, 0))
    if m.group(9):
        offset = int(m.group(10)) * 3600 + int(m.group(11)) * 60
        if int(m.group(10)) > 23 or int(m.group(11)) > 59:
            return None
        seconds -= offset if m.group(9) == "+" else -offset
    fraction = int((m.group(7) or "").ljust(9, "0"))
    return seconds * 1_000_000_000 + fraction


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    bypassed: int
    entries: int


class CachedEngine:
    """Wraps an engine (embedded or OPA); same interface, plus ``stats`` and ``clear``."""

    def __init__(self, engine: PolicyEngine, *, max_entries: int = 65_536) -> None:
        self.engine = engine
        self._max = max_entries
        self._entries: dict[tuple[str, Hashable], Decision] = {}
        self._lock = threading.Lock()
        self._hits = self._misses = self._bypassed = 0

    @property
    def revision(self) -> str:
        return self.engine.revision

    @property
    def bundle_dir(self) -> Path | None:
        return getattr(self.engine, "bundle_dir", None)

    @property
    def stats(self) -> CacheStats:
        return CacheStats(self._hits, self._misses, self._bypassed, len(self._entries))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def reload(self, bundle_dir: Path, data: Mapping[str, Any]) -> str:
        """Reload the wrapped engine (its errors pass through); old entries go."""
        revision: str = self.engine.reload(bundle_dir, data)  # type: ignore[attr-defined]
        self.clear()
        return revision

    @property
    def grants(self) -> Mapping[str, Any]:
        return self.engine.grants  # type: ignore[attr-defined, no-any-return]

    def set_grants(self, grants: Mapping[str, Mapping[str, Any]]) -> str:
        """New grants on the wrapped engine; entries of the old revision go."""
        before = self.engine.revision
        revision: str = self.engine.set_grants(grants)
        if revision != before:
            self.clear()
        return revision

    def decide(self, input: Mapping[str, Any]) -> Decision:
        keyed = _key(input)
        if keyed is None:
            self._bypassed += 1
            return self.engine.decide(input)
        key, time_ns, rows_today = keyed
        revision = self.engine.revision
        cached = self._entries.get((revision, key))
        if cached is not None and cached.validity is not None and cached.validity.holds(time_ns, rows_today):
            self._hits += 1
            return cached.model_copy(update={"decision_id": str(uuid7())})
        self._misses += 1
        decision = self.engine.decide(input)
        validity = decision.validity
        if validity is not None and decision.policy_revision == revision and validity.holds(time_ns, rows_today):
            with self._lock:
                if len(self._entries) >= self._max:
                    self._entries.clear()  # simple and bounded; a full cache refills in one pass
                self._entries[(revision, key)] = decision
        return decision


def _key(input: Mapping[str, Any]) -> tuple[Hashable, int, int | None] | None:
    """(key, time in ns, rows today) or None when this input is not to be cached."""
    return _gateway_key(input) or _json_key(input)


_TOP = frozenset({"principal", "resource", "purpose", "grant", "context"})
_TOP_EMERGENCY = _TOP | {"emergency"}
_PRINCIPAL = frozenset({"department", "credential", "credential_status", "department_status"})
_RESOURCE = frozenset({"dataset", "fields"})
_CONTEXT = frozenset({"time", "requested_rows", "mfa", "rows_today"})
_CONTEXT_NO_VOLUME = _CONTEXT - {"rows_today"}
_JUSTIFICATION = frozenset({"justification"})
_STR = frozenset({str})


def _gateway_key(input: Mapping[str, Any]) -> tuple[tuple[Any, ...], int, int | None] | None:
    """``_key`` for an input of exactly the shape the gateway builds (docs/policy.md, "Input
    document"), without copying or serialising it; None for any other shape (``_json_key`` then).

    The key is a tuple of the members in a fixed order, each of one exact type (``type(x) is``,
    so no ``True == 1`` or ``str`` subclass), so equal keys mean equal inputs; and being a tuple,
    it never equals a key of ``_json_key`` (a string)."""
    if type(input) is not dict or (input.keys() != _TOP and input.keys() != _TOP_EMERGENCY):
        return None
    principal, resource, context = input["principal"], input["resource"], input["context"]
    purpose, grant = input["purpose"], input["grant"]
    if (type(principal) is not dict or principal.keys() != _PRINCIPAL
            or type(resource) is not dict or resource.keys() != _RESOURCE
            or type(context) is not dict or (context.keys() != _CONTEXT and context.keys() != _CONTEXT_NO_VOLUME)
            or type(purpose) is not str or not (grant is None or type(grant) is str)):
        return None
    department, credential = principal["department"], principal["credential"]
    credential_status, department_status = principal["credential_status"], principal["department_status"]
    dataset, fields = resource["dataset"], resource["fields"]
    requested, mfa, rows_today = context["requested_rows"], context["mfa"], context.get("rows_today")
    # `str is type(a) is type(b) …`: each of them is exactly a str
    if (not str is type(department) is type(credential) is type(credential_status) is type(department_status)
            is type(dataset) or type(fields) is not list or not set(map(type, fields)) <= _STR
            or type(mfa) is not bool or type(requested) is not int or not -_INT64 <= requested < _INT64
            or not (rows_today is None and len(context) == 3
                    or type(rows_today) is int and 0 <= rows_today < _INT64)):
        return None
    emergency = input.get("emergency")  # absent: None; present: only {"justification": str} here
    if emergency is not None:
        if type(emergency) is not dict or emergency.keys() != _JUSTIFICATION:
            return None
        emergency = emergency["justification"]
        if type(emergency) is not str:
            return None
    elif "emergency" in input:  # an explicit null is another input than an absent member
        return None
    time_ns = instant_ns(context["time"])
    if time_ns is None:
        return None
    key = (department, credential, credential_status, department_status, dataset, tuple(fields), purpose, grant,
           requested, mfa, rows_today is None, emergency)
    return key, time_ns, rows_today


def _json_key(input: Mapping[str, Any]) -> tuple[str, int, int | None] | None:
    """Any other input: its canonical JSON with the time and the day's volume blanked."""
    try:
        plain = _plain(input)
    except Exception:  # not plain JSON: let the engine refuse it
        return None
    if not isinstance(plain, dict) or not isinstance(plain.get("context"), dict):
        return None
    context = dict(plain["context"])
    time_ns = instant_ns(context.get("time"))
    if time_ns is None:
        return None
    context["time"] = "*"
    rows_today = context.get("rows_today")
    if rows_today is not None:
        if isinstance(rows_today, bool) or not isinstance(rows_today, int) or rows_today < 0:
            return None
        context["rows_today"] = "*"
    plain["context"] = context
    return json.dumps(plain, sort_keys=True, ensure_ascii=False, separators=(",", ":")), time_ns, rows_today
