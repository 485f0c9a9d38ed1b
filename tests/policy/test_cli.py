"""`govgate policy …` through Typer's runner."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policy.cli import policy_app

runner = CliRunner()


def test_policy_test_command_passes_with_summary() -> None:
    result = runner.invoke(policy_app, ["test"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("data.govgate.authz_test.test_") and "PASS" in line for line in lines)
    total = sum(1 for line in lines if line.startswith("data."))
    assert f"PASS: {total}/{total}" in result.output


def test_policy_test_fails_on_failure_and_on_empty(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "p.rego").write_text("package p\n\nx := 1\n", encoding="utf-8")
    empty = runner.invoke(policy_app, ["test", "--bundle-dir", str(tmp_path)])
    assert empty.exit_code == 1 and "no tests found" in empty.output

    (tmp_path / "p" / "p_test.rego").write_text("package p_test\n\ntest_ok if data.p.x == 1\n\ntest_bad if data.p.x == 2\n", encoding="utf-8")
    result = runner.invoke(policy_app, ["test", "--bundle-dir", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["passed"], report["total"]) == (1, 2)
    assert {t["name"]: t["passed"] for t in report["tests"]} == {"p_test.test_ok": True, "p_test.test_bad": False}


def test_policy_test_reports_syntax_errors(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "p.rego").write_text("package p\n\nx if {\n\t1 ==\n}\n", encoding="utf-8")
    (tmp_path / "p" / "p_test.rego").write_text("package p_test\n\ntest_ok if true\n", encoding="utf-8")
    result = runner.invoke(policy_app, ["test", "--bundle-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "p.rego:4:" in result.output


def test_eval_without_catalog_loader_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_loader(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
        if name == "classify" and fromlist and "load_catalog" in fromlist:
            raise ImportError("cannot import name 'load_catalog' from 'classify'")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_loader)
    example = Path(__file__).resolve().parents[2] / "policy" / "rego" / "testdata" / "example_input.json"
    result = runner.invoke(policy_app, ["eval", "--input", str(example)])
    assert result.exit_code == 1
    assert "classify.load_catalog()" in result.output
