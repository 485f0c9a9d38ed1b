"""The Rego unit tests (policy/rego/**/*_test.rego), one pytest case per `test_*` rule,
plus the behaviour of the runner itself on small throw-away bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy import DEFAULT_BUNDLE_DIR, BundleError, PolicyError, TestResult, run_rego_tests
from policy.bundle import discover_rego_tests
from policy.rego_tests_isolated import run_rego_tests_isolated

NAMES = discover_rego_tests(DEFAULT_BUNDLE_DIR)


@pytest.fixture(scope="module")
def results() -> dict[str, TestResult]:
    # in a child process, as the gateway's reloader runs them: regopy builds the packaged
    # tests in ≈ 6.5 GB, which this process would otherwise keep for the rest of the session
    return {r.name: r for r in run_rego_tests_isolated(DEFAULT_BUNDLE_DIR)}


def test_rego_tests_are_found() -> None:
    assert len(NAMES) >= 40
    packages = {n.rsplit(".", 1)[0] for n in NAMES}
    assert packages == {"govgate.authz_test", "govgate.tokens_test"}  # reads, and detokenization
    assert all(n.rsplit(".", 1)[1].startswith("test_") for n in NAMES)


@pytest.mark.parametrize("name", NAMES, ids=[n.rsplit(".", 1)[1] for n in NAMES])
def test_rego(name: str, results: dict[str, TestResult]) -> None:
    result = results[name]
    assert result.passed, result.error


# -- the runner --------------------------------------------------------------------------


def _bundle(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


POLICY = "package demo\n\nanswer := 42\n\nlabel := upper(input.name)\n"


def test_runner_reports_pass_fail_undefined_and_error(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, {
        "demo/demo.rego": POLICY,
        "demo/demo_test.rego": (
            "package demo_test\n\nimport data.demo\n\n"
            "test_pass if demo.answer == 42\n\n"
            "test_fail if demo.answer == 41\n\n"
            "test_not_true := 7\n\n"
            "test_with_member if {\n\tdemo.label == \"湖州\" with input.name as \"湖州\"\n}\n\n"
            "test_error if no_such_function(1)\n"
        ),
    })
    results = {r.name.rsplit(".", 1)[1]: r for r in run_rego_tests(bundle)}
    assert results["test_pass"].passed
    assert results["test_with_member"].passed
    assert not results["test_fail"].passed and results["test_fail"].error == "undefined"
    assert not results["test_not_true"].passed and results["test_not_true"].error == "result: 7"
    assert not results["test_error"].passed and "error" in (results["test_error"].error or "")


def test_runner_loads_bundle_data_files(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, {
        "demo/demo.rego": "package demo\n\nlimit := data.demo.settings.limit\n",
        "demo/settings/data.yaml": "limit: 5\n",
        "demo/demo_test.rego": "package demo_test\n\ntest_limit if data.demo.limit == 5\n",
    })
    assert [r.passed for r in run_rego_tests(bundle)] == [True]


def test_runner_finds_no_tests(tmp_path: Path) -> None:
    assert run_rego_tests(_bundle(tmp_path, {"demo/demo.rego": POLICY})) == []


def test_runner_refuses_with_whole_input(tmp_path: Path) -> None:
    # regopy 1.5.2 aborts the process on this; the runner must refuse before compiling
    bundle = _bundle(tmp_path, {
        "demo/demo.rego": POLICY,
        "demo/demo_test.rego": "package demo_test\n\n# with input as is fine in a comment\ntest_x if {\n\tdata.demo.label == \"A\" with input as {\"name\": \"a\"}\n}\n",
    })
    with pytest.raises(BundleError) as info:
        run_rego_tests(bundle)
    assert info.value.file is not None and info.value.file.endswith("demo/demo_test.rego")
    assert info.value.line == 5


def test_runner_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, {
        "demo/demo.rego": POLICY,
        "demo/demo_test.rego": "package demo_test\n\ntest_x if {\n\t1 ==\n}\n",
    })
    with pytest.raises(BundleError) as info:
        run_rego_tests(bundle)
    assert info.value.file is not None and info.value.file.endswith("demo/demo_test.rego")
    assert info.value.line == 4


# -- the isolated runner (what the gateway's reloader uses) ----------------------------------

DEMO_TESTS = ("package demo_test\n\nimport data.demo\n\ntest_pass if demo.answer == 42\n\n"
              "test_fail if demo.answer == 41\n\ntest_error if no_such_function(1)\n")


def test_isolated_runner_gives_the_same_results(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, {"demo/demo.rego": POLICY, "demo/demo_test.rego": DEMO_TESTS})
    isolated = run_rego_tests_isolated(bundle)
    assert [r.passed for r in isolated] == [True, False, False]
    assert isolated == run_rego_tests(bundle)


def test_isolated_runner_names_file_and_line_of_a_parse_error(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, {"demo/demo.rego": POLICY, "demo/demo_test.rego": "package demo_test\n\ntest_x if {\n\t1 ==\n}\n"})
    with pytest.raises(BundleError) as info:
        run_rego_tests_isolated(bundle)
    assert info.value.file is not None and info.value.file.endswith("demo/demo_test.rego")
    assert info.value.line == 4


def test_isolated_runner_reports_a_child_that_dies_or_hangs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that aborts regopy (C++ terminate) or never ends costs the child, not the caller."""
    bundle = _bundle(tmp_path, {"demo/demo.rego": POLICY, "demo/demo_test.rego": DEMO_TESTS})
    with pytest.raises(PolicyError, match="ran past"):
        run_rego_tests_isolated(bundle, timeout=0.01)
    monkeypatch.setattr("sys.executable", "/bin/false")  # a child that exits without a report
    with pytest.raises(PolicyError, match="ended the test process"):
        run_rego_tests_isolated(bundle)
