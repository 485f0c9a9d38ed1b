"""`classify scan TABLE` on .csv, .xlsx and .parquet: per-column entity types and shares,
suggested class and grade, the dataset grade with reasons, explicit sampling."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from classify.cli_classify import classify_app

runner = CliRunner()

HEADER = ["编号", "姓名", "身份证号", "手机", "住址", "备注", "金额"]
ROWS = [
    ["A001", "王建国", "11010519491231002X", "13857201234", "湖州市吴兴区飞英街道红旗路123号", "按时缴费", "120.5"],
    ["A002", "李秀英", "330502198503120251", "13957205678", "湖州市南浔区练市镇人民路8号", "依据浙政发〔2016〕6号", "88"],
    ["A003", "张伟", "110105194912310021", "13857209999", "安吉县天荒坪镇余村3组12号", "", "0"],  # bad check digit
    ["A004", "陈晓明", "11010519491231002X", "", "德清县武康街道英溪南路202号", "联系电话13857201111", "15"],
]


def _csv(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    path = tmp_path / "t.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def _xlsx(tmp_path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row[:-1] + [float(row[-1])])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return path


def _parquet(tmp_path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = list(zip(*ROWS))
    table = pa.table({h: list(c) if h != "金额" else [float(x) for x in c] for h, c in zip(HEADER, cols)})
    path = tmp_path / "t.parquet"
    pq.write_table(table, path)
    return path


def _scan_json(path: Path, *extra: str) -> dict:
    result = runner.invoke(classify_app, ["scan", str(path), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("make", [_csv, _xlsx, _parquet])
def test_columns_entities_shares_class_and_grade(tmp_path: Path, make) -> None:
    report = _scan_json(make(tmp_path))
    cols = {c["name"]: c for c in report["columns"]}
    assert report["rows_total"] == 4 and report["rows_scanned"] == 4 and report["sampled"] is False
    assert cols["身份证号"]["entities"] == {"CN_RESIDENT_ID": 0.75}  # one look-alike with a bad check digit
    assert cols["身份证号"]["suggested_entity"] == "CN_RESIDENT_ID"
    assert cols["身份证号"]["suggested_class"] == "个人基本信息"
    assert cols["身份证号"]["suggested_grade"] == "L4"
    assert cols["姓名"]["entities"] == {"PERSON": 1.0} and cols["姓名"]["suggested_grade"] == "L3"
    assert cols["手机"]["entities"] == {"CN_MOBILE": 1.0} and cols["手机"]["values_scanned"] == 3
    assert cols["住址"]["entities"] == {"CN_ADDRESS": 1.0} and cols["住址"]["suggested_grade"] == "L3"
    assert cols["编号"]["entities"] == {} and cols["编号"]["suggested_grade"] == "L1"
    assert cols["备注"]["entities"] == {"CN_MOBILE": 1 / 3} or cols["备注"]["entities"] == {"CN_MOBILE": 0.3333}
    assert report["dataset"]["grade"] == "L4"
    assert report["dataset"]["responsible_fields"] == ["身份证号"]
    assert any(r["rule"] == "field.max" for r in report["dataset"]["reasons"])
    assert any(r["rule"] == "aggregation.volume" for r in report["rules_applied"])


def test_a_township_column_is_an_address_only_when_its_header_says_so(tmp_path: Path) -> None:
    path = tmp_path / "towns.csv"
    path.write_text("户籍地（乡镇街道）,所在乡镇\n水口乡,水口乡\n练市镇,练市镇\n", encoding="utf-8")
    cols = {c["name"]: c for c in _scan_json(path)["columns"]}
    assert cols["户籍地（乡镇街道）"]["entities"] == {"CN_ADDRESS": 1.0}
    assert cols["户籍地（乡镇街道）"]["suggested_grade"] == "L2"  # township granularity
    assert cols["所在乡镇"]["entities"] == {}


def test_sampling_is_explicit_and_reproducible(tmp_path: Path) -> None:
    rows = [[f"A{i:03d}", "王建国", "11010519491231002X", "13857201234", "", "", "1"] for i in range(50)]
    path = _csv(tmp_path, rows)
    one = _scan_json(path, "--sample", "10", "--seed", "7")
    two = _scan_json(path, "--sample", "10", "--seed", "7")
    assert one == two
    assert one["rows_total"] == 50 and one["rows_scanned"] == 10 and one["sampled"] is True and one["sample_seed"] == 7


def test_table_output_lists_columns_and_the_dataset_grade(tmp_path: Path) -> None:
    result = runner.invoke(classify_app, ["scan", str(_csv(tmp_path))], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "身份证号" in result.stdout and "CN_RESIDENT_ID 75%" in result.stdout
    assert "dataset grade: L4" in result.stdout


@pytest.mark.parametrize(("name", "content"), [("t.txt", b"a,b\n"), ("empty.csv", b""), ("bad.csv", b"a,b\n\xff\xfe,1\n")])
def test_unreadable_tables_exit_2(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(classify_app, ["scan", str(path)])
    assert result.exit_code == 2
    assert str(path) in result.stderr
