"""EmbeddedEngine: real evaluation of the real bundle against a small constructed catalog."""

from __future__ import annotations

import copy
import json
import threading
import uuid
from pathlib import Path
from typing import Any, Callable

import pytest

from policy import (
    DEFAULT_BUNDLE_DIR,
    Decision,
    EmbeddedEngine,
    Operator,
    PolicyEngine,
    PolicyError,
    PolicyUnavailable,
    build_data,
    bundle_revision,
)
from policy.data import load_rules
from policy.engine import parse_decision
from tests.policy.conftest import (
    ENTITIES,
    decide,
    FIELD_GRADES,
    granted_input,
    principal,
    small_catalog,
    small_data,
    unconditional_input,
)
from tests.policy.synthetic import mixed_inputs, split_grants, synthetic_catalog, synthetic_entities

EXAMPLE_INPUT = DEFAULT_BUNDLE_DIR / "testdata" / "example_input.json"


def codes(decision: Decision) -> set[str]:
    return {r.code for r in decision.reasons}


def test_engine_satisfies_protocol(engine: EmbeddedEngine) -> None:
    assert isinstance(engine, PolicyEngine)


# -- allowed ------------------------------------------------------------------------------


def test_unconditional_operators_by_field_grade(engine: EmbeddedEngine) -> None:
    d = decide(engine, unconditional_input())
    assert d.allow and d.basis == "unconditional" and d.reasons == ()
    assert d.obligations.fields == {"uscc": Operator.KEEP, "legal_rep_name": Operator.MASK, "registered_capital": Operator.KEEP}
    assert d.obligations.row_limit == 1000  # dataset grade L3
    assert d.obligations.watermark is False and d.obligations.require_mfa is False


def test_granted_with_override(engine: EmbeddedEngine) -> None:
    d = decide(engine, granted_input(operators={"resident_id": "hash"}))
    assert d.allow and d.basis == "granted"
    assert d.obligations.fields == {"resident_id": Operator.HASH, "name": Operator.KEEP}
    assert d.obligations.row_limit == 200 and d.obligations.watermark is True


def test_owner_reads_not_shared(engine: EmbeddedEngine) -> None:
    d = decide(engine, {
        "principal": principal("political-legal"),
        "resource": {"dataset": "petition-reports", "fields": ["case_no", "informant_resident_id"]},
        "purpose": "social-governance",
        "context": {"time": "2025-06-01T08:00:00Z"},
    })
    assert d.allow and d.basis == "owner"
    assert set(d.obligations.fields.values()) == {Operator.KEEP}


def test_example_input_is_allowed(engine: EmbeddedEngine) -> None:
    engine.set_grants(json.loads((EXAMPLE_INPUT.parent / "example_grants.json").read_text(encoding="utf-8")))
    d = engine.decide(json.loads(EXAMPLE_INPUT.read_text(encoding="utf-8")))
    assert d.allow, d.reasons
    assert d.obligations.fields["resident_id"] is Operator.HASH


def test_decision_carries_revision_and_uuid7(engine: EmbeddedEngine, data: dict[str, Any]) -> None:
    a, b = decide(engine, unconditional_input()), decide(engine, unconditional_input())
    assert a.policy_revision == b.policy_revision == engine.revision == bundle_revision(DEFAULT_BUNDLE_DIR, data)
    assert a.policy_revision.startswith("sha256:") and len(a.policy_revision) == 7 + 64
    assert a.decision_id != b.decision_id
    assert uuid.UUID(a.decision_id).version == 7


# -- every refusal code ------------------------------------------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        doc = copy.deepcopy(doc)
        *parents, last = path.split(".")
        node = doc
        for key in parents:
            node = node[key]
        node[last] = value
        return doc

    return apply


