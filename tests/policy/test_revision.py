"""Revisions and EmbeddedEngine.reload: a new revision for any served change, the last
good bundle kept when a reload fails, every thread switched when one succeeds."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from policy import DEFAULT_BUNDLE_DIR, BundleError, Decision, EmbeddedEngine, Operator, bundle_revision
from policy.data import load_rules
from tests.policy.conftest import decide, small_data, unconditional_input



@pytest.fixture()
def bundle_copy(tmp_path: Path) -> Path:
    target = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, target)
    return target


def test_revision_changes_with_data_and_modules(bundle_copy: Path) -> None:
    data = small_data()
    base = bundle_revision(bundle_copy, data)
    assert bundle_revision(bundle_copy, small_data()) == base  # deterministic

    rules = load_rules()
    rules["row_limits"]["L4"] = 100
    assert bundle_revision(bundle_copy, small_data(rules)) != base

    authz = bundle_copy / "govgate" / "authz" / "authz.rego"
    authz.write_text(authz.read_text(encoding="utf-8") + "\n# a comment is a change\n", encoding="utf-8")
    assert bundle_revision(bundle_copy, data) != base


def test_revision_ignores_test_modules(bundle_copy: Path) -> None:
    data = small_data()
    base = bundle_revision(bundle_copy, data)
    test_module = bundle_copy / "govgate" / "authz" / "authz_test.rego"
    test_module.write_text(test_module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert bundle_revision(bundle_copy, data) == base


def test_test_modules_are_not_served(bundle_copy: Path) -> None:
    # a broken test module must not take serving down
    (bundle_copy / "govgate" / "authz" / "authz_test.rego").write_text("package broken\n\nx if {\n", encoding="utf-8")
    assert EmbeddedEngine(bundle_copy, small_data()).decide(unconditional_input()).allow


def test_reload_keeps_last_good_bundle(bundle_copy: Path) -> None:
    engine = EmbeddedEngine(bundle_copy, small_data())
    good = engine.revision

    authz = bundle_copy / "govgate" / "authz" / "authz.rego"
    lines = authz.read_text(encoding="utf-8").splitlines()
    bad_line = len(lines) + 2
    authz.write_text("\n".join(lines) + "\n\nbroken if {\n\tinput.a ==\n}\n", encoding="utf-8")

    with pytest.raises(BundleError) as info:
        engine.reload(bundle_copy, small_data())
    assert info.value.file is not None and info.value.file.endswith("govgate/authz/authz.rego")
    assert info.value.line == bad_line + 1
    assert f"authz.rego:{bad_line + 1}:" in str(info.value)

    # still serving the old bundle, in this thread and in a fresh one
    assert engine.revision == good
    assert decide(engine, unconditional_input()).allow
    seen: list[Decision] = []
    worker = threading.Thread(target=lambda: seen.append(decide(engine, unconditional_input())))
    worker.start()
    worker.join()
    assert seen[0].allow and seen[0].policy_revision == good


def test_reload_switches_every_thread(bundle_copy: Path) -> None:
    engine = EmbeddedEngine(bundle_copy, small_data())
    barrier = threading.Barrier(2)
    results: list[Decision] = []

    def worker() -> None:
        decide(engine, unconditional_input())  # builds this thread's interpreter
        barrier.wait()  # reload happens
        barrier.wait()
        results.append(decide(engine, unconditional_input()))

    thread = threading.Thread(target=worker)
    thread.start()
    barrier.wait()
    rules = load_rules()
    rules["operators_by_grade"]["unconditional"]["L3"] = "redact"
    new = engine.reload(bundle_copy, small_data(rules))
    barrier.wait()
    thread.join()
    assert results[0].policy_revision == new
    assert results[0].obligations.fields["legal_rep_name"] is Operator.REDACT
