"""The text command-line contract: `classify scan --jsonl` and `classify mask --jsonl`.

- one JSON object per input line, in order; ``line`` counts from 0;
- offsets are Python string indices into the line (not bytes, not UTF-16 units);
- masked output is the input with each finding replaced and nothing else changed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from classify.cli_classify import classify_app

runner = CliRunner()

LINES = [
    "申请人王建国，男，身份证号11010519491231002X，联系电话13857201234。",
    "",  # an empty document is a line too
    "😀😀 emoji before: 手机+86 138-5720-1234 after",  # astral characters: Python indices, not UTF-16
    "依据浙政发〔2016〕6号，补助金额3000元，邮编313000，订单号202306151230458891。",  # nothing personal
    "  leading spaces\tand a tab, 邮箱zhangsan@huzhou.gov.cn   ",
    "聯繫人：陳曉明，手機１３８５７２０１２３４",
]


def _write(tmp_path: Path, lines: list[str], ending: str = "\n", final_newline: bool = True) -> Path:
    path = tmp_path / "in.txt"
    body = ending.join(lines) + (ending if final_newline else "")
    path.write_bytes(body.encode("utf-8"))
    return path


def _objects(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_scan_one_object_per_line_in_order(tmp_path: Path) -> None:
    result = runner.invoke(classify_app, ["scan", "--jsonl", str(_write(tmp_path, LINES))])
    assert result.exit_code == 0, result.output
    out = _objects(result.stdout)
    assert [o["line"] for o in out] == list(range(len(LINES)))
    assert all(set(o) == {"line", "findings"} for o in out)
    for o in out:
        for f in o["findings"]:
            assert set(f) == {"type", "start", "end", "score"}


def test_offsets_are_python_string_indices(tmp_path: Path) -> None:
    out = _objects(runner.invoke(classify_app, ["scan", "--jsonl", str(_write(tmp_path, LINES))]).stdout)
    spans = {(o["line"], LINES[o["line"]][f["start"]:f["end"]], f["type"]) for o in out for f in o["findings"]}
    assert (0, "王建国", "PERSON") in spans
    assert (0, "11010519491231002X", "CN_RESIDENT_ID") in spans
    assert (2, "+86 138-5720-1234", "CN_MOBILE") in spans  # after two astral characters
    assert (4, "zhangsan@huzhou.gov.cn", "EMAIL_ADDRESS") in spans
    assert (5, "１３８５７２０１２３４", "CN_MOBILE") in spans
    assert out[1]["findings"] == [] and out[3]["findings"] == []


def test_types_are_names_from_entities_yaml(tmp_path: Path) -> None:
    from classify import load_entities

    out = _objects(runner.invoke(classify_app, ["scan", "--jsonl", str(_write(tmp_path, LINES))]).stdout)
    assert {f["type"] for o in out for f in o["findings"]} <= set(load_entities())


@pytest.mark.parametrize(("ending", "final_newline"), [("\n", True), ("\r\n", True), ("\n", False)])
def test_line_terminators_are_not_part_of_the_line(tmp_path: Path, ending: str, final_newline: bool) -> None:
    path = _write(tmp_path, LINES, ending, final_newline)
    out = _objects(runner.invoke(classify_app, ["mask", "--jsonl", str(path)]).stdout)
    assert len(out) == len(LINES)
    assert out[3]["text"] == LINES[3]  # nothing personal: identical, no \r kept


def test_mask_replaces_findings_and_keeps_everything_else(tmp_path: Path) -> None:
    path = _write(tmp_path, LINES)
    scanned = _objects(runner.invoke(classify_app, ["scan", "--jsonl", str(path)]).stdout)
    masked = _objects(runner.invoke(classify_app, ["mask", "--jsonl", str(path)]).stdout)
    for s, m in zip(scanned, masked):
        text, expected, pos = LINES[s["line"]], [], 0
        for f in s["findings"]:
            expected.append(text[pos:f["start"]])
            expected.append("" if f["type"] == "ORGANIZATION" else f"<{f['type']}>")
            pos = f["end"]
        expected.append(text[pos:])
        assert m == {"line": s["line"], "text": "".join(expected)}
    assert masked[0]["text"] == "申请人<PERSON>，男，身份证号<CN_RESIDENT_ID>，联系电话<CN_MOBILE>。"
    assert masked[3]["text"] == LINES[3]  # document number, amount, postcode, order number survive
    assert masked[4]["text"] == "  leading spaces\tand a tab, 邮箱<EMAIL_ADDRESS>   "


def test_mask_with_partial_masks(tmp_path: Path) -> None:
    out = _objects(runner.invoke(classify_app, ["mask", "--jsonl", str(_write(tmp_path, LINES[:1])), "--operator", "mask"]).stdout)
    assert out == [{"line": 0, "text": "申请人王**，男，身份证号110***********002X，联系电话138****1234。"}]


def test_invalid_utf8_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("好的\n".encode() + b"\xff\xfe bad\n")
    result = runner.invoke(classify_app, ["scan", "--jsonl", str(path)])
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "UTF-8" in result.stderr


def test_scan_needs_exactly_one_input(tmp_path: Path) -> None:
    assert runner.invoke(classify_app, ["scan"]).exit_code == 2
    path = _write(tmp_path, LINES[:1])
    assert runner.invoke(classify_app, ["scan", str(path), "--jsonl", str(path)]).exit_code == 2
    assert runner.invoke(classify_app, ["scan", "--jsonl", str(tmp_path / "missing.txt")]).exit_code == 2


def test_govgate_classify_reads_stdin_and_writes_exact_bytes() -> None:
    """Through the real `govgate` entry (gateway.cli) in a subprocess, from stdin."""
    data = ("\n".join(LINES) + "\n").encode("utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "classify", "mask", "--jsonl", "-"], input=data,
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["line"] for o in out] == list(range(len(LINES)))
    assert out[3]["text"] == LINES[3] and out[1]["text"] == ""