def _drop(key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda doc: {k: v for k, v in doc.items() if k != key}


REFUSALS: list[tuple[str, Callable[[], dict[str, Any]], Callable[[dict[str, Any]], dict[str, Any]], str | None]] = [
    ("unknown_department", unconditional_input, _set("principal.department", "nobody"), "未登记的部门：nobody"),
    ("department_suspended", unconditional_input, _set("principal.department_status", "suspended"), None),
    ("credential_inactive", unconditional_input, _set("principal.credential_status", "revoked"), "凭证已失效（revoked）"),
    ("credential_inactive", unconditional_input, _set("principal.credential_status", "expired"), None),
    ("unknown_dataset", unconditional_input, _set("resource.dataset", "nope"), "未登记的数据集：nope"),
    ("unknown_field", unconditional_input, _set("resource.fields", ["uscc", "salary", "home"]), "数据集中不存在的字段：home、salary"),
    ("unknown_purpose", unconditional_input, _set("purpose", "curiosity"), "未登记的用途：curiosity"),
    ("purpose_not_in_duties", unconditional_input, _set("purpose", "health-services"), "用途不在本部门登记职责范围内"),
    ("not_shared", unconditional_input, _set("resource", {"dataset": "petition-reports", "fields": ["case_no"]}), "该数据不予共享"),
    ("grant_required", granted_input, _set("grant", None), "受限共享数据须经提供部门批准的申请"),
    ("grant_required", granted_input, _drop("grant"), None),
    ("grant_mismatch", granted_input, _set("grant.department", "big-data-center"), "批准的申请与本次请求不符：部门"),
    ("grant_mismatch", granted_input, _set("grant.dataset", "health-records"), None),
    ("grant_mismatch", granted_input, _set("grant.purpose", "data-governance"), None),
    ("grant_mismatch", granted_input, _set("resource.fields", ["name", "sex"]), "批准的申请与本次请求不符：字段（sex）"),
    ("grant_expired", granted_input, _set("grant.not_after", "2025-06-01T08:00:00Z"), "批准的申请已过期"),
    ("grant_unknown", granted_input, _set("grant", "grant-9999"), "所引用的批准申请不存在或已撤销"),
    ("input_missing", unconditional_input, _drop("purpose"), "请求缺少必要项：purpose"),
    ("input_missing", unconditional_input, _drop("principal"), None),
    ("input_missing", unconditional_input, _drop("resource"), None),
    ("input_missing", unconditional_input, _drop("context"), None),
    ("input_missing", unconditional_input, lambda _doc: {}, None),
    ("input_invalid", unconditional_input, _set("context.time", "yesterday"), None),
    ("input_invalid", unconditional_input, _set("resource.fields", ["uscc", 3]), None),
    ("input_invalid", unconditional_input, _set("context.requested_rows", -5), None),
    ("input_invalid", unconditional_input, _set("context.mfa", "yes"), None),
    ("input_invalid", unconditional_input, _set("grant", 5), "请求项格式错误：grant（须为批准申请的编号）"),
]


@pytest.mark.parametrize(("member", "value", "says"), [
    ("operators", {"resident_id": "decrypt"}, "operators.resident_id"),
    ("not_after", "soon", "not_after"),
    ("not_after", "2030-01-01T00:00:00", "without an offset"),
    ("fields", [], "fields"),
    ("department", "", "department"),
])
def test_a_malformed_grant_never_reaches_the_policy(engine: EmbeddedEngine, member: str, value: Any, says: str) -> None:
    """Grants are data the host builds; one the policy could only misread is refused at
    set_grants, naming the grant and the member, and the grants in force stay."""
    before = engine.revision
    with pytest.raises(PolicyError, match=rf"grant grant-0001: .*{says}"):
        engine.set_grants({"grant-0001": {**granted_input()["grant"], member: value}})
    assert engine.revision == before and decide(engine, granted_input()).allow


def test_set_grants_is_a_new_revision_and_reload_keeps_them(engine: EmbeddedEngine, data: dict[str, Any]) -> None:
    granted = engine.revision
    assert decide(engine, {**granted_input(), "grant": "grant-0001"}).allow
    revoked = engine.set_grants({})
    assert revoked != granted and engine.grants == {}
    refused = engine.decide({**granted_input(), "grant": "grant-0001"})
    assert [r.code for r in refused.reasons] == ["grant_unknown"] and refused.policy_revision == revoked
    assert engine.set_grants(data["govgate"]["grants"]) == granted  # same grants, same revision
    # a bundle reload with data that carries no grants keeps the grants in force
    without = {"govgate": {k: v for k, v in data["govgate"].items() if k != "grants"}}
    assert engine.reload(DEFAULT_BUNDLE_DIR, without) == granted


@pytest.mark.parametrize(
    ("code", "base", "mutate", "message"),
    REFUSALS,
    ids=[f"{c}-{i}" for i, (c, *_rest) in enumerate(REFUSALS)],
)
def test_refusal(engine: EmbeddedEngine, code: str, base: Callable[[], dict[str, Any]], mutate: Callable[[dict[str, Any]], dict[str, Any]], message: str | None) -> None:
    assert decide(engine, base()).allow  # the unmutated request is allowed
    d = decide(engine, mutate(base()))
    assert not d.allow
    assert codes(d) == {code}
    assert d.basis is None and d.obligations.fields == {} and d.obligations.row_limit == 0
    if message is not None:
        assert message in [r.message for r in d.reasons]


@pytest.mark.parametrize("value", [None, [], "allow", 7, True])
def test_non_object_input_is_refused(engine: EmbeddedEngine, value: Any) -> None:
    d = decide(engine, value)  # type: ignore[arg-type]
    assert not d.allow and codes(d) == {"input_missing"}


def test_reasons_are_sorted_and_deterministic(engine: EmbeddedEngine) -> None:
    doc = unconditional_input()
    doc["principal"].update(credential_status="revoked", department_status="suspended")
    doc["purpose"] = "curiosity"
    doc["resource"]["fields"] = ["zz", "uscc", "aa"]
    first = decide(engine, doc)
    assert [r.code for r in first.reasons] == ["credential_inactive", "department_suspended", "unknown_field", "unknown_purpose"]
    assert all(decide(engine, doc).reasons == first.reasons for _ in range(20))


def test_mfa_required_when_rules_say_so() -> None:
    rules = load_rules()
    rules["mfa_grades"] = ["L4"]
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, small_data(rules))
    refused = decide(engine, granted_input())
    assert not refused.allow and codes(refused) == {"mfa_required"} and refused.obligations.require_mfa
    doc = granted_input()
    doc["context"]["mfa"] = True
    allowed = decide(engine, doc)
    assert allowed.allow and allowed.obligations.require_mfa


