"""Bundle reload without restart: a bad bundle is refused with file and line, the last good
one stays in force, and the rejection reaches the callback the gateway audits."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from policy import (
    DEFAULT_BUNDLE_DIR,
    BundleRejected,
    BundleReloader,
    CachedEngine,
    EmbeddedEngine,
    OpaEngine,
    build_data,
)
from policy.data import load_rules, rules_path
from tests.policy.conftest import CompatServer, ENTITIES, FIELD_GRADES, decide, small_catalog, unconditional_input

AUTHZ = Path("govgate/authz/authz.rego")
AUTHZ_TEST = Path("govgate/authz/authz_test.rego")


def _data_of(bundle: Path) -> Any:
    return lambda: build_data(small_catalog(), FIELD_GRADES, rules=load_rules(rules_path(bundle)), entities=ENTITIES)


@pytest.fixture()
def bundle(tmp_path: Path) -> Path:
    target = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE_DIR, target)
    return target


@pytest.fixture()
def setup(bundle: Path) -> tuple[EmbeddedEngine, BundleReloader, list[BundleRejected], list[tuple[str, str]]]:
    engine = EmbeddedEngine(bundle, _data_of(bundle)())
    rejected: list[BundleRejected] = []
    activated: list[tuple[str, str]] = []
    reloader = BundleReloader(engine, bundle, _data_of(bundle), on_reject=rejected.append,
                              on_activate=lambda old, new: activated.append((old, new)))
    return engine, reloader, rejected, activated


def _append(path: Path, text: str) -> int:
    """Append ``text``; return the line number its first line lands on."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1 + (len(text) - len(text.lstrip("\n")))


def test_unchanged_bundle_is_a_no_op(setup: Any) -> None:
    engine, reloader, rejected, activated = setup
    result = reloader.reload()
    assert result.unchanged and not result.activated and result.revision == engine.revision
    assert rejected == [] and activated == []


def test_good_change_is_activated(setup: Any, bundle: Path) -> None:
    engine, reloader, rejected, activated = setup
    old = engine.revision
    rules = rules_path(bundle)
    rules.write_text(rules.read_text(encoding="utf-8").replace("L3: 1000,", "L3: 900,"), encoding="utf-8")
    result = reloader.reload()
    assert result.activated and result.previous == old and result.revision == engine.revision != old
    assert activated == [(old, result.revision)] and rejected == []
    assert decide(engine, unconditional_input()).obligations.row_limit == 900


def test_parse_error_is_rejected_with_file_and_line(setup: Any, bundle: Path) -> None:
    engine, reloader, rejected, _ = setup
    good = engine.revision
    line = _append(bundle / AUTHZ, "\nbroken if {\n\tinput.a ==\n}\n")
    result = reloader.reload()
    assert not result.activated and result.revision == good == engine.revision
    (rejection,) = rejected
    assert rejection is result.rejected and rejection.stage == "test"
    assert rejection.file == str(bundle / AUTHZ) and rejection.line == line + 1
    assert rejection.active_revision == good
    event = rejection.as_event()
    assert event["action"] == "policy.bundle_rejected" and event["line"] == line + 1
    assert decide(engine, unconditional_input()).allow  # the last good bundle serves


def test_failing_rego_test_is_rejected_naming_the_test(setup: Any, bundle: Path) -> None:
    engine, reloader, rejected, _ = setup
    good = engine.revision
    # a policy change that compiles but the unit tests catch: nothing masked for anyone
    obligations = bundle / "govgate/authz/obligations.rego"
    obligations.write_text(obligations.read_text(encoding="utf-8").replace(
        "operators_for_basis := rules.operators_by_grade[basis]",
        'operators_for_basis := {"L1": "keep", "L2": "keep", "L3": "keep", "L4": "keep"}'), encoding="utf-8")
    result = reloader.reload()
    assert not result.activated and engine.revision == good
    (rejection,) = rejected
    assert rejection.stage == "test" and rejection.failed_tests
    assert rejection.file is not None and rejection.file.endswith("_test.rego") and rejection.line
    first = rejection.failed_tests[0].rsplit(".", 1)[1]
    assert Path(rejection.file).read_text(encoding="utf-8").splitlines()[rejection.line - 1].startswith(first)
    assert decide(engine, unconditional_input()).obligations.fields["legal_rep_name"].value == "mask"


