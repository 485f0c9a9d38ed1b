"""`govgate policy …` through Typer's runner."""

from __future__ import annotations

import builtins
import re
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


BREAK_GLASS = {
    "principal": {"department": "public-security", "credential": "c1", "credential_status": "active",
                  "department_status": "active"},
    "resource": {"dataset": "population", "fields": ["resident_id", "name", "mobile"]},
    "purpose": "emergency-response",
    "grant": None,
    "emergency": {"justification": "化工厂泄漏，需联系周边居民组织疏散"},
    "context": {"time": "2026-06-01T08:00:00Z", "requested_rows": 50, "mfa": False},
}


def _write(tmp_path: Path, doc: Any) -> str:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_explain_says_why_refused(tmp_path: Path) -> None:
    result = runner.invoke(policy_app, ["explain", "--input", _write(tmp_path, BREAK_GLASS)])
    assert result.exit_code == 0, result.output
    assert "DENY" in result.output and "flags=break_glass" in result.output
    assert "mfa_required" in result.output and "authz.rego:" in result.output  # the rule that fired, located
    assert "✗ │ mfa_satisfied" in result.output and "✓ │ break_glass_valid" in result.output


def test_explain_json_lists_conditions_and_refusal_sources(tmp_path: Path) -> None:
    doc = {**BREAK_GLASS, "context": {**BREAK_GLASS["context"], "mfa": True}}
    allowed = json.loads(runner.invoke(policy_app, ["explain", "-i", _write(tmp_path, doc), "-f", "json"]).output)
    assert allowed["decision"]["allow"] and allowed["decision"]["basis"] == "break_glass"
    assert allowed["decision"]["obligations"]["open_incident"] == "break_glass"
    assert all(c["holds"] for c in allowed["conditions"]) and allowed["refusals"] == []

    refused_doc = {**doc, "purpose": "tourism-services", "emergency": {"justification": "急"}}
    refused = json.loads(runner.invoke(policy_app, ["explain", "-i", _write(tmp_path, refused_doc), "-f", "json"]).output)
    codes = {r["code"] for r in refused["refusals"]}
    assert codes == {"purpose_not_in_duties", "break_glass_justification_required", "break_glass_purpose"}
    for refusal in refused["refusals"]:
        assert refusal["rules"] and all(Path(s["file"]).exists() and s["line"] > 0 for s in refusal["rules"])
    assert not {c["rule"]: c["holds"] for c in refused["conditions"]}["purpose_permitted"]


def test_explained_rules_exist_in_the_bundle() -> None:
    from policy.bundle import DEFAULT_BUNDLE_DIR, load_modules
    from policy.explain import ALLOW_CONDITIONS, DETAIL_CONDITIONS, rule_sources

    text = "\n".join(m.text for m in load_modules(DEFAULT_BUNDLE_DIR))
    for name, _ in ALLOW_CONDITIONS + DETAIL_CONDITIONS:
        assert re.search(rf"^(default )?{name}\b", text, re.MULTILINE), name
    codes = {s.code for s in rule_sources(DEFAULT_BUNDLE_DIR)}
    assert {"grant_required", "not_shared", "break_glass_not_permitted", "export_limit_exceeded"} <= codes


def test_eval_prints_flags(tmp_path: Path) -> None:
    result = runner.invoke(policy_app, ["eval", "--input", _write(tmp_path, BREAK_GLASS)])
    assert result.exit_code == 0 and "flags=break_glass" in result.output


def test_break_glass_example_file_is_allowed_and_flagged() -> None:
    example = Path(__file__).resolve().parents[2] / "policy" / "rego" / "testdata" / "break_glass_input.json"
    result = runner.invoke(policy_app, ["eval", "--input", str(example), "--format", "json"])
    decision = json.loads(result.output)
    assert decision["allow"] and decision["basis"] == "break_glass" and decision["flags"] == ["break_glass"]
    assert decision["obligations"]["open_incident"] == "break_glass"


TESTDATA = Path(__file__).resolve().parents[2] / "policy" / "rego" / "testdata"


def test_eval_reads_the_grants_the_input_names() -> None:
    example, grants = TESTDATA / "example_input.json", TESTDATA / "example_grants.json"
    allowed = runner.invoke(policy_app, ["eval", "--input", str(example), "--grants", str(grants), "--format", "json"])
    assert allowed.exit_code == 0, allowed.output
    assert json.loads(allowed.output)["basis"] == "granted"
    unknown = runner.invoke(policy_app, ["eval", "--input", str(example), "--format", "json"])
    assert [r["code"] for r in json.loads(unknown.output)["reasons"]] == ["grant_unknown"]
    explained = runner.invoke(policy_app, ["explain", "--input", str(example)])
    assert "grant_unknown" in explained.output


def test_eval_refuses_an_inline_grant_and_a_malformed_grants_file(tmp_path: Path) -> None:
    inline = json.loads((TESTDATA / "example_input.json").read_text("utf-8"))
    inline["grant"] = json.loads((TESTDATA / "example_grants.json").read_text("utf-8"))[0]
    result = runner.invoke(policy_app, ["eval", "--input", _write(tmp_path, inline)])
    assert result.exit_code == 1 and "--grants" in result.output
    bad = tmp_path / "grants.json"
    bad.write_text(json.dumps([{"id": "g-1", "department": "x", "dataset": "y", "purpose": "z",
                                "fields": ["a"], "not_after": "soon"}]), encoding="utf-8")
    result = runner.invoke(policy_app, ["eval", "--input", str(TESTDATA / "example_input.json"), "--grants", str(bad)])
    said = " ".join(result.output.split())  # Rich wraps long lines
    assert result.exit_code == 1 and "grants.json: grant g-1: not_after" in said and "RFC 3339" in said


def test_errors_keep_a_long_path_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on a narrow terminal Rich used to break the message inside the file name (grants.j son)
    monkeypatch.setenv("COLUMNS", "40")
    deep = tmp_path / ("a-rather-long-directory-name-" * 3) / "p"
    deep.mkdir(parents=True)
    (deep / "p.rego").write_text("package p\n\nx if {\n\t1 ==\n}\n", encoding="utf-8")
    (deep / "p_test.rego").write_text("package p_test\n\ntest_ok if true\n", encoding="utf-8")
    result = runner.invoke(policy_app, ["test", "--bundle-dir", str(deep.parent)])
    assert result.exit_code == 1
    assert f"{deep / 'p.rego'}:4:" in result.output