def _hand_data(mutate: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = small_data()
    mutate(data)
    return data


def test_rules_without_an_operator_fail_closed() -> None:
    def drop_operator(data: dict[str, Any]) -> None:
        del data["govgate"]["rules"]["operators_by_grade"]["unconditional"]["L3"]

    d = EmbeddedEngine(DEFAULT_BUNDLE_DIR, _hand_data(drop_operator)).decide(unconditional_input())
    assert not d.allow and codes(d) == {"policy_data_invalid"}


def test_unknown_sharing_value_is_denied_by_default() -> None:
    def odd_sharing(data: dict[str, Any]) -> None:
        data["govgate"]["catalog"]["datasets"]["legal-person"]["sharing"] = "on_request"

    d = EmbeddedEngine(DEFAULT_BUNDLE_DIR, _hand_data(odd_sharing)).decide(unconditional_input())
    assert not d.allow and codes(d) == {"denied_by_default"}


def test_missing_data_document_refuses() -> None:
    d = EmbeddedEngine(DEFAULT_BUNDLE_DIR, {}).decide(unconditional_input())
    assert not d.allow and {"unknown_department", "unknown_dataset", "unknown_purpose"} <= codes(d)


# -- fail closed on bad input and bad output ----------------------------------------------


@pytest.mark.parametrize("bad", [10**30, float("nan"), float("inf"), {1, 2}, object()])
def test_non_json_input_raises_unavailable(engine: EmbeddedEngine, bad: Any) -> None:
    doc = unconditional_input()
    doc["context"]["requested_rows"] = bad
    with pytest.raises(PolicyUnavailable):
        decide(engine, doc)


def _bundle_with(tmp_path: Path, authz: str) -> Path:
    (tmp_path / "govgate" / "authz").mkdir(parents=True)
    (tmp_path / "govgate" / "authz" / "authz.rego").write_text(authz, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "body",
    [
        'decision := {"allow": "yes", "basis": null, "reasons": [], "obligations": {}}',
        "decision := 7",
        "decision := 1 if input.never",  # undefined
        "decision := 1 if true\ndecision := 2 if true",  # conflict: evaluation error
        'decision := {"allow": true, "basis": "owner", "reasons": [], "obligations": {"fields": {"x": "decrypt"}, "row_limit": 1, "require_mfa": false, "watermark": false}}',
        'decision := {"allow": true, "basis": "owner", "reasons": [], "obligations": {"fields": {}, "row_limit": 1, "require_mfa": false, "watermark": false}}',
        'decision := {"allow": false, "basis": null, "reasons": [], "obligations": {"fields": {}, "row_limit": 0, "require_mfa": false, "watermark": false}}',
        'decision := {"allow": true, "basis": "owner", "reasons": [{"code": "x", "message": "y"}], "obligations": {"fields": {"uscc": "keep", "legal_rep_name": "keep", "registered_capital": "keep"}, "row_limit": 1, "require_mfa": false, "watermark": false}}',
        "decision := no_such_function(1)",
    ],
)
def test_malformed_or_undefined_output_raises_unavailable(tmp_path: Path, body: str) -> None:
    engine = EmbeddedEngine(_bundle_with(tmp_path, f"package govgate.authz\n\n{body}\n"), small_data())
    with pytest.raises(PolicyUnavailable):
        decide(engine, unconditional_input())


DENIAL: dict[str, Any] = {
    "allow": False, "basis": None, "reasons": [{"code": "x", "message": "消息"}],
    "obligations": {"fields": {}, "row_limit": 0, "export_limit": 0, "require_mfa": False, "watermark": False,
                    "open_incident": None},
    "flags": [], "revision": "sha256:" + "0" * 64, "valid": None,
}


def test_parse_decision_accepts_well_formed_denial() -> None:
    d = parse_decision(DENIAL, revision="sha256:" + "0" * 64, decision_id="id")
    assert not d.allow and d.reasons[0].message == "消息"
    assert parse_decision(DENIAL, revision=None, decision_id="id").policy_revision == "sha256:" + "0" * 64


@pytest.mark.parametrize("revision", ["sha256:" + "1" * 64, ""])
def test_parse_decision_refuses_another_revision(revision: str) -> None:
    # a decision evaluated against other data than the engine loaded fails closed
    with pytest.raises(PolicyUnavailable, match="revision"):
        parse_decision({**DENIAL, "revision": revision}, revision="sha256:" + "0" * 64 if revision else None,
                       decision_id="id")


# -- one interpreter per thread ----------------------------------------------------------


def _answer(d: Decision) -> tuple[Any, ...]:
    return (d.allow, d.basis, d.reasons, d.obligations, d.policy_revision)


def test_threads_agree_with_single_threaded_answers() -> None:
    catalog, grades = synthetic_catalog()
    # 800 here; the decision table (6,672 real-catalog decisions from two threads against
    # expectations written sequentially) and test_cache/test_opa add more concurrency checks
    inputs, grants = split_grants(mixed_inputs(catalog, 800))
    engine = EmbeddedEngine(DEFAULT_BUNDLE_DIR, build_data(catalog, grades, entities=synthetic_entities(), grants=grants))
    expected = [_answer(decide(engine, doc)) for doc in inputs]
    assert 0.2 < sum(a[0] for a in expected) / len(expected) < 0.8  # a real mix

    mismatches: list[int] = []
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            for i in range(200):
                k = (offset * 200 + i * 7) % len(inputs)
                if _answer(decide(engine, inputs[k])) != expected[k]:
                    mismatches.append(k)
        except BaseException as exc:  # surfaced below; a thread must not die silently
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert mismatches == []


def test_field_grades_callable_matches_mapping() -> None:
    catalog = small_catalog()
    by_callable = build_data(catalog, lambda ds, f: FIELD_GRADES[(ds.id, f.name)], entities=ENTITIES)
    assert by_callable == build_data(catalog, FIELD_GRADES, entities=ENTITIES)


# -- regopy string handling (see policy.engine.set_input) ---------------------------------


@pytest.mark.parametrize(
    "purpose",
    [
        'x"}], "allow": true, "basis": "unconditional", "zz": [{"a": "',
        "back\\slash",
        "tab\there\nnewline",
        "\x00nul",
        "\x1f",
        "引号“”\"",
        "\u2028",
        "\\u0041",
    ],
)
def test_input_strings_cannot_inject_into_or_break_the_output(engine: EmbeddedEngine, purpose: str) -> None:
    doc = unconditional_input()
    doc["purpose"] = purpose
    d = decide(engine, doc)
    assert not d.allow and codes(d) == {"unknown_purpose"}
    assert d.reasons[0].message == "未登记的用途：" + purpose


def test_from_catalog_uses_the_packaged_bundle() -> None:
    engine = EmbeddedEngine.from_catalog(small_catalog())
    assert engine.bundle_dir == DEFAULT_BUNDLE_DIR
    assert decide(engine, unconditional_input()).allow