def test_broken_rules_file_is_rejected_with_line(setup: Any, bundle: Path) -> None:
    engine, reloader, rejected, _ = setup
    rules = rules_path(bundle)
    rules.write_text(rules.read_text(encoding="utf-8") + "\nrow_limits: {L1: [\n", encoding="utf-8")
    result = reloader.reload()
    assert not result.activated
    assert rejected[0].stage == "data" and rejected[0].file == str(rules) and rejected[0].line


def test_invalid_rules_value_is_rejected_at_its_key(setup: Any, bundle: Path) -> None:
    _, reloader, rejected, _ = setup
    rules = rules_path(bundle)
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace("export_limits: {L1: 1000000,", "export_limits: {L1: -1,"), encoding="utf-8")
    reloader.reload()
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("export_limits:"))
    assert rejected[0].stage == "data" and rejected[0].line == line


def test_watch_picks_up_changes(setup: Any, bundle: Path) -> None:
    engine, reloader, rejected, activated = setup
    reloader.run_tests = False  # the steps are tested above; this is about noticing changes
    reloader.watch(0.05)
    try:
        _append(bundle / AUTHZ, "\nbroken if {\n")
        deadline = time.monotonic() + 20
        while not rejected and time.monotonic() < deadline:
            time.sleep(0.05)
        assert rejected and rejected[0].file == str(bundle / AUTHZ)
        text = (bundle / AUTHZ).read_text(encoding="utf-8")
        (bundle / AUTHZ).write_text(text.replace("\nbroken if {\n", "\n# fixed\n"), encoding="utf-8")
        while not activated and time.monotonic() < deadline:
            time.sleep(0.05)
        assert activated and engine.revision == activated[0][1]
    finally:
        reloader.stop()


def test_callback_failure_in_watch_does_not_stop_it(bundle: Path) -> None:
    engine = EmbeddedEngine(bundle, _data_of(bundle)())
    calls: list[int] = []

    def failing(_: BundleRejected) -> None:
        calls.append(1)
        raise RuntimeError("audit down")

    reloader = BundleReloader(engine, bundle, _data_of(bundle), on_reject=failing, run_tests=False)
    with pytest.raises(RuntimeError):  # explicit reload: the caller hears about it
        _append(bundle / AUTHZ, "\nbroken if {\n")
        reloader.reload()
    reloader.watch(0.05)
    try:
        _append(bundle / AUTHZ, "\n# touch\n")
        deadline = time.monotonic() + 10
        while len(calls) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(calls) >= 2
    finally:
        reloader.stop()


def test_reload_through_the_cache(bundle: Path) -> None:
    cache = CachedEngine(EmbeddedEngine(bundle, _data_of(bundle)()))
    decide(cache, unconditional_input())
    rules = rules_path(bundle)
    rules.write_text(rules.read_text(encoding="utf-8").replace("L3: 1000,", "L3: 900,"), encoding="utf-8")
    assert BundleReloader(cache, bundle, _data_of(bundle), run_tests=False).reload().activated
    assert decide(cache, unconditional_input()).obligations.row_limit == 900


def test_reload_of_the_remote_engine(bundle: Path, opa_server: CompatServer) -> None:
    engine = OpaEngine(opa_server.url, bundle, _data_of(bundle)())
    rejected: list[BundleRejected] = []
    reloader = BundleReloader(engine, bundle, _data_of(bundle), on_reject=rejected.append, run_tests=False)
    good = engine.revision
    line = _append(bundle / AUTHZ, "\nbroken if {\n\tinput.a ==\n}\n")
    assert not reloader.reload().activated and engine.revision == good
    assert rejected[0].stage == "compile" and rejected[0].file == str(bundle / AUTHZ) and rejected[0].line == line + 1
    assert decide(engine, unconditional_input()).allow
