"""Invariants of the policy over generated requests (hypothesis), against the real bundle.

The oracles below are test code: they restate the rules independently so a property can
say "allowed ⇒ this held"; the engine itself has no decision logic in Python.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy import DEFAULT_BUNDLE_DIR, EmbeddedEngine, Operator
from policy.bundle import compile_bundle, load_modules
from policy.engine import set_input
from tests.policy.conftest import NOW, small_catalog, small_data

CATALOG = small_catalog()
ALL_FIELDS = sorted({f.name for ds in CATALOG.datasets.values() for f in ds.fields} | {"salary"})
DEPARTMENTS = sorted(CATALOG.departments) + ["nobody"]
DATASETS = sorted(CATALOG.datasets) + ["nope"]
PURPOSES = sorted(CATALOG.purposes) + ["curiosity"]
TIMES = [NOW, "2025-06-01T07:59:59Z", "2025-06-01T16:00:00+08:00", "2030-01-01T00:00:00Z",
         "2020-01-01T00:00:00Z", "2025-06-01T08:00:00.000001Z", "not a time", ""]

EMERGENCIES: list[Any] = [
    {"justification": "重大案件侦查需核实嫌疑人身份信息"}, {"justification": "重大案件侦查需核实嫌疑人身份信息"},
    {"justification": "重大案件侦查需核实嫌疑人身份信息"}, {"justification": "太短"}, {"justification": " " * 12},
    {"justification": 12345678901}, {}, "yes", None,
]

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, st.none())


def _sometimes_without(doc: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The document, or the document with some members removed (true absence)."""
    return st.sets(st.sampled_from(sorted(doc)), max_size=len(doc)).map(
        lambda gone: {k: v for k, v in doc.items() if k not in gone}
    )


# Grants are data: a fixed pool, decided on by id. For every department × dataset × purpose
# of the catalog it holds the near misses that matter: all fields and unexpired, expired
# exactly at NOW, covering only the first field, with operator overrides; requests name a
# grant of their own triple (so a match is likely), any other grant, an unknown id, or garbage.
GRANT_VARIANTS = ("ok", "expired", "partial", "overrides")


def _grant_pool() -> dict[str, dict[str, Any]]:
    pool = {}
    for dept in CATALOG.departments:
        for ds in CATALOG.datasets.values():
            names = [f.name for f in ds.fields]
            for purpose in CATALOG.purposes:
                base = {"department": dept, "dataset": ds.id, "purpose": purpose, "fields": names,
                        "not_after": "2030-01-01T00:00:00Z"}
                variants = {
                    "ok": base,
                    "expired": {**base, "not_after": "2025-06-01T16:00:00+08:00"},  # == NOW
                    "partial": {**base, "fields": names[:1]},
                    "overrides": {**base, "operators": {names[0]: "hash", names[-1]: "keep"}},
                }
                for variant, grant in variants.items():
                    gid = f"g-{dept}-{ds.id}-{purpose}-{variant}"
                    pool[gid] = {"id": gid, **grant}
    return pool


GRANTS = _grant_pool()
GRANT_IDS = sorted(GRANTS)
DATA = small_data(grants=GRANTS)
ENGINE = EmbeddedEngine(DEFAULT_BUNDLE_DIR, DATA)
GARBAGE_GRANTS: list[Any] = ["", 5, ["g"], {"id": GRANT_IDS[0]}, True, "grant-9999"]


def _rarely(draw: st.DrawFn, one_in: int) -> bool:
    # hypothesis favours small integers, so the rare branch is the largest value
    return draw(st.integers(0, one_in - 1)) == one_in - 1


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly plausible requests (so allows happen and the boundary is explored), each
    part sometimes wrong, sometimes missing."""
    dataset_id = draw(st.sampled_from(DATASETS))
    dataset = CATALOG.datasets.get(dataset_id)
    owner = dataset.owner if dataset else "nobody"
    department = owner if _rarely(draw, 4) else draw(st.sampled_from(DEPARTMENTS))
    duties = CATALOG.departments[department].purposes if department in CATALOG.departments else ()
    purpose = draw(st.sampled_from(PURPOSES)) if not duties or _rarely(draw, 5) else draw(st.sampled_from(duties))
    own_fields = [f.name for f in dataset.fields] if dataset else ALL_FIELDS
    pool = ALL_FIELDS if _rarely(draw, 8) else own_fields
    fields = draw(st.lists(st.sampled_from(pool), min_size=0 if _rarely(draw, 10) else 1, max_size=4))
    grant: Any = None
    if not _rarely(draw, 4):
        own = f"g-{department}-{dataset_id}-{purpose}-{draw(st.sampled_from(GRANT_VARIANTS))}"
        if own in GRANTS and not _rarely(draw, 4):
            grant = own  # nearly right: the interesting boundary is a grant that matches all but one thing
        else:
            grant = draw(st.sampled_from(GRANT_IDS + GARBAGE_GRANTS))
    principal = {
        "department": department,
        "credential": "" if _rarely(draw, 20) else "cred-1",
        "credential_status": draw(st.sampled_from(["revoked", "expired"])) if _rarely(draw, 8) else "active",
        "department_status": "suspended" if _rarely(draw, 10) else "active",
    }
    if _rarely(draw, 10):
        principal = draw(_sometimes_without(principal))
    doc = {
        "principal": principal,
        "resource": {"dataset": dataset_id, "fields": fields},
        "purpose": purpose,
        "grant": grant,
        "context": {"time": draw(st.sampled_from(TIMES)) if _rarely(draw, 5) else NOW,
                    "requested_rows": draw(st.sampled_from([10, 10, 150, 600])), "mfa": draw(st.booleans())},
    }
    if _rarely(draw, 3):  # a break-glass claim, often by an incident-response unit
        doc["emergency"] = draw(st.sampled_from(EMERGENCIES))
        if department != "public-security" and not _rarely(draw, 3):
            doc["principal"]["department"] = "public-security"
            doc["purpose"] = "public-security"
            doc["context"]["mfa"] = not _rarely(draw, 4)
    if _rarely(draw, 4):
        doc["context"]["rows_today"] = draw(st.sampled_from([0, 199, 1999, 2000, 10**6]))
    return draw(_sometimes_without(doc)) if _rarely(draw, 10) else doc


def _instant(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None


def grant_is_valid(doc: dict[str, Any]) -> bool:
    """Independent restatement of a valid grant for this request."""
    grant = GRANTS.get(doc["grant"]) if isinstance(doc.get("grant"), str) else None
    if not isinstance(grant, dict):
        return False
    principal, resource = doc.get("principal") or {}, doc.get("resource") or {}
    now, end = _instant((doc.get("context") or {}).get("time")), _instant(grant.get("not_after"))
    operators = grant.get("operators") or {}
    return (
        grant.get("department") == principal.get("department")
        and grant.get("dataset") == resource.get("dataset")
        and grant.get("purpose") == doc.get("purpose")
        and set(resource.get("fields") or []) <= set(grant.get("fields") or [])
        and now is not None and end is not None and now < end
        and all(op in {o.value for o in Operator} for op in operators.values())
    )


def _dataset(doc: dict[str, Any]) -> Any:
    return CATALOG.datasets.get((doc.get("resource") or {}).get("dataset"))


def break_glass_is_valid(doc: dict[str, Any]) -> bool:
    """Independent restatement of a valid emergency claim (rules/data.yaml defaults)."""
    emergency = doc.get("emergency")
    department = CATALOG.departments.get((doc.get("principal") or {}).get("department"))
    justification = emergency.get("justification") if isinstance(emergency, dict) else None
    return (
        department is not None and "incident-response" in department.roles
        and isinstance(justification, str) and len(justification.strip()) >= 10
        and doc.get("purpose") in {"emergency-response", "cyber-security", "public-security"}
        and doc.get("purpose") in department.purposes
        and (doc.get("context") or {}).get("mfa") is True
    )


@SETTINGS
@given(requests())
def test_restricted_data_needs_a_valid_grant_unless_owner(doc: dict[str, Any]) -> None:
    """No input without a valid grant yields allow on restricted data, except the owner's
    and a valid break-glass claim (which is flagged and opens an incident)."""
    decision = ENGINE.decide(doc)
    dataset = _dataset(doc)
    if decision.allow and dataset is not None and dataset.sharing == "restricted":
        if doc["principal"]["department"] != dataset.owner:
            assert decision.basis in ("granted", "break_glass")
            if decision.basis == "granted":
                assert grant_is_valid(doc) and doc.get("emergency") is None, doc
            else:
                assert break_glass_is_valid(doc), doc


@SETTINGS
@given(requests())
def test_break_glass_is_always_flagged_and_opens_an_incident(doc: dict[str, Any]) -> None:
    decision = ENGINE.decide(doc)
    claimed = doc.get("emergency") is not None
    assert ("break_glass" in decision.flags) == claimed
    if decision.basis == "break_glass":
        assert claimed and break_glass_is_valid(doc)
        assert decision.obligations.open_incident == "break_glass" and decision.obligations.watermark
    else:
        assert decision.obligations.open_incident is None


@SETTINGS
@given(requests())
def test_not_shared_data_goes_only_to_its_owner(doc: dict[str, Any]) -> None:
    decision = ENGINE.decide(doc)
    dataset = _dataset(doc)
    if dataset is not None and dataset.sharing == "not_shared" and decision.allow:
        assert doc["principal"]["department"] == dataset.owner
        assert decision.basis == "owner"


@SETTINGS
@given(requests())
def test_only_known_fields_and_exactly_the_requested_ones(doc: dict[str, Any]) -> None:
    decision = ENGINE.decide(doc)
    if decision.allow:
        dataset = _dataset(doc)
        requested = set(doc["resource"]["fields"])
        assert dataset is not None and requested
        assert requested <= {f.name for f in dataset.fields}
        assert set(decision.obligations.fields) == requested
    else:
        assert decision.reasons and decision.obligations.fields == {}


# allow ⇔ no refusal: allow is built from positive conditions, the refusals only explain;
# evaluate both entrypoints on the same input and check they agree.
_INTERP, _BUNDLE = compile_bundle(
    load_modules(DEFAULT_BUNDLE_DIR), DATA, ["govgate/authz/decision", "govgate/authz/refusals"]
)


def _evaluate(doc: Any, entrypoint: str) -> Any:
    set_input(_INTERP, doc)
    output = _INTERP.query_bundle_entrypoint(_BUNDLE, entrypoint)
    return output[0].expressions[0] if len(output) and output[0].expressions else None


@SETTINGS
@given(requests())
def test_allow_exactly_when_no_refusal(doc: dict[str, Any]) -> None:
    decision = _evaluate(doc, "govgate/authz/decision")
    refusals = _evaluate(doc, "govgate/authz/refusals") or []
    assert decision["allow"] == (len(refusals) == 0), (decision, refusals)
    if not decision["allow"]:
        assert decision["reasons"] == sorted(refusals, key=lambda r: (r["code"], r["message"]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
garbage_members = st.dictionaries(
    st.sampled_from(["principal", "resource", "purpose", "grant", "context", "extra"]), json_values, max_size=6
)


@SETTINGS
@given(st.one_of(json_values, garbage_members))
def test_garbage_never_allows(doc: Any) -> None:
    decision = ENGINE.decide(doc)
    assert not decision.allow
    assert decision.reasons
    json.dumps(decision.model_dump(mode="json"))
